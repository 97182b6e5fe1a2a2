import { parseDecimal } from '../../../domain/decimal.ts';
import { usdToCents } from '../../../domain/money.ts';
import type { RULE_SEVERITIES } from './filing.tables.ts';

/**
 * Validation rules of a periodic statistics report (quy tắc kiểm tra). The rules are code, keyed
 * by `code`; their severity (hard refuses, soft warns and needs the filer's comment, off) and
 * parameters are data each board may override in statistics_rules.
 */
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
export type RuleParams = Record<string, number>;

export interface RuleDefinition {
  severity: RuleSeverity;
  params: RuleParams;
  description: string;
}

export const RULES = {
  /**
   * The figures a filed report must state (1 required, 0 optional): by default these eight, those
   * of the enterprise's periodic report (Decree 31/2021 Art. 102: revenue, export, import, labour,
   * budget paid) and those the board publishes from it (production value, insured workers,
   * income). A figure left blank adds nothing to the board's sums — it is not a zero — so a
   * filing states 0 where nothing happened. Drafts may stay incomplete; submitting and accepting
   * check it.
   */
  required_figures: {
    severity: 'hard',
    params: {
      productionValueVnd: 1,
      revenueVnd: 1,
      exportUsd: 1,
      importUsd: 1,
      budgetPaidVnd: 1,
      workers: 1,
      insuredWorkers: 1,
      averageIncomeVnd: 1,
      // blocs-v1: what an FDI enterprise may state in USD besides; a board may require them.
      revenueUsd: 0,
      budgetPaidUsd: 0,
    },
    description:
      'Báo cáo nộp phải có đủ các chỉ tiêu bắt buộc (tham số: 1 = bắt buộc, 0 = không bắt buộc); chỉ tiêu không phát sinh ghi 0.',
  },
  non_negative: { severity: 'hard', params: {}, description: 'Số liệu không được âm.' },
  insured_le_workers: {
    severity: 'hard',
    params: {},
    description: 'Số lao động tham gia bảo hiểm không vượt quá tổng số lao động.',
  },
  period_open: { severity: 'hard', params: {}, description: 'Kỳ báo cáo phải đang mở để nhận báo cáo.' },
  yoy_ratio: {
    severity: 'soft',
    params: { factor: 3 },
    description: 'Số liệu gấp hơn factor lần hoặc nhỏ hơn 1/factor so với cùng kỳ năm trước.',
  },
  export_over_revenue: {
    severity: 'soft',
    params: {},
    description: 'Giá trị xuất khẩu (quy đổi theo tỷ giá của kỳ) lớn hơn doanh thu.',
  },
  income_range: {
    severity: 'soft',
    params: { minVnd: 1_000_000, maxVnd: 100_000_000 },
    description: 'Thu nhập bình quân ngoài khoảng hợp lý.',
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export function isRuleCode(code: string): code is RuleCode {
  return Object.hasOwn(RULES, code);
}

export interface EffectiveRule {
  code: RuleCode;
  severity: RuleSeverity;
  params: RuleParams;
}

/** The board's rules: built-in defaults with the board's overrides applied. */
export function effectiveRules(
  overrides: { code: string; severity: RuleSeverity; params: RuleParams }[],
): Map<RuleCode, EffectiveRule> {
  const byCode = new Map(overrides.map((o) => [o.code, o]));
  return new Map(
    RULE_CODES.map((code) => {
      const override = byCode.get(code);
      return [
        code,
        {
          code,
          severity: override?.severity ?? RULES[code].severity,
          params: { ...RULES[code].params, ...(override?.params ?? {}) },
        },
      ];
    }),
  );
}

/** The figures of a report as stored: VND as bigint, USD as decimal strings. */
export interface ReportFigures {
  productionValueVnd: bigint | null;
  revenueVnd: bigint | null;
  exportUsd: string | null;
  importUsd: string | null;
  budgetPaidVnd: bigint | null;
  workers: number | null;
  insuredWorkers: number | null;
  averageIncomeVnd: bigint | null;
  /** blocs-v1: an FDI enterprise's revenue and budget paid in USD (optional by default). */
  revenueUsd: string | null;
  budgetPaidUsd: string | null;
}

export const FIGURE_FIELDS = [
  'productionValueVnd',
  'revenueVnd',
  'exportUsd',
  'importUsd',
  'budgetPaidVnd',
  'workers',
  'insuredWorkers',
  'averageIncomeVnd',
  'revenueUsd',
  'budgetPaidUsd',
] as const satisfies readonly (keyof ReportFigures)[];

/** The figures stated in USD (cents exact), the others in whole units. */
const USD_FIELDS: ReadonlySet<string> = new Set(['exportUsd', 'importUsd', 'revenueUsd', 'budgetPaidUsd']);

const FIELD_LABELS: Record<(typeof FIGURE_FIELDS)[number], string> = {
  productionValueVnd: 'Giá trị sản xuất',
  revenueVnd: 'Doanh thu',
  exportUsd: 'Kim ngạch xuất khẩu',
  importUsd: 'Kim ngạch nhập khẩu',
  budgetPaidVnd: 'Nộp ngân sách',
  workers: 'Số lao động',
  insuredWorkers: 'Số lao động tham gia bảo hiểm',
  averageIncomeVnd: 'Thu nhập bình quân',
  revenueUsd: 'Doanh thu (USD)',
  budgetPaidUsd: 'Nộp ngân sách (USD)',
};

export interface Check {
  rule: RuleCode;
  severity: 'hard' | 'soft';
  field: string;
  message: string;
  params: RuleParams;
}

export interface CheckContext {
  /** Whether the board has the period open for filing. */
  periodOpen: boolean;
  /** Whether the report is being filed (submitted or accepted), not saved as a draft. */
  filing?: boolean;
  /** The same enterprise's report of the same period a year earlier. */
  previousYear: ReportFigures | null;
  /** VND per USD for the period (or its year), as a decimal string. */
  vndPerUsd: string | null;
}

/** A figure as an exact scaled integer: USD in cents (scale 2), the rest whole units. */
function scaled(field: (typeof FIGURE_FIELDS)[number], value: bigint | string | number): bigint {
  if (USD_FIELDS.has(field)) return usdToCents(String(value));
  return BigInt(value);
}

/** A number parameter as an exact fraction (2.5 → 25/10). */
function fraction(value: number): { units: bigint; denominator: bigint } {
  const { units, scale } = parseDecimal(String(value));
  return { units, denominator: 10n ** BigInt(scale) };
}

function formatNumber(value: bigint | string | number): string {
  return String(value);
}

/** The required figures (rule required_figures' parameters) a report leaves blank, in form order. */
export function missingFigures(figures: ReportFigures, params: RuleParams): (typeof FIGURE_FIELDS)[number][] {
  return FIGURE_FIELDS.filter(
    (field) => (params[field] ?? 0) !== 0 && figures[field] === null && !statedInUsd(figures, field),
  );
}

/** The VND figures an FDI enterprise may state in USD instead (blocs-v1), and their USD fields. */
const USD_INSTEAD: Partial<Record<(typeof FIGURE_FIELDS)[number], keyof ReportFigures>> = {
  revenueVnd: 'revenueUsd',
  budgetPaidVnd: 'budgetPaidUsd',
};

/** Whether a VND figure left blank is stated in USD instead (revenue, budget paid). */
function statedInUsd(figures: ReportFigures, field: (typeof FIGURE_FIELDS)[number]): boolean {
  const usd = USD_INSTEAD[field];
  return usd !== undefined && figures[usd] !== null;
}

export function requiredFigureMessage(field: (typeof FIGURE_FIELDS)[number]): string {
  return `Chưa nhập ${FIELD_LABELS[field]} (chỉ tiêu bắt buộc; ghi 0 nếu không phát sinh).`;
}

/** Runs every rule that is not off; returns each problem found, hard and soft. */
export function runChecks(
  figures: ReportFigures,
  context: CheckContext,
  rules: Map<RuleCode, EffectiveRule>,
): Check[] {
  const checks: Check[] = [];
  const add = (code: RuleCode, field: string, message: string) => {
    const rule = rules.get(code)!;
    if (rule.severity === 'off') return;
    checks.push({ rule: code, severity: rule.severity, field, message, params: rule.params });
  };

  if (!context.periodOpen) add('period_open', 'period', 'Kỳ báo cáo chưa mở hoặc đã đóng.');

  if (context.filing)
    for (const field of missingFigures(figures, rules.get('required_figures')!.params))
      add('required_figures', field, requiredFigureMessage(field));

  for (const field of FIGURE_FIELDS) {
    const value = figures[field];
    if (value !== null && scaled(field, value) < 0n)
      add('non_negative', field, `${FIELD_LABELS[field]} không được âm.`);
  }

  if ((figures.insuredWorkers ?? 0) > (figures.workers ?? 0))
    add(
      'insured_le_workers',
      'insuredWorkers',
      `Số lao động tham gia bảo hiểm (${figures.insuredWorkers}) lớn hơn tổng số lao động (${figures.workers ?? 0}).`,
    );

  const yoy = rules.get('yoy_ratio')!;
  const factorValue = yoy.params.factor;
  if (context.previousYear && typeof factorValue === 'number' && factorValue > 0) {
    const factor = fraction(factorValue);
    for (const field of FIGURE_FIELDS) {
      const current = figures[field];
      const previous = context.previousYear[field];
      if (current === null || previous === null) continue;
      const cur = scaled(field, current);
      const prev = scaled(field, previous);
      if (prev <= 0n || cur < 0n) continue;
      // cur > factor × prev, or cur < prev / factor, exactly.
      const tooHigh = cur * factor.denominator > factor.units * prev;
      const tooLow = cur * factor.units < prev * factor.denominator;
      if (tooHigh || tooLow)
        add(
          'yoy_ratio',
          field,
          `${FIELD_LABELS[field]} (${formatNumber(current)}) ${tooHigh ? 'cao hơn' : 'thấp hơn'} ${factorValue} lần so với cùng kỳ năm trước (${formatNumber(previous)}).`,
        );
    }
  }

  if (figures.exportUsd !== null && figures.revenueVnd !== null && context.vndPerUsd !== null) {
    const rate = parseDecimal(context.vndPerUsd);
    // exportUsd (cents / 100) × rate (units / 10^scale) > revenue, in integers.
    const exportVndScaled = usdToCents(figures.exportUsd) * rate.units;
    const revenueScaled = figures.revenueVnd * 100n * 10n ** BigInt(rate.scale);
    if (exportVndScaled > revenueScaled)
      add(
        'export_over_revenue',
        'exportUsd',
        `Kim ngạch xuất khẩu quy đổi (tỷ giá ${context.vndPerUsd} đồng/USD) lớn hơn doanh thu.`,
      );
  }

  // Without a VND revenue, an FDI enterprise's USD revenue is the measure, in the same unit.
  if (figures.exportUsd !== null && figures.revenueVnd === null && figures.revenueUsd !== null) {
    if (usdToCents(figures.exportUsd) > usdToCents(figures.revenueUsd))
      add('export_over_revenue', 'exportUsd', 'Kim ngạch xuất khẩu lớn hơn doanh thu (USD).');
  }

  const income = rules.get('income_range')!;
  if (figures.averageIncomeVnd !== null && figures.averageIncomeVnd >= 0n) {
    const { minVnd, maxVnd } = income.params;
    const below = typeof minVnd === 'number' && figures.averageIncomeVnd < BigInt(Math.trunc(minVnd));
    const above = typeof maxVnd === 'number' && figures.averageIncomeVnd > BigInt(Math.trunc(maxVnd));
    if (below || above)
      add(
        'income_range',
        'averageIncomeVnd',
        `Thu nhập bình quân (${figures.averageIncomeVnd} đồng) ngoài khoảng ${minVnd ?? 0}–${maxVnd ?? '∞'} đồng.`,
      );
  }
  return checks;
}
