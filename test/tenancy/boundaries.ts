import { createBoundaryRecords } from '../boundaries-fixtures.ts';
import type { TenancyModule } from './modules.ts';
import { hidden, notFound } from './probes.ts';

const API = '/api/v1/boundaries';

/** The boundaries module's routes: BB's zone boundary and AA's probes of it. */
export const boundariesTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, a, b, markers }) {
    const bb = await createBoundaryRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' });
    b.boundaryZone = bb.zone;
    b.boundary = bb.current;
    b.boundaryFirst = bb.first;
    markers.push(JSON.stringify(bb.fileName), '"ranh-gioi-BB-wgs84.geojson"', '"Ranh giới thử BB"');
    const aa = await createBoundaryRecords(ctx, { staff: adminA, board: 'AA', label: 'AA' });
    a.boundaryZone = aa.zone;
    a.boundary = aa.current;
  },

  probes: ({ adminA, a, b }) => {
    const api = adminA.api;
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [106.34, 20.45],
          [106.35, 20.45],
          [106.35, 20.46],
          [106.34, 20.45],
        ],
      ],
    };
    return {
      'PUT /api/v1/boundaries/zones/{zoneId}': [
        notFound(
          "boundary of BB's zone",
          () => api.put(`${API}/zones/${b.boundaryZone}`, { geojson: square, sourceCrs: 'WGS84' }),
          'BOUNDARY_ZONE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/boundaries/zones/{zoneId}': [
        notFound(
          "BB's zone boundary",
          () => api.get(`${API}/zones/${b.boundaryZone}`),
          'BOUNDARY_ZONE_NOT_FOUND',
        ),
        hidden('own zone boundary', () => api.get(`${API}/zones/${a.boundaryZone}`), a.boundary),
      ],
      'GET /api/v1/boundaries/zones/{zoneId}/geojson': [
        notFound(
          "BB's zone boundary as GeoJSON",
          () => api.get(`${API}/zones/${b.boundaryZone}/geojson`),
          'BOUNDARY_ZONE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/boundaries': [
        hidden('boundaries', () => api.get(API), a.boundaryZone),
        notFound('boundaries of BB', () => api.get(`${API}?board=BB`), 'BOUNDARY_BOARD_NOT_FOUND'),
      ],
    };
  },
};
