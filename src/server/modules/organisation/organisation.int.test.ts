import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit.tables.ts';
import { buildThaiBinhDemoPackage, THAI_BINH_DEMO_FIGURES } from '../demo/index.ts';
import { exportPackage } from '../packages/index.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder, ty } from '../../../../test/package-builder.ts';

/**
 * organisation-v1 on the Thái Bình demo board (TB) and a small Hưng Yên board (HY): TB merges
 * into HY on 01/7/2025, and every report can still be asked for on any date's boundaries.
 */
const MERGE_ON = '2025-07-01';

/** Hưng Yên's own zone, two projects licensed in 2019, an enterprise filing 2024 and 2025; and one more TB enterprise filing those years. */
function hungYenPackage() {
  return new PackageBuilder()
    .board('HY', 'Ban Quản lý các KCN tỉnh Hưng Yên')
    .zone('HY', 'HY-MD', { name: 'KCN Minh Đức', areaHa: '198' })
    .project('HY', 'HY-MD', 'HY-001', 'FDI')
    .event('HY-001', 'new', '2019-03-15', '230', '10000000.00')
    .project('HY', 'HY-MD', 'HY-002', 'DDI')
    .event('HY-002', 'new', '2019-08-01', '120')
    .enterprise('HY', 'HY-MD', '0900000001', 'FDI')
    .enterpriseReport('0900000001', '2024', { revenueVnd: ty('1000'), workers: 800 })
    .enterpriseReport('0900000001', '2025', { revenueVnd: ty('1500'), workers: 900 })
    .board('TB', 'Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình')
    .enterprise('TB', 'TB-PK', '1000000001', 'DDI')
    .enterpriseReport('1000000001', '2024', { revenueVnd: ty('300'), workers: 200 })
    .enterpriseReport('1000000001', '2025', { revenueVnd: ty('500'), workers: 250 })
    .build();
}

/**
 * A board whose zone, project and enterprise reuse TB's codes (a merge into it must be refused),
 * and a board HD with a zone of its own, to receive a zone later.
 */
function clashingPackage(tb: ReturnType<typeof buildThaiBinhDemoPackage>) {
  const project = tb.projects[0]!;
  const enterprise = tb.enterprises[0]!;
  return new PackageBuilder()
    .board('XD')
    .zone('XD', 'TB-PK')
    .zone('XD', 'XD-1')
    .project('XD', 'XD-1', project.code, 'DDI')
    .event(project.code, 'new', '2019-02-01', '10')
    .enterprise('XD', 'XD-1', enterprise.taxCode, 'DDI')
    .board('HD')
    .zone('HD', 'HD-1')
    .build();
}

type Json = Record<string, any>;

