import turfArea from '@turf/area';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_PROBLEMS,
  ellipsoidFactor,
  hectares,
  MAX_VERTICES,
  parseBoundary,
  vn2000Converter,
  vn2000Definition,
  type BoundaryProblemReason,
  type BoundarySource,
  type Position,
} from './geo-boundary.ts';

const WGS84: BoundarySource = { crs: 'WGS84' };
const VN2000_TB: BoundarySource = { crs: 'VN-2000', centralMeridian: 105.5 };

/** A rectangle near Thái Bình city, counter-clockwise, as GeoJSON writes it. */
const SQUARE: Position[] = [
  [106.34, 20.45],
  [106.35, 20.45],
  [106.35, 20.46],
  [106.34, 20.46],
  [106.34, 20.45],
];
const polygon = (...rings: Position[][]) => ({ type: 'Polygon', coordinates: rings });

function refusal(input: unknown, source: BoundarySource = WGS84) {
  const result = parseBoundary(input, source);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}
function parsed(input: unknown, source: BoundarySource = WGS84) {
  const result = parseBoundary(input, source);
  if (!result.ok) throw new Error(`refused: ${result.problem.reason} at ${result.problem.path}`);
  return result.boundary;
}

describe('VN-2000 ↔ WGS84', () => {
  const tb = vn2000Converter(105.5, 3);

  it('states the grid PROJ reads: transverse Mercator, k 0.9999 (3°) or 0.9996 (6°), 500 km false easting', () => {
    expect(vn2000Definition(105.5, 3)).toContain(
      '+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0',
    );
    expect(vn2000Definition(105, 6)).toContain('+k=0.9996');
    expect(vn2000Definition(105.5, 3)).toContain(
      '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278',
    );
  });

  it('maps a point on the central meridian to easting 500 000 m (up to the datum shift)', () => {
    // On the VN-2000 datum the meridian is exactly 500 000 m; WGS84's 105°30′ lies a few metres
    // off it because the datums differ by about 200 m of translation.
    const [easting] = tb.fromWgs84(105.5, 20.45);
    expect(Math.abs(easting - 500_000)).toBeLessThan(300);
    // And the grid's own meridian: easting 500 000 maps back onto one longitude at every latitude.
    const [lonA] = tb.toWgs84(500_000, 2_000_000);
    const [lonB] = tb.toWgs84(500_000, 2_500_000);
    expect(Math.abs(lonA - 105.5)).toBeLessThan(0.003);
    expect(Math.abs(lonB - 105.5)).toBeLessThan(0.003);
    // On the grid's own datum (no shift), the meridian is exactly 500 000 m at every latitude.
    const grid = proj4(
      '+proj=longlat +ellps=WGS84 +no_defs',
      vn2000Definition(105.5, 3).replace(/\+towgs84=\S+ /, ''),
    );
    for (const lat of [8.6, 20.45, 23.3]) expect(grid.forward([105.5, lat])[0]).toBeCloseTo(500_000, 6);
    expect(grid.forward([106.5, 20.45])[0]).toBeGreaterThan(500_000);
  });

  it('round-trips WGS84 → VN-2000 → WGS84 within a millimetre', () => {
    const points: Position[] = [
      [106.34, 20.45],
      [106.52, 20.4],
      [106.52, 20.55],
      [105.1, 21.0],
      [104.9, 9.2],
    ];
    for (const [lon, lat] of points) {
      const [e, n] = tb.fromWgs84(lon, lat);
      const [lon2, lat2] = tb.toWgs84(e, n);
      // 1 mm ≈ 9e-9° of latitude; of longitude, 9e-9° / cos φ.
      expect(Math.abs(lat2 - lat) * 111_000).toBeLessThan(0.001);
      expect(Math.abs(lon2 - lon) * 111_000 * Math.cos((lat * Math.PI) / 180)).toBeLessThan(0.001);
    }
  });

  it('places Thái Bình city about 87 km east of the 105°30′ meridian and 2 262 km north', () => {
    const [e, n] = tb.fromWgs84(106.34, 20.45);
    expect(e).toBeGreaterThan(587_000);
    expect(e).toBeLessThan(588_000);
    expect(n).toBeGreaterThan(2_261_000);
    expect(n).toBeLessThan(2_263_000);
  });
});

