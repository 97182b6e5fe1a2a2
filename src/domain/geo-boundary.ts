/**
 * A zone's boundary (ranh giới khu) from an uploaded GeoJSON file: parsed and checked without
 * trusting it, its coordinates converted from VN-2000 (the national plane grid) to WGS84 when the
 * file is in VN-2000, every position checked to lie in Việt Nam, the area computed on the WGS84
 * ellipsoid.
 *
 * What a file may hold: a Polygon or MultiPolygon geometry, a Feature of one, or a
 * FeatureCollection of such Features (several polygons become one MultiPolygon). Rings are closed
 * (last position = first) with at least 4 positions; a position is 2 finite numbers (a third, the
 * height, is dropped). Everything is bounded before it is read: features, polygons, rings and
 * positions (MAX_VERTICES in all). The walk never recurses on the input: the shape's depth is fixed.
 *
 * VN-2000 (Hệ quy chiếu và hệ tọa độ quốc gia VN-2000): a Gauss–Krüger / transverse Mercator grid
 * on the WGS84 ellipsoid with the province's central meridian (kinh tuyến trục, e.g. 105°30′ for
 * Thái Bình and Hưng Yên), scale factor 0.9999 for a 3° zone and 0.9996 for a 6° zone, false
 * easting 500 000 m; the datum shift to WGS84 is the 7-parameter transformation below. Vietnamese
 * surveyors write X = northing, Y = easting: `axisOrder: 'northing_easting'` takes such files.
 */
import turfArea from '@turf/area';
import proj4 from 'proj4';

export const SOURCE_CRSS = ['WGS84', 'VN-2000'] as const;
export type SourceCrs = (typeof SOURCE_CRSS)[number];
export const AXIS_ORDERS = ['easting_northing', 'northing_easting'] as const;
export type AxisOrder = (typeof AXIS_ORDERS)[number];
export const ZONE_WIDTHS = [3, 6] as const;
export type ZoneWidth = (typeof ZONE_WIDTHS)[number];

/** At most this many positions in a file (each ring's closing one counted). */
export const MAX_VERTICES = 50_000;
/** At most this many features in a FeatureCollection, polygons in all, rings in a polygon. */
export const MAX_FEATURES = 1_000;
export const MAX_POLYGONS = 1_000;
export const MAX_RINGS = 1_000;
/** Decimals kept of a WGS84 coordinate: 1e-7° ≈ 1 cm. */
export const WGS84_DECIMALS = 7;
/** VN-2000 central meridians lie in this range (degrees east). */
export const CENTRAL_MERIDIAN_RANGE = { min: 102, max: 118 } as const;

/**
 * Việt Nam's extent with its islands, WGS84 degrees: the mainland spans about 102.1–109.5 E and
 * 8.5–23.4 N; Hoàng Sa reaches about 112.8 E and 17.1 N, Trường Sa about 117.8 E and 6.8 N, so
 * the box runs from 6° to 24° N and 102° to 118° E.
 */
export const VIETNAM_EXTENT = { minLon: 102, maxLon: 118, minLat: 6, maxLat: 24 } as const;

/**
 * VN-2000 → WGS84, 7 parameters (ΔX, ΔY, ΔZ in m; rotations in arc seconds; scale in ppm) as
 * Quyết định 05/2007/QĐ-BTNMT (27/02/2007) publishes them, in the sign convention PROJ's
 * `towgs84` (position vector) expects — the same values EPSG:4756 (VN-2000) carries.
 * TO BE VERIFIED against the decision's text and a surveyed control point before the boundaries
 * serve any legal purpose: the rotation signs differ between sources (position vector vs
 * coordinate frame), a difference of up to about a metre.
 */
export const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278';

/** Scale factor on the central meridian: 0.9999 for a 3° zone, 0.9996 for a 6° zone. */
export const scaleFactorOf = (zoneWidth: ZoneWidth): number => (zoneWidth === 6 ? 0.9996 : 0.9999);

/** The proj4 definition of a VN-2000 grid with this central meridian and zone width. */
export function vn2000Definition(centralMeridian: number, zoneWidth: ZoneWidth): string {
  return (
    `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=${scaleFactorOf(zoneWidth)} ` +
    `+x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`
  );
}

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

/** Converts VN-2000 grid positions [easting, northing] to WGS84 [lon, lat] (and back). */
export function vn2000Converter(centralMeridian: number, zoneWidth: ZoneWidth) {
  const converter = proj4(vn2000Definition(centralMeridian, zoneWidth), WGS84);
  return {
    toWgs84: (easting: number, northing: number): [number, number] =>
      converter.forward([easting, northing]) as [number, number],
    fromWgs84: (lon: number, lat: number): [number, number] =>
      converter.inverse([lon, lat]) as [number, number],
  };
}

