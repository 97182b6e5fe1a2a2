/**
 * The zones' wastewater (môi trường KCN): plants' statuses, sample kinds, permits, and the pure
 * rules — the limit that applies to a parameter (QCVN 40:2011/BTNMT: Cmax = C × Kq × Kf), whether
 * a value exceeds it, the connection rate — with the built-in standards as data.
 */
import { compareDecimal, formatScaled, isDecimalString, parseDecimal, trimDecimal } from './decimal.ts';
import { percent } from './percent.ts';

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

/** A parameter of a discharge standard: its limits (min for pH, max for the rest) as decimal strings. */
export interface StandardParameter {
  code: string;
  name: string;
  unit: string;
  minValue: string | null;
  maxValue: string | null;
  /** Whether the maximum is multiplied by Kq × Kf (QCVN 40:2011 2.1.1). */
  appliesKqKf: boolean;
}

/** A discharge standard shipped with the system, copied into a board on request. */
export interface BuiltinStandard {
  code: string;
  name: string;
  source: string;
  parameters: StandardParameter[];
}

type Row = [
  code: string,
  name: string,
  unit: string,
  a: [string | null, string],
  b: [string | null, string],
  kqkf?: boolean,
];

/** QCVN 40:2011/BTNMT, Bảng 1: the values of C for columns A and B. */
const QCVN_40_ROWS: Row[] = [
  ['temperature', 'Nhiệt độ', '°C', [null, '40'], [null, '40'], false],
  ['colour', 'Màu', 'Pt/Co', [null, '50'], [null, '150'], false],
  ['pH', 'pH', '-', ['6', '9'], ['5.5', '9'], false],
  ['BOD5', 'BOD5 (20 °C)', 'mg/l', [null, '30'], [null, '50']],
  ['COD', 'COD', 'mg/l', [null, '75'], [null, '150']],
  ['TSS', 'Chất rắn lơ lửng', 'mg/l', [null, '50'], [null, '100']],
  ['As', 'Asen', 'mg/l', [null, '0.05'], [null, '0.1']],
  ['Hg', 'Thủy ngân', 'mg/l', [null, '0.005'], [null, '0.01']],
  ['Pb', 'Chì', 'mg/l', [null, '0.1'], [null, '0.5']],
  ['Cd', 'Cadimi', 'mg/l', [null, '0.05'], [null, '0.1']],
  ['Cr6', 'Crom (VI)', 'mg/l', [null, '0.05'], [null, '0.1']],
  ['Cr3', 'Crom (III)', 'mg/l', [null, '0.2'], [null, '1']],
  ['Cu', 'Đồng', 'mg/l', [null, '2'], [null, '2']],
  ['Zn', 'Kẽm', 'mg/l', [null, '3'], [null, '3']],
  ['Ni', 'Niken', 'mg/l', [null, '0.2'], [null, '0.5']],
  ['Mn', 'Mangan', 'mg/l', [null, '0.5'], [null, '1']],
  ['Fe', 'Sắt', 'mg/l', [null, '1'], [null, '5']],
  ['CN', 'Tổng xianua', 'mg/l', [null, '0.07'], [null, '0.1']],
  ['phenol', 'Tổng phenol', 'mg/l', [null, '0.1'], [null, '0.5']],
  ['mineral_oil', 'Tổng dầu mỡ khoáng', 'mg/l', [null, '5'], [null, '10']],
  ['sulfide', 'Sunfua', 'mg/l', [null, '0.2'], [null, '0.5']],
  ['fluoride', 'Florua', 'mg/l', [null, '5'], [null, '10']],
  ['NH4_N', 'Amoni (tính theo N)', 'mg/l', [null, '5'], [null, '10']],
  ['total_N', 'Tổng nitơ', 'mg/l', [null, '20'], [null, '40']],
  ['total_P', 'Tổng phốt pho (tính theo P)', 'mg/l', [null, '4'], [null, '6']],
  ['chloride', 'Clorua', 'mg/l', [null, '500'], [null, '1000']],
  ['residual_chlorine', 'Clo dư', 'mg/l', [null, '1'], [null, '2']],
  ['coliform', 'Coliform', 'MPN/100 ml', [null, '3000'], [null, '5000'], false],
];

