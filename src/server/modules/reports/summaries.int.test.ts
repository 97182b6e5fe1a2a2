/**
 * The summary tables (decision 024) are kept by triggers in the writing transaction. After a long
 * run of random writes of every kind — back-dated and same-day events, corrections, deletions,
 * projects and enterprises moving zone, reports returned, re-accepted, corrected and deleted —
 * the incrementally kept rows must equal those rebuilt from scratch, and the reports read from
 * them must equal the full computation from the records (the benchmark's hand-written baselines).
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { baselineInvestment, baselineProduction } from '../../../../bench/baseline-queries.ts';
import { compareFigures, flatten } from '../../../../bench/harness.ts';
import { createTestContext, type TestContext } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { periodKind, subPeriods, type PeriodKind } from '../../../domain/periods.ts';
import { queryRows, type Executor } from '../../kernel/db/database.ts';
import { investmentReport } from './investment-report.service.ts';
import { productionReport } from './production-report.service.ts';

/** A small deterministic PRNG (the same writes on every run and database). */
function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const MONTHS = Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0'));

const INVESTMENT_MEASURES = [
  'new_count',
  'new_vnd',
  'new_usd',
  'adj_count',
  'adj_change_vnd',
  'inc_count',
  'inc_vnd',
  'dec_count',
  'dec_vnd',
  'adj_change_usd',
  'term_count',
  'term_vnd',
  'projects',
  'registered_vnd',
  'registered_usd',
  'implemented_vnd',
];
const PRODUCTION_MEASURES = [
  'reported',
  'reported_outside',
  'production_value_vnd',
  'revenue_vnd',
  'export_usd',
  'import_usd',
  'budget_paid_vnd',
  'revenue_usd',
  'budget_paid_usd',
  'workers',
  'insured_workers',
  'income_weighted',
  'income_workers',
];

/** A table's rows as text: its key columns, then its measures without trailing zeros; with
 * skipZero, rows whose measures are all zero (keys that summed to nothing) are left out. */
function rowsOf(tag: string, table: string, keys: string[], measures: string[], skipZero: boolean) {
  const text = `concat_ws(',', ${measures.map((m) => `trim_scale(${m}::numeric)`).join(', ')})`;
  const zero = measures.map(() => '0').join(',');
  return `select '${tag} ' || ${keys.join(" || ' ' || ")} || ' ' || m as row
    from (select *, ${text} as m from ${table}) t${skipZero ? ` where m <> '${zero}'` : ''}`;
}

/** Every summary row, numbers without trailing zeros, rows summing to nothing left out. */
async function summaryRows(executor: Executor): Promise<string[]> {
  const rows = await queryRows<{ row: string }>(
    executor,
    sql.raw(
      [
        rowsOf(
          'F',
          'investment_facts',
          ['project_id', 'day', 'board_id', 'zone_id', 'investment_type'],
          INVESTMENT_MEASURES,
          false,
        ),
        rowsOf(
          'I',
          'investment_totals',
          ['board_id', 'zone_id', 'investment_type', 'grain', 'period_start'],
          INVESTMENT_MEASURES,
          true,
        ),
        rowsOf(
          'B',
          'investment_board_totals',
          ['board_id', 'investment_type', 'grain', 'period_start'],
          INVESTMENT_MEASURES,
          true,
        ),
        rowsOf(
          'P',
          'production_totals',
          ['board_id', 'zone_id', 'investment_type', 'period'],
          PRODUCTION_MEASURES,
          true,
        ),
      ].join(' union all ') + ' order by 1',
    ),
  );
  return rows.map((r) => r.row);
}

