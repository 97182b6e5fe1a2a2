import { sql, type SQL } from 'drizzle-orm';
import {
  BEGINNING_OF_RECORDS,
  calendarGrains,
  type CalendarGrains,
} from '../../../domain/calendar-grains.ts';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';

export interface InvestmentScope {
  boardIds: string[];
  /** Narrow to these zones; null for all zones of the boards. */
  zoneIds: string[] | null;
  from: string;
  to: string;
}

/** Every figure of the investment report in one row (money as exact decimal text). */
export interface InvestmentFigures {
  new_count: number;
  new_vnd: string;
  new_usd: string;
  new_fdi_count: number;
  new_fdi_vnd: string;
  new_fdi_usd: string;
  new_ddi_count: number;
  new_ddi_vnd: string;
  adj_count: number;
  adj_change_vnd: string;
  inc_count: number;
  inc_vnd: string;
  dec_count: number;
  dec_vnd: string;
  adj_fdi_count: number;
  adj_fdi_change_vnd: string;
  adj_fdi_change_usd: string;
  adj_ddi_count: number;
  adj_ddi_change_vnd: string;
  term_count: number;
  term_vnd: string;
  term_fdi_count: number;
  term_ddi_count: number;
  fdi_projects: number;
  fdi_registered_vnd: string;
  fdi_registered_usd: string;
  fdi_implemented_vnd: string;
  ddi_projects: number;
  ddi_registered_vnd: string;
  ddi_implemented_vnd: string;
}

function zoneFilter(scope: InvestmentScope) {
  return scope.zoneIds ? sql`and zone_id = any(${uuidArray(scope.zoneIds)})` : sql``;
}

/** By zone when the report is narrowed to zones, else by board. */
function totalsTable(scope: InvestmentScope): SQL {
  return sql.raw(scope.zoneIds ? 'investment_totals' : 'investment_board_totals');
}

const PERIOD_MEASURES = sql.raw(
  'investment_type, new_count, new_vnd, new_usd, adj_count, adj_change_vnd, inc_count, inc_vnd, ' +
    'dec_count, dec_vnd, adj_change_usd, term_count, term_vnd',
);
const STATE_MEASURES = sql.raw('investment_type, projects, registered_vnd, registered_usd, implemented_vnd');

/**
 * The summary rows whose sum is the sum over the days of a range (decision 024): the yearly and
 * monthly totals of the whole years and months in it, and the facts of the days at its edges.
 */
function rowsOfRange(scope: InvestmentScope, grains: CalendarGrains, measures: SQL): SQL {
  const boards = uuidArray(scope.boardIds);
  const parts: SQL[] = [];
  const totals = (grain: 'year' | 'month', from: string, to: string) =>
    sql`select ${measures} from ${totalsTable(scope)}
        where board_id = any(${boards}) ${zoneFilter(scope)} and grain = ${grain}
          and period_start between ${from}::date and ${to}::date`;
  if (grains.years) parts.push(totals('year', grains.years.from, grains.years.to));
  for (const months of grains.months) parts.push(totals('month', months.from, months.to));
  for (const days of grains.days)
    parts.push(
      sql`select ${measures} from investment_facts
          where board_id = any(${boards}) ${zoneFilter(scope)} and day between ${days.from}::date and ${days.to}::date`,
    );
  if (parts.length === 0) parts.push(sql`select ${measures} from investment_totals where false`);
  return sql.join(parts, sql` union all `);
}

/**
 * The investment report in one statement, from the summary tables (decision 024), by the ledger's
 * rule (kept by the triggers of migration 0013):
 *  - licensing in the period: new certificates; adjustments with their signed change (capital
 *    after − capital before); terminations with the capital registered at termination;
 *  - projects in force at the end of `to` (a `new` dated ≤ D, no termination dated ≤ D), with
 *    their registered capital at D and their implemented capital at D (latest entry ≤ D): the sum
 *    of their changes over every day up to D.
 */
