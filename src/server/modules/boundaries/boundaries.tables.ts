import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { boards } from '../boards/index.ts';
import { users } from '../users/index.ts';
import { zones } from '../zones/index.ts';

/**
 * A zone's boundary (ranh giới) as imported: the geometry in WGS84 (GeoJSON Polygon or
 * MultiPolygon, longitude–latitude), the coordinate system of the source file (VN-2000 with its
 * central meridian, or WGS84) and the file's name. Each import adds a row; the latest is the
 * zone's boundary now, earlier ones stay as its history.
 */
export const zoneBoundaries = pgTable(
  'zone_boundaries',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** GeoJSON geometry, WGS84. */
    geometry: jsonb('geometry').notNull(),
    /** 'WGS84' or 'VN-2000'. */
    sourceCrs: text('source_crs').notNull(),
    /** VN-2000's central meridian (kinh tuyến trục), degrees, e.g. 105.5 for Thái Bình. */
    centralMeridian: numeric('central_meridian'),
    /** VN-2000's zone width, 3° or 6°. */
    projectionZoneWidth: integer('projection_zone_width'),
    sourceFileName: text('source_file_name'),
    vertexCount: integer('vertex_count').notNull(),
    /** Area computed on the ellipsoid, hectares (for checking against the decision's area). */
    computedAreaHa: numeric('computed_area_ha'),
    note: text('note'),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('zone_boundaries_source_crs_check', sql`source_crs in ('WGS84', 'VN-2000')`),
    index('zone_boundaries_zone_idx').on(t.zoneId, t.importedAt),
    index('zone_boundaries_board_idx').on(t.boardId),
  ],
);
