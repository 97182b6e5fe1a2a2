/**
 * Complaints (khiếu nại), denunciations (tố cáo) and petitions (kiến nghị, phản ánh): kinds,
 * channels, statuses, results and the statutory deadlines as data, counted in working days on the
 * one-stop calendar (src/domain/working-days.ts).
 */

export const COMPLAINT_KINDS = ['complaint', 'denunciation', 'petition'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_CHANNELS = ['direct', 'post', 'email', 'online', 'hotline', 'transferred'] as const;
export const COMPLAINT_STATUSES = ['received', 'accepted', 'refused', 'settled', 'withdrawn'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
/** Đúng, đúng một phần, sai (toàn bộ). */
export const COMPLAINT_RESULTS = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export const COMPLAINT_FIELDS = [
  'land',
  'labour',
  'environment',
  'investment',
  'construction',
  'administrative',
  'other',
] as const;