function qcvn40(column: 'A' | 'B'): BuiltinStandard {
  return {
    code: `QCVN40-2011-${column}`,
    name: `QCVN 40:2011/BTNMT cột ${column}`,
    source: `Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp QCVN 40:2011/BTNMT, Bảng 1, cột ${column}`,
    parameters: QCVN_40_ROWS.map(([code, name, unit, a, b, kqkf]) => {
      const [minValue, maxValue] = column === 'A' ? a : b;
      return { code, name, unit, minValue, maxValue, appliesKqKf: kqkf ?? true };
    }),
  };
}

/** The built-in standards: QCVN 40:2011/BTNMT columns A and B. */
export const BUILTIN_STANDARDS: readonly BuiltinStandard[] = [qcvn40('A'), qcvn40('B')];
export const BUILTIN_STANDARD_CODES = BUILTIN_STANDARDS.map((s) => s.code);

export function builtinStandard(code: string): BuiltinStandard | undefined {
  return BUILTIN_STANDARDS.find((s) => s.code === code);
}

/** a × b, exact. */
export function multiplyDecimal(a: string, b: string): string {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return trimDecimal(formatScaled({ units: x.units * y.units, scale: x.scale + y.scale }));
}

/** The limits that apply to a measured value. */
export interface AppliedLimits {
  min: string | null;
  max: string | null;
}

/**
 * The limits that apply at the plant's outlet: Cmax = C × Kq × Kf for the parameters it applies
 * to (QCVN 40:2011 2.1.1; a missing Kq or Kf counts as 1), the minimum as it stands; exact.
 */
export function applicableLimits(
  parameter: Pick<StandardParameter, 'minValue' | 'maxValue' | 'appliesKqKf'>,
  kq: string | null,
  kf: string | null,
): AppliedLimits {
  const min = parameter.minValue === null ? null : trimDecimal(parameter.minValue);
  let max = parameter.maxValue === null ? null : trimDecimal(parameter.maxValue);
  if (max !== null && parameter.appliesKqKf)
    max = multiplyDecimal(multiplyDecimal(max, kq ?? '1'), kf ?? '1');
  return { min, max };
}

/** Whether a value exceeds its limits: below the minimum or above the maximum (equal is within). */
export function exceedsLimits(value: string, limits: AppliedLimits): boolean {
  if (limits.min !== null && compareDecimal(value, limits.min) < 0) return true;
  if (limits.max !== null && compareDecimal(value, limits.max) > 0) return true;
  return false;
}

/** Whether a connection [connectedOn, disconnectedOn) holds on a day: ended on a day, not counted from it. */
export function connectedOn(
  connection: { connectedOn: string; disconnectedOn: string | null },
  day: string,
): boolean {
  return (
    connection.connectedOn <= day && (connection.disconnectedOn === null || day < connection.disconnectedOn)
  );
}

/**
 * Whether a new open connection from `day` overlaps one the enterprise already has (one that is
 * still open, or ends after `day`).
 */
export function overlapsConnection(existing: { disconnectedOn: string | null }, day: string): boolean {
  return existing.disconnectedOn === null || existing.disconnectedOn > day;
}

/** Tỷ lệ đấu nối: connected operating enterprises ÷ operating enterprises × 100, one decimal; null without any. */
export function connectionRate(connected: number, operating: number): number | null {
  return percent(connected, operating);
}

/** A measured value or a limit: a decimal string, at most 30 characters. */
export function isMeasuredValue(value: string): boolean {
  return value.length <= 30 && isDecimalString(value);
}
