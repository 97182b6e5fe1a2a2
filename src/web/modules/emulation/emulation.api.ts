import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile } from '../../shared/download.ts';
import { answerOf, callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';

/*
 * The emulation API — movements (/emulation/movements), a bloc's covenant
 * (/blocs/{code}/covenants/{year}) and scoring (/blocs/{code}/scoring/{year}) — typed as the
 * server's movements.schemas.ts, covenants.schemas.ts and scoring.schemas.ts write them.
 */

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const EMULATION_KEY = ['emulation'] as const;

function useAfterWrite() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: EMULATION_KEY });
}

// ---- Blocs the user reads -----------------------------------------------------------------

/** A bloc the user reads, with its boards this year (GET /blocs). */
export interface BlocRef {
  id: string;
  code: string;
  name: string;
  boards: { id: string; code: string; name: string }[];
}

export function useBlocs() {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'blocs'],
    queryFn: () => call<{ items: BlocRef[] }>('GET', '/blocs'),
    staleTime: 5 * 60_000,
  });
}

// ---- Movements ----------------------------------------------------------------------------

export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Phong trào thi đua (EmulationMovement): a board's own or a bloc's. */
export interface Movement {
  id: string;
  board: string | null;
  bloc: string | null;
  name: string;
  organiser: string;
  kind: MovementKind;
  startsOn: string;
  endsOn: string;
  content: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MovementsQuery {
  year?: number | undefined;
  board?: string | undefined;
  bloc?: string | undefined;
  page?: number;
  pageSize?: number;
}

export function useMovements(query: MovementsQuery) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'movements', query],
    queryFn: () => call<Paged<Movement>>('GET', '/emulation/movements', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export interface MovementFields {
  name: string;
  organiser: string;
  kind: MovementKind;
  startsOn: string;
  endsOn: string;
  content: string;
}

/** Launches a movement (of a board or of a bloc), or corrects one with the version read. */
export function useSaveMovement(existing?: Movement) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: MovementFields & { board?: string | undefined; bloc?: string | undefined }) =>
      existing
        ? call<Movement>('PATCH', `/emulation/movements/${seg(existing.id)}`, {
            body: {
              version: existing.version,
              name: body.name,
              organiser: body.organiser,
              kind: body.kind,
              startsOn: body.startsOn,
              endsOn: body.endsOn,
              content: body.content,
            },
          })
        : call<Movement>('POST', '/emulation/movements', { body }),
    onSuccess: after,
  });
}

export function useDeleteMovement() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (movement: Movement) =>
      call<void>('DELETE', `/emulation/movements/${seg(movement.id)}`, {
        query: { version: movement.version },
      }),
    onSuccess: after,
  });
}

// ---- Covenant -----------------------------------------------------------------------------

/** Giao ước thi đua of a bloc's year (EmulationCovenant). */
export interface Covenant {
  id: string;
  bloc: string;
  blocName: string;
  year: number;
  title: string;
  signedOn: string;
  place: string;
  content: string;
  signatories: { code: string; name: string }[];
  file: { fileName: string; mediaType: string; sizeBytes: number; sha256: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const covenantPath = (bloc: string, year: number) => `/blocs/${seg(bloc)}/covenants/${year}`;

/** The covenant of a bloc's year; null when the year has none yet (404). */
export function useCovenant(bloc: string | undefined, year: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'covenant', bloc, year],
    queryFn: async () => {
      try {
        return await call<Covenant>('GET', covenantPath(bloc ?? '', year));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    enabled: bloc !== undefined,
  });
}

/** A 404 whose code says the record itself is missing (not the bloc or its year). */
function isNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    (error as { status: number }).status === 404 &&
    'code' in error &&
    /COVENANT_NOT_FOUND|TABLE_NOT_FOUND|SCORING_NOT_FOUND/.test(String((error as { code: string }).code))
  );
}

export interface CovenantBody {
  version?: number | undefined;
  title: string;
  signedOn: string;
  place: string;
  content: string;
  signatories: string[];
}

export function useSetCovenant(bloc: string, year: number) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (body: CovenantBody) => call<Covenant>('PUT', covenantPath(bloc, year), { body }),
    onSuccess: after,
  });
}

const UPLOAD_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/**
 * Stores the signed covenant: its bytes as the body of a PUT (replacing any file before), its name
 * and the version read in the query; the server reads its true type from its first bytes.
 */
export function useUploadCovenantFile(bloc: string, year: number) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async ({ file, version }: { file: File; version: number }) => {
      const response = await fetch(
        `/api/v1${covenantPath(bloc, year)}/file${queryString({ fileName: file.name, version })}`,
        {
          method: 'PUT',
          credentials: 'same-origin',
          headers: {
            'content-type': UPLOAD_TYPES.includes(file.type) ? file.type : 'application/octet-stream',
          },
          body: file,
        },
      );
      return answerOf<Covenant>(response);
    },
    onSuccess: after,
  });
}

export function downloadCovenantFile(covenant: Covenant) {
  return downloadFile(
    `/api/v1${covenantPath(covenant.bloc, covenant.year)}/file`,
    covenant.file?.fileName ?? `giao-uoc-${covenant.bloc}-${covenant.year}`,
  );
}

// ---- Scoring ------------------------------------------------------------------------------

export const CRITERION_KINDS = [
  'sum',
  'quantitative',
  'pass_fail',
  'per_occurrence',
  'bonus',
  'penalty',
] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export type SheetState = 'draft' | 'submitted' | 'reviewed';

