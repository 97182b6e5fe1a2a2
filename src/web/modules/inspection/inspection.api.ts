import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FINDING_STATUSES,
  FindingSeverity,
  FindingState,
  INSPECTION_PLAN_STATUSES,
  INSPECTION_STATUSES,
  InspectionKind,
  InspectionTopic,
} from '../../../domain/inspection.ts';
import { answerOf, api, callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';

/*
 * The inspection API (under /api/v1/inspection): yearly plans and their items, inspections,
 * findings and their follow-up, the statistics — typed by hand as the server's
 * inspection.schemas.ts writes them.
 */

export type { FindingSeverity, FindingState, InspectionKind, InspectionTopic };
export type PlanStatus = (typeof INSPECTION_PLAN_STATUSES)[number];
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** A page of a list, as every list route answers. */
export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** An enterprise as inspection records name it (InspectionEnterprise). */
export interface EnterpriseRef {
  id: string;
  name: string;
  taxCode: string;
}

/** One line involved in an overlap (InspectionOverlapLine). */
export interface OverlapLine {
  kind: 'plan_item' | 'inspection';
  id: string;
  planId: string | null;
  planName: string | null;
  plannedMonth: number | null;
  startedOn: string | null;
}

/** An enterprise planned or inspected more than once on a topic in the year (InspectionOverlap). */
export interface Overlap {
  enterprise: EnterpriseRef;
  topic: InspectionTopic;
  lines: OverlapLine[];
  /** How many times, as the law counts them (asked of the server; counted from the lines until then). */
  times?: number;
  /** The warning in Vietnamese words. */
  message: string;
}

/** A plan in the year's list (InspectionPlan). */
export interface PlanSummary {
  id: string;
  /** The board's code. */
  board: string;
  year: number;
  name: string;
  status: PlanStatus;
  decisionNumber: string | null;
  decisionDate: string | null;
  approvedBy: string | null;
  note: string;
  itemCount: number;
  doneItemCount: number;
  version: number;
}

/** One line of a plan (InspectionPlanItem). */
export interface PlanItem {
  id: string;
  planId: string;
  enterprise: EnterpriseRef;
  topics: InspectionTopic[];
  plannedMonth: number | null;
  cooperatingAgencies: string[];
  leadUnit: string;
  note: string;
  /** Ids of the inspections done under this line. */
  done: string[];
  version: number;
}

/** A plan with its items and the year's overlap warnings (InspectionPlanDetail). */
export interface Plan extends PlanSummary {
  items: PlanItem[];
  overlaps: Overlap[];
}

/** A plan item written (InspectionPlanItemAnswer). */
export interface PlanItemAnswer {
  item: PlanItem;
  overlaps: Overlap[];
}

/** An inspection in a list (Inspection). */
export interface InspectionSummary {
  id: string;
  board: string;
  kind: InspectionKind;
  planItemId: string | null;
  plan: { id: string; name: string; year: number; itemId: string } | null;
  enterprise: EnterpriseRef;
  topics: InspectionTopic[];
  basis: string;
  startedOn: string;
  endedOn: string | null;
  teamLeader: string;
  teamMembers: string[];
  cooperatingAgencies: string[];
  enterpriseRepresentative: string;
  summary: string;
  status: InspectionStatus;
  recordNumber: string | null;
  recordedOn: string | null;
  conclusionNumber: string | null;
  concludedOn: string | null;
  conclusion: string;
  findingCount: number;
  openFindingCount: number;
  /** Fines of its findings, whole đồng. */
  finesDong: string;
  version: number;
}

/** A follow-up's evidence file (InspectionFollowUpFile); its bytes at GET …/follow-ups/{id}/file. */
export interface FollowUpFile {
  name: string;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  /** Bytes. */
  size: number;
}

/** A follow-up of a finding (InspectionFollowUp): kept as written. */
export interface FollowUp {
  id: string;
  findingId: string;
  reportedOn: string;
  note: string;
  evidence: string;
  /** The evidence file, set once after the follow-up is recorded; null: none. */
  file: FollowUpFile | null;
  createdBy: string | null;
  createdAt: string;
}

/** A finding (InspectionFinding), its state computed as of today. */
export interface FindingBase {
  id: string;
  inspectionId: string;
  topic: InspectionTopic;
  description: string;
  legalBasis: string;
  severity: FindingSeverity;
  /** Whole đồng as a string of digits (null: no fine). */
  fineDong: string | null;
  remedy: string;
  remedyDueOn: string | null;
  status: FindingStatus;
  closedOn: string | null;
  closingNote: string;
  state: FindingState;
  daysOverdue: number;
  version: number;
}

/** A finding with its follow-ups (InspectionFindingDetail). */
export interface Finding extends FindingBase {
  followUps: FollowUp[];
}

/** An inspection with its findings and the year's overlaps (InspectionDetail). */
export interface Inspection extends InspectionSummary {
  findings: Finding[];
  overlaps: Overlap[];
}

/** A finding in the follow-up list (InspectionFindingListItem). */
export interface FindingRow extends FindingBase {
  board: string;
  enterprise: EnterpriseRef;
  inspection: {
    id: string;
    kind: InspectionKind;
    startedOn: string;
    recordNumber: string | null;
    conclusionNumber: string | null;
  };
}

/** Figures of a topic, or over all topics (InspectionTopicFigures). */
export interface TopicFigures {
  inspections: number;
  findings: number;
  finesDong: string;
  findingsClosed: number;
  findingsOpen: number;
  findingsOverdue: number;
}

/** Thống kê kiểm tra of a year (InspectionStatistics). */
export interface InspectionStatistics {
  report: 'inspection';
  boards: string[];
  year: number;
  asOf: string;
  plan: {
    planItems: number;
    doneInPlan: number;
    notYetDone: number;
    doneOutOfPlan: number;
    inspections: number;
    concluded: number;
  };
  byTopic: (TopicFigures & { topic: InspectionTopic })[];
  total: TopicFigures;
  enterprisesInspected: number;
}

export const INSPECTION_KEY = ['inspection'] as const;

/** After any write: every inspection query asks again (a plan's done lines follow the inspections). */
export function useAfterWrite() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: INSPECTION_KEY });
}

