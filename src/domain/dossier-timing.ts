/**
 * One dossier in a reporting period (one-stop-v1, "Statistics report"): whether it counts as
 * received (carried over or new), resolved in the period (early, on time, late against its due
 * date) or pending at the period's end (not due, overdue), and how Decision 766/QĐ-TTg's indicator
 * 2.1 judges it. Pure: the calendar and the dossier's timestamps in, the classification out.
 *
 * - Every date is the timestamp's date in Vietnam time (UTC+7).
 * - A supplement request stops the clock from its date until the day before the supplement
 *   arrives; the due date moves later by those working days (working-days.ts `dueDate`).
 * - Judged at a date D (the result's date, or `to` for a pending dossier), only the supplements
 *   requested by D count. A supplement still awaited at D: the clock stands still, so a pending
 *   dossier is never overdue meanwhile; a result given while a supplement is awaited ends the wait
 *   on the result's date.
 */
import type { Deadline, DossierChannel } from './one-stop.ts';
import {
  dueDate as workingDueDate,
  vietnamDateOf,
  type SupplementSpan,
  type WorkingCalendar,
} from './working-days.ts';

export interface TimedDossier {
  /** Tiếp nhận; a dossier never received (null) is in no figure. */
  receivedAt: string | Date | null;
  channel: DossierChannel;
  deadline: Deadline;
  supplements: readonly SupplementSpan[];
  /** The result's time, of whatever kind; none while in progress. */
  resultAt?: string | Date | null;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

export type ReceivedClass = 'carriedOver' | 'new';
export type ResolvedClass = 'early' | 'onTime' | 'late';
export type PendingClass = 'notDue' | 'overdue';

export interface DossierTiming {
  /** In the period's received figure: received before `from` without a result before `from`, or in it. */
  received: ReceivedClass | null;
  /** New and received online. */
  online: boolean;
  /** With a result dated in the period. */
  resolved: ResolvedClass | null;
  /** Received by `to`, without a result by `to`. */
  pending: PendingClass | null;
  /** The due date the dossier was judged against (none when it is in no figure, or awaiting a supplement at `to`). */
  dueDate: string | null;
  /** A supplement was awaited at the date judged. */
  awaitingSupplement: boolean;
  /** Supplement requests made by the date judged. */
  supplementRequests: number;
  /**
   * Decision 766, indicator 2.1: finished, or still in progress at the period's end, on or before
   * the due date; more than one supplement request counts late; a dossier left waiting for its
   * single supplement ends at the request's date. Null when the dossier is not counted.
   */
  onTime766: boolean | null;
}

const NONE: DossierTiming = {
  received: null,
  online: false,
  resolved: null,
  pending: null,
  dueDate: null,
  awaitingSupplement: false,
  supplementRequests: 0,
  onTime766: null,
};

/** The supplements as they stood on `date`: those that had arrived, and the one(s) still awaited. */
function supplementsOn(
  supplements: readonly SupplementSpan[],
  date: string,
): { arrived: SupplementSpan[]; awaited: SupplementSpan[] } {
  const arrived: SupplementSpan[] = [];
  const awaited: SupplementSpan[] = [];
  for (const span of supplements) {
    if (vietnamDateOf(span.requestedAt) > date) continue;
    if (span.suppliedAt && vietnamDateOf(span.suppliedAt) <= date)
      arrived.push({
        requestedAt: span.requestedAt,
        suppliedAt: notBefore(span.suppliedAt, span.requestedAt),
      });
    else awaited.push(span);
  }
  return { arrived, awaited };
}

/**
 * Due dates depend only on the dates (Vietnam time) of the receipt and of each supplement's
 * request and arrival: many dossiers share them, so each calendar keeps those it computed.
 */
const dueDates = new WeakMap<WorkingCalendar, Map<string, string>>();

function computeDueDate(
  calendar: WorkingCalendar,
  input: { receivedAt: string | Date; deadline: Deadline; supplements: readonly SupplementSpan[] },
): { dueDate: string } {
  let cache = dueDates.get(calendar);
  if (!cache) dueDates.set(calendar, (cache = new Map()));
  const key = [
    vietnamDateOf(input.receivedAt),
    input.deadline.value,
    input.deadline.unit,
    ...input.supplements.map(
      (s) => `${vietnamDateOf(s.requestedAt)}/${s.suppliedAt ? vietnamDateOf(s.suppliedAt) : ''}`,
    ),
  ].join('|');
  let due = cache.get(key);
  if (due === undefined) {
    due = workingDueDate(calendar, input).dueDate;
    cache.set(key, due);
  }
  return { dueDate: due };
}

const instant = (value: string | Date) => (value instanceof Date ? value.getTime() : Date.parse(value));

/** `value`, or `floor` when `value` is earlier (a supplement recorded before its request: no pause). */
function notBefore(value: string | Date, floor: string | Date): string | Date {
  return instant(value) < instant(floor) ? floor : value;
}

function requestDate(span: SupplementSpan): string {
  return vietnamDateOf(span.requestedAt);
}

/** Classifies one dossier for a period (see the module's comment). */
export function classifyDossier(
  calendar: WorkingCalendar,
  dossier: TimedDossier,
  period: ReportPeriod,
): DossierTiming {
  if (!dossier.receivedAt) return NONE;
  const received = vietnamDateOf(dossier.receivedAt);
  const result = dossier.resultAt ? vietnamDateOf(dossier.resultAt) : null;
  if (received > period.to) return NONE;
  if (result !== null && result < period.from) return NONE;
  // A result dated before the receipt (bad data) is taken as given on the receipt's date.
  const resultDate = result !== null && result < received ? received : result;

  const receivedClass: ReceivedClass = received < period.from ? 'carriedOver' : 'new';
  const online = receivedClass === 'new' && dossier.channel === 'online';

  if (resultDate !== null && resultDate <= period.to) {
    // Resolved in the period: judged on the result's date. A supplement still awaited then ends
    // its wait on that date (the clock stood still until the result).
    const { arrived, awaited } = supplementsOn(dossier.supplements, resultDate);
    const spans: SupplementSpan[] = [
      ...arrived,
      ...awaited.map((span) => ({
        requestedAt: span.requestedAt,
        suppliedAt: notBefore(dossier.resultAt!, span.requestedAt),
      })),
    ];
    const due = computeDueDate(calendar, {
      receivedAt: dossier.receivedAt,
      deadline: dossier.deadline,
      supplements: spans,
    }).dueDate;
    const resolved: ResolvedClass = resultDate < due ? 'early' : resultDate === due ? 'onTime' : 'late';
    const requests = arrived.length + awaited.length;
    let onTime766: boolean;
    if (requests > 1) onTime766 = false;
    else if (awaited.length === 1) onTime766 = requestDate(awaited[0]!) <= dueWithout(calendar, dossier);
    else onTime766 = resolved !== 'late';
    return {
      received: receivedClass,
      online,
      resolved,
      pending: null,
      dueDate: due,
      awaitingSupplement: awaited.length > 0,
      supplementRequests: requests,
      onTime766,
    };
  }

  // Pending at `to`: judged as of `to`.
  const { arrived, awaited } = supplementsOn(dossier.supplements, period.to);
  const requests = arrived.length + awaited.length;
  if (awaited.length > 0) {
    // The clock stands still while a supplement is awaited: never overdue meanwhile. For 766 a
    // dossier left waiting for its single supplement ends at the request's date.
    const dueBefore = computeDueDate(calendar, {
      receivedAt: dossier.receivedAt,
      deadline: dossier.deadline,
      supplements: arrived,
    }).dueDate;
    return {
      received: receivedClass,
      online,
      resolved: null,
      pending: 'notDue',
      dueDate: null,
      awaitingSupplement: true,
      supplementRequests: requests,
      onTime766: requests > 1 ? false : requestDate(awaited[0]!) <= dueBefore,
    };
  }
  const due = computeDueDate(calendar, {
    receivedAt: dossier.receivedAt,
    deadline: dossier.deadline,
    supplements: arrived,
  }).dueDate;
  const pending: PendingClass = due >= period.to ? 'notDue' : 'overdue';
  return {
    received: receivedClass,
    online,
    resolved: null,
    pending,
    dueDate: due,
    awaitingSupplement: false,
    supplementRequests: requests,
    onTime766: requests > 1 ? false : pending === 'notDue',
  };
}

/** The due date without the awaited supplement (only the one case above needs it). */
function dueWithout(calendar: WorkingCalendar, dossier: TimedDossier): string {
  return computeDueDate(calendar, {
    receivedAt: dossier.receivedAt!,
    deadline: dossier.deadline,
    supplements: [],
  }).dueDate;
}
