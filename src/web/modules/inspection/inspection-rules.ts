/**
 * The inspection pages' pure rules: the colour of a finding's state, which follow-up states the
 * list shows for what the address holds, and the overlap warnings grouped by enterprise.
 */
import {
  FINDING_STATES,
  INSPECTION_TOPICS,
  type FindingState,
  type InspectionTopic,
} from '../../../domain/inspection.ts';

/** Quá hạn red, Sắp đến hạn orange, Đang khắc phục blue, Đã khắc phục green. */
export const FINDING_STATE_COLOURS: Record<FindingState, string> = {
  overdue: 'red',
  due_soon: 'orange',
  open: 'blue',
  closed: 'green',
};

/** The follow-up list's views: one state, every finding not closed (the default), or all. */
export const FINDING_VIEWS = ['pending', 'overdue', 'due_soon', 'open', 'closed', 'all'] as const;
export type FindingView = (typeof FINDING_VIEWS)[number];

/** The states not closed, the most urgent first: what the follow-up list shows by default. */
export const PENDING_STATES: readonly FindingState[] = ['overdue', 'due_soon', 'open'];

/** The view the address asks for (`?state=`): unknown or absent is the default, pending. */
export function findingViewOf(value: string | string[] | undefined): FindingView {
  const first = Array.isArray(value) ? value[0] : value;
  return FINDING_VIEWS.find((v) => v === first) ?? 'pending';
}

/** The states to ask the API for in a view; undefined: every state. */
export function statesOfView(view: FindingView): FindingState[] | undefined {
  if (view === 'all') return undefined;
  if (view === 'pending') return [...PENDING_STATES];
  return FINDING_STATES.filter((s) => s === view);
}

/** The view's value as the address keeps it: nothing for the default. */
export function viewParam(view: FindingView): string | undefined {
  return view === 'pending' ? undefined : view;
}

/** One enterprise's overlaps: the topics it is planned or inspected on more than once in the year. */
export interface EnterpriseOverlaps {
  enterprise: { id: string; name: string; taxCode: string };
  /** Each topic with how many times (lines) it is planned or inspected, in the topics' order. */
  topics: { topic: InspectionTopic; times: number }[];
}

/** A line of an overlap as the API gives it: a plan item, or an inspection (its plan when planned). */
export interface OverlapLineRef {
  kind: 'plan_item' | 'inspection';
  planId: string | null;
}

/**
 * How many times an overlap has the enterprise inspected on the topic, as the law counts it: each
 * plan item once with the inspection done under it, each further inspection again, each
 * inspection out of plan on its own. The API's `times` when it gives one; otherwise counted from
 * the lines — by plan, the larger of its items and its inspections (exact unless one item of a
 * plan has two inspections while another of the same plan has none).
 */
export function overlapTimes(overlap: { lines: readonly OverlapLineRef[]; times?: number }): number {
  if (overlap.times !== undefined) return overlap.times;
  const items = new Map<string, number>();
  const done = new Map<string, number>();
  let unplanned = 0;
  for (const line of overlap.lines) {
    if (line.kind === 'inspection' && line.planId === null) unplanned += 1;
    else {
      const counts = line.kind === 'plan_item' ? items : done;
      const plan = line.planId ?? '';
      counts.set(plan, (counts.get(plan) ?? 0) + 1);
    }
  }
  let times = unplanned;
  for (const plan of new Set([...items.keys(), ...done.keys()]))
    times += Math.max(items.get(plan) ?? 0, done.get(plan) ?? 0);
  return times;
}

/**
 * The overlap warnings grouped by enterprise (in the order the API gave them), each enterprise's
 * topics in the order of INSPECTION_TOPICS — what the plan's alert lists.
 */
export function groupOverlaps(
  overlaps: readonly {
    enterprise: { id: string; name: string; taxCode: string };
    topic: InspectionTopic;
    lines: readonly OverlapLineRef[];
    times?: number;
  }[],
): EnterpriseOverlaps[] {
  const groups = new Map<string, EnterpriseOverlaps>();
  for (const overlap of overlaps) {
    const group = groups.get(overlap.enterprise.id) ?? { enterprise: overlap.enterprise, topics: [] };
    const times = overlapTimes(overlap);
    const known = group.topics.find((t) => t.topic === overlap.topic);
    if (known) known.times = Math.max(known.times, times);
    else group.topics.push({ topic: overlap.topic, times });
    groups.set(overlap.enterprise.id, group);
  }
  for (const group of groups.values())
    group.topics.sort((a, b) => INSPECTION_TOPICS.indexOf(a.topic) - INSPECTION_TOPICS.indexOf(b.topic));
  return [...groups.values()];
}

/** The overlaps that concern one plan line (its enterprise, on one of its topics). */
export function overlapsOfItem<O extends { enterprise: { id: string }; topic: string }>(
  overlaps: readonly O[],
  item: { enterprise: { id: string }; topics: readonly string[] },
): O[] {
  return overlaps.filter((o) => o.enterprise.id === item.enterprise.id && item.topics.includes(o.topic));
}

/** A list of names typed one per line or separated by ";" — trimmed, empty ones left out, each once. */
export function namesOf(text: string | undefined): string[] {
  const names = (text ?? '')
    .split(/[\n;]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return [...new Set(names)];
}