export type Position = [number, number];
export type PolygonCoordinates = Position[][];
export type BoundaryGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
/** [west, south, east, north], degrees. */
export type BoundingBox = [number, number, number, number];

export interface BoundarySource {
  crs: SourceCrs;
  /** VN-2000's central meridian, degrees (105.5 = 105°30′); required for VN-2000. */
  centralMeridian?: number | null | undefined;
  /** VN-2000's zone width: 3 (default) or 6. */
  zoneWidth?: ZoneWidth | null | undefined;
  /** How the file writes a position: easting first (GeoJSON's order, default) or northing first. */
  axisOrder?: AxisOrder | undefined;
}

export const BOUNDARY_PROBLEMS = {
  not_geojson: 'Tệp không phải GeoJSON: cần một đối tượng JSON có trường "type".',
  unsupported_type:
    'Chỉ nhận Polygon, MultiPolygon, hoặc Feature / FeatureCollection chứa vùng (Polygon, MultiPolygon).',
  feature_without_geometry: 'Có Feature không có hình (geometry) dạng vùng.',
  empty: 'Tệp không có vùng nào.',
  too_many_features: `Tệp có quá ${MAX_FEATURES} Feature hoặc vùng.`,
  too_many_rings: `Một vùng có quá ${MAX_RINGS} đường bao.`,
  coordinates_invalid: 'Tọa độ không đúng cấu trúc GeoJSON (mảng các đường bao, mỗi đường bao là mảng điểm).',
  position_invalid: 'Có điểm không phải 2 số (kinh độ, vĩ độ hoặc X, Y).',
  not_finite: 'Có tọa độ không phải số hữu hạn.',
  ring_too_short: 'Có đường bao ít hơn 4 điểm (một vùng cần ít nhất 3 đỉnh và điểm khép kín).',
  ring_not_closed: 'Có đường bao không khép kín: điểm cuối phải trùng điểm đầu.',
  too_many_vertices: `Ranh giới có quá ${MAX_VERTICES.toLocaleString('vi-VN')} điểm.`,
  central_meridian_required: 'Tọa độ VN-2000 cần kinh tuyến trục của tỉnh (ví dụ 105°30′ = 105.5).',
  central_meridian_invalid: `Kinh tuyến trục phải từ ${CENTRAL_MERIDIAN_RANGE.min}° đến ${CENTRAL_MERIDIAN_RANGE.max}°.`,
  looks_projected:
    'Tọa độ là số mét (hệ phẳng như VN-2000) nhưng tệp được khai báo là WGS84: chọn hệ VN-2000 và kinh tuyến trục.',
  looks_geographic: 'Tọa độ là độ (kinh độ, vĩ độ) nhưng tệp được khai báo là VN-2000: chọn hệ WGS84.',
  axis_order_swapped:
    'Tọa độ nằm ngoài Việt Nam; đổi thứ tự trục (X bắc – Y đông) thì nằm trong: kiểm tra thứ tự trục.',
  outside_vietnam:
    'Có điểm nằm ngoài lãnh thổ Việt Nam: kiểm tra hệ tọa độ, kinh tuyến trục và thứ tự trục của tệp.',
  zero_area: 'Vùng có diện tích bằng 0.',
} as const;
export type BoundaryProblemReason = keyof typeof BOUNDARY_PROBLEMS;

export interface BoundaryProblem {
  reason: BoundaryProblemReason;
  /** Where in the file: "features[2].geometry.coordinates[0][5]". */
  path: string;
  message: string;
  value?: unknown;
}

export interface ParsedBoundary {
  /** WGS84, coordinates rounded to 7 decimals, outer rings counter-clockwise (RFC 7946). */
  geometry: BoundaryGeometry;
  /** Positions in all rings, each ring's closing one counted. */
  vertexCount: number;
  /** Area on the WGS84 ellipsoid, hectares, 4 decimals (1 m²), e.g. "120.5032". */
  areaHa: string;
  bbox: BoundingBox;
}

export type BoundaryResult = { ok: true; boundary: ParsedBoundary } | { ok: false; problem: BoundaryProblem };

