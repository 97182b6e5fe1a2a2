/**
 * Mã hồ sơ: `${office prefix}-${yymmdd}-${sequence}`, e.g. H56.22-260213-0001 — the office's code
 * prefix, the Vietnam date of the receipt (or of the online submission), and the day's sequence
 * (4 digits, more past 9999). The sequence is taken under an advisory lock per prefix and day
 * (dossiers.repository.ts#nextDossierSequence); the unique index on the code stands behind it.
 */
export function dossierCodeStem(prefix: string, vietnamDate: string): string {
  const [year, month, day] = vietnamDate.split('-');
  return `${prefix}-${year!.slice(2)}${month}${day}-`;
}

export function dossierCode(prefix: string, vietnamDate: string, sequence: number): string {
  return `${dossierCodeStem(prefix, vietnamDate)}${String(sequence).padStart(4, '0')}`;
}
