/**
 * A report's figures as the tables of a statistical form, written once and laid out twice: as the
 * Word report's tables (official-report.ts) and as the Excel form (statistical-form.ts). A table
 * has measures (its number columns, each with its unit) and rows of indicators (chỉ tiêu) with
 * their codes (mã số), grouped in sections. Nothing here knows which report it is.
 *
 * Values are the JSON's own: a decimal string in the base unit (đồng, USD, ha) or a number (a
 * count, a percentage). A measure says how to show it: money divided by 10^scale (9: đồng → tỷ
 * đồng; 6: USD → triệu USD), exactly, in bigint arithmetic; counts whole; percentages as they are.
 */
import { formatScaled, parseDecimal, roundRatio } from '../../../domain/decimal.ts';
import { formatNumber } from '../../../domain/number-format.ts';

export type FigureKind = 'money' | 'count' | 'percent';

export interface FigureMeasure {
  key: string;
  /** The column's name without its unit: "Vốn đầu tư đăng ký". */
  label: string;
  /** The unit the column's cells are in: "tỷ đồng", "triệu USD", "dự án", "%". */
  unit: string;
  kind: FigureKind;
  /** money: the cell is the value / 10^scale (default 0). */
  scale?: number;
  /** Decimals shown (money: default 3; percent: 1; count: 0). The Excel cell keeps every digit. */
  decimals?: number;
}

export type FigureValue = string | number | null | undefined;

export interface FigureRow {
  /** Chỉ tiêu: what the row counts. */
  indicator: string;
  /** Mã số: "01", "02"… (figureCodes numbers the rows of a table in order). */
  code?: string;
  /** 0: a main indicator (bold); 1: a part of the one above ("Trong đó: …", indented). */
  level?: 0 | 1;
  values: Readonly<Record<string, FigureValue>>;
}

export interface FigureSection {
  /** The section's heading, a row of its own in Excel, the table's caption in Word. */
  title: string;
  rows: readonly FigureRow[];
}

export interface FigureTable {
  /** The sheet's tab in Excel (at most 31 characters). */
  sheetName: string;
  /** What the table is ("Biểu 01: Thu hút đầu tư…"), the title row of the Excel form. */
  title: string;
  measures: readonly FigureMeasure[];
  sections: readonly FigureSection[];
}

/** The header of a measure's column: "Vốn đầu tư đăng ký (tỷ đồng)". */
export function measureHeader(measure: FigureMeasure): string {
  return `${measure.label} (${measure.unit})`;
}

/** Numbers the rows of the tables "01", "02"… in order, across sections (mã số). */
export function withCodes(sections: readonly FigureSection[]): FigureSection[] {
  let n = 0;
  return sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) => ({ ...row, code: String(++n).padStart(2, '0') })),
  }));
}

function decimalsOf(measure: FigureMeasure): number {
  return measure.decimals ?? (measure.kind === 'money' ? 3 : measure.kind === 'percent' ? 1 : 0);
}

/** The exact value in the measure's unit as decimal text: "4466777000000" (scale 9) → "4466.777". */
export function valueInUnit(measure: FigureMeasure, value: string | number): string {
  if (measure.kind !== 'money') return String(value);
  const { units, scale } = parseDecimal(String(value));
  return formatScaled({ units, scale: scale + (measure.scale ?? 0) });
}

/** The cell's number in the measure's unit (exact decimal text, made a number at the last step). */
export function cellNumber(measure: FigureMeasure, value: string | number): number {
  return Number(valueInUnit(measure, value));
}

/** The value as people read it, Vietnamese: "4.466,777", "81,3", "72.000". */
export function formatFigure(measure: FigureMeasure, value: FigureValue): string {
  if (value === null || value === undefined || value === '') return '';
  const decimals = decimalsOf(measure);
  if (measure.kind === 'percent') return formatNumber(Number(value).toFixed(decimals));
  if (measure.kind === 'count') return formatNumber(value);
  const { units, scale } = parseDecimal(valueInUnit(measure, value));
  return formatNumber(formatScaled(roundRatio(units, 10n ** BigInt(scale), decimals)));
}

/** The Excel number format of a measure (a Vietnamese spreadsheet shows "4.466,777"). */
export function excelNumberFormat(measure: FigureMeasure): string {
  const decimals = decimalsOf(measure);
  if (measure.kind === 'percent') return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** The measures a set of rows has a value for, in the table's order (a Word table's columns). */
export function measuresUsed(
  measures: readonly FigureMeasure[],
  rows: readonly FigureRow[],
): FigureMeasure[] {
  return measures.filter((m) =>
    rows.some((row) => {
      const v = row.values[m.key];
      return v !== null && v !== undefined && v !== '';
    }),
  );
}
