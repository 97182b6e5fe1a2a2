import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../../kernel/db/database.ts';
import { capitalBeforeSql, latestStatedCapital } from '../projects/index.ts';

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

/**
 * The licensing events dated in the period, each with the capital before it — materialised once,
 * so "capital before" is looked up once per event. Shared by the report and its monthly series.
 */
function periodEventsCte(scope: InvestmentScope) {
  return sql`period_events as materialized (
      select e.kind, e.event_date, p.investment_type as type, e.capital_vnd, e.capital_usd,
             case when e.kind <> 'new' then coalesce(${capitalBeforeSql('e', 'capital_vnd')}, 0) end as vnd_before,
             case when e.kind = 'adjustment' and e.capital_usd is not null
                  then coalesce(${capitalBeforeSql('e', 'capital_usd')}, 0) end as usd_before
      from licensing_events e
      join projects p on p.id = e.project_id
      where e.board_id = any(${uuidArray(scope.boardIds)})
        and e.event_date between ${scope.from}::date and ${scope.to}::date
        ${zoneFilter(scope)}
    )`;
}

function zoneFilter(scope: InvestmentScope) {
  return scope.zoneIds ? sql`and p.zone_id = any(${uuidArray(scope.zoneIds)})` : sql``;
}

/**
 * The investment report in one statement:
 *  - licensing in the period: new certificates; adjustments with their signed change (capital
 *    after − capital before); terminations with the capital registered at termination;
 *  - projects in force at the end of `to` (a `new` dated ≤ D, no termination dated ≤ D), with
 *    their registered capital at D and their implemented capital at D (latest entry ≤ D).
 */
export async function investmentFigures(
  executor: Executor,
  scope: InvestmentScope,
): Promise<InvestmentFigures> {
  const boards = uuidArray(scope.boardIds);
  const rows = await queryRows<InvestmentFigures>(
    executor,
    sql`
    with ${periodEventsCte(scope)},
    period as (
      select
        count(*) filter (where kind = 'new')::int as new_count,
        coalesce(sum(capital_vnd) filter (where kind = 'new'), 0)::text as new_vnd,
        coalesce(sum(capital_usd) filter (where kind = 'new'), 0)::text as new_usd,
        count(*) filter (where kind = 'new' and type = 'FDI')::int as new_fdi_count,
        coalesce(sum(capital_vnd) filter (where kind = 'new' and type = 'FDI'), 0)::text as new_fdi_vnd,
        coalesce(sum(capital_usd) filter (where kind = 'new' and type = 'FDI'), 0)::text as new_fdi_usd,
        count(*) filter (where kind = 'new' and type = 'DDI')::int as new_ddi_count,
        coalesce(sum(capital_vnd) filter (where kind = 'new' and type = 'DDI'), 0)::text as new_ddi_vnd,
        count(*) filter (where kind = 'adjustment')::int as adj_count,
        coalesce(sum(capital_vnd - vnd_before) filter (where kind = 'adjustment'), 0)::text as adj_change_vnd,
        count(*) filter (where kind = 'adjustment' and capital_vnd > vnd_before)::int as inc_count,
        coalesce(sum(capital_vnd - vnd_before) filter (where kind = 'adjustment' and capital_vnd > vnd_before), 0)::text as inc_vnd,
        count(*) filter (where kind = 'adjustment' and capital_vnd < vnd_before)::int as dec_count,
        coalesce(sum(vnd_before - capital_vnd) filter (where kind = 'adjustment' and capital_vnd < vnd_before), 0)::text as dec_vnd,
        count(*) filter (where kind = 'adjustment' and type = 'FDI')::int as adj_fdi_count,
        coalesce(sum(capital_vnd - vnd_before) filter (where kind = 'adjustment' and type = 'FDI'), 0)::text as adj_fdi_change_vnd,
        coalesce(sum(capital_usd - usd_before) filter (where kind = 'adjustment' and type = 'FDI'), 0)::text as adj_fdi_change_usd,
        count(*) filter (where kind = 'adjustment' and type = 'DDI')::int as adj_ddi_count,
        coalesce(sum(capital_vnd - vnd_before) filter (where kind = 'adjustment' and type = 'DDI'), 0)::text as adj_ddi_change_vnd,
        count(*) filter (where kind = 'termination')::int as term_count,
        coalesce(sum(coalesce(capital_vnd, vnd_before)) filter (where kind = 'termination'), 0)::text as term_vnd,
        count(*) filter (where kind = 'termination' and type = 'FDI')::int as term_fdi_count,
        count(*) filter (where kind = 'termination' and type = 'DDI')::int as term_ddi_count
      from period_events
    ),
    projects_at_end as (
      select e.project_id,
             bool_or(e.kind = 'new') as licensed,
             bool_or(e.kind = 'termination') as terminated,
             ${latestStatedCapital('e', 'capital_vnd')} as registered_vnd,
             ${latestStatedCapital('e', 'capital_usd')} as registered_usd
      from licensing_events e
      where e.board_id = any(${boards}) and e.event_date <= ${scope.to}::date
      group by e.project_id
    ),
    implemented as (
      select ci.project_id, (max(array[(ci.as_of - date '2000-01-01')::bigint, ci.implemented_vnd]))[2] as implemented_vnd
      from capital_implementations ci
      where ci.board_id = any(${boards}) and ci.as_of <= ${scope.to}::date
      group by ci.project_id
    ),
    cumulative as (
      select
        count(*) filter (where p.investment_type = 'FDI')::int as fdi_projects,
        coalesce(sum(f.registered_vnd) filter (where p.investment_type = 'FDI'), 0)::text as fdi_registered_vnd,
        coalesce(sum(f.registered_usd) filter (where p.investment_type = 'FDI'), 0)::text as fdi_registered_usd,
        coalesce(sum(i.implemented_vnd) filter (where p.investment_type = 'FDI'), 0)::text as fdi_implemented_vnd,
        count(*) filter (where p.investment_type = 'DDI')::int as ddi_projects,
        coalesce(sum(f.registered_vnd) filter (where p.investment_type = 'DDI'), 0)::text as ddi_registered_vnd,
        coalesce(sum(i.implemented_vnd) filter (where p.investment_type = 'DDI'), 0)::text as ddi_implemented_vnd
      from projects_at_end f
      join projects p on p.id = f.project_id
      left join implemented i on i.project_id = f.project_id
      where f.licensed and not f.terminated ${zoneFilter(scope)}
    )
    select period.*, cumulative.* from period cross join cumulative`,
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

/** New capital and the net change of adjustments, month by month over the period (for charts). */
export async function investmentByMonth(executor: Executor, scope: InvestmentScope): Promise<MonthFigures[]> {
  return queryRows<MonthFigures>(
    executor,
    sql`
    with ${periodEventsCte(scope)}
    select to_char(event_date, 'YYYY-MM') as month,
           count(*) filter (where kind = 'new')::int as new_count,
           coalesce(sum(capital_vnd) filter (where kind = 'new'), 0)::text as new_vnd,
           count(*) filter (where kind = 'adjustment')::int as adj_count,
           coalesce(sum(capital_vnd - vnd_before) filter (where kind = 'adjustment'), 0)::text as adj_change_vnd
    from period_events
    group by 1
    order by 1`,
  );
}
