/**
 * A zone's public page: staff edit the draft and publish it (a copy), or unpublish it; visitors
 * read only what is published. Photos are published with the page: those it had when last published.
 */
import { assertCan, systemActor, type Actor, type Permission } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import { AppError } from '../../kernel/errors.ts';
import { JPEG_MEDIA_TYPE, PNG_MEDIA_TYPE, sniffAccepted } from '../../kernel/documents/file-type.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { landAvailableHa, publishProblems } from '../../../domain/investor-portal.ts';
import { boardDirectory, getBoard } from '../boards/index.ts';
import { boardBoundaries, zoneBoundaryFeature } from '../boundaries/index.ts';
import { findVisibleZone, getZone, getZoneProfile, listZones, type Zone } from '../zones/index.ts';
import { InvestorPortalErrors as Errors } from './investor-portal.errors.ts';
import * as repo from './investor-portal.repository.ts';
import { publicMapLayer } from './site-settings.service.ts';
import {
  EMPTY_CONTENT,
  PageContent,
  PHOTO_LIMIT,
  type PublicZone,
  type PublicZoneMap,
  type PutPageBody,
  type ZonePublicPage,
} from './investor-portal.schemas.ts';

/** The audit log's word for a zone's public page. */
export const ZONE_PUBLIC_PAGE_ENTITY = 'zone_public_page' as const;

export const PHOTO_TYPES = [JPEG_MEDIA_TYPE, PNG_MEDIA_TYPE] as const;

type Lang = 'vi' | 'en';

/** Stored content as the schema reads it (defaults filled); empty when it no longer parses. */
function contentOf(stored: unknown): PageContent {
  const { photoIds: _photoIds, ...content } = (stored ?? {}) as Record<string, unknown>;
  const parsed = PageContent.safeParse(content);
  return parsed.success ? parsed.data : EMPTY_CONTENT;
}

/**
 * The photos published with the page: publishing copies the list of the page's photos then, so a
 * photo added later stays unseen until the page is published again (nothing unpublished is shown).
 */
function publishedPhotoIds(stored: unknown): Set<string> {
  const ids = (stored as { photoIds?: unknown } | null)?.photoIds;
  return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
}

/** The zone the actor sees with `permission` on its board, else 404 / 403. */
async function zoneFor(executor: Executor, actor: Actor, zoneId: string, permission: Permission) {
  const zone = await findVisibleZone(executor, actor, zoneId);
  if (!zone) throw Errors.INVESTOR_PORTAL_ZONE_NOT_FOUND();
  assertCan(actor, permission, zone.boardId);
  return zone;
}

async function present(
  executor: Executor,
  zone: { id: string; code: string; name: string },
  row: repo.PageRow | null,
): Promise<ZonePublicPage> {
  const content = row ? contentOf(row.content) : EMPTY_CONTENT;
  const published =
    row && row.publishedContent !== null && row.publishedAt !== null
      ? {
          content: contentOf(row.publishedContent),
          publishedAt: toVietnamTimestamp(row.publishedAt),
          publishedBy: await repo.usernameOf(executor, row.publishedBy),
        }
      : null;
  const photos = row ? await repo.photosOf(executor, [row.id]) : [];
  return {
    zone: { id: zone.id, code: zone.code, name: zone.name },
    pageId: row?.id ?? null,
    version: row?.version ?? 0,
    content,
    published,
    draftChanged: published !== null && JSON.stringify(published.content) !== JSON.stringify(content),
    photos: photos.map(({ pageId: _pageId, ...photo }) => photo),
    updatedAt: row ? toVietnamTimestamp(row.updatedAt) : null,
  };
}

/** GET — the draft, what is published, the photos; version 0 when never saved. */
export async function getPublicPage(db: Db, actor: Actor, zoneId: string): Promise<ZonePublicPage> {
  const zone = await zoneFor(db, actor, zoneId, 'records.read');
  return present(db, zone, await repo.findPage(db, zone.id));
}

function assertVersion(row: repo.PageRow | null, version: number) {
  const current = row?.version ?? 0;
  if (version !== current) throw versionConflict(current);
}

