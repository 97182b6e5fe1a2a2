/**
 * The one-stop shop's vocabulary (one-stop-v1; Decree 118/2025, Circular 03/2025/TT-VPCP), shared
 * by the server, the command line and the web app. Working days are in working-days.ts.
 */

/** A deadline counted in working days (ngày làm việc) or in calendar days (ngày). */
export const DEADLINE_UNITS = ['working_days', 'days'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** Decree 42/2022: full-process online (toàn trình), partial (một phần), or none. */
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

/** How a dossier arrived: online (the portal's KenhThucHien 2), at the counter (1), by post (3). */
export const DOSSIER_CHANNELS = ['online', 'counter', 'post'] as const;
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];

/** có kết quả · từ chối · rút · dừng xử lý. */
export const RESULT_KINDS = ['approved', 'refused', 'withdrawn', 'stopped'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** A result's kind in the words of the dossier's history and of the board's documents. */
export const RESULT_KIND_WORDS: Record<ResultKind, string> = {
  approved: 'Có kết quả',
  refused: 'Từ chối giải quyết',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng xử lý',
};

/**
 * A dossier's life, after the national portal's states:
 * - unconfirmed: submitted on the public form, its e-mail not yet confirmed (staff do not see it);
 * - submitted: online, awaiting acceptance (Mới đăng ký);
 * - not_accepted: refused at acceptance, form 03 (Không được tiếp nhận);
 * - processing: received, the clock runs (Được tiếp nhận / Đang xử lý);
 * - awaiting_supplement: form 02 sent, the clock stopped (Yêu cầu bổ sung);
 * - resolved: a result of some kind (Đã xử lý xong / Dừng xử lý);
 * - returned: the result handed to the applicant (Đã trả kết quả).
 */
export const DOSSIER_STATUSES = [
  'unconfirmed',
  'submitted',
  'not_accepted',
  'processing',
  'awaiting_supplement',
  'resolved',
  'returned',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** What a dossier's file is: the application, a supplement, the result, the apology letter. */
export const ATTACHMENT_PURPOSES = ['application', 'supplement', 'result', 'apology', 'other'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

/** A document the applicant brings (thành phần hồ sơ). */
export interface ProcedureDocument {
  name: string;
  originals: number;
  copies: number;
  note?: string | null;
}

/** A processing step of a procedure: who does it and how many working days it may take. */
export interface ProcedureStep {
  name: string;
  department: string;
  workingDays: number;
}

export interface Deadline {
  value: number;
  unit: DeadlineUnit;
}
