import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import { actingBoard, readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import type {
  Deadline,
  DeadlineUnit,
  OnlineLevel,
  ProcedureDocument,
  ProcedureStep,
} from '../../../domain/one-stop.ts';
import { normaliseForSearch, searchTerms } from '../../../domain/text.ts';
import { findBoardByCode } from '../boards/index.ts';
import { ProcedureErrors } from './procedures.errors.ts';
import * as repo from './procedures.repository.ts';
import type {
  AddProcedureVersionBody,
  CreateProcedureBody,
  ListProceduresQuery,
  Procedure,
  ProcedureInForce,
  ProcedureVersion,
  RetireProcedureBody,
  UpdateProcedureVersionBody,
} from './procedures.schemas.ts';

export type { ProcedureRow, ProcedureVersionRow } from './procedures.repository.ts';

// Until the audit vocabulary names them (src/domain/audit-vocabulary.ts).
const PROCEDURE: AuditEntityType = 'procedure';
const PROCEDURE_VERSION: AuditEntityType = 'procedure_version';

export const PROCEDURE_BOARD: BoardChoiceErrors = {
  required: ProcedureErrors.PROCEDURE_BOARD_REQUIRED,
  notFound: ProcedureErrors.PROCEDURE_BOARD_NOT_FOUND,
};

/** A version's fields as the API, the forms and the data package give them. */
export interface ProcedureVersionFields {
  name: string;
  field: string;
  legalBasis?: string | null | undefined;
  deadline: Deadline;
  onlineLevel: OnlineLevel;
  fee?: string | null | undefined;
  documents?: readonly ProcedureDocument[] | undefined;
  steps?: readonly ProcedureStep[] | undefined;
  resultName?: string | null | undefined;
}

function versionValues(fields: ProcedureVersionFields) {
  return {
    name: fields.name,
    field: fields.field,
    legalBasis: fields.legalBasis ?? null,
    deadlineValue: fields.deadline.value,
    deadlineUnit: fields.deadline.unit,
    onlineLevel: fields.onlineLevel,
    fee: fields.fee ?? null,
    documents: (fields.documents ?? []).map((d) => ({
      name: d.name,
      originals: d.originals,
      copies: d.copies,
      note: d.note ?? null,
    })),
    steps: (fields.steps ?? []).map((s) => ({
      name: s.name,
      department: s.department,
      workingDays: s.workingDays,
    })),
    resultName: fields.resultName ?? null,
  };
}
type VersionValues = ReturnType<typeof versionValues>;

function deadlineOf(row: { deadlineValue: number; deadlineUnit: DeadlineUnit }): Deadline {
  return { value: row.deadlineValue, unit: row.deadlineUnit };
}

function versionShape(row: repo.ProcedureVersionRow) {
  return {
    name: row.name,
    field: row.field,
    legalBasis: row.legalBasis,
    deadline: deadlineOf(row),
    onlineLevel: row.onlineLevel,
    fee: row.fee,
    documents: row.documents.map((d) => ({ ...d, note: d.note ?? null })),
    steps: row.steps,
    resultName: row.resultName,
  };
}

export function presentVersion(row: repo.ProcedureVersionRow, inUse: boolean): ProcedureVersion {
  return {
    id: row.id,
    procedureId: row.procedureId,
    boardId: row.boardId,
    effectiveFrom: row.effectiveFrom,
    ...versionShape(row),
    inUse,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

function presentInForce(procedure: repo.ProcedureRow, version: repo.ProcedureVersionRow): ProcedureInForce {
  return {
    id: procedure.id,
    boardId: procedure.boardId,
    code: procedure.code,
    retiredOn: procedure.retiredOn,
    version: procedure.version,
    versionId: version.id,
    effectiveFrom: version.effectiveFrom,
    ...versionShape(version),
  };
}

async function presentProcedure(executor: Executor, procedure: repo.ProcedureRow): Promise<Procedure> {
  const versions = await repo.versionsOf(executor, [procedure.id]);
  const inUse = await repo.versionsInUse(
    executor,
    versions.map((v) => v.id),
  );
  const today = vietnamToday();
  const current = versions.find((v) => v.effectiveFrom <= today) ?? null;
  return {
    id: procedure.id,
    boardId: procedure.boardId,
    code: procedure.code,
    retiredOn: procedure.retiredOn,
    version: procedure.version,
    createdAt: toVietnamTimestamp(procedure.createdAt),
    updatedAt: toVietnamTimestamp(procedure.updatedAt),
    currentVersionId: current?.id ?? null,
    versions: versions.map((v) => presentVersion(v, inUse.has(v.id))),
  };
}

/** The steps' working days may not add up to more than a deadline in working days (422). */
function assertStepsFit(deadline: Deadline, steps: readonly ProcedureStep[] | undefined, path: string) {
  if (deadline.unit !== 'working_days' || !steps) return;
  const total = steps.reduce((sum, step) => sum + step.workingDays, 0);
  if (total > deadline.value)
    throw ProcedureErrors.PROCEDURE_STEPS_EXCEED_DEADLINE([
      {
        path,
        message: `Các bước cộng lại ${total} ngày làm việc, vượt thời hạn giải quyết ${deadline.value} ngày làm việc.`,
        reason: 'steps_exceed_deadline',
        total,
        deadline: deadline.value,
      },
    ]);
}

function matchesQuery(version: repo.ProcedureVersionRow, code: string, query: ListProceduresQuery): boolean {
  if (query.field && normaliseForSearch(version.field) !== normaliseForSearch(query.field)) return false;
  if (!query.search) return true;
  const text = normaliseForSearch([code, version.name, version.field, version.legalBasis ?? ''].join(' '));
  return searchTerms(query.search).every((term) => text.includes(term));
}

/**
 * The catalogue as it stood on a date: each procedure with its version in force then — for the
 * board's staff, and for an enterprise account its own board's (what it may submit online).
 */
export async function listProcedures(db: Db, actor: Actor, query: ListProceduresQuery) {
  // An enterprise account sees its own board's catalogue, to choose what it submits online.
  const boardIds =
    actor.role === 'enterprise'
      ? readableBoardIds(actor, 'onestop.submit', query.boardId)
      : query.boardId === undefined
        ? readableBoardIds(actor, 'records.read')
        : [
            actingBoard(actor, {
              boardId: query.boardId,
              permission: 'records.read',
              errors: PROCEDURE_BOARD,
            }),
          ];
  const onDate = query.onDate ?? vietnamToday();
  const rows = (await repo.proceduresInForce(db, boardIds, onDate)).filter(
    ({ procedure, version }) =>
      (query.includeRetired || procedure.retiredOn === null || procedure.retiredOn > onDate) &&
      matchesQuery(version, procedure.code, query),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: rows.slice(start, start + query.pageSize).map((r) => presentInForce(r.procedure, r.version)),
    page: query.page,
    pageSize: query.pageSize,
    total: rows.length,
    onDate,
  };
}

async function loadProcedure(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<repo.ProcedureRow> {
  const row = await repo.findProcedureById(executor, readableBoardIds(actor, 'records.read'), id, options);
  if (!row) throw ProcedureErrors.PROCEDURE_NOT_FOUND();
  return row;
}

export async function getProcedure(db: Db, actor: Actor, id: string): Promise<Procedure> {
  return presentProcedure(db, await loadProcedure(db, actor, id));
}

function codeTaken() {
  return ProcedureErrors.PROCEDURE_CODE_TAKEN([
    { path: 'body.code', message: 'Mã thủ tục đã được dùng trong Ban Quản lý này.', reason: 'taken' },
  ]);
}

function dateTaken(path = 'body.effectiveFrom') {
  return ProcedureErrors.PROCEDURE_VERSION_DATE_TAKEN([
    { path, message: 'Đã có một phiên bản có hiệu lực từ ngày này.', reason: 'taken' },
  ]);
}

async function auditVersion(
  tx: Executor,
  actor: Actor,
  procedure: repo.ProcedureRow,
  action: 'create' | 'update',
  after: repo.ProcedureVersionRow,
  before?: repo.ProcedureVersionRow,
) {
  await recordAudit(tx, actor, [
    {
      boardId: procedure.boardId,
      action,
      entityType: PROCEDURE_VERSION,
      entityId: after.id,
      entityKey: `${procedure.code}@${after.effectiveFrom}`,
      before,
      after,
    },
  ]);
}

/** Creates a procedure of a board with its first version; audited. */
export async function createProcedure(db: Db, actor: Actor, body: CreateProcedureBody): Promise<Procedure> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'onestop.process',
    path: 'body.boardId',
    errors: PROCEDURE_BOARD,
  });
  assertStepsFit(body.deadline, body.steps, 'body.steps');
  return db.transaction(async (tx) => {
    if ((await repo.findProceduresByCodes(tx, [boardId], [body.code])).length > 0) throw codeTaken();
    const procedure = await repo.insertProcedure(tx, { boardId, code: body.code });
    if (!procedure) throw codeTaken();
    const version = (await repo.insertVersion(tx, {
      boardId,
      procedureId: procedure.id,
      effectiveFrom: body.effectiveFrom,
      ...versionValues(body),
    }))!;
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: PROCEDURE,
        entityId: procedure.id,
        entityKey: procedure.code,
        after: procedure,
      },
    ]);
    await auditVersion(tx, actor, procedure, 'create', version);
    return presentProcedure(tx, procedure);
  });
}

