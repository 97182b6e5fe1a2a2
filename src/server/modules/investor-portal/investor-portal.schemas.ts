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
export const PublicZoneList = z
  .object({
    board: z.object({ code: z.string(), name: z.string() }),
    lang: z.enum(['vi', 'en']),
    items: z.array(PublicZoneSummary),
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
