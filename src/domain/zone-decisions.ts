/**
 * Decisions about a zone (quyết định về khu): what kinds there are, what each must state, and how
 * they order a zone's timeline beside its status history.
 *
 * - An area or boundary adjustment (điều chỉnh diện tích, ranh giới) states the area before and
 *   after; an area adjustment changes it.
 * - Other kinds may state the area after (the area established, planned) but never an area before.
 * - A decision is never dated after today (Vietnam's calendar).
 * - Its number (số, ký hiệu: "1486/QĐ-TTg") is trimmed, inner spaces collapsed, bounded.
 */
import { compareDecimal, isDecimalString } from './decimal.ts';
import type { StatusHistoryEntry } from './zone-status.ts';

export const ZONE_DECISION_KINDS = [
  'investment_policy',
  'establishment',
  'master_plan',
  'detailed_plan',
  'area_adjustment',
  'boundary_adjustment',
  'other',
] as const;
export type ZoneDecisionKind = (typeof ZONE_DECISION_KINDS)[number];

/** The kinds in Vietnamese, as the register and its workbook name them. */
export const ZONE_DECISION_KIND_LABELS: Record<ZoneDecisionKind, string> = {
  investment_policy: 'Quyết định chủ trương đầu tư',
  establishment: 'Quyết định thành lập',
  master_plan: 'Quy hoạch chung',
  detailed_plan: 'Quy hoạch chi tiết',
  area_adjustment: 'Điều chỉnh diện tích',
  boundary_adjustment: 'Điều chỉnh ranh giới',
  other: 'Quyết định khác',
};

/** Kinds that change the zone's area or boundaries: they state the area before and after. */
export const ADJUSTMENT_KINDS: readonly ZoneDecisionKind[] = ['area_adjustment', 'boundary_adjustment'];

export const isAdjustment = (kind: ZoneDecisionKind): boolean => ADJUSTMENT_KINDS.includes(kind);

/** Bounds of what a decision states. */
export const DECISION_NUMBER_MAX = 60;
export const DECISION_ISSUER_MAX = 300;
export const DECISION_SUMMARY_MAX = 2000;
/** Hectares: at most 20 characters, as every area in the system. */
export const DECISION_AREA_MAX = 20;

/** "  1486/QĐ-TTg " → "1486/QĐ-TTg"; inner runs of spaces become one; Unicode NFC. */
export function normaliseDecisionNumber(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** An area as stored and shown: "30583.0" → "30583", "0.50" → "0.5", "007" → "7". */
export function normaliseArea(value: string): string {
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  const [whole = '0', fraction = ''] = digits.split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  return (negative ? '-' : '') + w + (f ? `.${f}` : '');
}

export interface ZoneDecisionDraft {
  kind: ZoneDecisionKind;
  number: string;
  signedOn: string;
  issuer: string;
  summary: string;
  areaBeforeHa: string | null;
  areaAfterHa: string | null;
}

export type ZoneDecisionProblemReason =
  | 'number_required'
  | 'number_too_long'
  | 'signed_in_future'
  | 'area_invalid'
  | 'area_before_required'
  | 'area_after_required'
  | 'area_before_not_applicable'
  | 'area_unchanged';

export interface ZoneDecisionProblem {
  field: keyof ZoneDecisionDraft;
  reason: ZoneDecisionProblemReason;
}

const isArea = (value: string) =>
  isDecimalString(value) && !value.startsWith('-') && value.length <= DECISION_AREA_MAX;

/** What is wrong with a decision as it would be stored, `today` being Vietnam's date. */
export function findDecisionProblems(draft: ZoneDecisionDraft, today: string): ZoneDecisionProblem[] {
  const problems: ZoneDecisionProblem[] = [];
  const number = normaliseDecisionNumber(draft.number);
  if (number.length === 0) problems.push({ field: 'number', reason: 'number_required' });
  else if (number.length > DECISION_NUMBER_MAX) problems.push({ field: 'number', reason: 'number_too_long' });
  if (draft.signedOn > today) problems.push({ field: 'signedOn', reason: 'signed_in_future' });
  const before = draft.areaBeforeHa;
  const after = draft.areaAfterHa;
  const beforeOk = before === null || isArea(before);
  const afterOk = after === null || isArea(after);
  if (!beforeOk) problems.push({ field: 'areaBeforeHa', reason: 'area_invalid' });
  if (!afterOk) problems.push({ field: 'areaAfterHa', reason: 'area_invalid' });
  if (isAdjustment(draft.kind)) {
    if (before === null) problems.push({ field: 'areaBeforeHa', reason: 'area_before_required' });
    if (after === null) problems.push({ field: 'areaAfterHa', reason: 'area_after_required' });
    if (
      draft.kind === 'area_adjustment' &&
      before !== null &&
      after !== null &&
      beforeOk &&
      afterOk &&
      compareDecimal(before, after) === 0
    )
      problems.push({ field: 'areaAfterHa', reason: 'area_unchanged' });
  } else if (before !== null) {
    problems.push({ field: 'areaBeforeHa', reason: 'area_before_not_applicable' });
  }
  return problems;
}

/** The least a timeline needs of a decision. */
export interface TimelineDecision {
  id: string;
  kind: ZoneDecisionKind;
  number: string;
  signedOn: string;
}

export type ZoneTimelineItem<D extends TimelineDecision, S extends string = string> =
  | { type: 'decision'; date: string; decision: D }
  | { type: 'status'; date: string; status: S; previousStatus: S | null };

const KIND_ORDER = new Map(ZONE_DECISION_KINDS.map((kind, i) => [kind, i]));

/**
 * A zone's timeline, oldest first: its decisions (by date signed) and its status changes (by the
 * day each began). On one day, decisions come before the status they lead to; decisions of one
 * day by kind (investment policy, establishment, plans, adjustments, other), then number.
 */
export function zoneTimeline<D extends TimelineDecision, S extends string>(
  decisions: readonly D[],
  statusHistory: readonly StatusHistoryEntry<S>[],
): ZoneTimelineItem<D, S>[] {
  const items: { item: ZoneTimelineItem<D, S>; rank: number; kind: number; key: string }[] = [];
  for (const decision of decisions)
    items.push({
      item: { type: 'decision', date: decision.signedOn, decision },
      rank: 0,
      kind: KIND_ORDER.get(decision.kind) ?? 99,
      key: `${decision.number}\u0000${decision.id}`,
    });
  const history = [...statusHistory].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  history.forEach((entry, index) =>
    items.push({
      item: {
        type: 'status',
        date: entry.since,
        status: entry.status,
        previousStatus: index === 0 ? null : history[index - 1]!.status,
      },
      rank: 1,
      kind: 0,
      key: String(index).padStart(4, '0'),
    }),
  );
  items.sort(
    (a, b) =>
      (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : 0) ||
      a.rank - b.rank ||
      a.kind - b.kind ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return items.map((i) => i.item);
}
