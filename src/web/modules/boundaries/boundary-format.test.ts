import { describe, expect, it } from 'vitest';
import { firstPosition, formatMeridian, guessSource, trimFraction } from './boundary-format.ts';

describe('formatMeridian', () => {
  it('writes degrees and minutes as Vietnamese maps do', () => {
    expect(formatMeridian(105.5)).toBe('105°30′');
    expect(formatMeridian('105.5')).toBe('105°30′');
    expect(formatMeridian(107.75)).toBe('107°45′');
    expect(formatMeridian(104.25)).toBe('104°15′');
    expect(formatMeridian(105)).toBe('105°');
    expect(formatMeridian(106.0125)).toBe('106°00′45″');
  });
});

describe('firstPosition and guessSource', () => {
  const square = [
    [
      [587000, 2262000],
      [588000, 2262000],
      [588000, 2263000],
      [587000, 2262000],
    ],
  ];
  it('finds the first position of a geometry, a Feature, a FeatureCollection', () => {
    expect(firstPosition({ type: 'Polygon', coordinates: square })).toEqual([587000, 2262000]);
    expect(
      firstPosition({ type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [square] } }),
    ).toEqual([587000, 2262000]);
    expect(
      firstPosition({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { coordinates: square } }],
      }),
    ).toEqual([587000, 2262000]);
    expect(firstPosition({ type: 'Point' })).toBeNull();
    expect(firstPosition('x')).toBeNull();
  });

  it('suggests VN-2000 for metres and the axis order from the magnitudes', () => {
    expect(guessSource([587000, 2262000])).toEqual({ sourceCrs: 'VN-2000', axisOrder: 'easting_northing' });
    expect(guessSource([2262000, 587000])).toEqual({ sourceCrs: 'VN-2000', axisOrder: 'northing_easting' });
    expect(guessSource([106.34, 20.45])).toEqual({ sourceCrs: 'WGS84', axisOrder: 'easting_northing' });
    expect(guessSource([20.45, 106.34])).toEqual({ sourceCrs: 'WGS84', axisOrder: 'northing_easting' });
    expect(guessSource(null)).toBeNull();
  });
});

describe('trimFraction', () => {
  it('drops trailing zeros of the fraction only', () => {
    expect(trimFraction('120,50', ',')).toBe('120,5');
    expect(trimFraction('120,00', ',')).toBe('120');
    expect(trimFraction('1.200', ',')).toBe('1.200');
    expect(trimFraction('1,200.50', '.')).toBe('1,200.5');
  });
});
