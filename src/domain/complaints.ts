/**
 * Complaints (khiếu nại), denunciations (tố cáo) and petitions (kiến nghị, phản ánh): kinds,
 * channels, statuses, results and the statutory deadlines as data, counted in working days on the
 * one-stop calendar (src/domain/working-days.ts).
 *
 * The deadlines are versioned data: each kind's rule names its legal basis, whether the law
 * itself counts working days ("ngày làm việc") or days ("ngày") — which the board counts as
 * working days, its practice — and whether the reading has been checked against the text
 * (`verified`). A period in days starts the day after the event (Bộ luật Dân sự 2015, Art. 147):
 * the n-th working day after receipt or acceptance is the last day.
 */
import { addWorkingDays, remainingWorkingDays, type WorkingCalendar } from './working-days.ts';

export const COMPLAINT_KINDS = ['complaint', 'denunciation', 'petition'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_CHANNELS = ['direct', 'post', 'email', 'online', 'hotline', 'transferred'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_STATUSES = ['received', 'accepted', 'refused', 'settled', 'withdrawn'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
/** Đúng, đúng một phần, sai (toàn bộ). */
export const COMPLAINT_RESULTS = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export type ComplaintResult = (typeof COMPLAINT_RESULTS)[number];
export const COMPLAINT_FIELDS = [
  'land',
  'labour',
  'environment',
  'investment',
  'construction',
  'administrative',
  'other',
] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

/** The receipt number's prefix per kind: KN-2025-001, TC-2025-001, PA-2025-001. */
export const COMPLAINT_REFERENCE_PREFIX: Record<ComplaintKind, string> = {
  complaint: 'KN',
  denunciation: 'TC',
  petition: 'PA',
};

/** The board's receipt number of a kind's n-th record of a year. */
export function complaintReference(kind: ComplaintKind, year: number, sequence: number): string {
  return `${COMPLAINT_REFERENCE_PREFIX[kind]}-${year}-${String(sequence).padStart(3, '0')}`;
}

/** Vietnamese words, for documents and the server's Excel (the web has its own locale). */
export const COMPLAINT_KIND_WORDS: Record<ComplaintKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Kiến nghị, phản ánh',
};
export const COMPLAINT_CHANNEL_WORDS: Record<ComplaintChannel, string> = {
  direct: 'Trực tiếp',
  post: 'Qua bưu chính',
  email: 'Thư điện tử',
  online: 'Trực tuyến',
  hotline: 'Đường dây nóng',
  transferred: 'Cơ quan khác chuyển đến',
};
export const COMPLAINT_STATUS_WORDS: Record<ComplaintStatus, string> = {
  received: 'Đã tiếp nhận',
  accepted: 'Đã thụ lý',
  refused: 'Không thụ lý',
  settled: 'Đã giải quyết',
  withdrawn: 'Đã rút đơn',
};
export const COMPLAINT_RESULT_WORDS: Record<ComplaintResult, string> = {
  upheld: 'Đúng',
  partly_upheld: 'Đúng một phần',
  not_upheld: 'Sai',
};
export const COMPLAINT_FIELD_WORDS: Record<ComplaintField, string> = {
  land: 'Đất đai',
  labour: 'Lao động',
  environment: 'Môi trường',
  investment: 'Đầu tư',
  construction: 'Xây dựng',
  administrative: 'Hành chính',
  other: 'Khác',
};

// ---------------------------------------------------------------------------------------------
// Statutory deadlines as data

/** One period of a rule: how many working days, counted from which event. */
export interface DeadlinePeriod {
  workingDays: number;
  from: 'receipt' | 'acceptance';
  /** The article the period comes from. */
  basis: string;
  /** How the law counts it: 'working_days' when it says "ngày làm việc", 'days' when it says "ngày". */
  lawUnit: 'working_days' | 'days';
  /** The reading was checked against the law's text; false: the board's practice, to be confirmed. */
  verified: boolean;
  note?: string;
}

export interface ComplaintDeadlineRule {
  kind: ComplaintKind;
  /** The rule's version and the receipt date it applies from. */
  version: string;
  effectiveFrom: string;
  law: string;
  accept: DeadlinePeriod;
  settle: DeadlinePeriod;
  /** Extensions of the settlement period for a complex case: how many, each at most, in all at most. */
  extension: {
    maxCount: number;
    maxEach: number;
    maxTotal: number;
    basis: string;
    verified: boolean;
    note?: string;
  };
}

const PRACTICE =
  'Luật ghi "ngày"; Ban tính theo ngày làm việc (thực tiễn của Ban, cần xác nhận với Thanh tra tỉnh).';

/** Every version of every kind's rule (the one in force for a receipt date is chosen by `deadlineRule`). */
export const COMPLAINT_DEADLINE_RULES: readonly ComplaintDeadlineRule[] = [
  {
    kind: 'complaint',
    version: 'kn-2011-v1',
    effectiveFrom: '2012-07-01',
    law: 'Luật Khiếu nại số 02/2011/QH13',
    accept: {
      workingDays: 10,
      from: 'receipt',
      basis: 'Luật Khiếu nại 2011, Điều 27: thụ lý trong thời hạn 10 ngày kể từ ngày nhận được khiếu nại',
      lawUnit: 'days',
      verified: false,
      note: PRACTICE,
    },
    settle: {
      workingDays: 30,
      from: 'acceptance',
      basis:
        'Luật Khiếu nại 2011, Điều 28: giải quyết lần đầu không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày',
      lawUnit: 'days',
      verified: false,
      note: PRACTICE,
    },
    extension: {
      maxCount: 1,
      maxEach: 15,
      maxTotal: 15,
      basis:
        'Luật Khiếu nại 2011, Điều 28: vụ việc phức tạp, thời hạn giải quyết không quá 45 ngày (30 + 15)',
      verified: false,
      note: 'Luật không nói "gia hạn" mà nói thời hạn tối đa 45 ngày; Ban ghi nhận một lần kéo dài, tối đa 15 ngày làm việc. Vùng sâu, vùng xa (45/60 ngày) không áp dụng cho khu công nghiệp.',
    },
  },
  {
    kind: 'denunciation',
    version: 'tc-2018-v1',
    effectiveFrom: '2019-01-01',
    law: 'Luật Tố cáo số 25/2018/QH14',
    accept: {
      workingDays: 7,
      from: 'receipt',
      basis:
        'Luật Tố cáo 2018, Điều 29: trong thời hạn 07 ngày làm việc kể từ ngày nhận được tố cáo, quyết định thụ lý hoặc không thụ lý',
      lawUnit: 'working_days',
      verified: true,
    },
    settle: {
      workingDays: 30,
      from: 'acceptance',
      basis: 'Luật Tố cáo 2018, Điều 30: thời hạn giải quyết tố cáo không quá 30 ngày kể từ ngày thụ lý',
      lawUnit: 'days',
      verified: false,
      note: PRACTICE,
    },
    extension: {
      maxCount: 2,
      maxEach: 30,
      maxTotal: 60,
      basis:
        'Luật Tố cáo 2018, Điều 30: vụ việc phức tạp gia hạn một lần không quá 30 ngày; đặc biệt phức tạp gia hạn hai lần, mỗi lần không quá 30 ngày',
      verified: false,
      note: PRACTICE,
    },
  },
  {
    kind: 'petition',
    version: 'pa-2013-v1',
    effectiveFrom: '2014-07-01',
    law: 'Luật Tiếp công dân số 42/2013/QH13',
    accept: {
      workingDays: 10,
      from: 'receipt',
      basis: 'Luật Tiếp công dân 2013 (xử lý kiến nghị, phản ánh): trả lời trong thời hạn 10 ngày',
      lawUnit: 'days',
      verified: false,
      note: `${PRACTICE} Điều khoản và thời hạn chưa được đối chiếu với văn bản luật.`,
    },
    settle: {
      workingDays: 10,
      from: 'receipt',
      basis: 'Luật Tiếp công dân 2013 (xử lý kiến nghị, phản ánh): trả lời trong thời hạn 10 ngày',
      lawUnit: 'days',
      verified: false,
      note: 'Hạn trả lời tính từ ngày nhận, không từ ngày thụ lý; chưa đối chiếu với văn bản luật.',
    },
    extension: {
      maxCount: 0,
      maxEach: 0,
      maxTotal: 0,
      basis: 'Luật Tiếp công dân 2013 không quy định gia hạn trả lời kiến nghị, phản ánh',
      verified: false,
    },
  },
];

/** The rule of a kind in force on a receipt date (the earliest version before its first). */
export function deadlineRule(kind: ComplaintKind, receivedOn: string): ComplaintDeadlineRule {
  const versions = COMPLAINT_DEADLINE_RULES.filter((r) => r.kind === kind).sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : 1,
  );
  const inForce = versions.filter((r) => r.effectiveFrom <= receivedOn);
  return inForce[inForce.length - 1] ?? versions[0]!;
}

/** The last day to accept (thụ lý) or refuse. */
export function acceptDueOn(calendar: WorkingCalendar, kind: ComplaintKind, receivedOn: string): string {
  return addWorkingDays(calendar, receivedOn, deadlineRule(kind, receivedOn).accept.workingDays);
}

/** The last day to settle (answer), after `extendedWorkingDays` of extension. */
export function settleDueOn(
  calendar: WorkingCalendar,
  input: { kind: ComplaintKind; receivedOn: string; acceptedOn: string; extendedWorkingDays?: number },
): string {
  const rule = deadlineRule(input.kind, input.receivedOn).settle;
  const from = rule.from === 'receipt' ? input.receivedOn : input.acceptedOn;
  return addWorkingDays(calendar, from, rule.workingDays + (input.extendedWorkingDays ?? 0));
}

export type ExtensionRefusal = 'not_allowed' | 'too_many' | 'too_long' | 'over_total';

/**
 * Whether an extension of `workingDays` may be granted, given what was extended before:
 * null when it may, else why not (the kind allows none; no extension left; more than one
 * extension may give; more than the total allowed).
 */
export function extensionRefusal(
  kind: ComplaintKind,
  receivedOn: string,
  input: { extendedWorkingDays: number; extensions: number; workingDays: number },
): ExtensionRefusal | null {
  const limit = deadlineRule(kind, receivedOn).extension;
  if (limit.maxCount === 0) return 'not_allowed';
  if (input.extensions >= limit.maxCount) return 'too_many';
  if (input.workingDays > limit.maxEach) return 'too_long';
  if (input.extendedWorkingDays + input.workingDays > limit.maxTotal) return 'over_total';
  return null;
}

// ---------------------------------------------------------------------------------------------
// The state of a complaint as of a date

/** Due soon: this many working days left, or fewer. */
export const COMPLAINT_DUE_SOON_WORKING_DAYS = 3;

export const COMPLAINT_STATES = [
  'accept_on_time',
  'accept_due_soon',
  'accept_overdue',
  'settle_on_time',
  'settle_due_soon',
  'settle_overdue',
  'settled_on_time',
  'settled_late',
  'refused',
  'withdrawn',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export interface ComplaintTiming {
  state: ComplaintState;
  /** The deadline that runs now (to accept, or to settle), or null once closed. */
  dueOn: string | null;
  /** Working days left to it (0 on the day, negative once overdue), or null once closed. */
  workingDaysLeft: number | null;
}

export interface ComplaintDates {
  status: ComplaintStatus;
  acceptDueOn: string;
  settleDueOn: string | null;
  settledOn: string | null;
}

/** The state of a complaint as of `today`: which deadline runs, and whether it is near or past. */
export function complaintTiming(
  calendar: WorkingCalendar,
  c: ComplaintDates,
  today: string,
): ComplaintTiming {
  if (c.status === 'refused' || c.status === 'withdrawn')
    return { state: c.status, dueOn: null, workingDaysLeft: null };
  if (c.status === 'settled') {
    const late = c.settleDueOn !== null && c.settledOn !== null && c.settledOn > c.settleDueOn;
    return { state: late ? 'settled_late' : 'settled_on_time', dueOn: null, workingDaysLeft: null };
  }
  const stage = c.status === 'received' ? 'accept' : 'settle';
  const dueOn = stage === 'accept' ? c.acceptDueOn : (c.settleDueOn ?? c.acceptDueOn);
  const left = remainingWorkingDays(calendar, dueOn, today);
  const state: ComplaintState =
    today > dueOn
      ? `${stage}_overdue`
      : left <= COMPLAINT_DUE_SOON_WORKING_DAYS
        ? `${stage}_due_soon`
        : `${stage}_on_time`;
  return { state, dueOn, workingDaysLeft: left };
}

/** The states shown as overdue (red). */
export const OVERDUE_STATES: ReadonlySet<ComplaintState> = new Set(['accept_overdue', 'settle_overdue']);
