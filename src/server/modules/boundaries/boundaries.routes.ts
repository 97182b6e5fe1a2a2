import { can } from '../../kernel/actor.ts';
import { attachmentDisposition } from '../../kernel/documents/document-download.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import {
  BOUNDARY_BODY_LIMIT,
  BoardBoundariesQuery,
  BoundaryFeatureCollection,
  ImportBoundaryBody,
  ZoneBoundary,
  ZoneBoundaryDetail,
  ZoneParams,
} from './boundaries.schemas.ts';
import {
  boardBoundaries,
  getZoneBoundary,
  importZoneBoundary,
  zoneBoundaryFeature,
} from './boundaries.service.ts';

export const GEOJSON_CONTENT_TYPE = 'application/geo+json';

/** Zones' boundaries: the import, the zone's boundary and history, GeoJSON for maps. */
export async function boundariesRoutes(app: AppInstance) {
  const tags = ['boundaries'];

  app.put(
    '/boundaries/zones/:zoneId',
    {
      bodyLimit: BOUNDARY_BODY_LIMIT,
      // Nobody who may not write records gets a 5 MB body read.
      onRequest: async (request) => {
        if (!can(actorOf(request), 'records.write')) throw CommonErrors.FORBIDDEN();
      },
      schema: {
        tags,
        operationId: 'importZoneBoundary',
        summary:
          "Import a zone's boundary from a GeoJSON file (WGS84 or VN-2000): it becomes the boundary now",
        description:
          'The file is checked (Polygon / MultiPolygon, closed rings, at most 50 000 positions, body ≤ 5 MB), VN-2000 grid coordinates are converted to WGS84 (transverse Mercator on the central meridian, k 0.9999 for a 3° zone, 0.9996 for 6°, the 7 parameters of Decision 05/2007/QĐ-BTNMT), and every position must lie in Việt Nam. The area is computed on the WGS84 ellipsoid. Each import is kept: earlier ones are the history.',
        params: ZoneParams,
        body: ImportBoundaryBody,
        response: { 200: ZoneBoundary, ...errorResponses },
      },
    },
    async (request) => importZoneBoundary(app.db, actorOf(request), request.params.zoneId, request.body),
  );

  app.get(
    '/boundaries/zones/:zoneId',
    {
      schema: {
        tags,
        operationId: 'getZoneBoundary',
        summary:
          "A zone's boundary now (WGS84 GeoJSON geometry, area, source coordinate system) and its imports",
        params: ZoneParams,
        response: { 200: ZoneBoundaryDetail, ...errorResponses },
      },
    },
    async (request) => getZoneBoundary(app.db, actorOf(request), request.params.zoneId),
  );

  app.get(
    '/boundaries/zones/:zoneId/geojson',
    {
      schema: {
        tags,
        operationId: 'getZoneBoundaryGeojson',
        summary: "A zone's boundary now as a GeoJSON Feature (application/geo+json, WGS84)",
        params: ZoneParams,
        response: {
          200: fileResponse(
            GEOJSON_CONTENT_TYPE,
            'A GeoJSON Feature: properties code, name, sourceCrs, areaHa',
          ),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { zoneCode, feature } = await zoneBoundaryFeature(
        app.db,
        actorOf(request),
        request.params.zoneId,
      );
      return reply
        .type(GEOJSON_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(`ranh-gioi-${zoneCode}.geojson`))
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(JSON.stringify(feature), 'utf8'));
    },
  );

  app.get(
    '/boundaries',
    {
      schema: {
        tags,
        operationId: 'listBoardBoundaries',
        summary:
          'The current boundaries of the zones of the boards the caller reads (or of one board) as a GeoJSON FeatureCollection',
        querystring: BoardBoundariesQuery,
        response: { 200: BoundaryFeatureCollection, ...errorResponses },
      },
    },
    async (request) => boardBoundaries(app.db, actorOf(request), request.query.board),
  );
}
