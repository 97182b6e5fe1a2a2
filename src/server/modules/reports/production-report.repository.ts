import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';

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
  /** The report's period and the same period a year earlier. */
  period: string;
  previousPeriod: string;
  /**
   * The enterprises of the board(s) for P (coverage): those in operation at some time in
   * [periodStart, periodEnd], and any with a figure for P. Figures count every accepted report.
   */
  periodStart: string;
  periodEnd: string;
}

/**
 * The production-and-business figures (reports-v1), grouped by side and investment type with the
 * totals, from production_totals (decision 024): each in-scope enterprise's figure for a period is
 * its accepted report for it, or — failing that — the finest kind of sub-period it has accepted
 * reports for in full; money summed, workers and insured workers of the last sub-period, income
 * worker-weighted over the sub-periods (the rule the triggers of migration 0013 apply when a
 * report is written). Enterprises without a figure are left out of the sums.
 */
export async function productionGroups(executor: Executor, scope: ProductionScope) {
  const boards = uuidArray(scope.boardIds);
  const zones = scope.zoneIds ? uuidArray(scope.zoneIds) : null;
  const rows = await queryRows<ProductionGroup | CoverageRow>(
    executor,
    sql`
    with totals as (
      select case when period = ${scope.period} then 'current' else 'previous' end as which, t.*
      from production_totals t
      where board_id = any(${boards})
        and (${zones}::uuid[] is null or zone_id = any(${zones}::uuid[]))
        and period in (${scope.period}, ${scope.previousPeriod})
    )
    select which, investment_type, sum(reported)::int as reported,
           sum(production_value_vnd)::text as production_value_vnd,
           sum(revenue_vnd)::text as revenue_vnd,
           sum(export_usd)::text as export_usd,
           sum(import_usd)::text as import_usd,
           sum(budget_paid_vnd)::text as budget_paid_vnd,
           sum(revenue_usd)::text as revenue_usd,
           sum(budget_paid_usd)::text as budget_paid_usd,
           sum(workers)::text as workers,
           sum(insured_workers)::text as insured_workers,
           sum(income_weighted)::text as income_weighted,
           sum(income_workers)::text as income_workers
    from totals
    group by grouping sets ((which, investment_type), (which))
    union all
    select 'coverage', null,
           ((select count(*)::int from enterprises e
             where e.board_id = any(${boards})
               and (${zones}::uuid[] is null or e.zone_id = any(${zones}::uuid[]))
               and (e.operating_since is null or e.operating_since <= ${scope.periodEnd}::date)
               and (e.operating_until is null or e.operating_until >= ${scope.periodStart}::date))
            + (select coalesce(sum(reported_outside), 0)::int from totals where which = 'current')),
           null, null, null, null, null, null, null, null, null, null, null`,
  );
  const coverage = rows.find((row): row is CoverageRow => row.which === 'coverage');
  return {
    groups: rows.filter((row): row is ProductionGroup => row.which !== 'coverage'),
    enterprises: coverage?.reported ?? 0,
  };
}
