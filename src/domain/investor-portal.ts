/**
 * The investor portal's pure rules: which units each price of a zone's public page may be stated
 * in, the land still available for lease, and what a page needs before it can be published.
 */
import { addDecimal, compareDecimal, trimDecimal } from './decimal.ts';
import type { LandFigures } from './zone-land.ts';

/** The prices a zone's public page states (viipip-style price module). */
export const PRICE_KINDS = ['landRent', 'factoryRent', 'managementFee', 'water', 'wastewaterFee'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

/** Units, as codes: USD/m²/lease term, VND/m², USD/m²/month, VND/m²/month, VND/m³. */
export const PRICE_UNITS = ['USD_M2_TERM', 'VND_M2_TERM', 'USD_M2_MONTH', 'VND_M2_MONTH', 'VND_M3'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

/** The units each price may be stated in. */
export const UNITS_OF_PRICE: Readonly<Record<PriceKind, readonly PriceUnit[]>> = {
  landRent: ['USD_M2_TERM', 'VND_M2_TERM'],
  factoryRent: ['USD_M2_MONTH'],
  managementFee: ['VND_M2_MONTH', 'USD_M2_MONTH'],
  water: ['VND_M3'],
  wastewaterFee: ['VND_M3'],
};

/** A price: a non-negative decimal of at most 15 digits and 4 decimals ("1.5", "120", "13500"). */
export const PRICE_VALUE_PATTERN = /^\d{1,15}(\.\d{1,4})?$/;

/**
 * Land available for lease: (industrial + service land) − (leased + leased service land), in
 * hectares, exact. Null unless industrial and leased land are stated (service land not stated
 * counts as none); never below zero.
 */
export function landAvailableHa(land: LandFigures): string | null {
  if (land.industrialLandHa === null || land.leasedLandHa === null) return null;
  const total = addDecimal(land.industrialLandHa, land.serviceLandHa ?? '0');
  const leased = addDecimal(land.leasedLandHa, land.leasedServiceLandHa ?? '0');
  if (compareDecimal(leased, total) >= 0) return '0';
  return trimDecimal(addDecimal(total, `-${leased}`));
}

/** What a page needs before it can be published: a summary in each language. */
export interface PublishableContent {
  vi: { summary: string };
  en: { summary: string };
}

export type PublishProblem = { path: string; reason: 'required' };

export function publishProblems(content: PublishableContent): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (content.vi.summary.trim() === '') problems.push({ path: 'content.vi.summary', reason: 'required' });
  if (content.en.summary.trim() === '') problems.push({ path: 'content.en.summary', reason: 'required' });
  return problems;
}