describe('organisation over time: a board merged, a zone transferred, reports on any boundaries', () => {
  let ctx: TestContext;
  let national: TestUser;
  let tbViewer: TestUser;
  let hyAdmin: TestUser;
  let tbAdmin: TestUser;
  const tb = buildThaiBinhDemoPackage();
  const before = {} as Record<'tb' | 'hy' | 'hy2025' | 'tb2025', Json>;

  const investment = async (board: string, query = '') =>
    (
      await national.api.get(
        `/api/v1/reports/investment?board=${board}&from=2019-01-01&to=2019-11-30${query}`,
      )
    ).body as Json;
  const production = async (board: string, period: string, query = '') =>
    (await national.api.get(`/api/v1/reports/production?board=${board}&period=${period}${query}`))
      .body as Json;
  const zones = async (board: string, asOf: string, query = '') =>
    (await national.api.get(`/api/v1/reports/zones?board=${board}&asOf=${asOf}${query}`)).body as Json;
  const snapshot = async () =>
    JSON.stringify(await exportPackage(ctx.database.db, await ctx.system())).replace(
      /"exportedAt":"[^"]+"/,
      '',
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(tb);
    await ctx.importPackage(hungYenPackage());
    national = await ctx.createUser({ role: 'admin' });
    tbViewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyAdmin = await ctx.createUser({ role: 'admin', board: 'HY' });
    tbAdmin = await ctx.createUser({ role: 'admin', board: 'TB' });
    before.tb = await investment('TB');
    before.hy = await investment('HY');
    before.hy2025 = await production('HY', '2025');
    before.tb2025 = await production('TB', '2025');
  }, 180_000);

  it('reproduces the published Thái Bình figures before any move, echoing the boundaries used', () => {
    expect(before.tb.licensing.new.count).toBe(THAI_BINH_DEMO_FIGURES.licensing.new.count);
    expect(before.tb.licensing.new.capitalVnd).toBe(THAI_BINH_DEMO_FIGURES.licensing.new.capitalVnd);
    expect(before.tb.cumulative.total.projects).toBe(THAI_BINH_DEMO_FIGURES.cumulative.total.projects);
    expect(before.tb.boundariesAsOf).toBe('2019-11-30');
    expect(before.hy.licensing.new.count).toBe(2);
    expect(before.hy2025.boundariesAsOf).toBe('2025-12-31');
  });

  it('refuses a caller without national scope, unknown boards and zones, a merge into itself — changing nothing', async () => {
    const unchanged = await snapshot();
    const refusals: [TestUser, string, Json, number, string][] = [
      [hyAdmin, '/api/v1/boards/TB/merge', { into: 'HY', on: MERGE_ON }, 403, 'FORBIDDEN'],
      [tbViewer, '/api/v1/zones/TB-PK/transfer', { board: 'TB', to: 'HY', on: MERGE_ON }, 403, 'FORBIDDEN'],
      [national, '/api/v1/boards/XX/merge', { into: 'HY', on: MERGE_ON }, 404, 'BOARD_NOT_FOUND'],
      [national, '/api/v1/boards/TB/merge', { into: 'XX', on: MERGE_ON }, 404, 'BOARD_NOT_FOUND'],
      [national, '/api/v1/boards/TB/merge', { into: 'TB', on: MERGE_ON }, 422, 'ORGANISATION_SAME_BOARD'],
      [
        national,
        '/api/v1/zones/NO-SUCH/transfer',
        { board: 'TB', to: 'HY', on: MERGE_ON },
        404,
        'ZONE_NOT_FOUND',
      ],
      [
        national,
        '/api/v1/zones/HY-MD/transfer',
        { board: 'TB', to: 'HY', on: MERGE_ON },
        404,
        'ZONE_NOT_FOUND',
      ],
      [national, '/api/v1/boards/TB/merge', { into: 'HY', on: '2025-02-30' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [user, url, body, status, code] of refusals) {
      const response = await user.api.post(url, body);
      expect({ url, body, status: response.status, code: response.body.error?.code }).toEqual({
        url,
        body,
        status,
        code,
      });
    }
    expect(await snapshot()).toBe(unchanged);
  });

  it('refuses a merge into a board that already uses the codes, listing every clash, and changes nothing', async () => {
    await ctx.importPackage(clashingPackage(tb));
    const unchanged = await snapshot();
    const response = await national.api.post('/api/v1/boards/TB/merge', { into: 'XD', on: MERGE_ON });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('ORGANISATION_CODE_CLASH');
    expect(response.body.error.details.map((d: Json) => [d.path, d.value]).sort()).toEqual(
      [
        ['enterprises', tb.enterprises[0]!.taxCode],
        ['projects', tb.projects[0]!.code],
        ['zones', 'TB-PK'],
      ].sort(),
    );
    expect(await snapshot()).toBe(unchanged);
  });

  it('names the provinces in force on a date, to anyone: 63 before 01/7/2025, 34 from then', async () => {
    const before2025 = (await ctx.anonymous.get('/api/v1/provinces?on=2025-06-30')).body;
    expect(before2025.items).toHaveLength(63);
    expect(before2025.items.find((p: Json) => p.code === '34')).toMatchObject({ name: 'Thái Bình' });
    const after = (await ctx.anonymous.get('/api/v1/provinces?on=2025-07-01')).body;
    expect(after.items).toHaveLength(34);
    expect(after.items.find((p: Json) => p.code === '33')).toMatchObject({
      name: 'Hưng Yên',
      formedFrom: ['33', '34'],
    });
    expect((await ctx.anonymous.get('/api/v1/provinces?on=2025-02-30')).status).toBe(400);
  });

  it("refuses a package whose boards' succession or zones' board history is wrong, naming each field", async () => {
    const pkg = new PackageBuilder()
      .board('QN')
      .board('QB')
      .zone('QB', 'QB-1', {
        boardHistory: [
          { boardCode: 'QN', since: '2020-01-01' },
          { boardCode: 'ZZ' },
          { boardCode: 'QN', since: '2019-01-01' },
        ],
      })
      .build() as Json;
    pkg.boards[0].dissolvedOn = '2025-07-01';
    pkg.boards[1].dissolvedOn = '2025-07-01';
    pkg.boards[1].succeededBy = 'QB';
    const refused = await ctx.importPackage(pkg).catch((error: { code: string; details: Json[] }) => error);
    expect((refused as { code: string }).code).toBe('PACKAGE_INVALID');
    expect((refused as { details: Json[] }).details.map((d) => [d.kind, d.field, d.reason]).sort()).toEqual(
      [
        ['boards', 'succeededBy', 'SUCCESSION_INCOMPLETE'],
        ['boards', 'succeededBy', 'SUCCESSION_SELF'],
        ['zones', 'boardHistory.1', 'BOARD_HISTORY_UNDATED'],
        ['zones', 'boardHistory.1.boardCode', 'REFERENCE_NOT_FOUND'],
        ['zones', 'boardHistory.2', 'BOARD_HISTORY_LAST_NOT_HOLDER'],
      ].sort(),
    );
    expect((await national.api.get('/api/v1/boards')).body.items.map((b: Json) => b.code)).not.toContain(
      'QN',
    );
  });

  describe('after Thái Bình merges into Hưng Yên on 01/7/2025', () => {
    let merge: Json;
    beforeAll(async () => {
      const response = await national.api.post('/api/v1/boards/TB/merge', {
        into: 'HY',
        on: MERGE_ON,
        decision: 'Nghị quyết 202/2025/QH15 ngày 12/6/2025',
      });
      expect(response.status).toBe(200);
      merge = response.body;
    }, 60_000);

    it('moves every zone with its projects and enterprises, and dissolves the board', async () => {
      expect(merge).toMatchObject({ board: 'TB', into: 'HY', on: MERGE_ON, changed: true });
      expect(merge.moved.zones).toEqual(tb.zones.map((z) => z.code).sort());
      expect(merge.moved.projects).toBe(tb.projects.length);
      expect(merge.moved.enterprises).toBe(tb.enterprises.length + 1);
      const boards = (await national.api.get('/api/v1/boards')).body.items as Json[];
      expect(boards.find((b) => b.code === 'TB')).toMatchObject({ dissolvedOn: MERGE_ON, succeededBy: 'HY' });
      expect(boards.find((b) => b.code === 'HY')).toMatchObject({ dissolvedOn: null, succeededBy: null });
      const hy = boards.find((b) => b.code === 'HY')!;
      const zonesOfHy = (await national.api.get(`/api/v1/zones?boardId=${hy.id}&pageSize=100`)).body;
      expect(zonesOfHy.total).toBe(tb.zones.length + 1);
    });

    it("keeps Thái Bình's 2019 figures under TB, and Hưng Yên's under HY by default", async () => {
      expect(await investment('TB')).toEqual(before.tb);
      expect(await investment('HY')).toEqual(before.hy);
    });

    it("gives today's Hưng Yên territory for 2019 on the boundaries of 01/7/2025: the sum of both", async () => {
      const both = await investment('HY', `&boundariesAsOf=${MERGE_ON}`);
      expect(both.boundariesAsOf).toBe(MERGE_ON);
      expect(both.licensing.new.count).toBe(before.tb.licensing.new.count + before.hy.licensing.new.count);
      expect(BigInt(both.licensing.new.capitalVnd)).toBe(
        BigInt(before.tb.licensing.new.capitalVnd) + BigInt(before.hy.licensing.new.capitalVnd),
      );
      expect(both.cumulative.total.projects).toBe(
        before.tb.cumulative.total.projects + before.hy.cumulative.total.projects,
      );
      // And a dissolved board holds nothing on a date after its merge.
      expect((await investment('TB', `&boundariesAsOf=${MERGE_ON}`)).cumulative.total.projects).toBe(0);
    });

    it('compares Hưng Yên 2025 with 2024 on the same zones: both boards', async () => {
      const report = await production('HY', '2025');
      const revenue = report.indicators.revenueVnd.total;
      expect(revenue.value).toBe((BigInt(ty('1500')) + BigInt(ty('500'))).toString());
      expect(revenue.previous).toBe((BigInt(ty('1000')) + BigInt(ty('300'))).toString());
      expect(report.labour.workers.total).toMatchObject({ value: 1150, previous: 1000 });
      // On the boundaries of 2024, the old Hưng Yên alone — as it was before the merge.
      const old = await production('HY', '2025', '&boundariesAsOf=2024-12-31');
      expect(old.indicators).toEqual(before.hy2025.indicators);
      expect((await production('TB', '2025', '&boundariesAsOf=2025-06-30')).indicators).toEqual(
        before.tb2025.indicators,
      );
    });

    it('counts zones by the boundaries asked for', async () => {
      expect((await zones('HY', '2024-12-31')).total.count).toBe(1);
      expect((await zones('HY', '2024-12-31', `&boundariesAsOf=${MERGE_ON}`)).total.count).toBe(
        tb.zones.length + 1,
      );
      expect((await zones('TB', '2024-12-31')).total.count).toBe(tb.zones.length);
      expect((await zones('TB', '2024-12-31', '&zone=TB-PK')).zones).toEqual(['TB-PK']);
    });

    it("lets the dissolved board's users still read its reports", async () => {
      const response = await tbViewer.api.get(
        '/api/v1/reports/investment?board=TB&from=2019-01-01&to=2019-11-30',
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual(before.tb);
    });

    it('takes no new record into the dissolved board, from its own administrator or a national one', async () => {
      const boards = (await national.api.get('/api/v1/boards')).body.items as Json[];
      const tbId = boards.find((b) => b.code === 'TB')!.id;
      const zone = {
        boardId: tbId,
        code: 'TB-NEW',
        name: 'KCN Mới',
        kind: 'KCN',
        status: 'planned',
        areaHa: '50',
      };
      for (const user of [tbAdmin, national]) {
        const response = await user.api.post('/api/v1/zones', zone);
        expect([response.status, response.body.error?.code]).toEqual([403, 'FORBIDDEN']);
      }
      // Its users still sign in and read.
      expect((await tbAdmin.api.get('/api/v1/auth/me')).status).toBe(200);
    });

    it('accepts the same merge again without change, and refuses a merge into the dissolved board', async () => {
      const again = await national.api.post('/api/v1/boards/TB/merge', {
        into: 'HY',
        on: MERGE_ON,
        decision: 'Nghị quyết 202/2025/QH15 ngày 12/6/2025',
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ changed: false, moved: { zones: [], projects: 0, enterprises: 0 } });
      const into = await national.api.post('/api/v1/boards/HD/merge', { into: 'TB', on: '2026-01-01' });
      expect([into.status, into.body.error.code]).toEqual([409, 'ORGANISATION_BOARD_DISSOLVED']);
      const other = await national.api.post('/api/v1/boards/TB/merge', { into: 'HD', on: MERGE_ON });
      expect([other.status, other.body.error.code]).toEqual([409, 'ORGANISATION_BOARD_DISSOLVED']);
    });

    it('refuses to move a zone on or before its last move, then moves it later, once', async () => {
      const early = await national.api.post('/api/v1/zones/TB-GL/transfer', {
        board: 'HY',
        to: 'HD',
        on: '2025-07-01',
      });
      expect([early.status, early.body.error.code]).toEqual([409, 'ORGANISATION_DATE_BEFORE_LAST_MOVE']);
      expect(early.body.error.details[0]).toMatchObject({ path: 'body.on', value: 'TB-GL' });
      const body = { board: 'HY', to: 'HD', on: '2026-03-01', decision: 'QĐ 15/QĐ-TTg' };
      const moved = await national.api.post('/api/v1/zones/TB-GL/transfer', body);
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ zone: 'TB-GL', from: 'HY', to: 'HD', changed: true });
      const again = await national.api.post('/api/v1/zones/TB-GL/transfer', body);
      expect(again.body).toMatchObject({ changed: false });
      // Its past stays with Thái Bình; from 2026-03-01 it counts for HD.
      expect(await investment('TB')).toEqual(before.tb);
      expect((await zones('HD', '2026-03-01')).total.count).toBe(2);
      expect((await zones('HY', '2026-03-01')).total.count).toBe(tb.zones.length);
    });

    it('writes every move in the audit log', async () => {
      const entries = await ctx.database.db
        .select()
        .from(auditLog)
        .where(inArray(auditLog.action, ['merge', 'transfer']));
      const zonesMoved = entries.filter((e) => e.entityType === 'zone').map((e) => e.entityKey);
      expect(new Set(zonesMoved)).toEqual(new Set(tb.zones.map((z) => z.code)));
      expect(entries.filter((e) => e.entityType === 'board' && e.action === 'merge')).toHaveLength(2);
      const projectsMerged = entries.filter(
        (e) => e.entityType === 'project' && (e.after as Json).since === MERGE_ON,
      );
      expect(projectsMerged).toHaveLength(tb.projects.length);
    });

    it('exports the history, and an empty database importing it gives the same reports for every boundary date', async () => {
      // Every board but XD, whose project code repeats one of TB's (codes must be unique in a package).
      const pkg = (await national.api.get('/api/v1/packages/export?board=TB&board=HY&board=HD')).body as Json;
      const tbBoard = pkg.boards.find((b: Json) => b.code === 'TB');
      expect(tbBoard).toMatchObject({ dissolvedOn: MERGE_ON, succeededBy: 'HY' });
      const gl = pkg.zones.find((z: Json) => z.code === 'TB-GL');
      expect(gl).toMatchObject({
        boardCode: 'HD',
        boardHistory: [
          { boardCode: 'TB' },
          { boardCode: 'HY', since: MERGE_ON },
          { boardCode: 'HD', since: '2026-03-01' },
        ],
      });

      const copy = await createTestContext();
      const imported = await copy.importPackage(pkg).catch((error: { details?: unknown }) => error.details);
      expect(imported, JSON.stringify(imported).slice(0, 1500)).toHaveProperty('zones');
      const copyAdmin = await copy.createUser({ role: 'admin' });
      for (const boundaries of [
        '',
        '&boundariesAsOf=2019-11-30',
        `&boundariesAsOf=${MERGE_ON}`,
        '&boundariesAsOf=2026-06-30',
      ]) {
        for (const board of ['TB', 'HY', 'HD']) {
          const url = `/api/v1/reports/investment?board=${board}&from=2019-01-01&to=2019-11-30${boundaries}`;
          expect((await copyAdmin.api.get(url)).body, url).toEqual((await national.api.get(url)).body);
          const zonesUrl = `/api/v1/reports/zones?board=${board}&asOf=2026-06-30${boundaries}`;
          expect((await copyAdmin.api.get(zonesUrl)).body, zonesUrl).toEqual(
            (await national.api.get(zonesUrl)).body,
          );
          const productionUrl = `/api/v1/reports/production?board=${board}&period=2025${boundaries}`;
          expect((await copyAdmin.api.get(productionUrl)).body, productionUrl).toEqual(
            (await national.api.get(productionUrl)).body,
          );
        }
      }
      // And importing the same package again changes nothing.
      const again = await copy.importPackage(pkg);
      expect(again.zones.created + again.zones.updated + again.boards.updated).toBe(0);
    }, 240_000);
  });
});
