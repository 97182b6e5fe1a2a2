/** Sáng kiến: a board's initiatives, their authors (subjects of the board) and who recognised them. */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { pageOffset } from '../../kernel/db/listing.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { matchesSearch } from '../../../domain/text.ts';
import { CommendationErrors } from './commendation.errors.ts';
import {
  assertManage,
  boardOf,
  COMMENDATION_ENTITIES,
  inTransaction,
  presentSubjectRef,
  readableBoards,
  subjectsOf,
} from './commendation.service.ts';
import { initiatives } from './commendation.tables.ts';
import type {
  CreateInitiativeBody,
  Initiative,
  ListInitiativesQuery,
  UpdateInitiativeBody,
} from './initiatives.schemas.ts';
import * as repo from './register.repository.ts';

const SEARCH_LIMIT = 10_000;

async function present(executor: Executor, rows: readonly repo.InitiativeRow[]): Promise<Initiative[]> {
  const authors = await repo.authorsOf(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    boardId: row.boardId,
    title: row.title,
    year: row.year,
    level: row.level as Initiative['level'],
    recognisedBy: row.recognisedBy,
    recognisedOn: row.recognisedOn,
    authors: (authors.get(row.id) ?? []).map(presentSubjectRef),
    version: row.version,
  }));
}

async function loadInitiative(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findInitiative(executor, readableBoards(actor), id, lock);
  if (!row) throw CommendationErrors.COMMENDATION_INITIATIVE_NOT_FOUND();
  return row;
}

async function assertAuthors(executor: Executor, boardId: string, ids: readonly string[]) {
  await subjectsOf(
    executor,
    boardId,
    ids.map((id, i) => ({ id, path: `body.authorIds[${i}]` })),
  );
}

/** A page of a board's initiatives, newest year first. */
export async function listInitiatives(db: Executor, actor: Actor, query: ListInitiativesQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const filter = { boardId, year: query.year, level: query.level, subjectId: query.subjectId };
  const page = { page: query.page, pageSize: query.pageSize };
  let rows: repo.InitiativeRow[];
  let total: number;
  if (query.search) {
    const search = query.search;
    const all = (await repo.initiativesWhere(db, filter, SEARCH_LIMIT)).filter((r) =>
      matchesSearch(`${r.title} ${r.recognisedBy}`, search),
    );
    total = all.length;
    rows = all.slice(pageOffset(page), pageOffset(page) + page.pageSize);
  } else {
    rows = await repo.initiativesWhere(db, filter, page.pageSize, pageOffset(page));
    total = await repo.countInitiatives(db, filter);
  }
  return { items: await present(db, rows), page: query.page, pageSize: query.pageSize, total };
}

export async function getInitiative(db: Executor, actor: Actor, id: string): Promise<Initiative> {
  return (await present(db, [await loadInitiative(db, actor, id)]))[0]!;
}

export async function createInitiative(
  db: Executor,
  actor: Actor,
  body: CreateInitiativeBody,
): Promise<Initiative> {
  const boardId = await boardOf(db, actor, body.board, 'commendation.manage', 'body.board');
  return inTransaction(db, async (tx) => {
    await assertAuthors(tx, boardId, body.authorIds);
    const row = await repo.insertInitiative(tx, {
      boardId,
      title: body.title,
      year: body.year,
      level: body.level,
      recognisedBy: body.recognisedBy,
      recognisedOn: body.recognisedOn ?? null,
    });
    await repo.setAuthors(tx, row.id, body.authorIds);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: COMMENDATION_ENTITIES.initiative,
        entityId: row.id,
        entityKey: row.title,
        after: { ...row, authorIds: body.authorIds },
      },
    ]);
    return (await present(tx, [row]))[0]!;
  });
}

export async function updateInitiative(
  db: Executor,
  actor: Actor,
  id: string,
  body: UpdateInitiativeBody,
): Promise<Initiative> {
  return inTransaction(db, async (tx) => {
    const current = await loadInitiative(tx, actor, id, true);
    assertManage(actor, current.boardId);
    const { version, authorIds, ...changes } = body;
    if (authorIds !== undefined) await assertAuthors(tx, current.boardId, authorIds);
    const before = (await repo.authorsOf(tx, [id])).get(id)!.map((s) => s.id);
    const values: Partial<typeof initiatives.$inferInsert> = {};
    if (changes.title !== undefined) values.title = changes.title;
    if (changes.year !== undefined) values.year = changes.year;
    if (changes.level !== undefined) values.level = changes.level;
    if (changes.recognisedBy !== undefined) values.recognisedBy = changes.recognisedBy;
    if (changes.recognisedOn !== undefined) values.recognisedOn = changes.recognisedOn;
    const row = await updateVersioned(tx, initiatives, id, version, current.version, values);
    if (authorIds !== undefined) await repo.setAuthors(tx, id, authorIds);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: COMMENDATION_ENTITIES.initiative,
        entityId: id,
        entityKey: row.title,
        before: { ...current, authorIds: before },
        after: { ...row, authorIds: authorIds ?? before },
      },
    ]);
    return (await present(tx, [row]))[0]!;
  });
}

export async function deleteInitiative(
  db: Executor,
  actor: Actor,
  id: string,
  version: number,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const current = await loadInitiative(tx, actor, id, true);
    assertManage(actor, current.boardId);
    if (version !== current.version) throw versionConflict(current.version);
    const authors = (await repo.authorsOf(tx, [id])).get(id)!.map((s) => s.id);
    await repo.deleteInitiative(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'delete',
        entityType: COMMENDATION_ENTITIES.initiative,
        entityId: id,
        entityKey: current.title,
        before: { ...current, authorIds: authors },
      },
    ]);
  });
}
