import type { FigureField } from './statistics.api.ts';

/** How each figure is typed and shown: đồng, USD or people. */
export const FIELD_KIND: Record<FigureField, 'vnd' | 'usd' | 'people'> = {
  productionValueVnd: 'vnd',
  revenueVnd: 'vnd',
  exportUsd: 'usd',
  importUsd: 'usd',
  budgetPaidVnd: 'vnd',
  workers: 'people',
  insuredWorkers: 'people',
  averageIncomeVnd: 'vnd',
};
