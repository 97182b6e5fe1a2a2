import { assertCan, type Actor } from '../../kernel/actor.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { createdMeanwhile, updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { daysOverdue, toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { previousYearPeriod } from '../../../domain/periods.ts';
import { loadEnterprise, ownEnterpriseOf, type EnterpriseRow } from '../enterprises/index.ts';
import { dueDateOf, rateFor } from '../reporting-calendar/index.ts';
import { FilingErrors } from './filing.errors.ts';
import * as repo from './filing.repository.ts';
import { enterpriseReports } from './filing.tables.ts';
import { inBulkChunks } from '../../kernel/db/sql-arrays.ts';
import { upsertAcceptedReports } from './accepted-reports.bulk.repository.ts';
import { figuresOf, reportValues, sameFigures, type EnterpriseReportFigures } from './report-figures.ts';
import { rulesFor } from './statistics-rules.service.ts';
import {
  missingFigures,
  requiredFigureMessage,
  runChecks,
  type Check,
  type ReportFigures,
} from './statistics-rules.ts';

export type { EnterpriseReportFigures } from './report-figures.ts';
export type { ReportRow as EnterpriseReportRow, ReportView } from './filing.repository.ts';
export type ReportStatus = repo.ReportRow['status'];

/**
 * Moves the reports (and unlock requests) of enterprises that moved to another board
 * (organisation-v1), in the caller's transaction. A report's figures and status do not change:
 * it is the same report, now kept by the board that holds the enterprise's zone.
 */
export async function transferReportsOfEnterprises(tx: Executor, enterpriseIds: string[], toBoardId: string) {
  await repo.setReportsBoard(tx, enterpriseIds, toBoardId);
}

function presentReport(view: repo.ReportView) {
  const r = view.report;
  return {
    id: r.id,
    boardId: r.boardId,
    enterpriseId: r.enterpriseId,
    enterpriseName: view.enterpriseName,
    taxCode: view.taxCode,
    zoneId: view.zoneId,
    investmentType: view.investmentType,
    period: r.period,
    productionValueVnd: r.productionValueVnd?.toString() ?? null,
    revenueVnd: r.revenueVnd?.toString() ?? null,
    exportUsd: r.exportUsd,
    importUsd: r.importUsd,
    budgetPaidVnd: r.budgetPaidVnd?.toString() ?? null,
    workers: r.workers,
    insuredWorkers: r.insuredWorkers,
    averageIncomeVnd: r.averageIncomeVnd?.toString() ?? null,
    revenueUsd: r.revenueUsd,
    budgetPaidUsd: r.budgetPaidUsd,
    status: r.status,
    submittedAt: r.submittedAt ? toVietnamTimestamp(r.submittedAt) : null,
    reviewedAt: r.reviewedAt ? toVietnamTimestamp(r.reviewedAt) : null,
    reviewedBy: r.reviewedBy,
    returnReason: r.returnReason,
    comments: r.comments,
    version: r.version,
    createdAt: toVietnamTimestamp(r.createdAt),
    updatedAt: toVietnamTimestamp(r.updatedAt),
  };
}

function viewOf(enterprise: EnterpriseRow, report: repo.ReportRow): repo.ReportView {
  return {
    report,
    enterpriseName: enterprise.name,
    taxCode: enterprise.taxCode,
    zoneId: enterprise.zoneId,
    investmentType: enterprise.investmentType,
  };
}

/**
 * A report's due date (the board's reporting calendar) and whether it is overdue: filed after
 * it (by its latest submission, Vietnam date), or not filed and today is past it. Reports the
 * board loaded accepted without a submission (packages, imports) are never overdue.
 */
function deadlineOf(report: repo.ReportRow, dueDate: string, today: string = vietnamToday()) {
  const filed = report.status === 'submitted' || report.status === 'accepted';
  const filedOn = filed ? (report.submittedAt ? vietnamToday(report.submittedAt) : null) : today;
  const daysLate = filedOn === null ? 0 : daysOverdue(dueDate, filedOn);
  return { dueDate, overdue: daysLate > 0, daysLate };
}

