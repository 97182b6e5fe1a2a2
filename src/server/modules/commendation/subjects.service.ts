/**
 * Subjects of a board — persons and collectives — and their yearly ratings (đánh giá, xếp loại).
 * Every change checks commendation.manage on the subject's board, the version read before it, and
 * is audited in its transaction.
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { pageOffset } from '../../kernel/db/listing.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { matchesSearch } from '../../../domain/text.ts';
import { CommendationErrors } from './commendation.errors.ts';
import {
  assertManage,
  boardOf,
  COMMENDATION_ENTITIES,
  inTransaction,
  loadSubject,
} from './commendation.service.ts';
import { commendationSubjects } from './commendation.tables.ts';
import * as repo from './subjects.repository.ts';
import type {
  CommendationSubject,
  CreateSubjectBody,
  LeaveSubjectBody,
  ListSubjectsQuery,
  PutRatingBody,
  SubjectRating,
  UpdateSubjectBody,
} from './subjects.schemas.ts';

/** The most subjects a search by words reads (a board has a few hundred). */
const SEARCH_LIMIT = 10_000;

export async function presentSubjects(
  executor: Executor,
  rows: readonly repo.SubjectRow[],
): Promise<CommendationSubject[]> {
  const names = await repo.subjectNames(
    executor,
    rows.flatMap((r) => (r.collectiveId ? [r.collectiveId] : [])),
  );
  return rows.map((row) => ({
    id: row.id,
    boardId: row.boardId,
    kind: row.kind as CommendationSubject['kind'],
    name: row.name,
    position: row.position,
    collective: row.collectiveId ? { id: row.collectiveId, name: names.get(row.collectiveId) ?? '' } : null,
    birthYear: row.birthYear,
    leftOn: row.leftOn,
    version: row.version,
  }));
}

export async function presentRatings(
  executor: Executor,
  rows: readonly repo.RatingRow[],
): Promise<SubjectRating[]> {
  const names = await repo.subjectNames(
    executor,
    rows.flatMap((r) => (r.collectiveId ? [r.collectiveId] : [])),
  );
  return rows.map((row) => ({
    subjectId: row.subjectId,
    year: row.year,
    rating: row.rating as SubjectRating['rating'],
    discipline: row.discipline as SubjectRating['discipline'],
    collective: row.collectiveId ? { id: row.collectiveId, name: names.get(row.collectiveId) ?? '' } : null,
  }));
}

/** A page of a board's subjects, filtered by kind, collective and words of the name or position. */
export async function listSubjects(db: Executor, actor: Actor, query: ListSubjectsQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const filter = {
    boardId,
    kind: query.kind,
    collectiveId: query.collectiveId,
    includeLeft: query.includeLeft,
  };
  const page = { page: query.page, pageSize: query.pageSize };
  let rows: repo.SubjectRow[];
  let total: number;
  if (query.search) {
    const search = query.search;
    const all = (await repo.subjectsWhere(db, filter, SEARCH_LIMIT)).filter((row) =>
      matchesSearch(`${row.name} ${row.position}`, search),
    );
    total = all.length;
    rows = all.slice(pageOffset(page), pageOffset(page) + page.pageSize);
  } else {
    ({ rows, total } = await repo.listSubjects(db, filter, page));
  }
  return { items: await presentSubjects(db, rows), page: query.page, pageSize: query.pageSize, total };
}

export async function getSubject(db: Executor, actor: Actor, id: string): Promise<CommendationSubject> {
  const row = await loadSubject(db, actor, id);
  return (await presentSubjects(db, [row]))[0]!;
}

/** The collective a person belongs to: a collective of the same board. */
async function assertCollective(
  executor: Executor,
  boardId: string,
  kind: string,
  collectiveId: string | null | undefined,
  path: string,
): Promise<void> {
  if (collectiveId === null || collectiveId === undefined) return;
  if (kind !== 'person')
    throw CommendationErrors.COMMENDATION_COLLECTIVE_INVALID([
      { path, message: 'Một tập thể không thuộc tập thể khác.', reason: 'not_a_person' },
    ]);
  const [collective] = await repo.subjectsByIds(executor, boardId, [collectiveId]);
  if (!collective || collective.kind !== 'collective')
    throw CommendationErrors.COMMENDATION_COLLECTIVE_INVALID([
      {
        path,
        message: 'Không có tập thể này trong Ban Quản lý.',
        reason: 'not_a_collective',
        value: collectiveId,
      },
    ]);
}

export async function createSubject(
  db: Executor,
  actor: Actor,
  body: CreateSubjectBody,
): Promise<CommendationSubject> {
  const boardId = await boardOf(db, actor, body.board, 'commendation.manage', 'body.board');
  return inTransaction(db, async (tx) => {
    await assertCollective(tx, boardId, body.kind, body.collectiveId, 'body.collectiveId');
    const row = await repo.insertSubject(tx, {
      boardId,
      kind: body.kind,
      name: body.name,
      position: body.position ?? '',
      collectiveId: body.collectiveId ?? null,
      birthYear: body.birthYear ?? null,
    });
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: COMMENDATION_ENTITIES.subject,
        entityId: row.id,
        entityKey: row.name,
        after: row,
      },
    ]);
    return (await presentSubjects(tx, [row]))[0]!;
  });
}

