/**
 * Enterprises' difficulties and requests (khó khăn, vướng mắc, kiến nghị): topics, channels, the
 * life of one (open → routed → answered → resolved, or reopened), and the pure rules — its age
 * and whether it is stuck.
 */
import { addDays, daysBetween } from './calendar-date.ts';
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from './working-days.ts';

export const DIFFICULTY_TOPICS = [
  'land',
  'site_clearance',
  'infrastructure',
  'procedure',
  'tax_customs',
  'labour',
  'environment',
  'finance',
  'other',
] as const;
export type DifficultyTopic = (typeof DIFFICULTY_TOPICS)[number];
export const DIFFICULTY_CHANNELS = ['account', 'dialogue', 'letter', 'meeting'] as const;
export const DIFFICULTY_STATUSES = ['open', 'routed', 'answered', 'resolved'] as const;
export type DifficultyStatus = (typeof DIFFICULTY_STATUSES)[number];
export const RESPONSIBLE_KINDS = ['department', 'agency'] as const;
export const DIFFICULTY_EVENTS = ['raised', 'routed', 'answered', 'confirmed', 'reopened'] as const;

export type DifficultyChannel = (typeof DIFFICULTY_CHANNELS)[number];
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];
export type DifficultyEventAction = (typeof DIFFICULTY_EVENTS)[number];

/** The channels staff record one through; 'account' is the enterprise's own. */
export const STAFF_CHANNELS = ['dialogue', 'letter', 'meeting'] as const;

/** Why a difficulty is stuck (the leader's view). */
export const STUCK_REASONS = ['overdue', 'not_routed', 'reopened'] as const;
export type StuckReason = (typeof STUCK_REASONS)[number];

/**
 * The board's own service standard (not a law): working days, on the one-stop calendar, to
 * answer once routed — a department of the board, or an outside agency; and to route it.
 */
export const ANSWER_WORKING_DAYS: Record<ResponsibleKind, number> = { department: 10, agency: 15 };
export const ROUTE_WITHIN_WORKING_DAYS = 3;
/** Reopened this many times or more, it is stuck. */
export const REOPEN_LIMIT = 2;

export const DIFFICULTY_TOPIC_WORDS: Record<DifficultyTopic, string> = {
  land: 'Đất đai',
  site_clearance: 'Giải phóng mặt bằng',
  infrastructure: 'Hạ tầng',
  procedure: 'Thủ tục hành chính',
  tax_customs: 'Thuế, hải quan',
  labour: 'Lao động',
  environment: 'Môi trường',
  finance: 'Tài chính, tín dụng',
  other: 'Khác',
};
export const DIFFICULTY_CHANNEL_WORDS: Record<DifficultyChannel, string> = {
  account: 'Tài khoản doanh nghiệp',
  dialogue: 'Hội nghị đối thoại',
  letter: 'Văn bản',
  meeting: 'Buổi làm việc',
};
export const DIFFICULTY_STATUS_WORDS: Record<DifficultyStatus, string> = {
  open: 'Chưa chuyển xử lý',
  routed: 'Đang xử lý',
  answered: 'Đã trả lời',
  resolved: 'Đã giải quyết xong',
};
export const RESPONSIBLE_KIND_WORDS: Record<ResponsibleKind, string> = {
  department: 'Phòng thuộc Ban',
  agency: 'Cơ quan ngoài Ban',
};
export const STUCK_REASON_WORDS: Record<StuckReason, string> = {
  overdue: 'Quá hạn trả lời',
  not_routed: `Chưa chuyển xử lý sau ${ROUTE_WITHIN_WORKING_DAYS} ngày làm việc`,
  reopened: `Doanh nghiệp mở lại từ ${REOPEN_LIMIT} lần`,
};

/** Calendar days from being raised to the answer, or to `today` while unanswered (never negative). */
export function ageDays(raisedOn: string, answeredOn: string | null, today: string): number {
  return Math.max(0, daysBetween(raisedOn, answeredOn ?? today));
}

/**
 * Working days from being raised to the answer (or `today`): the working days after the day it
 * was raised, up to and including the end day — 0 when answered the day it was raised.
 */
export function workingDaysOpen(
  calendar: WorkingCalendar,
  raisedOn: string,
  answeredOn: string | null,
  today: string,
): number {
  const end = answeredOn ?? today;
  return end <= raisedOn ? 0 : workingDaysBetween(calendar, addDays(raisedOn, 1), end);
}

/** The default answer date: the board's standard's working days after the day it is routed. */
export function defaultAnswerDueOn(
  calendar: WorkingCalendar,
  kind: ResponsibleKind,
  routedOn: string,
): string {
  return addWorkingDays(calendar, routedOn, ANSWER_WORKING_DAYS[kind]);
}

/** The last day to route one raised on `raisedOn` (the 3rd working day after). */
export function routeDueOn(calendar: WorkingCalendar, raisedOn: string): string {
  return addWorkingDays(calendar, raisedOn, ROUTE_WITHIN_WORKING_DAYS);
}

export interface StuckFacts {
  status: DifficultyStatus;
  raisedOn: string;
  answerDueOn: string | null;
  reopenedCount: number;
}

/**
 * Why a difficulty is stuck on `today` (none: it is not): routed and past its answer date
 * unanswered; still not routed after the 3rd working day from being raised; reopened twice or
 * more and not resolved.
 */
export function stuckReasons(calendar: WorkingCalendar, facts: StuckFacts, today: string): StuckReason[] {
  const reasons: StuckReason[] = [];
  if (facts.status === 'routed' && facts.answerDueOn !== null && today > facts.answerDueOn)
    reasons.push('overdue');
  if (facts.status === 'open' && today > routeDueOn(calendar, facts.raisedOn)) reasons.push('not_routed');
  if (facts.status !== 'resolved' && facts.reopenedCount >= REOPEN_LIMIT) reasons.push('reopened');
  return reasons;
}

/** What may be done to a difficulty. */
export type DifficultyAction = 'edit' | 'route' | 'answer' | 'confirm' | 'reopen';

/**
 * The statuses each action is allowed from: edited and (re)routed before it is answered,
 * answered once routed, confirmed or reopened once answered.
 */
export const ALLOWED_FROM: Record<DifficultyAction, readonly DifficultyStatus[]> = {
  edit: ['open', 'routed'],
  route: ['open', 'routed'],
  answer: ['routed'],
  confirm: ['answered'],
  reopen: ['answered'],
};

/** The status an action leaves it in (reopening routes it again to the same responsible). */
export const STATUS_AFTER: Record<DifficultyAction, DifficultyStatus | null> = {
  edit: null,
  route: 'routed',
  answer: 'answered',
  confirm: 'resolved',
  reopen: 'routed',
};

export function canDo(status: DifficultyStatus, action: DifficultyAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}
