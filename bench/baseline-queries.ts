/**
 * The benchmark's baselines: for each report, ONE hand-written SQL query over the same tables,
 * written from the reports-v1 contract independently of the read model — no repository or
 * domain code is used here. Each returns the report's figures
 * flattened to "json.path" → value, so run.ts can compare them with the read model's report
 * figure by figure (a correctness check of the read model at scale as well as a yardstick).
 */
import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type Executor } from '../src/server/kernel/db/database.ts';

/** A report's figures by JSON path: counts as numbers, money and areas as decimal strings, percentages as numbers or null. */
export type Figures = Record<string, string | number | null>;

export interface BaselineInvestmentScope {
  boardIds: string[];
  from: string;
  to: string;
}

interface InvestmentRow {
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
 * One statement, three parts, each reading only what it needs:
 *  - the period's events (dated `from`..`to`), each with its "capital before" — the capital of
 *    the latest EARLIER event of the project that states one, VND and USD — from a lateral
 *    aggregate over the project's earlier events: max() over [date, seq, value] arrays picks
 *    the value of the latest (date, seq) among those stating one;
 *  - per project, over its events dated ≤ `to`: in force (a `new`, no `termination`) and the
 *    registered capital at `to` (latest event stating one, by the same max-array rule);
 *  - per project, the latest implemented-capital entry dated ≤ `to` (zero when none).
 * (A single window pass over all events ≤ `to` was tried first; it was ~1.4× slower on both
 * databases at national scale, so the baseline is this faster form.)
 */
export const investmentBaselineSql = (scope: BaselineInvestmentScope) => sql`
  with period_events as materialized (
    select e.kind, p.investment_type as type, e.capital_vnd, e.capital_usd, earlier.vnd_before, earlier.usd_before
    from licensing_events e
    join projects p on p.id = e.project_id
    left join lateral (
      select (max(array[(b.event_date - date '2000-01-01')::bigint, b.seq::bigint, b.capital_vnd])
                filter (where b.capital_vnd is not null))[3] as vnd_before,
             (max(array[(b.event_date - date '2000-01-01')::numeric, b.seq::numeric, b.capital_usd])
                filter (where b.capital_usd is not null))[3] as usd_before
      from licensing_events b
      where b.project_id = e.project_id and (b.event_date, b.seq) < (e.event_date, e.seq)
    ) earlier on e.kind <> 'new'
    where e.board_id = any(${uuidArray(scope.boardIds)}) and e.event_date between ${scope.from}::date and ${scope.to}::date
  ),
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
      coalesce(sum(vnd_change) filter (where kind = 'adjustment'), 0)::text as adj_change_vnd,
      count(*) filter (where kind = 'adjustment' and vnd_change > 0)::int as inc_count,
      coalesce(sum(vnd_change) filter (where kind = 'adjustment' and vnd_change > 0), 0)::text as inc_vnd,
      count(*) filter (where kind = 'adjustment' and vnd_change < 0)::int as dec_count,
      coalesce(-sum(vnd_change) filter (where kind = 'adjustment' and vnd_change < 0), 0)::text as dec_vnd,
      count(*) filter (where kind = 'adjustment' and type = 'FDI')::int as adj_fdi_count,
      coalesce(sum(vnd_change) filter (where kind = 'adjustment' and type = 'FDI'), 0)::text as adj_fdi_change_vnd,
      coalesce(sum(usd_change) filter (where kind = 'adjustment' and type = 'FDI'), 0)::text as adj_fdi_change_usd,
      count(*) filter (where kind = 'adjustment' and type = 'DDI')::int as adj_ddi_count,
      coalesce(sum(vnd_change) filter (where kind = 'adjustment' and type = 'DDI'), 0)::text as adj_ddi_change_vnd,
      count(*) filter (where kind = 'termination')::int as term_count,
      coalesce(sum(coalesce(capital_vnd, vnd_before, 0)) filter (where kind = 'termination'), 0)::text as term_vnd,
      count(*) filter (where kind = 'termination' and type = 'FDI')::int as term_fdi_count,
      count(*) filter (where kind = 'termination' and type = 'DDI')::int as term_ddi_count
    from (
      select kind, type, capital_vnd, capital_usd, vnd_before,
             capital_vnd - coalesce(vnd_before, 0) as vnd_change,
             capital_usd - coalesce(usd_before, 0) as usd_change
      from period_events
    ) changes
  ),
  projects_at_end as (
    select e.project_id,
           bool_or(e.kind = 'new') as licensed,
           bool_or(e.kind = 'termination') as terminated,
           (max(array[(e.event_date - date '2000-01-01')::bigint, e.seq::bigint, e.capital_vnd])
              filter (where e.capital_vnd is not null))[3] as registered_vnd,
           (max(array[(e.event_date - date '2000-01-01')::numeric, e.seq::numeric, e.capital_usd])
              filter (where e.capital_usd is not null))[3] as registered_usd
    from licensing_events e
    where e.board_id = any(${uuidArray(scope.boardIds)}) and e.event_date <= ${scope.to}::date
    group by e.project_id
  ),
  implemented as (
    select project_id, (max(array[(as_of - date '2000-01-01')::bigint, implemented_vnd]))[2] as implemented_vnd
    from capital_implementations
    where board_id = any(${uuidArray(scope.boardIds)}) and as_of <= ${scope.to}::date
    group by project_id
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
    where f.licensed and not f.terminated
  )
  select * from period cross join cumulative`;

export async function baselineInvestment(
  executor: Executor,
  scope: BaselineInvestmentScope,
): Promise<Figures> {
  const [row] = await queryRows<InvestmentRow>(executor, investmentBaselineSql(scope));
  if (!row) throw new Error('the investment baseline returned no row');
  const r = normaliseInts(row);
  const totalProjects = r.fdi_projects + r.ddi_projects;
  const totalRegistered = addDecimals(r.fdi_registered_vnd, r.ddi_registered_vnd);
  const totalImplemented = addDecimals(r.fdi_implemented_vnd, r.ddi_implemented_vnd);
  return {
    'licensing.turns': r.new_count + r.adj_count,
    'licensing.new.count': r.new_count,
    'licensing.new.capitalVnd': r.new_vnd,
    'licensing.new.capitalUsd': r.new_usd,
    'licensing.new.fdi.count': r.new_fdi_count,
    'licensing.new.fdi.capitalVnd': r.new_fdi_vnd,
    'licensing.new.fdi.capitalUsd': r.new_fdi_usd,
    'licensing.new.ddi.count': r.new_ddi_count,
    'licensing.new.ddi.capitalVnd': r.new_ddi_vnd,
    'licensing.adjustments.count': r.adj_count,
    'licensing.adjustments.capitalChangeVnd': r.adj_change_vnd,
    'licensing.adjustments.increases.count': r.inc_count,
    'licensing.adjustments.increases.capitalVnd': r.inc_vnd,
    'licensing.adjustments.decreases.count': r.dec_count,
    'licensing.adjustments.decreases.capitalVnd': r.dec_vnd,
    'licensing.adjustments.fdi.count': r.adj_fdi_count,
    'licensing.adjustments.fdi.capitalChangeVnd': r.adj_fdi_change_vnd,
    'licensing.adjustments.fdi.capitalChangeUsd': r.adj_fdi_change_usd,
    'licensing.adjustments.ddi.count': r.adj_ddi_count,
    'licensing.adjustments.ddi.capitalChangeVnd': r.adj_ddi_change_vnd,
    'licensing.terminations.count': r.term_count,
    'licensing.terminations.capitalVnd': r.term_vnd,
    'licensing.terminations.fdi.count': r.term_fdi_count,
    'licensing.terminations.ddi.count': r.term_ddi_count,
    'cumulative.total.projects': totalProjects,
    'cumulative.total.registeredVnd': totalRegistered,
    'cumulative.total.implementedVnd': totalImplemented,
    'cumulative.total.implementedPct': pct(totalImplemented, totalRegistered),
    'cumulative.ddi.projects': r.ddi_projects,
    'cumulative.ddi.projectsSharePct': pct(String(r.ddi_projects), String(totalProjects)),
    'cumulative.ddi.registeredVnd': r.ddi_registered_vnd,
    'cumulative.ddi.registeredSharePct': pct(r.ddi_registered_vnd, totalRegistered),
    'cumulative.ddi.implementedVnd': r.ddi_implemented_vnd,
    'cumulative.ddi.implementedPct': pct(r.ddi_implemented_vnd, r.ddi_registered_vnd),
    'cumulative.fdi.projects': r.fdi_projects,
    'cumulative.fdi.projectsSharePct': pct(String(r.fdi_projects), String(totalProjects)),
    'cumulative.fdi.registeredVnd': r.fdi_registered_vnd,
    'cumulative.fdi.registeredSharePct': pct(r.fdi_registered_vnd, totalRegistered),
    'cumulative.fdi.registeredUsd': r.fdi_registered_usd,
    'cumulative.fdi.implementedVnd': r.fdi_implemented_vnd,
    'cumulative.fdi.implementedPct': pct(r.fdi_implemented_vnd, r.fdi_registered_vnd),
  };
}

export interface BaselineZonesScope {
  boardIds: string[];
  asOf: string;
}

interface ZonesRow {
  status: string;
  zones: number;
  area_ha: string;
  industrial_ha: string;
  leased_ha: string;
  occupancy_industrial_ha: string;
  occupancy_leased_ha: string;
}

/**
 * Each zone's status at `asOf`: zones with a history take the status of the latest entry
 * with `since` ≤ asOf (none yet: the zone is not counted); zones without one, their status.
 * Then counts and areas by status, and the operating zones' land and occupancy basis.
 */
export const zonesBaselineSql = (scope: BaselineZonesScope) => sql`
  select zone_at.status,
         count(*)::int as zones,
         coalesce(sum(zone_at.area_ha), 0)::text as area_ha,
         coalesce(sum(zone_at.industrial_land_ha), 0)::text as industrial_ha,
         coalesce(sum(zone_at.leased_land_ha), 0)::text as leased_ha,
         coalesce(sum(zone_at.industrial_land_ha) filter (where zone_at.leased_land_ha is not null), 0)::text as occupancy_industrial_ha,
         coalesce(sum(zone_at.leased_land_ha) filter (where zone_at.industrial_land_ha is not null), 0)::text as occupancy_leased_ha
  from (
    select z.area_ha, z.industrial_land_ha, z.leased_land_ha,
           case when h.zone_id is null then z.status else h.status_at end as status
    from zones z
    left join (
      select zone_id, (max(array[to_char(since, 'YYYY-MM-DD'), status]) filter (where since <= ${scope.asOf}::date))[2] as status_at
      from zone_status_changes
      where board_id = any(${uuidArray(scope.boardIds)})
      group by zone_id
    ) h on h.zone_id = z.id
    where z.board_id = any(${uuidArray(scope.boardIds)})
  ) zone_at
  where zone_at.status is not null
  group by zone_at.status`;

const ZONE_STATUSES = ['planned', 'established', 'under_construction', 'operating'] as const;

export async function baselineZones(executor: Executor, scope: BaselineZonesScope): Promise<Figures> {
  const rows = (await queryRows<ZonesRow>(executor, zonesBaselineSql(scope))).map(normaliseInts);
  const by = new Map(rows.map((r) => [r.status, r]));
  const figures: Figures = {
    'total.count': rows.reduce((n, r) => n + r.zones, 0),
    'total.areaHa': rows.reduce((sum, r) => addDecimals(sum, r.area_ha), '0'),
  };
  for (const status of ZONE_STATUSES) {
    figures[`byStatus.${status}.count`] = by.get(status)?.zones ?? 0;
    figures[`byStatus.${status}.areaHa`] = by.get(status)?.area_ha ?? '0';
  }
  const operating = by.get('operating');
  figures['byStatus.operating.industrialLandHa'] = operating?.industrial_ha ?? '0';
  figures['byStatus.operating.leasedLandHa'] = operating?.leased_ha ?? '0';
  figures['byStatus.operating.occupancyPct'] = operating
    ? pct(operating.occupancy_leased_ha, operating.occupancy_industrial_ha)
    : null;
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Exact decimal helpers of the benchmark's own (no floating point on money or areas)

/** `count(*)::int` arrives as a number from PGlite and pg alike; normalise defensively. */
function normaliseInts<T extends object>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out as T;
}

interface Scaled {
  units: bigint;
  scale: number;
}

export function parseScaled(value: string): Scaled {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) throw new RangeError(`not a decimal: ${value}`);
  const fraction = match[3] ?? '';
  const units = BigInt((match[2] ?? '0') + fraction);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

function aligned(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

/** Numeric equality of two decimal strings ("2560.0" equals "2560.00" and "2560"). */
export function sameDecimal(a: string, b: string): boolean {
  const [x, y] = aligned(parseScaled(a), parseScaled(b));
  return x === y;
}

function addDecimals(a: string, b: string): string {
  const [x, y, scale] = aligned(parseScaled(a), parseScaled(b));
  const sum = x + y;
  const digits = (sum < 0n ? -sum : sum).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return sum < 0n ? `-${text}` : text;
}

/** part / whole × 100, rounded half away from zero to one decimal; null when whole is zero. */
function pct(part: string, whole: string): number | null {
  const [p, w] = aligned(parseScaled(part), parseScaled(whole));
  if (w === 0n) return null;
  const negative = p < 0n !== w < 0n;
  const n = (p < 0n ? -p : p) * 1000n; // tenths of a percent
  const d = w < 0n ? -w : w;
  const tenths = (2n * n + d) / (2n * d);
  return Number(negative ? -tenths : tenths) / 10;
}

// ---------------------------------------------------------------------------------------------
// Production and business (bench/production.ts)

export interface BaselineProductionScope {
  boardIds: string[];
  /** "2019", "2019-H1", "2019-Q3" or "2019-11". */
  period: string;
}

/** The period's year and the months it spans, parsed here (not with the domain's period code). */
function periodSpan(period: string): { year: number; firstMonth: number; lastMonth: number } {
  const match = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(period);
  if (!match) throw new RangeError(`not a period: ${period}`);
  const year = Number(match[1]);
  const [span, index] = match[2]
    ? [6, Number(match[2])]
    : match[3]
      ? [3, Number(match[3])]
      : match[4]
        ? [1, Number(match[4])]
        : [12, 1];
  return { year, firstMonth: (index - 1) * span + 1, lastMonth: index * span };
}

interface ProductionRow {
  side: 'current' | 'previous' | 'coverage';
  type: 'FDI' | 'DDI' | null;
  reported: number;
  production_vnd: string;
  revenue_vnd: string;
  export_usd: string;
  import_usd: string;
  budget_vnd: string;
  workers: string;
  insured: string;
  /** Σ over enterprises of workers × the enterprise's mean income, 30 decimals. */
  income_weighted: string;
  income_workers: string;
}

/** Every period string of a year: the year, its halves, quarters and months. */
function periodsOfYear(year: number): string[] {
  const two = (n: number) => String(n).padStart(2, '0');
  return [
    String(year),
    ...[1, 2].map((h) => `${year}-H${h}`),
    ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    ...Array.from({ length: 12 }, (_, m) => `${year}-${two(m + 1)}`),
  ];
}

/**
 * The accepted reports in scope whose period lies inside P or inside the same period a year
 * earlier — every period string of the two years is offered (an index condition), and each row
 * is classified by the SHAPE of its period string ("2019" a year, "-H" a half, "-Q" a quarter,
 * else a month) into the months it covers; rows outside P's months are dropped. Then one
 * aggregate per (side, enterprise, span): how many reports, the sums, the last one's workers and
 * insured workers (max over [first month, workers, insured] arrays) and Σ workers × income. A
 * window function picks per enterprise the complete span (count × span = P's months) that counts
 * — P's own span first, then the finest. Per side and investment type: the sums (the totals are
 * added up in TypeScript). Plus the coverage count.
 */
export const productionBaselineSql = (scope: BaselineProductionScope) => {
  const { year, firstMonth, lastMonth } = periodSpan(scope.period);
  const months = lastMonth - firstMonth + 1;
  const boards = uuidArray(scope.boardIds);
  const candidates = `{${[...periodsOfYear(year - 1), ...periodsOfYear(year)].join(',')}}`;
  return sql`
  with classified as (
    select case when left(r.period, 4) = ${String(year)} then 'current' else 'previous' end as side,
           r.enterprise_id,
           r.production_value_vnd, r.revenue_vnd, r.export_usd, r.import_usd, r.budget_paid_vnd,
           r.workers, r.insured_workers, r.average_income_vnd,
           shape.span, shape.first_month
    from enterprise_reports r
    cross join lateral (
      select case when length(r.period) = 4 then 12
                  when substr(r.period, 6, 1) = 'H' then 6
                  when substr(r.period, 6, 1) = 'Q' then 3
                  else 1 end as span,
             case when length(r.period) = 4 then 1
                  when substr(r.period, 6, 1) = 'H' then substr(r.period, 7, 1)::int * 6 - 5
                  when substr(r.period, 6, 1) = 'Q' then substr(r.period, 7, 1)::int * 3 - 2
                  else substr(r.period, 6, 2)::int end as first_month
    ) shape
    where r.board_id = any(${boards}) and r.period = any(${candidates}::text[]) and r.status = 'accepted'
      and shape.first_month >= ${firstMonth}::int and shape.first_month + shape.span - 1 <= ${lastMonth}::int
  ),
  per_span as (
    select side, enterprise_id, span, count(*) as reports,
           sum(production_value_vnd) as production_vnd, sum(revenue_vnd) as revenue_vnd,
           sum(export_usd) as export_usd, sum(import_usd) as import_usd, sum(budget_paid_vnd) as budget_vnd,
           max(array[first_month, workers, insured_workers]) as last_labour,
           sum(workers::numeric * average_income_vnd) filter (where workers is not null and average_income_vnd is not null) as income_sum,
           sum(workers) filter (where workers is not null and average_income_vnd is not null) as income_over
    from classified
    group by side, enterprise_id, span
  ),
  preferred as (
    select p.*, row_number() over (partition by side, enterprise_id
                                   order by case when span = ${months}::int then 0 else span end) as preference
    from per_span p
    where reports * span = ${months}::int
  ),
  per_enterprise as (
    select p.side, p.enterprise_id, e.investment_type as type,
           p.production_vnd, p.revenue_vnd, p.export_usd, p.import_usd, p.budget_vnd,
           p.last_labour[2] as workers, p.last_labour[3] as insured, p.income_sum, p.income_over
    from preferred p
    join enterprises e on e.id = p.enterprise_id and e.board_id = any(${boards})
    where p.preference = 1
  )
  select side, type, count(*)::int as reported,
         coalesce(sum(production_vnd), 0)::text as production_vnd,
         coalesce(sum(revenue_vnd), 0)::text as revenue_vnd,
         coalesce(sum(export_usd), 0)::text as export_usd,
         coalesce(sum(import_usd), 0)::text as import_usd,
         coalesce(sum(budget_vnd), 0)::text as budget_vnd,
         coalesce(sum(workers), 0)::text as workers,
         coalesce(sum(insured), 0)::text as insured,
         coalesce(sum(workers * (income_sum::numeric(60, 30) / income_over)) filter (where income_over > 0 and workers is not null), 0)::numeric(70, 30)::text as income_weighted,
         coalesce(sum(workers) filter (where income_over > 0 and workers is not null), 0)::text as income_workers
  from per_enterprise
  group by side, type
  union all
  select 'coverage', null,
         (select count(*)::int from enterprises e
          where e.board_id = any(${boards})
            and ((coalesce(e.operating_since, date '0001-01-01') <= (make_date(${year}::int, ${lastMonth}::int, 1) + interval '1 month - 1 day')::date
                  and coalesce(e.operating_until, date '9999-12-31') >= make_date(${year}::int, ${firstMonth}::int, 1))
                 or exists (select 1 from per_enterprise p where p.side = 'current' and p.enterprise_id = e.id))),
         '0', '0', '0', '0', '0', '0', '0', '0', '0'`;
};

const PRODUCTION_MONEY = {
  productionValueVnd: 'production_vnd',
  revenueVnd: 'revenue_vnd',
  exportUsd: 'export_usd',
  importUsd: 'import_usd',
  budgetPaidVnd: 'budget_vnd',
} as const;

export async function baselineProduction(
  executor: Executor,
  scope: BaselineProductionScope,
): Promise<Figures> {
  const rows = (await queryRows<ProductionRow>(executor, productionBaselineSql(scope))).map(normaliseInts);
  const find = (side: 'current' | 'previous', type: 'FDI' | 'DDI') =>
    rows.find((r) => r.side === side && r.type === type);
  /** A side's column for total (FDI + DDI), FDI or DDI. */
  const value = (
    side: 'current' | 'previous',
    group: 'total' | 'fdi' | 'ddi',
    column: keyof ProductionRow,
  ) => {
    const types =
      group === 'total'
        ? (['FDI', 'DDI'] as const)
        : group === 'fdi'
          ? (['FDI'] as const)
          : (['DDI'] as const);
    return types.reduce((sum, type) => addDecimals(sum, String(find(side, type)?.[column] ?? '0')), '0');
  };
  const growth = (current: string, previous: string) => pct(addDecimals(current, negate(previous)), previous);
  const figures: Figures = {
    'coverage.enterprises': rows.find((r) => r.side === 'coverage')?.reported ?? 0,
    'coverage.reported': Number(value('current', 'total', 'reported')),
  };
  for (const [indicator, column] of Object.entries(PRODUCTION_MONEY)) {
    for (const group of ['total', 'fdi', 'ddi'] as const) {
      const current = value('current', group, column);
      const previous = value('previous', group, column);
      figures[`indicators.${indicator}.${group}.value`] = current;
      figures[`indicators.${indicator}.${group}.previous`] = previous;
      figures[`indicators.${indicator}.${group}.growthPct`] = growth(current, previous);
    }
  }
  for (const group of ['total', 'fdi', 'ddi'] as const) {
    const current = value('current', group, 'workers');
    const previous = value('previous', group, 'workers');
    figures[`labour.workers.${group}.value`] = Number(current);
    figures[`labour.workers.${group}.previous`] = Number(previous);
    figures[`labour.workers.${group}.growthPct`] = growth(current, previous);
  }
  figures['labour.insuredPct'] = pct(
    value('current', 'total', 'insured'),
    value('current', 'total', 'workers'),
  );
  const weighted = parseScaled(value('current', 'total', 'income_weighted'));
  const over = BigInt(value('current', 'total', 'income_workers'));
  figures['labour.averageIncomeVnd'] =
    over === 0n ? null : halfAwayFromZero(weighted.units, over * 10n ** BigInt(weighted.scale)).toString();
  return figures;
}

function negate(value: string): string {
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}

/** n / d rounded half away from zero to a whole number (d > 0). */
function halfAwayFromZero(n: bigint, d: bigint): bigint {
  const magnitude = ((n < 0n ? -n : n) * 2n + d) / (2n * d);
  return n < 0n ? -magnitude : magnitude;
}
