/**
 * The register (sổ theo dõi khen thưởng): the titles and awards of a board's persons and
 * collectives across years, with their decisions; revocation (kept, marked); awards given by
 * another authority's decision recorded in words; a subject's whole history.
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { AWARD_WORDS, type AwardCode } from '../../../domain/commendation.ts';
import { CommendationErrors } from './commendation.errors.ts';
import type { DecisionRef } from './commendation.schemas.ts';
import {
  assertManage,
  boardOf,
  COMMENDATION_ENTITIES,
  decisionWords,
  inTransaction,
  loadSubject,
  presentSubjectRef,
  readableBoards,
} from './commendation.service.ts';
import { awards } from './commendation.tables.ts';
import { checkNewAwards, lockRegister } from './decisions.service.ts';
import * as repo from './register.repository.ts';
import type { AwardEntry, ListAwardsQuery, RecordAwardBody, RevokeAwardBody } from './register.schemas.ts';
import type { SubjectHistory } from './subjects.schemas.ts';
import * as subjectsRepo from './subjects.repository.ts';
import { presentRatings, presentSubjects } from './subjects.service.ts';

export function presentDecisionRef(decision: repo.DecisionRow | null): DecisionRef | null {
  return decision
    ? {
        id: decision.id,
        number: decision.number,
        signedOn: decision.signedOn,
        issuer: decision.issuer,
        level: decision.level as DecisionRef['level'],
      }
    : null;
}

/** The decision behind an award in words: the decision kept here, or another authority's text. */
export function awardDecisionWords(award: repo.AwardRow, decision: repo.DecisionRow | null): string {
  return decision ? decisionWords(decision) : (award.decisionText ?? '');
}

function presentAward(row: repo.AwardWithContext): AwardEntry {
  return {
    id: row.award.id,
    boardId: row.award.boardId,
    subject: presentSubjectRef(row.subject),
    year: row.award.year,
    award: row.award.award as AwardCode,
    awardName: AWARD_WORDS[row.award.award as AwardCode],
    decision: presentDecisionRef(row.decision),
    decisionWords: awardDecisionWords(row.award, row.decision),
    revokedOn: row.award.revokedOn,
    revokedReason: row.award.revokedReason,
    version: row.award.version,
  };
}

export function awardFilter(boardId: string, query: ListAwardsQuery): repo.AwardFilter {
  return {
    boardId,
    year: query.year,
    fromYear: query.fromYear,
    toYear: query.toYear,
    subjectId: query.subjectId,
    award: query.award,
    kind: query.kind,
    includeRevoked: query.includeRevoked,
  };
}

/** A page of the register, newest year first. */
export async function listAwards(db: Executor, actor: Actor, query: ListAwardsQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const { rows, total } = await repo.listAwards(db, awardFilter(boardId, query), {
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: rows.map(presentAward), page: query.page, pageSize: query.pageSize, total };
}

async function loadAward(executor: Executor, actor: Actor, id: string): Promise<repo.AwardRow> {
  const row = await repo.findAward(executor, readableBoards(actor), id, true);
  if (!row) throw CommendationErrors.COMMENDATION_AWARD_NOT_FOUND();
  return row;
}

async function presentOne(executor: Executor, id: string): Promise<AwardEntry> {
  return presentAward((await repo.awardsWithContext(executor, [id]))[0]!);
}

/** Revokes an award (e.g. a false declaration): it stays on the register, marked, and no longer counts. */
export async function revokeAward(
  db: Executor,
  actor: Actor,
  id: string,
  body: RevokeAwardBody,
): Promise<AwardEntry> {
  return inTransaction(db, async (tx) => {
    const current = await loadAward(tx, actor, id);
    assertManage(actor, current.boardId);
    if (current.revokedOn !== null)
      throw CommendationErrors.COMMENDATION_AWARD_REVOKED([
        { path: 'params.id', message: `Đã thu hồi ngày ${current.revokedOn}.`, reason: 'revoked' },
      ]);
    const row = await updateVersioned(tx, awards, id, body.version, current.version, {
      revokedOn: body.revokedOn,
      revokedReason: body.reason,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: COMMENDATION_ENTITIES.award,
        entityId: id,
        entityKey: `${row.year} ${row.award}`,
        before: current,
        after: row,
        reason: body.reason,
      },
    ]);
    return presentOne(tx, id);
  });
}

/** Records an award given by another authority's decision not kept here, with that decision in words. */
export async function recordAward(db: Executor, actor: Actor, body: RecordAwardBody): Promise<AwardEntry> {
  const boardId = await boardOf(db, actor, body.board, 'commendation.manage', 'body.board');
  return inTransaction(db, async (tx) => {
    await lockRegister(tx, boardId);
    await checkNewAwards(tx, boardId, [
      { subjectId: body.subjectId, award: body.award, year: body.year, path: 'body' },
    ]);
    const [row] = await repo.insertAwards(tx, [
      {
        boardId,
        subjectId: body.subjectId,
        year: body.year,
        award: body.award,
        decisionText: body.decisionText,
      },
    ]);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: COMMENDATION_ENTITIES.award,
        entityId: row!.id,
        entityKey: `${row!.year} ${row!.award}`,
        after: row,
      },
    ]);
    return presentOne(tx, row!.id);
  });
}

/** A subject's record across the years: ratings, titles and awards, initiatives (newest first). */
export async function subjectHistory(db: Executor, actor: Actor, id: string): Promise<SubjectHistory> {
  const subject = await loadSubject(db, actor, id);
  const [ratings, register, initiatives] = await Promise.all([
    subjectsRepo.ratingsOf(db, [id]),
    repo.listAwards(db, { boardId: subject.boardId, subjectId: id }, { page: 1, pageSize: 10_000 }),
    repo.initiativesOfSubject(db, id),
  ]);
  return {
    subject: (await presentSubjects(db, [subject]))[0]!,
    ratings: await presentRatings(db, ratings),
    awards: register.rows.map((row) => ({
      id: row.award.id,
      year: row.award.year,
      award: row.award.award as AwardCode,
      decision: presentDecisionRef(row.decision),
      decisionWords: awardDecisionWords(row.award, row.decision),
      revokedOn: row.award.revokedOn,
      revokedReason: row.award.revokedReason,
    })),
    initiatives: initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      year: i.year,
      level: i.level as SubjectHistory['initiatives'][number]['level'],
      recognisedBy: i.recognisedBy,
    })),
  };
}
