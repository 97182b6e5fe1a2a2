import { z } from 'zod';
import { isCalendarDate } from '../../../domain/calendar-date.ts';
import {
  PRICE_KINDS,
  PRICE_UNITS,
  PRICE_VALUE_PATTERN,
  UNITS_OF_PRICE,
} from '../../../domain/investor-portal.ts';
import { CalendarDate, Timestamp, Uuid } from '../../kernel/schemas.ts';
import { VsicCode } from '../projects/index.ts';
import { ZoneKind, ZoneStatus } from '../zones/index.ts';

/** Limits of what a client sends. */
export const PHOTO_LIMIT = 12;
export const PHOTO_LIMIT_MB = 5;
export const PHOTO_LIMIT_BYTES = PHOTO_LIMIT_MB * 1024 * 1024;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Không quá ${max} ký tự.` });

/** One language's words of a zone's page. */
export const PageLanguageContent = z.strictObject({
  summary: text(4000).default(''),
  infrastructure: z
    .strictObject({
      roads: text(2000).default(''),
      power: text(2000).default(''),
      water: text(2000).default(''),
      drainage: text(2000).default(''),
    })
    .default({ roads: '', power: '', water: '', drainage: '' }),
  advantages: z.array(text(300).min(1)).max(20).default([]),
});

export const PagePrice = z
  .strictObject({
    kind: z.enum(PRICE_KINDS),
    /** Exact decimal as a string, never a float. */
    value: z
      .string()
      .regex(PRICE_VALUE_PATTERN, { error: 'Giá là số không âm, tối đa 15 chữ số và 4 chữ số thập phân.' })
      .meta({ example: '120' }),
    unit: z.enum(PRICE_UNITS),
    asOf: CalendarDate,
    source: text(300).min(1, { error: 'Nêu nguồn của giá.' }),
  })
  .superRefine((price, context) => {
    if (!UNITS_OF_PRICE[price.kind].includes(price.unit))
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `Đơn vị không hợp với loại giá (được: ${UNITS_OF_PRICE[price.kind].join(', ')}).`,
      });
  });
export type PagePrice = z.infer<typeof PagePrice>;

/** A lease term's end: a date (2059-12-31) or a year (2059). */
const LeaseTermEnd = z
  .string()
  .refine((v) => /^\d{4}$/.test(v) || isCalendarDate(v), {
    error: 'Thời hạn thuê đến năm (2059) hoặc ngày (2059-12-31).',
  })
  .meta({ example: '2059' });

export const PageContact = z.strictObject({
  name: text(200).min(1),
  position: text(200).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+ ().-]{0,30}$/, { error: 'Số điện thoại chỉ gồm chữ số, dấu cách, +, (, ), ., -.' })
    .default(''),
  email: z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' }).max(200).nullable().default(null),
});

export const MapPoint = z.strictObject({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

/** The draft (and, once published, the published copy) of a zone's public page. */
export const PageContent = z
  .strictObject({
    vi: PageLanguageContent,
    en: PageLanguageContent,
    prices: z.array(PagePrice).max(20).default([]),
    leaseTermEnd: LeaseTermEnd.nullable().default(null),
    minimumPlotM2: z
      .string()
      .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: 'Diện tích lô tối thiểu (m²) là số không âm.' })
      .nullable()
      .default(null),
    wastewaterStandard: text(200).nullable().default(null).meta({ example: 'QCVN 40:2011/BTNMT cột A' }),
    sectors: z
      .array(VsicCode)
      .max(50)
      .default([])
      .refine((codes) => new Set(codes).size === codes.length, { error: 'Mỗi ngành chỉ nêu một lần.' }),
    developer: z
      .strictObject({
        name: text(300).min(1),
        website: z
          .url({ protocol: /^https?$/, error: 'Địa chỉ trang web không hợp lệ.' })
          .max(300)
          .nullable(),
      })
      .nullable()
      .default(null),
    contacts: z.array(PageContact).max(10).default([]),
    /** For a zone without a boundary: a point (WGS84). */
    mapPoint: MapPoint.nullable().default(null),
  })
  .meta({ id: 'ZonePageContent' });
export type PageContent = z.infer<typeof PageContent>;

export const EMPTY_CONTENT: PageContent = PageContent.parse({ vi: {}, en: {} });

export const ZoneIdParams = z.strictObject({ zoneId: Uuid });
export const PhotoParams = z.strictObject({ zoneId: Uuid, photoId: Uuid });

export const PutPageBody = z.strictObject({
  /** 0 to create the page. */
  version: z.number().int().min(0).max(2_147_483_647),
  content: PageContent,
});
export type PutPageBody = z.infer<typeof PutPageBody>;

export const VersionBody = z.strictObject({ version: z.number().int().min(1).max(2_147_483_647) });

export const PhotoQuery = z.strictObject({
  captionVi: text(300).default(''),
  captionEn: text(300).default(''),
});

export const PagePhoto = z.object({
  id: Uuid,
  position: z.number().int(),
  contentType: z.string(),
  size: z.number().int(),
  captionVi: z.string(),
  captionEn: z.string(),
});

/** A zone's public page as staff see it: the draft, what is published, the photos. */
export const ZonePublicPage = z
  .object({
    zone: z.object({ id: Uuid, code: z.string(), name: z.string() }),
    /** Null until content is first saved (version 0). */
    pageId: Uuid.nullable(),
    version: z.number().int(),
    content: PageContent,
    published: z
      .object({ content: PageContent, publishedAt: Timestamp, publishedBy: z.string().nullable() })
      .nullable(),
    /** The draft differs from what is published. */
    draftChanged: z.boolean(),
    photos: z.array(PagePhoto),
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ZonePublicPage' });
export type ZonePublicPage = z.infer<typeof ZonePublicPage>;

// ─── Public ───

export const Lang = z.enum(['vi', 'en']).default('vi');
export const PublicListQuery = z.strictObject({
  board: z.string().trim().min(1).max(20),
  lang: Lang,
});
export const PublicZoneQuery = z.strictObject({ lang: Lang });
export const PublicZoneParams = z.strictObject({ id: Uuid });
export const PublicPhotoParams = z.strictObject({ id: Uuid, photoId: Uuid });

const PublicZoneFigures = {
  id: Uuid,
  boardCode: z.string(),
  code: z.string(),
  name: z.string(),
  kind: ZoneKind,
  status: ZoneStatus,
  areaHa: z.string(),
  industrialLandHa: z.string().nullable(),
  serviceLandHa: z.string().nullable(),
  leasedLandHa: z.string().nullable(),
  leasedServiceLandHa: z.string().nullable(),
  /** (industrial + service land) − (leased + leased service land), hectares. */
  landAvailableHa: z.string().nullable(),
  /** Decree 35/2022 Art. 2(22), when all four figures are stated. */
  occupancyPct: z.number().nullable(),
  /** The date of the land figures (the last land history entry), when known. */
  figuresAsOf: CalendarDate.nullable(),
  mapPoint: MapPoint.nullable(),
  hasBoundary: z.boolean(),
  publishedAt: Timestamp,
};

export const PublicZoneSummary = z.object(PublicZoneFigures).meta({ id: 'PublicZoneSummary' });
/**
 * The public site's map base layer (null without one: the site draws the zones alone). No schema
 * id: a nullable reference breaks the OpenAPI document's rules (nullable-type-sibling).
 */
export const PublicMapLayer = z.object({ tileUrlTemplate: z.string(), attribution: z.string() });
export type PublicMapLayer = z.infer<typeof PublicMapLayer>;

export const PublicZoneList = z
  .object({
    board: z.object({ code: z.string(), name: z.string() }),
    lang: z.enum(['vi', 'en']),
    items: z.array(PublicZoneSummary),
    /** The board's tile layer for the map (its public site settings); null without one. */
    map: PublicMapLayer.nullable(),
  })
  .meta({ id: 'PublicZoneList' });

export const PublicZone = z
  .object({
    ...PublicZoneFigures,
    lang: z.enum(['vi', 'en']),
    summary: z.string(),
    infrastructure: z.object({
      roads: z.string(),
      power: z.string(),
      water: z.string(),
      drainage: z.string(),
    }),
    advantages: z.array(z.string()),
    prices: z.array(
      z.object({
        kind: z.enum(PRICE_KINDS),
        value: z.string(),
        unit: z.enum(PRICE_UNITS),
        asOf: z.string(),
        source: z.string(),
      }),
    ),
    leaseTermEnd: z.string().nullable(),
    minimumPlotM2: z.string().nullable(),
    wastewaterStandard: z.string().nullable(),
    sectors: z.array(z.string()),
    developer: z.object({ name: z.string(), website: z.string().nullable() }).nullable(),
    contacts: z.array(
      z.object({ name: z.string(), position: z.string(), phone: z.string(), email: z.string().nullable() }),
    ),
    /** The zone's boundary now, a GeoJSON Feature in WGS84 (RFC 7946), when one was imported. */
    boundary: z.looseObject({ type: z.literal('Feature') }).nullable(),
    photos: z.array(z.object({ id: Uuid, url: z.string(), caption: z.string() })),
  })
  .meta({ id: 'PublicZone' });
export type PublicZone = z.infer<typeof PublicZone>;

// ─── The board's public site: its map's tile layer ───

/** Limits of a tile layer's settings. */
export const TILE_URL_MAX = 500;
export const TILE_ATTRIBUTION_MAX = 300;

/** The placeholders a tile URL template may hold: zoom, column, row; subdomain, retina suffix. */
const TILE_PLACEHOLDERS = new Set(['{z}', '{x}', '{y}', '{s}', '{r}']);
/** Characters a template may hold: a URL's, without quotes, spaces, angle brackets, backslashes. */
const TILE_URL_CHARS = /^[A-Za-z0-9\-._~:/?#@!$&()*+,;=%{}]*$/;
/** One label of a DNS name (a placeholder such as {s} stands for a label). */
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/**
 * What is wrong with a tile URL template, in Vietnamese (none when it is fine): https only, at
 * most 500 characters, {z}, {x} and {y} (and optionally {s}, {r}) and no other braces, no
 * spaces, quotes or angle brackets, and a host that is a DNS name — an IP address (v4 or v6),
 * `localhost` or a name without a dot is refused: the map's tiles come from a public tile server.
 */
export function tileUrlProblems(template: string): string[] {
  if (!template.startsWith('https://'))
    return ['Địa chỉ lớp nền bản đồ phải bắt đầu bằng https:// (không nhận http://).'];
  const problems: string[] = [];
  if (template.length > TILE_URL_MAX) problems.push(`Không quá ${TILE_URL_MAX} ký tự.`);
  if (!TILE_URL_CHARS.test(template))
    problems.push('Địa chỉ không được có dấu cách, dấu nháy, dấu < > hay ký tự ngoài địa chỉ web.');
  const braces: string[] = template.match(/\{[^{}]*\}/g) ?? [];
  const unknown = braces.filter((p) => !TILE_PLACEHOLDERS.has(p));
  if (unknown.length > 0 || template.replace(/\{[^{}]*\}/g, '').match(/[{}]/))
    problems.push('Chỉ dùng các chỗ thay thế {z}, {x}, {y}, {s} và {r}.');
  const missing = ['{z}', '{x}', '{y}'].filter((p) => !braces.includes(p));
  if (missing.length > 0) problems.push(`Địa chỉ phải có ${missing.join(', ')} (mức thu phóng, cột, hàng).`);
  const authority = template.slice('https://'.length).split(/[/?#]/, 1)[0]!;
  const host = authority.replace(/:\d{1,5}$/, '');
  const labels = host.split('.').map((label) => label.replaceAll('{s}', 'a'));
  const dnsName =
    !authority.includes('@') &&
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => DNS_LABEL.test(label)) &&
    /^[a-z][a-z0-9-]*$/i.test(labels.at(-1)!);
  if (!dnsName)
    problems.push(
      'Máy chủ lớp nền phải là một tên miền (ví dụ tile.openstreetmap.org), không phải địa chỉ IP.',
    );
  return problems;
}

/** Plain text, one line: what the tile layer's licence asks the map to show. */
const TileAttribution = z
  .string()
  .trim()
  .min(1, { error: 'Nêu ghi công (bản quyền) của lớp nền bản đồ.' })
  .max(TILE_ATTRIBUTION_MAX, { error: `Không quá ${TILE_ATTRIBUTION_MAX} ký tự.` })
  .refine((v) => !/[<>]/.test(v), { error: 'Ghi công là chữ thường, không có dấu < hay >.' })
  // eslint-disable-next-line no-control-regex
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { error: 'Ghi công viết trên một dòng.' })
  .meta({ example: '© OpenStreetMap contributors' });

const TileUrlTemplate = z
  .string()
  .trim()
  .superRefine((template, context) => {
    for (const message of tileUrlProblems(template)) context.addIssue({ code: 'custom', message });
  })
  .meta({ example: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' });

export const SiteSettingsQuery = z.strictObject({ boardId: Uuid.optional() });

export const PutSiteSettingsBody = z
  .strictObject({
    /** The board whose site it is; the user's own when left out. */
    boardId: Uuid.optional(),
    /** The settings' version read: 0 when they were never set. */
    version: z.number().int().min(0).max(2_147_483_647),
    /** The tile layer's URL template; null draws the zones without a base map. */
    tileUrlTemplate: TileUrlTemplate.nullable(),
    /** Required with a tile layer, null without one. */
    tileAttribution: TileAttribution.nullable(),
  })
  .superRefine((body, context) => {
    if (body.tileUrlTemplate !== null && body.tileAttribution === null)
      context.addIssue({
        code: 'custom',
        path: ['tileAttribution'],
        message: 'Nêu ghi công (bản quyền) của lớp nền bản đồ, như giấy phép của nó yêu cầu.',
      });
    if (body.tileUrlTemplate === null && body.tileAttribution !== null)
      context.addIssue({
        code: 'custom',
        path: ['tileAttribution'],
        message: 'Không dùng lớp nền bản đồ thì để trống ghi công.',
      });
  });
export type PutSiteSettingsBody = z.infer<typeof PutSiteSettingsBody>;

/** The board's public site settings as staff see them. */
export const PublicSiteSettings = z
  .object({
    boardId: Uuid,
    tileUrlTemplate: z.string().nullable(),
    tileAttribution: z.string().nullable(),
    /** null while the board has never set them (send version 0 to set them). */
    version: z.number().int().nullable(),
    updatedAt: Timestamp.nullable(),
  })
  .meta({ id: 'PublicSiteSettings' });
export type PublicSiteSettings = z.infer<typeof PublicSiteSettings>;

/** The boards that have published at least one zone page, by name. */
export const PublicBoardList = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        /** Zones with a published page. */
        zoneCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'PublicBoardList' });
export type PublicBoardList = z.infer<typeof PublicBoardList>;

/** The published zones of a board on a map: GeoJSON (RFC 7946, WGS84), a boundary or a point each. */
export const PublicZoneMap = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: Uuid,
        geometry: z.looseObject({
          type: z.enum(['Point', 'Polygon', 'MultiPolygon']),
          coordinates: z.array(z.unknown()),
        }),
        properties: z.object({
          zoneId: Uuid,
          code: z.string(),
          name: z.string(),
          kind: ZoneKind,
          status: ZoneStatus,
        }),
      }),
    ),
  })
  .meta({ id: 'PublicZoneMap' });
export type PublicZoneMap = z.infer<typeof PublicZoneMap>;
