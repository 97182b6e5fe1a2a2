/**
 * The set-based write of accepted reports (a large data package's bulk path), beside
 * filing.repository.ts: one statement per chunk of tens of thousands of reports.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../kernel/db/database.ts';
import { sqlArray } from '../../kernel/db/sql-arrays.ts';

/** A report to hold as accepted, as the bulk write takes it (figures as the table holds them). */
export interface AcceptedReportValues {
  boardId: string;
  enterpriseId: string;
  period: string;
  productionValueVnd: bigint | null;
  revenueVnd: bigint | null;
  exportUsd: string | null;
  importUsd: string | null;
  budgetPaidVnd: bigint | null;
  revenueUsd: string | null;
  budgetPaidUsd: string | null;
  workers: number | null;
  insuredWorkers: number | null;
  averageIncomeVnd: bigint | null;
}

/**
 * Writes accepted reports in one statement: inserts the new ones, updates those that hold other
 * figures or are not accepted yet (version + 1; review columns as they are, like the row-by-row
 * path), leaves the rest. Returns how many were created and updated; the others were unchanged.
 * `xmax = 0` tells an inserted row from an updated one.
 */
export async function upsertAcceptedReports(
  executor: Executor,
  rows: readonly AcceptedReportValues[],
): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const column = <K extends keyof AcceptedReportValues>(key: K) => rows.map((r) => r[key]);
  const [counts] = await queryRows<{ created: number; updated: number }>(
    executor,
    sql`with written as (
      insert into enterprise_reports as r (board_id, enterprise_id, period, production_value_vnd, revenue_vnd,
        export_usd, import_usd, budget_paid_vnd, revenue_usd, budget_paid_usd, workers, insured_workers,
        average_income_vnd, status)
      select i.*, 'accepted' from unnest(
        ${sqlArray(column('boardId'), 'uuid')}, ${sqlArray(column('enterpriseId'), 'uuid')},
        ${sqlArray(column('period'), 'text')}, ${sqlArray(column('productionValueVnd'), 'bigint')},
        ${sqlArray(column('revenueVnd'), 'bigint')}, ${sqlArray(column('exportUsd'), 'numeric')},
        ${sqlArray(column('importUsd'), 'numeric')}, ${sqlArray(column('budgetPaidVnd'), 'bigint')},
        ${sqlArray(column('revenueUsd'), 'numeric')}, ${sqlArray(column('budgetPaidUsd'), 'numeric')},
        ${sqlArray(column('workers'), 'int')}, ${sqlArray(column('insuredWorkers'), 'int')},
        ${sqlArray(column('averageIncomeVnd'), 'bigint')}) as i
      on conflict (enterprise_id, period) do update set
        production_value_vnd = excluded.production_value_vnd, revenue_vnd = excluded.revenue_vnd,
        export_usd = excluded.export_usd, import_usd = excluded.import_usd,
        budget_paid_vnd = excluded.budget_paid_vnd, revenue_usd = excluded.revenue_usd,
        budget_paid_usd = excluded.budget_paid_usd, workers = excluded.workers,
        insured_workers = excluded.insured_workers, average_income_vnd = excluded.average_income_vnd,
        status = 'accepted', version = r.version + 1, updated_at = now()
      where r.status <> 'accepted'
        or (r.production_value_vnd, r.revenue_vnd, r.export_usd, r.import_usd, r.budget_paid_vnd, r.revenue_usd,
            r.budget_paid_usd, r.workers, r.insured_workers, r.average_income_vnd)
           is distinct from
           (excluded.production_value_vnd, excluded.revenue_vnd, excluded.export_usd, excluded.import_usd,
            excluded.budget_paid_vnd, excluded.revenue_usd, excluded.budget_paid_usd, excluded.workers,
            excluded.insured_workers, excluded.average_income_vnd)
      returning (xmax = 0) as inserted
    )
    select count(*) filter (where inserted)::int as created, count(*) filter (where not inserted)::int as updated
    from written`,
  );
  return { created: counts?.created ?? 0, updated: counts?.updated ?? 0 };
}