/** PUT — replaces the draft (version 0 creates it); what is published does not change. */
export async function putPublicPage(
  db: Db,
  actor: Actor,
  zoneId: string,
  body: PutPageBody,
): Promise<ZonePublicPage> {
  return db.transaction(async (tx) => {
    const zone = await zoneFor(tx, actor, zoneId, 'records.write');
    const before = await repo.findPage(tx, zone.id, true);
    assertVersion(before, body.version);
    const row = before
      ? await repo.updatePage(tx, before.id, { content: body.content })
      : await repo.insertPage(tx, { boardId: zone.boardId, zoneId: zone.id, content: body.content });
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: before ? 'update' : 'create',
        entityType: ZONE_PUBLIC_PAGE_ENTITY,
        entityId: row.id,
        entityKey: zone.code,
        before: before ? { content: before.content } : null,
        after: { content: row.content },
      },
    ]);
    return present(tx, zone, row);
  });
}

async function existingPage(tx: Executor, zoneId: string): Promise<repo.PageRow> {
  const row = await repo.findPage(tx, zoneId, true);
  if (!row) throw Errors.INVESTOR_PORTAL_PAGE_NOT_FOUND();
  return row;
}

/** POST …/publish — copies the draft as what visitors see. */
export async function publishPublicPage(
  db: Db,
  actor: Actor,
  zoneId: string,
  version: number,
): Promise<ZonePublicPage> {
  return db.transaction(async (tx) => {
    const zone = await zoneFor(tx, actor, zoneId, 'records.write');
    const before = await existingPage(tx, zone.id);
    assertVersion(before, version);
    const content = contentOf(before.content);
    const problems = publishProblems(content);
    if (problems.length > 0)
      throw Errors.INVESTOR_PORTAL_PAGE_INCOMPLETE(
        problems.map((p) => ({
          ...p,
          message: p.path.startsWith('content.vi')
            ? 'Cần phần giới thiệu tiếng Việt.'
            : 'Cần phần giới thiệu tiếng Anh.',
        })),
      );
    const photoIds = (await repo.photosOf(tx, [before.id])).map((photo) => photo.id);
    const row = await repo.updatePage(tx, before.id, {
      publishedContent: { ...content, photoIds },
      publishedAt: new Date(),
      publishedBy: actor.userId,
    });
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'update',
        entityType: ZONE_PUBLIC_PAGE_ENTITY,
        entityId: row.id,
        entityKey: zone.code,
        before: { published: before.publishedContent },
        after: { published: row.publishedContent, publishedAt: row.publishedAt },
      },
    ]);
    return present(tx, zone, row);
  });
}

/** POST …/unpublish — visitors no longer see the page; the draft stays. */
export async function unpublishPublicPage(
  db: Db,
  actor: Actor,
  zoneId: string,
  version: number,
): Promise<ZonePublicPage> {
  return db.transaction(async (tx) => {
    const zone = await zoneFor(tx, actor, zoneId, 'records.write');
    const before = await existingPage(tx, zone.id);
    if (before.publishedContent === null) throw Errors.INVESTOR_PORTAL_NOT_PUBLISHED();
    assertVersion(before, version);
    const row = await repo.updatePage(tx, before.id, {
      publishedContent: null,
      publishedAt: null,
      publishedBy: null,
    });
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'update',
        entityType: ZONE_PUBLIC_PAGE_ENTITY,
        entityId: row.id,
        entityKey: zone.code,
        before: { published: before.publishedContent, publishedAt: before.publishedAt },
        after: { published: null },
      },
    ]);
    return present(tx, zone, row);
  });
}

/** POST …/photos — a JPEG or PNG (by its bytes), at most PHOTO_LIMIT a page. */
export async function addPhoto(
  db: Db,
  actor: Actor,
  zoneId: string,
  captions: { captionVi: string; captionEn: string },
  content: Buffer,
): Promise<ZonePublicPage> {
  return db.transaction(async (tx) => {
    const zone = await zoneFor(tx, actor, zoneId, 'records.write');
    const type = sniffAccepted(content, PHOTO_TYPES);
    if (type === null)
      throw Errors.INVESTOR_PORTAL_PHOTO_TYPE([
        { path: 'body', reason: 'file_type', message: 'Tệp không phải ảnh JPEG hoặc PNG.' },
      ]);
    const page = await existingPage(tx, zone.id);
    const photos = await repo.photosOf(tx, [page.id]);
    if (photos.length >= PHOTO_LIMIT)
      throw Errors.INVESTOR_PORTAL_PHOTO_LIMIT([
        { path: 'body', reason: 'too_many', message: `Đã có ${photos.length} ảnh.` },
      ]);
    const position = photos.reduce((max, p) => Math.max(max, p.position), 0) + 1;
    const photo = await repo.insertPhoto(tx, {
      boardId: zone.boardId,
      pageId: page.id,
      position,
      contentType: type,
      content,
      captionVi: captions.captionVi,
      captionEn: captions.captionEn,
    });
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'update',
        entityType: ZONE_PUBLIC_PAGE_ENTITY,
        entityId: page.id,
        entityKey: zone.code,
        after: { photoAdded: photo },
      },
    ]);
    return present(tx, zone, page);
  });
}

