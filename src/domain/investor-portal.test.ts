import { describe, expect, it } from 'vitest';
import { landAvailableHa, publishProblems, UNITS_OF_PRICE } from './investor-portal.ts';

describe('investor portal rules', () => {
  it('computes land available for lease exactly', () => {
    expect(
      landAvailableHa({
        industrialLandHa: '250.75',
        serviceLandHa: '20.5',
        leasedLandHa: '180.25',
        leasedServiceLandHa: '3',
      }),
    ).toBe('88');
    expect(
      landAvailableHa({
        industrialLandHa: '100.3',
        serviceLandHa: null,
        leasedLandHa: '0.1',
        leasedServiceLandHa: null,
      }),
    ).toBe('100.2');
    expect(
      landAvailableHa({
        industrialLandHa: null,
        serviceLandHa: '1',
        leasedLandHa: '0',
        leasedServiceLandHa: '0',
      }),
    ).toBeNull();
    expect(
      landAvailableHa({
        industrialLandHa: '10',
        serviceLandHa: '0',
        leasedLandHa: '12',
        leasedServiceLandHa: '0',
      }),
    ).toBe('0');
  });


  it('names the units of each price and what publishing needs', () => {
    expect(UNITS_OF_PRICE.factoryRent).toEqual(['USD_M2_MONTH']);
    expect(publishProblems({ vi: { summary: 'Có' }, en: { summary: ' ' } })).toEqual([
      { path: 'content.en.summary', reason: 'required' },
    ]);
  });
});
