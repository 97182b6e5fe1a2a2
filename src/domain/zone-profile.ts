/**
 * A zone's master data (thông tin chung của khu) as the ministry's forms ask for it, and its rules:
 *
 * - Position: a KKT has an economic zone type (ven biển, cửa khẩu, chuyên biệt) and no position
 *   class; a KCN/KCX has a position class — inside a KKT, the class of its parent's type
 *   (POSITION_OF_ECONOMIC_ZONE), outside any KKT "outside_ez".
 * - Location: the province since 01/7/2025 must be one of the 34 units in force then; the former
 *   province one of the 63 before, and the unit it became part of when both are given (a merger
 *   took whole provinces, so a commune never left its province's successor).
 * - Land-lease term: 1–70 years; its end, when given with a start (the establishment date), not
 *   before the start and not beyond start + term.
 * - Infrastructure capital: whole đồng (bigint) and USD with at most two decimals, never negative.
 */
import { isCalendarDate } from './calendar-date.ts';
import { isStorableUsd, isStorableVnd } from './money.ts';
import { usdToMillions, vndToTy } from './number-format.ts';
import { PROVINCES_BEFORE_2025, PROVINCES_FROM_2025, successorProvince } from './provinces.ts';
import {
  ECONOMIC_ZONE_TYPES,
  POSITION_CLASSES,
  POSITION_OF_ECONOMIC_ZONE,
  type EconomicZoneType,
  type PositionClass,
} from './zone-land.ts';

export { ECONOMIC_ZONE_TYPES, POSITION_CLASSES, POSITION_OF_ECONOMIC_ZONE };
export type { EconomicZoneType, PositionClass };

export type ZoneKindOfProfile = 'KCN' | 'KCX' | 'KKT';

/**
 * The land-lease term of a zone's infrastructure project, years. [U] The Land Law (2024 Art. 172,
 * formerly 2013 Art. 126) allows up to 50 years, and up to 70 years in areas with difficult
 * conditions or for projects of large capital slowly recovered; we accept 1–70 and leave the
 * 50-year case to the board.
 */
export const LAND_LEASE_TERM_MIN_YEARS = 1;
export const LAND_LEASE_TERM_MAX_YEARS = 70;

/** Where the zone lies: itself a KKT, or a park with its parent KKT (if any) and that one's type. */
export interface ZonePlace {
  kind: ZoneKindOfProfile;
  /** The KKT the park lies inside; null when none. `economicZoneType` null: the parent's type is not recorded. */
  parent: { economicZoneType: EconomicZoneType | null } | null;
}

/** The fields of master data the rules look at (null: not stated). */
export interface ZoneProfileFacts {
  positionClass: PositionClass | null;
  economicZoneType: EconomicZoneType | null;
  provinceCode: string | null;
  formerProvinceCode: string | null;
  landLeaseTermYears: number | null;
  landLeaseUntil: string | null;
  infrastructureCapitalVnd: string | null;
  infrastructureCapitalUsd: string | null;
}

export const ZONE_PROFILE_PROBLEM_REASONS = [
  /** A KKT has a type, not a position class. */
  'POSITION_CLASS_ON_ECONOMIC_ZONE',
  /** A KCN/KCX has a position class, not an economic zone type. */
  'ECONOMIC_ZONE_TYPE_ON_PARK',
  /** A park inside a KKT lies in it: its class is the one of the KKT's type. */
  'POSITION_CLASS_NOT_PARENTS',
  /** A park inside no KKT lies outside one. */
  'POSITION_CLASS_NOT_OUTSIDE',
  'PROVINCE_NOT_IN_FORCE',
  'FORMER_PROVINCE_NOT_IN_FORCE',
  /** The province since 01/7/2025 is not the unit the former province became part of. */
  'PROVINCE_NOT_SUCCESSOR',
  'LEASE_TERM_OUT_OF_RANGE',
  'LEASE_UNTIL_INVALID',
  'LEASE_UNTIL_BEFORE_START',
  'LEASE_UNTIL_BEYOND_TERM',
  'CAPITAL_VND_INVALID',
  'CAPITAL_USD_INVALID',
] as const;
export type ZoneProfileProblemReason = (typeof ZONE_PROFILE_PROBLEM_REASONS)[number];

