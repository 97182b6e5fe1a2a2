/**
 * Unlock requests (yêu cầu mở khóa): an enterprise asks to correct an accepted, locked report;
 * staff grant it (the report goes back to the enterprise, returned) or refuse it.
 */
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { ownEnterpriseOf } from '../enterprises/index.ts';
import { FilingErrors } from './filing.errors.ts';
import { loadReport, reopenReport } from './filing.service.ts';
import { reportUnlockRequests } from './filing.tables.ts';
import * as repo from './unlock-requests.repository.ts';

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
    if (view.report.status !== 'accepted') throw FilingErrors.STATISTICS_REPORT_NOT_LOCKED();
    const pending = await repo.listUnlocks(
      tx,
      { boardIds: [view.report.boardId], reportId, statuses: ['pending'] },
      { page: 1, pageSize: 1 },
    );
    if (pending.total > 0) throw FilingErrors.STATISTICS_UNLOCK_PENDING();
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
      boardIds: readableBoardIds(actor, 'statistics.read', query.boardId),
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
    const view = await repo.findUnlockView(tx, readableBoardIds(actor, 'statistics.read'), id);
    const own = ownEnterpriseOf(actor);
    if (!view || (own !== undefined && view.enterpriseId !== own))
      throw FilingErrors.STATISTICS_UNLOCK_NOT_FOUND();
    const current = view.request;
    assertCan(actor, 'statistics.review', current.boardId);
    if (current.status !== 'pending') throw FilingErrors.STATISTICS_UNLOCK_DECIDED();
    const row = await updateVersioned(tx, reportUnlockRequests, id, current.version, current.version, {
      status: grant ? 'granted' : 'refused',
      decidedBy: actor.userId,
      decidedAt: new Date(),
      decisionNote: note,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'report_unlock_request',
        entityId: id,
        entityKey: `${view.taxCode} ${view.period}`,
        before: current,
        after: row,
      },
    ]);
    if (grant) await reopenReport(tx, actor, current.reportId, note ?? current.reason);
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
