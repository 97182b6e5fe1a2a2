import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/boards.tables.ts';
import { investors } from '../investors/investors.tables.ts';
import { projects } from '../projects/projects.tables.ts';
import { ECONOMIC_ZONE_TYPES, POSITION_CLASSES } from '../../../domain/zone-land.ts';
import { zones } from './zones.tables.ts';

/**
 * A zone's master data as the ministry's forms ask for it (thông tin chung của khu): position,
 * location before and after 01/7/2025, infrastructure developer with its project, land-lease
 * term and infrastructure capital. One row per zone, written when first edited.
 */
export const zoneProfiles = pgTable(
  'zone_profiles',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    /** KCN/KCX: outside an EZ or inside a coastal, border-gate or specialised EZ. */
    positionClass: text('position_class', { enum: POSITION_CLASSES }),
    /** KKT: coastal, border-gate or specialised economic zone. */
    economicZoneType: text('economic_zone_type', { enum: ECONOMIC_ZONE_TYPES }),
    /** Location since 01/7/2025: commune (xã, phường) and province code. */
    communeName: text('commune_name'),
    provinceCode: text('province_code'),
    /** Location before 01/7/2025: commune, district and province code. */
    formerCommuneName: text('former_commune_name'),
    formerDistrictName: text('former_district_name'),
    formerProvinceCode: text('former_province_code'),
    /** Infrastructure developer (chủ đầu tư hạ tầng): an investor with its own project. */
    developerInvestorId: uuid('developer_investor_id').references(() => investors.id, {
      onDelete: 'set null',
    }),
    developerProjectId: uuid('developer_project_id').references(() => projects.id, { onDelete: 'set null' }),
    /** Land-lease term (thời hạn thuê đất), years, and its end. */
    landLeaseTermYears: integer('land_lease_term_years'),
    landLeaseUntil: date('land_lease_until', { mode: 'string' }),
    /** Registered infrastructure capital: đồng (domestic) and USD (foreign). */
    infrastructureCapitalVnd: bigint('infrastructure_capital_vnd', { mode: 'bigint' }),
    infrastructureCapitalUsd: numeric('infrastructure_capital_usd'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('zone_profiles_zone_key').on(t.zoneId),
    index('zone_profiles_board_idx').on(t.boardId),
    check(
      'zone_profiles_position_class_check',
      sql`position_class is null or ${oneOf('position_class', POSITION_CLASSES)}`,
    ),
    check(
      'zone_profiles_economic_zone_type_check',
      sql`economic_zone_type is null or ${oneOf('economic_zone_type', ECONOMIC_ZONE_TYPES)}`,
    ),
    check(
      'zone_profiles_non_negative',
      sql`coalesce(land_lease_term_years, 0) >= 0 and coalesce(infrastructure_capital_vnd, 0) >= 0 and coalesce(infrastructure_capital_usd, 0) >= 0`,
    ),
  ],
);
