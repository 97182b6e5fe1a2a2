import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { users } from '../users/index.ts';
import { zones } from '../zones/index.ts';

/**
 * A zone's public page (trang giới thiệu khu cho nhà đầu tư), in Vietnamese and English: the
 * draft staff edit (`content`) and what visitors see (`published_content`, a copy made when staff
 * publish). Nothing unpublished is ever shown: an unpublished page has no published content.
 */
export const zonePublicPages = pgTable(
  'zone_public_pages',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** The draft: summaries, prices with their date and source, infrastructure, sectors, contacts. */
    content: jsonb('content').notNull(),
    publishedContent: jsonb('published_content'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('zone_public_pages_zone_key').on(t.zoneId),
    index('zone_public_pages_board_idx').on(t.boardId),
    check('zone_public_pages_published', sql`(published_content is null) = (published_at is null)`),
  ],
);

/** Photos of a zone's public page, in order, with captions in both languages. */
export const zonePublicPhotos = pgTable(
  'zone_public_photos',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    pageId: uuid('page_id')
      .notNull()
      .references(() => zonePublicPages.id),
    position: integer('position').notNull(),
    contentType: text('content_type').notNull(),
    content: bytea('content').notNull(),
    captionVi: text('caption_vi').notNull().default(''),
    captionEn: text('caption_en').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('zone_public_photos_page_idx').on(t.pageId, t.position)],
);

/**
 * The board's settings of its public site: the map's tile layer (an open one such as
 * OpenStreetMap's, or the province's own), given as a URL template with {z}/{x}/{y} and the
 * attribution its licence requires. Without a tile layer the site draws the zones alone.
 */
export const publicSiteSettings = pgTable('public_site_settings', {
  boardId: uuid('board_id')
    .primaryKey()
    .references(() => boards.id),
  tileUrlTemplate: text('tile_url_template'),
  tileAttribution: text('tile_attribution'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});
