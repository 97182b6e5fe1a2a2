import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { compareDecimal } from '../../../domain/decimal.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import * as repo from './statistics.repository.ts';
import { enterpriseReports, enterprises } from './statistics.tables.ts';

export type { EnterpriseRow, EnterpriseReportRow } from './statistics.repository.ts';

/** An enterprise as the data package describes it, references resolved to ids. */
export interface EnterpriseRecord {
  taxCode: string;
  zoneId: string;
  name: string;
  investmentType: 'FDI' | 'DDI';
  projectIds: string[];
}

/** A periodic statistical report's figures (all optional), money as strings of the unit. */
export interface EnterpriseReportFigures {
  productionValueVnd?: string | null | undefined;
  revenueVnd?: string | null | undefined;
  exportUsd?: string | null | undefined;
  importUsd?: string | null | undefined;
  budgetPaidVnd?: string | null | undefined;
  workers?: number | null | undefined;
  insuredWorkers?: number | null | undefined;
  averageIncomeVnd?: string | null | undefined;
}

const big = (v: string | null | undefined) => (v == null ? null : BigInt(v));
const usd = (v: string | null | undefined) => (v == null ? null : normaliseUsd(v));

/** A report's figures as the table holds them (bigint đồng, USD strings, integer counts). */
export function reportValues(figures: EnterpriseReportFigures) {
  return {
    productionValueVnd: big(figures.productionValueVnd),
    revenueVnd: big(figures.revenueVnd),
    exportUsd: usd(figures.exportUsd),
    importUsd: usd(figures.importUsd),
    budgetPaidVnd: big(figures.budgetPaidVnd),
    workers: figures.workers ?? null,
    insuredWorkers: figures.insuredWorkers ?? null,
    averageIncomeVnd: big(figures.averageIncomeVnd),
  };
}

export type ReportValues = ReturnType<typeof reportValues>;

function sameUsd(a: string | null, b: string | null) {
  return a === null || b === null ? a === b : compareDecimal(a, b) === 0;
}

/** Whether a stored report already holds these figures (USD compared by value). */
export function sameFigures(current: repo.EnterpriseReportRow, values: ReportValues): boolean {
  return (
    current.productionValueVnd === values.productionValueVnd &&
    current.revenueVnd === values.revenueVnd &&
    sameUsd(current.exportUsd, values.exportUsd) &&
    sameUsd(current.importUsd, values.importUsd) &&
    current.budgetPaidVnd === values.budgetPaidVnd &&
    current.workers === values.workers &&
    current.insuredWorkers === values.insuredWorkers &&
    current.averageIncomeVnd === values.averageIncomeVnd
  );
}

