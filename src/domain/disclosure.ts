/**
 * Statistical disclosure control for the open figures (dữ liệu mở, issue 15): which aggregate
 * cells may be published. Pure; exact decimal arithmetic (decimal.ts), never floats.
 *
 * Rules `disclosure-v1` (data, versioned — a board's open figures name the version they follow):
 *  - a cell is what a table shows for a set of contributors (projects, zones): their count, the
 *    sum of one quantity (capital in đồng, area in ha) and the largest single contribution;
 *  - primary suppression: a count of 1 .. THRESHOLD−1 is `small_count`; a sum of which one
 *    contributor holds more than DOMINANCE % is `dominated` (the (1, 85 %) dominance rule). A count
 *    of 0 is shown: an empty cell discloses no contributor (a "structural zero");
 *  - secondary suppression (`secondary`): in every group (a total and the cells that make it up),
 *    the suppressed cells together — what "total − shown cells" recovers — must themselves pass the
 *    primary rules; while they do not, the shown cell of smallest count (then sum, then id) is
 *    suppressed too (an empty cell never: hiding a 0 protects nothing). So a single suppressed cell
 *    always takes a second one with it, and two small cells that together are still small take a
 *    third. The total is never chosen (it is shared
 *    by several tables and is the figure readers need most); it is suppressed only when it fails
 *    the primary rules itself, or when its cells are all suppressed and still fail them.
 *  - cells are identified by id, and a cell shown in several tables (the year's new projects: the
 *    total of the investment, country and sector tables) has one id and so one fate everywhere;
 *    the passes repeat until nothing changes.
 *  - a suppressed cell is published as null with its reason, never as 0.
 */
import { formatScaled, parseDecimal } from './decimal.ts';

export const DISCLOSURE_RULES = {
  version: 'disclosure-v1',
  /** A count below this (and above 0) is not shown. */
  threshold: 3,
  /** A sum of which one contributor holds more than this percentage is not shown. */
  dominancePct: 85,
} as const;

export type DisclosureRules = { version: string; threshold: number; dominancePct: number };

export const SUPPRESSION_REASONS = ['small_count', 'dominated', 'secondary'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** One aggregate before suppression. `sum` and `largest` are exact decimal strings (or bigint). */
export interface DisclosureCell {
  id: string;
  count: number;
  sum: string | bigint;
  /** The largest single contribution to `sum`; null when the rule does not apply (public data). */
  largest: string | bigint | null;
}

/** A total and the cells that partition it (a table's rows, or FDI/DDI). */
export interface DisclosureGroup {
  total: string;
  members: readonly string[];
}

const text = (value: string | bigint) => (typeof value === 'bigint' ? value.toString() : value);

/** a × p > b × q, exactly, for decimal strings a, b and integers p, q. */
function exceedsShare(part: string, whole: string, pct: number): boolean {
  const a = parseDecimal(part);
  const b = parseDecimal(whole);
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(scale - a.scale);
  const y = b.units * 10n ** BigInt(scale - b.scale);
  return x * 100n > y * BigInt(pct);
}

function positive(value: string): boolean {
  return parseDecimal(value).units > 0n;
}

/** The primary rules on one cell: its reason, or null when it may be shown. */
export function primaryReason(
  cell: Pick<DisclosureCell, 'count' | 'sum' | 'largest'>,
  rules: DisclosureRules = DISCLOSURE_RULES,
): 'small_count' | 'dominated' | null {
  if (!Number.isInteger(cell.count) || cell.count < 0) throw new RangeError(`bad count: ${cell.count}`);
  if (cell.count === 0) return null;
  if (cell.count < rules.threshold) return 'small_count';
  const sum = text(cell.sum);
  if (cell.largest !== null && positive(sum) && exceedsShare(text(cell.largest), sum, rules.dominancePct)) {
    return 'dominated';
  }
  return null;
}

/** Several cells taken together: counts and sums add, the largest contribution is the largest. */
export function combineCells(cells: readonly DisclosureCell[]): Omit<DisclosureCell, 'id'> {
  let count = 0;
  let sum = { units: 0n, scale: 0 };
  let largest: { units: bigint; scale: number } | null = null;
  let dominanceKnown = true;
  const rescale = (v: { units: bigint; scale: number }, scale: number) =>
    v.units * 10n ** BigInt(scale - v.scale);
  for (const cell of cells) {
    count += cell.count;
    const s = parseDecimal(text(cell.sum));
    const scale = Math.max(sum.scale, s.scale);
    sum = { units: rescale(sum, scale) + rescale(s, scale), scale };
    if (cell.largest === null) {
      dominanceKnown = false;
      continue;
    }
    const l = parseDecimal(text(cell.largest));
    if (largest === null) largest = l;
    else {
      const ls = Math.max(largest.scale, l.scale);
      if (rescale(l, ls) > rescale(largest, ls)) largest = l;
    }
  }
  const format = formatScaled;
  return {
    count,
    sum: format(sum),
    largest: dominanceKnown && largest !== null ? format(largest) : dominanceKnown ? '0' : null,
  };
}

function smaller(a: DisclosureCell, b: DisclosureCell): boolean {
  if (a.count !== b.count) return a.count < b.count;
  const x = parseDecimal(text(a.sum));
  const y = parseDecimal(text(b.sum));
  const scale = Math.max(x.scale, y.scale);
  const xu = x.units * 10n ** BigInt(scale - x.scale);
  const yu = y.units * 10n ** BigInt(scale - y.scale);
  if (xu !== yu) return xu < yu;
  return a.id < b.id;
}

/**
 * The fate of every cell: null (shown) or its suppression reason, by the primary rules and then
 * secondary suppression over the groups until stable (see the module comment).
 */
export function suppressCells(
  cells: readonly DisclosureCell[],
  groups: readonly DisclosureGroup[],
  rules: DisclosureRules = DISCLOSURE_RULES,
): Map<string, SuppressionReason | null> {
  const byId = new Map<string, DisclosureCell>();
  for (const cell of cells) {
    if (byId.has(cell.id)) throw new RangeError(`duplicate cell id: ${cell.id}`);
    byId.set(cell.id, cell);
  }
  const cellOf = (id: string) => {
    const cell = byId.get(id);
    if (!cell) throw new RangeError(`unknown cell id: ${id}`);
    return cell;
  };
  const fate = new Map<string, SuppressionReason | null>();
  for (const cell of cells) fate.set(cell.id, primaryReason(cell, rules));

  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      cellOf(group.total);
      const members = group.members.map(cellOf);
      if (fate.get(group.total) !== null) continue;
      for (;;) {
        const hidden = members.filter((m) => fate.get(m.id) !== null);
        if (hidden.length === 0 || primaryReason(combineCells(hidden), rules) === null) break;
        // An empty cell adds nothing to what the hidden cells sum to: it is never a partner.
        const shown = members.filter((m) => fate.get(m.id) === null && m.count > 0);
        if (shown.length === 0) {
          fate.set(group.total, 'secondary');
          changed = true;
          break;
        }
        const next = shown.reduce((best, m) => (smaller(m, best) ? m : best));
        fate.set(next.id, 'secondary');
        changed = true;
      }
    }
  }
  return fate;
}

/** A published cell: the figures, or nulls and the reason. */
export interface PublishedCell {
  count: number | null;
  sum: string | null;
  suppressed: SuppressionReason | null;
}

export function publishCell(cell: DisclosureCell, reason: SuppressionReason | null): PublishedCell {
  return reason === null
    ? { count: cell.count, sum: text(cell.sum), suppressed: null }
    : { count: null, sum: null, suppressed: reason };
}
