import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, callApi as call, pathSegment as seg } from '../../shared/api.ts';

/*
 * The boundaries API (under /api/v1/boundaries), typed as the server's schemas
 * (src/server/modules/boundaries/boundaries.schemas.ts) write them.
 */

export type SourceCrs = 'WGS84' | 'VN-2000';
export type AxisOrder = 'easting_northing' | 'northing_easting';
export type Position = [number, number];
export type BoundaryGeometry =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface BoundaryImport {
  id: string;
  zoneId: string;
  sourceCrs: SourceCrs;
  /** Degrees as a decimal string ("105.5"). */
  centralMeridian: string | null;
  zoneWidth: number | null;
  sourceFileName: string | null;
  vertexCount: number;
  areaHa: string | null;
  note: string | null;
  importedAt: string;
  importedBy: { id: string; username: string; fullName: string } | null;
}

export interface ZoneBoundary extends BoundaryImport {
  boardId: string;
  geometry: BoundaryGeometry;
  /** [west, south, east, north]. */
  bbox: [number, number, number, number];
}

export interface ZoneBoundaryDetail {
  zone: { id: string; code: string; name: string; areaHa: string };
  current: ZoneBoundary;
  history: BoundaryImport[];
}

export interface ImportBoundaryBody {
  geojson: unknown;
  sourceCrs: SourceCrs;
  centralMeridian?: number | null;
  zoneWidth?: 3 | 6;
  axisOrder?: AxisOrder;
  sourceFileName?: string | null;
  note?: string | null;
}

const KEY = ['boundaries'] as const;

/** The zone's boundary now and its imports; null when none was imported. */
export function useZoneBoundary(zoneId: string) {
  return useQuery({
    queryKey: [...KEY, 'zone', zoneId],
    queryFn: () =>
      call<ZoneBoundaryDetail>('GET', `/boundaries/zones/${seg(zoneId)}`).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'BOUNDARY_NOT_FOUND') return null;
        throw error;
      }),
  });
}

export function useImportBoundary(zoneId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportBoundaryBody) =>
      call<ZoneBoundary>('PUT', `/boundaries/zones/${seg(zoneId)}`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** The URL of the zone's boundary as a GeoJSON Feature (a download). */
export const boundaryGeoJsonUrl = (zoneId: string) => `/api/v1/boundaries/zones/${seg(zoneId)}/geojson`;
