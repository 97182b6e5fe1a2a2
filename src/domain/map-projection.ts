/**
 * Drawing zones on a page without a map server: WGS84 positions projected with Web Mercator
 * (EPSG:3857, as every web map's tiles are) and fitted into an SVG view box, so the same shapes
 * line up when a tile layer is laid under them. Pure functions; the public site draws with them.
 */

export type Position = readonly [number, number];
export type MapGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Position[])[])[] };

/** Web Mercator's latitude limit: beyond it the projection runs to infinity. */
const MAX_LATITUDE = 85.05112878;

/** A WGS84 position (longitude, latitude in degrees) on the Web Mercator square [0, 1]², y down. */
export function webMercator([lon, lat]: Position): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** Every position of a geometry. */
export function positionsOf(geometry: MapGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

export interface MapView {
  width: number;
  height: number;
  /** A WGS84 position → SVG coordinates in the view box (rounded to 0,1 unit). */
  project: (position: Position) => [number, number];
}

/**
 * The view box that shows every geometry with `padding` units around them, keeping the
 * projection's proportions: `width` is given, the height follows the shapes' extent (at least
 * `minHeight`, at most `maxHeight`, by default `width`). A single point or a tiny extent is shown at a span of
 * `minSpanDegrees` so it does not fill the page.
 */
export function fitView(
  geometries: readonly MapGeometry[],
  options: {
    width: number;
    minHeight?: number;
    maxHeight?: number;
    padding?: number;
    minSpanDegrees?: number;
  },
): MapView | null {
  const positions = geometries.flatMap(positionsOf);
  if (positions.length === 0) return null;
  const { width, minHeight = width / 2, maxHeight = width, padding = 16, minSpanDegrees = 0.05 } = options;
  const projected = positions.map(webMercator);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of projected) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const minSpan = minSpanDegrees / 360;
  const grow = (low: number, high: number): [number, number] => {
    const missing = minSpan - (high - low);
    return missing > 0 ? [low - missing / 2, high + missing / 2] : [low, high];
  };
  [minX, maxX] = grow(minX, maxX);
  [minY, maxY] = grow(minY, maxY);
  const inner = width - 2 * padding;
  const scale = Math.min(inner / (maxX - minX), (maxHeight - 2 * padding) / (maxY - minY));
  const height = Math.max(minHeight, Math.min(maxHeight, (maxY - minY) * scale + 2 * padding));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width,
    height: round(height),
    project: (position) => {
      const [x, y] = webMercator(position);
      return [round(offsetX + (x - minX) * scale), round(offsetY + (y - minY) * scale)];
    },
  };
}

/**
 * An SVG path (`d`) for a polygon or multipolygon: each ring closed; holes drawn with evenodd. A
 * point within one unit (on both axes) of the last one drawn is left out — finer than a screen
 * shows: a surveyed boundary of 50 000 points is a few thousand on a page.
 */
export function svgPath(geometry: MapGeometry, view: MapView): string {
  const ring = (positions: readonly Position[]) => {
    let d = '';
    let [lastX, lastY] = [Infinity, Infinity];
    positions.forEach((position, i) => {
      const [x, y] = view.project(position);
      const last = i === positions.length - 1;
      if (!last && Math.abs(x - lastX) < 1 && Math.abs(y - lastY) < 1) return;
      d += `${d === '' ? 'M' : 'L'}${x} ${y}`;
      [lastX, lastY] = [x, y];
    });
    return `${d}Z`;
  };
  switch (geometry.type) {
    case 'Point':
      return '';
    case 'Polygon':
      return geometry.coordinates.map(ring).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map(ring)).join('');
  }
}

/** Where to write a shape's label: the middle of its projected extent. */
export function labelPoint(geometry: MapGeometry, view: MapView): [number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const position of positionsOf(geometry)) {
    const [x, y] = view.project(position);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return [round((minX + maxX) / 2), round((minY + maxY) / 2)];
}

/**
 * The geometry with fewer points for drawing: a point closer than `step` degrees (on both axes)
 * to the last one kept is left out; each ring keeps its first and last point, and at least four.
 */
export function thinGeometry(geometry: MapGeometry, step: number): MapGeometry {
  const thin = (ring: readonly Position[]): Position[] => {
    if (ring.length <= 4) return [...ring];
    const kept: Position[] = [ring[0]!];
    for (let i = 1; i < ring.length - 1; i++) {
      const [lon, lat] = ring[i]!;
      const [lastLon, lastLat] = kept[kept.length - 1]!;
      if (Math.abs(lon - lastLon) >= step || Math.abs(lat - lastLat) >= step) kept.push(ring[i]!);
    }
    kept.push(ring[ring.length - 1]!);
    return kept.length >= 4 ? kept : [...ring];
  };
  switch (geometry.type) {
    case 'Point':
      return geometry;
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(thin) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(thin)) };
  }
}