async function loadForChange(tx: Executor, actor: Actor, id: string): Promise<repo.ProcedureRow> {
  const procedure = await loadProcedure(tx, actor, id, { forUpdate: true });
  assertCan(actor, 'onestop.process', procedure.boardId);
  return procedure;
}

/** A new version from a new effective date (e.g. Decree 239/2025 shortened the deadline). */
export async function addProcedureVersion(
  db: Db,
  actor: Actor,
  id: string,
  body: AddProcedureVersionBody,
): Promise<Procedure> {
  return db.transaction(async (tx) => {
    const procedure = await loadForChange(tx, actor, id);
    if (body.version !== procedure.version) throw versionConflict(procedure.version);
    assertStepsFit(body.deadline, body.steps, 'body.steps');
    const { version: _read, effectiveFrom, ...fields } = body;
    const version = await repo.insertVersion(tx, {
      boardId: procedure.boardId,
      procedureId: procedure.id,
      effectiveFrom,
      ...versionValues(fields),
    });
    if (!version) throw dateTaken();
    const touched = await repo.touchProcedure(tx, procedure.id, procedure.version);
    if (!touched) throw versionConflict(procedure.version + 1);
    await auditVersion(tx, actor, procedure, 'create', version);
    return presentProcedure(tx, touched);
  });
}