class Refusal extends Error {
  constructor(
    readonly reason: BoundaryProblemReason,
    readonly at: string,
    readonly value?: unknown,
  ) {
    super(reason);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const POLYGON_TYPES = new Set(['Polygon', 'MultiPolygon']);

/** The polygons of the input (raw coordinates, unchecked) with their paths. */
function polygonsOf(input: unknown): { coordinates: unknown; path: string }[] {
  if (!isRecord(input) || typeof input.type !== 'string') throw new Refusal('not_geojson', '');
  const out: { coordinates: unknown; path: string }[] = [];
  const addGeometry = (geometry: unknown, path: string) => {
    if (!isRecord(geometry)) throw new Refusal('feature_without_geometry', path);
    if (!POLYGON_TYPES.has(geometry.type as string))
      throw new Refusal('unsupported_type', `${path}.type`, String(geometry.type).slice(0, 40));
    const coordinates = geometry.coordinates;
    if (geometry.type === 'Polygon') out.push({ coordinates, path: `${path}.coordinates` });
    else {
      if (!Array.isArray(coordinates)) throw new Refusal('coordinates_invalid', `${path}.coordinates`);
      if (out.length + coordinates.length > MAX_POLYGONS) throw new Refusal('too_many_features', path);
      coordinates.forEach((polygon, i) =>
        out.push({ coordinates: polygon, path: `${path}.coordinates[${i}]` }),
      );
    }
    if (out.length > MAX_POLYGONS) throw new Refusal('too_many_features', path);
  };
  const addFeature = (feature: unknown, path: string) => {
    if (!isRecord(feature) || feature.type !== 'Feature') throw new Refusal('unsupported_type', path);
    addGeometry(feature.geometry, `${path}.geometry`);
  };
  switch (input.type) {
    case 'FeatureCollection': {
      const features = input.features;
      if (!Array.isArray(features)) throw new Refusal('not_geojson', 'features');
      if (features.length > MAX_FEATURES) throw new Refusal('too_many_features', 'features', features.length);
      features.forEach((feature, i) => addFeature(feature, `features[${i}]`));
      break;
    }
    case 'Feature':
      addFeature(input, '');
      break;
    case 'Polygon':
    case 'MultiPolygon':
      addGeometry(input, '');
      break;
    default:
      throw new Refusal('unsupported_type', 'type', input.type.slice(0, 40));
  }
  if (out.length === 0) throw new Refusal('empty', '');
  return out.map((p) => ({ ...p, path: p.path.replace(/^\./, '') }));
}

/** Checks one polygon's rings; returns them as plain number pairs (the file's axis order). */
function readPolygon(raw: unknown, path: string, budget: { left: number }): PolygonCoordinates {
  if (!Array.isArray(raw) || raw.length === 0) throw new Refusal('coordinates_invalid', path);
  if (raw.length > MAX_RINGS) throw new Refusal('too_many_rings', path, raw.length);
  return raw.map((ring: unknown, r) => {
    const ringPath = `${path}[${r}]`;
    if (!Array.isArray(ring)) throw new Refusal('coordinates_invalid', ringPath);
    budget.left -= ring.length;
    if (budget.left < 0) throw new Refusal('too_many_vertices', ringPath);
    if (ring.length < 4) throw new Refusal('ring_too_short', ringPath, ring.length);
    const positions: Position[] = new Array<Position>(ring.length);
    for (let i = 0; i < ring.length; i++) {
      const position: unknown = ring[i];
      if (!Array.isArray(position) || position.length < 2 || position.length > 3)
        throw new Refusal(
          Array.isArray(position) ? 'position_invalid' : 'coordinates_invalid',
          `${ringPath}[${i}]`,
        );
      for (const value of position as unknown[]) {
        if (typeof value !== 'number') throw new Refusal('position_invalid', `${ringPath}[${i}]`);
        if (!Number.isFinite(value)) throw new Refusal('not_finite', `${ringPath}[${i}]`);
      }
      positions[i] = [position[0] as number, position[1] as number];
    }
    const first = positions[0]!;
    const last = positions[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) throw new Refusal('ring_not_closed', ringPath);
    return positions;
  });
}

const inVietnam = (lon: number, lat: number) =>
  lon >= VIETNAM_EXTENT.minLon &&
  lon <= VIETNAM_EXTENT.maxLon &&
  lat >= VIETNAM_EXTENT.minLat &&
  lat <= VIETNAM_EXTENT.maxLat;

const FACTOR = 10 ** WGS84_DECIMALS;
const round7 = (value: number) => Math.round(value * FACTOR) / FACTOR;

/** Twice the signed planar area of a ring in degrees (positive: counter-clockwise). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** RFC 7946's winding: outer rings counter-clockwise, holes clockwise. */
function rewind(polygon: PolygonCoordinates): PolygonCoordinates {
  return polygon.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
}

// The WGS84 ellipsoid, and the sphere @turf/area computes on (its mean radius).
const A = 6_378_137;
const E2 = 0.00669437999014;
const TURF_RADIUS = 6_371_008.8;

/**
 * @turf/area computes on a sphere of radius 6 371 008.8 m, about 0.3 % too much at Việt Nam's
 * latitudes (0.41 % at 10° N, 0.29 % at 20° N). The ellipsoid's area element is M·N·cos φ dφ dλ
 * where the sphere's is R²·cos φ dφ dλ: the factor M·N / R² at the zone's latitude brings turf's
 * figure onto the ellipsoid (a zone spans a fraction of a degree: the factor varies by < 0.001 %).
 */
export function ellipsoidFactor(latitude: number): number {
  const s = Math.sin((latitude * Math.PI) / 180);
  const w = 1 - E2 * s * s;
  const n = A / Math.sqrt(w);
  const m = (A * (1 - E2)) / (w * Math.sqrt(w));
  return (m * n) / (TURF_RADIUS * TURF_RADIUS);
}

/** Area of a WGS84 geometry on the ellipsoid, square metres. */
export function ellipsoidalAreaM2(geometry: BoundaryGeometry): number {
  const bbox = bboxOf(geometry);
  return turfArea(geometry) * ellipsoidFactor((bbox[1] + bbox[3]) / 2);
}

export function bboxOf(geometry: BoundaryGeometry): BoundingBox {
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  return box;
}

/** Whether this looks like degrees: every value within ±180. */
const looksGeographic = (polygons: PolygonCoordinates[]) =>
  polygons.every((polygon) =>
    polygon.every((ring) => ring.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 180)),
  );

/**
 * Parses and checks an uploaded GeoJSON boundary and brings it to WGS84. Never throws for bad
 * input: the first problem found, with its path in the file, is the answer.
 */
export function parseBoundary(input: unknown, source: BoundarySource): BoundaryResult {
  try {
    return { ok: true, boundary: parseOrThrow(input, source) };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return {
      ok: false,
      problem: {
        reason: error.reason,
        path: error.at.replace(/^\./, ''),
        message: BOUNDARY_PROBLEMS[error.reason],
        ...(error.value === undefined ? {} : { value: error.value }),
      },
    };
  }
}

function parseOrThrow(input: unknown, source: BoundarySource): ParsedBoundary {
  let converter: ReturnType<typeof vn2000Converter> | null = null;
  if (source.crs === 'VN-2000') {
    const cm = source.centralMeridian;
    if (cm === undefined || cm === null) throw new Refusal('central_meridian_required', 'centralMeridian');
    if (!Number.isFinite(cm) || cm < CENTRAL_MERIDIAN_RANGE.min || cm > CENTRAL_MERIDIAN_RANGE.max)
      throw new Refusal('central_meridian_invalid', 'centralMeridian', cm);
    converter = vn2000Converter(cm, source.zoneWidth ?? 3);
  }
  const budget = { left: MAX_VERTICES };
  const raw = polygonsOf(input).map(({ coordinates, path }) => ({
    path,
    rings: readPolygon(coordinates, path, budget),
  }));
  const vertexCount = MAX_VERTICES - budget.left;

  const geographic = looksGeographic(raw.map((p) => p.rings));
  if (source.crs === 'WGS84' && !geographic) throw new Refusal('looks_projected', raw[0]!.path);
  if (source.crs === 'VN-2000' && geographic) throw new Refusal('looks_geographic', raw[0]!.path);

  const swap = source.axisOrder === 'northing_easting';
  const toWgs84 = (x: number, y: number, swapped: boolean): Position => {
    const [e, n] = swapped ? [y, x] : [x, y];
    return converter ? converter.toWgs84(e, n) : [e, n];
  };
  const polygons = raw.map(({ rings, path }) =>
    rewind(
      rings.map((ring, r) =>
        ring.map(([x, y], i) => {
          const [lon, lat] = toWgs84(x, y, swap);
          if (!Number.isFinite(lon) || !Number.isFinite(lat) || !inVietnam(lon, lat)) {
            const [otherLon, otherLat] = toWgs84(x, y, !swap);
            const otherFits =
              Number.isFinite(otherLon) && Number.isFinite(otherLat) && inVietnam(otherLon, otherLat);
            throw new Refusal(otherFits ? 'axis_order_swapped' : 'outside_vietnam', `${path}[${r}][${i}]`, [
              x,
              y,
            ]);
          }
          return [round7(lon), round7(lat)] as Position;
        }),
      ),
    ),
  );
  const geometry: BoundaryGeometry =
    polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0]! }
      : { type: 'MultiPolygon', coordinates: polygons };
  const areaM2 = ellipsoidalAreaM2(geometry);
  if (!(areaM2 > 0.005)) throw new Refusal('zero_area', raw[0]!.path);
  return { geometry, vertexCount, areaHa: hectares(areaM2), bbox: bboxOf(geometry) };
}

/** Square metres → hectares as a decimal string with at most 4 decimals ("120.5", "0.0312"). */
export function hectares(areaM2: number): string {
  return (areaM2 / 10_000).toFixed(4).replace(/\.?0+$/, '');
}
