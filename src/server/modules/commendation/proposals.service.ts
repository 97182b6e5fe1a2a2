/**
 * Đề nghị khen thưởng: a proposal (annual, thematic, sudden) is drafted with its items (subject,
 * award, achievement), submitted, reviewed by the emulation and commendation council (each item
 * agreed or not, with its votes) or returned for editing, and decided (decisions.service.ts).
 */
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { AWARD_WORDS } from '../../../domain/commendation.ts';
import { CommendationErrors } from './commendation.errors.ts';
import {
  assertAwardFits,
  assertManage,
  boardOf,
  COMMENDATION_ENTITIES,
  inTransaction,
  presentSubjectRef,
  readableBoards,
  subjectsOf,
} from './commendation.service.ts';
import { commendationProposals, type PROPOSAL_STATES } from './commendation.tables.ts';
import type {
  CreateProposalBody,
  ListProposalsQuery,
  Proposal,
  ProposalItem,
  ProposalSummary,
  ReturnProposalBody,
  ReviewProposalBody,
  UpdateProposalBody,
} from './proposals.schemas.ts';
import * as repo from './register.repository.ts';

type ProposalState = (typeof PROPOSAL_STATES)[number];
type ProposalAction = 'edit' | 'submit' | 'review' | 'return' | 'decide';

/** The states each action may start from. */
export const PROPOSAL_ALLOWED_FROM: Record<ProposalAction, readonly ProposalState[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  review: ['submitted'],
  return: ['submitted', 'reviewed'],
  decide: ['reviewed'],
};

const STATE_WORDS: Record<ProposalState, string> = {
  draft: 'đang soạn',
  submitted: 'đã trình Hội đồng',
  reviewed: 'Hội đồng đã xét',
  decided: 'đã có quyết định',
  returned: 'bị trả lại để sửa',
};

const ACTION_WORDS: Record<ProposalAction, string> = {
  edit: 'sửa',
  submit: 'trình Hội đồng',
  review: 'ghi kết quả xét của Hội đồng',
  return: 'trả lại',
  decide: 'ra quyết định',
};

export function assertProposalState(proposal: repo.ProposalRow, action: ProposalAction): void {
  const state = proposal.state as ProposalState;
  if (PROPOSAL_ALLOWED_FROM[action].includes(state)) return;
  const allowed = PROPOSAL_ALLOWED_FROM[action].map((s) => `«${STATE_WORDS[s]}»`).join(', ');
  const detail = {
    path: 'state',
    message: `Đề nghị đang ở trạng thái «${STATE_WORDS[state]}»: không thể ${ACTION_WORDS[action]}; chỉ được khi đề nghị ${allowed}.`,
    reason: 'illegal_transition',
    state,
    action,
  };
  if (action === 'decide') throw CommendationErrors.COMMENDATION_PROPOSAL_NOT_REVIEWED([detail], { state });
  throw CommendationErrors.COMMENDATION_PROPOSAL_STATE([detail], { state });
}

function presentItem(row: { item: repo.ProposalItemRow; subject: repo.SubjectRow }): ProposalItem {
  return {
    id: row.item.id,
    subject: presentSubjectRef(row.subject),
    award: row.item.award as ProposalItem['award'],
    achievement: row.item.achievement,
    councilAgreed: row.item.councilAgreed,
    votesFor: row.item.votesFor,
    votesTotal: row.item.votesTotal,
  };
}

function presentSummary(row: repo.ProposalRow, items: readonly ProposalItem[]): ProposalSummary {
  return {
    id: row.id,
    boardId: row.boardId,
    year: row.year,
    kind: row.kind as ProposalSummary['kind'],
    title: row.title,
    movementId: row.movementId,
    state: row.state as ProposalState,
    reviewedOn: row.reviewedOn,
    councilNote: row.councilNote,
    itemCount: items.length,
    agreedCount: items.filter((i) => i.councilAgreed === true).length,
    updatedAt: toVietnamTimestamp(row.updatedAt),
    version: row.version,
  };
}

export async function presentProposal(executor: Executor, row: repo.ProposalRow): Promise<Proposal> {
  const items = (await repo.itemsOf(executor, [row.id])).map(presentItem);
  const decisions = await repo.decisionsOfProposals(executor, [row.id]);
  return {
    ...presentSummary(row, items),
    items,
    decisions: decisions.map((d) => ({ id: d.id, number: d.number, signedOn: d.signedOn })),
  };
}

