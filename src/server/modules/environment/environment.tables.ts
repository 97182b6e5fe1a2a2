import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { enterprises } from '../enterprises/index.ts';
import { zones } from '../zones/index.ts';
import { PLANT_STATUSES, SAMPLE_KINDS, SAMPLE_POINTS, type PlantPermit } from '../../../domain/wastewater.ts';

/**
 * A discharge standard the board measures against (e.g. QCVN 40:2011/BTNMT cột A): its
 * parameters and limits are data, copied from the built-in ones (src/domain/wastewater.ts) or
 * entered by staff.
 */
export const dischargeStandards = pgTable(
  'discharge_standards',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Where the limits come from, in words (the regulation and its column). */
    source: text('source').notNull().default(''),
  },
  (t) => [uniqueIndex('discharge_standards_board_code').on(t.boardId, t.code)],
);

/**
 * A parameter of a standard with its limits (min for pH, max for the rest). `appliesKqKf`: the
 * maximum is multiplied by the receiving water's Kq and the flow's Kf (QCVN 40:2011 2.1.1; not
 * for temperature, colour, pH, coliform, radioactivity).
 */
export const dischargeStandardParameters = pgTable(
  'discharge_standard_parameters',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    standardId: uuid('standard_id')
      .notNull()
      .references(() => dischargeStandards.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    minValue: numeric('min_value'),
    maxValue: numeric('max_value'),
    appliesKqKf: boolean('applies_kq_kf').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    check('discharge_standard_parameters_limit', sql`min_value is not null or max_value is not null`),
    uniqueIndex('discharge_standard_parameters_code').on(t.standardId, t.code),
  ],
);

/**
 * Nhà máy xử lý nước thải tập trung of a zone: capacity, the standard its outlet must meet (with
 * Kq and Kf), operator, permits.
 */
export const wastewaterPlants = pgTable(
  'wastewater_plants',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    name: text('name').notNull(),
    /** Design capacity, m³ per day (exact). */
    capacityM3PerDay: numeric('capacity_m3_per_day').notNull(),
    status: text('status').notNull().default('operating'),
    standardId: uuid('standard_id').references(() => dischargeStandards.id),
    /** QCVN 40:2011's coefficients of the receiving water (Kq) and of the discharge flow (Kf). */
    kq: numeric('kq'),
    kf: numeric('kf'),
    operator: text('operator').notNull().default(''),
    commissionedOn: date('commissioned_on', { mode: 'string' }),
    receivingWater: text('receiving_water').notNull().default(''),
    permits: jsonb('permits').$type<PlantPermit[]>().notNull().default([]),
    note: text('note').notNull().default(''),
  },
  (t) => [
    check('wastewater_plants_status', oneOf('status', PLANT_STATUSES)),
    check('wastewater_plants_capacity', sql`capacity_m3_per_day >= 0`),
    check('wastewater_plants_coefficients', sql`(kq is null or kq > 0) and (kf is null or kf > 0)`),
    index('wastewater_plants_board').on(t.boardId),
    index('wastewater_plants_zone').on(t.zoneId),
  ],
);

/**
 * An enterprise connected to a plant, from a date until a date (null: still connected). A
 * disconnection ends the row; history is never rewritten.
 */
export const wastewaterConnections = pgTable(
  'wastewater_connections',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    plantId: uuid('plant_id')
      .notNull()
      .references(() => wastewaterPlants.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    connectedOn: date('connected_on', { mode: 'string' }).notNull(),
    disconnectedOn: date('disconnected_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
  },
  (t) => [
    check('wastewater_connections_period', sql`disconnected_on is null or disconnected_on >= connected_on`),
    index('wastewater_connections_plant').on(t.plantId),
    index('wastewater_connections_enterprise').on(t.enterpriseId),
  ],
);

/** A monitoring sample of a plant (periodic, automatic station, or taken at an inspection). */
export const monitoringSamples = pgTable(
  'monitoring_samples',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    plantId: uuid('plant_id')
      .notNull()
      .references(() => wastewaterPlants.id),
    sampledOn: date('sampled_on', { mode: 'string' }).notNull(),
    point: text('point').notNull().default('outlet'),
    kind: text('kind').notNull().default('periodic'),
    laboratory: text('laboratory').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [
    check('monitoring_samples_point', oneOf('point', SAMPLE_POINTS)),
    check('monitoring_samples_kind', oneOf('kind', SAMPLE_KINDS)),
    index('monitoring_samples_plant').on(t.plantId, t.sampledOn),
    index('monitoring_samples_board').on(t.boardId, t.sampledOn),
  ],
);

/**
 * A measured value of a sample, with the limits that applied when it was recorded (Kq and Kf
 * included) and whether it exceeded them: the flag is the record's, never recomputed when a
 * standard changes later.
 */
export const monitoringResults = pgTable(
  'monitoring_results',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    sampleId: uuid('sample_id')
      .notNull()
      .references(() => monitoringSamples.id, { onDelete: 'cascade' }),
    parameterCode: text('parameter_code').notNull(),
    parameterName: text('parameter_name').notNull(),
    unit: text('unit').notNull(),
    value: numeric('value').notNull(),
    limitMin: numeric('limit_min'),
    limitMax: numeric('limit_max'),
    exceeds: boolean('exceeds').notNull(),
  },
  (t) => [
    uniqueIndex('monitoring_results_parameter').on(t.sampleId, t.parameterCode),
    index('monitoring_results_board').on(t.boardId),
  ],
);