export interface ZoneProfileProblem {
  field: keyof ZoneProfileFacts;
  reason: ZoneProfileProblemReason;
}

/** The class a zone's position takes unless stated: a KKT none; a park its parent KKT's, or outside. */
export function defaultPositionClass(place: ZonePlace): PositionClass | null {
  if (place.kind === 'KKT') return null;
  if (!place.parent) return 'outside_ez';
  return place.parent.economicZoneType ? POSITION_OF_ECONOMIC_ZONE[place.parent.economicZoneType] : null;
}

const PROVINCE_CODES_FROM_2025 = new Set(PROVINCES_FROM_2025.map((p) => p.code));
const PROVINCE_CODES_BEFORE_2025 = new Set(PROVINCES_BEFORE_2025.map((p) => p.code));

/** A date `years` later, the 29th of February falling to the 28th in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The end of a land lease of `termYears` from `start`: the anniversary (kept simple — [U] whether
 * the lease's last day is the anniversary or the day before it depends on the lease decision).
 */
export function leaseUntilFrom(start: string, termYears: number): string {
  return addYears(start, termYears);
}

/** The day a zone was established: its first status after "planned" (zones' status history). */
export function establishedOn(history: readonly { status: string; since: string }[]): string | null {
  return history.find((entry) => entry.status !== 'planned')?.since ?? null;
}

/**
 * The problems of a zone's master data, each naming its field: position by the zone's place,
 * provinces by the 01/7/2025 lists, lease term and end (against `leaseStart`, the establishment
 * date, when known), capital as exact amounts.
 */
export function findZoneProfileProblems(
  facts: ZoneProfileFacts,
  place: ZonePlace,
  leaseStart: string | null = null,
): ZoneProfileProblem[] {
  const problems: ZoneProfileProblem[] = [];
  const add = (field: keyof ZoneProfileFacts, reason: ZoneProfileProblemReason) =>
    problems.push({ field, reason });

  if (place.kind === 'KKT') {
    if (facts.positionClass !== null) add('positionClass', 'POSITION_CLASS_ON_ECONOMIC_ZONE');
  } else {
    if (facts.economicZoneType !== null) add('economicZoneType', 'ECONOMIC_ZONE_TYPE_ON_PARK');
    if (facts.positionClass !== null) {
      if (!place.parent) {
        if (facts.positionClass !== 'outside_ez') add('positionClass', 'POSITION_CLASS_NOT_OUTSIDE');
      } else {
        const expected = defaultPositionClass(place);
        // A parent whose type is not recorded still makes the park one inside an EZ.
        if (expected ? facts.positionClass !== expected : facts.positionClass === 'outside_ez')
          add('positionClass', 'POSITION_CLASS_NOT_PARENTS');
      }
    }
  }

  const provinceInForce = facts.provinceCode !== null && PROVINCE_CODES_FROM_2025.has(facts.provinceCode);
  const formerInForce =
    facts.formerProvinceCode !== null && PROVINCE_CODES_BEFORE_2025.has(facts.formerProvinceCode);
  if (facts.provinceCode !== null && !provinceInForce) add('provinceCode', 'PROVINCE_NOT_IN_FORCE');
  if (facts.formerProvinceCode !== null && !formerInForce)
    add('formerProvinceCode', 'FORMER_PROVINCE_NOT_IN_FORCE');
  if (provinceInForce && formerInForce) {
    if (successorProvince(facts.formerProvinceCode!)?.code !== facts.provinceCode)
      add('provinceCode', 'PROVINCE_NOT_SUCCESSOR');
  }

  const term = facts.landLeaseTermYears;
  const termValid =
    term !== null &&
    Number.isInteger(term) &&
    term >= LAND_LEASE_TERM_MIN_YEARS &&
    term <= LAND_LEASE_TERM_MAX_YEARS;
  if (term !== null && !termValid) add('landLeaseTermYears', 'LEASE_TERM_OUT_OF_RANGE');
  const until = facts.landLeaseUntil;
  if (until !== null) {
    if (!isCalendarDate(until)) add('landLeaseUntil', 'LEASE_UNTIL_INVALID');
    else if (leaseStart !== null) {
      if (until <= leaseStart) add('landLeaseUntil', 'LEASE_UNTIL_BEFORE_START');
      else if (termValid && until > leaseUntilFrom(leaseStart, term))
        add('landLeaseUntil', 'LEASE_UNTIL_BEYOND_TERM');
    }
  }

  if (facts.infrastructureCapitalVnd !== null && !isStorableVnd(facts.infrastructureCapitalVnd))
    add('infrastructureCapitalVnd', 'CAPITAL_VND_INVALID');
  if (facts.infrastructureCapitalUsd !== null && !isStorableUsd(facts.infrastructureCapitalUsd))
    add('infrastructureCapitalUsd', 'CAPITAL_USD_INVALID');
  return problems;
}

