import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { createdMeanwhile, updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { previousYearPeriod } from '../../../domain/periods.ts';
import { loadEnterprise, ownEnterpriseOf, readableBoards } from './enterprises.service.ts';
import * as repo from './filing.repository.ts';
import { reportValues, type EnterpriseReportFigures } from './statistics.service.ts';
import { dueDateOf, rateFor, rulesFor } from './reporting-calendar.service.ts';
import { runChecks, type Check, type ReportFigures } from './statistics-rules.ts';
import { StatisticsErrors } from './statistics.errors.ts';
import { enterpriseReports, reportUnlockRequests } from './statistics.tables.ts';

/** A report's figures as a form or the API sends them (money as strings of the unit). */
export type FiguresInput = EnterpriseReportFigures;

function figuresOf(row: repo.ReportRow): ReportFigures {
  return {
    productionValueVnd: row.productionValueVnd,
    revenueVnd: row.revenueVnd,
    exportUsd: row.exportUsd,
    importUsd: row.importUsd,
    budgetPaidVnd: row.budgetPaidVnd,
    workers: row.workers,
    insuredWorkers: row.insuredWorkers,
    averageIncomeVnd: row.averageIncomeVnd,
  };
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

function viewOf(enterprise: repo.EnterpriseRow, report: repo.ReportRow): repo.ReportView {
  return {
    report,
    enterpriseName: enterprise.name,
    taxCode: enterprise.taxCode,
    zoneId: enterprise.zoneId,
    investmentType: enterprise.investmentType,
  };
}

/** Runs the board's rules on figures of an enterprise's period. */
async function checksFor(
  executor: Executor,
  boardId: string,
  enterpriseId: string,
  period: string,
  figures: ReportFigures,
): Promise<Check[]> {
  const [rules, due, previous, vndPerUsd] = await Promise.all([
    rulesFor(executor, boardId),
    dueDateOf(executor, boardId, period),
    repo.findReportOf(executor, enterpriseId, previousYearPeriod(period)),
    rateFor(executor, boardId, period),
  ]);
  return runChecks(
    figures,
    { periodOpen: due.row?.open ?? false, previousYear: previous ? figuresOf(previous) : null, vndPerUsd },
    rules,
  );
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
async function loadReport(executor: Executor, actor: Actor, id: string): Promise<repo.ReportView> {
  const view = await repo.findReportView(executor, readableBoards(actor), id);
  const own = ownEnterpriseOf(actor);
  if (!view || (own !== undefined && view.report.enterpriseId !== own))
    throw StatisticsErrors.STATISTICS_REPORT_NOT_FOUND();
  return view;
}

function entry(view: repo.ReportView, before: repo.ReportRow | null, after: repo.ReportRow) {
  return {
    boardId: after.boardId,
    action: before ? ('update' as const) : ('create' as const),
    entityType: 'enterprise_report',
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
  body: FiguresInput & { version?: number | undefined },
) {
  return db.transaction(async (tx) => {
    const enterprise = await loadEnterprise(tx, actor, enterpriseId);
    assertCan(actor, 'statistics.file', enterprise.boardId);
    const current = await repo.findReportOf(tx, enterpriseId, period);
    if (current?.status === 'accepted') throw StatisticsErrors.STATISTICS_REPORT_LOCKED();
    if (current?.status === 'submitted') throw StatisticsErrors.STATISTICS_REPORT_NOT_EDITABLE();
    if (current && body.version !== current.version) throw versionConflict(current.version);
    const values = reportValues(body);
    const checks = await checksFor(tx, enterprise.boardId, enterpriseId, period, values);
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
    if (hard.length > 0) throw StatisticsErrors.STATISTICS_RULES_FAILED(hard);
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
    return { ...presentReport(view), checks };
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
      boardIds: readableBoards(actor, query.boardId),
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
  const checks = await checksFor(
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
  return { ...presentReport(view), checks: shown, history };
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
    if (current.status === 'accepted') throw StatisticsErrors.STATISTICS_REPORT_LOCKED();
    if (current.status !== 'draft' && current.status !== 'returned')
      throw StatisticsErrors.STATISTICS_REPORT_NOT_SUBMITTABLE();
    if (body.version !== current.version) throw versionConflict(current.version);
    const checks = await checksFor(
      tx,
      current.boardId,
      current.enterpriseId,
      current.period,
      figuresOf(current),
    );
    const hard = hardFailures(checks);
    if (hard.length > 0) throw StatisticsErrors.STATISTICS_RULES_FAILED(hard);
    const comments: Record<string, string> = { ...current.comments };
    for (const [code, text] of Object.entries(body.comments ?? {})) {
      if (text.trim()) comments[code] = text.trim();
    }
    const uncommented = [...new Set(checks.filter((c) => c.severity === 'soft').map((c) => c.rule))].filter(
      (code) => !comments[code],
    );
    if (uncommented.length > 0) {
      throw StatisticsErrors.STATISTICS_COMMENT_REQUIRED(
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
    return { ...presentReport(viewOf2(view, row)), checks };
  });
}

function viewOf2(view: repo.ReportView, report: repo.ReportRow): repo.ReportView {
  return { ...view, report };
}

async function review(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  change: (current: repo.ReportRow) => Partial<typeof enterpriseReports.$inferInsert>,
) {
  return db.transaction(async (tx) => {
    const view = await loadReport(tx, actor, id);
    const current = view.report;
    assertCan(actor, 'statistics.review', current.boardId);
    if (current.status !== 'submitted') throw StatisticsErrors.STATISTICS_REPORT_NOT_SUBMITTED();
    const row = await updateVersioned(tx, enterpriseReports, id, version, current.version, {
      ...change(current),
      reviewedAt: new Date(),
      reviewedBy: actor.userId,
    });
    await recordAudit(tx, actor, [entry(view, current, row)]);
    return presentReport(viewOf2(view, row));
  });
}

export function acceptReport(db: Db, actor: Actor, id: string, body: { version: number }) {
  return review(db, actor, id, body.version, () => ({ status: 'accepted', returnReason: null }));
}

export function returnReport(db: Db, actor: Actor, id: string, body: { version: number; reason: string }) {
  return review(db, actor, id, body.version, () => ({ status: 'returned', returnReason: body.reason }));
}

// ── Unlock requests ────────────────────────────────────────────────────────────

function presentUnlock(view: repo.UnlockView) {
  const r = view.request;
  return {
    id: r.id,
    boardId: r.boardId,
    reportId: r.reportId,
    enterpriseId: view.enterpriseId,
    enterpriseName: view.enterpriseName,
    taxCode: view.taxCode,
    period: view.period,
    reason: r.reason,
    status: r.status,
    requestedBy: r.requestedBy,
    requestedByUsername: view.requestedByUsername,
    requestedAt: toVietnamTimestamp(r.createdAt),
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt ? toVietnamTimestamp(r.decidedAt) : null,
    decisionNote: r.decisionNote,
    version: r.version,
  };
}

export async function requestUnlock(db: Db, actor: Actor, reportId: string, body: { reason: string }) {
  return db.transaction(async (tx) => {
    const view = await loadReport(tx, actor, reportId);
    assertCan(actor, 'statistics.file', view.report.boardId);
    if (view.report.status !== 'accepted') throw StatisticsErrors.STATISTICS_REPORT_NOT_LOCKED();
    const pending = await repo.listUnlocks(
      tx,
      { boardIds: [view.report.boardId], reportId, statuses: ['pending'] },
      { page: 1, pageSize: 1 },
    );
    if (pending.total > 0) throw StatisticsErrors.STATISTICS_UNLOCK_PENDING();
    const row = await repo.insertUnlock(tx, {
      boardId: view.report.boardId,
      reportId,
      requestedBy: actor.userId,
      reason: body.reason,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'create',
        entityType: 'report_unlock_request',
        entityId: row.id,
        entityKey: `${view.taxCode} ${view.report.period}`,
        after: row,
      },
    ]);
    return presentUnlock((await repo.findUnlockView(tx, [row.boardId], row.id))!);
  });
}

export async function listUnlockRequests(
  db: Db,
  actor: Actor,
  query: {
    status?: repo.UnlockRow['status'][] | undefined;
    boardId?: string | undefined;
    reportId?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const { rows, total } = await repo.listUnlocks(
    db,
    {
      boardIds: readableBoards(actor, query.boardId),
      enterpriseId: ownEnterpriseOf(actor),
      statuses: query.status,
      reportId: query.reportId,
    },
    query,
  );
  return { items: rows.map(presentUnlock), total, page: query.page, pageSize: query.pageSize };
}

async function decideUnlock(db: Db, actor: Actor, id: string, grant: boolean, note: string | null) {
  return db.transaction(async (tx) => {
    const view = await repo.findUnlockView(tx, readableBoards(actor), id);
    const own = ownEnterpriseOf(actor);
    if (!view || (own !== undefined && view.enterpriseId !== own))
      throw StatisticsErrors.STATISTICS_UNLOCK_NOT_FOUND();
    const current = view.request;
    assertCan(actor, 'statistics.review', current.boardId);
    if (current.status !== 'pending') throw StatisticsErrors.STATISTICS_UNLOCK_DECIDED();
    const row = await updateVersioned(tx, reportUnlockRequests, id, current.version, current.version, {
      status: grant ? 'granted' : 'refused',
      decidedBy: actor.userId,
      decidedAt: new Date(),
      decisionNote: note,
    });
    const entries: AuditEntry[] = [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'report_unlock_request',
        entityId: id,
        entityKey: `${view.taxCode} ${view.period}`,
        before: current,
        after: row,
      },
    ];
    if (grant) {
      const report = await loadReport(tx, actor, current.reportId);
      if (report.report.status !== 'accepted') throw StatisticsErrors.STATISTICS_REPORT_NOT_LOCKED();
      const reopened = await updateVersioned(
        tx,
        enterpriseReports,
        report.report.id,
        report.report.version,
        report.report.version,
        { status: 'returned', returnReason: note ?? current.reason },
      );
      entries.push(entry(report, report.report, reopened));
    }
    await recordAudit(tx, actor, entries);
    return presentUnlock({ ...view, request: row });
  });
}

export function grantUnlock(db: Db, actor: Actor, id: string, body: { note?: string | undefined }) {
  return decideUnlock(db, actor, id, true, body.note ?? null);
}

export function refuseUnlock(db: Db, actor: Actor, id: string, body: { note: string }) {
  if (!body.note.trim()) throw CommonErrors.VALIDATION_FAILED();
  return decideUnlock(db, actor, id, false, body.note);
}