/** Runs the board's rules on figures of an enterprise's period (`filing`: submitted, not a draft). */
async function checksFor(
  executor: Executor,
  boardId: string,
  enterpriseId: string,
  period: string,
  figures: ReportFigures,
  filing = false,
): Promise<{ checks: Check[]; dueDate: string }> {
  // One after another: inside a transaction they share one connection, which takes one query
  // at a time (pg warns of queries queued on a busy client, and pg 9 refuses them).
  const rules = await rulesFor(executor, boardId);
  const due = await dueDateOf(executor, boardId, period);
  const previous = await repo.findReportOf(executor, enterpriseId, previousYearPeriod(period));
  const vndPerUsd = await rateFor(executor, boardId, period);
  const checks = runChecks(
    figures,
    {
      periodOpen: due.row?.open ?? false,
      filing,
      previousYear: previous ? figuresOf(previous) : null,
      vndPerUsd,
    },
    rules,
  );
  return { checks, dueDate: due.dueDate };
}

function hardFailures(checks: Check[]) {
  return checks
    .filter((c) => c.severity === 'hard')
    .map((c) => ({
      path: c.rule === 'period_open' ? 'params.period' : `body.${c.field}`,
      message: c.message,
      reason: c.rule,
      rule: c.rule,
      field: c.field,
      severity: c.severity,
    }));
}

/** A report the actor may see (an enterprise user: only its own), else 404. */
export async function loadReport(executor: Executor, actor: Actor, id: string): Promise<repo.ReportView> {
  const view = await repo.findReportView(executor, readableBoardIds(actor, 'statistics.read'), id);
  const own = ownEnterpriseOf(actor);
  if (!view || (own !== undefined && view.report.enterpriseId !== own))
    throw FilingErrors.STATISTICS_REPORT_NOT_FOUND();
  return view;
}

function entry(view: repo.ReportView, before: repo.ReportRow | null, after: repo.ReportRow) {
  return {
    boardId: after.boardId,
    action: before ? ('update' as const) : ('create' as const),
    entityType: 'enterprise_report' as const,
    entityId: after.id,
    entityKey: `${view.taxCode} ${after.period}`,
    ...(before ? { before } : {}),
    after,
  };
}

/** Saves a draft (creates it, or updates a draft or returned report) and returns it with its checks. */
export async function saveReport(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  period: string,
  body: EnterpriseReportFigures & { version?: number | undefined },
) {
  return db.transaction(async (tx) => {
    const enterprise = await loadEnterprise(tx, actor, enterpriseId);
    assertCan(actor, 'statistics.file', enterprise.boardId);
    const current = await repo.findReportOf(tx, enterpriseId, period);
    if (current?.status === 'accepted') throw FilingErrors.STATISTICS_REPORT_LOCKED();
    if (current?.status === 'submitted') throw FilingErrors.STATISTICS_REPORT_NOT_EDITABLE();
    if (current && body.version !== current.version) throw versionConflict(current.version);
    const values = reportValues(body);
    const { checks, dueDate } = await checksFor(tx, enterprise.boardId, enterpriseId, period, values);
    const hard = hardFailures(checks);
    // The table itself refuses more insured workers than workers, whatever the board's rules.
    if (
      (values.insuredWorkers ?? 0) > (values.workers ?? 0) &&
      !hard.some((h) => h.rule === 'insured_le_workers')
    )
      hard.push({
        path: 'body.insuredWorkers',
        message: 'Số lao động tham gia bảo hiểm lớn hơn tổng số lao động.',
        reason: 'insured_le_workers',
        rule: 'insured_le_workers',
        field: 'insuredWorkers',
        severity: 'hard',
      });
    if (hard.length > 0) throw FilingErrors.STATISTICS_RULES_FAILED(hard);
    const row = current
      ? await updateVersioned(tx, enterpriseReports, current.id, current.version, current.version, values)
      : ((await repo.insertReport(tx, {
          boardId: enterprise.boardId,
          enterpriseId,
          period,
          ...values,
          status: 'draft',
        })) ??
        (await createdMeanwhile(async () => (await repo.findReportOf(tx, enterpriseId, period))?.version)));
    const view = viewOf(enterprise, row);
    await recordAudit(tx, actor, [entry(view, current, row)]);
    return { ...presentReport(view), ...deadlineOf(row, dueDate), checks };
  });
}

