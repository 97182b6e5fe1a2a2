import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AwardCode,
  Discipline,
  InitiativeLevel,
  PerformanceRating,
} from '../../../domain/commendation.ts';
import { callApi as call, pathSegment as seg } from '../../shared/api.ts';

/*
 * The commendation API's subjects, ratings, registrations and initiatives (under
 * /api/v1/commendation), typed as the server's schemas (subjects.schemas.ts,
 * registrations.schemas.ts, initiatives.schemas.ts) write them.
 */

/** A page of a list, as every list route answers. */
export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type SubjectKind = 'person' | 'collective';

/** A subject as other records show it (CommendationSubjectRef). */
export interface SubjectRef {
  id: string;
  kind: SubjectKind;
  name: string;
  position: string;
}

/** A decision as a register entry shows it (CommendationDecisionRef). */
export interface DecisionRef {
  id: string;
  number: string;
  signedOn: string;
  issuer: string;
  level: DecisionLevel;
}

export const DECISION_LEVELS = ['unit', 'province', 'ministry', 'government', 'state'] as const;
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

/** A person or a collective of a board (CommendationSubject). */
export interface Subject {
  id: string;
  boardId: string;
  kind: SubjectKind;
  name: string;
  position: string;
  collective: { id: string; name: string } | null;
  birthYear: number | null;
  leftOn: string | null;
  version: number;
}

/** Đánh giá, xếp loại of a year (CommendationRating). */
export interface SubjectRating {
  subjectId: string;
  year: number;
  rating: PerformanceRating;
  discipline: Discipline | null;
  collective: { id: string; name: string } | null;
}

/** A subject's record across the years (CommendationSubjectHistory). */
export interface SubjectHistory {
  subject: Subject;
  ratings: SubjectRating[];
  awards: {
    id: string;
    year: number;
    award: AwardCode;
    decision: DecisionRef | null;
    decisionWords: string;
    revokedOn: string | null;
    revokedReason: string | null;
  }[];
  initiatives: { id: string; title: string; year: number; level: InitiativeLevel; recognisedBy: string }[];
}

/** Đăng ký thi đua (CommendationRegistration). */
export interface Registration {
  id: string;
  boardId: string;
  year: number;
  subject: SubjectRef;
  award: AwardCode;
  movementId: string | null;
  registeredOn: string;
  decided: boolean;
  version: number;
}

/** Sáng kiến (CommendationInitiative). */
export interface Initiative {
  id: string;
  boardId: string;
  title: string;
  year: number;
  level: InitiativeLevel;
  recognisedBy: string;
  recognisedOn: string | null;
  authors: SubjectRef[];
  version: number;
}

export const COMMENDATION_KEY = ['commendation'] as const;

/** After any write: every commendation query asks again (the register feeds every page). */
export function useAfterWrite() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: COMMENDATION_KEY });
}

// ---- Subjects -----------------------------------------------------------------------------

export interface SubjectsQuery {
  board: string | undefined;
  kind?: SubjectKind | undefined;
  search?: string | undefined;
  collectiveId?: string | undefined;
  includeLeft?: boolean | undefined;
  page?: number;
  pageSize?: number;
}

export function useSubjects(query: SubjectsQuery, enabled = true) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'subjects', query],
    queryFn: () => call<Paged<Subject>>('GET', '/commendation/subjects', { query: { ...query } }),
    enabled: enabled && query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSubjectHistory(id: string) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'subject', id],
    queryFn: () => call<SubjectHistory>('GET', `/commendation/subjects/${seg(id)}/history`),
  });
}

export interface SubjectBody {
  board?: string | undefined;
  kind: SubjectKind;
  name: string;
  position?: string | undefined;
  collectiveId?: string | undefined;
  birthYear?: number | undefined;
}

export function useCreateSubject() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: SubjectBody) => call<Subject>('POST', '/commendation/subjects', { body }),
    onSuccess: after,
  });
}

export interface SubjectChanges {
  version: number;
  name?: string;
  position?: string;
  collectiveId?: string | null;
  birthYear?: number | null;
}

export function useUpdateSubject(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: SubjectChanges) =>
      call<Subject>('PATCH', `/commendation/subjects/${seg(id)}`, { body }),
    onSuccess: after,
  });
}

export function useLeaveSubject(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: { version: number; leftOn: string | null }) =>
      call<Subject>('POST', `/commendation/subjects/${seg(id)}/leave`, { body }),
    onSuccess: after,
  });
}

export interface RatingBody {
  rating: PerformanceRating;
  discipline: Discipline | null;
  collectiveId?: string | null;
}

/** Writes a subject's rating of a year (PUT: the year's rating, new or corrected). */
export function usePutRating(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: RatingBody }) =>
      call<SubjectRating>('PUT', `/commendation/subjects/${seg(id)}/ratings/${year}`, { body }),
    onSuccess: after,
  });
}

export function useDeleteRating(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (year: number) => call<void>('DELETE', `/commendation/subjects/${seg(id)}/ratings/${year}`),
    onSuccess: after,
  });
}

// ---- Registrations ------------------------------------------------------------------------

export interface RegistrationsQuery {
  board: string | undefined;
  year: number;
  award?: AwardCode | undefined;
  kind?: SubjectKind | undefined;
  subjectId?: string | undefined;
  page?: number;
  pageSize?: number;
}

export function useRegistrations(query: RegistrationsQuery) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'registrations', query],
    queryFn: () => call<Paged<Registration>>('GET', '/commendation/registrations', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export interface RegistrationBody {
  board?: string | undefined;
  year: number;
  subjectId: string;
  award: AwardCode;
  movementId?: string | undefined;
  registeredOn?: string | undefined;
}

export function useCreateRegistration() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: RegistrationBody) =>
      call<Registration>('POST', '/commendation/registrations', { body }),
    onSuccess: after,
  });
}

export function useDeleteRegistration() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (registration: Registration) =>
      call<void>('DELETE', `/commendation/registrations/${seg(registration.id)}`, {
        query: { version: registration.version },
      }),
    onSuccess: after,
  });
}

// ---- Initiatives --------------------------------------------------------------------------

export interface InitiativesQuery {
  board: string | undefined;
  year?: number | undefined;
  level?: InitiativeLevel | undefined;
  subjectId?: string | undefined;
  search?: string | undefined;
  page?: number;
  pageSize?: number;
}

export function useInitiatives(query: InitiativesQuery) {
  return useQuery({
    queryKey: [...COMMENDATION_KEY, 'initiatives', query],
    queryFn: () => call<Paged<Initiative>>('GET', '/commendation/initiatives', { query: { ...query } }),
    enabled: query.board !== undefined,
    placeholderData: keepPreviousData,
  });
}

export interface InitiativeBody {
  board?: string | undefined;
  title: string;
  year: number;
  level: InitiativeLevel;
  recognisedBy: string;
  recognisedOn?: string | undefined;
  authorIds: string[];
}

export function useSaveInitiative(existing?: Initiative) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: InitiativeBody) =>
      existing
        ? call<Initiative>('PATCH', `/commendation/initiatives/${seg(existing.id)}`, {
            body: {
              version: existing.version,
              title: body.title,
              year: body.year,
              level: body.level,
              recognisedBy: body.recognisedBy,
              recognisedOn: body.recognisedOn ?? null,
              authorIds: body.authorIds,
            },
          })
        : call<Initiative>('POST', '/commendation/initiatives', { body }),
    onSuccess: after,
  });
}
