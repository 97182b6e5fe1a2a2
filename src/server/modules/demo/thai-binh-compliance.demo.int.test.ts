import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { loadDemoData } from './demo.service.ts';

const NOTE = 'Dữ liệu minh họa';

interface Plant {
  id: string;
  zone: { id: string; code: string };
  capacityM3PerDay: string;
  standard: { code: string } | null;
  kq: string | null;
  kf: string | null;
  operator: string;
  permits: unknown[];
  note: string;
  connectedToday: number;
  zoneOperatingEnterprises: number;
}
interface Sample {
  sampledOn: string;
  note: string;
  results: { parameterCode: string; exceeds: boolean }[];
  exceedances: number;
}

/**
 * The demo's zones' environment, complaints and difficulties (invented, labelled), loaded with the
 * rest of the demo: historic and closed, nothing open, overdue or awaiting.
 */
describe('the Thái Bình demo’s environment, complaints and difficulties, loaded', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let operatingZonesWithEnterprises: number;

  beforeAll(async () => {
    // The demo as `kcn demo` loads it, once per run (test/global-setup.ts).
    ctx = await createTestContext({ demo: true });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(distinct z.id)::int as n from zones z join enterprises e on e.zone_id = z.id
           join boards b on b.id = z.board_id where b.code = 'TB' and z.status = 'operating'`,
    );
    operatingZonesWithEnterprises = row!.n;
  }, 300_000);
  afterAll(() => ctx.close());

  it('copies QCVN 40:2011 columns A and B and gives each operating zone with enterprises a plant', async () => {
    const standards = (await staff.api.get('/api/v1/environment/standards?board=TB')).body;
    expect(standards.map((s: { code: string }) => s.code)).toEqual(['QCVN40-2011-A', 'QCVN40-2011-B']);
    expect(standards.every((s: { parameters: unknown[] }) => s.parameters.length === 28)).toBe(true);

    const plants: Plant[] = (await staff.api.get('/api/v1/environment/plants?board=TB')).body;
    expect(operatingZonesWithEnterprises).toBeGreaterThan(3);
    expect(plants).toHaveLength(operatingZonesWithEnterprises);
    expect(new Set(plants.map((p) => p.zone.id)).size).toBe(plants.length);
    for (const p of plants) {
      expect(Number(p.capacityM3PerDay)).toBeGreaterThanOrEqual(2000);
      expect(Number(p.capacityM3PerDay)).toBeLessThanOrEqual(5000);
      expect(['QCVN40-2011-A', 'QCVN40-2011-B']).toContain(p.standard?.code);
      expect([p.kq, p.kf]).toEqual(['0.9', '1']);
      expect(p.operator).not.toBe('');
      expect(p.permits).toHaveLength(1);
      expect(p.note).toContain(NOTE);
      // Most of the zone's enterprises, not all.
      expect(p.connectedToday).toBeGreaterThan(p.zoneOperatingEnterprises / 2);
      expect(p.connectedToday).toBeLessThan(p.zoneOperatingEnterprises);
    }
    expect(new Set(plants.map((p) => p.standard?.code)).size).toBe(2);
  });

  it('has quarterly outlet samples of 2024–2025, two of them beyond a limit', async () => {
    const plants = (await staff.api.get('/api/v1/environment/plants?board=TB')).body as Plant[];
    const all = (await staff.api.get('/api/v1/environment/samples?board=TB&pageSize=500')).body;
    expect(all.total).toBe(plants.length * 8);
    const samples = all.items as Sample[];
    expect(samples.every((s) => s.sampledOn >= '2024-01-01' && s.sampledOn <= '2025-12-31')).toBe(true);
    expect(samples.every((s) => s.note.includes(NOTE) && s.results.length === 8)).toBe(true);

    const beyond = (await staff.api.get('/api/v1/environment/samples?board=TB&exceedsOnly=true')).body;
    expect(beyond.total).toBe(2);
    const flagged = (beyond.items as Sample[])
      .map((s) => ({
        quarter: s.sampledOn.slice(0, 7),
        parameters: s.results.filter((r) => r.exceeds).map((r) => r.parameterCode),
      }))
      .sort((a, b) => (a.quarter < b.quarter ? -1 : 1));
    expect(flagged).toEqual([
      { quarter: '2024-08', parameters: ['NH4_N'] },
      { quarter: '2025-05', parameters: ['COD'] },
    ]);
  });

  it('reports 2025: the plants, a connection rate below 100 % and above 2024’s, one sample beyond a limit', async () => {
    const report = async (period: string) => {
      const { status, body } = await staff.api.get(`/api/v1/environment/report?period=${period}&board=TB`);
      expect(status).toBe(200);
      return body.total;
    };
    const y2025 = await report('2025');
    const y2024 = await report('2024');
    expect(y2025.plants).toBe(operatingZonesWithEnterprises);
    expect(y2025.operatingPlants).toBe(operatingZonesWithEnterprises);
    expect(y2025.samples).toBe(operatingZonesWithEnterprises * 4);
    expect(y2025.samplesWithExceedance).toBe(1);
    expect(y2025.exceedancesByParameter).toEqual([{ parameterCode: 'COD', parameterName: 'COD', count: 1 }]);
    expect(y2024.samplesWithExceedance).toBe(1);
    expect(y2024.exceedancesByParameter).toMatchObject([{ parameterCode: 'NH4_N', count: 1 }]);
    expect(y2025.connectedEnterprises).toBeLessThan(y2025.operatingEnterprises);
    expect(y2025.connectionRate).toBeGreaterThan(80);
    expect(y2025.connectionRate).toBeLessThan(100);
    expect(y2024.connectionRate).toBeGreaterThan(60);
    expect(y2024.connectionRate).toBeLessThan(y2025.connectionRate);
  });

  it('keeps four complaints of 2024–2025, each settled on time and published; none open', async () => {
    const { status, body } = await staff.api.get('/api/v1/complaints?board=TB&pageSize=100');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    const items = body.items as {
      id: string;
      kind: string;
      status: string;
      receivedOn: string;
      content: string;
      publishedOn: string | null;
      timing: { state: string };
    }[];
    expect(items.map((c) => c.status)).toEqual(['settled', 'settled', 'settled', 'settled']);
    expect(items.every((c) => c.timing.state === 'settled_on_time' && c.publishedOn !== null)).toBe(true);
    expect(items.every((c) => c.receivedOn >= '2024-01-01' && c.receivedOn <= '2025-12-31')).toBe(true);
    expect(items.every((c) => c.content.includes(NOTE))).toBe(true);
    expect(new Set(items.map((c) => c.kind))).toEqual(new Set(['complaint', 'denunciation', 'petition']));
    // The reporters are plainly invented.
    const leader = await ctx.createUser({ role: 'leader', board: 'TB' });
    const names = [];
    for (const c of items)
      names.push((await leader.api.get(`/api/v1/complaints/${c.id}/reporter`)).body.fullName);
    expect(names.sort()).toEqual([
      'Lê Văn Thử Nghiệm',
      'Nguyễn Văn Mẫu',
      'Phạm Thị Ví Dụ',
      'Trần Thị Minh Họa',
    ]);
  });

  it('keeps six difficulties of 2024–2025, each answered and confirmed; none open, stuck or on the agenda', async () => {
    const { body } = await staff.api.get('/api/v1/difficulties?board=TB&pageSize=100');
    expect(body.total).toBe(6);
    const items = body.items as {
      status: string;
      raisedOn: string;
      channel: string;
      enterprise: { id: string };
    }[];
    expect(items.every((d) => d.status === 'resolved')).toBe(true);
    expect(items.every((d) => d.raisedOn >= '2024-01-01' && d.raisedOn <= '2025-12-31')).toBe(true);
    expect(new Set(items.map((d) => d.channel))).toEqual(new Set(['dialogue', 'letter']));
    for (const status of ['open', 'routed', 'answered'])
      expect((await staff.api.get(`/api/v1/difficulties?board=TB&status=${status}`)).body.total).toBe(0);
    // The board's first enterprise by name (a browser journey gives it an account) has none.
    const admin = await ctx.createUser({ role: 'admin', board: 'TB' });
    const first = (await admin.api.get('/api/v1/enterprises?pageSize=1')).body.items[0];
    expect(items.some((d) => d.enterprise.id === first.id)).toBe(false);

    const stuck = (await staff.api.get('/api/v1/difficulties/stuck?board=TB')).body;
    expect(stuck.items).toEqual([]);
    const agenda = (await staff.api.get('/api/v1/agenda?board=TB')).body;
    const groups = agenda.groups as { kind: string; total: number }[];
    expect(groups.filter((g) => ['complaint', 'difficulty'].includes(g.kind) && g.total > 0)).toEqual([]);
  });

  it('loads again without a change', async () => {
    const count = async () =>
      queryRows<{
        standards: number;
        plants: number;
        samples: number;
        complaints: number;
        difficulties: number;
      }>(
        ctx.database.db,
        sql`select (select count(*)::int from discharge_standards) as standards,
                   (select count(*)::int from wastewater_plants) as plants,
                   (select count(*)::int from monitoring_samples) as samples,
                   (select count(*)::int from complaints) as complaints,
                   (select count(*)::int from difficulties) as difficulties`,
      );
    const before = await count();
    await loadDemoData(ctx.database.db, await ctx.system());
    expect(await count()).toEqual(before);
    expect(before[0]).toMatchObject({ standards: 2, complaints: 4, difficulties: 6 });
  });
});
