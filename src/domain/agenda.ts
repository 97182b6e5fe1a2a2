/**
 * The staff home page's agenda (việc cần làm hôm nay): what each module reports as needing
 * attention, in one shape, and the order they are shown in.
 */
import { addDays, daysBetween } from './calendar-date.ts';
import { remainingWorkingDays, type WorkingCalendar } from './working-days.ts';

/** Overdue first, then due soon, then waiting for someone at the board. */
export const AGENDA_URGENCIES = ['overdue', 'due_soon', 'waiting'] as const;
export type AgendaUrgency = (typeof AGENDA_URGENCIES)[number];

export interface AgendaItem {
  /** Which kind of work: 'finding_follow_up', 'dossier', 'report_review', 'difficulty', 'complaint' … */
  kind: string;
  /** The record's id. */
  id: string;
  /** The board's code. */
  board: string;
  urgency: AgendaUrgency;
  /** What it is, in Vietnamese (e.g. the enterprise and the finding). */
  title: string;
  /** One line more: the stage, who holds it. */
  detail: string;
  /** The date it is due (yyyy-mm-dd), or null when nothing fixes one. */
  dueOn: string | null;
  /** Days past due (positive), or left (negative), or waiting (since), as the kind says. */
  days: number | null;
  /** The web page to open it at (e.g. "/inspection/inspections/…"). */
  link: string;
}

/** The kinds this project's modules report, in the order their groups are shown on a tie. */
export const AGENDA_KINDS = [
  'dossier',
  'dossier_submission',
  'report_review',
  'finding_follow_up',
  'complaint',
  'difficulty',
] as const;

/** At most this many items of a group are listed (its `total` says how many there are). */
export const AGENDA_GROUP_CAP = 20;

export interface AgendaGroup {
  kind: string;
  /** The group's first items, most urgent first (at most the cap). */
  items: AgendaItem[];
  /** How many the group has in all. */
  total: number;
}

export interface AgendaCounts {
  overdue: number;
  dueSoon: number;
  waiting: number;
}

const rankOf = (urgency: AgendaUrgency) => AGENDA_URGENCIES.indexOf(urgency);
const kindRank = (kind: string) => {
  const i = (AGENDA_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? AGENDA_KINDS.length : i;
};

/**
 * The agenda's order: overdue first, then due soon, then waiting; within each, the earliest due
 * date first (none last), then the oldest (most days) first; then kind and id, so that the order
 * never depends on how the items arrived.
 */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  return (
    rankOf(a.urgency) - rankOf(b.urgency) ||
    (a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1) ||
    (b.days ?? Number.NEGATIVE_INFINITY) - (a.days ?? Number.NEGATIVE_INFINITY) ||
    kindRank(a.kind) - kindRank(b.kind) ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** How many items are overdue, due soon and waiting. */
export function countAgenda(items: readonly AgendaItem[]): AgendaCounts {
  const counts: AgendaCounts = { overdue: 0, dueSoon: 0, waiting: 0 };
  for (const item of items) {
    if (item.urgency === 'overdue') counts.overdue += 1;
    else if (item.urgency === 'due_soon') counts.dueSoon += 1;
    else counts.waiting += 1;
  }
  return counts;
}

/**
 * A part of the agenda as one source knows it: the first items it found (it may have found them
 * already capped, in the agenda's order) and how many it has in all, by urgency.
 */
export interface AgendaPart {
  items: AgendaItem[];
  /** In all, by urgency (the items' own counts when left out: the source listed every one). */
  counts?: AgendaCounts;
}

/**
 * The items grouped by kind, each group in the agenda's order and capped; the groups ordered by
 * their most urgent item (then by kind); empty groups left out. `counts` add up every part's.
 */
export function groupAgenda(
  parts: readonly AgendaPart[],
  cap: number = AGENDA_GROUP_CAP,
): { groups: AgendaGroup[]; counts: AgendaCounts } {
  const byKind = new Map<string, { items: AgendaItem[]; extra: number }>();
  const counts: AgendaCounts = { overdue: 0, dueSoon: 0, waiting: 0 };
  for (const part of parts) {
    const own = countAgenda(part.items);
    const all = part.counts ?? own;
    counts.overdue += all.overdue;
    counts.dueSoon += all.dueSoon;
    counts.waiting += all.waiting;
    const unlisted = all.overdue + all.dueSoon + all.waiting - part.items.length;
    // A part's unlisted items belong to its kind (a source of several kinds lists them all).
    const kinds = [...new Set(part.items.map((i) => i.kind))];
    for (const item of part.items) {
      const group = byKind.get(item.kind) ?? { items: [], extra: 0 };
      group.items.push(item);
      byKind.set(item.kind, group);
    }
    if (unlisted > 0 && kinds.length === 1) byKind.get(kinds[0]!)!.extra += unlisted;
  }
  const groups = [...byKind.entries()].map(([kind, { items, extra }]) => {
    const sorted = [...items].sort(compareAgendaItems);
    return { kind, items: sorted.slice(0, cap), total: items.length + extra };
  });
  groups.sort((a, b) => compareAgendaItems(a.items[0]!, b.items[0]!) || kindRank(a.kind) - kindRank(b.kind));
  return { groups, counts };
}

/** "2020-Q1" → "Quý I/2020"; "2019" → "Năm 2019"; "2019-H1" → "6 tháng đầu năm 2019"; "2019-11" → "Tháng 11/2019". */
export function periodWords(period: string): string {
  const year = period.slice(0, 4);
  const part = period.slice(5);
  if (!part) return `Năm ${year}`;
  if (part === 'H1') return `6 tháng đầu năm ${year}`;
  if (part === 'H2') return `6 tháng cuối năm ${year}`;
  if (part.startsWith('Q'))
    return `Quý ${['I', 'II', 'III', 'IV'][Number(part.slice(1)) - 1] ?? part}/${year}`;
  return `Tháng ${part}/${year}`;
}

/** Working days at most before its due date for an item to be "due soon" (as the one-stop shop's). */
export const DUE_SOON_WORKING_DAYS = 2;

/** The last date whose due items are "due soon" on `today`: ≤ `workingDays` working days left. */
export function dueSoonUntil(
  calendar: WorkingCalendar,
  today: string,
  workingDays: number = DUE_SOON_WORKING_DAYS,
): string {
  let last = today;
  for (let i = 1; i <= 60; i++) {
    const date = addDays(today, i);
    if (remainingWorkingDays(calendar, date, today) > workingDays) break;
    last = date;
  }
  return last;
}

/**
 * An item due on `dueOn`, seen on `today`: overdue (the date passed; days past it) or due soon
 * (on or before `soonUntil`; days left, negative) — else null (not on today's agenda).
 */
export function dueUrgency(
  dueOn: string,
  today: string,
  soonUntil: string,
): { urgency: 'overdue' | 'due_soon'; days: number } | null {
  if (dueOn < today) return { urgency: 'overdue', days: daysBetween(dueOn, today) };
  if (dueOn <= soonUntil) return { urgency: 'due_soon', days: daysBetween(dueOn, today) };
  return null;
}

/** Days an item has waited since `since` (a Vietnam date) as seen on `today`, never negative. */
export function daysWaiting(since: string, today: string): number {
  return Math.max(daysBetween(since, today), 0);
}