/**
 * Corrects a version. A version that dossiers were received under keeps its deadline and its
 * effective date (PROCEDURE_VERSION_IN_USE): a dossier keeps the version it was received under.
 */
export async function updateProcedureVersion(
  db: Db,
  actor: Actor,
  id: string,
  versionId: string,
  body: UpdateProcedureVersionBody,
): Promise<Procedure> {
  return db.transaction(async (tx) => {
    const procedure = await loadForChange(tx, actor, id);
    const current = await repo.findVersion(tx, procedure.id, versionId, { forUpdate: true });
    if (!current) throw ProcedureErrors.PROCEDURE_VERSION_NOT_FOUND();
    if (body.version !== current.version) throw versionConflict(current.version);
    const currentShape = versionShape(current);
    const next: ProcedureVersionFields & { effectiveFrom: string } = {
      effectiveFrom: body.effectiveFrom ?? current.effectiveFrom,
      name: body.name ?? currentShape.name,
      field: body.field ?? currentShape.field,
      legalBasis: body.legalBasis === undefined ? currentShape.legalBasis : body.legalBasis,
      deadline: body.deadline ?? currentShape.deadline,
      onlineLevel: body.onlineLevel ?? currentShape.onlineLevel,
      fee: body.fee === undefined ? currentShape.fee : body.fee,
      documents: body.documents ?? currentShape.documents,
      steps: body.steps ?? currentShape.steps,
      resultName: body.resultName === undefined ? currentShape.resultName : body.resultName,
    };
    await assertVersionChangeAllowed(tx, current, next, 'body.');
    assertStepsFit(next.deadline, next.steps, 'body.steps');
    if (next.effectiveFrom !== current.effectiveFrom) {
      const others = await repo.versionsOf(tx, [procedure.id]);
      if (others.some((v) => v.id !== current.id && v.effectiveFrom === next.effectiveFrom))
        throw dateTaken();
    }
    const row = await repo.updateVersion(tx, current.id, current.version, {
      effectiveFrom: next.effectiveFrom,
      ...versionValues(next),
    });
    if (!row) throw versionConflict(current.version + 1);
    await auditVersion(tx, actor, procedure, 'update', row, current);
    return presentProcedure(tx, procedure);
  });
}

