import { createInvestorPortalRecords, uploadZonePhoto } from '../investor-portal-fixtures.ts';
import type { TenancyModule } from './modules.ts';
import { notFound } from './probes.ts';

const API = '/api/v1/investor-portal/zones';
const CODE = 'INVESTOR_PORTAL_ZONE_NOT_FOUND';

/** The investor portal's routes: BB's zone page and AA's probes of it. */
export const investorPortalTenancy: TenancyModule = {
  async setup({ ctx, staffB, b, markers }) {
    const bb = await createInvestorPortalRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' });
    b.portalZone = bb.zone;
    b.portalPage = bb.page;
    b.portalPhoto = bb.photo;
    // BB's page is published: the public routes show it to anyone (exempt below); staff routes never.
    markers.push(JSON.stringify(bb.summary), '"Bản nháp BB"', bb.tileHost, 'Bản đồ nền riêng của BB');
  },

  probes: ({ ctx, adminA, b }) => {
    const api = adminA.api;
    const page = `${API}/${b.portalZone}/page`;
    return {
      'GET /api/v1/investor-portal/zones/{zoneId}/page': [notFound('zone page', () => api.get(page), CODE)],
      'PUT /api/v1/investor-portal/zones/{zoneId}/page': [
        notFound(
          'zone page draft',
          () => api.put(page, { version: 1, content: { vi: { summary: 'Xâm nhập' }, en: {} } }),
          CODE,
        ),
      ],
      'POST /api/v1/investor-portal/zones/{zoneId}/page/publish': [
        notFound('zone page publishing', () => api.post(`${page}/publish`, { version: 2 }), CODE),
      ],
      'POST /api/v1/investor-portal/zones/{zoneId}/page/unpublish': [
        notFound('zone page unpublishing', () => api.post(`${page}/unpublish`, { version: 3 }), CODE),
      ],
      'POST /api/v1/investor-portal/zones/{zoneId}/page/photos': [
        notFound('zone page photo upload', () => uploadZonePhoto(ctx, adminA, b.portalZone!), CODE),
      ],
      'GET /api/v1/investor-portal/zones/{zoneId}/page/photos/{photoId}': [
        notFound('zone page photo', () => api.get(`${page}/photos/${b.portalPhoto}`), CODE),
      ],
      'DELETE /api/v1/investor-portal/zones/{zoneId}/page/photos/{photoId}': [
        notFound('zone page photo deletion', () => api.delete(`${page}/photos/${b.portalPhoto}`), CODE),
      ],
      'GET /api/v1/investor-portal/settings': [
        notFound(
          "BB's public site settings",
          () => api.get(`/api/v1/investor-portal/settings?boardId=${b.board}`),
          'INVESTOR_PORTAL_BOARD_NOT_FOUND',
        ),
      ],
      'PUT /api/v1/investor-portal/settings': [
        notFound(
          "BB's public site settings",
          () =>
            api.put('/api/v1/investor-portal/settings', {
              boardId: b.board,
              version: 1,
              tileUrlTemplate: 'https://xam-nhap.example.vn/{z}/{x}/{y}.png',
              tileAttribution: 'Xâm nhập',
            }),
          'INVESTOR_PORTAL_BOARD_NOT_FOUND',
        ),
      ],
      'GET /api/v1/public/boards': {
        exempt:
          'public by contract: the boards that published at least one zone page (code, name, count), nothing unpublished',
      },
      'GET /api/v1/public/zones/map': {
        exempt:
          'public by contract: the published zones of a board as GeoJSON (boundary or point), nothing unpublished',
      },
      'GET /api/v1/public/zones': {
        exempt:
          "public by contract: a board's zones whose page its staff published, with their public figures",
      },
      'GET /api/v1/public/zones/{id}': {
        exempt:
          'public by contract: a published zone page only; an unpublished one answers 404 like an unknown id',
      },
      'GET /api/v1/public/zones/{id}/photos/{photoId}': {
        exempt: 'public by contract: a photo of a published zone page only',
      },
    };
  },
};