describe('parseBoundary: accepted files', () => {
  it('takes a WGS84 Polygon, counts its positions, bounds it and measures it', () => {
    const b = parsed(polygon(SQUARE));
    expect(b.geometry).toEqual({ type: 'Polygon', coordinates: [SQUARE] });
    expect(b.vertexCount).toBe(5);
    expect(b.bbox).toEqual([106.34, 20.45, 106.35, 20.46]);
    // By hand on the WGS84 ellipsoid at 20.455° N: a degree of latitude is 110 727 m, of longitude
    // 104 319 m, so 0.01° × 0.01° ≈ 1 107.27 m × 1 043.19 m = 115.51 ha.
    expect(Number(b.areaHa)).toBeCloseTo(115.51, 1);
  });

  it('takes a Feature, a FeatureCollection (several polygons become a MultiPolygon) and drops heights', () => {
    const withHeight = SQUARE.map(([x, y]) => [x, y, 3.5]);
    expect(
      parsed({ type: 'Feature', properties: { name: 'x' }, geometry: polygon(withHeight as never) }).geometry,
    ).toEqual({ type: 'Polygon', coordinates: [SQUARE] });
    const moved = SQUARE.map(([x, y]) => [x + 0.1, y] as Position);
    const b = parsed({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: polygon(SQUARE) },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[moved]] } },
      ],
    });
    expect(b.geometry.type).toBe('MultiPolygon');
    expect(b.geometry.coordinates).toHaveLength(2);
    expect(b.vertexCount).toBe(10);
    expect(b.bbox).toEqual([106.34, 20.45, 106.45, 20.46]);
  });

  it('rewinds a clockwise outer ring counter-clockwise (RFC 7946) and keeps holes out of the area', () => {
    const clockwise = [...SQUARE].reverse();
    expect(parsed(polygon(clockwise)).geometry.coordinates).toEqual([SQUARE]);
    const hole: Position[] = [
      [106.342, 20.452],
      [106.344, 20.452],
      [106.344, 20.454],
      [106.342, 20.454],
      [106.342, 20.452],
    ];
    const b = parsed(polygon(SQUARE, hole));
    // The hole was written counter-clockwise: stored clockwise.
    expect((b.geometry.coordinates as Position[][])[1]).toEqual([...hole].reverse());
    // 0.002° × 0.002° = 1/25 of the square's area.
    expect(Number(b.areaHa)).toBeCloseTo(115.51 * (1 - 0.04), 1);
  });

  it('rounds WGS84 to 7 decimals (about 1 cm)', () => {
    const fine = SQUARE.map(([x, y]) => [x + 0.000000044, y - 0.000000051] as Position);
    const ring = (parsed(polygon(fine)).geometry.coordinates as Position[][])[0]!;
    expect(ring[0]).toEqual([106.34, 20.4499999]);
  });

  it('converts VN-2000 (3° zone, meridian 105°30′) to WGS84', () => {
    const tb = vn2000Converter(105.5, 3);
    const grid = SQUARE.map(([lon, lat]) => tb.fromWgs84(lon, lat));
    const b = parsed(polygon(grid), VN2000_TB);
    const ring = (b.geometry.coordinates as Position[][])[0]!;
    ring.forEach(([lon, lat], i) => {
      expect(Math.abs(lon - SQUARE[i]![0])).toBeLessThan(1e-7);
      expect(Math.abs(lat - SQUARE[i]![1])).toBeLessThan(1e-7);
    });
  });

  it('converts a 6° zone with its own scale factor', () => {
    const utm48 = vn2000Converter(105, 6);
    const grid = SQUARE.map(([lon, lat]) => utm48.fromWgs84(lon, lat));
    const ring = (
      parsed(polygon(grid), { crs: 'VN-2000', centralMeridian: 105, zoneWidth: 6 }).geometry
        .coordinates as Position[][]
    )[0]!;
    expect(Math.abs(ring[1]![0] - 106.35)).toBeLessThan(1e-7);
    // Read as a 3° zone, the same numbers land elsewhere (k differs by 3e-4: ~ 0.7 m at 2 262 km).
    const wrong = (
      parsed(polygon(grid), { crs: 'VN-2000', centralMeridian: 105 }).geometry.coordinates as Position[][]
    )[0]!;
    expect(Math.abs(wrong[1]![1] - 20.45)).toBeGreaterThan(1e-6);
  });

  it('swaps the axes of a surveyor’s file (X = northing first, Y = easting)', () => {
    const tb = vn2000Converter(105.5, 3);
    const grid = SQUARE.map(([lon, lat]) => tb.fromWgs84(lon, lat));
    const surveyors = grid.map(([e, n]) => [n, e] as Position);
    const ring = (
      parsed(polygon(surveyors), { ...VN2000_TB, axisOrder: 'northing_easting' }).geometry
        .coordinates as Position[][]
    )[0]!;
    expect(Math.abs(ring[2]![0] - 106.35)).toBeLessThan(1e-7);
    expect(Math.abs(ring[2]![1] - 20.46)).toBeLessThan(1e-7);
    // Latitude first in a WGS84 file, likewise.
    const latLon = SQUARE.map(([x, y]) => [y, x] as Position);
    expect(parsed(polygon(latLon), { crs: 'WGS84', axisOrder: 'northing_easting' }).bbox).toEqual([
      106.34, 20.45, 106.35, 20.46,
    ]);
  });

  it('measures a VN-2000 rectangle of 1 000 m × 500 m as 50 ha within 0.05 %', () => {
    // On the central meridian the grid's scale is k = 0.9999: 1 000 × 500 grid metres are
    // 1 000.1 × 500.05 m on the ellipsoid, 50.010 ha.
    const e0 = 500_000;
    const n0 = 2_262_000;
    const rect: Position[] = [
      [e0, n0],
      [e0 + 1000, n0],
      [e0 + 1000, n0 + 500],
      [e0, n0 + 500],
      [e0, n0],
    ];
    const b = parsed(polygon(rect), VN2000_TB);
    const expected = 50 / 0.9999 ** 2;
    expect(Math.abs(Number(b.areaHa) - expected) / expected).toBeLessThan(0.0005);
    // @turf/area alone (a sphere of the mean radius) says about 0.29 % more.
    const sphere = turfArea(b.geometry as never) / 10_000;
    expect(sphere / expected - 1).toBeGreaterThan(0.0025);
    expect(sphere / expected - 1).toBeLessThan(0.0035);
  });

  it('corrects the sphere by M·N / R², 0.99709 at 20° N and 0.99593 at 10° N', () => {
    expect(ellipsoidFactor(20)).toBeCloseTo(0.99709, 5);
    expect(ellipsoidFactor(10)).toBeCloseTo(0.99593, 5);
  });

  it('writes hectares with at most 4 decimals', () => {
    expect(hectares(1_205_000)).toBe('120.5');
    expect(hectares(1_000_000)).toBe('100');
    expect(hectares(312.34)).toBe('0.0312');
  });
});

