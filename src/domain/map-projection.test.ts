import { describe, expect, it } from 'vitest';
import {
  fitView,
  labelPoint,
  positionsOf,
  svgPath,
  thinGeometry,
  webMercator,
  type MapGeometry,
} from './map-projection.ts';

const ring = (lon: number, lat: number, side: number): [number, number][] => [
  [lon, lat],
  [lon + side, lat],
  [lon + side, lat + side],
  [lon, lat + side],
  [lon, lat],
];
const square = (lon: number, lat: number, side: number): MapGeometry => ({
  type: 'Polygon',
  coordinates: [ring(lon, lat, side)],
});

describe('Web Mercator', () => {
  it('puts (0, 0) in the middle of the square and the antimeridian at its edges', () => {
    expect(webMercator([0, 0])).toEqual([0.5, 0.5]);
    expect(webMercator([-180, 0])[0]).toBe(0);
    expect(webMercator([180, 0])[0]).toBe(1);
  });

  it('puts north up (smaller y) and clamps the poles to the projection limit', () => {
    expect(webMercator([106, 21])[1]).toBeLessThan(webMercator([106, 20])[1]);
    expect(webMercator([0, 90])[1]).toBeCloseTo(0, 6);
    expect(webMercator([0, -90])[1]).toBeCloseTo(1, 6);
    expect(Number.isFinite(webMercator([0, 90])[1])).toBe(true);
  });

  it("agrees with the tiles' own formula (OpenStreetMap's slippy-map names): Hà Nội at zoom 13", () => {
    const [lon, lat] = [105.85, 21.03];
    const radians = (lat * Math.PI) / 180;
    const tileX = Math.floor(((lon + 180) / 360) * 2 ** 13);
    const tileY = Math.floor(
      ((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * 2 ** 13,
    );
    const [x, y] = webMercator([lon, lat]);
    expect([Math.floor(x * 2 ** 13), Math.floor(y * 2 ** 13)]).toEqual([tileX, tileY]);
    expect([tileX, tileY]).toEqual([6504, 3606]);
  });
});

describe('fitting zones into a view box', () => {
  it('returns null when there is nothing to draw', () => {
    expect(fitView([], { width: 800 })).toBeNull();
  });

  it('keeps every position inside the box with its padding, and proportions as projected', () => {
    const shapes = [square(106.3, 20.4, 0.05), square(106.55, 20.39, 0.03)];
    const view = fitView(shapes, { width: 800, padding: 16 })!;
    for (const position of shapes.flatMap(positionsOf)) {
      const [x, y] = view.project(position);
      expect(x).toBeGreaterThanOrEqual(16 - 0.05);
      expect(x).toBeLessThanOrEqual(800 - 16 + 0.05);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(view.height);
    }
    // Mercator stretches north-south by 1/cos(latitude): 0,05° by 0,05° at 20,4° N is drawn
    // cos(20,4°) ≈ 0,937 times as wide as tall — as on every web map.
    const [x0, y0] = view.project([106.3, 20.4]);
    const [x1, y1] = view.project([106.35, 20.45]);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((20.425 * Math.PI) / 180), 2);
  });

  it('shows a single point at a sensible span, centred', () => {
    const view = fitView([{ type: 'Point', coordinates: [106.37, 20.46] }], { width: 400, minHeight: 200 })!;
    expect(view.project([106.37, 20.46])).toEqual([200, view.height / 2]);
    // 0,05° across, not a whole province: 1 km is about 20 units of 400.
    const [east] = view.project([106.38, 20.46]);
    expect(east - 200).toBeGreaterThan(50);
  });

  it('never makes the box taller than it is wide', () => {
    const tall: MapGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [106, 8],
          [106.01, 8],
          [106.01, 23],
          [106, 8],
        ],
      ],
    };
    const view = fitView([tall], { width: 300 })!;
    expect(view.height).toBeLessThanOrEqual(300);
  });
});

describe('SVG paths and labels', () => {
  const view = fitView([square(106, 20, 0.1)], { width: 200, padding: 10, minHeight: 0 })!;

  it('draws a polygon ring as a closed path, and holes as further rings', () => {
    const d = svgPath(square(106, 20, 0.1), view);
    expect(d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}Z$/);
    const withHole: MapGeometry = {
      type: 'Polygon',
      coordinates: [ring(106, 20, 0.1), ring(106.02, 20.02, 0.02)],
    };
    expect(svgPath(withHole, view).match(/Z/g)).toHaveLength(2);
  });

  it('draws each polygon of a multipolygon, and nothing for a point', () => {
    const multi: MapGeometry = {
      type: 'MultiPolygon',
      coordinates: [[ring(106, 20, 0.04)], [ring(106.06, 20.06, 0.04)]],
    };
    expect(svgPath(multi, view).match(/M/g)).toHaveLength(2);
    expect(svgPath({ type: 'Point', coordinates: [106, 20] }, view)).toBe('');
  });

  it('labels a shape at the middle of its extent', () => {
    const [x, y] = labelPoint(square(106, 20, 0.1), view);
    const [left, bottom] = view.project([106, 20]);
    const [right, top] = view.project([106.1, 20.1]);
    expect(x).toBeCloseTo((left + right) / 2, 0);
    expect(y).toBeCloseTo((top + bottom) / 2, 0);
  });

  it('handles a 50 000-vertex boundary quickly', () => {
    const ring: [number, number][] = Array.from({ length: 50_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 50_000;
      return [106.4 + 0.02 * Math.cos(a), 20.4 + 0.02 * Math.sin(a)];
    });
    ring.push(ring[0]!);
    const big: MapGeometry = { type: 'Polygon', coordinates: [ring] };
    const started = performance.now();
    const bigView = fitView([big], { width: 800 })!;
    const d = svgPath(big, bigView);
    labelPoint(big, bigView);
    expect(performance.now() - started).toBeLessThan(500);
    expect(d.startsWith('M')).toBe(true);
  });

  it('leaves out the points that land where the previous one did', () => {
    const ring: [number, number][] = Array.from({ length: 50_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 50_000;
      return [106.4 + 0.02 * Math.cos(a), 20.4 + 0.02 * Math.sin(a)];
    });
    ring.push(ring[0]!);
    const circle: MapGeometry = { type: 'Polygon', coordinates: [ring] };
    const d = svgPath(circle, fitView([circle], { width: 800 })!);
    const points = d.match(/[ML]/g)!.length;
    expect(points).toBeLessThan(5_000);
    expect(points).toBeGreaterThan(500);
  });
});

describe('thinning a geometry for a map over tiles', () => {
  it('keeps each ring closed, drops points closer than the step, and never goes below four points', () => {
    const dense: MapGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [106, 20],
          [106.00001, 20],
          [106.1, 20],
          [106.1, 20.1],
          [106.10001, 20.1],
          [106, 20.1],
          [106, 20],
        ],
      ],
    };
    const thinned = thinGeometry(dense, 0.001) as unknown as { coordinates: [number, number][][] };
    expect(thinned.coordinates[0]).toEqual([
      [106, 20],
      [106.1, 20],
      [106.1, 20.1],
      [106, 20.1],
      [106, 20],
    ]);
    const small: MapGeometry = { type: 'Polygon', coordinates: [ring(106, 20, 0.00001)] };
    expect((thinGeometry(small, 1) as unknown as { coordinates: unknown[][] }).coordinates[0]).toHaveLength(
      5,
    );
    expect(thinGeometry({ type: 'Point', coordinates: [106, 20] }, 1)).toEqual({
      type: 'Point',
      coordinates: [106, 20],
    });
  });
});
