/**
 * Boundaries for four zones of the Thái Bình demo board, around their real towns: KCN Phúc Khánh
 * and KCN Nguyễn Đức Cảnh at Thái Bình city (≈ 20.45 N 106.34 E), KCN Tiền Hải (≈ 20.40 N
 * 106.52 E), KCN Thái Thọ in Thái Thụy (≈ 20.55 N 106.52 E).
 *
 * THE SHAPES ARE INVENTED: one irregular hexagon, turned differently for each zone and scaled to
 * the zone's planned area — ILLUSTRATIVE, NOT SURVEY DATA; each import's note says so. Two are
 * imported as VN-2000 grid coordinates (central meridian 105°30′, 3° zone, surveyors' X-northing
 * order) made by projecting the shape forward, so the demo shows both kinds of file. Loaded
 * through the service: checked, converted, measured and audited like a user's import.
 * Deterministic; does nothing when the board already has a boundary.
 */
import { eq } from 'drizzle-orm';
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { vn2000Converter, type Position } from '../../../domain/geo-boundary.ts';
import { listZones } from '../zones/index.ts';
import { importZoneBoundary } from './boundaries.service.ts';
import { zoneBoundaries } from './boundaries.tables.ts';

export const BOUNDARIES_DEMO_NOTE = 'Ranh giới minh họa, không phải số liệu đo đạc';

/** The demo's zones: the centre of each shape, its turn, and the file's coordinate system. */
const DEMO_ZONES: readonly {
  code: string;
  lon: number;
  lat: number;
  turn: number;
  crs: 'WGS84' | 'VN-2000';
}[] = [
  { code: 'TB-PK', lon: 106.322, lat: 20.468, turn: 10, crs: 'VN-2000' },
  { code: 'TB-NDC', lon: 106.352, lat: 20.428, turn: -25, crs: 'WGS84' },
  { code: 'TB-TH', lon: 106.515, lat: 20.405, turn: 35, crs: 'VN-2000' },
  { code: 'TB-TT', lon: 106.505, lat: 20.556, turn: 60, crs: 'WGS84' },
];

/** The shape, in units (x east, y north), counter-clockwise. */
const SHAPE: readonly Position[] = [
  [-1, -0.8],
  [0.9, -1],
  [1.1, 0.3],
  [0.5, 1],
  [-0.7, 0.9],
  [-1.1, 0.1],
];

const shapeArea = (() => {
  let sum = 0;
  for (let i = 0; i < SHAPE.length; i++) {
    const [x1, y1] = SHAPE[i]!;
    const [x2, y2] = SHAPE[(i + 1) % SHAPE.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
})();

/** The shape around (lon, lat), turned by `turn` degrees, of about `areaHa` hectares; closed. */
function ringAround(lon: number, lat: number, turn: number, areaHa: number): Position[] {
  const scale = Math.sqrt((areaHa * 10_000) / shapeArea); // metres per unit
  const angle = (turn * Math.PI) / 180;
  const metresPerDegreeLat = 110_700;
  const metresPerDegreeLon = 111_320 * Math.cos((lat * Math.PI) / 180);
  const ring = SHAPE.map(([x, y]): Position => {
    const east = (x * Math.cos(angle) - y * Math.sin(angle)) * scale;
    const north = (x * Math.sin(angle) + y * Math.cos(angle)) * scale;
    return [
      Math.round((lon + east / metresPerDegreeLon) * 1e7) / 1e7,
      Math.round((lat + north / metresPerDegreeLat) * 1e7) / 1e7,
    ];
  });
  return [...ring, ring[0]!];
}

export interface BoundariesDemoSummary {
  boundaries: number;
}

/**
 * Loads the boundaries into the board (a transaction of the caller's, or the database). Does
 * nothing when the board already has one, or for a zone the board lacks.
 */
export async function loadBoundariesDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<BoundariesDemoSummary> {
  const summary = { boundaries: 0 };
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  const existing = await db
    .select({ id: zoneBoundaries.id })
    .from(zoneBoundaries)
    .where(eq(zoneBoundaries.boardId, board.id))
    .limit(1);
  if (existing.length > 0) return summary;
  const zones = (await listZones(db, as, { boardId: [board.id], page: 1, pageSize: 500, sort: 'code' }))
    .items;
  const grid = vn2000Converter(105.5, 3);
  for (const demo of DEMO_ZONES) {
    const zone = zones.find((z) => z.code === demo.code);
    if (!zone) continue;
    const ring = ringAround(demo.lon, demo.lat, demo.turn, Number(zone.areaHa));
    const vn2000 = demo.crs === 'VN-2000';
    // A surveyor's file: X (northing) first, Y (easting), to the millimetre.
    const coordinates = vn2000
      ? ring.map(([lon, lat]) => {
          const [e, n] = grid.fromWgs84(lon, lat);
          return [Math.round(n * 1000) / 1000, Math.round(e * 1000) / 1000];
        })
      : ring;
    if (vn2000) coordinates[coordinates.length - 1] = coordinates[0]!;
    await importZoneBoundary(db, as, zone.id, {
      geojson: {
        type: 'Feature',
        properties: { name: zone.name },
        geometry: { type: 'Polygon', coordinates: [coordinates] },
      },
      sourceCrs: demo.crs,
      centralMeridian: vn2000 ? 105.5 : null,
      zoneWidth: 3,
      axisOrder: vn2000 ? 'northing_easting' : 'easting_northing',
      sourceFileName: `ranh-gioi-${zone.code.toLowerCase()}-minh-hoa${vn2000 ? '-vn2000' : ''}.geojson`,
      note: `${BOUNDARIES_DEMO_NOTE}: hình dạng đặt ra quanh vị trí thực của khu, diện tích theo diện tích quy hoạch.`,
    });
    summary.boundaries++;
  }
  return summary;
}
