import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import { actingBoard } from '../../kernel/scope.ts';
import { boardDirectory } from '../boards/index.ts';
import * as repo from './procedures.repository.ts';
import type { OneStopOffice, SetOfficeBody } from './procedures.schemas.ts';
import { PROCEDURE_BOARD } from './procedures.service.ts';

// Until the audit vocabulary names it (src/domain/audit-vocabulary.ts).
const ONE_STOP_OFFICE: AuditEntityType = 'one_stop_office';

/**
 * A board's one-stop office: how its dossier codes begin (the board's code until it sets its
 * own prefix) and what its slips print. No scoping: the caller has chosen the board.
 */
export async function officeOf(executor: Executor, boardId: string): Promise<OneStopOffice> {
  const row = await repo.findOffice(executor, boardId);
  if (row)
    return {
      boardId,
      codePrefix: row.codePrefix,
      counterName: row.counterName,
      address: row.address,
      phone: row.phone,
      hours: row.hours,
      version: row.version,
    };
  const directory = await boardDirectory(executor, { ids: [boardId] });
  return {
    boardId,
    codePrefix: directory.codeById.get(boardId) ?? '',
    counterName: null,
    address: null,
    phone: null,
    hours: null,
    version: null,
  };
}

/** GET /one-stop/office — the office of the board the request names (or the user's own). */
export async function getOffice(db: Db, actor: Actor, boardId: string | undefined): Promise<OneStopOffice> {
  const board = actingBoard(actor, { boardId, permission: 'records.read', errors: PROCEDURE_BOARD });
  return officeOf(db, board);
}

/** PUT /one-stop/office — the board's administrators and staff set its office; audited. */
export async function setOffice(db: Db, actor: Actor, body: SetOfficeBody): Promise<OneStopOffice> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'onestop.process',
    path: 'body.boardId',
    errors: PROCEDURE_BOARD,
  });
  // Admin or staff: a leader processes dossiers but does not set up the office.
  assertCan(actor, 'records.write', boardId);
  const values = {
    codePrefix: body.codePrefix,
    counterName: body.counterName ?? null,
    address: body.address ?? null,
    phone: body.phone ?? null,
    hours: body.hours ?? null,
  };
  return db.transaction(async (tx) => {
    const current = await repo.findOffice(tx, boardId, { forUpdate: true });
    if (!current) {
      if (body.version !== undefined) throw versionConflict(0);
      const row = await repo.insertOffice(tx, { boardId, ...values });
      if (!row) throw versionConflict((await repo.findOffice(tx, boardId))?.version ?? 1);
      await audit(tx, actor, 'create', row, null);
      return officeOf(tx, boardId);
    }
    if (body.version !== current.version) throw versionConflict(current.version);
    const row = await repo.updateOffice(tx, boardId, current.version, values);
    if (!row) throw versionConflict(current.version + 1);
    await audit(tx, actor, 'update', row, current);
    return officeOf(tx, boardId);
  });
}

async function audit(
  tx: Executor,
  actor: Actor,
  action: 'create' | 'update',
  after: repo.OfficeRow,
  before: repo.OfficeRow | null,
) {
  await recordAudit(tx, actor, [
    {
      boardId: after.boardId,
      action,
      entityType: ONE_STOP_OFFICE,
      entityId: after.boardId,
      entityKey: after.codePrefix,
      before,
      after,
    },
  ]);
}