/** DELETE …/photos/:photoId. */
export async function deletePhoto(
  db: Db,
  actor: Actor,
  zoneId: string,
  photoId: string,
): Promise<ZonePublicPage> {
  return db.transaction(async (tx) => {
    const zone = await zoneFor(tx, actor, zoneId, 'records.write');
    const page = await existingPage(tx, zone.id);
    const photo = await repo.findPhoto(tx, page.id, photoId);
    if (!photo) throw Errors.INVESTOR_PORTAL_PHOTO_NOT_FOUND();
    await repo.deletePhoto(tx, photo.id);
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'update',
        entityType: ZONE_PUBLIC_PAGE_ENTITY,
        entityId: page.id,
        entityKey: zone.code,
        before: {
          photoDeleted: {
            id: photo.id,
            position: photo.position,
            contentType: photo.contentType,
            size: photo.content.length,
            captionVi: photo.captionVi,
            captionEn: photo.captionEn,
          },
        },
      },
    ]);
    return present(tx, zone, page);
  });
}

export interface PhotoFile {
  contentType: string;
  content: Buffer;
}

/** A photo's bytes for staff (draft or published). */
export async function staffPhoto(db: Db, actor: Actor, zoneId: string, photoId: string): Promise<PhotoFile> {
  const zone = await zoneFor(db, actor, zoneId, 'records.read');
  const page = await repo.findPage(db, zone.id);
  const photo = page ? await repo.findPhoto(db, page.id, photoId) : null;
  if (!photo) throw Errors.INVESTOR_PORTAL_PHOTO_NOT_FOUND();
  return { contentType: photo.contentType, content: photo.content };
}

// ─── Public: only what is published ───────────────────────────────────────────────────────────

/** Who reads a board's zones for a visitor: the system, on that one board only. */
const readerOf = (boardId: string) => systemActor('public', [boardId]);

function figuresOf(zone: Zone, boardCode: string, row: repo.PageRow, hasBoundary: boolean) {
  const content = contentOf(row.publishedContent);
  return {
    id: zone.id,
    boardCode,
    code: zone.code,
    name: zone.name,
    kind: zone.kind,
    status: zone.status,
    areaHa: zone.areaHa,
    industrialLandHa: zone.industrialLandHa,
    serviceLandHa: zone.serviceLandHa,
    leasedLandHa: zone.leasedLandHa,
    leasedServiceLandHa: zone.leasedServiceLandHa,
    landAvailableHa: landAvailableHa(zone),
    occupancyPct: zone.occupancyDecree35Pct,
    figuresAsOf: zone.landHistory.at(-1)?.asOf ?? null,
    mapPoint: content.mapPoint,
    hasBoundary,
    publishedAt: toVietnamTimestamp(row.publishedAt!),
  };
}

/**
 * The board's zones with a published page, and the boundary now of each that has one (zone id →
 * geometry): read once for the list and for the map.
 */
async function publishedZonesOfBoard(db: Db, boardCode: string, lang: Lang) {
  const directory = await boardDirectory(db, { codes: [boardCode] });
  const boardId = directory.idByCode.get(boardCode);
  if (boardId === undefined) throw Errors.INVESTOR_PORTAL_BOARD_NOT_FOUND();
  const reader = readerOf(boardId);
  const pages = await repo.publishedPagesOfBoard(db, boardId);
  const boardName = await boardNameOf(db, reader, boardId);
  const map = await publicMapLayer(db, boardId);
  const board = { code: boardCode, name: boardName };
  if (pages.length === 0) return { list: { board, lang, items: [], map }, boundaries: new Map() };
  const pageByZone = new Map(pages.map((p) => [p.zoneId, p]));
  const { items } = await listZones(db, reader, {
    boardId: [boardId],
    page: 1,
    pageSize: 500,
    sort: 'code',
    kind: undefined,
    status: undefined,
    asOf: undefined,
    q: undefined,
  });
  const boundaries = new Map(
    (await boardBoundaries(db, reader, boardCode)).features.map((f) => [
      String(f.properties.zoneId),
      f.geometry,
    ]),
  );
  return {
    list: {
      board,
      lang,
      items: items
        .filter((zone) => pageByZone.has(zone.id))
        .map((zone) => figuresOf(zone, boardCode, pageByZone.get(zone.id)!, boundaries.has(zone.id))),
      map,
    },
    boundaries,
  };
}