/** Vietnamese wording of each problem, for the API's error details. */
export const ZONE_PROFILE_PROBLEM_MESSAGES: Record<ZoneProfileProblemReason, string> = {
  POSITION_CLASS_ON_ECONOMIC_ZONE:
    'Khu kinh tế không có vị trí so với khu kinh tế; hãy chọn loại khu kinh tế.',
  ECONOMIC_ZONE_TYPE_ON_PARK:
    'Chỉ khu kinh tế mới có loại khu kinh tế; khu công nghiệp, khu chế xuất có vị trí.',
  POSITION_CLASS_NOT_PARENTS: 'Khu nằm trong khu kinh tế: vị trí phải theo loại của khu kinh tế đó.',
  POSITION_CLASS_NOT_OUTSIDE: 'Khu không nằm trong khu kinh tế nào: vị trí phải là "ngoài khu kinh tế".',
  PROVINCE_NOT_IN_FORCE: 'Tỉnh, thành phố không thuộc 34 đơn vị hành chính cấp tỉnh từ 01/7/2025.',
  FORMER_PROVINCE_NOT_IN_FORCE: 'Tỉnh, thành phố không thuộc 63 đơn vị hành chính cấp tỉnh trước 01/7/2025.',
  PROVINCE_NOT_SUCCESSOR: 'Tỉnh, thành phố từ 01/7/2025 không phải đơn vị mà tỉnh trước đây đã hợp nhất vào.',
  LEASE_TERM_OUT_OF_RANGE: `Thời hạn thuê đất từ ${LAND_LEASE_TERM_MIN_YEARS} đến ${LAND_LEASE_TERM_MAX_YEARS} năm.`,
  LEASE_UNTIL_INVALID: 'Ngày hết hạn thuê đất phải là một ngày có thật, dạng YYYY-MM-DD.',
  LEASE_UNTIL_BEFORE_START: 'Ngày hết hạn thuê đất phải sau ngày thành lập khu.',
  LEASE_UNTIL_BEYOND_TERM: 'Ngày hết hạn thuê đất vượt quá thời hạn thuê tính từ ngày thành lập khu.',
  CAPITAL_VND_INVALID: 'Vốn đầu tư hạ tầng (đồng) phải là số nguyên không âm.',
  CAPITAL_USD_INVALID: 'Vốn đầu tư hạ tầng (USD) phải là số không âm, tối đa 2 chữ số thập phân.',
};

/** A decimal string without the zeros that end its fraction: "1250.500" → "1250.5", "7.000" → "7". */
function trimFraction(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** Infrastructure capital in tỷ đồng as the forms write it, rounded to the million đồng: "1250500000000" → "1250.5". */
export function capitalInTy(vnd: string): string {
  return trimFraction(vndToTy(vnd, 3));
}

/** Infrastructure capital in million USD, to the hundredth: "120500000.50" → "120.5". */
export function capitalInMillionUsd(usd: string): string {
  return trimFraction(usdToMillions(usd, 2));
}
