/** The investor portal's SQL: zone pages and their photos, the boards' public site settings. */
import { and, asc, countDistinct, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { boards } from '../boards/index.ts';
import { users } from '../users/index.ts';
import { zones } from '../zones/index.ts';
import { publicSiteSettings, zonePublicPages, zonePublicPhotos } from './investor-portal.tables.ts';

export type PageRow = typeof zonePublicPages.$inferSelect;
export type PhotoInfo = {
  id: string;
  position: number;
  contentType: string;
  size: number;
  captionVi: string;
  captionEn: string;
};

export async function findPage(executor: Executor, zoneId: string, lock = false): Promise<PageRow | null> {
  const query = executor.select().from(zonePublicPages).where(eq(zonePublicPages.zoneId, zoneId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertPage(
  executor: Executor,
  values: { boardId: string; zoneId: string; content: unknown },
): Promise<PageRow> {
  const [row] = await executor.insert(zonePublicPages).values(values).returning();
  return row!;
}

export async function updatePage(
  executor: Executor,
  id: string,
  values: Partial<Pick<PageRow, 'content' | 'publishedContent' | 'publishedAt' | 'publishedBy'>>,
): Promise<PageRow> {
  const [row] = await executor
    .update(zonePublicPages)
    .set({ ...values, version: sql`${zonePublicPages.version} + 1`, updatedAt: new Date() })
    .where(eq(zonePublicPages.id, id))
    .returning();
  return row!;
}

export async function usernameOf(executor: Executor, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  const [row] = await executor.select({ username: users.username }).from(users).where(eq(users.id, userId));
  return row?.username ?? null;
}

const photoInfo = {
  id: zonePublicPhotos.id,
  position: zonePublicPhotos.position,
  contentType: zonePublicPhotos.contentType,
  size: sql<number>`octet_length(${zonePublicPhotos.content})::int`,
  captionVi: zonePublicPhotos.captionVi,
  captionEn: zonePublicPhotos.captionEn,
};

/** The photos of pages, in order, without their bytes. */
export async function photosOf(
  executor: Executor,
  pageIds: string[],
): Promise<(PhotoInfo & { pageId: string })[]> {
  if (pageIds.length === 0) return [];
  return executor
    .select({ ...photoInfo, pageId: zonePublicPhotos.pageId })
    .from(zonePublicPhotos)
    .where(inArray(zonePublicPhotos.pageId, pageIds))
    .orderBy(asc(zonePublicPhotos.position), asc(zonePublicPhotos.createdAt));
}

export async function insertPhoto(
  executor: Executor,
  values: typeof zonePublicPhotos.$inferInsert,
): Promise<PhotoInfo> {
  const [row] = await executor.insert(zonePublicPhotos).values(values).returning(photoInfo);
  return row!;
}

export async function findPhoto(executor: Executor, pageId: string, photoId: string) {
  const [row] = await executor
    .select()
    .from(zonePublicPhotos)
    .where(and(eq(zonePublicPhotos.pageId, pageId), eq(zonePublicPhotos.id, photoId)));
  return row ?? null;
}

export async function deletePhoto(executor: Executor, photoId: string): Promise<void> {
  await executor.delete(zonePublicPhotos).where(eq(zonePublicPhotos.id, photoId));
}

/** The published pages of a board. */
export async function publishedPagesOfBoard(executor: Executor, boardId: string): Promise<PageRow[]> {
  return executor
    .select()
    .from(zonePublicPages)
    .where(and(eq(zonePublicPages.boardId, boardId), isNotNull(zonePublicPages.publishedContent)));
}

/** A published page by its zone's id; null when none or not published. */
export async function publishedPage(executor: Executor, zoneId: string): Promise<PageRow | null> {
  const [row] = await executor
    .select()
    .from(zonePublicPages)
    .where(and(eq(zonePublicPages.zoneId, zoneId), isNotNull(zonePublicPages.publishedContent)));
  return row ?? null;
}

// ─── The board's public site settings ───

export type SiteSettingsRow = typeof publicSiteSettings.$inferSelect;

export async function findSiteSettings(
  executor: Executor,
  boardId: string,
  lock = false,
): Promise<SiteSettingsRow | null> {
  const query = executor.select().from(publicSiteSettings).where(eq(publicSiteSettings.boardId, boardId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The board's first settings; null when another request created them meanwhile. */
export async function insertSiteSettings(
  executor: Executor,
  values: Pick<SiteSettingsRow, 'boardId' | 'tileUrlTemplate' | 'tileAttribution' | 'updatedBy'>,
): Promise<SiteSettingsRow | null> {
  const [row] = await executor.insert(publicSiteSettings).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** The board's settings if they still have the version read; null otherwise. */
export async function updateSiteSettings(
  executor: Executor,
  boardId: string,
  expectedVersion: number,
  values: Pick<SiteSettingsRow, 'tileUrlTemplate' | 'tileAttribution' | 'updatedBy'>,
): Promise<SiteSettingsRow | null> {
  const [row] = await executor
    .update(publicSiteSettings)
    .set({ ...values, version: expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(publicSiteSettings.boardId, boardId), eq(publicSiteSettings.version, expectedVersion)))
    .returning();
  return row ?? null;
}

/**
 * Boards not dissolved with at least one published zone page (of a zone still on the board), by
 * name, with how many zones they publish.
 */
export async function boardsWithPublishedPages(
  executor: Executor,
): Promise<{ code: string; name: string; zoneCount: number }[]> {
  return executor
    .select({ code: boards.code, name: boards.name, zoneCount: countDistinct(zonePublicPages.zoneId) })
    .from(boards)
    .innerJoin(zonePublicPages, eq(zonePublicPages.boardId, boards.id))
    .innerJoin(zones, and(eq(zones.id, zonePublicPages.zoneId), eq(zones.boardId, boards.id)))
    .where(and(isNotNull(zonePublicPages.publishedContent), isNull(boards.dissolvedOn)))
    .groupBy(boards.id, boards.code, boards.name)
    .orderBy(asc(boards.name), asc(boards.code));
}
