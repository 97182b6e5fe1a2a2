/**
 * A zone's land over time and its place among zones (zones-v1; Decree 35/2022).
 *
 * - Land figures: industrial land (đất công nghiệp) and service land (đất dịch vụ) for lease, and
 *   of each what is leased. Each history entry holds from its `asOf` until the next; a zone with
 *   a history has no figures before its first entry.
 * - Occupancy (tỷ lệ lấp đầy): the old reports' leased ÷ industrial land, and Decree 35's
 *   Art. 2(22) (leased + leased service land) ÷ (industrial + service land).
 * - Parents: a KCN/KCX may lie inside an economic zone (KKT) of the same board; no zone is its own
 *   ancestor. (A KKT and the parks inside it count their hectares once: the zones report's SQL,
 *   zones-report.repository.ts.)
 */
import { compareDecimal } from './decimal.ts';

/** Where a KCN/KCX lies (the ministry's forms' four columns). */
export const POSITION_CLASSES = ['outside_ez', 'coastal_ez', 'border_gate_ez', 'specialised_ez'] as const;
export type PositionClass = (typeof POSITION_CLASSES)[number];
/** The kind of an economic zone (KKT ven biển, cửa khẩu, chuyên biệt). */
export const ECONOMIC_ZONE_TYPES = ['coastal', 'border_gate', 'specialised'] as const;
export type EconomicZoneType = (typeof ECONOMIC_ZONE_TYPES)[number];

/** The position class of a park inside an economic zone of this type. */
export const POSITION_OF_ECONOMIC_ZONE: Record<EconomicZoneType, PositionClass> = {
  coastal: 'coastal_ez',
  border_gate: 'border_gate_ez',
  specialised: 'specialised_ez',
};

/** A zone's four land figures, hectares as decimal strings; null where not stated. */
export interface LandFigures {
  industrialLandHa: string | null;
  serviceLandHa: string | null;
  leasedLandHa: string | null;
  leasedServiceLandHa: string | null;
}

export interface LandHistoryEntry extends LandFigures {
  asOf: string;
}

export const NO_LAND: LandFigures = {
  industrialLandHa: null,
  serviceLandHa: null,
  leasedLandHa: null,
  leasedServiceLandHa: null,
};

export type LandProblemReason =
  | 'LAND_HISTORY_NOT_ASCENDING'
  | 'LEASED_ABOVE_INDUSTRIAL_LAND'
  | 'LEASED_ABOVE_SERVICE_LAND'
  | 'LAND_DIFFERS_FROM_HISTORY';

export interface LandProblem {
  /** The history entry at fault, or null for the zone's own (top-level) figures. */
  index: number | null;
  field: keyof LandFigures | 'asOf';
  reason: LandProblemReason;
}

const above = (part: string | null | undefined, whole: string | null | undefined) =>
  part != null && whole != null && compareDecimal(part, whole) > 0;

/** Leased land within the land it is leased from; a leased figure without its whole is allowed. */
export function findLandFigureProblems(figures: Partial<LandFigures>, index: number | null): LandProblem[] {
  const problems: LandProblem[] = [];
  if (above(figures.leasedLandHa, figures.industrialLandHa))
    problems.push({ index, field: 'leasedLandHa', reason: 'LEASED_ABOVE_INDUSTRIAL_LAND' });
  if (above(figures.leasedServiceLandHa, figures.serviceLandHa))
    problems.push({ index, field: 'leasedServiceLandHa', reason: 'LEASED_ABOVE_SERVICE_LAND' });
  return problems;
}

const sameFigure = (a: string | null | undefined, b: string | null) =>
  a == null ? b === null : b !== null && compareDecimal(a, b) === 0;

/**
 * Problems of a zone's stated land: each entry's leased land within its land, entries oldest
 * first with increasing dates, and top-level figures either left out or equal to the last entry.
 */
export function findLandProblems(
  topLevel: Partial<LandFigures>,
  history: readonly LandHistoryEntry[],
): LandProblem[] {
  const problems = findLandFigureProblems(topLevel, null);
  history.forEach((entry, index) => {
    const previous = history[index - 1];
    if (previous && entry.asOf <= previous.asOf)
      problems.push({ index, field: 'asOf', reason: 'LAND_HISTORY_NOT_ASCENDING' });
    problems.push(...findLandFigureProblems(entry, index));
  });
  const last = history[history.length - 1];
  if (last) {
    for (const field of LAND_FIELDS) {
      const stated = topLevel[field];
      if (stated !== undefined && !sameFigure(stated, last[field]))
        problems.push({ index: null, field, reason: 'LAND_DIFFERS_FROM_HISTORY' });
    }
  }
  return problems;
}

export const LAND_FIELDS = [
  'industrialLandHa',
  'serviceLandHa',
  'leasedLandHa',
  'leasedServiceLandHa',
] as const satisfies readonly (keyof LandFigures)[];

/**
 * The land figures in force at `date`: the latest entry with `asOf` ≤ date; none before the first
 * entry; a zone without a history has its own figures at every date.
 */
export function landAt(
  own: LandFigures,
  history: readonly LandHistoryEntry[],
  date: string,
): LandFigures | null {
  if (history.length === 0) return own;
  let found: LandHistoryEntry | null = null;
  for (const entry of history) if (entry.asOf <= date) found = entry;
  if (!found) return null;
  const { asOf: _asOf, ...figures } = found;
  return { ...NO_LAND, ...figures };
}

/** The figures a zone keeps on its own row: its last history entry's (or what was stated). */
export function currentLand(own: LandFigures, history: readonly LandHistoryEntry[]): LandFigures {
  const last = history[history.length - 1];
  if (!last) return own;
  const { asOf: _asOf, ...figures } = last;
  return { ...NO_LAND, ...figures };
}

/**
 * The parent chain problems of zones by id (each with its kind and parent): a parent must be a
 * KKT and no zone may be its own ancestor. Returns the ids of zones in a cycle.
 */
export function findParentCycles(parents: ReadonlyMap<string, string | null>): string[] {
  const inCycle = new Set<string>();
  for (const start of parents.keys()) {
    const seen = new Set<string>();
    let current: string | null | undefined = start;
    while (current != null && !seen.has(current)) {
      seen.add(current);
      current = parents.get(current);
    }
    if (current === start) for (const id of seen) inCycle.add(id);
  }
  return [...inCycle].sort();
}