export interface ListReportsQuery {
  period?: string | undefined;
  status?: repo.ReportRow['status'][] | undefined;
  enterpriseId?: string | undefined;
  boardId?: string | undefined;
  investmentType?: 'FDI' | 'DDI' | undefined;
  zoneId?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listReports(db: Db, actor: Actor, query: ListReportsQuery) {
  const own = ownEnterpriseOf(actor);
  const enterpriseId =
    own !== undefined && query.enterpriseId !== undefined && query.enterpriseId !== own
      ? '00000000-0000-0000-0000-000000000000'
      : (own ?? query.enterpriseId);
  const { rows, total } = await repo.listReports(
    db,
    {
      boardIds: readableBoardIds(actor, 'statistics.read', query.boardId),
      enterpriseId,
      period: query.period,
      statuses: query.status,
      investmentType: query.investmentType,
      zoneId: query.zoneId,
      q: query.q,
    },
    query,
  );
  return { items: rows.map(presentReport), total, page: query.page, pageSize: query.pageSize };
}

export async function getReport(db: Db, actor: Actor, id: string) {
  const view = await loadReport(db, actor, id);
  const { checks, dueDate } = await checksFor(
    db,
    view.report.boardId,
    view.report.enterpriseId,
    view.report.period,
    figuresOf(view.report),
  );
  // Once filed, whether the period is still open no longer matters.
  const shown =
    view.report.status === 'draft' || view.report.status === 'returned'
      ? checks
      : checks.filter((c) => c.rule !== 'period_open');
  const history = (await repo.auditOf(db, id)).map((row) => ({
    id: row.id,
    at: toVietnamTimestamp(row.at),
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    before: row.before,
    after: row.after,
  }));
  return { ...presentReport(view), ...deadlineOf(view.report, dueDate), checks: shown, history };
}

export async function submitReport(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; comments?: Record<string, string> | undefined },
) {
  return db.transaction(async (tx) => {
    const view = await loadReport(tx, actor, id);
    const current = view.report;
    assertCan(actor, 'statistics.file', current.boardId);
    if (current.status === 'accepted') throw FilingErrors.STATISTICS_REPORT_LOCKED();
    if (current.status !== 'draft' && current.status !== 'returned')
      throw FilingErrors.STATISTICS_REPORT_NOT_SUBMITTABLE();
    if (body.version !== current.version) throw versionConflict(current.version);
    const { checks, dueDate } = await checksFor(
      tx,
      current.boardId,
      current.enterpriseId,
      current.period,
      figuresOf(current),
      true,
    );
    const hard = hardFailures(checks);
    if (hard.length > 0) throw FilingErrors.STATISTICS_RULES_FAILED(hard);
    const comments: Record<string, string> = { ...current.comments };
    for (const [code, text] of Object.entries(body.comments ?? {})) {
      if (text.trim()) comments[code] = text.trim();
    }
    const uncommented = [...new Set(checks.filter((c) => c.severity === 'soft').map((c) => c.rule))].filter(
      (code) => !comments[code],
    );
    if (uncommented.length > 0) {
      throw FilingErrors.STATISTICS_COMMENT_REQUIRED(
        uncommented.map((code) => ({
          path: `body.comments.${code}`,
          message: checks
            .filter((c) => c.rule === code)
            .map((c) => c.message)
            .join(' '),
          reason: code,
          rule: code,
          fields: checks.filter((c) => c.rule === code).map((c) => c.field),
        })),
        { rules: uncommented },
      );
    }
    const row = await updateVersioned(tx, enterpriseReports, id, body.version, current.version, {
      status: 'submitted',
      submittedAt: new Date(),
      comments,
    });
    await recordAudit(tx, actor, [entry(view, current, row)]);
    return { ...presentReport(withReport(view, row)), ...deadlineOf(row, dueDate), checks };
  });
}

