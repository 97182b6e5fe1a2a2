/**
 * Accent-insensitive search: "thai binh" finds "Thái Bình". The application writes a
 * normalised `search_text` column with this function and normalises queries the same way,
 * so search behaves identically on PGlite and PostgreSQL without an extension.
 */
export function normaliseForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a query into normalised words; every word must occur in the searched text. */
export function searchTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}

/**
 * Whether a text matches a query typed without (or with) accents: every word of the query occurs
 * in the text. "tien hai" matches "KCN Tiền Hải"; "han quoc" matches "Hàn Quốc (KR)".
 */
export function matchesSearch(text: string, query: string): boolean {
  const normalised = normaliseForSearch(text);
  return searchTerms(query).every((term) => normalised.includes(term));
}
