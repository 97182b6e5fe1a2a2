/**
 * The zones' wastewater (môi trường KCN): plants' statuses, sample kinds, permits, and the pure
 * rules — the limit that applies to a parameter (QCVN 40:2011/BTNMT: Cmax = C × Kq × Kf), whether
 * a value exceeds it, the connection rate — with the built-in standards as data.
 */

export const PLANT_STATUSES = ['planned', 'under_construction', 'operating', 'suspended'] as const;
export type PlantStatus = (typeof PLANT_STATUSES)[number];
export const SAMPLE_POINTS = ['inlet', 'outlet'] as const;
export const SAMPLE_KINDS = ['periodic', 'automatic', 'inspection'] as const;

/** A permit of a plant (giấy phép môi trường, xả thải …). */
export interface PlantPermit {
  kind: string;
  number: string;
  /** yyyy-mm-dd */
  issuedOn: string;
  issuer: string;
  /** yyyy-mm-dd, or null when it does not expire. */
  validUntil: string | null;
}
