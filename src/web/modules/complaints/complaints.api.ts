import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ComplaintChannel,
  ComplaintField,
  ComplaintKind,
  ComplaintResult,
  ComplaintState,
  ComplaintStatus,
} from '../../../domain/complaints.ts';
import { callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';
import { downloadFile } from '../../shared/download.ts';

/*
 * Complaints, typed as the server's complaints.schemas.ts writes them. The reporter is its own
 * call (useReporter), never part of a complaint.
 */

export const COMPLAINTS_KEY = ['complaints'] as const;

export interface DeadlinePeriod {
  workingDays: number;
  from: 'receipt' | 'acceptance';
  basis: string;
  lawUnit: 'working_days' | 'days';
  verified: boolean;
  note: string | null;
}

export interface Complaint {
  id: string;
  boardId: string;
  board: string;
  reference: string;
  kind: ComplaintKind;
  channel: ComplaintChannel;
  receivedOn: string;
  respondentEnterprise: { id: string; name: string; taxCode: string } | null;
  respondent: string;
  subject: string;
  content: string;
  field: ComplaintField;
  handler: { id: string; fullName: string; username: string } | null;
  department: string;
  status: ComplaintStatus;
  acceptDueOn: string;
  acceptedOn: string | null;
  settleDueOn: string | null;
  extendedWorkingDays: number;
  extensions: number;
  extensionReason: string;
  refusalReason: string;
  result: ComplaintResult | null;
  resultSummary: string;
  decisionNumber: string | null;
  settledOn: string | null;
  closedOn: string | null;
  publishedOn: string | null;
  publication: string;
  timing: { state: ComplaintState; dueOn: string | null; workingDaysLeft: number | null };
  rule: {
    version: string;
    law: string;
    accept: DeadlinePeriod;
    settle: DeadlinePeriod;
    extension: {
      maxCount: number;
      maxEach: number;
      maxTotal: number;
      basis: string;
      verified: boolean;
      note: string | null;
    };
  };
  version: number;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ComplaintsQuery {
  board: string | undefined;
  year?: number | undefined;
  kind?: ComplaintKind | undefined;
  status?: ComplaintStatus | undefined;
  field?: ComplaintField | undefined;
  state?: ComplaintState | undefined;
  handler?: string | undefined;
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

export interface Reporter {
  complaintId: string;
  fullName: string;
  address: string;
  phone: string;
  email: string;
  identityNumber: string;
  version: number;
}

export interface Handler {
  id: string;
  fullName: string;
  username: string;
  role: string;
  board: string;
}

export interface ComplaintFigures {
  received: number;
  accepted: number;
  refused: number;
  withdrawn: number;
  settled: number;
  settledOnTime: number;
  settledLate: number;
  onTimePct: number | null;
  pending: number;
  overdue: number;
  upheld: number;
  partlyUpheld: number;
  notUpheld: number;
}

export interface ComplaintStatistics {
  report: 'complaints';
  boards: string[];
  year: number;
  asOf: string;
  total: ComplaintFigures;
  byKind: (ComplaintFigures & { kind: ComplaintKind })[];
  byChannel: { channel: ComplaintChannel; received: number }[];
  byField: { field: ComplaintField; received: number }[];
}

export function useComplaints(query: ComplaintsQuery) {
  return useQuery({
    queryKey: [...COMPLAINTS_KEY, 'list', query],
    queryFn: () => call<Paged<Complaint>>('GET', '/complaints', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function downloadComplaints(query: ComplaintsQuery) {
  const { page: _page, pageSize: _size, ...filters } = query;
  return downloadFile(
    `/api/v1/complaints${queryString({ ...filters, format: 'xlsx' })}`,
    'so-don-khieu-nai.xlsx',
  );
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: [...COMPLAINTS_KEY, 'one', id],
    queryFn: () => call<Complaint>('GET', `/complaints/${seg(id)}`),
  });
}

export function useHandlers(board: string | undefined) {
  return useQuery({
    queryKey: [...COMPLAINTS_KEY, 'handlers', board],
    queryFn: () => call<Handler[]>('GET', '/complaints/handlers', { query: { board } }),
    enabled: board !== undefined,
  });
}

export function useStatistics(board: string | undefined, year: number) {
  return useQuery({
    queryKey: [...COMPLAINTS_KEY, 'statistics', board, year],
    queryFn: () => call<ComplaintStatistics>('GET', '/complaints/statistics', { query: { board, year } }),
    enabled: board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function downloadStatistics(board: string, year: number, format: 'docx' | 'xlsx') {
  return downloadFile(
    `/api/v1/complaints/statistics${queryString({ board, year, format })}`,
    `bao-cao-khieu-nai-to-cao_${board}_${year}.${format}`,
  );
}

function useAfterWrite() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: COMPLAINTS_KEY });
}

export interface ReceiveBody {
  board?: string | undefined;
  kind: ComplaintKind;
  channel: ComplaintChannel;
  receivedOn: string;
  subject: string;
  content: string;
  field: ComplaintField;
  respondent?: string | undefined;
  reporter: { fullName: string; address?: string; phone?: string; email?: string; identityNumber?: string };
}

export function useReceiveComplaint() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: ReceiveBody) => call<Complaint>('POST', '/complaints', { body }),
    onSuccess: after,
  });
}

export type ComplaintStep = 'assign' | 'accept' | 'refuse' | 'extend' | 'settle' | 'publish' | 'withdraw';

export function useComplaintStep() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: ({
      complaint,
      step,
      body,
    }: {
      complaint: Complaint;
      step: ComplaintStep;
      body: Record<string, unknown>;
    }) =>
      call<Complaint>('POST', `/complaints/${seg(complaint.id)}/${step}`, {
        body: { version: complaint.version, ...body },
      }),
    onSuccess: after,
  });
}

/** Reads who sent it: the server decides (403 COMPLAINT_REPORTER_FORBIDDEN), and audits each read. */
export function useReporter(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...COMPLAINTS_KEY, 'reporter', id],
    queryFn: () => call<Reporter>('GET', `/complaints/${seg(id)}/reporter`),
    enabled,
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });
}