/** Creates or updates enterprises of one board by tax code (data package import). */
export async function upsertEnterprises(
  tx: Executor,
  actor: Actor,
  boardId: string,
  records: EnterpriseRecord[],
) {
  assertCan(actor, 'records.write', boardId);
  const existing = new Map(
    (
      await repo.findEnterprisesByTaxCodes(
        tx,
        [boardId],
        records.map((r) => r.taxCode),
      )
    ).map((e) => [e.taxCode, e]),
  );
  const currentProjects = await repo.projectIdsOfEnterprises(
    tx,
    [...existing.values()].map((e) => e.id),
  );
  const outcome = { rows: [] as repo.EnterpriseRow[], created: 0, updated: 0, unchanged: 0 };
  const audit: AuditEntry[] = [];
  const toInsert: EnterpriseRecord[] = [];
  for (const record of records) {
    const current = existing.get(record.taxCode);
    if (!current) {
      toInsert.push(record);
      continue;
    }
    const before = [...(currentProjects.get(current.id) ?? [])].sort();
    const after = [...new Set(record.projectIds)].sort();
    const sameProjects = before.length === after.length && before.every((id, i) => id === after[i]);
    if (
      current.zoneId === record.zoneId &&
      current.name === record.name &&
      current.investmentType === record.investmentType &&
      sameProjects
    ) {
      outcome.unchanged++;
      outcome.rows.push(current);
      continue;
    }
    const row = await updateVersioned(tx, enterprises, current.id, current.version, current.version, {
      zoneId: record.zoneId,
      name: record.name,
      investmentType: record.investmentType,
      searchText: normaliseForSearch(`${record.taxCode} ${record.name}`),
    });
    if (!sameProjects) await repo.replaceEnterpriseProjects(tx, boardId, current.id, record.projectIds);
    audit.push({
      boardId,
      action: 'update',
      entityType: 'enterprise',
      entityId: row.id,
      entityKey: row.taxCode,
      before: { ...current, projectIds: before },
      after: { ...row, projectIds: after },
    });
    outcome.updated++;
    outcome.rows.push(row);
  }
  const inserted = await repo.insertEnterprises(
    tx,
    toInsert.map((record) => ({
      boardId,
      zoneId: record.zoneId,
      taxCode: record.taxCode,
      name: record.name,
      investmentType: record.investmentType,
      searchText: normaliseForSearch(`${record.taxCode} ${record.name}`),
    })),
  );
  for (const [i, row] of inserted.entries()) {
    await repo.replaceEnterpriseProjects(tx, boardId, row.id, toInsert[i]!.projectIds);
    audit.push({
      boardId,
      action: 'create',
      entityType: 'enterprise',
      entityId: row.id,
      entityKey: row.taxCode,
      after: { ...row, projectIds: toInsert[i]!.projectIds },
    });
  }
  outcome.created = inserted.length;
  outcome.rows.push(...inserted);
  await recordAudit(tx, actor, audit);
  return outcome;
}

/** Creates or updates periodic reports by (enterprise, period) (data package import). */
export async function upsertEnterpriseReports(
  tx: Executor,
  actor: Actor,
  enterprisesById: Map<string, repo.EnterpriseRow>,
  items: ({ enterpriseId: string; period: string } & EnterpriseReportFigures)[],
) {
  const existing = await repo.reportsOfEnterprises(tx, [...new Set(items.map((i) => i.enterpriseId))]);
  const byKey = new Map(existing.map((row) => [`${row.enterpriseId}|${row.period}`, row]));
  const outcome = { created: 0, updated: 0, unchanged: 0 };
  const audit: AuditEntry[] = [];
  const toInsert: (typeof enterpriseReports.$inferInsert)[] = [];
  for (const item of items) {
    const enterprise = enterprisesById.get(item.enterpriseId)!;
    assertCan(actor, 'records.write', enterprise.boardId);
    const values = reportValues(item);
    const current = byKey.get(`${item.enterpriseId}|${item.period}`);
    if (!current) {
      toInsert.push({
        boardId: enterprise.boardId,
        enterpriseId: item.enterpriseId,
        period: item.period,
        ...values,
      });
      continue;
    }
    if (current.status === 'accepted' && sameFigures(current, values)) {
      outcome.unchanged++;
      continue;
    }
    const row = await updateVersioned(
      tx,
      enterpriseReports,
      current.id,
      current.version,
      current.version,
      // A package is the board's own data: what it carries is accepted (and locked), whatever
      // state an enterprise's filing of the period was in.
      { ...values, status: 'accepted' as const },
    );
    audit.push({
      boardId: enterprise.boardId,
      action: 'update',
      entityType: 'enterprise_report',
      entityId: row.id,
      entityKey: `${enterprise.taxCode} ${row.period}`,
      before: current,
      after: row,
    });
    outcome.updated++;
  }
  const inserted = await repo.insertEnterpriseReports(tx, toInsert);
  for (const row of inserted) {
    audit.push({
      boardId: row.boardId,
      action: 'create',
      entityType: 'enterprise_report',
      entityId: row.id,
      entityKey: `${enterprisesById.get(row.enterpriseId)!.taxCode} ${row.period}`,
      after: row,
    });
  }
  outcome.created = inserted.length;
  await recordAudit(tx, actor, audit);
  return outcome;
}

export {
  findEnterprisesByTaxCodes,
  enterprisesOfBoards,
  projectIdsOfEnterprises,
  reportsOfEnterprises,
} from './statistics.repository.ts';

export { enterpriseIdOfUser } from './filing.repository.ts';
