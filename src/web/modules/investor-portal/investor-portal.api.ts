import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answerOf, callApi as call, pathSegment as seg, queryString } from '../../shared/api.ts';

/*
 * A zone's public page (under /api/v1/investor-portal/zones/{zoneId}/page), typed as the
 * server's schemas (src/server/modules/investor-portal/investor-portal.schemas.ts) write them.
 */

export const PRICE_KINDS = ['landRent', 'factoryRent', 'managementFee', 'water', 'wastewaterFee'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];
export type PriceUnit = 'USD_M2_TERM' | 'VND_M2_TERM' | 'USD_M2_MONTH' | 'VND_M2_MONTH' | 'VND_M3';

export interface LanguageContent {
  summary: string;
  infrastructure: { roads: string; power: string; water: string; drainage: string };
  advantages: string[];
}

export interface PagePrice {
  kind: PriceKind;
  value: string;
  unit: PriceUnit;
  asOf: string;
  source: string;
}

export interface PageContact {
  name: string;
  position: string;
  phone: string;
  email: string | null;
}

export interface PageContent {
  vi: LanguageContent;
  en: LanguageContent;
  prices: PagePrice[];
  leaseTermEnd: string | null;
  minimumPlotM2: string | null;
  wastewaterStandard: string | null;
  sectors: string[];
  developer: { name: string; website: string | null } | null;
  contacts: PageContact[];
  mapPoint: { lon: number; lat: number } | null;
}

export interface PagePhoto {
  id: string;
  position: number;
  contentType: string;
  size: number;
  captionVi: string;
  captionEn: string;
}

export interface ZonePublicPage {
  zone: { id: string; code: string; name: string };
  pageId: string | null;
  version: number;
  content: PageContent;
  published: { content: PageContent; publishedAt: string; publishedBy: string | null } | null;
  draftChanged: boolean;
  photos: PagePhoto[];
  updatedAt: string | null;
}

/** The units each price may be stated in (src/domain/investor-portal.ts). */
export const UNITS_OF_PRICE: Record<PriceKind, readonly PriceUnit[]> = {
  landRent: ['USD_M2_TERM', 'VND_M2_TERM'],
  factoryRent: ['USD_M2_MONTH'],
  managementFee: ['VND_M2_MONTH', 'USD_M2_MONTH'],
  water: ['VND_M3'],
  wastewaterFee: ['VND_M3'],
};

export const PHOTO_LIMIT = 12;
export const PHOTO_LIMIT_BYTES = 5 * 1024 * 1024;

const KEY = ['investor-portal', 'zone-page'] as const;
const base = (zoneId: string) => `/investor-portal/zones/${seg(zoneId)}/page`;

/** The photo's bytes for staff (an <img> source). */
export const staffPhotoUrl = (zoneId: string, photoId: string) =>
  `/api/v1${base(zoneId)}/photos/${seg(photoId)}`;

export function useZonePublicPage(zoneId: string) {
  return useQuery({
    queryKey: [...KEY, zoneId],
    queryFn: () => call<ZonePublicPage>('GET', base(zoneId)),
  });
}

/** Every write answers the page as it now is: the cache takes it as the answer. */
function useWrite<V>(zoneId: string, send: (values: V) => Promise<ZonePublicPage>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (page) => client.setQueryData([...KEY, zoneId], page),
  });
}

export function useSavePage(zoneId: string) {
  return useWrite(zoneId, (body: { version: number; content: PageContent }) =>
    call<ZonePublicPage>('PUT', base(zoneId), { body }),
  );
}

export function usePublish(zoneId: string) {
  return useWrite(zoneId, ({ version, publish }: { version: number; publish: boolean }) =>
    call<ZonePublicPage>('POST', `${base(zoneId)}/${publish ? 'publish' : 'unpublish'}`, {
      body: { version },
    }),
  );
}

export function useDeletePhoto(zoneId: string) {
  return useWrite(zoneId, (photoId: string) =>
    call<ZonePublicPage>('DELETE', `${base(zoneId)}/photos/${seg(photoId)}`),
  );
}

export function useUploadPhoto(zoneId: string) {
  return useWrite(
    zoneId,
    async ({ file, captionVi, captionEn }: { file: File; captionVi: string; captionEn: string }) => {
      const response = await fetch(`/api/v1${base(zoneId)}/photos${queryString({ captionVi, captionEn })}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type':
            file.type === 'image/png' || file.type === 'image/jpeg' ? file.type : 'application/octet-stream',
        },
        body: file,
      });
      return answerOf<ZonePublicPage>(response);
    },
  );
}

// ─── The board's public site settings (/api/v1/investor-portal/settings) ───

/** The board's public site settings: its map's tile layer; version null when never set. */
export interface PublicSiteSettings {
  boardId: string;
  tileUrlTemplate: string | null;
  tileAttribution: string | null;
  version: number | null;
  updatedAt: string | null;
}

export interface SiteSettingsBody {
  boardId?: string;
  /** The version read; 0 when the settings were never set. */
  version: number;
  tileUrlTemplate: string | null;
  tileAttribution: string | null;
}

/** An open tile layer staff may start from (its licence asks for this attribution). */
export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
export const TILE_URL_MAX = 500;
export const TILE_ATTRIBUTION_MAX = 300;

const SETTINGS_KEY = ['investor-portal', 'settings'] as const;
const SETTINGS = '/investor-portal/settings';

export function useSiteSettings(boardId: string | undefined) {
  return useQuery({
    queryKey: [...SETTINGS_KEY, boardId],
    queryFn: () => call<PublicSiteSettings>('GET', SETTINGS, { query: { boardId } }),
    enabled: boardId !== undefined,
  });
}

/** Saves the settings; the answer is what the cache then holds for that board. */
export function useSaveSiteSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteSettingsBody) => call<PublicSiteSettings>('PUT', SETTINGS, { body }),
    onSuccess: (settings) => client.setQueryData([...SETTINGS_KEY, settings.boardId], settings),
  });
}