const mutation = <A, R>(send: (args: A) => Promise<R>) =>
  function useWrite() {
    const after = useAfterWrite();
    return useMutation({ mutationFn: send, onSuccess: after });
  };

// ---- Plans ---------------------------------------------------------------------------------

export function usePlans(query: { board: string | undefined; year?: number | undefined }) {
  return useQuery({
    queryKey: [...INSPECTION_KEY, 'plans', query],
    queryFn: () => call<{ items: PlanSummary[] }>('GET', '/inspection/plans', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: [...INSPECTION_KEY, 'plan', id],
    queryFn: () => call<Plan>('GET', `/inspection/plans/${seg(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export interface NewPlan {
  board?: string | undefined;
  year: number;
  name: string;
  note?: string | undefined;
}

export const useCreatePlan = mutation((body: NewPlan) => call<Plan>('POST', '/inspection/plans', { body }));

export const useEditPlan = mutation(
  ({ id, body }: { id: string; body: { version: number; name?: string; note?: string; year?: number } }) =>
    call<Plan>('PATCH', `/inspection/plans/${seg(id)}`, { body }),
);

export const useDeletePlan = mutation(({ id, version }: { id: string; version: number }) =>
  call<undefined>('DELETE', `/inspection/plans/${seg(id)}`, { query: { version } }),
);

export interface Approval {
  version: number;
  decisionNumber: string;
  decisionDate: string;
  approvedBy: string;
}

export const useApprovePlan = mutation(({ id, body }: { id: string; body: Approval }) =>
  call<Plan>('POST', `/inspection/plans/${seg(id)}/approve`, { body }),
);

export interface PlanItemInput {
  enterpriseId: string;
  topics: InspectionTopic[];
  plannedMonth?: number | null | undefined;
  cooperatingAgencies?: string[] | undefined;
  leadUnit?: string | undefined;
  note?: string | undefined;
}

export const useAddPlanItem = mutation(({ planId, body }: { planId: string; body: PlanItemInput }) =>
  call<PlanItemAnswer>('POST', `/inspection/plans/${seg(planId)}/items`, { body }),
);

export const useEditPlanItem = mutation(
  ({ id, body }: { id: string; body: Partial<PlanItemInput> & { version: number } }) =>
    call<PlanItemAnswer>('PATCH', `/inspection/plan-items/${seg(id)}`, { body }),
);

export const useDeletePlanItem = mutation(({ id, version }: { id: string; version: number }) =>
  call<undefined>('DELETE', `/inspection/plan-items/${seg(id)}`, { query: { version } }),
);

// ---- Inspections ---------------------------------------------------------------------------

export interface InspectionsQuery {
  board: string | undefined;
  year?: number | undefined;
  status?: InspectionStatus | undefined;
  topic?: InspectionTopic | undefined;
  kind?: InspectionKind | undefined;
  enterpriseId?: string | undefined;
  page?: number;
  pageSize?: number;
}

export function useInspections(query: InspectionsQuery) {
  return useQuery({
    queryKey: [...INSPECTION_KEY, 'inspections', query],
    queryFn: () => call<Paged<InspectionSummary>>('GET', '/inspection/inspections', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useInspection(id: string | undefined) {
  return useQuery({
    queryKey: [...INSPECTION_KEY, 'inspection', id],
    queryFn: () => call<Inspection>('GET', `/inspection/inspections/${seg(id ?? '')}`),
    enabled: id !== undefined,
  });
}

export interface NewInspection {
  board?: string | undefined;
  planItemId?: string | undefined;
  enterpriseId?: string | undefined;
  topics: InspectionTopic[];
  basis: string;
  startedOn: string;
  endedOn?: string | null | undefined;
  teamLeader: string;
  teamMembers: string[];
  cooperatingAgencies: string[];
  enterpriseRepresentative?: string | undefined;
  summary?: string | undefined;
}

export const useCreateInspection = mutation((body: NewInspection) =>
  call<Inspection>('POST', '/inspection/inspections', { body }),
);

export interface InspectionPatch {
  version: number;
  topics?: InspectionTopic[];
  basis?: string;
  startedOn?: string;
  endedOn?: string | null;
  teamLeader?: string;
  teamMembers?: string[];
  cooperatingAgencies?: string[];
  enterpriseRepresentative?: string;
  summary?: string;
  recordNumber?: string | null;
  recordedOn?: string | null;
}

export const useEditInspection = mutation(({ id, body }: { id: string; body: InspectionPatch }) =>
  call<Inspection>('PATCH', `/inspection/inspections/${seg(id)}`, { body }),
);

export interface Conclusion {
  version: number;
  conclusionNumber: string;
  concludedOn: string;
  conclusion: string;
}

export const useConclude = mutation(({ id, body }: { id: string; body: Conclusion }) =>
  call<Inspection>('POST', `/inspection/inspections/${seg(id)}/conclude`, { body }),
);

/** The inspection's Word documents: biên bản kiểm tra, kết luận kiểm tra. */
export function downloadInspectionDocument(id: string, which: 'record' | 'conclusion') {
  return downloadFile(
    `/api/v1/inspection/inspections/${seg(id)}/documents/${which}`,
    which === 'record' ? 'bien-ban-kiem-tra.docx' : 'ket-luan-kiem-tra.docx',
  );
}

/** Every inspection the filters find, as the server's workbook. */
export function downloadInspections(query: Omit<InspectionsQuery, 'page' | 'pageSize'>) {
  return downloadFile(
    `/api/v1/inspection/inspections${queryString({ ...query, format: 'xlsx' })}`,
    'cuoc-kiem-tra.xlsx',
  );
}

// ---- Findings and follow-up ---------------------------------------------------------------

export interface FindingInput {
  topic: InspectionTopic;
  description: string;
  legalBasis: string;
  severity: FindingSeverity;
  fineDong?: string | null | undefined;
  remedy: string;
  remedyDueOn?: string | null | undefined;
}

export const useAddFinding = mutation(
  ({ inspectionId, body }: { inspectionId: string; body: FindingInput }) =>
    call<Finding>('POST', `/inspection/inspections/${seg(inspectionId)}/findings`, { body }),
);

export const useEditFinding = mutation(
  ({ id, body }: { id: string; body: Partial<FindingInput> & { version: number } }) =>
    call<Finding>('PATCH', `/inspection/findings/${seg(id)}`, { body }),
);

export interface FollowUpInput {
  reportedOn: string;
  note: string;
  evidence?: string | undefined;
}

export const useAddFollowUp = mutation(({ findingId, body }: { findingId: string; body: FollowUpInput }) =>
  call<FollowUp>('POST', `/inspection/findings/${seg(findingId)}/follow-ups`, { body }),
);

/** Largest evidence file the server takes (10 MB). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** What the file picker offers; the server reads the true type from the file's first bytes. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png';
const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/**
 * Stores a follow-up's evidence file: its bytes as the body of a PUT, its name in the query. Set
 * once (a follow-up is kept as written); the server reads its true type from its first bytes.
 */
export async function uploadFollowUpFile(followUpId: string, file: File): Promise<FollowUp> {
  const response = await fetch(
    `/api/v1/inspection/follow-ups/${seg(followUpId)}/file${queryString({ fileName: file.name })}`,
    {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        'content-type': EVIDENCE_TYPES.includes(file.type) ? file.type : 'application/octet-stream',
      },
      body: file,
    },
  );
  return answerOf<FollowUp>(response);
}

/** Attaches the evidence file to a follow-up recorded without one. */
export const useUploadFollowUpFile = mutation(({ followUpId, file }: { followUpId: string; file: File }) =>
  uploadFollowUpFile(followUpId, file),
);

export function downloadFollowUpFile(followUp: FollowUp) {
  return downloadFile(
    `/api/v1/inspection/follow-ups/${seg(followUp.id)}/file`,
    followUp.file?.name ?? `chung-cu-${followUp.reportedOn}`,
  );
}

export const useCloseFinding = mutation(
  ({ id, body }: { id: string; body: { version: number; closedOn: string; closingNote: string } }) =>
    call<Finding>('POST', `/inspection/findings/${seg(id)}/close`, { body }),
);

export const useReopenFinding = mutation(
  ({ id, body }: { id: string; body: { version: number; reason: string } }) =>
    call<Finding>('POST', `/inspection/findings/${seg(id)}/reopen`, { body }),
);

export interface FindingsQuery {
  board: string | undefined;
  /** Several states: the findings in any of them (the default view: every one not closed). */
  state?: FindingState[] | undefined;
  asOf?: string | undefined;
  page?: number;
  pageSize?: number;
}

export function useFindings(query: FindingsQuery) {
  return useQuery({
    queryKey: [...INSPECTION_KEY, 'findings', query],
    queryFn: () =>
      call<Paged<FindingRow> & { asOf: string }>('GET', '/inspection/findings', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

// ---- Statistics ----------------------------------------------------------------------------

export function useStatistics(query: { board: string | undefined; year: number }) {
  return useQuery({
    queryKey: [...INSPECTION_KEY, 'statistics', query],
    queryFn: () => call<InspectionStatistics>('GET', '/inspection/statistics', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function downloadStatistics(
  query: { board: string | undefined; year: number },
  format: 'docx' | 'xlsx',
) {
  return downloadFile(
    `/api/v1/inspection/statistics${queryString({ ...query, format })}`,
    `thong-ke-kiem-tra-${query.year}.${format}`,
  );
}

// ---- Enterprises (the board's, found by name or tax code) -----------------------------------

export function useEnterpriseSearch(boardId: string | undefined, q: string) {
  return useQuery({
    queryKey: ['enterprises', 'list', { boardId, q, pageSize: 20 }],
    queryFn: () => api.get('/enterprises', { query: { boardId, q: q || undefined, pageSize: 20 } }),
    enabled: boardId !== undefined,
    placeholderData: keepPreviousData,
  });
}
