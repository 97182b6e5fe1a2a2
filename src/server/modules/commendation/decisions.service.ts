/**
 * Quyết định khen thưởng: a decision (number, date signed, issuer, level) puts awards on the
 * register — the items of a reviewed proposal the council agreed, or items given one by one — in
 * one transaction. Refused: an award the subject's kind cannot receive, a second award for one
 * achievement (same subject, year and award), Chiến sĩ thi đua cơ sở beyond 15 % of the year's
 * Lao động tiên tiến on the board, a proposal the council has not reviewed.
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { sql } from 'drizzle-orm';
import { AWARD_WORDS, type AwardCode } from '../../../domain/commendation.ts';
import { cstdcsCap } from '../../../domain/eligibility.ts';
import { CommendationErrors } from './commendation.errors.ts';
import {
  assertAwardFits,
  boardOf,
  COMMENDATION_ENTITIES,
  decisionWords,
  inTransaction,
  presentSubjectRef,
  readableBoards,
  subjectsOf,
} from './commendation.service.ts';
import { commendationProposals } from './commendation.tables.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import type {
  CommendationDecision,
  CreateDecisionBody,
  DecisionSummary,
  ListDecisionsQuery,
} from './proposals.schemas.ts';
import { assertProposalState, loadProposal, presentProposal } from './proposals.service.ts';
import * as repo from './register.repository.ts';

interface NewAward {
  subjectId: string;
  award: AwardCode;
  year: number;
  path: string;
}

function presentDecisionRow(row: repo.DecisionRow): Omit<CommendationDecision, 'awards'> {
  return {
    id: row.id,
    boardId: row.boardId,
    number: row.number,
    signedOn: row.signedOn,
    issuer: row.issuer,
    level: row.level as CommendationDecision['level'],
    summary: row.summary,
    proposalId: row.proposalId,
    words: decisionWords(row),
    version: row.version,
  };
}

async function presentDecision(executor: Executor, row: repo.DecisionRow): Promise<CommendationDecision> {
  const { rows } = await repo.listAwards(
    executor,
    { boardId: row.boardId, decisionId: row.id },
    { page: 1, pageSize: 10_000 },
  );
  return {
    ...presentDecisionRow(row),
    awards: rows.map((r) => ({
      id: r.award.id,
      subject: presentSubjectRef(r.subject),
      year: r.award.year,
      award: r.award.award as AwardCode,
      revokedOn: r.award.revokedOn,
    })),
  };
}

/** A page of a board's decisions, newest first. */
export async function listDecisions(db: Executor, actor: Actor, query: ListDecisionsQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const { rows, total } = await repo.listDecisions(
    db,
    { boardId, year: query.year },
    { page: query.page, pageSize: query.pageSize },
  );
  const items: DecisionSummary[] = rows.map((r) => ({
    ...presentDecisionRow(r.decision),
    awardCount: r.awardCount,
  }));
  return { items, page: query.page, pageSize: query.pageSize, total };
}

export async function getDecision(db: Executor, actor: Actor, id: string): Promise<CommendationDecision> {
  const row = await repo.findDecision(db, readableBoards(actor), id);
  if (!row) throw CommendationErrors.COMMENDATION_DECISION_NOT_FOUND();
  return presentDecision(db, row);
}

