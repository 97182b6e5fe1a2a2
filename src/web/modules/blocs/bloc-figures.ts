/**
 * Pure helpers of the bloc pages (blocs-v1): the periods the bloc report takes, the member's role,
 * the figures as chart numbers, a return as a form and back, and an import's problems by member.
 */
import { usdToMillions, vndToTy } from '../../../domain/number-format.ts';
import type { ErrorDetail } from '../../shared/api.ts';
import { parseAmount, type Typed } from '../../shared/typed-input.ts';
import type {
  BlocReport,
  BlocReturn,
  BlocReturnBody,
  BlocReturnFigures,
  BoardName,
  ReturnImportProblem,
} from './blocs.api.ts';

/** The periods of a bloc report: a year, a half or a quarter of it (the bloc meets at mid-year and year end). */
const BLOC_PERIOD = /^(\d{4})(-(H[12]|Q[1-4]))?$/;

export function isBlocPeriod(value: unknown): value is string {
  return typeof value === 'string' && BLOC_PERIOD.test(value);
}

/**
 * The period a page opens on: the one the address names, else the last half-year ended by
 * `today` (YYYY-MM-DD) — the first half from July, otherwise the whole previous year.
 */
export function blocPeriodOf(value: unknown, today: string): string {
  if (isBlocPeriod(value)) return value;
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 7 ? `${year}-H1` : String(year - 1);
}

/** The year a period belongs to (whose members it counts). */
export const yearOfPeriod = (period: string): number => Number(period.slice(0, 4));

/** Khối trưởng, khối phó or a plain member of the report's year. */
export type MemberRole = 'leader' | 'deputy' | 'member';

export function memberRole(
  year: { leader: string | null; deputy: string | null },
  board: string,
): MemberRole {
  if (board === year.leader) return 'leader';
  if (board === year.deputy) return 'deputy';
  return 'member';
}

/** USD → million USD as a chart number (the chart only draws it; tables show the exact text). */
export const millionUsdValue = (usd: string): number => Number(usdToMillions(usd, 2));
/** đồng → tỷ đồng as a chart number. */
export const tyValue = (vnd: string): number => Number(vndToTy(vnd, 3));

/**
 * The members with figures worth a chart: a member whose period is unknown (`none`) is left out, so
 * a bar of zero is never read as "nothing happened there".
 */
export function chartedMembers(report: BlocReport): BlocReport['byMember'] {
  return report.byMember.filter((m) => m.source.period !== 'none');
}

// ---- A return as a form ------------------------------------------------------------------------

export const RETURN_COUNTS = [
  'newProjectsFdi',
  'newProjectsDdi',
  'zonesInPlanCount',
  'zonesOperatingCount',
  'zonesUnderConstructionCount',
] as const;
export const RETURN_USD = ['capitalFdiUsd', 'revenueFdiUsd', 'budgetPaidFdiUsd'] as const;
export const RETURN_VND = ['capitalDdiVnd', 'revenueDdiVnd', 'budgetPaidDdiVnd'] as const;
export const RETURN_AREAS = [
  'zonesInPlanAreaHa',
  'zonesOperatingAreaHa',
  'zonesUnderConstructionAreaHa',
] as const;

type Nullable<T> = { [K in keyof T]: T[K] | null };

/**
 * What the return form holds: counts as numbers, amounts and areas as exact decimal strings; a
 * field left empty is null, and a text the field could not read stays that text (so the API refuses
 * it and the form shows why) — never rewritten into another number.
 */
export type ReturnFormValues = {
  [K in keyof BlocReturnFigures]: BlocReturnFigures[K] | string | null;
} & { note?: string | null };

/** The form's first values: the stored return, or every field empty for a new one. */
export function returnFormValues(stored: BlocReturn | null): ReturnFormValues {
  const empty: Nullable<BlocReturnFigures> = {
    newProjectsFdi: null,
    newProjectsDdi: null,
    capitalFdiUsd: null,
    capitalDdiVnd: null,
    revenueFdiUsd: null,
    revenueDdiVnd: null,
    budgetPaidFdiUsd: null,
    budgetPaidDdiVnd: null,
    zonesInPlanCount: null,
    zonesInPlanAreaHa: null,
    zonesOperatingCount: null,
    zonesOperatingAreaHa: null,
    zonesUnderConstructionCount: null,
    zonesUnderConstructionAreaHa: null,
  };
  if (!stored) return { ...empty, note: null };
  const values: Record<string, unknown> = { ...empty };
  for (const key of Object.keys(empty) as (keyof BlocReturnFigures)[]) values[key] = stored[key];
  values.note = stored.note;
  return values as ReturnFormValues;
}

