/**
 * What every commendation service shares: the board a request acts on, the subjects the actor may
 * see, the audit log's words for commendation records, and how a subject and a decision are shown.
 */
import { assertCan, type Actor, type Permission } from '../../kernel/actor.ts';
import type { AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor, Tx } from '../../kernel/db/database.ts';
import { readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { AWARD_RECIPIENTS, AWARD_WORDS, type AwardCode } from '../../../domain/commendation.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { actingBoardByCode } from '../boards/index.ts';
import { CommendationErrors } from './commendation.errors.ts';
import type { SubjectRef } from './commendation.schemas.ts';
import * as subjectsRepo from './subjects.repository.ts';

/** The audit log's words for commendation records (AUDIT_ENTITY_TYPES). */
export const COMMENDATION_ENTITIES = {
  subject: 'commendation_subject',
  rating: 'performance_rating',
  registration: 'title_registration',
  initiative: 'initiative',
  proposal: 'commendation_proposal',
  decision: 'commendation_decision',
  award: 'award',
} as const satisfies Record<string, AuditEntityType>;

export const COMMENDATION_BOARD: BoardChoiceErrors = {
  required: CommendationErrors.COMMENDATION_BOARD_REQUIRED,
  notFound: CommendationErrors.COMMENDATION_BOARD_NOT_FOUND,
};

/**
 * The one board a request acts on: the board named by its code (a national user must name one),
 * else the actor's own. Reads need records.read there, writes commendation.manage.
 */
export function boardOf(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
  permission: Permission,
  path = 'query.board',
): Promise<string> {
  return actingBoardByCode(executor, actor, { code, permission, path, errors: COMMENDATION_BOARD });
}

/** The boards whose commendation records the actor reads. */
export function readableBoards(actor: Actor): string[] {
  return readableBoardIds(actor, 'records.read');
}

/** A subject the actor may see, else 404 (another board's subject is not revealed). */
export async function loadSubject(
  executor: Executor,
  actor: Actor,
  id: string,
  lock = false,
): Promise<subjectsRepo.SubjectRow> {
  const found = await subjectsRepo.findSubject(executor, readableBoards(actor), id, lock);
  if (!found) throw CommendationErrors.COMMENDATION_SUBJECT_NOT_FOUND();
  return found;
}

/** Changes to a board's commendation need commendation.manage on that board. */
export function assertManage(actor: Actor, boardId: string): void {
  assertCan(actor, 'commendation.manage', boardId);
}

/** A change in one transaction: the database's own, or a savepoint inside the caller's (the demo). */
export function inTransaction<T>(executor: Executor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return (executor as Db).transaction((tx) => work(tx as unknown as Tx));
}

export function presentSubjectRef(row: subjectsRepo.SubjectRow): SubjectRef {
  return { id: row.id, kind: row.kind as SubjectRef['kind'], name: row.name, position: row.position };
}

/** Whether an award may go to a subject of this kind (a person, a collective). */
export function awardFits(award: AwardCode, kind: string): boolean {
  const recipient = AWARD_RECIPIENTS[award];
  return recipient === 'both' || recipient === kind;
}

/** Refuses an award a subject's kind cannot receive. */
export function assertAwardFits(subject: subjectsRepo.SubjectRow, award: AwardCode, path: string): void {
  if (awardFits(award, subject.kind)) return;
  const whom = subject.kind === 'person' ? 'một cá nhân' : 'một tập thể';
  throw CommendationErrors.COMMENDATION_AWARD_KIND([
    {
      path,
      message: `«${AWARD_WORDS[award]}» không dành cho ${whom} (${subject.name}).`,
      reason: 'award_kind',
      award,
      subjectId: subject.id,
    },
  ]);
}

/** A decision in words: "Quyết định số 12/QĐ-BQL ngày 15/01/2026 của Trưởng ban Ban Quản lý …". */
export function decisionWords(decision: { number: string; signedOn: string; issuer: string }): string {
  return `Quyết định số ${decision.number} ngày ${formatDate(decision.signedOn)} của ${decision.issuer}`;
}

/** Loads the subjects named, each of `boardId`, else 404 naming the first missing at its path. */
export async function subjectsOf(
  executor: Executor,
  boardId: string,
  ids: readonly { id: string; path: string }[],
): Promise<Map<string, subjectsRepo.SubjectRow>> {
  const rows = await subjectsRepo.subjectsByIds(
    executor,
    boardId,
    ids.map((i) => i.id),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((i) => !byId.has(i.id));
  if (missing.length > 0)
    throw CommendationErrors.COMMENDATION_SUBJECT_NOT_FOUND(
      missing.map((m) => ({
        path: m.path,
        message: 'Không có cá nhân, tập thể này trong Ban Quản lý.',
        reason: 'not_found',
        value: m.id,
      })),
    );
  return byId;
}