export async function loadProposal(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findProposal(executor, readableBoards(actor), id, lock);
  if (!row) throw CommendationErrors.COMMENDATION_PROPOSAL_NOT_FOUND();
  return row;
}

/** Checks a proposal's items: subjects of the board, awards their kind may receive, each pair once. */
async function checkItems(
  executor: Executor,
  boardId: string,
  items: readonly { subjectId: string; award: ProposalItem['award'] }[],
): Promise<void> {
  const subjects = await subjectsOf(
    executor,
    boardId,
    items.map((item, i) => ({ id: item.subjectId, path: `body.items[${i}].subjectId` })),
  );
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const subject = subjects.get(item.subjectId)!;
    assertAwardFits(subject, item.award, `body.items[${i}].award`);
    const key = `${item.subjectId}:${item.award}`;
    if (seen.has(key))
      throw CommendationErrors.COMMENDATION_PROPOSAL_ITEM_DUPLICATE([
        {
          path: `body.items[${i}]`,
          message: `${subject.name} được đề nghị «${AWARD_WORDS[item.award]}» hai lần.`,
          reason: 'duplicate',
        },
      ]);
    seen.add(key);
  });
}

async function checkMovement(executor: Executor, boardId: string, movementId: string | null | undefined) {
  if (movementId === null || movementId === undefined) return;
  if (!(await repo.movementExists(executor, movementId, boardId)))
    throw CommendationErrors.COMMENDATION_MOVEMENT_NOT_FOUND([
      { path: 'body.movementId', message: 'Không có phong trào này.', reason: 'not_found' },
    ]);
}

/** A page of a board's proposals, newest year first. */
export async function listProposals(db: Executor, actor: Actor, query: ListProposalsQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const { rows, total } = await repo.listProposals(
    db,
    { boardId, year: query.year, state: query.state, kind: query.kind },
    { page: query.page, pageSize: query.pageSize },
  );
  const items = await repo.itemsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) =>
      presentSummary(row, items.filter((i) => i.item.proposalId === row.id).map(presentItem)),
    ),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function getProposal(db: Executor, actor: Actor, id: string): Promise<Proposal> {
  return presentProposal(db, await loadProposal(db, actor, id));
}

async function audit(
  executor: Executor,
  actor: Actor,
  action: 'create' | 'update',
  before: Proposal | null,
  after: Proposal,
) {
  await recordAudit(executor, actor, [
    {
      boardId: after.boardId,
      action,
      entityType: COMMENDATION_ENTITIES.proposal,
      entityId: after.id,
      entityKey: `${after.year} ${after.title}`,
      before,
      after,
    },
  ]);
}

export async function createProposal(
  db: Executor,
  actor: Actor,
  body: CreateProposalBody,
): Promise<Proposal> {
  const boardId = await boardOf(db, actor, body.board, 'commendation.manage', 'body.board');
  return inTransaction(db, async (tx) => {
    await checkItems(tx, boardId, body.items);
    await checkMovement(tx, boardId, body.movementId);
    const row = await repo.insertProposal(tx, {
      boardId,
      year: body.year,
      kind: body.kind,
      title: body.title,
      movementId: body.movementId ?? null,
      state: 'draft',
    });
    await repo.replaceItems(tx, row.id, body.items);
    const after = await presentProposal(tx, row);
    await audit(tx, actor, 'create', null, after);
    return after;
  });
}

/** Edits a draft or returned proposal; `items` replaces every item (their votes with them). */
export async function updateProposal(
  db: Executor,
  actor: Actor,
  id: string,
  body: UpdateProposalBody,
): Promise<Proposal> {
  return inTransaction(db, async (tx) => {
    const current = await loadProposal(tx, actor, id, true);
    assertManage(actor, current.boardId);
    assertProposalState(current, 'edit');
    const before = await presentProposal(tx, current);
    if (body.items !== undefined) await checkItems(tx, current.boardId, body.items);
    await checkMovement(tx, current.boardId, body.movementId);
    const values: Partial<typeof commendationProposals.$inferInsert> = {};
    if (body.title !== undefined) values.title = body.title;
    if (body.kind !== undefined) values.kind = body.kind;
    if (body.year !== undefined) values.year = body.year;
    if (body.movementId !== undefined) values.movementId = body.movementId;
    const row = await updateVersioned(tx, commendationProposals, id, body.version, current.version, values);
    if (body.items !== undefined) await repo.replaceItems(tx, id, body.items);
    const after = await presentProposal(tx, row);
    await audit(tx, actor, 'update', before, after);
    return after;
  });
}