function withReport(view: repo.ReportView, report: repo.ReportRow): repo.ReportView {
  return { ...view, report };
}

/**
 * The required figures a report leaves blank, as the refusal of STATISTICS_RULES_FAILED lists
 * them (the board's rule required_figures, when it is hard).
 */
async function requiredFigureFailures(executor: Executor, report: repo.ReportRow) {
  const rule = (await rulesFor(executor, report.boardId)).get('required_figures')!;
  if (rule.severity !== 'hard') return [];
  return missingFigures(figuresOf(report), rule.params).map((field) => ({
    path: `body.${field}`,
    message: requiredFigureMessage(field),
    reason: 'required_figures',
    rule: 'required_figures',
    field,
    severity: 'hard' as const,
  }));
}

async function review(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  change: (current: repo.ReportRow) => Partial<typeof enterpriseReports.$inferInsert>,
  accepting = false,
) {
  return db.transaction(async (tx) => {
    const view = await loadReport(tx, actor, id);
    const current = view.report;
    assertCan(actor, 'statistics.review', current.boardId);
    if (current.status !== 'submitted') throw FilingErrors.STATISTICS_REPORT_NOT_SUBMITTED();
    if (accepting && version === current.version) {
      const missing = await requiredFigureFailures(tx, current);
      if (missing.length > 0) throw FilingErrors.STATISTICS_RULES_FAILED(missing);
    }
    const row = await updateVersioned(tx, enterpriseReports, id, version, current.version, {
      ...change(current),
      reviewedAt: new Date(),
      reviewedBy: actor.userId,
    });
    await recordAudit(tx, actor, [entry(view, current, row)]);
    return presentReport(withReport(view, row));
  });
}

export function acceptReport(db: Db, actor: Actor, id: string, body: { version: number }) {
  return review(db, actor, id, body.version, () => ({ status: 'accepted', returnReason: null }), true);
}

export function returnReport(db: Db, actor: Actor, id: string, body: { version: number; reason: string }) {
  return review(db, actor, id, body.version, () => ({ status: 'returned', returnReason: body.reason }));
}

/**
 * Sends an accepted (locked) report back to its enterprise, returned with the reason, when an
 * unlock request is granted; audited in the caller's transaction.
 */
export async function reopenReport(tx: Executor, actor: Actor, reportId: string, reason: string) {
  const view = await loadReport(tx, actor, reportId);
  const current = view.report;
  if (current.status !== 'accepted') throw FilingErrors.STATISTICS_REPORT_NOT_LOCKED();
  const reopened = await updateVersioned(
    tx,
    enterpriseReports,
    current.id,
    current.version,
    current.version,
    {
      status: 'returned',
      returnReason: reason,
    },
  );
  await recordAudit(tx, actor, [entry(view, current, reopened)]);
}

// ── Accepted reports the board records itself ──────────────────────────────────

/** A report the board takes as its own figures: its enterprise, its period and the figures. */
export interface AcceptedReport extends EnterpriseReportFigures {
  enterprise: Pick<EnterpriseRow, 'id' | 'boardId' | 'taxCode'>;
  period: string;
}

export interface RecordAcceptedOptions {
  /**
   * Staff accept the figures now (the staff Excel import): the report names them as its
   * reviewer and loses its return reason. Without it (a data package, the board's own data as it
   * was) the review columns stay as they are.
   */
  review?: { by: string | null; at: Date };
  /** Counts what would change and writes nothing. */
  dryRun?: boolean;
}

