/**
 * Blocs as data (blocs-v1): a bloc, and for each year its members in order, its leader (khối
 * trưởng) and deputy (khối phó). A national administrator manages every bloc, a bloc
 * administrator its own; national users read every bloc, a bloc user its own, a board's users the
 * blocs their board has been a member of. Membership follows merges (organisation-v1): see
 * moveBlocMemberships.
 */
import { assertCan, can, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { CommonErrors, type ErrorDetail } from '../../kernel/errors.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { BoardErrors } from './boards.errors.ts';
import type { Bloc } from './boards.schemas.ts';
import { BlocErrors, type BlocYearProblemCode } from './blocs.errors.ts';
import * as repo from './blocs.repository.ts';
import {
  BLOC_CODE_PATTERN,
  BLOC_YEAR_MAX,
  BLOC_YEAR_MIN,
  type BlocDetail,
  type BlocYear,
  type SetBlocBody,
  type SetBlocYearBody,
} from './blocs.schemas.ts';
import { blocs } from './boards.tables.ts';

/** What the audit log calls a bloc, a bloc year and a member's return (AUDIT_ENTITY_TYPES). */
export const BLOC_AUDIT = {
  bloc: 'bloc',
  blocYear: 'bloc_year',
  blocReturn: 'bloc_return',
} as const satisfies Record<string, AuditEntityType>;

// ── Who may do what ───────────────────────────────────────────────────────────────────────────

/** Whether the actor manages this bloc: a national administrator any, a bloc administrator its own. */
export async function managesBloc(executor: Executor, actor: Actor, blocId: string): Promise<boolean> {
  if (!can(actor, 'blocs.manage')) return false;
  if (actor.scope === 'national') return true;
  return actor.scope === 'bloc' && (actor.homeBlocId ?? null) === blocId;
}

/**
 * The blocs the actor reads: every bloc (national users), its own (a bloc user), or those its
 * board has been a member of in any year (a board's users).
 */
export async function readableBlocIds(executor: Executor, actor: Actor): Promise<string[] | 'all'> {
  if (actor.kind === 'anonymous' || actor.role === 'enterprise') return [];
  if (actor.scope === 'national') return 'all';
  if (actor.scope === 'bloc') {
    const own = actor.homeBlocId ?? null;
    return own ? [own] : [];
  }
  return actor.homeBoardId ? repo.blocIdsOfBoards(executor, [actor.homeBoardId]) : [];
}

async function readsBloc(executor: Executor, actor: Actor, blocId: string): Promise<boolean> {
  const readable = await readableBlocIds(executor, actor);
  return readable === 'all' || readable.includes(blocId);
}

export function checkBlocCode(code: string, path = 'params.code'): void {
  if (!BLOC_CODE_PATTERN.test(code))
    throw BlocErrors.BLOC_CODE_INVALID([
      {
        path,
        message: `"${code.slice(0, 40)}" không phải là mã khối thi đua hợp lệ (chữ in hoa, chữ số hoặc "-", tối đa 16 ký tự).`,
        reason: 'BLOC_CODE_INVALID',
        value: code.slice(0, 40),
      },
    ]);
}

/** A bloc the actor reads, by code; BLOC_NOT_FOUND otherwise (another bloc's existence is not told). */
export async function loadReadableBloc(
  executor: Executor,
  actor: Actor,
  code: string,
): Promise<repo.BlocRow> {
  checkBlocCode(code);
  const bloc = await repo.findBlocRowByCode(executor, code);
  if (!bloc || !(await readsBloc(executor, actor, bloc.id)))
    throw BoardErrors.BLOC_NOT_FOUND([
      {
        path: 'params.code',
        message: `Không tìm thấy khối thi đua ${code}.`,
        reason: 'not_found',
        value: code,
      },
    ]);
  return bloc;
}

/** A bloc the actor manages, by code: FORBIDDEN for a user who manages no bloc or another bloc. */
async function loadManagedBloc(executor: Executor, actor: Actor, code: string): Promise<repo.BlocRow> {
  assertCan(actor, 'blocs.manage');
  checkBlocCode(code);
  const bloc = await repo.findBlocRowByCode(executor, code);
  if (!bloc)
    throw BoardErrors.BLOC_NOT_FOUND([
      {
        path: 'params.code',
        message: `Không tìm thấy khối thi đua ${code}.`,
        reason: 'not_found',
        value: code,
      },
    ]);
  if (!(await managesBloc(executor, actor, bloc.id))) throw CommonErrors.FORBIDDEN();
  return bloc;
}

// ── A year's rules ────────────────────────────────────────────────────────────────────────────

/** A year's members, leader and deputy as written (board codes). */
export interface BlocYearInput {
  members: string[];
  leader: string;
  deputy?: string | null | undefined;
}

/** What a year's check needs to know of a board named: whether it exists, and when it was dissolved. */
export type BoardLookup = (code: string) => { dissolvedOn: string | null } | null;

export interface BlocYearProblem {
  code: BlocYearProblemCode;
  /** Where, relative to the year's record: "members[2]", "leader", "deputy", "year". */
  field: string;
  message: string;
  value?: string | number;
}

/** The first day of a year: a board dissolved on or before it is no member of that year. */
const yearStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;

const formatDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * Every problem of a year (blocs-v1): the year in range; each member a board known (to the
 * database or the package), once, not dissolved before the year begins; the leader and the
 * deputy members; the deputy not the leader. Empty when the year is right.
 */
export function blocYearProblems(year: number, input: BlocYearInput, lookup: BoardLookup): BlocYearProblem[] {
  const problems: BlocYearProblem[] = [];
  if (!Number.isInteger(year) || year < BLOC_YEAR_MIN || year > BLOC_YEAR_MAX)
    problems.push({
      code: 'BLOC_YEAR_OUT_OF_RANGE',
      field: 'year',
      message: `Năm ${year} ngoài khoảng ${BLOC_YEAR_MIN}–${BLOC_YEAR_MAX}.`,
      value: year,
    });
  const seen = new Map<string, number>();
  input.members.forEach((member, i) => {
    const board = lookup(member);
    if (!board) {
      problems.push({
        code: 'BLOC_MEMBER_UNKNOWN',
        field: `members[${i}]`,
        message: `Không có Ban Quản lý mã ${member}.`,
        value: member,
      });
    } else if (seen.has(member)) {
      problems.push({
        code: 'BLOC_MEMBER_DUPLICATE',
        field: `members[${i}]`,
        message: `Ban Quản lý ${member} đã có ở vị trí ${seen.get(member)! + 1} trong danh sách.`,
        value: member,
      });
    } else if (board.dissolvedOn !== null && board.dissolvedOn <= yearStart(year)) {
      problems.push({
        code: 'BLOC_MEMBER_DISSOLVED',
        field: `members[${i}]`,
        message: `Ban Quản lý ${member} đã giải thể từ ngày ${formatDate(board.dissolvedOn)}, trước khi năm ${year} bắt đầu.`,
        value: member,
      });
    }
    if (!seen.has(member)) seen.set(member, i);
  });
  if (!seen.has(input.leader))
    problems.push({
      code: 'BLOC_LEADER_NOT_MEMBER',
      field: 'leader',
      message: `Khối trưởng ${input.leader} không có trong danh sách thành viên.`,
      value: input.leader,
    });
  const deputy = input.deputy ?? null;
  if (deputy !== null && !seen.has(deputy))
    problems.push({
      code: 'BLOC_DEPUTY_NOT_MEMBER',
      field: 'deputy',
      message: `Khối phó ${deputy} không có trong danh sách thành viên.`,
      value: deputy,
    });
  if (deputy !== null && deputy === input.leader)
    problems.push({
      code: 'BLOC_DEPUTY_IS_LEADER',
      field: 'deputy',
      message: `${deputy} đã là khối trưởng; khối phó phải là Ban khác.`,
      value: deputy,
    });
  return problems;
}

const ORDER: BlocYearProblemCode[] = [
  'BLOC_YEAR_OUT_OF_RANGE',
  'BLOC_MEMBER_UNKNOWN',
  'BLOC_MEMBER_DUPLICATE',
  'BLOC_MEMBER_DISSOLVED',
  'BLOC_LEADER_NOT_MEMBER',
  'BLOC_DEPUTY_NOT_MEMBER',
  'BLOC_DEPUTY_IS_LEADER',
];

/** A year's problems as one refusal: the first problem's code, every problem in the details. */
function refuseYear(problems: BlocYearProblem[], pathOf: (field: string) => string): never {
  const first = [...problems].sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code))[0]!;
  const details: ErrorDetail[] = problems.map((p) => ({
    path: pathOf(p.field),
    message: p.message,
    reason: p.code,
    ...(p.value !== undefined ? { value: p.value } : {}),
  }));
  throw BlocErrors[first.code](details);
}

