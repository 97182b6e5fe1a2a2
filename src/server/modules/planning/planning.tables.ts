import { sql } from 'drizzle-orm';
import { check, date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { zones } from '../zones/index.ts';
import { ZONE_DECISION_KINDS } from '../../../domain/zone-decisions.ts';

/**
 * The register of decisions about a zone (sổ quyết định quy hoạch): investment policy,
 * establishment, master plan, detailed plan, adjustments of area or boundaries — each with its
 * number, date, issuer, summary, the area before and after, and the signed file.
 */
export const zoneDecisions = pgTable(
  'zone_decisions',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    kind: text('kind', { enum: ZONE_DECISION_KINDS }).notNull(),
    /** Số, ký hiệu: 1486/QĐ-TTg. */
    number: text('number').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    /** Who issued it (Thủ tướng Chính phủ, UBND tỉnh Thái Bình…). */
    issuer: text('issuer').notNull(),
    summary: text('summary').notNull(),
    areaBeforeHa: numeric('area_before_ha'),
    areaAfterHa: numeric('area_after_ha'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    content: bytea('content'),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    check('zone_decisions_kind_check', oneOf('kind', ZONE_DECISION_KINDS)),
    check('zone_decisions_areas', sql`coalesce(area_before_ha, 0) >= 0 and coalesce(area_after_ha, 0) >= 0`),
    check(
      'zone_decisions_file',
      sql`(file_name is null) = (content is null) and (content is null) = (content_type is null)`,
    ),
    index('zone_decisions_board_idx').on(t.boardId),
    index('zone_decisions_zone_idx').on(t.zoneId, t.signedOn),
  ],
);