export interface RecordedReports {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Records reports the board enters itself — a data package, a staff spreadsheet — as accepted
 * (locked), by (enterprise, period): a report is created when there is none, updated when it
 * holds other figures or is not accepted yet (whatever state the enterprise's filing was in),
 * and left alone when it is accepted with the same figures. Each change is audited in the
 * caller's transaction. Every write of an accepted report outside staff review comes here.
 */
export async function recordAcceptedReports(
  tx: Executor,
  actor: Actor,
  items: AcceptedReport[],
  options: RecordAcceptedOptions = {},
): Promise<RecordedReports> {
  const existing = await repo.reportsOfEnterprises(
    tx,
    [...new Set(items.map((item) => item.enterprise.id))],
    [...new Set(items.map((item) => item.period))],
  );
  const byKey = new Map(existing.map((row) => [`${row.enterpriseId}|${row.period}`, row]));
  const review = options.review ? { reviewedAt: options.review.at, reviewedBy: options.review.by } : null;
  const counts: RecordedReports = { created: 0, updated: 0, unchanged: 0 };
  const toInsert: (typeof enterpriseReports.$inferInsert)[] = [];
  const toUpdate: { current: repo.ReportRow; values: ReportFigures; taxCode: string }[] = [];
  for (const { enterprise, period, ...figures } of items) {
    assertCan(actor, 'records.write', enterprise.boardId);
    const values = reportValues(figures);
    const current = byKey.get(`${enterprise.id}|${period}`);
    if (!current) {
      toInsert.push({
        boardId: enterprise.boardId,
        enterpriseId: enterprise.id,
        period,
        ...values,
        status: 'accepted',
        ...review,
      });
      counts.created++;
    } else if (current.status === 'accepted' && sameFigures(current, values)) {
      counts.unchanged++;
    } else {
      toUpdate.push({ current, values, taxCode: enterprise.taxCode });
      counts.updated++;
    }
  }
  if (options.dryRun) return counts;

  const audit: AuditEntry[] = [];
  for (const { current, values, taxCode } of toUpdate) {
    const row = await updateVersioned(tx, enterpriseReports, current.id, current.version, current.version, {
      ...values,
      status: 'accepted' as const,
      ...(review ? { ...review, returnReason: null } : {}),
    });
    audit.push({
      boardId: row.boardId,
      action: 'update',
      entityType: 'enterprise_report' as const,
      entityId: row.id,
      entityKey: `${taxCode} ${row.period}`,
      before: current,
      after: row,
    });
  }
  const taxCodeOf = new Map(items.map(({ enterprise }) => [enterprise.id, enterprise.taxCode]));
  for (const row of await repo.insertEnterpriseReports(tx, toInsert)) {
    audit.push({
      boardId: row.boardId,
      action: 'create',
      entityType: 'enterprise_report' as const,
      entityId: row.id,
      entityKey: `${taxCodeOf.get(row.enterpriseId)} ${row.period}`,
      after: row,
    });
  }
  await recordAudit(tx, actor, audit);
  return counts;
}

/**
 * The bulk form of recordAcceptedReports (a large data package): the same outcome and counts,
 * written set-based in large statements, without one audit entry per report — the importer
 * audits the package once, with its counts and content hash. `onWritten` hears of each chunk.
 */
export async function recordAcceptedReportsInBulk(
  tx: Executor,
  actor: Actor,
  items: AcceptedReport[],
  onWritten: (count: number) => void = () => {},
): Promise<RecordedReports> {
  for (const boardId of new Set(items.map((item) => item.enterprise.boardId)))
    assertCan(actor, 'records.write', boardId);
  const counts: RecordedReports = { created: 0, updated: 0, unchanged: 0 };
  await inBulkChunks(items, async (chunk) => {
    const written = await upsertAcceptedReports(
      tx,
      chunk.map(({ enterprise, period, ...figures }) => ({
        boardId: enterprise.boardId,
        enterpriseId: enterprise.id,
        period,
        ...reportValues(figures),
      })),
    );
    counts.created += written.created;
    counts.updated += written.updated;
    counts.unchanged += chunk.length - written.created - written.updated;
    onWritten(chunk.length);
  });
  return counts;
}

export { reportsOfBoardPeriod, reportsOfEnterprises } from './filing.repository.ts';
