/**
 * One board's records in every table of the investor portal, made through the API as its staff
 * makes them: the public page of the board's first zone (saved, published, then its draft edited
 * again so draft and published copy differ), one PNG photo and the public site's settings. Used where a suite needs such
 * records to exist (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface InvestorPortalRecords {
  zone: string;
  page: string;
  photo: string;
  /** The published summary (distinctive: holds `label`). */
  summary: string;
  /** The host of the board's tile layer (distinctive: holds `label`). */
  tileHost: string;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/** A PNG's signature and some bytes: what the portal recognises as a PNG. */
export const FIXTURE_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 5),
]);

/** Uploads a photo to a zone's page as `user` (raw body, like the web app). */
export async function uploadZonePhoto(
  ctx: TestContext,
  user: { cookie: string },
  zoneId: string,
  content: Buffer = FIXTURE_PNG,
  query = '',
): Promise<ApiResponse> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/investor-portal/zones/${zoneId}/page/photos${query}`,
    headers: { cookie: user.cookie, 'content-type': 'image/png' },
    payload: content,
  });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

const contentFor = (summary: string, label: string) => ({
  vi: {
    summary,
    infrastructure: { roads: `Đường ${label}`, power: '', water: '', drainage: '' },
    advantages: [],
  },
  en: {
    summary: `About ${label}`,
    infrastructure: { roads: '', power: '', water: '', drainage: '' },
    advantages: [],
  },
  prices: [{ kind: 'water', value: '13500', unit: 'VND_M3', asOf: '2025-01-01', source: `Nguồn ${label}` }],
  leaseTermEnd: '2060',
  minimumPlotM2: '5000',
  wastewaterStandard: 'QCVN 40:2011/BTNMT cột B',
  sectors: ['C26'],
  developer: { name: `Chủ đầu tư ${label}`, website: null },
  contacts: [{ name: `Liên hệ ${label}`, position: '', phone: '0227 000 000', email: null }],
  mapPoint: { lon: 106.4, lat: 20.5 },
});

/** Makes the records for `board`'s first zone through `staff` (its staff member). */
export async function createInvestorPortalRecords(
  ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<InvestorPortalRecords> {
  const zones = ok(await staff.api.get('/api/v1/zones?pageSize=100')).items as {
    id: string;
    boardId: string;
  }[];
  expect(zones.length, `board ${board} needs a zone`).toBeGreaterThan(0);
  const zone = zones[0]!.id;
  const path = `/api/v1/investor-portal/zones/${zone}/page`;
  const summary = `Trang giới thiệu ${label}`;
  const saved = ok(await staff.api.put(path, { version: 0, content: contentFor(summary, label) }));
  // The photo first: a photo is published with the page.
  const withPhoto = ok(
    await uploadZonePhoto(ctx, staff, zone, FIXTURE_PNG, `?captionVi=${encodeURIComponent(`Ảnh ${label}`)}`),
    201,
  );
  const published = ok(
    await staff.api.post(`${path}/publish`, { version: withPhoto.version ?? saved.version }),
  );
  const edited = ok(
    await staff.api.put(path, {
      version: published.version,
      content: contentFor(`Bản nháp ${label}`, label),
    }),
  );
  // The board's public site settings: a tile layer of its own, named after the label.
  const host = `tiles.${label.toLowerCase()}-marker.example.vn`;
  ok(
    await staff.api.put('/api/v1/investor-portal/settings', {
      version: 0,
      tileUrlTemplate: `https://${host}/{z}/{x}/{y}.png`,
      tileAttribution: `© Bản đồ nền riêng của ${label}`,
    }),
  );
  return { zone, page: edited.pageId, photo: withPhoto.photos[0].id, summary, tileHost: host };
}