/**
 * The body of PUT …/returns/{board}/{period}: every figure as the form holds it (an empty one goes
 * as null, so the API names the field), the note trimmed or null, and the stored version when
 * replacing a return.
 */
export function returnBody(values: ReturnFormValues, version: number | undefined): BlocReturnBody {
  const body: Record<string, unknown> = {};
  for (const key of [...RETURN_COUNTS, ...RETURN_USD, ...RETURN_VND, ...RETURN_AREAS])
    body[key] = values[key] ?? null;
  const note = typeof values.note === 'string' ? values.note.trim() : '';
  body.note = note === '' ? null : note;
  if (version !== undefined) body.version = version;
  return body as unknown as BlocReturnBody;
}

// ---- An import's problems on the members' rows --------------------------------------------------

/** The problems of a refused import, by the member's code; those naming no member under `''`. */
export function problemsByMember(
  problems: readonly (ErrorDetail | ReturnImportProblem)[],
  members: readonly BoardName[],
): Map<string, ReturnImportProblem[]> {
  const codes = new Set(members.map((m) => m.code));
  const byMember = new Map<string, ReturnImportProblem[]>();
  for (const problem of problems as ReturnImportProblem[]) {
    const named = typeof problem.board === 'string' ? problem.board : undefined;
    const key = named && codes.has(named) ? named : '';
    const list = byMember.get(key) ?? [];
    list.push(problem);
    byMember.set(key, list);
  }
  return byMember;
}

/**
 * What the year editor refuses before sending (the API refuses the same): no member, no leader, a
 * leader or deputy who is not a member, a deputy who is the leader.
 */
export function yearBodyProblems(
  members: readonly string[],
  leader: string | undefined,
  deputy: string | null | undefined,
): { field: 'members' | 'leader' | 'deputy'; reason: 'required' | 'not_member' | 'same_as_leader' }[] {
  const problems: ReturnType<typeof yearBodyProblems> = [];
  if (members.length === 0) problems.push({ field: 'members', reason: 'required' });
  if (!leader) problems.push({ field: 'leader', reason: 'required' });
  else if (!members.includes(leader)) problems.push({ field: 'leader', reason: 'not_member' });
  if (deputy) {
    if (!members.includes(deputy)) problems.push({ field: 'deputy', reason: 'not_member' });
    else if (deputy === leader) problems.push({ field: 'deputy', reason: 'same_as_leader' });
  }
  return problems;
}

/** The members with the one at `index` moved one place up (-1) or down (1); unchanged at an end. */
export function moveMember(members: readonly string[], index: number, by: -1 | 1): string[] {
  const target = index + by;
  const next = [...members];
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * The API names a refused member by its place (`body.members[3]`); the year editor has one field
 * for all members, so each such problem goes on it (`body.members`). Other paths stay.
 */
export function onYearFields<D extends { path: string }>(details: readonly D[]): D[] {
  return details.map((d) => ({ ...d, path: d.path.replace(/^(body\.members)(\[\d+\]|\.\d+)$/, '$1') }));
}

/**
 * An amount that may be negative (capital new and adjusted: adjustments can reduce it), typed with
 * the language's separators: "-1.250.000" → "-1250000"; the sign aside, read as the shared
 * amount fields read it (never rewritten into another number). Null when nothing is typed.
 */
export function parseSignedAmount(text: string, locale: string, decimals: number): Typed<string | null> {
  const trimmed = text.trim().replace(/\s+/g, '');
  const negative = /^[-−–]/.test(trimmed);
  const typed = parseAmount(negative ? trimmed.slice(1) : trimmed, locale, decimals);
  if (!typed.ok) return typed;
  if (typed.value === null) return negative ? { ok: false, problem: 'not_a_number' } : typed;
  return { ok: true, value: negative && !/^0(\.0*)?$/.test(typed.value) ? `-${typed.value}` : typed.value };
}
