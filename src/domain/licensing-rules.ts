/**
 * Rules a licensing record must keep beyond the shape of its history (licensing-ledger.ts), shared
 * by the API and the data-package importer so both refuse the same records with the same reason:
 *  - no licensing event dated after today (Vietnam): a certificate or decision exists once signed;
 *  - a certificate number (GCNĐKĐT, of a `new` or an `adjustment` event) belongs to one project: an
 *    adjusted certificate keeps its number, so the events of one project may share it, but no
 *    other project of the board may use it. A termination is a decision of the board (numbered per
 *    year, "QĐ 12/QĐ-BQL"), a different document: its number is not a certificate number;
 *  - an FDI project states its capital in USD on its new certificate and on every adjustment that
 *    changes the capital: without it the report's USD figures count a later USD figure as a change
 *    from nothing, or a change in đồng as none in USD;
 *  - implemented capital is not dated after the project's termination; above the registered capital
 *    at its date it is accepted but flagged.
 */
import type { LedgerEvent, LicensingEventKind } from './licensing-ledger.ts';
import { walkLedger } from './licensing-ledger.ts';

export const LICENSING_RULE_REASONS = [
  'EVENT_DATE_IN_FUTURE',
  'DOCUMENT_NO_TAKEN',
  'FDI_WITHOUT_USD',
  'IMPLEMENTED_AFTER_TERMINATION',
  'IMPLEMENTED_ABOVE_REGISTERED',
] as const;
export type LicensingRuleReason = (typeof LICENSING_RULE_REASONS)[number];

/** Vietnamese wording of each rule, shared by the API and the importer. */
export const LICENSING_RULE_MESSAGES: Record<LicensingRuleReason, string> = {
  EVENT_DATE_IN_FUTURE: 'Ngày cấp phép không được sau ngày hôm nay.',
  DOCUMENT_NO_TAKEN: 'Số giấy chứng nhận đã được dùng cho một dự án khác.',
  FDI_WITHOUT_USD:
    'Dự án FDI phải ghi vốn đầu tư bằng USD ở lần cấp mới và ở mỗi lần điều chỉnh làm thay đổi vốn.',
  IMPLEMENTED_AFTER_TERMINATION: 'Vốn thực hiện không được ghi sau ngày dự án chấm dứt hoạt động.',
  IMPLEMENTED_ABOVE_REGISTERED: 'Vốn thực hiện lớn hơn vốn đăng ký của dự án tại ngày này.',
};

/** Whether a calendar date (YYYY-MM-DD) is after `today` (YYYY-MM-DD, Vietnam). */
export function isAfter(date: string, today: string): boolean {
  return date > today;
}

/** Whether an event's document is an investment registration certificate (not a termination decision). */
export function isCertificate(kind: LicensingEventKind): boolean {
  return kind !== 'termination';
}

/**
 * Whether a certificate number is taken by another project: `used` lists the certificate events
 * (new, adjustment) of the board with their project.
 */
export function certificateNumberTaken(
  event: { kind: LicensingEventKind; documentNo: string; projectId: string },
  used: readonly { kind: LicensingEventKind; documentNo: string; projectId: string }[],
): boolean {
  if (!isCertificate(event.kind)) return false;
  return used.some(
    (other) =>
      isCertificate(other.kind) &&
      other.projectId !== event.projectId &&
      other.documentNo === event.documentNo,
  );
}

/**
 * The indexes (into `ordered`) of an FDI project's events that lack the USD they need: the `new`
 * certificate without USD, an adjustment stating a VND capital different from the one before
 * without USD. A DDI project has none.
 */
export function fdiWithoutUsd(ordered: readonly LedgerEvent[], investmentType: 'FDI' | 'DDI'): number[] {
  if (investmentType !== 'FDI') return [];
  return walkLedger(ordered).flatMap((entry, index) => {
    const { event } = entry;
    if (event.capitalUsdCents !== null) return [];
    if (event.kind === 'new') return [index];
    if (event.kind === 'adjustment' && event.capitalVnd !== null && event.capitalVnd !== entry.vndBefore)
      return [index];
    return [];
  });
}

/** The registered capital (VND) in force at the end of `date`: that of the latest event up to it. */
export function registeredVndAt(ordered: readonly LedgerEvent[], date: string): bigint | null {
  let vnd: bigint | null = null;
  for (const event of ordered) {
    if (event.date > date) break;
    if (event.capitalVnd !== null) vnd = event.capitalVnd;
  }
  return vnd;
}

/** The first termination's date of an ordered history, or null. */
export function terminatedOn(ordered: readonly LedgerEvent[]): string | null {
  return ordered.find((event) => event.kind === 'termination')?.date ?? null;
}

/**
 * An implemented-capital figure against the project's history: refused after the termination,
 * flagged above the registered capital at its date.
 */
export function implementationFindings(
  ordered: readonly LedgerEvent[],
  entry: { asOf: string; implementedVnd: bigint },
): { refusal: LicensingRuleReason | null; warnings: LicensingRuleReason[] } {
  const end = terminatedOn(ordered);
  if (end !== null && entry.asOf > end) return { refusal: 'IMPLEMENTED_AFTER_TERMINATION', warnings: [] };
  const registered = registeredVndAt(ordered, entry.asOf);
  return {
    refusal: null,
    warnings:
      registered !== null && entry.implementedVnd > registered ? ['IMPLEMENTED_ABOVE_REGISTERED'] : [],
  };
}
