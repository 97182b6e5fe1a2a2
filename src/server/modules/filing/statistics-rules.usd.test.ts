import { describe, expect, it } from 'vitest';
import { effectiveRules, missingFigures, RULES, runChecks, type ReportFigures } from './statistics-rules.ts';

/** blocs-v1: an FDI enterprise's revenue and budget paid in USD, beside or instead of VND. */
const FIGURES: ReportFigures = {
  productionValueVnd: 1_000n,
  revenueVnd: null,
  exportUsd: '100.00',
  importUsd: '0',
  budgetPaidVnd: null,
  workers: 10,
  insuredWorkers: 10,
  averageIncomeVnd: 6_000_000n,
  revenueUsd: '250.50',
  budgetPaidUsd: '10',
};

describe('revenue and budget paid in USD (statistics rules)', () => {
  const rules = effectiveRules([]);
  const context = { periodOpen: true, filing: true, previousYear: null, vndPerUsd: '25000' };

  it('takes a USD figure for the VND one the rule requires, and requires neither USD figure by default', () => {
    const params = RULES.required_figures.params;
    expect(missingFigures(FIGURES, params)).toEqual([]);
    expect(missingFigures({ ...FIGURES, budgetPaidUsd: null }, params)).toEqual(['budgetPaidVnd']);
    expect(
      missingFigures({ ...FIGURES, revenueVnd: 5n, revenueUsd: null, budgetPaidVnd: 1n }, params),
    ).toEqual([]);
    // A board that requires them.
    expect(
      missingFigures({ ...FIGURES, revenueUsd: null, revenueVnd: 5n }, { ...params, revenueUsd: 1 }),
    ).toEqual(['revenueUsd']);
  });

  it('refuses negative USD figures and warns when export exceeds the USD revenue', () => {
    const checks = runChecks({ ...FIGURES, budgetPaidUsd: '-0.01', exportUsd: '250.51' }, context, rules);
    expect(checks.map((c) => [c.rule, c.severity, c.field])).toEqual([
      ['non_negative', 'hard', 'budgetPaidUsd'],
      ['export_over_revenue', 'soft', 'exportUsd'],
    ]);
    expect(runChecks({ ...FIGURES, exportUsd: '250.50' }, context, rules)).toEqual([]);
  });

  it('compares USD figures with the same period a year earlier', () => {
    const previousYear = { ...FIGURES, revenueUsd: '50' };
    const checks = runChecks({ ...FIGURES, revenueUsd: '150.01' }, { ...context, previousYear }, rules);
    expect(checks.map((c) => [c.rule, c.field])).toEqual([['yoy_ratio', 'revenueUsd']]);
    expect(runChecks({ ...FIGURES, revenueUsd: '150' }, { ...context, previousYear }, rules)).toEqual([]);
  });
});
