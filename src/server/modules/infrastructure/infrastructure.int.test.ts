import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipParts } from '../../../../test/office-files.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';

const API = '/api/v1/infrastructure';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

const cellTexts = (parts: Map<string, string>) =>
  [...parts.entries()]
    .filter(([name]) => name === 'xl/sharedStrings.xml' || name.startsWith('xl/worksheets/'))
    .map(([, xml]) => xml)
    .join('\n');

/**
 * The zones' infrastructure works: a board (TB) with two zones and another (HY) with one; works
 * with and without a planned start, progress reports appended over time, states as of several
 * days computed by hand (2024 is a leap year), the list of works behind schedule, every refusal.
 */
describe('infrastructure works of the zones', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let hyAdmin: TestUser;
  const z: Record<string, string> = {};
  let roads: any;
  let plant: any;
  let substation: any;
  let hyWork: any;

  const states = async (asOf: string, extra = '') =>
    (ok(await staff.api.get(`${API}/works?asOf=${asOf}${extra}`)).items as any[]).map((w) => ({
      name: w.name,
      state: w.state,
      daysLate: w.daysLate,
      progress: w.latest?.progressPct ?? null,
      expected: w.expectedPct,
    }));

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z1')
        .zone('TB', 'TB-Z2')
        .zone('HY', 'HY-Z')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyAdmin = await ctx.createUser({ role: 'admin', board: 'HY' });
    for (const zone of ok(await staff.api.get('/api/v1/zones')).items) z[zone.code] = zone.id;
    z['HY-Z'] = ok(await hyAdmin.api.get('/api/v1/zones')).items[0].id;
  });
  afterAll(() => ctx.close());

  it('records works and appends progress reports, audited', async () => {
    roads = ok(
      await staff.api.post(`${API}/works`, {
        zoneId: z['TB-Z1'],
        kind: 'internal_roads',
        name: 'Đường nội bộ giai đoạn 2',
        capacityUnit: 'km',
        plannedCapacity: '8.50',
        plannedCapitalVnd: '100000000000',
        plannedStartOn: '2024-01-01',
        plannedCompletionOn: '2024-12-31',
      }),
      201,
    );
    expect(roads).toMatchObject({
      board: 'TB',
      zone: { id: z['TB-Z1'], code: 'TB-Z1' },
      kind: 'internal_roads',
      plannedCapacity: '8.5',
      plannedCapitalVnd: '100000000000',
      completedOn: null,
      latest: null,
      progressReports: [],
      version: 1,
    });
    plant = ok(
      await staff.api.post(`${API}/works`, {
        zoneId: z['TB-Z2'],
        kind: 'wastewater_plant',
        name: 'Nhà máy XLNT mô-đun 2',
        capacityUnit: 'm³/ngày.đêm',
        plannedCapacity: '3000',
        plannedCapitalVnd: '50000000000',
        plannedCompletionOn: '2025-06-30',
      }),
      201,
    );
    substation = ok(
      await staff.api.post(`${API}/works`, {
        zoneId: z['TB-Z1'],
        kind: 'power_supply',
        name: 'Trạm biến áp 110 kV',
        capacityUnit: 'MVA',
        plannedCapacity: '63',
        plannedStartOn: '2024-01-01',
        plannedCompletionOn: '2024-01-11',
        note: 'Đấu nối lưới điện quốc gia',
      }),
      201,
    );
    hyWork = ok(
      await hyAdmin.api.post(`${API}/works`, {
        zoneId: z['HY-Z'],
        kind: 'drainage',
        name: 'Thoát nước mưa HY',
        capacityUnit: 'km',
        plannedCompletionOn: '2024-03-31',
      }),
      201,
    );

    ok(
      await staff.api.post(`${API}/works/${roads.id}/progress`, {
        reportedOn: '2024-03-31',
        progressPct: '20',
        disbursedVnd: '15000000000',
      }),
      201,
    );
    const second = ok(
      await staff.api.post(`${API}/works/${roads.id}/progress`, {
        reportedOn: '2024-06-30',
        progressPct: '34.8',
        actualCapacity: '2.5',
        disbursedVnd: '30000000000',
        note: 'Chậm giải phóng mặt bằng',
      }),
      201,
    );
    expect(second.progressReports.map((r: any) => [r.reportedOn, r.progressPct])).toEqual([
      ['2024-03-31', '20'],
      ['2024-06-30', '34.8'],
    ]);
    ok(
      await staff.api.post(`${API}/works/${plant.id}/progress`, {
        reportedOn: '2025-01-15',
        progressPct: '40',
        disbursedVnd: '10000000000',
      }),
      201,
    );

    // Completed on 8 Jan 2025, reported on 10 Jan: the work is completed (its version moves on).
    const done = ok(
      await staff.api.post(`${API}/works/${roads.id}/progress`, {
        reportedOn: '2025-01-10',
        progressPct: '100',
        actualCapacity: '8.5',
        disbursedVnd: '98000000000',
        completedOn: '2025-01-08',
      }),
      201,
    );
    expect(done).toMatchObject({ completedOn: '2025-01-08', state: 'completed', version: 2 });
    expect(done.progressReports).toHaveLength(3);
    expect(done.latest).toEqual({
      reportedOn: '2025-01-10',
      progressPct: '100',
      actualCapacity: '8.5',
      disbursedVnd: '98000000000',
    });

    const detail = ok(await staff.api.get(`${API}/works/${roads.id}`));
    expect(detail.progressReports.map((r: any) => r.reportedOn)).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2025-01-10',
    ]);
    expect(detail.progressReports[1]).toMatchObject({
      note: 'Chậm giải phóng mặt bằng',
      actualCapacity: '2.5',
    });

    const audit = await queryRows<{ entity_type: string; action: string; n: number }>(
      ctx.database.db,
      sql`select entity_type, action, count(*)::int as n from audit_log
          where entity_type like 'infrastructure%' group by entity_type, action order by entity_type, action`,
    );
    expect(audit).toEqual([
      { entity_type: 'infrastructure_progress', action: 'create', n: 4 },
      { entity_type: 'infrastructure_work', action: 'create', n: 4 },
      { entity_type: 'infrastructure_work', action: 'update', n: 1 },
    ]);
  });

  it('computes each work’s state as of a day', async () => {
    // 1 Jan 2024: nothing reported, the line expects 0 %. By zone, then name (Vietnamese order).
    expect(await states('2024-01-01')).toEqual([
      { name: 'Đường nội bộ giai đoạn 2', state: 'not_started', daysLate: 0, progress: null, expected: '0' },
      { name: 'Trạm biến áp 110 kV', state: 'not_started', daysLate: 0, progress: null, expected: '0' },
      { name: 'Nhà máy XLNT mô-đun 2', state: 'not_started', daysLate: 0, progress: null, expected: null },
    ]);
    // 1 Apr 2024: roads 20 % against 91/365 = 24.9 %: on track; the substation (due 11 Jan) 81 days late.
    expect(await states('2024-04-01')).toEqual([
      { name: 'Trạm biến áp 110 kV', state: 'late', daysLate: 81, progress: null, expected: '100' },
      { name: 'Nhà máy XLNT mô-đun 2', state: 'not_started', daysLate: 0, progress: null, expected: null },
      { name: 'Đường nội bộ giai đoạn 2', state: 'on_track', daysLate: 0, progress: '20', expected: '24.9' },
    ]);
    // 1 Jul 2024: roads 34.8 % against 182/365 = 49.86 %: 15.06 points under, behind.
    expect(await states('2024-07-01')).toEqual([
      { name: 'Trạm biến áp 110 kV', state: 'late', daysLate: 172, progress: null, expected: '100' },
      { name: 'Đường nội bộ giai đoạn 2', state: 'behind', daysLate: 0, progress: '34.8', expected: '49.9' },
      { name: 'Nhà máy XLNT mô-đun 2', state: 'not_started', daysLate: 0, progress: null, expected: null },
    ]);
    // 7 Jan 2025: roads late by 7 days (still 34.8 % as reported); 8 Jan: completed.
    expect((await states('2025-01-07')).find((w) => w.name.startsWith('Đường'))).toEqual({
      name: 'Đường nội bộ giai đoạn 2',
      state: 'late',
      daysLate: 7,
      progress: '34.8',
      expected: '100',
    });
    expect((await states('2025-01-08')).find((w) => w.name.startsWith('Đường'))?.state).toBe('completed');
    // 1 Jul 2025: the plant (due 30 Jun, 40 % reported) is 1 day late; no planned start, so never behind.
    expect(await states('2025-07-01')).toEqual([
      { name: 'Trạm biến áp 110 kV', state: 'late', daysLate: 537, progress: null, expected: '100' },
      { name: 'Nhà máy XLNT mô-đun 2', state: 'late', daysLate: 1, progress: '40', expected: null },
      { name: 'Đường nội bộ giai đoạn 2', state: 'completed', daysLate: 0, progress: '100', expected: '100' },
    ]);
    expect((await states('2025-06-30')).find((w) => w.name.startsWith('Nhà máy'))?.state).toBe('on_track');
  });

  it('lists the works behind schedule, filters and sums them', async () => {
    expect(await states('2024-07-01', '&state=late&state=behind')).toEqual([
      { name: 'Trạm biến áp 110 kV', state: 'late', daysLate: 172, progress: null, expected: '100' },
      { name: 'Đường nội bộ giai đoạn 2', state: 'behind', daysLate: 0, progress: '34.8', expected: '49.9' },
    ]);
    const behind = ok(await staff.api.get(`${API}/works?asOf=2025-02-01&state=late&state=behind&board=TB`));
    expect(behind).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(behind.items[0].id).toBe(substation.id);
    expect(behind.items[0]).toMatchObject({
      name: 'Trạm biến áp 110 kV',
      daysLate: 387,
      zone: { code: 'TB-Z1' },
    });
    expect((await states('2024-07-01', `&zone=${z['TB-Z2']}`)).map((w) => w.name)).toEqual([
      'Nhà máy XLNT mô-đun 2',
    ]);
    expect((await states('2024-07-01', '&kind=power_supply&kind=drainage')).map((w) => w.name)).toEqual([
      'Trạm biến áp 110 kV',
    ]);
    expect((await states('2024-07-01', '&q=luoi%20dien')).map((w) => w.name)).toEqual([
      'Trạm biến áp 110 kV',
    ]);
    expect((await states('2024-07-01', '&q=duong%20noi%20bo')).map((w) => w.name)).toEqual([
      'Đường nội bộ giai đoạn 2',
    ]);
    const paged = ok(await staff.api.get(`${API}/works?asOf=2024-07-01&pageSize=2&page=2`));
    expect(paged).toMatchObject({ total: 3, page: 2 });
    expect(paged.items.map((w: any) => w.name)).toEqual(['Nhà máy XLNT mô-đun 2']);

    const summary = ok(await staff.api.get(`${API}/summary?asOf=2025-01-10`));
    expect(summary).toMatchObject({
      asOf: '2025-01-10',
      boards: ['TB'],
      total: { late: 1, behind: 0, not_started: 1, on_track: 0, completed: 1, total: 3 },
    });
    expect(
      summary.byZone.map((r: any) => [r.zone.code, r.counts.total, r.counts.late, r.counts.completed]),
    ).toEqual([
      ['TB-Z1', 2, 1, 1],
      ['TB-Z2', 1, 0, 0],
    ]);
    expect(
      summary.byKind.map((r: any) => [r.kind, r.capacityUnit, r.plannedCapacity, r.reachedCapacity]),
    ).toEqual([
      ['internal_roads', 'km', '8.5', '8.5'],
      ['wastewater_plant', 'm³/ngày.đêm', '3000', '0'],
      ['power_supply', 'MVA', '63', '0'],
    ]);

    const response = await ctx.app.inject({
      url: `${API}/works?asOf=2024-07-01&state=late&state=behind&format=xlsx`,
      headers: { cookie: staff.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const texts = cellTexts(await zipParts(response.rawPayload));
    expect(texts).toContain('Trạm biến áp 110 kV');
    expect(texts).toContain('Chậm so với kế hoạch');
    expect(texts).toContain('Tình trạng tính đến ngày 01/07/2024');
    expect(texts).not.toContain('Nhà máy XLNT mô-đun 2');
  });

  it('refuses with a specific code and changes nothing', async () => {
    const before = ok(await staff.api.get(`${API}/works/${plant.id}`));
    const count = async () =>
      (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from audit_log`))[0]!.n;
    const auditBefore = await count();
    const report = (body: Record<string, unknown>) =>
      staff.api.post(`${API}/works/${plant.id}/progress`, {
        reportedOn: '2025-02-01',
        progressPct: '50',
        ...body,
      });

    refused(await report({ reportedOn: '2099-01-01' }), 422, 'INFRASTRUCTURE_PROGRESS_IN_FUTURE');
    refused(await report({ reportedOn: '2025-01-14' }), 422, 'INFRASTRUCTURE_PROGRESS_BEFORE_PREVIOUS');
    refused(await report({ progressPct: '39.9' }), 422, 'INFRASTRUCTURE_PROGRESS_DECREASED');
    const above = refused(
      await report({ disbursedVnd: '50000000001' }),
      422,
      'INFRASTRUCTURE_DISBURSED_ABOVE_CAPITAL',
    );
    expect(above.details).toEqual([
      expect.objectContaining({ path: 'body.disbursedVnd', reason: 'disbursed_above_capital' }),
    ]);
    refused(
      await report({ progressPct: '99', completedOn: '2025-02-01' }),
      422,
      'INFRASTRUCTURE_COMPLETION_NOT_FULL',
    );
    refused(
      await report({ progressPct: '100', completedOn: '2025-02-02' }),
      422,
      'INFRASTRUCTURE_COMPLETION_DATE_INVALID',
    );
    // Several problems: the first names the code, every one is listed.
    const many = refused(
      await report({ reportedOn: '2025-01-01', progressPct: '10' }),
      422,
      'INFRASTRUCTURE_PROGRESS_BEFORE_PREVIOUS',
    );
    expect(many.details.map((d: any) => d.reason)).toEqual(['before_previous', 'progress_decreased']);
    // Not a percentage with at most one decimal, not a number string.
    refused(await report({ progressPct: '45.25' }), 400, 'VALIDATION_FAILED');
    refused(await report({ progressPct: '100.1' }), 400, 'VALIDATION_FAILED');
    refused(await report({ progressPct: 50 }), 400, 'VALIDATION_FAILED');
    refused(await report({ note: 'x'.repeat(2001) }), 400, 'VALIDATION_FAILED');

    refused(
      await staff.api.patch(`${API}/works/${plant.id}`, {
        version: before.version,
        plannedCapitalVnd: '9999999999',
      }),
      422,
      'INFRASTRUCTURE_CAPITAL_BELOW_DISBURSED',
    );
    refused(
      await staff.api.patch(`${API}/works/${plant.id}`, {
        version: before.version,
        plannedStartOn: '2025-07-01',
      }),
      422,
      'INFRASTRUCTURE_SCHEDULE_INVALID',
    );
    refused(
      await staff.api.patch(`${API}/works/${plant.id}`, { version: before.version + 1, name: 'Đổi tên' }),
      409,
      'VERSION_CONFLICT',
    );
    refused(
      await staff.api.post(`${API}/works`, {
        zoneId: z['TB-Z1'],
        kind: 'drainage',
        name: 'Thoát nước',
        capacityUnit: 'km',
        plannedStartOn: '2025-01-02',
        plannedCompletionOn: '2025-01-01',
      }),
      422,
      'INFRASTRUCTURE_SCHEDULE_INVALID',
    );
    refused(
      await staff.api.post(`${API}/works`, {
        zoneId: z['HY-Z'],
        kind: 'drainage',
        name: 'Thoát nước',
        capacityUnit: 'km',
        plannedCompletionOn: '2025-01-01',
      }),
      422,
      'INFRASTRUCTURE_ZONE_NOT_FOUND',
    );
    refused(
      await staff.api.post(`${API}/works`, {
        zoneId: z['TB-Z1'],
        kind: 'bridge',
        name: 'X',
        capacityUnit: 'km',
        plannedCompletionOn: '2025-01-01',
      }),
      400,
      'VALIDATION_FAILED',
    );

    expect(ok(await staff.api.get(`${API}/works/${plant.id}`))).toEqual(before);
    expect(await count()).toBe(auditBefore);
    expect((await states('2025-07-01')).length).toBe(3);

    // Within the capital, the edit goes through with the version read.
    const edited = ok(
      await staff.api.patch(`${API}/works/${plant.id}`, {
        version: before.version,
        plannedCapitalVnd: '10000000000',
        plannedStartOn: '2024-07-01',
        name: 'Nhà máy XLNT mô-đun 2 (điều chỉnh)',
      }),
    );
    expect(edited).toMatchObject({
      version: before.version + 1,
      plannedCapitalVnd: '10000000000',
      plannedStartOn: '2024-07-01',
    });
    expect(await count()).toBe(auditBefore + 1);
  });

  it('hides another board’s works and keeps viewers from writing', async () => {
    const api = hyAdmin.api;
    refused(await api.get(`${API}/works/${roads.id}`), 404, 'INFRASTRUCTURE_WORK_NOT_FOUND');
    refused(
      await api.patch(`${API}/works/${roads.id}`, { version: 2, name: 'X' }),
      404,
      'INFRASTRUCTURE_WORK_NOT_FOUND',
    );
    refused(
      await api.post(`${API}/works/${roads.id}/progress`, { reportedOn: '2025-02-01', progressPct: '100' }),
      404,
      'INFRASTRUCTURE_WORK_NOT_FOUND',
    );
    refused(
      await api.post(`${API}/works`, {
        zoneId: z['TB-Z1'],
        kind: 'drainage',
        name: 'X',
        capacityUnit: 'km',
        plannedCompletionOn: '2025-01-01',
      }),
      422,
      'INFRASTRUCTURE_ZONE_NOT_FOUND',
    );
    expect(ok(await api.get(`${API}/works`)).items.map((w: any) => w.id)).toEqual([hyWork.id]);
    expect(ok(await api.get(`${API}/works?zone=${z['TB-Z1']}`)).items).toEqual([]);
    refused(await api.get(`${API}/works?board=TB`), 404, 'BOARD_NOT_FOUND');
    expect(ok(await api.get(`${API}/summary`)).total.total).toBe(1);
    expect(ok(await staff.api.get(`${API}/works`)).items.map((w: any) => w.id)).not.toContain(hyWork.id);

    expect(ok(await viewer.api.get(`${API}/works/${roads.id}`)).id).toBe(roads.id);
    refused(
      await viewer.api.post(`${API}/works`, {
        zoneId: z['TB-Z1'],
        kind: 'drainage',
        name: 'X',
        capacityUnit: 'km',
        plannedCompletionOn: '2025-01-01',
      }),
      403,
      'FORBIDDEN',
    );
    refused(
      await viewer.api.post(`${API}/works/${plant.id}/progress`, {
        reportedOn: '2025-02-01',
        progressPct: '50',
      }),
      403,
      'FORBIDDEN',
    );
    refused(await viewer.api.patch(`${API}/works/${plant.id}`, { version: 2, name: 'X' }), 403, 'FORBIDDEN');
    refused(await ctx.anonymous.get(`${API}/works`), 401, 'UNAUTHENTICATED');
  });

  it('loads the demo works once, with reports up to today', async () => {
    await ctx.importPackage(
      new PackageBuilder().board('DM').zone('DM', 'DM-1').zone('DM', 'DM-2').zone('DM', 'DM-3').build(),
    );
    const [board] = await queryRows<{ id: string }>(
      ctx.database.db,
      sql`select id from boards where code = 'DM'`,
    );
    const { loadInfrastructureDemo } = await import('./index.ts');
    const summary = await loadInfrastructureDemo(ctx.database.db, { id: board!.id, code: 'DM' });
    // Four works a zone; roads completed in zones 1 and 3, the plant's module 2 in zone 2.
    expect(summary).toMatchObject({ works: 12, completed: 3 });
    expect(summary.reports).toBeGreaterThan(30);
    expect(await loadInfrastructureDemo(ctx.database.db, { id: board!.id, code: 'DM' })).toEqual({
      works: 0,
      reports: 0,
      completed: 0,
    });
    const [latest] = await queryRows<{ last: string }>(
      ctx.database.db,
      sql`select max(reported_on)::text as last from infrastructure_progress_reports where board_id = ${board!.id}::uuid`,
    );
    expect(latest!.last <= vietnamToday()).toBe(true);
    const admin = await ctx.createUser({ role: 'admin', board: 'DM' });
    const counts = ok(await admin.api.get(`${API}/summary`)).total;
    expect(counts).toMatchObject({ total: 12, completed: 3 });
    expect(counts.late).toBeGreaterThan(0);
    expect(counts.behind).toBeGreaterThan(0);
    expect(counts.on_track).toBeGreaterThan(0);
  });
});
