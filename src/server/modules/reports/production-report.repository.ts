import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';

/**
 * One way of making up a period from reports: the period's own report (rank 0), or every
 * sub-period of one kind (months, then quarters, then halves — the finer wins). `n` is how many
 * reports make it complete; `seq` orders them, so workers come from the last one.
 */
export interface PeriodSource {
  /** 'current' for the report's period, 'previous' for the same period a year earlier. */
  which: 'current' | 'previous';
  rank: number;
  period: string;
  seq: number;
  n: number;
}

/** The figures of one side of the comparison, for all enterprises or one investment type. */
export interface ProductionGroup {
  which: 'current' | 'previous';
  /** null: every investment type together. */
  investment_type: 'FDI' | 'DDI' | null;
  reported: number;
  production_value_vnd: string | null;
  revenue_vnd: string | null;
  export_usd: string | null;
  import_usd: string | null;
  budget_paid_vnd: string | null;
  /** FDI enterprises' revenue and budget paid in USD (blocs-v1), where they state them. */
  revenue_usd: string | null;
  budget_paid_usd: string | null;
  workers: string | null;
  insured_workers: string | null;
  /** Σ workers × the enterprise's (worker-weighted) mean income, and the workers it is over. */
  income_weighted: string | null;
  income_workers: string | null;
}

/** The statement's last row: `reported` there counts the enterprises of the board(s) for P. */
interface CoverageRow {
  which: 'coverage';
  reported: number;
}

export interface ProductionScope {
  boardIds: string[];
  zoneIds: string[] | null;
  /**
   * The enterprises of the board(s) for P (coverage): those in operation at some time in
   * [periodStart, periodEnd], and any with a figure for P. Figures count every accepted report.
   */
  periodStart: string;
  periodEnd: string;
  sources: PeriodSource[];
}

/**
 * The production-and-business figures in one statement (reports-v1): each in-scope enterprise's
 * figure for a period is its accepted report for it, or — failing that — the finest kind of
 * sub-period it has accepted reports for in full; money summed, workers and insured workers of the
 * last sub-period, income worker-weighted over the sub-periods. Enterprises without a figure are
 * left out of the sums. Grouped by side and investment type, with the totals.
 */
export async function productionGroups(executor: Executor, scope: ProductionScope) {
  const boards = uuidArray(scope.boardIds);
  const zones = scope.zoneIds ? uuidArray(scope.zoneIds) : null;
  const s = scope.sources;
  const periods = `{${[...new Set(s.map((x) => x.period))].join(',')}}`;
  const rows = await queryRows<ProductionGroup | CoverageRow>(
    executor,
    sql`
    with source as (
      select * from unnest(
        ${`{${s.map((x) => x.which).join(',')}}`}::text[],
        ${`{${s.map((x) => x.rank).join(',')}}`}::int[],
        ${`{${s.map((x) => x.period).join(',')}}`}::text[],
        ${`{${s.map((x) => x.seq).join(',')}}`}::int[],
        ${`{${s.map((x) => x.n).join(',')}}`}::int[]
      ) as t(which, rank, period, seq, n)
    ),
    in_scope as (
      select e.id, e.investment_type
      from enterprises e
      where e.board_id = any(${boards})
        and (${zones}::uuid[] is null or e.zone_id = any(${zones}::uuid[]))
    ),
    filed as (
      select s.which, s.rank, s.seq, s.n, r.enterprise_id, e.investment_type,
             r.production_value_vnd, r.revenue_vnd, r.export_usd, r.import_usd, r.budget_paid_vnd,
             r.revenue_usd, r.budget_paid_usd,
             r.workers, r.insured_workers, r.average_income_vnd
      from source s
      join enterprise_reports r
        on r.period = s.period and r.status = 'accepted'
      join in_scope e on e.id = r.enterprise_id
      -- The same periods again as a plain array, so the (board_id, period) index picks the rows.
      where r.board_id = any(${boards}) and r.period = any(${periods}::text[])
    ),
    -- One pass over the rows: each way of making up the period, per enterprise.
    made_up as (
      select which, enterprise_id, investment_type, rank,
             count(*) = max(n) as complete,
             sum(production_value_vnd) as production_value_vnd,
             sum(revenue_vnd) as revenue_vnd,
             sum(export_usd) as export_usd,
             sum(import_usd) as import_usd,
             sum(budget_paid_vnd) as budget_paid_vnd,
             sum(revenue_usd) as revenue_usd,
             sum(budget_paid_usd) as budget_paid_usd,
             max(workers) filter (where seq = n) as workers,
             max(insured_workers) filter (where seq = n) as insured_workers,
             sum(workers::numeric * average_income_vnd)
               filter (where workers is not null and average_income_vnd is not null) as income_numerator,
             sum(workers) filter (where workers is not null and average_income_vnd is not null) as income_workers
      from filed
      group by which, enterprise_id, investment_type, rank
    ),
    -- The enterprise's figure: its own report, else the finest complete kind of sub-period.
    per_enterprise as (
      select distinct on (which, enterprise_id)
             which, enterprise_id, investment_type,
             production_value_vnd, revenue_vnd, export_usd, import_usd, budget_paid_vnd,
             revenue_usd, budget_paid_usd,
             workers, insured_workers,
             income_numerator * 1.000000000000000000000000000000 / nullif(income_workers, 0) as mean_income
      from made_up
      where complete
      order by which, enterprise_id, rank
    )
    select which, investment_type, count(*)::int as reported,
           sum(production_value_vnd)::text as production_value_vnd,
           sum(revenue_vnd)::text as revenue_vnd,
           sum(export_usd)::text as export_usd,
           sum(import_usd)::text as import_usd,
           sum(budget_paid_vnd)::text as budget_paid_vnd,
           sum(revenue_usd)::text as revenue_usd,
           sum(budget_paid_usd)::text as budget_paid_usd,
           sum(workers)::text as workers,
           sum(insured_workers)::text as insured_workers,
           sum(workers * mean_income) filter (where mean_income is not null)::text as income_weighted,
           sum(workers) filter (where mean_income is not null and workers is not null)::text as income_workers
    from per_enterprise
    group by grouping sets ((which, investment_type), (which))
    union all
    select 'coverage', null,
           (select count(*)::int from enterprises e
            where e.id in (select id from in_scope)
              and (((e.operating_since is null or e.operating_since <= ${scope.periodEnd}::date)
                    and (e.operating_until is null or e.operating_until >= ${scope.periodStart}::date))
                   or e.id in (select enterprise_id from per_enterprise where which = 'current'))),
           null, null, null, null, null, null, null, null, null, null, null`,
  );
  const coverage = rows.find((row): row is CoverageRow => row.which === 'coverage');
  return {
    groups: rows.filter((row): row is ProductionGroup => row.which !== 'coverage'),
    enterprises: coverage?.reported ?? 0,
  };
}
