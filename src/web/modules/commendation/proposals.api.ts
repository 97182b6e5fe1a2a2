import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AwardCode } from '../../../domain/commendation.ts';
import { callApi as call, pathSegment as seg } from '../../shared/api.ts';
import {
  COMMENDATION_KEY,
  useAfterWrite,
  type DecisionLevel,
  type Paged,
  type SubjectRef,
} from './subjects.api.ts';

/*
 * Proposals (đề nghị khen thưởng) with the council's review, and decisions (quyết định khen
 * thưởng), typed as the server's proposals.schemas.ts writes them.
 */

export const PROPOSAL_KINDS = ['annual', 'thematic', 'sudden'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATES = ['draft', 'submitted', 'reviewed', 'decided', 'returned'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** An item of a proposal (CommendationProposalItem). */
export interface ProposalItem {
  id: string;
  subject: SubjectRef;
  award: AwardCode;
  achievement: string;
  councilAgreed: boolean | null;
  votesFor: number | null;
  votesTotal: number | null;
}

/** A proposal in a list (CommendationProposalSummary). */
export interface ProposalSummary {
  id: string;
  boardId: string;
  year: number;
  kind: ProposalKind;
  title: string;
  movementId: string | null;
  state: ProposalState;
  reviewedOn: string | null;
  councilNote: string | null;
  itemCount: number;
  agreedCount: number;
  updatedAt: string;
  version: number;
}

/** A proposal with its items and decisions (CommendationProposal). */
export interface Proposal extends ProposalSummary {
  items: ProposalItem[];
  decisions: { id: string; number: string; signedOn: string }[];
}

/** A decision (CommendationDecision) with the awards it put on the register. */
export interface Decision {
  id: string;
  boardId: string;
  number: string;
  signedOn: string;
  issuer: string;
  level: DecisionLevel;
  summary: string;
  proposalId: string | null;
  words: string;
  awards: { id: string; subject: SubjectRef; year: number; award: AwardCode; revokedOn: string | null }[];
  version: number;
}

/** A decision in a list (CommendationDecisionSummary). */
export type DecisionSummary = Omit<Decision, 'awards'> & { awardCount: number };

export interface ProposalsQuery {
  board: string | undefined;
  year?: number | undefined;
  state?: ProposalState | undefined;
  kind?: ProposalKind | undefined;
  page?: number;
  pageSize?: number;
}

export function useProposals(query: ProposalsQuery) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'proposals', query],
    queryFn: () => call<Paged<ProposalSummary>>('GET', '/commendation/proposals', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useProposal(id: string | undefined) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'proposal', id],
    queryFn: () => call<Proposal>('GET', `/commendation/proposals/${seg(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export interface ProposalItemInput {
  subjectId: string;
  award: AwardCode;
  achievement: string;
}

export interface NewProposal {
  board?: string | undefined;
  year: number;
  kind: ProposalKind;
  title: string;
  items: ProposalItemInput[];
}

export function useCreateProposal() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: NewProposal) => call<Proposal>('POST', '/commendation/proposals', { body }),
    onSuccess: after,
  });
}

/** The actions on a proposal, each with the version the user saw. */
export type ProposalAction =
  | {
      kind: 'edit';
      body: {
        version: number;
        title?: string;
        kind?: ProposalKind;
        year?: number;
        items?: ProposalItemInput[];
      };
    }
  | { kind: 'submit'; body: { version: number } }
  | {
      kind: 'review';
      body: {
        version: number;
        reviewedOn: string;
        note?: string | undefined;
        items: {
          itemId: string;
          agreed: boolean;
          votesFor?: number | undefined;
          votesTotal?: number | undefined;
        }[];
      };
    }
  | { kind: 'return'; body: { version: number; note: string } };

export function useProposalAction(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (action: ProposalAction) =>
      action.kind === 'edit'
        ? call<Proposal>('PATCH', `/commendation/proposals/${seg(id)}`, { body: action.body })
        : call<Proposal>('POST', `/commendation/proposals/${seg(id)}/${action.kind}`, { body: action.body }),
    onSuccess: after,
  });
}

// ---- Decisions ----------------------------------------------------------------------------

export function useDecisions(query: {
  board: string | undefined;
  year?: number | undefined;
  page?: number;
  pageSize?: number;
}) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'decisions', query],
    queryFn: () => call<Paged<DecisionSummary>>('GET', '/commendation/decisions', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: string | undefined) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'decision', id],
    queryFn: () => call<Decision>('GET', `/commendation/decisions/${seg(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export interface NewDecision {
  board?: string | undefined;
  number: string;
  signedOn: string;
  issuer: string;
  level: DecisionLevel;
  summary: string;
  proposalId?: string | undefined;
  items?: { subjectId: string; award: AwardCode; year: number }[] | undefined;
}

export function useCreateDecision() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: NewDecision) => call<Decision>('POST', '/commendation/decisions', { body }),
    onSuccess: after,
  });
}
