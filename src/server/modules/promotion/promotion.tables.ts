import { sql } from 'drizzle-orm';
import { bigint, check, date, index, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf, recordColumns } from '../../kernel/db/columns.ts';
import { boards } from '../boards/index.ts';
import { projects } from '../projects/index.ts';
import { users } from '../users/index.ts';
import { zones } from '../zones/index.ts';
import {
  ENQUIRY_STATUSES,
  LEAD_SOURCES,
  LEAD_STAGES,
  ORGANISATION_KINDS,
  PROMOTION_EVENT_KINDS,
} from '../../../domain/promotion.ts';

/** An investor organisation the board courts or works with (a company, an association, an agency). */
export const promotionOrganisations = pgTable(
  'promotion_organisations',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    /** ISO 3166-1 alpha-2. */
    countryCode: text('country_code').notNull(),
    website: text('website'),
    note: text('note'),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    check('promotion_organisations_kind_check', oneOf('kind', ORGANISATION_KINDS)),
    index('promotion_organisations_board_idx').on(t.boardId),
  ],
);

/** A person at an organisation (or on their own). */
export const promotionContacts = pgTable(
  'promotion_contacts',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    organisationId: uuid('organisation_id').references(() => promotionOrganisations.id),
    fullName: text('full_name').notNull(),
    position: text('position'),
    email: text('email'),
    phone: text('phone'),
    countryCode: text('country_code'),
    note: text('note'),
    searchText: text('search_text').notNull(),
  },
  (t) => [index('promotion_contacts_board_idx').on(t.boardId)],
);

/** A promotion event or delegation (đoàn xúc tiến đầu tư), abroad or at home. */
export const promotionEvents = pgTable(
  'promotion_events',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    kind: text('kind', { enum: PROMOTION_EVENT_KINDS }).notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    /** ISO 3166-1 alpha-2 of where it is held. */
    countryCode: text('country_code').notNull(),
    organiser: text('organiser'),
    participants: text('participants'),
    costVnd: bigint('cost_vnd', { mode: 'bigint' }),
    outcome: text('outcome'),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    check('promotion_events_kind_check', oneOf('kind', PROMOTION_EVENT_KINDS)),
    check('promotion_events_dates', sql`starts_on <= ends_on`),
    check('promotion_events_cost', sql`cost_vnd is null or cost_vnd >= 0`),
    index('promotion_events_board_idx').on(t.boardId, t.startsOn),
  ],
);

/**
 * An investment lead (nhà đầu tư tiềm năng): a project idea followed from the first enquiry to a
 * certificate, linked to the licensed project once there is one, so the board can count which
 * promotion led to which capital.
 */
export const investmentLeads = pgTable(
  'investment_leads',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id').references(() => promotionOrganisations.id),
    contactId: uuid('contact_id').references(() => promotionContacts.id),
    source: text('source', { enum: LEAD_SOURCES }).notNull(),
    eventId: uuid('event_id').references(() => promotionEvents.id),
    zoneId: uuid('zone_id').references(() => zones.id),
    /** VSIC code of the intended activity. */
    sector: text('sector'),
    countryCode: text('country_code'),
    expectedCapitalVnd: bigint('expected_capital_vnd', { mode: 'bigint' }),
    expectedCapitalUsd: numeric('expected_capital_usd'),
    landNeedHa: numeric('land_need_ha'),
    /** The stage now: the last entry of its stage history. */
    stage: text('stage', { enum: LEAD_STAGES }).notNull(),
    /** The licensed project it became. */
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    note: text('note'),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    check('investment_leads_source_check', oneOf('source', LEAD_SOURCES)),
    check('investment_leads_stage_check', oneOf('stage', LEAD_STAGES)),
    check(
      'investment_leads_amounts',
      sql`coalesce(expected_capital_vnd, 0) >= 0 and coalesce(expected_capital_usd, 0) >= 0 and coalesce(land_need_ha, 0) >= 0`,
    ),
    index('investment_leads_board_idx').on(t.boardId, t.stage),
  ],
);

/** A lead's stages over time: appended, never edited. */
export const leadStageChanges = pgTable(
  'lead_stage_changes',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => investmentLeads.id),
    stage: text('stage', { enum: LEAD_STAGES }).notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('lead_stage_changes_stage_check', oneOf('stage', LEAD_STAGES)),
    index('lead_stage_changes_lead_idx').on(t.leadId, t.since),
  ],
);

/** A working session with investors (buổi làm việc): notes and what was agreed to follow up. */
export const promotionMeetings = pgTable(
  'promotion_meetings',
  {
    ...recordColumns,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    organisationId: uuid('organisation_id').references(() => promotionOrganisations.id),
    leadId: uuid('lead_id').references(() => investmentLeads.id),
    eventId: uuid('event_id').references(() => promotionEvents.id),
    participants: text('participants'),
    notes: text('notes').notNull().default(''),
    followUp: text('follow_up'),
    followUpDueOn: date('follow_up_due_on', { mode: 'string' }),
    followUpDoneOn: date('follow_up_done_on', { mode: 'string' }),
    searchText: text('search_text').notNull(),
  },
  (t) => [index('promotion_meetings_board_idx').on(t.boardId, t.heldOn)],
);

/**
 * An enquiry sent from the public site's form: kept as sent, then made into a lead, set aside as
 * spam or closed by staff.
 */
export const promotionEnquiries = pgTable(
  'promotion_enquiries',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    version: recordColumns.version,
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id),
    zoneId: uuid('zone_id').references(() => zones.id),
    fullName: text('full_name').notNull(),
    organisation: text('organisation'),
    email: text('email').notNull(),
    phone: text('phone'),
    countryCode: text('country_code'),
    message: text('message').notNull(),
    /** 'vi' or 'en': the language the visitor wrote in. */
    language: text('language').notNull(),
    status: text('status', { enum: ENQUIRY_STATUSES }).notNull().default('new'),
    leadId: uuid('lead_id').references(() => investmentLeads.id),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('promotion_enquiries_status_check', oneOf('status', ENQUIRY_STATUSES)),
    index('promotion_enquiries_board_idx').on(t.boardId, t.status),
  ],
);