async function assertVersionChangeAllowed(
  tx: Executor,
  current: repo.ProcedureVersionRow,
  next: { effectiveFrom: string; deadline: Deadline },
  path: string,
) {
  const problems = [];
  if (next.deadline.value !== current.deadlineValue || next.deadline.unit !== current.deadlineUnit)
    problems.push({
      path: `${path}deadline`,
      message: 'Đã có hồ sơ tiếp nhận theo phiên bản này: không thể đổi thời hạn giải quyết.',
      reason: 'in_use',
    });
  if (next.effectiveFrom !== current.effectiveFrom)
    problems.push({
      path: `${path}effectiveFrom`,
      message: 'Đã có hồ sơ tiếp nhận theo phiên bản này: không thể đổi ngày hiệu lực.',
      reason: 'in_use',
    });
  if (problems.length === 0) return;
  if ((await repo.versionsInUse(tx, [current.id])).size > 0)
    throw ProcedureErrors.PROCEDURE_VERSION_IN_USE(problems);
}

/** Bãi bỏ: the procedure is no longer offered from `retiredOn` (null offers it again). */
export async function retireProcedure(
  db: Db,
  actor: Actor,
  id: string,
  body: RetireProcedureBody,
): Promise<Procedure> {
  return db.transaction(async (tx) => {
    const procedure = await loadForChange(tx, actor, id);
    if (body.version !== procedure.version) throw versionConflict(procedure.version);
    const row = await repo.touchProcedure(tx, procedure.id, procedure.version, { retiredOn: body.retiredOn });
    if (!row) throw versionConflict(procedure.version + 1);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: PROCEDURE,
        entityId: row.id,
        entityKey: row.code,
        before: procedure,
        after: row,
      },
    ]);
    return presentProcedure(tx, row);
  });
}

/** The version of a procedure in force on a date: effective on or before it, the latest. */
export async function procedureVersionInForce(
  executor: Executor,
  procedureId: string,
  date: string,
): Promise<repo.ProcedureVersionRow | null> {
  return repo.versionInForce(executor, procedureId, date);
}

/** The procedures of these boards with these codes (no scoping: the caller has scoped the boards). */
export async function findProceduresByCodes(
  executor: Executor,
  boardIds: readonly string[],
  codes: readonly string[],
): Promise<repo.ProcedureRow[]> {
  return repo.findProceduresByCodes(executor, boardIds, codes);
}

/** Every version of these procedures, newest effective date first (for the data package export). */
export async function procedureVersionsOf(
  executor: Executor,
  procedureIds: readonly string[],
): Promise<repo.ProcedureVersionRow[]> {
  return repo.versionsOf(executor, procedureIds);
}