/** One change to a board's register at a time, so the 15 % cap counts every award already recorded. */
export async function lockRegister(executor: Executor, boardId: string): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`commendation:${boardId}`}))`);
}

/**
 * Checks awards about to be put on a board's register: subjects of the board, awards their kind
 * may receive, none already there (revoked or not) nor twice in the list, and the 15 % cap on
 * Chiến sĩ thi đua cơ sở of each year (counting the Lao động tiên tiến in the same list).
 */
export async function checkNewAwards(executor: Executor, boardId: string, items: readonly NewAward[]) {
  const subjects = await subjectsOf(
    executor,
    boardId,
    items.map((item) => ({ id: item.subjectId, path: `${item.path}.subjectId` })),
  );
  for (const item of items) assertAwardFits(subjects.get(item.subjectId)!, item.award, `${item.path}.award`);
  const existing = new Set(
    (await repo.existingAwards(executor, items)).map((a) => `${a.subjectId}:${a.year}:${a.award}`),
  );
  const seen = new Set<string>();
  const duplicates = items.flatMap((item) => {
    const key = `${item.subjectId}:${item.year}:${item.award}`;
    const name = subjects.get(item.subjectId)!.name;
    const problem = existing.has(key)
      ? `${name} đã có «${AWARD_WORDS[item.award]}» năm ${item.year} trong sổ.`
      : seen.has(key)
        ? `${name} được nêu hai lần cho «${AWARD_WORDS[item.award]}» năm ${item.year}.`
        : null;
    seen.add(key);
    return problem ? [{ path: item.path, message: problem, reason: 'duplicate' }] : [];
  });
  if (duplicates.length > 0) throw CommendationErrors.COMMENDATION_AWARD_DUPLICATE(duplicates);
  for (const year of new Set(items.filter((i) => i.award === 'CSTDCS').map((i) => i.year))) {
    const added = (award: AwardCode) => items.filter((i) => i.year === year && i.award === award).length;
    const ldtt = (await repo.countAwardsInForce(executor, boardId, year, 'LDTT')) + added('LDTT');
    const cstdcs = (await repo.countAwardsInForce(executor, boardId, year, 'CSTDCS')) + added('CSTDCS');
    const cap = cstdcsCap(ldtt, year);
    if (cstdcs > cap)
      throw CommendationErrors.COMMENDATION_CSTDCS_CAP(
        [
          {
            path: 'body.items',
            message: `Năm ${year}: ${cstdcs} Chiến sĩ thi đua cơ sở, tối đa ${cap} (15 % của ${ldtt} Lao động tiên tiến).`,
            reason: 'cap_exceeded',
            year,
            ldttCount: ldtt,
            cap,
            cstdcsCount: cstdcs,
          },
        ],
        { year, ldttCount: ldtt, cap, cstdcsCount: cstdcs },
      );
  }
}

/** Records a decision and the awards it gives, in one transaction; a proposal it decides becomes decided. */
export async function createDecision(
  db: Executor,
  actor: Actor,
  body: CreateDecisionBody,
): Promise<CommendationDecision> {
  const boardId = await boardOf(db, actor, body.board, 'commendation.manage', 'body.board');
  const fromProposal = body.proposalId !== undefined;
  if (fromProposal === (body.items !== undefined && body.items.length > 0))
    throw CommendationErrors.COMMENDATION_DECISION_ITEMS([
      {
        path: 'body',
        message: fromProposal
          ? 'Quyết định theo đề nghị thì không nêu thêm danh sách (items).'
          : 'Nêu đề nghị đã được xét (proposalId) hoặc danh sách khen thưởng (items).',
        reason: fromProposal ? 'both' : 'neither',
      },
    ]);
  return inTransaction(db, async (tx) => {
    await lockRegister(tx, boardId);
    if (await repo.findDecisionByNumber(tx, boardId, body.number, body.signedOn))
      throw CommendationErrors.COMMENDATION_DECISION_DUPLICATE([
        {
          path: 'body.number',
          message: `Đã có Quyết định số ${body.number} ký ngày ${body.signedOn}.`,
          reason: 'duplicate',
        },
      ]);
    let items: NewAward[];
    let proposal: Awaited<ReturnType<typeof loadProposal>> | null = null;
    if (body.proposalId !== undefined) {
      proposal = await loadProposal(tx, actor, body.proposalId, true);
      if (proposal.boardId !== boardId) throw CommendationErrors.COMMENDATION_PROPOSAL_NOT_FOUND();
      assertProposalState(proposal, 'decide');
      const agreed = (await repo.itemsOf(tx, [proposal.id])).filter((i) => i.item.councilAgreed === true);
      if (agreed.length === 0)
        throw CommendationErrors.COMMENDATION_PROPOSAL_NOTHING_AGREED([
          {
            path: 'body.proposalId',
            message: 'Không có đề nghị nào được Hội đồng đồng ý.',
            reason: 'none_agreed',
          },
        ]);
      items = agreed.map((i, n) => ({
        subjectId: i.item.subjectId,
        award: i.item.award as AwardCode,
        year: proposal!.year,
        path: `proposal.items[${n}]`,
      }));
    } else {
      items = body.items!.map((item, n) => ({ ...item, path: `body.items[${n}]` }));
    }
    await checkNewAwards(tx, boardId, items);
    const decision = await repo.insertDecision(tx, {
      boardId,
      number: body.number,
      signedOn: body.signedOn,
      issuer: body.issuer,
      level: body.level,
      summary: body.summary,
      proposalId: proposal?.id ?? null,
    });
    const created = await repo.insertAwards(
      tx,
      items.map((item) => ({
        boardId,
        subjectId: item.subjectId,
        year: item.year,
        award: item.award,
        decisionId: decision.id,
      })),
    );
    const audit: AuditEntry[] = [
      {
        boardId,
        action: 'create',
        entityType: COMMENDATION_ENTITIES.decision,
        entityId: decision.id,
        entityKey: decision.number,
        after: decision,
      },
      ...created.map((award) => ({
        boardId,
        action: 'create' as const,
        entityType: COMMENDATION_ENTITIES.award,
        entityId: award.id,
        entityKey: `${award.year} ${award.award}`,
        after: award,
      })),
    ];
    if (proposal) {
      const before = await presentProposal(tx, proposal);
      const row = await updateVersioned(
        tx,
        commendationProposals,
        proposal.id,
        proposal.version,
        proposal.version,
        {
          state: 'decided',
        },
      );
      audit.push({
        boardId,
        action: 'update',
        entityType: COMMENDATION_ENTITIES.proposal,
        entityId: proposal.id,
        entityKey: `${proposal.year} ${proposal.title}`,
        before,
        after: await presentProposal(tx, row),
      });
    }
    await recordAudit(tx, actor, audit);
    return presentDecision(tx, decision);
  });
}