/** GET /public/zones?board= — the board's zones with a published page, and its map's tile layer. */
export async function listPublicZones(db: Db, boardCode: string, lang: Lang) {
  return (await publishedZonesOfBoard(db, boardCode, lang)).list;
}

/**
 * GET /public/zones/map?board= — the board's published zones as one GeoJSON FeatureCollection
 * (WGS84): each zone's boundary now, or the map point its page gives; a zone with neither is left out.
 */
export async function publicZonesMap(db: Db, boardCode: string, lang: Lang): Promise<PublicZoneMap> {
  const { list, boundaries } = await publishedZonesOfBoard(db, boardCode, lang);
  return {
    type: 'FeatureCollection',
    features: list.items.flatMap((zone) => {
      const geometry =
        boundaries.get(zone.id) ??
        (zone.mapPoint
          ? { type: 'Point' as const, coordinates: [zone.mapPoint.lon, zone.mapPoint.lat] }
          : null);
      if (!geometry) return [];
      return [
        {
          type: 'Feature' as const,
          id: zone.id,
          geometry,
          properties: {
            zoneId: zone.id,
            code: zone.code,
            name: zone.name,
            kind: zone.kind,
            status: zone.status,
          },
        },
      ];
    }),
  };
}

async function boardNameOf(db: Db, reader: Actor, boardId: string): Promise<string> {
  return (await getBoard(db, reader, boardId)).name;
}

/** The published page of a zone and its board's reader; 404 exactly as an unknown id. */
async function publishedZone(db: Db, zoneId: string) {
  const row = await repo.publishedPage(db, zoneId);
  if (!row) throw Errors.INVESTOR_PORTAL_ZONE_NOT_FOUND();
  const reader = readerOf(row.boardId);
  const zone = await findVisibleZone(db, reader, zoneId);
  if (!zone) throw Errors.INVESTOR_PORTAL_ZONE_NOT_FOUND();
  return { row, reader };
}

/** GET /public/zones/:id — one published page in one language. */
export async function getPublicZone(db: Db, zoneId: string, lang: Lang): Promise<PublicZone> {
  const { row, reader } = await publishedZone(db, zoneId);
  const zone = await getZone(db, reader, zoneId);
  const boardCode = (await boardDirectory(db, { ids: [row.boardId] })).codeById.get(row.boardId)!;
  let boundary: { type: 'Feature' } | null = null;
  try {
    boundary = (await zoneBoundaryFeature(db, reader, zoneId)).feature;
  } catch (error) {
    if (!(error instanceof AppError && error.statusCode === 404)) throw error;
  }
  const content = contentOf(row.publishedContent);
  const words = content[lang];
  const developer =
    content.developer ??
    (await developerOfProfile(db, reader, zoneId)) ??
    (zone.developer ? { name: zone.developer, website: null } : null);
  const published = publishedPhotoIds(row.publishedContent);
  const photos = (await repo.photosOf(db, [row.id])).filter((photo) => published.has(photo.id));
  return {
    ...figuresOf(zone, boardCode, row, boundary !== null),
    lang,
    summary: words.summary,
    infrastructure: words.infrastructure,
    advantages: words.advantages,
    prices: content.prices,
    leaseTermEnd: content.leaseTermEnd,
    minimumPlotM2: content.minimumPlotM2,
    wastewaterStandard: content.wastewaterStandard,
    sectors: content.sectors,
    developer,
    contacts: content.contacts,
    boundary,
    photos: photos.map((p) => ({
      id: p.id,
      url: `/api/v1/public/zones/${zoneId}/photos/${p.id}`,
      caption: lang === 'vi' ? p.captionVi : p.captionEn || p.captionVi,
    })),
  };
}

async function developerOfProfile(db: Db, reader: Actor, zoneId: string) {
  const profile = await getZoneProfile(db, reader, zoneId);
  return profile.developerInvestor ? { name: profile.developerInvestor.name, website: null } : null;
}

/** GET /public/zones/:id/photos/:photoId — a photo of a published page. */
export async function publicPhoto(db: Db, zoneId: string, photoId: string): Promise<PhotoFile> {
  const { row } = await publishedZone(db, zoneId);
  const photo = publishedPhotoIds(row.publishedContent).has(photoId)
    ? await repo.findPhoto(db, row.id, photoId)
    : null;
  if (!photo) throw Errors.INVESTOR_PORTAL_PHOTO_NOT_FOUND();
  return { contentType: photo.contentType, content: photo.content };
}
