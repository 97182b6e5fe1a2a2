import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';

/** KCN khu công nghiệp · KKT khu kinh tế · KCX khu chế xuất. */
export const ZONE_KINDS = ['KCN', 'KKT', 'KCX'] as const;
/** trong quy hoạch → đã thành lập → đang xây dựng cơ bản → đã đi vào hoạt động. */
export const ZONE_STATUSES = ['planned', 'established', 'under_construction', 'operating'] as const;

export const zones = pgTable(
  'zones',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ZONE_KINDS }).notNull(),
    /** The status now: the last entry of the status history. */
    status: text('status', { enum: ZONE_STATUSES }).notNull(),
    /** Planned total area (diện tích quy hoạch), hectares. */
    areaHa: numeric('area_ha').notNull(),
    /**
     * The economic zone (KKT) this KCN/KCX lies inside, of the same board (zones-v1); it moves
     * with its parent between boards.
     */
    parentZoneId: uuid('parent_zone_id').references((): AnyPgColumn => zones.id),
    /** Industrial land for lease to investors (đất công nghiệp), hectares: the last land history entry's. */
    industrialLandHa: numeric('industrial_land_ha'),
    /** Of which leased or sub-leased (đã cho thuê), hectares. */
    leasedLandHa: numeric('leased_land_ha'),
    /** Land for services (đất dịch vụ), hectares (zones-v1). */
    serviceLandHa: numeric('service_land_ha'),
    /** Of which leased, hectares. */
    leasedServiceLandHa: numeric('leased_service_land_ha'),
    /** Infrastructure developer (chủ đầu tư hạ tầng). */
    developer: text('developer'),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('zones_board_code_key').on(t.boardId, t.code),
    check('zones_kind_check', oneOf('kind', ZONE_KINDS)),
    check('zones_status_check', oneOf('status', ZONE_STATUSES)),
    check(
      'zones_areas_non_negative',
      sql`area_ha >= 0 and coalesce(industrial_land_ha, 0) >= 0 and coalesce(leased_land_ha, 0) >= 0 and coalesce(service_land_ha, 0) >= 0 and coalesce(leased_service_land_ha, 0) >= 0`,
    ),
    check('zones_not_own_parent', sql`parent_zone_id is distinct from id`),
    index('zones_parent_idx').on(t.parentZoneId),
  ],
);

/**
 * A zone's land figures over time (zones-v1 `landHistory`): each entry holds from `as_of` until
 * the next. The zone's own land columns repeat its last entry.
 */
export const zoneLandHistory = pgTable(
  'zone_land_history',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    industrialLandHa: numeric('industrial_land_ha'),
    serviceLandHa: numeric('service_land_ha'),
    leasedLandHa: numeric('leased_land_ha'),
    leasedServiceLandHa: numeric('leased_service_land_ha'),
    /** Why the figures changed (a decision, a survey), as staff wrote it. */
    note: text('note'),
  },
  (t) => [
    uniqueIndex('zone_land_history_zone_as_of_key').on(t.zoneId, t.asOf),
    index('zone_land_history_board_idx').on(t.boardId),
    check(
      'zone_land_history_non_negative',
      sql`coalesce(industrial_land_ha, 0) >= 0 and coalesce(service_land_ha, 0) >= 0 and coalesce(leased_land_ha, 0) >= 0 and coalesce(leased_service_land_ha, 0) >= 0`,
    ),
  ],
);

/** Status history of a zone: each entry holds from `since` until the next one. */
export const zoneStatusChanges = pgTable(
  'zone_status_changes',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ZONE_STATUSES }).notNull(),
    since: date('since', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('zone_status_changes_zone_since_key').on(t.zoneId, t.since),
    index('zone_status_changes_board_idx').on(t.boardId),
    check('zone_status_changes_status_check', oneOf('status', ZONE_STATUSES)),
  ],
);

/**
 * Which board held a zone from when (organisation-v1): written when a zone first moves — its
 * holder until then (since null: from the start) and the new one from the first day under it.
 * A zone that never moved has no rows: `zones.board_id` has held it all along. `zones.board_id`
 * (and the board_id of the zone's records) is always the holder now, so access goes by the
 * present and reports go by this history.
 */
export const zoneHoldings = pgTable(
  'zone_holdings',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    since: date('since', { mode: 'string' }),
    /** The decision that moved the zone (its number and date), as given. */
    decision: text('decision'),
  },
  (t) => [
    uniqueIndex('zone_holdings_zone_since_key').on(t.zoneId, t.since),
    index('zone_holdings_board_idx').on(t.boardId),
  ],
);
