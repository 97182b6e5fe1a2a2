/**
 * Who qualifies for what: the register of a board read into the eligibility engine's records
 * (src/domain/eligibility.ts) — each subject's ratings, awards (with their decisions in words),
 * initiatives and, for a collective, its members of each year (the persons whose rating of that
 * year names it) — and the engine's answers with the records behind them.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import type {
  AwardCode,
  Discipline,
  InitiativeLevel,
  PerformanceRating,
} from '../../../domain/commendation.ts';
import {
  cstdcsCap,
  evaluateEligibility,
  outlook,
  ruleSetFor,
  type MemberRecord,
  type SubjectRecords,
} from '../../../domain/eligibility.ts';
import { boardOf, loadSubject, presentSubjectRef } from './commendation.service.ts';
import type { BoardEligibility, CstdcsCap, SubjectEligibility } from './eligibility.schemas.ts';
import * as repo from './register.repository.ts';
import { awardDecisionWords } from './register.service.ts';
import * as subjectsRepo from './subjects.repository.ts';

/** A board's register as the engine reads it: every subject's records, by subject id. */
export async function boardRecords(
  executor: Executor,
  boardId: string,
): Promise<Map<string, SubjectRecords>> {
  const subjects = await subjectsRepo.subjectsOfBoard(executor, boardId);
  const ratings = await subjectsRepo.ratingsOfBoard(executor, boardId);
  const register = await repo.awardsOfBoard(executor, boardId);
  const initiatives = await repo.initiativesOfBoard(executor, boardId);

  const records = new Map<string, SubjectRecords>(
    subjects.map((s) => [
      s.id,
      {
        subjectId: s.id,
        name: s.name,
        kind: s.kind as SubjectRecords['kind'],
        ratings: [],
        awards: [],
        initiatives: [],
        ...(s.kind === 'collective' ? { membersByYear: {} } : {}),
      },
    ]),
  );
  for (const r of ratings)
    records.get(r.subjectId)?.ratings.push({
      year: r.year,
      rating: r.rating as PerformanceRating,
      discipline: r.discipline as Discipline | null,
    });
  for (const { award, decision } of register)
    records.get(award.subjectId)?.awards.push({
      id: award.id,
      year: award.year,
      award: award.award as AwardCode,
      revoked: award.revokedOn !== null,
      decision: awardDecisionWords(award, decision),
    });
  for (const { initiative, authorIds } of initiatives)
    for (const authorId of authorIds)
      records.get(authorId)?.initiatives.push({
        id: initiative.id,
        year: initiative.year,
        level: initiative.level as InitiativeLevel,
        title: initiative.title,
      });
  // A collective's members of a year: the persons whose rating of that year names it.
  for (const r of ratings) {
    if (r.collectiveId === null) continue;
    const collective = records.get(r.collectiveId);
    const person = records.get(r.subjectId);
    if (!collective?.membersByYear || !person || person.kind !== 'person') continue;
    const member: MemberRecord = {
      subjectId: person.subjectId,
      name: person.name,
      rating: r.rating as PerformanceRating,
      discipline: r.discipline as Discipline | null,
      awards: person.awards.filter((a) => a.year === r.year && !a.revoked).map((a) => a.award),
    };
    (collective.membersByYear[r.year] ??= []).push(member);
  }
  for (const record of records.values()) {
    record.ratings.sort((a, b) => a.year - b.year);
    record.awards.sort((a, b) => a.year - b.year || a.award.localeCompare(b.award));
    record.initiatives.sort((a, b) => a.year - b.year);
  }
  return records;
}

/** The year's 15 % cap on a board: its Lao động tiên tiến, the most CSTĐCS allowed, those recognised. */
export async function yearCap(executor: Executor, boardId: string, year: number): Promise<CstdcsCap> {
  const ldttCount = await repo.countAwardsInForce(executor, boardId, year, 'LDTT');
  const cstdcsCount = await repo.countAwardsInForce(executor, boardId, year, 'CSTDCS');
  return { year, ldttCount, cap: cstdcsCap(ldttCount, year), cstdcsCount };
}

/**
 * A board's year: for each subject still at the board (or who left during or after the year) the
 * awards it qualifies for in `year`, and its outlook for `year + 1` (what it could get for the
 * achievements of `year + 1`, and what must happen that year); and the year's cap.
 */
export async function boardEligibility(
  db: Executor,
  actor: Actor,
  query: { board?: string | undefined; year: number },
): Promise<BoardEligibility> {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const subjects = await subjectsRepo.subjectsOfBoard(db, boardId);
  const records = await boardRecords(db, boardId);
  const answers = subjects
    .filter((s) => s.leftOn === null || s.leftOn >= `${query.year}-01-01`)
    .map((s) => {
      const record = records.get(s.id)!;
      return {
        subject: presentSubjectRef(s),
        eligible: evaluateEligibility(record, query.year).filter((a) => a.eligible),
        outlook: outlook(record, query.year + 1),
      };
    });
  return {
    boardId,
    year: query.year,
    ruleSet: ruleSetFor(query.year),
    cap: await yearCap(db, boardId, query.year),
    subjects: answers,
  };
}

/** One subject's every answer for `year`, met or not, and its outlook for `year + 1`. */
export async function subjectEligibility(
  db: Executor,
  actor: Actor,
  id: string,
  year: number,
): Promise<SubjectEligibility> {
  const subject = await loadSubject(db, actor, id);
  const record = (await boardRecords(db, subject.boardId)).get(id)!;
  return {
    subject: presentSubjectRef(subject),
    year,
    ruleSet: ruleSetFor(year),
    answers: evaluateEligibility(record, year),
    outlook: outlook(record, year + 1),
  };
}
