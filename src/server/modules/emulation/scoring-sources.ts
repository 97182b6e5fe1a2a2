/**
 * The figures a quantitative criterion may take its actual value from (`source`): a figure of the
 * bloc's consolidated report of the year (blocs-v1, `byMember`), its growth against the year
 * before, or the member's on-time rate of one-stop dossiers. Each source has the unit its value
 * is given in — money in tỷ đồng or triệu USD (exact), counts in projects, rates in % — so that a
 * member's target is written in the same unit.
 */
import { formatScaled, isDecimalString, parseDecimal } from '../../../domain/decimal.ts';

type MoneyKey = 'fdiUsd' | 'ddiVnd';

const FIGURES = {
  'newProjects.total': { label: 'Số dự án cấp mới', unit: 'dự án' },
  'newProjects.fdi': { label: 'Số dự án FDI cấp mới', unit: 'dự án' },
  'newProjects.ddi': { label: 'Số dự án trong nước cấp mới', unit: 'dự án' },
  'capitalNewAndAdjusted.fdiUsd': { label: 'Vốn FDI cấp mới và điều chỉnh', unit: 'triệu USD' },
  'capitalNewAndAdjusted.ddiVnd': { label: 'Vốn trong nước cấp mới và điều chỉnh', unit: 'tỷ đồng' },
  'revenue.fdiUsd': { label: 'Doanh thu khu vực FDI', unit: 'triệu USD' },
  'revenue.ddiVnd': { label: 'Doanh thu khu vực trong nước', unit: 'tỷ đồng' },
  'budgetPaid.fdiUsd': { label: 'Nộp ngân sách khu vực FDI', unit: 'triệu USD' },
  'budgetPaid.ddiVnd': { label: 'Nộp ngân sách khu vực trong nước', unit: 'tỷ đồng' },
} as const;

type FigureSource = keyof typeof FIGURES;
const FIGURE_SOURCES = Object.keys(FIGURES) as FigureSource[];

/** Every source a criterion may name. */
export const SCORING_SOURCES = [
  ...FIGURE_SOURCES,
  ...FIGURE_SOURCES.map((s) => `${s}.growthPct` as const),
  'oneStop.onTimePct',
] as const;
export type ScoringSource = (typeof SCORING_SOURCES)[number];

/** What a source is, in words, and the unit of its value. */
export function describeSource(source: ScoringSource): { label: string; unit: string } {
  if (source === 'oneStop.onTimePct') return { label: 'Tỷ lệ hồ sơ một cửa giải quyết đúng hạn', unit: '%' };
  if (source.endsWith('.growthPct')) {
    const figure = FIGURES[source.slice(0, -'.growthPct'.length) as FigureSource];
    return { label: `Tăng trưởng ${figure.label.toLowerCase()} so với năm trước`, unit: '%' };
  }
  return FIGURES[source as FigureSource];
}

/** A member's figures as the consolidated report's `byMember` gives them (the parts read here). */
export interface MemberFigures {
  newProjects: Record<'total' | 'fdi' | 'ddi', { value: number; growthPct: number | null }>;
  capitalNewAndAdjusted: Record<MoneyKey, { value: string; growthPct: number | null }>;
  revenue: Record<MoneyKey, { value: string; growthPct: number | null }>;
  budgetPaid: Record<MoneyKey, { value: string; growthPct: number | null }>;
}

/** A percentage of the reports (one decimal, a number) as a decimal string; null stays null. */
export function pctText(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const text = String(value);
  return isDecimalString(text) ? text : value.toFixed(4);
}

/** Money in the source's unit, exactly: đồng → tỷ đồng (÷ 10⁹), USD → triệu USD (÷ 10⁶). */
function inUnit(value: string, key: MoneyKey): string {
  const { units, scale } = parseDecimal(value);
  return trimZeros(formatScaled({ units, scale: scale + (key === 'ddiVnd' ? 9 : 6) }));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/**
 * The actual value of a report-figure source for one member, in the source's unit (decimal
 * string); null when the report has none (a growth without last year's figure). Not for
 * `oneStop.onTimePct`, which comes from the one-stop statistics.
 */
export function figureValue(figures: MemberFigures, source: ScoringSource): string | null {
  if (source === 'oneStop.onTimePct') return null;
  const growth = source.endsWith('.growthPct');
  const [group, key] = (growth ? source.slice(0, -'.growthPct'.length) : source).split('.') as [
    keyof MemberFigures,
    string,
  ];
  if (group === 'newProjects') {
    const leaf = figures.newProjects[key as 'total' | 'fdi' | 'ddi'];
    return growth ? pctText(leaf.growthPct) : String(leaf.value);
  }
  const leaf = figures[group][key as MoneyKey];
  return growth ? pctText(leaf.growthPct) : inUnit(leaf.value, key as MoneyKey);
}
