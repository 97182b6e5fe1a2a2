/**
 * Đề nghị khen thưởng (annual, thematic, sudden) with their items, the council's review, and the
 * decisions (quyết định khen thưởng) that put awards on the register.
 */
import { z } from 'zod';
import { CalendarDate, PageQuery, paged, Timestamp, Uuid, Version } from '../../kernel/schemas.ts';
import { PROPOSAL_KINDS, PROPOSAL_STATES } from './commendation.tables.ts';
import {
  AwardCodeParam,
  BoardChoice,
  DecisionLevel,
  line,
  SubjectRef,
  Year,
} from './commendation.schemas.ts';

export const ProposalKind = z.enum(PROPOSAL_KINDS);
export const ProposalState = z.enum(PROPOSAL_STATES);

export const ProposalItem = z
  .object({
    id: Uuid,
    subject: SubjectRef,
    award: AwardCodeParam,
    /** Thành tích: what the subject achieved. */
    achievement: z.string(),
    /** The council's vote: agreed or not; null until reviewed. */
    councilAgreed: z.boolean().nullable(),
    votesFor: z.number().int().nullable(),
    votesTotal: z.number().int().nullable(),
  })
  .meta({ id: 'CommendationProposalItem' });
export type ProposalItem = z.infer<typeof ProposalItem>;

export const ProposalSummary = z
  .object({
    id: Uuid,
    boardId: Uuid,
    year: z.number().int(),
    kind: ProposalKind,
    title: z.string(),
    movementId: Uuid.nullable(),
    /** draft → submitted → reviewed (by the council) → decided; returned goes back to editing. */
    state: ProposalState,
    reviewedOn: CalendarDate.nullable(),
    councilNote: z.string().nullable(),
    itemCount: z.number().int(),
    agreedCount: z.number().int(),
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'CommendationProposalSummary' });
export type ProposalSummary = z.infer<typeof ProposalSummary>;

export const Proposal = ProposalSummary.extend({
  items: z.array(ProposalItem),
  /** The decisions taken on it. */
  decisions: z.array(z.object({ id: Uuid, number: z.string(), signedOn: CalendarDate })),
}).meta({ id: 'CommendationProposal' });
export type Proposal = z.infer<typeof Proposal>;

export const ProposalList = paged(ProposalSummary).meta({ id: 'CommendationProposalList' });

export const ListProposalsQuery = z.strictObject({
  ...BoardChoice,
  year: Year.optional(),
  state: ProposalState.optional(),
  kind: ProposalKind.optional(),
  ...PageQuery,
});
export type ListProposalsQuery = z.infer<typeof ListProposalsQuery>;

const ProposalItemInput = z.strictObject({
  subjectId: Uuid,
  award: AwardCodeParam,
  achievement: z.string().trim().max(4000).default(''),
});
const ProposalItems = z.array(ProposalItemInput).max(1000);

export const CreateProposalBody = z.strictObject({
  ...BoardChoice,
  year: Year,
  kind: ProposalKind,
  title: line(500),
  movementId: Uuid.optional(),
  items: ProposalItems.default([]),
});
export type CreateProposalBody = z.infer<typeof CreateProposalBody>;

/** Edits a draft or returned proposal; `items` replaces every item. */
export const UpdateProposalBody = z.strictObject({
  version: Version,
  title: line(500).optional(),
  kind: ProposalKind.optional(),
  year: Year.optional(),
  movementId: Uuid.nullable().optional(),
  items: ProposalItems.optional(),
});
export type UpdateProposalBody = z.infer<typeof UpdateProposalBody>;

export const ProposalVersionBody = z.strictObject({ version: Version });

/** The council's meeting: its date, what it concluded, and its vote on every item. */
export const ReviewProposalBody = z.strictObject({
  version: Version,
  reviewedOn: CalendarDate,
  note: z.string().trim().max(4000).optional(),
  items: z
    .array(
      z.strictObject({
        itemId: Uuid,
        agreed: z.boolean(),
        votesFor: z.number().int().min(0).max(1000).optional(),
        votesTotal: z.number().int().min(1).max(1000).optional(),
      }),
    )
    .min(1)
    .max(1000),
});
export type ReviewProposalBody = z.infer<typeof ReviewProposalBody>;

/** Sends a submitted or reviewed proposal back for editing, with the reason. */
export const ReturnProposalBody = z.strictObject({ version: Version, note: line(4000) });
export type ReturnProposalBody = z.infer<typeof ReturnProposalBody>;

// ---- decisions ------------------------------------------------------------------------------------

export const DecisionAward = z.object({
  id: Uuid,
  subject: SubjectRef,
  year: z.number().int(),
  award: AwardCodeParam,
  revokedOn: CalendarDate.nullable(),
});

export const CommendationDecision = z
  .object({
    id: Uuid,
    boardId: Uuid,
    number: z.string(),
    signedOn: CalendarDate,
    issuer: z.string(),
    level: DecisionLevel,
    summary: z.string(),
    proposalId: Uuid.nullable(),
    /** The decision in words: "Quyết định số 12/QĐ-BQL ngày 15/01/2026 của Trưởng ban". */
    words: z.string(),
    awards: z.array(DecisionAward),
    version: z.number().int(),
  })
  .meta({ id: 'CommendationDecision' });
export type CommendationDecision = z.infer<typeof CommendationDecision>;

export const DecisionSummary = CommendationDecision.omit({ awards: true })
  .extend({ awardCount: z.number().int() })
  .meta({ id: 'CommendationDecisionSummary' });
export type DecisionSummary = z.infer<typeof DecisionSummary>;

export const DecisionList = paged(DecisionSummary).meta({ id: 'CommendationDecisionList' });

export const ListDecisionsQuery = z.strictObject({
  ...BoardChoice,
  /** Decisions signed in this year. */
  year: Year.optional(),
  ...PageQuery,
});
export type ListDecisionsQuery = z.infer<typeof ListDecisionsQuery>;

/**
 * A decision: from a reviewed proposal (`proposalId`: the awards of the items the council agreed,
 * for the proposal's year) or with its `items` given one by one.
 */
export const CreateDecisionBody = z.strictObject({
  ...BoardChoice,
  number: line(100),
  signedOn: CalendarDate,
  issuer: line(300),
  level: DecisionLevel,
  summary: z.string().trim().max(4000).default(''),
  proposalId: Uuid.optional(),
  items: z
    .array(z.strictObject({ subjectId: Uuid, award: AwardCodeParam, year: Year }))
    .max(2000)
    .optional(),
});
export type CreateDecisionBody = z.infer<typeof CreateDecisionBody>;
