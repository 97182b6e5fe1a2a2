import { compareDecimal } from '../../../domain/decimal.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import type { ReportFigures } from './statistics-rules.ts';

/**
 * A periodic statistical report's figures as a form, the API, a data package or a spreadsheet
 * sends them (all optional): money as strings of the unit, counts as numbers.
 */
export interface EnterpriseReportFigures {
  productionValueVnd?: string | null | undefined;
  revenueVnd?: string | null | undefined;
  exportUsd?: string | null | undefined;
  importUsd?: string | null | undefined;
  budgetPaidVnd?: string | null | undefined;
  workers?: number | null | undefined;
  insuredWorkers?: number | null | undefined;
  averageIncomeVnd?: string | null | undefined;
  /** blocs-v1: an FDI enterprise's revenue and budget paid in USD, beside or instead of VND. */
  revenueUsd?: string | null | undefined;
  budgetPaidUsd?: string | null | undefined;
}

const big = (v: string | null | undefined) => (v == null ? null : BigInt(v));
const usd = (v: string | null | undefined) => (v == null ? null : normaliseUsd(v));

/** A report's figures as the table holds them (bigint đồng, USD strings, integer counts). */
export function reportValues(figures: EnterpriseReportFigures): ReportFigures {
  return {
    productionValueVnd: big(figures.productionValueVnd),
    revenueVnd: big(figures.revenueVnd),
    exportUsd: usd(figures.exportUsd),
    importUsd: usd(figures.importUsd),
    budgetPaidVnd: big(figures.budgetPaidVnd),
    workers: figures.workers ?? null,
    insuredWorkers: figures.insuredWorkers ?? null,
    averageIncomeVnd: big(figures.averageIncomeVnd),
    revenueUsd: usd(figures.revenueUsd),
    budgetPaidUsd: usd(figures.budgetPaidUsd),
  };
}

/** The figures of a stored report, without its other columns. */
export function figuresOf(row: ReportFigures): ReportFigures {
  return {
    productionValueVnd: row.productionValueVnd,
    revenueVnd: row.revenueVnd,
    exportUsd: row.exportUsd,
    importUsd: row.importUsd,
    budgetPaidVnd: row.budgetPaidVnd,
    workers: row.workers,
    insuredWorkers: row.insuredWorkers,
    averageIncomeVnd: row.averageIncomeVnd,
    revenueUsd: row.revenueUsd,
    budgetPaidUsd: row.budgetPaidUsd,
  };
}

function sameUsd(a: string | null, b: string | null) {
  return a === null || b === null ? a === b : compareDecimal(a, b) === 0;
}

/** Whether a stored report already holds these figures (USD compared by value). */
export function sameFigures(current: ReportFigures, values: ReportFigures): boolean {
  return (
    current.productionValueVnd === values.productionValueVnd &&
    current.revenueVnd === values.revenueVnd &&
    sameUsd(current.exportUsd, values.exportUsd) &&
    sameUsd(current.importUsd, values.importUsd) &&
    current.budgetPaidVnd === values.budgetPaidVnd &&
    current.workers === values.workers &&
    current.insuredWorkers === values.insuredWorkers &&
    current.averageIncomeVnd === values.averageIncomeVnd &&
    sameUsd(current.revenueUsd, values.revenueUsd) &&
    sameUsd(current.budgetPaidUsd, values.budgetPaidUsd)
  );
}