export async function investmentFigures(
  executor: Executor,
  scope: InvestmentScope,
): Promise<InvestmentFigures> {
  const rows = await queryRows<InvestmentFigures>(
    executor,
    sql`
    with period as (${rowsOfRange(scope, calendarGrains(scope.from, scope.to), PERIOD_MEASURES)}),
    state as (${rowsOfRange(scope, calendarGrains(BEGINNING_OF_RECORDS, scope.to), STATE_MEASURES)}),
    licensing as (
      select
        coalesce(sum(new_count), 0)::int as new_count,
        coalesce(sum(new_vnd), 0)::text as new_vnd,
        coalesce(sum(new_usd), 0)::text as new_usd,
        coalesce(sum(new_count) filter (where investment_type = 'FDI'), 0)::int as new_fdi_count,
        coalesce(sum(new_vnd) filter (where investment_type = 'FDI'), 0)::text as new_fdi_vnd,
        coalesce(sum(new_usd) filter (where investment_type = 'FDI'), 0)::text as new_fdi_usd,
        coalesce(sum(new_count) filter (where investment_type = 'DDI'), 0)::int as new_ddi_count,
        coalesce(sum(new_vnd) filter (where investment_type = 'DDI'), 0)::text as new_ddi_vnd,
        coalesce(sum(adj_count), 0)::int as adj_count,
        coalesce(sum(adj_change_vnd), 0)::text as adj_change_vnd,
        coalesce(sum(inc_count), 0)::int as inc_count,
        coalesce(sum(inc_vnd), 0)::text as inc_vnd,
        coalesce(sum(dec_count), 0)::int as dec_count,
        coalesce(sum(dec_vnd), 0)::text as dec_vnd,
        coalesce(sum(adj_count) filter (where investment_type = 'FDI'), 0)::int as adj_fdi_count,
        coalesce(sum(adj_change_vnd) filter (where investment_type = 'FDI'), 0)::text as adj_fdi_change_vnd,
        coalesce(sum(adj_change_usd) filter (where investment_type = 'FDI'), 0)::text as adj_fdi_change_usd,
        coalesce(sum(adj_count) filter (where investment_type = 'DDI'), 0)::int as adj_ddi_count,
        coalesce(sum(adj_change_vnd) filter (where investment_type = 'DDI'), 0)::text as adj_ddi_change_vnd,
        coalesce(sum(term_count), 0)::int as term_count,
        coalesce(sum(term_vnd), 0)::text as term_vnd,
        coalesce(sum(term_count) filter (where investment_type = 'FDI'), 0)::int as term_fdi_count,
        coalesce(sum(term_count) filter (where investment_type = 'DDI'), 0)::int as term_ddi_count
      from period
    ),
    cumulative as (
      select
        coalesce(sum(projects) filter (where investment_type = 'FDI'), 0)::int as fdi_projects,
        coalesce(sum(registered_vnd) filter (where investment_type = 'FDI'), 0)::text as fdi_registered_vnd,
        coalesce(sum(registered_usd) filter (where investment_type = 'FDI'), 0)::text as fdi_registered_usd,
        coalesce(sum(implemented_vnd) filter (where investment_type = 'FDI'), 0)::text as fdi_implemented_vnd,
        coalesce(sum(projects) filter (where investment_type = 'DDI'), 0)::int as ddi_projects,
        coalesce(sum(registered_vnd) filter (where investment_type = 'DDI'), 0)::text as ddi_registered_vnd,
        coalesce(sum(implemented_vnd) filter (where investment_type = 'DDI'), 0)::text as ddi_implemented_vnd
      from state
    )
    select licensing.*, cumulative.* from licensing cross join cumulative`,
  );
  return rows[0]!;
}

export interface MonthFigures {
  month: string;
  new_count: number;
  new_vnd: string;
  adj_count: number;
  adj_change_vnd: string;
}

/**
 * New capital and the net change of adjustments, month by month over the period (for charts):
 * the monthly totals of its whole months and the facts of the days of the months it cuts; the
 * months in which something was licensed, adjusted or terminated.
 */
export async function investmentByMonth(executor: Executor, scope: InvestmentScope): Promise<MonthFigures[]> {
  const boards = uuidArray(scope.boardIds);
  const grains = calendarGrains(scope.from, scope.to);
  const wholeMonths = [
    ...(grains.years ? [{ from: grains.years.from, to: `${grains.years.to.slice(0, 4)}-12-01` }] : []),
    ...grains.months,
  ];
  const parts: SQL[] = [
    ...wholeMonths.map(
      (months) => sql`select period_start as day, new_count, new_vnd, adj_count, adj_change_vnd, term_count
        from ${totalsTable(scope)}
        where board_id = any(${boards}) ${zoneFilter(scope)} and grain = 'month'
          and period_start between ${months.from}::date and ${months.to}::date`,
    ),
    ...grains.days.map(
      (days) => sql`select day, new_count, new_vnd, adj_count, adj_change_vnd, term_count
        from investment_facts
        where board_id = any(${boards}) ${zoneFilter(scope)} and day between ${days.from}::date and ${days.to}::date`,
    ),
  ];
  if (parts.length === 0) return [];
  return queryRows<MonthFigures>(
    executor,
    sql`
    select to_char(day, 'YYYY-MM') as month,
           sum(new_count)::int as new_count,
           sum(new_vnd)::text as new_vnd,
           sum(adj_count)::int as adj_count,
           sum(adj_change_vnd)::text as adj_change_vnd
    from (${sql.join(parts, sql` union all `)}) as rows
    group by 1
    having sum(new_count) + sum(adj_count) + sum(term_count) > 0
    order by 1`,
  );
}
