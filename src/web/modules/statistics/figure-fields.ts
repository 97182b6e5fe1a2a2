import type { FigureField } from './statistics.api.ts';

/**
 * The figures an FDI enterprise may state in USD beside or instead of the VND ones (blocs-v1):
 * shown on the filing form for FDI enterprises only.
 */
export const FDI_USD_FIELDS = ['revenueUsd', 'budgetPaidUsd'] as const;
export type FdiUsdField = (typeof FDI_USD_FIELDS)[number];

/** How each figure is typed and shown: đồng, USD or people. */
export const FIELD_KIND: Record<FigureField | FdiUsdField, 'vnd' | 'usd' | 'people'> = {
  productionValueVnd: 'vnd',
  revenueVnd: 'vnd',
  exportUsd: 'usd',
  importUsd: 'usd',
  budgetPaidVnd: 'vnd',
  workers: 'people',
  insuredWorkers: 'people',
  averageIncomeVnd: 'vnd',
  revenueUsd: 'usd',
  budgetPaidUsd: 'usd',
};