describe('report summaries (decision 024)', () => {
  let ctx: TestContext;
  const random = prng(2019);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const day = (from: number, to: number) => {
    const year = from + Math.floor(random() * (to - from + 1));
    return `${year}-${pick(MONTHS)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    const pkg = new PackageBuilder()
      .board('AA')
      .board('BB')
      .zone('AA', 'Z1')
      .zone('AA', 'Z2')
      .zone('BB', 'Y1');
    for (let i = 1; i <= 12; i++) {
      const code = `P${i}`;
      const [board, zone] = i % 4 === 0 ? ['BB', 'Y1'] : ['AA', i % 2 ? 'Z1' : 'Z2'];
      const fdi = i % 3 === 0;
      pkg.project(board, zone, code, fdi ? 'FDI' : 'DDI');
      pkg.event(
        code,
        'new',
        `201${i % 8}-0${1 + (i % 9)}-1${i % 10}`,
        String(100 + i * 10),
        fdi ? `${i}000000` : undefined,
      );
      pkg.event(
        code,
        'adjustment',
        `2019-0${1 + (i % 9)}-20`,
        String(90 + i * 12),
        fdi ? `${i}500000` : undefined,
      );
      if (i % 5 === 0) pkg.event(code, 'termination', '2020-06-30');
      pkg.implemented(code, '2019-06-30', String(i * 5));
    }
    for (let i = 1; i <= 8; i++) {
      const tax = `01000000${String(i).padStart(2, '0')}`;
      const [board, zone] = i % 4 === 0 ? ['BB', 'Y1'] : ['AA', i % 2 ? 'Z1' : 'Z2'];
      pkg.enterprise(board!, zone!, tax, i % 3 === 0 ? 'FDI' : 'DDI');
      for (const year of ['2018', '2019']) {
        if (i % 2) MONTHS.forEach((m) => pkg.enterpriseReport(tax, `${year}-${m}`, figures(i, m)));
        else [1, 2, 3, 4].forEach((q) => pkg.enterpriseReport(tax, `${year}-Q${q}`, figures(i, String(q))));
      }
      if (i === 3) pkg.enterpriseReport(tax, '2019', figures(i, '99'));
    }
    await ctx.importPackage(pkg.build());
    // Operation dates are not in the package: an enterprise that started mid-2019.
    await ctx.database.db.execute(
      sql`update enterprises set operating_since = '2019-07-01' where tax_code = '0100000002'`,
    );
  });

  function figures(i: number, part: string) {
    return {
      productionValueVnd: String(i * 1000 + Number(part)),
      revenueVnd: String(i * 2000 + Number(part)),
      exportUsd: `${i}.${part.padStart(2, '0')}`,
      workers: 10 * i + Number(part),
      insuredWorkers: 5 * i,
      averageIncomeVnd: String(5_000_000 + i * 1000 + Number(part) * 7),
    };
  }

  /** One random write, straight to the tables: the triggers see every write path alike. */
  async function randomWrite(): Promise<string> {
    const db = ctx.database.db;
    const [project] = await queryRows<{ id: string; board_id: string }>(
      db,
      sql`select id, board_id from projects order by id offset ${Math.floor(random() * 12)} limit 1`,
    );
    const [enterprise] = await queryRows<{ id: string; board_id: string }>(
      db,
      sql`select id, board_id from enterprises order by id offset ${Math.floor(random() * 8)} limit 1`,
    );
    const zones = await queryRows<{ id: string; board_id: string }>(db, sql`select id, board_id from zones`);
    const zoneOf = (boardId: string) => pick(zones.filter((z) => z.board_id === boardId)).id;
    const capital = () => (random() < 0.2 ? null : String(Math.floor(random() * 500) * 1_000_000_000));
    const usd = () =>
      random() < 0.5 ? null : `${Math.floor(random() * 9_000_000)}.${Math.floor(random() * 99)}`;
    switch (Math.floor(random() * 11)) {
      case 0:
      case 1:
        await db.execute(sql`insert into licensing_events (board_id, project_id, kind, event_date, seq, document_no, capital_vnd, capital_usd)
          select ${project!.board_id}, ${project!.id}, 'adjustment', ${day(2015, 2021)}::date,
                 coalesce(max(seq), 0) + 1, 'R-' || gen_random_uuid(), ${capital()}::bigint, ${usd()}::numeric
          from licensing_events where project_id = ${project!.id}`);
        return 'event added';
      case 2:
        await db.execute(sql`update licensing_events set capital_vnd = ${capital()}::bigint, event_date = ${day(2016, 2021)}::date
          where id = (select id from licensing_events where project_id = ${project!.id} and kind <> 'new' order by seq desc limit 1)`);
        return 'event corrected';
      case 3:
        await db.execute(sql`delete from licensing_events
          where id = (select id from licensing_events where project_id = ${project!.id} and kind <> 'new' order by seq limit 1)`);
        return 'event deleted';
      case 4:
        await db.execute(sql`insert into capital_implementations (board_id, project_id, as_of, implemented_vnd)
          values (${project!.board_id}, ${project!.id}, ${day(2017, 2021)}::date, ${Math.floor(random() * 90)} * 1000000000::bigint)
          on conflict (project_id, as_of) do update set implemented_vnd = excluded.implemented_vnd + 1`);
        return 'implementation';
      case 5:
        await db.execute(sql`update projects set zone_id = ${zoneOf(project!.board_id)},
          investment_type = case when ${random() < 0.3} then (case investment_type when 'FDI' then 'DDI' else 'FDI' end) else investment_type end
          where id = ${project!.id}`);
        return 'project moved';
      case 6:
        await db.execute(sql`update enterprise_reports set status = case status when 'accepted' then 'returned' else 'accepted' end
          where id = (select id from enterprise_reports where enterprise_id = ${enterprise!.id} order by period offset ${Math.floor(random() * 8)} limit 1)`);
        return 'report returned or accepted';
      case 7: {
        const workers = Math.floor(random() * 300);
        await db.execute(sql`update enterprise_reports set production_value_vnd = ${Math.floor(random() * 10_000)}, workers = ${workers}, insured_workers = least(insured_workers, ${workers}),
            average_income_vnd = case when ${random() < 0.2} then null else average_income_vnd end
          where id = (select id from enterprise_reports where enterprise_id = ${enterprise!.id} order by period desc offset ${Math.floor(random() * 8)} limit 1)`);
        return 'report corrected';
      }
      case 8:
        await db.execute(sql`delete from enterprise_reports
          where id = (select id from enterprise_reports where enterprise_id = ${enterprise!.id} order by period offset ${Math.floor(random() * 20)} limit 1)`);
        return 'report deleted';
      case 9:
        await db.execute(sql`insert into enterprise_reports (board_id, enterprise_id, period, production_value_vnd, workers, average_income_vnd, status)
          values (${enterprise!.board_id}, ${enterprise!.id}, ${pick(['2019', '2019-H1', '2019-H2', '2018-Q3', '2019-Q2', '2019-05', '2018-12'])},
                  ${Math.floor(random() * 10_000)}, ${Math.floor(random() * 200)}, 6000000, 'accepted')
          on conflict (enterprise_id, period) do nothing`);
        return 'report added';
      default:
        await db.execute(sql`update enterprises set zone_id = ${zoneOf(enterprise!.board_id)},
            operating_until = case when ${random() < 0.4} then ${day(2018, 2019)}::date else null end
          where id = ${enterprise!.id}`);
        return 'enterprise moved or closed';
    }
  }

  async function expectReportsEqualTheFullComputation() {
    const actor = await ctx.system();
    const boards = await queryRows<{ id: string; code: string }>(
      ctx.database.db,
      sql`select id, code from boards where code in ('AA', 'BB') order by code`,
    );
    const scopes = [[boards[0]!], boards];
    const ranges = [
      ['2019-01-01', '2019-11-30'],
      ['2015-03-15', '2020-07-20'],
      ['2019-06-20', '2019-06-20'],
      ['2020-01-01', '2020-12-31'],
      ['2016-11-05', '2019-02-10'],
    ];
    const differences: unknown[] = [];
    for (const scope of scopes) {
      const ids = scope.map((b) => b.id);
      const codes = scope.map((b) => b.code);
      for (const [from, to] of ranges) {
        const report = flatten(
          await investmentReport(ctx.database.db, actor, { boards: codes, from: from!, to: to! }),
        );
        const full = await baselineInvestment(ctx.database.db, { boardIds: ids, from: from!, to: to! });
        const d = compareFigures(report, full, () => true);
        if (d.length) differences.push({ codes, from, to, d });
      }
      for (const period of ['2019', '2019-H1', '2019-H2', '2019-Q3', '2019-05', '2018']) {
        const report = flatten(
          await productionReport(ctx.database.db, actor, { boards: codes, period, withPlan: false }),
        );
        const full = await baselineProduction(ctx.database.db, { boardIds: ids, period });
        const d = compareFigures(report, full, () => true);
        if (d.length) differences.push({ codes, period, d });
      }
    }
    expect(differences).toEqual([]);
  }

  it('reads the imported records right', async () => {
    await expectReportsEqualTheFullComputation();
    const before = await summaryRows(ctx.database.db);
    await ctx.database.db.execute(sql`select summaries_rebuild()`);
    expect(await summaryRows(ctx.database.db)).toEqual(before);
  });

  it('stays equal to a rebuild from scratch and to the full computation through 150 random writes', async () => {
    const done: string[] = [];
    for (let step = 1; step <= 150; step++) {
      done.push(await randomWrite());
      if (step % 50 === 0) {
        const kept = await summaryRows(ctx.database.db);
        await ctx.database.db.execute(sql`select summaries_rebuild()`);
        expect(await summaryRows(ctx.database.db), `after ${done.length} writes: ${done.join(', ')}`).toEqual(
          kept,
        );
      }
    }
    await expectReportsEqualTheFullComputation();
    // Every kind of write happened.
    expect(new Set(done).size).toBe(10);
  }, 120_000);

  it("makes up periods in SQL by the domain's rule (src/domain/periods.ts)", async () => {
    const year = [
      '2019',
      '2019-H1',
      '2019-H2',
      ...[1, 2, 3, 4].map((q) => `2019-Q${q}`),
      ...MONTHS.map((m) => `2019-${m}`),
    ];
    const rank: Record<PeriodKind, number> = { month: 1, quarter: 2, half: 3, year: 4 };
    for (const report of year) {
      const kind = periodKind(report);
      const expected = [
        `${report} 0 1 1`,
        ...year.flatMap((target) => {
          const parts = target === report ? [] : subPeriods(target, kind);
          const at = parts.indexOf(report);
          return at < 0 ? [] : [`${target} ${rank[kind]} ${at + 1} ${parts.length}`];
        }),
      ];
      const rows = await queryRows<{ row: string }>(
        ctx.database.db,
        sql`select target || ' ' || rank || ' ' || seq || ' ' || n as row from production_targets(${report})`,
      );
      expect(rows.map((r) => r.row).sort(), report).toEqual(expected.sort());
    }
  });

  it('leaves the summaries alone while deferred, for a bulk load to rebuild once', async () => {
    const before = await summaryRows(ctx.database.db);
    await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local kcn.summaries = 'deferred'`);
      await tx.execute(sql`update enterprise_reports set production_value_vnd = production_value_vnd + 1`);
      await tx.execute(
        sql`update licensing_events set capital_vnd = capital_vnd + 1 where capital_vnd is not null`,
      );
      expect(await summaryRows(tx)).toEqual(before);
      await tx.execute(sql`select summaries_rebuild()`);
    });
    expect(await summaryRows(ctx.database.db)).not.toEqual(before);
    await expectReportsEqualTheFullComputation();
  });
});
