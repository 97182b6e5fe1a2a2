/**
 * How the boundaries section writes a source coordinate system: a central meridian in degrees and
 * minutes (105.5 → 105°30′), a file's first numbers read as a hint of its coordinate system.
 */

/** Decimal degrees as degrees, minutes (and seconds when needed): 105.5 → "105°30′", 107.75 → "107°45′". */
export function formatMeridian(value: number | string): string {
  const degrees = Number(value);
  if (!Number.isFinite(degrees)) return String(value);
  const totalSeconds = Math.round(Math.abs(degrees) * 3600);
  const d = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const sign = degrees < 0 ? '-' : '';
  if (s !== 0) return `${sign}${d}°${String(m).padStart(2, '0')}′${String(s).padStart(2, '0')}″`;
  if (m !== 0) return `${sign}${d}°${String(m).padStart(2, '0')}′`;
  return `${sign}${d}°`;
}

/** The first position of a GeoJSON polygon file, if it has one (no deep walk: a few steps at most). */
export function firstPosition(geojson: unknown): [number, number] | null {
  let node: unknown = geojson;
  for (let step = 0; step < 4 && node && typeof node === 'object' && !Array.isArray(node); step++) {
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.features)) node = record.features[0];
    else if (record.geometry !== undefined) node = record.geometry;
    else if (record.coordinates !== undefined) node = record.coordinates;
    else return null;
  }
  for (let depth = 0; depth < 4 && Array.isArray(node); depth++) {
    if (typeof node[0] === 'number' && typeof node[1] === 'number') return [node[0], node[1]];
    node = node[0];
  }
  return null;
}

/**
 * What a file's first numbers suggest: metres (VN-2000) when beyond ±180, northing first when the
 * first one is in the millions (Vietnamese northings are about 0.9–2.6 million metres, eastings
 * under a million); degrees with latitude first when the first is under 24 and the second over 100.
 */
export function guessSource(
  position: [number, number] | null,
): { sourceCrs: 'WGS84' | 'VN-2000'; axisOrder: 'easting_northing' | 'northing_easting' } | null {
  if (!position) return null;
  const [a, b] = position;
  if (Math.abs(a) > 180 || Math.abs(b) > 180)
    return {
      sourceCrs: 'VN-2000',
      axisOrder: a > 1_000_000 && b < 1_000_000 ? 'northing_easting' : 'easting_northing',
    };
  return { sourceCrs: 'WGS84', axisOrder: a < 30 && b > 100 ? 'northing_easting' : 'easting_northing' };
}

/** A formatted number without trailing zeros after its decimal separator: "120,50" → "120,5", "1.200" stays. */
export function trimFraction(text: string, decimalSeparator: string): string {
  if (!text.includes(decimalSeparator)) return text;
  return text.replace(/0+$/, '').replace(new RegExp(`\\${decimalSeparator}$`), '');
}
