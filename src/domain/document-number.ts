/**
 * Số và ký hiệu of an outgoing document (Decree 30/2020/NĐ-CP, Art. 15 and Annex III): numbers run
 * from 01 on 1 January to 31 December in the issuing board's register, those under 10 written with
 * a leading zero; the symbol is the type's abbreviation, a hyphen, the board's: `05/BC-BQL`.
 */

/** The kinds of document a board issues, with the abbreviation its symbol carries (Annex III). */
export const DOCUMENT_TYPES = {
  BC: { symbol: 'BC', name: 'Báo cáo' },
  KH: { symbol: 'KH', name: 'Kế hoạch' },
  QD: { symbol: 'QĐ', name: 'Quyết định' },
  TB: { symbol: 'TB', name: 'Thông báo' },
  TTr: { symbol: 'TTr', name: 'Tờ trình' },
  BB: { symbol: 'BB', name: 'Biên bản' },
  GM: { symbol: 'GM', name: 'Giấy mời' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

/** The board's own abbreviation in a symbol: capitals and digits, e.g. BQL, BQLKKT. */
export const AGENCY_SYMBOL = /^[A-ZĐ][A-ZĐ0-9]{1,11}$/;

/** The year a document's number belongs to: the year of its date (a Vietnam calendar date). */
export function registerYear(issuedOn: string): number {
  return Number(issuedOn.slice(0, 4));
}

/** `05/BC-BQL`: the sequence number (from 1) and the symbol. */
export function documentNumber(sequence: number, type: DocumentType, agencySymbol: string): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence ${sequence}`);
  if (!AGENCY_SYMBOL.test(agencySymbol)) throw new RangeError(`agency symbol ${agencySymbol}`);
  return `${String(sequence).padStart(2, '0')}/${DOCUMENT_TYPES[type].symbol}-${agencySymbol}`;
}
