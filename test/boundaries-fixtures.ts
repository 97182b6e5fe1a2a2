/**
 * One board's records in the boundaries module's table, made through the API as its staff makes
 * them: two imports of the board's first zone's boundary — a WGS84 rectangle near Thái Bình city,
 * then a VN-2000 one (meridian 105°30′, 3° zone) that becomes the boundary now, the first kept as
 * history. Used where a suite needs such records to exist (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface BoundaryRecords {
  /** The zone's first import (history) and its second (the boundary now). */
  first: string;
  current: string;
  zone: string;
  /** The second import's file name (distinctive: holds `label`). */
  fileName: string;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/** A 0.01° × 0.01° square near Thái Bình city, shifted by `offset` degrees east. */
const square = (offset: number) => [
  [
    [106.34 + offset, 20.45],
    [106.35 + offset, 20.45],
    [106.35 + offset, 20.46],
    [106.34 + offset, 20.46],
    [106.34 + offset, 20.45],
  ],
];

/** A 600 m × 400 m rectangle in VN-2000 (Thái Bình, 105°30′): easting, northing in metres. */
const grid = [
  [
    [587_000, 2_262_000],
    [587_600, 2_262_000],
    [587_600, 2_262_400],
    [587_000, 2_262_400],
    [587_000, 2_262_000],
  ],
];

/** Makes the records for `board` (code) through `staff` (its staff member), in the board's first zone. */
export async function createBoundaryRecords(
  _ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<BoundaryRecords> {
  const zones = ok(await staff.api.get('/api/v1/zones')).items as { id: string; code: string }[];
  expect(zones.length, `board ${board} needs a zone`).toBeGreaterThan(0);
  const zone = zones[0]!.id;
  const first = ok(
    await staff.api.put(`/api/v1/boundaries/zones/${zone}`, {
      geojson: { type: 'Polygon', coordinates: square(0) },
      sourceCrs: 'WGS84',
      sourceFileName: `ranh-gioi-${label}-wgs84.geojson`,
      note: `Ranh giới thử ${label}`,
    }),
  );
  const fileName = `ranh-gioi-${label}-vn2000.geojson`;
  const current = ok(
    await staff.api.put(`/api/v1/boundaries/zones/${zone}`, {
      geojson: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { ten: label }, geometry: { type: 'Polygon', coordinates: grid } },
        ],
      },
      sourceCrs: 'VN-2000',
      centralMeridian: 105.5,
      zoneWidth: 3,
      sourceFileName: fileName,
    }),
  );
  return { first: first.id, current: current.id, zone, fileName };
}
