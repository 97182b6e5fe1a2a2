import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { ty } from '../../../../test/package-builder.ts';
import { addDays, vietnamToday } from '../../../domain/calendar-date.ts';

/**
 * Corrections of recorded facts (issue 9): a licensing event (edit, delete — deleting the
 * termination undoes it), an implemented-capital entry (edit, delete) and an investor (edit).
 * Each states its reason, which the audit log keeps; the history stays valid; the reports follow.
 */
describe('corrections with their reason', () => {
  let ctx: TestContext;
  let staff: TestUser;
  /** Reads the audit log (staff may not). */
  let leader: TestUser;
  let zoneId: string;

  const REPORT = '/api/v1/reports/investment?board=TB&from=2019-01-01&to=2019-11-30';
  const q = (reason: string) => encodeURIComponent(reason);

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    leader = await ctx.createUser({ role: 'leader', board: 'TB' });
    const zone = await staff.api.post('/api/v1/zones', {
      code: 'TB-GL',
      name: 'KCN Gia Lễ',
      kind: 'KCN',
      status: 'operating',
      areaHa: '85',
    });
    expect(zone.status).toBe(201);
    zoneId = zone.body.id;
  });

  async function project(code: string, investmentType: 'DDI' | 'FDI', capitalUsd?: string) {
    const created = await staff.api.post('/api/v1/projects', {
      code,
      zoneId,
      name: `Nhà máy ${code}`,
      investmentType,
      investors: [{ name: `Công ty ${code}`, country: investmentType === 'FDI' ? 'KR' : 'VN' }],
      certificate: { date: '2019-03-15', documentNo: code, capitalVnd: ty('100'), capitalUsd },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  }

  async function addEvent(projectId: string, body: Record<string, unknown>) {
    const response = await staff.api.post(`/api/v1/projects/${projectId}/licensing-events`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  }

  async function auditOf(entityId: string) {
    const log = await leader.api.get(`/api/v1/audit?entityId=${entityId}`);
    expect(log.status).toBe(200);
    return log.body.items as { action: string; reason: string | null; before: any; after: any }[];
  }

  it('refuses each of the five corrections without a reason of 5 to 500 characters, changing nothing', async () => {
    const p = await project('3000000001', 'DDI');
    const adjusted = await addEvent(p.id, {
      kind: 'adjustment',
      date: '2019-06-01',
      documentNo: '3000000001',
      capitalVnd: ty('150'),
    });
    const event = adjusted.licensingEvents[1];
    const implemented = await staff.api.post(`/api/v1/projects/${p.id}/capital-implementations`, {
      asOf: '2019-06-30',
      implementedVnd: ty('40'),
    });
    const entry = implemented.body.capitalImplementations[0];
    const investor = p.investors[0];

    const corrections = (reason?: string) => {
      const body = reason === undefined ? {} : { reason };
      const query = reason === undefined ? '' : `&reason=${q(reason)}`;
      return [
        {
          path: 'body.reason',
          send: () =>
            staff.api.patch(`/api/v1/licensing-events/${event.id}`, {
              version: 1,
              capitalVnd: ty('160'),
              ...body,
            }),
        },
        {
          path: 'query.reason',
          send: () => staff.api.delete(`/api/v1/licensing-events/${event.id}?version=1${query}`),
        },
        {
          path: 'body.reason',
          send: () =>
            staff.api.patch(`/api/v1/capital-implementations/${entry.id}`, {
              version: 1,
              implementedVnd: ty('45'),
              ...body,
            }),
        },
        {
          path: 'query.reason',
          send: () => staff.api.delete(`/api/v1/capital-implementations/${entry.id}?version=1${query}`),
        },
        {
          path: 'body.reason',
          send: () =>
            staff.api.patch(`/api/v1/investors/${investor.id}`, { version: 1, name: 'Tên mới', ...body }),
        },
      ];
    };
    for (const reason of [undefined, '', '    ', ' abc ', 'x'.repeat(501)]) {
      for (const { path, send } of corrections(reason)) {
        const refused = await send();
        expect(refused.status, `${path} ${JSON.stringify(reason)}`).toBe(400);
        expect(refused.body.error.code).toBe('VALIDATION_FAILED');
        expect(refused.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      }
    }
    const after = await staff.api.get(`/api/v1/projects/${p.id}`);
    expect(after.body.licensingEvents.map((e: any) => [e.capitalVnd, e.version])).toEqual([
      [ty('100'), 1],
      [ty('150'), 1],
    ]);
    expect(after.body.capitalImplementations.map((i: any) => [i.implementedVnd, i.version])).toEqual([
      [ty('40'), 1],
    ]);
    expect(after.body.investors[0].name).toBe('Công ty 3000000001');
    // The message says what to do, in Vietnamese.
    const missing = await corrections()[0]!.send();
    expect(missing.body.error.details.find((d: any) => d.path === 'body.reason').message).toMatch(/lý do/i);
  });

  it('keeps the reason of each correction in the audit log, trimmed, and marks the corrected record', async () => {
    const p = await project('3000000002', 'DDI');
    const adjusted = await addEvent(p.id, {
      kind: 'adjustment',
      date: '2019-06-01',
      documentNo: '3000000002',
      capitalVnd: ty('150'),
    });
    const event = adjusted.licensingEvents[1];
    expect(event).toMatchObject({ version: 1, updatedAt: event.createdAt });
    const corrected = await staff.api.patch(`/api/v1/licensing-events/${event.id}`, {
      version: 1,
      reason: '  Nhập nhầm vốn, sửa theo GCNĐKĐT điều chỉnh lần 1  ',
      capitalVnd: ty('160'),
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body.licensingEvents[1]).toMatchObject({ version: 2, capitalChangeVnd: ty('60') });
    expect(corrected.body.licensingEvents[1].updatedAt >= event.createdAt).toBe(true);
    const deleted = await staff.api.delete(
      `/api/v1/licensing-events/${event.id}?version=2&reason=${q('Lần điều chỉnh ghi trùng')}`,
    );
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(deleted.body.licensingEvents).toHaveLength(1);
    expect((await auditOf(event.id)).map((e) => [e.action, e.reason])).toEqual([
      ['delete', 'Lần điều chỉnh ghi trùng'],
      ['update', 'Nhập nhầm vốn, sửa theo GCNĐKĐT điều chỉnh lần 1'],
      ['create', null],
    ]);

    const implemented = await staff.api.post(`/api/v1/projects/${p.id}/capital-implementations`, {
      asOf: '2019-06-30',
      implementedVnd: ty('40'),
    });
    const entry = implemented.body.capitalImplementations[0];
    const fixed = await staff.api.patch(`/api/v1/capital-implementations/${entry.id}`, {
      version: 1,
      reason: 'Doanh nghiệp báo cáo lại số liệu',
      implementedVnd: ty('120'),
    });
    expect(fixed.status).toBe(200);
    // Above the registered capital: accepted, with a warning to look at.
    expect(fixed.body.warnings.map((w: any) => w.reason)).toEqual(['IMPLEMENTED_ABOVE_REGISTERED']);
    expect(fixed.body.capitalImplementations[0]).toMatchObject({ version: 2, implementedVnd: ty('120') });
    const removed = await staff.api.delete(
      `/api/v1/capital-implementations/${entry.id}?version=2&reason=${q('Số liệu của dự án khác')}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.capitalImplementations).toEqual([]);
    expect((await auditOf(entry.id)).map((e) => [e.action, e.reason])).toEqual([
      ['delete', 'Số liệu của dự án khác'],
      ['update', 'Doanh nghiệp báo cáo lại số liệu'],
      ['create', null],
    ]);

    const investor = p.investors[0];
    const renamed = await staff.api.patch(`/api/v1/investors/${investor.id}`, {
      version: 1,
      reason: 'Tên đúng theo giấy đăng ký doanh nghiệp',
      name: 'Công ty TNHH Dệt may Gia Lễ',
      country: 'VN',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Công ty TNHH Dệt may Gia Lễ', version: 2 });
    const log = await auditOf(investor.id);
    expect(log[0]).toMatchObject({
      action: 'update',
      reason: 'Tên đúng theo giấy đăng ký doanh nghiệp',
      before: { name: 'Công ty 3000000002' },
      after: { name: 'Công ty TNHH Dệt may Gia Lễ' },
    });
    expect((await staff.api.get(`/api/v1/projects/${p.id}`)).body.investors[0].name).toBe(
      'Công ty TNHH Dệt may Gia Lễ',
    );
    // A stale version is refused, the reason notwithstanding.
    const stale = await staff.api.patch(`/api/v1/investors/${investor.id}`, {
      version: 1,
      reason: 'Sửa lần nữa',
      name: 'Tên khác',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('undoes a termination: the project is in force again and the investment report counts it so', async () => {
    const p = await project('3000000003', 'DDI');
    await addEvent(p.id, {
      kind: 'adjustment',
      date: '2019-06-01',
      documentNo: '3000000003',
      capitalVnd: ty('150'),
    });
    const terminated = await addEvent(p.id, {
      kind: 'termination',
      date: '2019-09-01',
      documentNo: 'QĐ 15/QĐ-BQL',
    });
    expect(terminated).toMatchObject({ status: 'terminated', terminatedOn: '2019-09-01' });
    const before = (await staff.api.get(REPORT)).body;

    const termination = terminated.licensingEvents.at(-1);
    expect(termination.kind).toBe('termination');
    const undone = await staff.api.delete(
      `/api/v1/licensing-events/${termination.id}?version=${termination.version}&reason=${q('Quyết định chấm dứt đã bị thu hồi')}`,
    );
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(undone.body).toMatchObject({ status: 'active', terminatedOn: null });
    expect(undone.body.licensingEvents.map((e: any) => e.kind)).toEqual(['new', 'adjustment']);

    const after = (await staff.api.get(REPORT)).body;
    expect(after.licensing.terminations.count).toBe(before.licensing.terminations.count - 1);
    expect(BigInt(after.licensing.terminations.capitalVnd)).toBe(
      BigInt(before.licensing.terminations.capitalVnd) - BigInt(ty('150')),
    );
    expect(after.cumulative.total.projects).toBe(before.cumulative.total.projects + 1);
    expect(BigInt(after.cumulative.total.registeredVnd)).toBe(
      BigInt(before.cumulative.total.registeredVnd) + BigInt(ty('150')),
    );
    expect((await staff.api.get(`/api/v1/projects?status=terminated&q=3000000003`)).body.total).toBe(0);
    expect((await auditOf(termination.id))[0]).toMatchObject({
      action: 'delete',
      reason: 'Quyết định chấm dứt đã bị thu hồi',
      before: { kind: 'termination', documentNo: 'QĐ 15/QĐ-BQL' },
    });
    // Undone, the project can be adjusted and terminated again.
    const again = await addEvent(p.id, {
      kind: 'termination',
      date: '2019-10-01',
      documentNo: 'QĐ 20/QĐ-BQL',
    });
    expect(again.terminatedOn).toBe('2019-10-01');
  });

  it("changes the report's adjustment figures when an event's capital is corrected", async () => {
    const p = await project('3000000004', 'DDI');
    const adjusted = await addEvent(p.id, {
      kind: 'adjustment',
      date: '2019-07-01',
      documentNo: '3000000004',
      capitalVnd: ty('130'),
    });
    const before = (await staff.api.get(REPORT)).body;
    const event = adjusted.licensingEvents[1];
    const corrected = await staff.api.patch(`/api/v1/licensing-events/${event.id}`, {
      version: event.version,
      reason: 'Sửa vốn theo GCNĐKĐT bản gốc',
      capitalVnd: ty('175'),
    });
    expect(corrected.status).toBe(200);
    const after = (await staff.api.get(REPORT)).body;
    expect(BigInt(after.licensing.adjustments.capitalChangeVnd)).toBe(
      BigInt(before.licensing.adjustments.capitalChangeVnd) + BigInt(ty('45')),
    );
    expect(BigInt(after.cumulative.total.registeredVnd)).toBe(
      BigInt(before.cumulative.total.registeredVnd) + BigInt(ty('45')),
    );
  });

  it('refuses a deletion that would leave the history invalid, and a corrected date in the future', async () => {
    const p = await project('3000000005', 'FDI', '4000000');
    await addEvent(p.id, {
      kind: 'adjustment',
      date: '2019-05-02',
      documentNo: '3000000005',
      capitalVnd: ty('130'),
      capitalUsd: '5200000',
    });
    // Restates the capital of the first adjustment: no change, so no USD needed…
    const restated = await addEvent(p.id, {
      kind: 'adjustment',
      date: '2019-08-02',
      documentNo: '3000000005',
      capitalVnd: ty('130'),
    });
    const [, first, second] = restated.licensingEvents;
    // …until the first is gone: then it raises the capital without USD.
    const refused = await staff.api.delete(
      `/api/v1/licensing-events/${first.id}?version=1&reason=${q('Ghi nhầm lần điều chỉnh')}`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('LICENSING_HISTORY_INVALID');
    expect(refused.body.error.details.map((d: any) => [d.path, d.reason])).toEqual([
      ['params.id', 'FDI_WITHOUT_USD'],
    ]);
    expect(refused.body.error.details[0].message).toContain('02/08/2019');
    expect((await staff.api.get(`/api/v1/projects/${p.id}`)).body.licensingEvents).toHaveLength(3);
    // The second can go: the first still states the capital.
    const deleted = await staff.api.delete(
      `/api/v1/licensing-events/${second.id}?version=1&reason=${q('Ghi trùng lần điều chỉnh')}`,
    );
    expect(deleted.status).toBe(200);

    const future = await staff.api.patch(`/api/v1/licensing-events/${first.id}`, {
      version: 1,
      reason: 'Sửa ngày điều chỉnh',
      date: addDays(vietnamToday(), 1),
    });
    expect(future.status).toBe(422);
    expect(future.body.error.details.map((d: any) => [d.path, d.reason])).toEqual([
      ['body.date', 'EVENT_DATE_IN_FUTURE'],
    ]);
    expect((await auditOf(first.id)).map((e) => e.action)).toEqual(['create']);
  });
});
