import { beforeAll, describe, expect, it } from 'vitest';
import { ty } from './package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from './test-app.ts';

interface AuditItem {
  action: string;
  entityType: string;
  entityId: string;
  actorLabel: string;
  actorUserId: string | null;
  at: string;
  before: any;
  after: any;
}

describe('audit log: every change records who, when, what, before and after', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.createUser({ role: 'admin', board: 'TB' });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
  });

  async function entriesFor(entityId: string): Promise<AuditItem[]> {
    const { body } = await admin.api.get(`/api/v1/audit?entityId=${entityId}&pageSize=100`);
    return body.items;
  }

  it('audits the whole life of a zone, a project and its licensing history', async () => {
    const zone = (
      await staff.api.post('/api/v1/zones', {
        code: 'TB-GL',
        name: 'KCN Gia Lễ',
        kind: 'KCN',
        status: 'operating',
        areaHa: '85.6',
      })
    ).body;
    await staff.api.patch(`/api/v1/zones/${zone.id}`, { version: 1, developer: 'Công ty Hạ tầng Gia Lễ' });
    await staff.api.put(`/api/v1/zones/${zone.id}/status-history`, {
      version: 2,
      statusHistory: [{ status: 'operating', since: '2008-01-01' }],
    });
    const zoneLog = await entriesFor(zone.id);
    expect(zoneLog.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    expect(zoneLog[1]!.before.developer).toBeNull();
    expect(zoneLog[1]!.after.developer).toBe('Công ty Hạ tầng Gia Lễ');
    expect(zoneLog[0]!.after.statusHistory).toEqual([{ status: 'operating', since: '2008-01-01' }]);
    for (const entry of zoneLog) {
      expect(entry.actorLabel).toBe(staff.username);
      expect(entry.actorUserId).toBe(staff.id);
      expect(entry.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    }

    const project = (
      await staff.api.post('/api/v1/projects', {
        code: '1000000001',
        zoneId: zone.id,
        name: 'Nhà máy dệt Gia Lễ',
        investmentType: 'DDI',
        investors: [{ name: 'Công ty Cổ phần Dệt Thái Bình', country: 'VN' }],
        certificate: { date: '2019-01-10', documentNo: '1000000001', capitalVnd: ty('120') },
      })
    ).body;
    const adjusted = (
      await staff.api.post(`/api/v1/projects/${project.id}/licensing-events`, {
        kind: 'adjustment',
        date: '2019-05-05',
        documentNo: 'ĐC1',
        capitalVnd: ty('150'),
      })
    ).body;
    const adjustment = adjusted.licensingEvents[1];
    await staff.api.patch(`/api/v1/licensing-events/${adjustment.id}`, {
      version: 1,
      reason: 'Sửa theo GCNĐKĐT bản gốc',
      capitalVnd: ty('140'),
    });
    await staff.api.delete(`/api/v1/licensing-events/${adjustment.id}?version=2&reason=Nhap%20nham`);
    const implemented = (
      await staff.api.post(`/api/v1/projects/${project.id}/capital-implementations`, {
        asOf: '2019-12-31',
        implementedVnd: ty('30'),
      })
    ).body;
    const entry = implemented.capitalImplementations[0];
    await staff.api.patch(`/api/v1/capital-implementations/${entry.id}`, {
      version: 1,
      reason: 'Sửa theo báo cáo của doanh nghiệp',
      implementedVnd: ty('35'),
    });
    await staff.api.patch(`/api/v1/projects/${project.id}`, { version: 1, name: 'Nhà máy dệt may Gia Lễ' });

    expect(
      (await entriesFor(adjustment.id)).map((e) => [
        e.action,
        e.before?.capitalVnd ?? null,
        e.after?.capitalVnd ?? null,
      ]),
    ).toEqual([
      ['delete', ty('140'), null],
      ['update', ty('150'), ty('140')],
      ['create', null, ty('150')],
    ]);
    expect((await entriesFor(entry.id)).map((e) => e.action)).toEqual(['update', 'create']);
    const projectLog = await entriesFor(project.id);
    expect(projectLog.map((e) => e.action)).toEqual(['update', 'create']);
    expect(projectLog[0]!.before.name).toBe('Nhà máy dệt Gia Lễ');

    await staff.api.delete(`/api/v1/projects/${project.id}?version=2`);
    const deletion = (await entriesFor(project.id))[0]!;
    expect(deletion.action).toBe('delete');
    expect(deletion.before.licensingEvents).toHaveLength(1);
    expect(deletion.before.capitalImplementations[0].implementedVnd).toBe(ty('35'));
  });

  it('audits users without ever storing a password or its hash', async () => {
    const created = (
      await admin.api.post('/api/v1/users', { username: 'van.thu', fullName: 'Văn thư', role: 'viewer' })
    ).body;
    await admin.api.post(`/api/v1/users/${created.user.id}/reset-password`);
    const log = await entriesFor(created.user.id);
    expect(log.map((e) => e.action)).toEqual(['update', 'create']);
    expect(JSON.stringify(log)).not.toMatch(/argon2|passwordHash/);
    expect(JSON.stringify(log)).not.toContain(created.generatedPassword);
  });

  it('is readable by administrators and leaders of the board only', async () => {
    expect((await staff.api.get('/api/v1/audit')).status).toBe(403);
    const leader = await ctx.createUser({ role: 'leader', board: 'TB' });
    expect((await leader.api.get('/api/v1/audit')).status).toBe(200);
    const otherAdmin = await ctx.createUser({ role: 'admin', board: 'HY' });
    const other = (await otherAdmin.api.get('/api/v1/audit?pageSize=500')).body.items as AuditItem[];
    expect(other.every((e) => e.actorLabel !== staff.username)).toBe(true);
  });
});