describe('parseBoundary: refusals, each with its reason', () => {
  const cases: [BoundaryProblemReason, unknown, BoundarySource?, string?][] = [
    ['not_geojson', [1, 2, 3]],
    ['not_geojson', 'Polygon'],
    ['not_geojson', { coordinates: [] }],
    ['not_geojson', { type: 'FeatureCollection' }, undefined, 'features'],
    ['unsupported_type', { type: 'Point', coordinates: [106, 20] }, undefined, 'type'],
    ['unsupported_type', { type: 'GeometryCollection', geometries: [] }, undefined, 'type'],
    [
      'unsupported_type',
      { type: 'Feature', geometry: { type: 'LineString', coordinates: SQUARE } },
      undefined,
      'geometry.type',
    ],
    [
      'unsupported_type',
      { type: 'FeatureCollection', features: [polygon(SQUARE)] },
      undefined,
      'features[0]',
    ],
    ['feature_without_geometry', { type: 'Feature', properties: {}, geometry: null }, undefined, 'geometry'],
    ['empty', { type: 'FeatureCollection', features: [] }],
    ['empty', { type: 'MultiPolygon', coordinates: [] }],
    [
      'too_many_features',
      { type: 'FeatureCollection', features: Array.from({ length: 1001 }, () => ({})) },
      undefined,
      'features',
    ],
    [
      'too_many_features',
      { type: 'MultiPolygon', coordinates: Array.from({ length: 1001 }, () => [SQUARE]) },
    ],
    ['too_many_rings', polygon(...Array.from({ length: 1001 }, () => SQUARE))],
    ['coordinates_invalid', { type: 'Polygon', coordinates: 'x' }, undefined, 'coordinates'],
    ['coordinates_invalid', { type: 'Polygon', coordinates: [] }],
    ['coordinates_invalid', { type: 'Polygon', coordinates: [[1, 2, 3, 4]] }, undefined, 'coordinates[0][0]'],
    ['coordinates_invalid', { type: 'MultiPolygon', coordinates: {} }],
    [
      'position_invalid',
      polygon([...SQUARE.slice(0, 2), [106.35] as never, ...SQUARE.slice(3)]),
      undefined,
      'coordinates[0][2]',
    ],
    ['position_invalid', polygon([...SQUARE.slice(0, 2), [1, 2, 3, 4] as never, ...SQUARE.slice(3)])],
    ['position_invalid', polygon([...SQUARE.slice(0, 2), ['106.35', '20.46'] as never, ...SQUARE.slice(3)])],
    ['not_finite', polygon([...SQUARE.slice(0, 2), [Number.NaN, 20.46], ...SQUARE.slice(3)])],
    ['not_finite', polygon([...SQUARE.slice(0, 2), [106.35, Number.POSITIVE_INFINITY], ...SQUARE.slice(3)])],
    ['ring_too_short', polygon([SQUARE[0]!, SQUARE[1]!, SQUARE[0]!]), undefined, 'coordinates[0]'],
    ['ring_not_closed', polygon([...SQUARE.slice(0, 4), [106.34, 20.4501]]), undefined, 'coordinates[0]'],
    ['central_meridian_required', polygon(SQUARE), { crs: 'VN-2000' }, 'centralMeridian'],
    ['central_meridian_invalid', polygon(SQUARE), { crs: 'VN-2000', centralMeridian: 100 }],
    ['central_meridian_invalid', polygon(SQUARE), { crs: 'VN-2000', centralMeridian: Number.NaN }],
    [
      'looks_projected',
      polygon([
        [587_000, 2_262_000],
        [588_000, 2_262_000],
        [588_000, 2_263_000],
        [587_000, 2_262_000],
      ]),
    ],
    ['looks_geographic', polygon(SQUARE), VN2000_TB],
    ['axis_order_swapped', polygon(SQUARE.map(([x, y]) => [y, x] as Position)), WGS84, 'coordinates[0][0]'],
    ['outside_vietnam', polygon(SQUARE.map(([x, y]) => [x - 10, y] as Position)), WGS84, 'coordinates[0][0]'],
    // Paris.
    [
      'outside_vietnam',
      polygon([
        [2.35, 48.85],
        [2.36, 48.85],
        [2.36, 48.86],
        [2.35, 48.85],
      ]),
    ],
    [
      'zero_area',
      polygon([
        [106.34, 20.45],
        [106.35, 20.45],
        [106.36, 20.45],
        [106.34, 20.45],
      ]),
    ],
  ];

  it.each(cases.map((c, i) => [i, ...c] as const))('#%i %s', (_i, reason, input, source, path) => {
    const problem = refusal(input, source ?? WGS84);
    expect(problem.reason).toBe(reason);
    expect(problem.message).toBe(BOUNDARY_PROBLEMS[reason]);
    if (path !== undefined) expect(problem.path).toBe(path);
  });

  it('refuses a VN-2000 surveyor file read in the wrong axis order, naming the axis order', () => {
    const tb = vn2000Converter(105.5, 3);
    const grid = SQUARE.map(([lon, lat]) => tb.fromWgs84(lon, lat));
    const surveyors = grid.map(([e, n]) => [n, e] as Position);
    expect(refusal(polygon(surveyors), VN2000_TB).reason).toBe('axis_order_swapped');
    expect(refusal(polygon(grid), { ...VN2000_TB, axisOrder: 'northing_easting' }).reason).toBe(
      'axis_order_swapped',
    );
  });

  it('refuses a VN-2000 file given the wrong meridian by far (outside Việt Nam)', () => {
    const tb = vn2000Converter(105.5, 3);
    const grid = SQUARE.map(([lon, lat]) => tb.fromWgs84(lon, lat));
    // Read on 117°: about 11.5° further east, in the sea beyond 118° E.
    expect(refusal(polygon(grid), { crs: 'VN-2000', centralMeridian: 117.5 }).reason).toBe('outside_vietnam');
  });

  it('counts positions before reading them: one position too many is refused', () => {
    const big = ringOf(MAX_VERTICES);
    expect(parsed(polygon(big)).vertexCount).toBe(MAX_VERTICES);
    const tooBig = ringOf(MAX_VERTICES + 1);
    expect(refusal(polygon(tooBig)).reason).toBe('too_many_vertices');
    // A huge ring is refused by its length without its positions being looked at.
    const hostile = { type: 'Polygon', coordinates: [new Array(10_000_000)] };
    const started = performance.now();
    expect(refusal(hostile).reason).toBe('too_many_vertices');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('validates a 50 000-vertex polygon well under 100 ms', () => {
    const big = polygon(ringOf(MAX_VERTICES));
    parseBoundary(big, WGS84); // warm up
    const started = performance.now();
    const result = parseBoundary(big, WGS84);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    expect(elapsed).toBeLessThan(100);
  });

  it('converts a 50 000-vertex VN-2000 polygon in well under a second', () => {
    const tb = vn2000Converter(105.5, 3);
    const grid = ringOf(MAX_VERTICES).map(([lon, lat]) => tb.fromWgs84(lon, lat));
    grid[grid.length - 1] = grid[0]!;
    const started = performance.now();
    const result = parseBoundary(polygon(grid), VN2000_TB);
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/** A closed ring of `count` positions on a circle of about 1 km around Thái Bình city. */
function ringOf(count: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < count - 1; i++) {
    const angle = (2 * Math.PI * i) / (count - 1);
    ring.push([106.34 + 0.01 * Math.cos(angle), 20.45 + 0.01 * Math.sin(angle)]);
  }
  ring.push(ring[0]!);
  return ring;
}
