/**
 * Inspection of enterprises in the zones (kiểm tra): topics, kinds, statuses and the pure rules —
 * when a finding is overdue, which plan lines overlap (an enterprise inspected twice on one topic
 * in a year, which the law on inspections asks to avoid).
 */

/** What an inspection looks at. */
export const INSPECTION_TOPICS = [
  'environment',
  'fire_safety',
  'labour_safety',
  'food_safety',
  'investment',
  'labour',
  'construction',
] as const;
export type InspectionTopic = (typeof INSPECTION_TOPICS)[number];

export const INSPECTION_PLAN_STATUSES = ['draft', 'approved'] as const;
export const INSPECTION_KINDS = ['planned', 'unplanned'] as const;
export const INSPECTION_STATUSES = ['open', 'concluded'] as const;
export const FINDING_SEVERITIES = ['minor', 'serious', 'very_serious'] as const;
export const FINDING_STATUSES = ['open', 'closed'] as const;

/** How a finding stands on a day: computed from its status and remedy deadline, never stored. */
export const FINDING_STATES = ['open', 'due_soon', 'overdue', 'closed'] as const;
export type FindingState = (typeof FINDING_STATES)[number];
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** A finding open and due within this many days (inclusive) is due soon. */
export const DUE_SOON_DAYS = 7;

export const INSPECTION_TOPIC_LABELS: Record<InspectionTopic, string> = {
  environment: 'Bảo vệ môi trường',
  fire_safety: 'Phòng cháy, chữa cháy',
  labour_safety: 'An toàn, vệ sinh lao động',
  food_safety: 'An toàn thực phẩm',
  investment: 'Đầu tư',
  labour: 'Lao động',
  construction: 'Xây dựng',
};

export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, string> = {
  minor: 'Nhẹ',
  serious: 'Nghiêm trọng',
  very_serious: 'Rất nghiêm trọng',
};

export const FINDING_STATE_LABELS: Record<FindingState, string> = {
  open: 'Đang khắc phục',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  closed: 'Đã khắc phục',
};

export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  planned: 'Theo kế hoạch',
  unplanned: 'Đột xuất',
};

/** Whole days from `from` to `to` (calendar dates 'yyyy-mm-dd'); negative when `to` is earlier. */
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface FindingStanding {
  status: (typeof FINDING_STATUSES)[number];
  remedyDueOn: string | null;
}

/**
 * A finding's state on `asOf`: closed; overdue when open and its deadline is before asOf; due
 * soon when open and due on asOf or within DUE_SOON_DAYS after; open otherwise (or no deadline).
 */
export function findingState(finding: FindingStanding, asOf: string): FindingState {
  if (finding.status === 'closed') return 'closed';
  if (finding.remedyDueOn === null) return 'open';
  const left = daysFrom(asOf, finding.remedyDueOn);
  if (left < 0) return 'overdue';
  if (left <= DUE_SOON_DAYS) return 'due_soon';
  return 'open';
}

/** Days an open finding is past its deadline on `asOf` (0 when not overdue or closed). */
export function findingDaysOverdue(finding: FindingStanding, asOf: string): number {
  if (finding.status === 'closed' || finding.remedyDueOn === null) return 0;
  return Math.max(daysFrom(finding.remedyDueOn, asOf), 0);
}

/** The topics of `topics` not among `allowed` (a planned inspection stays within its item's topics). */
export function topicsOutside(topics: readonly string[], allowed: readonly string[]): string[] {
  return topics.filter((t) => !allowed.includes(t));
}

/** Topics named more than once. */
export function duplicateTopics(topics: readonly string[]): string[] {
  return [...new Set(topics.filter((t, i) => topics.indexOf(t) !== i))];
}

/** Whether a string is one of INSPECTION_TOPICS. */
export function isInspectionTopic(value: string): value is InspectionTopic {
  return (INSPECTION_TOPICS as readonly string[]).includes(value);
}

const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** A fine: whole đồng, a string of digits, not negative, storable as bigint. */
export function isFineDong(value: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(value) && value.length <= 19 && BigInt(value) <= MAX_BIGINT;
}

/** The year of a calendar date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A line that may take part in an overlap: a plan item of the year or an inspection begun in it. */
export interface OverlapInputLine {
  kind: 'plan_item' | 'inspection';
  id: string;
  enterpriseId: string;
  topics: readonly string[];
  /** An inspection's plan item (null: out of plan); a plan item: null. */
  planItemId: string | null;
}

export interface OverlapGroup {
  enterpriseId: string;
  topic: string;
  /** The lines involved, plan items first, each in the order given. */
  lines: OverlapInputLine[];
  /** How many times the enterprise is planned or inspected on the topic (≥ 2). */
  times: number;
}

/**
 * Where an enterprise is planned or inspected more than once on a topic in a year (the law on
 * inspections asks to avoid it): a warning, never a refusal. Each plan item counts once with the
 * first inspection done under it; every further inspection under the same item counts again, and
 * an inspection out of plan (or under an item not given) counts on its own.
 */
export function findOverlaps(lines: readonly OverlapInputLine[]): OverlapGroup[] {
  const groups = new Map<string, OverlapInputLine[]>();
  for (const line of lines)
    for (const topic of new Set(line.topics)) {
      const key = `${line.enterpriseId}\u0000${topic}`;
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
  const result: OverlapGroup[] = [];
  for (const [key, group] of groups) {
    const [enterpriseId, topic] = key.split('\u0000') as [string, string];
    const items = group.filter((l) => l.kind === 'plan_item');
    const itemIds = new Set(items.map((l) => l.id));
    const inspections = group.filter((l) => l.kind === 'inspection');
    let times = 0;
    for (const item of items)
      times += Math.max(1, inspections.filter((i) => i.planItemId === item.id).length);
    times += inspections.filter((i) => i.planItemId === null || !itemIds.has(i.planItemId)).length;
    if (times >= 2) result.push({ enterpriseId, topic, lines: [...items, ...inspections], times });
  }
  return result;
}

/**
 * Whether a day of an inspection's life (its end, record, conclusion, a finding's deadline, a
 * follow-up, a closing) is not before the inspection began; an absent day is fine.
 */
export function notBefore(startedOn: string, date: string | null | undefined): boolean {
  return date === null || date === undefined || date >= startedOn;
}
