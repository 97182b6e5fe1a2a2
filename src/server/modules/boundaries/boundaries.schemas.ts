/** Zones' boundaries as the API speaks them. */
import { z } from 'zod';
import { Timestamp, Uuid } from '../../kernel/schemas.ts';
import {
  AXIS_ORDERS,
  CENTRAL_MERIDIAN_RANGE,
  MAX_VERTICES,
  SOURCE_CRSS,
} from '../../../domain/geo-boundary.ts';
import { ZONE_KINDS, ZONE_STATUSES } from '../zones/index.ts';
import { BoardCode } from '../boards/index.ts';

/** The import route's body limit: a 50 000-position file written compactly is under 2 MB. */
export const BOUNDARY_BODY_LIMIT = 5 * 1024 * 1024;

export const ZoneParams = z.strictObject({ zoneId: Uuid });
export const BoardBoundariesQuery = z.strictObject({ board: BoardCode.optional() });

export const SourceCrs = z
  .enum(SOURCE_CRSS)
  .meta({ description: "The file's coordinate system: WGS84 (longitude, latitude) or VN-2000 (metres)" });

export const ImportBoundaryBody = z.strictObject({
  geojson: z.unknown().meta({
    description: `The file's GeoJSON as it is: a Polygon or MultiPolygon, a Feature of one, or a FeatureCollection of such Features; rings closed, at most ${MAX_VERTICES} positions. Checked by the server, each problem named (BOUNDARY_GEOJSON_INVALID, BOUNDARY_TOO_LARGE, BOUNDARY_OUTSIDE_VIETNAM).`,
    type: 'object',
  }),
  sourceCrs: SourceCrs,
  centralMeridian: z
    .number()
    .min(CENTRAL_MERIDIAN_RANGE.min, { error: 'Kinh tuyến trục phải từ 102° đến 118°.' })
    .max(CENTRAL_MERIDIAN_RANGE.max, { error: 'Kinh tuyến trục phải từ 102° đến 118°.' })
    .nullish()
    .meta({
      description:
        "VN-2000's central meridian (kinh tuyến trục), decimal degrees: 105.5 = 105°30′. Required for VN-2000",
      example: 105.5,
    }),
  zoneWidth: z
    .union([z.literal(3), z.literal(6)])
    .default(3)
    .meta({ description: "VN-2000's projection zone width (múi chiếu), 3° (k = 0.9999) or 6° (k = 0.9996)" }),
  axisOrder: z.enum(AXIS_ORDERS).default('easting_northing').meta({
    description:
      'How the file writes a position: easting (longitude) first, as GeoJSON does, or northing first (X, Y of Vietnamese surveyors)',
  }),
  sourceFileName: z.string().trim().max(255).nullish(),
  note: z.string().trim().max(2000).nullish(),
});
export type ImportBoundaryBody = z.infer<typeof ImportBoundaryBody>;

export const BoundaryGeometry = z
  .object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    coordinates: z.array(z.unknown()).meta({ description: 'GeoJSON coordinates, WGS84 longitude–latitude' }),
  })
  .meta({ id: 'BoundaryGeometry', description: 'A GeoJSON Polygon or MultiPolygon in WGS84 (RFC 7946)' });

// An array of 4 (a tuple documents as a repeated anyOf in OpenAPI 3.0).
const BoundingBox = z
  .array(z.number())
  .length(4)
  .meta({ description: '[west, south, east, north], degrees' });

const ImportedBy = z.object({ id: Uuid, username: z.string(), fullName: z.string() }).nullable();

/** One import, without its geometry. */
export const BoundaryImport = z
  .object({
    id: Uuid,
    zoneId: Uuid,
    sourceCrs: SourceCrs,
    centralMeridian: z.string().nullable().meta({ description: 'Degrees, a decimal string ("105.5")' }),
    zoneWidth: z.number().int().nullable(),
    sourceFileName: z.string().nullable(),
    vertexCount: z.number().int(),
    areaHa: z.string().nullable().meta({ description: 'Area on the WGS84 ellipsoid, hectares' }),
    note: z.string().nullable(),
    importedAt: Timestamp,
    importedBy: ImportedBy,
  })
  .meta({ id: 'BoundaryImport' });
export type BoundaryImport = z.infer<typeof BoundaryImport>;

export const ZoneBoundary = BoundaryImport.extend({
  boardId: Uuid,
  geometry: BoundaryGeometry,
  bbox: BoundingBox,
}).meta({ id: 'ZoneBoundary' });
export type ZoneBoundary = z.infer<typeof ZoneBoundary>;

export const ZoneBoundaryDetail = z
  .object({
    zone: z.object({
      id: Uuid,
      code: z.string(),
      name: z.string(),
      areaHa: z
        .string()
        .meta({ description: "The zone's planned area (diện tích quy hoạch), hectares, to compare" }),
    }),
    current: ZoneBoundary,
    /** Every import, newest first (the current one first). */
    history: z.array(BoundaryImport),
  })
  .meta({ id: 'ZoneBoundaryDetail' });
export type ZoneBoundaryDetail = z.infer<typeof ZoneBoundaryDetail>;

export const BoundaryFeatureProperties = z.object({
  zoneId: Uuid,
  boardId: Uuid,
  code: z.string(),
  name: z.string(),
  kind: z.enum(ZONE_KINDS),
  status: z.enum(ZONE_STATUSES),
  areaHa: z.string().nullable(),
  sourceCrs: SourceCrs,
  importedAt: Timestamp,
});

export const BoundaryFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    bbox: BoundingBox.optional(),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: Uuid,
        bbox: BoundingBox,
        geometry: BoundaryGeometry,
        properties: BoundaryFeatureProperties,
      }),
    ),
  })
  .meta({
    id: 'BoundaryFeatureCollection',
    description: "The current boundaries of the boards' zones as one GeoJSON FeatureCollection (WGS84)",
  });
export type BoundaryFeatureCollection = z.infer<typeof BoundaryFeatureCollection>;