/** A criterion of the table with its children (ScoringCriterion). */
export interface Criterion {
  id: string;
  code: string;
  name: string;
  kind: CriterionKind;
  maxPoints: string;
  pointsPerOccurrence: string | null;
  unit: string | null;
  source: string | null;
  children: Criterion[];
}

/** Bảng tiêu chí, thang điểm of a bloc's year (ScoringTable). */
export interface ScoringTable {
  id: string;
  bloc: string;
  blocName: string;
  year: number;
  name: string;
  adoptedBy: string;
  leader: string;
  members: { code: string; name: string; sheetState: SheetState | null }[];
  criteria: Criterion[];
  maxTotal: string;
  targets: { criterion: string; board: string; target: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A criterion's line on a member's sheet. */
export interface ScoreEntry {
  criterion: string;
  kind: CriterionKind;
  value: string | null;
  passed: boolean | null;
  reviewedValue: string | null;
  reviewedPassed: boolean | null;
  note: string | null;
  evidence: string | null;
  target: string | null;
}

/** A member's score sheet (ScoreSheet). */
export interface ScoreSheet {
  id: string | null;
  bloc: string;
  year: number;
  board: string;
  boardName: string;
  state: SheetState;
  submittedAt: string | null;
  reviewedAt: string | null;
  entries: ScoreEntry[];
  version: number | null;
}

/** The ranking (ScoringRanking): every member's points by criterion, total and rank. */
export interface Ranking {
  bloc: string;
  blocName: string;
  year: number;
  table: { name: string; adoptedBy: string; maxTotal: string };
  leader: string;
  criteria: {
    code: string;
    name: string;
    kind: CriterionKind;
    maxPoints: string;
    parent: string | null;
    depth: number;
    unit: string | null;
    source: string | null;
  }[];
  members: {
    board: string;
    name: string;
    rank: number;
    total: string;
    sheetState: SheetState | null;
    basis: 'reviewed' | 'self';
    points: Record<string, string>;
    values: Record<
      string,
      { value: string | null; passed: boolean | null; from: string; typed?: string | null }
    >;
  }[];
  sources: {
    criterion: string;
    source: string;
    label: string;
    unit: string;
    available: boolean;
    problem: string | null;
  }[];
}

const scoringPath = (bloc: string, year: number) => `/blocs/${seg(bloc)}/scoring/${year}`;

/** The bloc year's scoring table; null when the year has none yet. */
export function useScoringTable(bloc: string | undefined, year: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'scoring', bloc, year],
    queryFn: async () => {
      try {
        return await call<ScoringTable>('GET', scoringPath(bloc ?? '', year));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    enabled: bloc !== undefined,
  });
}

export function useScoreSheet(bloc: string | undefined, year: number, board: string | undefined) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'sheet', bloc, year, board],
    queryFn: () => call<ScoreSheet>('GET', `${scoringPath(bloc ?? '', year)}/sheets/${seg(board ?? '')}`),
    enabled: bloc !== undefined && board !== undefined,
  });
}

export interface EntryInput {
  criterion: string;
  value?: string | null;
  passed?: boolean | null;
  note?: string | null;
  evidence?: string | null;
}

/**
 * The actions on a member's sheet: its staff save their own values and submit it; the leader saves
 * reviewed values of a submitted sheet, then marks it reviewed (the ranking counts them from then).
 */
export type SheetAction =
  | { kind: 'save'; body: { version?: number | undefined; entries: EntryInput[] } }
  | { kind: 'submit'; body: { version: number } }
  | { kind: 'review'; body: { version: number; entries: Omit<EntryInput, 'evidence'>[] } }
  | { kind: 'reviewed'; body: { version: number } };

export function useSheetAction(bloc: string, year: number, board: string) {
  const after = useAfterWrite();
  const path = `${scoringPath(bloc, year)}/sheets/${seg(board)}`;
  return useMutation({
    mutationFn: (action: SheetAction) => {
      switch (action.kind) {
        case 'save':
          return call<ScoreSheet>('PUT', path, { body: action.body });
        case 'review':
          return call<ScoreSheet>('PUT', `${path}/review`, { body: action.body });
        case 'submit':
        case 'reviewed':
          return call<ScoreSheet>('POST', `${path}/${action.kind}`, { body: action.body });
      }
    },
    onSuccess: after,
  });
}

export function useRanking(bloc: string | undefined, year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'ranking', bloc, year],
    queryFn: () => call<Ranking>('GET', `${scoringPath(bloc ?? '', year)}/ranking`),
    enabled: enabled && bloc !== undefined,
  });
}

/** The ranking as a Word document for the bloc's conference. */
export function downloadRanking(bloc: string, year: number) {
  return downloadFile(
    `/api/v1${scoringPath(bloc, year)}/ranking${queryString({ format: 'docx' })}`,
    `xep-hang-thi-dua-${bloc}-${year}.docx`,
  );
}

// ---- A bloc's year ------------------------------------------------------------------------

/** A bloc's members, leader and deputy of a year (BlocYear). */
export interface BlocYear {
  bloc: string;
  year: number;
  members: string[];
  leader: string;
  deputy: string | null;
  boards: { code: string; name: string; dissolvedOn: string | null }[];
  version: number;
}

/** The bloc's year; null when its members were not set. */
export function useBlocYear(bloc: string | undefined, year: number) {
  return useQuery({
    queryKey: [...EMULATION_KEY, 'bloc-year', bloc, year],
    queryFn: async () => {
      try {
        return await call<BlocYear>('GET', `/blocs/${seg(bloc ?? '')}/years/${year}`);
      } catch (error) {
        if (typeof error === 'object' && error !== null && (error as { status?: number }).status === 404)
          return null;
        throw error;
      }
    },
    enabled: bloc !== undefined,
  });
}