function checkYearRange(year: number): void {
  if (!Number.isInteger(year) || year < BLOC_YEAR_MIN || year > BLOC_YEAR_MAX)
    throw BlocErrors.BLOC_YEAR_OUT_OF_RANGE([
      {
        path: 'params.year',
        message: `Năm ${year} ngoài khoảng ${BLOC_YEAR_MIN}–${BLOC_YEAR_MAX}.`,
        reason: 'BLOC_YEAR_OUT_OF_RANGE',
        value: year,
      },
    ]);
}

// ── Presenting ────────────────────────────────────────────────────────────────────────────────

async function presentYears(
  executor: Executor,
  bloc: repo.BlocRow,
  years: repo.BlocYearWithMembers[],
): Promise<BlocYear[]> {
  const ids = years.flatMap((y) => [
    ...y.memberIds,
    y.leaderBoardId,
    ...(y.deputyBoardId ? [y.deputyBoardId] : []),
  ]);
  const boardsById = new Map((await repo.findBoardsByIds(executor, ids)).map((b) => [b.id, b]));
  const codeOf = (id: string) => boardsById.get(id)!.code;
  return years.map((y) => ({
    bloc: bloc.code,
    year: y.year,
    members: y.memberIds.map(codeOf),
    leader: codeOf(y.leaderBoardId),
    deputy: y.deputyBoardId ? codeOf(y.deputyBoardId) : null,
    boards: y.memberIds.map((id) => {
      const board = boardsById.get(id)!;
      return { code: board.code, name: board.name, dissolvedOn: board.dissolvedOn };
    }),
    version: y.version,
    updatedAt: toVietnamTimestamp(y.updatedAt),
  }));
}

