import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AwardCode } from '../../../domain/commendation.ts';
import { downloadFile } from '../../shared/download.ts';
import { callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';
import {
  COMMENDATION_KEY,
  useAfterWrite,
  type DecisionRef,
  type Paged,
  type SubjectKind,
  type SubjectRef,
} from './subjects.api.ts';

/*
 * The register (sổ khen thưởng) and who qualifies for what, typed as the server's
 * register.schemas.ts and eligibility.schemas.ts write them.
 */

/** An entry of the register (CommendationAward). */
export interface AwardEntry {
  id: string;
  boardId: string;
  subject: SubjectRef;
  year: number;
  award: AwardCode;
  awardName: string;
  decision: DecisionRef | null;
  decisionWords: string;
  revokedOn: string | null;
  revokedReason: string | null;
  version: number;
}

export interface AwardsQuery {
  board: string | undefined;
  year?: number | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
  subjectId?: string | undefined;
  award?: AwardCode | undefined;
  kind?: SubjectKind | undefined;
  includeRevoked?: boolean | undefined;
  page?: number;
  pageSize?: number;
}

export function useAwards(query: AwardsQuery) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'awards', query],
    queryFn: () => call<Paged<AwardEntry>>('GET', '/commendation/awards', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The register as a workbook, with the list's filters. */
export function downloadAwards(query: AwardsQuery) {
  const { page: _page, pageSize: _size, ...filters } = query;
  return downloadFile(
    `/api/v1/commendation/awards${queryString({ ...filters, format: 'xlsx' })}`,
    'so-khen-thuong.xlsx',
  );
}

export function useRevokeAward() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: ({ award, revokedOn, reason }: { award: AwardEntry; revokedOn: string; reason: string }) =>
      call<AwardEntry>('POST', `/commendation/awards/${seg(award.id)}/revoke`, {
        body: { version: award.version, revokedOn, reason },
      }),
    onSuccess: after,
  });
}

export function useRecordAward() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: {
      board?: string | undefined;
      subjectId: string;
      year: number;
      award: AwardCode;
      decisionText: string;
    }) => call<AwardEntry>('POST', '/commendation/awards', { body }),
    onSuccess: after,
  });
}

// ---- Eligibility --------------------------------------------------------------------------

/** A record an answer rests on (EligibilityEvidence). */
export interface Evidence {
  kind: 'rating' | 'award' | 'initiative' | 'member';
  id: string;
  year: number;
  text: string;
}

/** Whether a subject qualifies for an award in a year, condition by condition (EligibilityAnswer). */
export interface EligibilityAnswer {
  award: AwardCode;
  year: number;
  eligible: boolean;
  conditions: { text: string; met: boolean }[];
  evidence: Evidence[];
  ruleSet: string;
  ruleSetId?: string;
  /** The legal basis of the rule (article, law or decree). */
  basis?: string;
  /** Set when the rule is not checked against the text in force: why. */
  unverified?: string;
}

/** What must happen for the subject to qualify in `year` (EligibilityOutlook). */
export interface EligibilityOutlook {
  award: AwardCode;
  /** The year the award could be proposed (the year after the achievements). */
  year: number;
  /** The year of the achievements it would be for. */
  achievementYear?: number;
  needs: string[];
  evidence: Evidence[];
  ruleSet: string;
  ruleSetId?: string;
  unverified?: string;
}

export interface RuleSet {
  id: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The 15 % cap on Chiến sĩ thi đua cơ sở (CommendationCstdcsCap). */
export interface CstdcsCap {
  year: number;
  ldttCount: number;
  cap: number;
  cstdcsCount: number;
}

/** A board's year: who qualifies for what, and who could next year (CommendationBoardEligibility). */
export interface BoardEligibility {
  boardId: string;
  year: number;
  ruleSet: RuleSet;
  cap: CstdcsCap;
  subjects: { subject: SubjectRef; eligible: EligibilityAnswer[]; outlook: EligibilityOutlook[] }[];
}

/** One subject's every answer for a year (CommendationSubjectEligibility). */
export interface SubjectEligibility {
  subject: SubjectRef;
  year: number;
  ruleSet: RuleSet;
  answers: EligibilityAnswer[];
  outlook: EligibilityOutlook[];
}

export function useBoardEligibility(board: string | undefined, year: number) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'eligibility', board, year],
    queryFn: () => call<BoardEligibility>('GET', '/commendation/eligibility', { query: { board, year } }),
    enabled: board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSubjectEligibility(id: string, year: number) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'subject-eligibility', id, year],
    queryFn: () =>
      call<SubjectEligibility>('GET', `/commendation/subjects/${seg(id)}/eligibility`, { query: { year } }),
    placeholderData: keepPreviousData,
  });
}