export async function updateSubject(
  db: Executor,
  actor: Actor,
  id: string,
  body: UpdateSubjectBody,
): Promise<CommendationSubject> {
  return inTransaction(db, async (tx) => {
    const current = await loadSubject(tx, actor, id, true);
    assertManage(actor, current.boardId);
    const { version, ...changes } = body;
    if (changes.collectiveId === id)
      throw CommendationErrors.COMMENDATION_COLLECTIVE_INVALID([
        { path: 'body.collectiveId', message: 'Không thể thuộc chính mình.', reason: 'self' },
      ]);
    await assertCollective(tx, current.boardId, current.kind, changes.collectiveId, 'body.collectiveId');
    const values: Partial<repo.SubjectInsert> = {};
    if (changes.name !== undefined) values.name = changes.name;
    if (changes.position !== undefined) values.position = changes.position;
    if (changes.collectiveId !== undefined) values.collectiveId = changes.collectiveId;
    if (changes.birthYear !== undefined) values.birthYear = changes.birthYear;
    const row = await updateVersioned(tx, commendationSubjects, id, version, current.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: COMMENDATION_ENTITIES.subject,
        entityId: id,
        entityKey: row.name,
        before: current,
        after: row,
      },
    ]);
    return (await presentSubjects(tx, [row]))[0]!;
  });
}

/** Marks a subject as having left the board (or back, with null); its records stay. */
export async function markSubjectLeft(
  db: Executor,
  actor: Actor,
  id: string,
  body: LeaveSubjectBody,
): Promise<CommendationSubject> {
  return inTransaction(db, async (tx) => {
    const current = await loadSubject(tx, actor, id, true);
    assertManage(actor, current.boardId);
    const row = await updateVersioned(tx, commendationSubjects, id, body.version, current.version, {
      leftOn: body.leftOn,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: COMMENDATION_ENTITIES.subject,
        entityId: id,
        entityKey: row.name,
        before: current,
        after: row,
      },
    ]);
    return (await presentSubjects(tx, [row]))[0]!;
  });
}

// ---- ratings ------------------------------------------------------------------------------------

export async function listRatings(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ items: SubjectRating[] }> {
  const subject = await loadSubject(db, actor, id);
  return { items: await presentRatings(db, await repo.ratingsOf(db, [subject.id])) };
}

/**
 * Sets a subject's rating of a year: the rating, the gravest discipline, and a person's collective
 * that year (left out: the one on the rating already, else the person's collective now).
 */
export async function putRating(
  db: Executor,
  actor: Actor,
  id: string,
  year: number,
  body: PutRatingBody,
): Promise<SubjectRating> {
  return inTransaction(db, async (tx) => {
    const subject = await loadSubject(tx, actor, id, true);
    assertManage(actor, subject.boardId);
    const before = await repo.findRating(tx, id, year, true);
    const collectiveId =
      subject.kind === 'collective'
        ? (body.collectiveId ?? null)
        : body.collectiveId !== undefined
          ? body.collectiveId
          : before
            ? before.collectiveId
            : subject.collectiveId;
    await assertCollective(tx, subject.boardId, subject.kind, collectiveId, 'body.collectiveId');
    const row = await repo.upsertRating(tx, {
      subjectId: id,
      year,
      boardId: subject.boardId,
      rating: body.rating,
      discipline: body.discipline,
      collectiveId,
    });
    await recordAudit(tx, actor, [
      {
        boardId: subject.boardId,
        action: before ? 'update' : 'create',
        entityType: COMMENDATION_ENTITIES.rating,
        entityId: `${id}:${year}`,
        entityKey: `${subject.name} ${year}`,
        before,
        after: row,
      },
    ]);
    return (await presentRatings(tx, [row]))[0]!;
  });
}

export async function deleteRating(db: Executor, actor: Actor, id: string, year: number): Promise<void> {
  await inTransaction(db, async (tx) => {
    const subject = await loadSubject(tx, actor, id, true);
    assertManage(actor, subject.boardId);
    const before = await repo.findRating(tx, id, year, true);
    if (!before) throw CommendationErrors.COMMENDATION_RATING_NOT_FOUND();
    await repo.deleteRating(tx, id, year);
    await recordAudit(tx, actor, [
      {
        boardId: subject.boardId,
        action: 'delete',
        entityType: COMMENDATION_ENTITIES.rating,
        entityId: `${id}:${year}`,
        entityKey: `${subject.name} ${year}`,
        before,
      },
    ]);
  });
}