async function presentBloc(executor: Executor, bloc: repo.BlocRow): Promise<BlocDetail> {
  return {
    id: bloc.id,
    code: bloc.code,
    name: bloc.name,
    version: bloc.version,
    years: await presentYears(executor, bloc, await repo.yearsOfBlocs(executor, [bloc.id])),
    createdAt: toVietnamTimestamp(bloc.createdAt),
    updatedAt: toVietnamTimestamp(bloc.updatedAt),
  };
}

/** A year as the audit log keeps it: board codes. */
function yearSnapshot(year: BlocYear | null) {
  return year && { members: year.members, leader: year.leader, deputy: year.deputy, version: year.version };
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────────

/**
 * The blocs the actor reads (every bloc for a national user, its own for a bloc user, its
 * board's for a board's users), each with the boards in it this year (the year of today).
 */
export async function listBlocs(db: Db, actor: Actor): Promise<Bloc[]> {
  if (!can(actor, 'records.read') && !can(actor, 'blocs.manage')) throw CommonErrors.FORBIDDEN();
  const readable = await readableBlocIds(db, actor);
  const rows = readable === 'all' ? await repo.listAllBlocs(db) : await repo.listBlocsByIds(db, readable);
  const year = Number(vietnamToday().slice(0, 4));
  const years = await repo.yearsOfBlocs(
    db,
    rows.map((b) => b.id),
    [year],
  );
  const boardsById = new Map(
    (
      await repo.findBoardsByIds(
        db,
        years.flatMap((y) => y.memberIds),
      )
    ).map((b) => [b.id, b]),
  );
  return rows.map((bloc) => ({
    id: bloc.id,
    code: bloc.code,
    name: bloc.name,
    boards: (years.find((y) => y.blocId === bloc.id)?.memberIds ?? []).map((id) => {
      const board = boardsById.get(id)!;
      return { id: board.id, code: board.code, name: board.name };
    }),
  }));
}

/** A bloc with every year it has. */
export async function getBloc(db: Db, actor: Actor, code: string): Promise<BlocDetail> {
  return presentBloc(db, await loadReadableBloc(db, actor, code));
}

/** One year of a bloc; BLOC_YEAR_NOT_FOUND when it is not set. */
export async function getBlocYear(db: Db, actor: Actor, code: string, year: number): Promise<BlocYear> {
  const bloc = await loadReadableBloc(db, actor, code);
  checkYearRange(year);
  const [row] = await repo.yearsOfBlocs(db, [bloc.id], [year]);
  if (!row) throw yearNotFound(bloc.code, year);
  return (await presentYears(db, bloc, [row]))[0]!;
}

function yearNotFound(code: string, year: number) {
  return BlocErrors.BLOC_YEAR_NOT_FOUND([
    {
      path: 'params.year',
      message: `Khối ${code} chưa có danh sách thành viên năm ${year}.`,
      reason: 'not_found',
      value: year,
    },
  ]);
}

// ── Writing ───────────────────────────────────────────────────────────────────────────────────

/**
 * Creates a bloc (a national administrator) or renames it (one who manages it). Audited; the same
 * name again changes nothing.
 */
export async function setBloc(
  db: Db,
  actor: Actor,
  code: string,
  input: SetBlocBody,
): Promise<{ bloc: BlocDetail; created: boolean }> {
  assertCan(actor, 'blocs.manage');
  checkBlocCode(code);
  return db.transaction(async (tx) => {
    const outcome = await upsertBloc(tx, actor, { code, name: input.name });
    return { bloc: await presentBloc(tx, outcome.row), created: outcome.outcome === 'created' };
  });
}

/** Creates or renames a bloc in the caller's transaction, audited (also the data package's way). */
export async function upsertBloc(
  tx: Executor,
  actor: Actor,
  input: { code: string; name: string },
): Promise<{ row: repo.BlocRow; outcome: 'created' | 'updated' | 'unchanged' }> {
  const existing = await repo.findBlocRowByCode(tx, input.code);
  if (!existing) {
    // Only a national administrator creates a bloc; a bloc administrator manages its own.
    if (!(can(actor, 'blocs.manage') && actor.scope === 'national')) throw CommonErrors.FORBIDDEN();
    const row = await repo.insertBloc(tx, input);
    await recordAudit(tx, actor, [
      {
        boardId: null,
        action: 'create',
        entityType: BLOC_AUDIT.bloc,
        entityId: row.id,
        entityKey: row.code,
        after: row,
      },
    ]);
    return { row, outcome: 'created' };
  }
  if (!(await managesBloc(tx, actor, existing.id))) throw CommonErrors.FORBIDDEN();
  if (existing.name === input.name) return { row: existing, outcome: 'unchanged' };
  const row = await updateVersioned(tx, blocs, existing.id, existing.version, existing.version, {
    name: input.name,
  });
  await recordAudit(tx, actor, [
    {
      boardId: null,
      action: 'update',
      entityType: BLOC_AUDIT.bloc,
      entityId: row.id,
      entityKey: row.code,
      before: existing,
      after: row,
    },
  ]);
  return { row, outcome: 'updated' };
}

/**
 * Sets one year's members (in order), leader and deputy — refused, changing nothing, with every
 * problem listed (blocYearProblems). With `version`, only if the year still has it. Audited; the
 * same year again changes nothing.
 */
export async function setBlocYear(
  db: Db,
  actor: Actor,
  code: string,
  year: number,
  input: SetBlocYearBody,
): Promise<{ year: BlocYear; created: boolean }> {
  return db.transaction(async (tx) => {
    const bloc = await loadManagedBloc(tx, actor, code);
    checkYearRange(year);
    const boards = await repo.findBoardsByCodes(tx, [
      ...input.members,
      input.leader,
      ...(input.deputy ? [input.deputy] : []),
    ]);
    const byCode = new Map(boards.map((b) => [b.code, b]));
    const problems = blocYearProblems(year, input, (c) => byCode.get(c) ?? null);
    if (problems.length > 0) refuseYear(problems, (field) => `body.${field}`);
    const outcome = await writeYear(tx, actor, bloc, year, {
      memberIds: input.members.map((c) => byCode.get(c)!.id),
      leaderBoardId: byCode.get(input.leader)!.id,
      deputyBoardId: input.deputy ? byCode.get(input.deputy)!.id : null,
      version: input.version,
    });
    return { year: outcome.year, created: outcome.outcome === 'created' };
  });
}

/**
 * Writes a checked year in the caller's transaction: inserted, or updated when anything differs
 * (members, order, leader, deputy), audited with board codes.
 */
export async function writeYear(
  tx: Executor,
  actor: Actor,
  bloc: repo.BlocRow,
  year: number,
  next: {
    memberIds: string[];
    leaderBoardId: string;
    deputyBoardId: string | null;
    version?: number | undefined;
  },
): Promise<{ year: BlocYear; outcome: 'created' | 'updated' | 'unchanged' }> {
  const current = await repo.lockYear(tx, bloc.id, year);
  const before = current ? (await presentYears(tx, bloc, [current]))[0]! : null;
  if (!current && next.version !== undefined) throw yearNotFound(bloc.code, year);
  if (current && next.version !== undefined && next.version !== current.version)
    throw versionConflict(current.version);
  const same =
    current &&
    current.leaderBoardId === next.leaderBoardId &&
    current.deputyBoardId === next.deputyBoardId &&
    current.memberIds.join() === next.memberIds.join();
  if (same) return { year: before!, outcome: 'unchanged' };
  const values = { leaderBoardId: next.leaderBoardId, deputyBoardId: next.deputyBoardId };
  if (current) {
    if (!(await repo.updateYear(tx, { blocId: bloc.id, year, version: current.version }, values)))
      throw versionConflict(current.version + 1);
  } else if (!(await repo.insertYear(tx, { blocId: bloc.id, year, ...values }))) {
    throw versionConflict(1);
  }
  await repo.replaceMembers(tx, bloc.id, year, next.memberIds);
  const after = (await presentYears(tx, bloc, [(await repo.lockYear(tx, bloc.id, year))!]))[0]!;
  await recordAudit(tx, actor, [
    {
      boardId: null,
      action: current ? 'update' : 'create',
      entityType: BLOC_AUDIT.blocYear,
      entityId: `${bloc.id}/${year}`,
      entityKey: `${bloc.code} ${year}`,
      before: yearSnapshot(before),
      after: yearSnapshot(after),
    },
  ]);
  return { year: after, outcome: current ? 'updated' : 'created' };
}

/** Removes one year of a bloc with its member list (the members' returns of its periods stay). Audited. */
export async function deleteBlocYear(db: Db, actor: Actor, code: string, year: number): Promise<void> {
  await db.transaction(async (tx) => {
    const bloc = await loadManagedBloc(tx, actor, code);
    checkYearRange(year);
    const current = await repo.lockYear(tx, bloc.id, year);
    if (!current) throw yearNotFound(bloc.code, year);
    const before = (await presentYears(tx, bloc, [current]))[0]!;
    await repo.deleteYear(tx, bloc.id, year);
    await recordAudit(tx, actor, [
      {
        boardId: null,
        action: 'delete',
        entityType: BLOC_AUDIT.blocYear,
        entityId: `${bloc.id}/${year}`,
        entityKey: `${bloc.code} ${year}`,
        before: yearSnapshot(before),
      },
    ]);
  });
}

// ── Merges (organisation-v1) ──────────────────────────────────────────────────────────────────

/** The first bloc year a board dissolved on `on` is no longer a member of. */
export function firstYearWithout(on: string): number {
  const year = Number(on.slice(0, 4));
  return on.endsWith('-01-01') ? year : year + 1;
}

/**
 * A board dissolved on `on` (merged into `successorId`) leaves every bloc year that begins on or
 * after that day; its successor takes its place in the list (unless already a member) and its
 * role of leader or deputy. Years already begun keep it: history is never rewritten. Each year
 * changed is audited; in the caller's transaction.
 */
export async function moveBlocMemberships(
  tx: Executor,
  actor: Actor,
  merge: { boardId: string; successorId: string; on: string },
): Promise<number> {
  const affected = await repo.yearsWithMemberFrom(tx, merge.boardId, firstYearWithout(merge.on));
  const blocsById = new Map(
    (await repo.listBlocsByIds(tx, [...new Set(affected.map((a) => a.blocId))])).map((b) => [b.id, b]),
  );
  for (const { blocId, year } of affected) {
    const bloc = blocsById.get(blocId)!;
    const current = (await repo.lockYear(tx, blocId, year))!;
    const successorIsMember = current.memberIds.includes(merge.successorId);
    const memberIds = current.memberIds.flatMap((id) =>
      id !== merge.boardId ? [id] : successorIsMember ? [] : [merge.successorId],
    );
    const leaderBoardId = current.leaderBoardId === merge.boardId ? merge.successorId : current.leaderBoardId;
    let deputyBoardId = current.deputyBoardId === merge.boardId ? merge.successorId : current.deputyBoardId;
    if (deputyBoardId === leaderBoardId) deputyBoardId = null;
    await writeYear(tx, actor, bloc, year, { memberIds, leaderBoardId, deputyBoardId });
  }
  return affected.length;
}