async function transition(
  db: Executor,
  actor: Actor,
  id: string,
  version: number,
  action: ProposalAction,
  change: (
    tx: Executor,
    current: repo.ProposalRow,
    items: ProposalItem[],
  ) => Promise<Partial<typeof commendationProposals.$inferInsert>>,
): Promise<Proposal> {
  return inTransaction(db, async (tx) => {
    const current = await loadProposal(tx, actor, id, true);
    assertManage(actor, current.boardId);
    assertProposalState(current, action);
    const before = await presentProposal(tx, current);
    const values = await change(tx, current, before.items);
    const row = await updateVersioned(tx, commendationProposals, id, version, current.version, values);
    const after = await presentProposal(tx, row);
    await audit(tx, actor, 'update', before, after);
    return after;
  });
}

/** Submits a draft or returned proposal to the council: it needs at least one item. */
export function submitProposal(db: Executor, actor: Actor, id: string, version: number): Promise<Proposal> {
  return transition(db, actor, id, version, 'submit', async (_tx, _current, items) => {
    if (items.length === 0)
      throw CommendationErrors.COMMENDATION_PROPOSAL_EMPTY([
        { path: 'items', message: 'Thêm ít nhất một cá nhân, tập thể được đề nghị.', reason: 'empty' },
      ]);
    return { state: 'submitted' };
  });
}

/** Records the council's meeting: its date, note, and its vote on every item of the proposal. */
export function reviewProposal(
  db: Executor,
  actor: Actor,
  id: string,
  body: ReviewProposalBody,
): Promise<Proposal> {
  return transition(db, actor, id, body.version, 'review', async (tx, _current, items) => {
    const known = new Set(items.map((i) => i.id));
    const given = new Set<string>();
    const problems = body.items.flatMap((vote, i) => {
      const path = `body.items[${i}]`;
      if (!known.has(vote.itemId))
        return [
          { path: `${path}.itemId`, message: 'Không có đề nghị này trong tờ trình.', reason: 'not_found' },
        ];
      if (given.has(vote.itemId))
        return [{ path: `${path}.itemId`, message: 'Một đề nghị được ghi hai lần.', reason: 'duplicate' }];
      given.add(vote.itemId);
      if (vote.votesFor !== undefined && vote.votesTotal !== undefined && vote.votesFor > vote.votesTotal)
        return [
          {
            path: `${path}.votesFor`,
            message: `Số phiếu đồng ý (${vote.votesFor}) lớn hơn tổng số phiếu (${vote.votesTotal}).`,
            reason: 'too_many_votes',
          },
        ];
      return [];
    });
    for (const item of items)
      if (!given.has(item.id) && problems.length < 100)
        problems.push({
          path: 'body.items',
          message: `Thiếu kết quả xét đề nghị «${AWARD_WORDS[item.award]}» cho ${item.subject.name}.`,
          reason: 'missing',
        });
    if (problems.length > 0) throw CommendationErrors.COMMENDATION_REVIEW_INCOMPLETE(problems);
    for (const vote of body.items)
      await repo.setItemVote(tx, vote.itemId, {
        councilAgreed: vote.agreed,
        votesFor: vote.votesFor ?? null,
        votesTotal: vote.votesTotal ?? null,
      });
    return { state: 'reviewed', reviewedOn: body.reviewedOn, councilNote: body.note ?? null };
  });
}

/** Returns a submitted or reviewed proposal for editing, with the reason; the council's votes are cleared. */
export function returnProposal(
  db: Executor,
  actor: Actor,
  id: string,
  body: ReturnProposalBody,
): Promise<Proposal> {
  return transition(db, actor, id, body.version, 'return', async (tx, _current, items) => {
    for (const item of items)
      await repo.setItemVote(tx, item.id, { councilAgreed: null, votesFor: null, votesTotal: null });
    return { state: 'returned', reviewedOn: null, councilNote: body.note };
  });
}