export interface ProcedureVersionRecord extends Omit<ProcedureVersionFields, 'field'> {
  boardId: string;
  code: string;
  effectiveFrom: string;
  /** Left out (the data package has none): the existing version's, else "Khác". */
  field?: string | undefined;
}

const sameValues = (a: VersionValues, b: VersionValues) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The data package's import: the procedure by (board, code), then its version by effective
 * date — created, updated or unchanged. Audited per record created or updated, in the caller's
 * transaction. A version with dossiers keeps its deadline (PROCEDURE_VERSION_IN_USE); steps may
 * not exceed the deadline (PROCEDURE_STEPS_EXCEED_DEADLINE).
 */
export async function upsertProcedureVersion(
  tx: Executor,
  actor: Actor,
  record: ProcedureVersionRecord,
): Promise<'created' | 'updated' | 'unchanged'> {
  assertCan(actor, 'onestop.process', record.boardId);
  assertStepsFit(record.deadline, record.steps, 'steps');
  let procedure = (await repo.findProceduresByCodes(tx, [record.boardId], [record.code]))[0];
  let created = false;
  if (!procedure) {
    const inserted = await repo.insertProcedure(tx, { boardId: record.boardId, code: record.code });
    procedure = inserted ?? (await repo.findProceduresByCodes(tx, [record.boardId], [record.code]))[0]!;
    if (inserted) {
      created = true;
      await recordAudit(tx, actor, [
        {
          boardId: record.boardId,
          action: 'create',
          entityType: PROCEDURE,
          entityId: procedure.id,
          entityKey: procedure.code,
          after: procedure,
        },
      ]);
    }
  }
  const versions = await repo.versionsOf(tx, [procedure.id]);
  const current = versions.find((v) => v.effectiveFrom === record.effectiveFrom);
  const field = record.field ?? current?.field ?? versions[0]?.field ?? 'Khác';
  const values = versionValues({ ...record, field });
  if (!current) {
    const version = await repo.insertVersion(tx, {
      boardId: record.boardId,
      procedureId: procedure.id,
      effectiveFrom: record.effectiveFrom,
      ...values,
    });
    if (!version) throw dateTaken('effectiveFrom');
    await auditVersion(tx, actor, procedure, 'create', version);
    return 'created';
  }
  if (sameValues(versionValues(versionShape(current)), values)) return created ? 'created' : 'unchanged';
  await assertVersionChangeAllowed(
    tx,
    current,
    { effectiveFrom: current.effectiveFrom, deadline: record.deadline },
    '',
  );
  const row = await repo.updateVersion(tx, current.id, current.version, values);
  if (!row) throw versionConflict(current.version + 1);
  await auditVersion(tx, actor, procedure, 'update', row, current);
  return 'updated';
}

/** GET /public/procedures?board=TB — the catalogue in force today, for investors: nothing internal. */
export async function publicProcedures(db: Db, boardCode: string) {
  const board = await findBoardByCode(db, boardCode);
  if (!board)
    throw ProcedureErrors.PROCEDURE_BOARD_NOT_FOUND([
      { path: 'query.board', message: `Không tìm thấy Ban Quản lý có mã ${boardCode}.`, reason: 'not_found' },
    ]);
  const onDate = vietnamToday();
  const rows = await repo.proceduresInForce(db, [board.id], onDate);
  return {
    board: { code: board.code, name: board.name },
    onDate,
    items: rows
      .filter(({ procedure }) => procedure.retiredOn === null || procedure.retiredOn > onDate)
      .map(({ procedure, version }) => ({
        code: procedure.code,
        name: version.name,
        field: version.field,
        deadline: deadlineOf(version),
        onlineLevel: version.onlineLevel,
        fee: version.fee,
        legalBasis: version.legalBasis,
        documents: version.documents.map((d) => ({
          name: d.name,
          originals: d.originals,
          copies: d.copies,
          note: d.note ?? null,
        })),
        resultName: version.resultName,
      })),
  };
}
