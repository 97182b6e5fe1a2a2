/** Investment promotion as the API speaks it: organisations, contacts, events, meetings, leads, enquiries, figures. */
import { z } from 'zod';
import {
  CalendarDate,
  Hectares,
  Timestamp,
  UsdAmount,
  Uuid,
  Version,
  VndAmount,
} from '../../kernel/schemas.ts';
import {
  ENQUIRY_MESSAGE_MAX,
  ENQUIRY_STATUSES,
  LEAD_SOURCES,
  LEAD_STAGES,
  ORGANISATION_KINDS,
  PROMOTION_EVENT_KINDS,
} from '../../../domain/promotion.ts';
import { BoardCode } from '../boards/index.ts';

const line = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const patchText = (max: number) => z.string().trim().max(max).nullable().optional();
const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'Mã quốc gia gồm 2 chữ in hoa (ISO 3166-1), ví dụ JP.' })
  .meta({ example: 'JP' });
const Year = z.coerce.number().int().min(1990).max(2100);
const Query = z.string().trim().max(200).optional();

export const IdParams = z.strictObject({ id: Uuid });
export const BoardQuery = z.strictObject({ board: BoardCode.optional() });
const Ref = z.object({ id: Uuid, name: z.string() }).nullable();

// ─── Organisations and contacts ─────────────────────────────────────────────────────────────

export const Organisation = z
  .object({
    id: Uuid,
    boardId: Uuid,
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    countryCode: z.string(),
    website: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'PromotionOrganisation' });
export type Organisation = z.infer<typeof Organisation>;

export const ListQuery = z.strictObject({ board: BoardCode.optional(), q: Query });
export const CreateOrganisationBody = z.strictObject({
  board: BoardCode.optional(),
  name: line(300),
  kind: z.enum(ORGANISATION_KINDS),
  countryCode: Country,
  website: optionalText(300),
  note: optionalText(2000),
});
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;
export const UpdateOrganisationBody = z.strictObject({
  version: Version,
  name: line(300).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  countryCode: Country.optional(),
  website: patchText(300),
  note: patchText(2000),
});
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBody>;

export const Contact = z
  .object({
    id: Uuid,
    boardId: Uuid,
    organisation: Ref,
    fullName: z.string(),
    position: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    countryCode: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'PromotionContact' });
export type Contact = z.infer<typeof Contact>;
export const ListContactsQuery = ListQuery.extend({ organisationId: Uuid.optional() });
export const CreateContactBody = z.strictObject({
  board: BoardCode.optional(),
  organisationId: Uuid.nullable().default(null),
  fullName: line(200),
  position: optionalText(200),
  email: z.email().max(200).nullable().default(null),
  phone: optionalText(50),
  countryCode: Country.nullable().default(null),
  note: optionalText(2000),
});
export type CreateContactBody = z.infer<typeof CreateContactBody>;
export const UpdateContactBody = z.strictObject({
  version: Version,
  organisationId: Uuid.nullable().optional(),
  fullName: line(200).optional(),
  position: patchText(200),
  email: z.email().max(200).nullable().optional(),
  phone: patchText(50),
  countryCode: Country.nullable().optional(),
  note: patchText(2000),
});
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

// ─── Events ─────────────────────────────────────────────────────────────────────────────────

export const PromotionEvent = z
  .object({
    id: Uuid,
    boardId: Uuid,
    kind: z.enum(PROMOTION_EVENT_KINDS),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    place: z.string(),
    countryCode: z.string(),
    abroad: z.boolean(),
    organiser: z.string().nullable(),
    participants: z.string().nullable(),
    costVnd: z.string().nullable(),
    outcome: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'PromotionEvent' });
export type PromotionEvent = z.infer<typeof PromotionEvent>;
export const ListEventsQuery = ListQuery.extend({
  year: Year.optional(),
  kind: z.enum(PROMOTION_EVENT_KINDS).optional(),
});
export const CreateEventBody = z.strictObject({
  board: BoardCode.optional(),
  kind: z.enum(PROMOTION_EVENT_KINDS),
  name: line(300),
  startsOn: CalendarDate,
  endsOn: CalendarDate,
  place: line(300),
  countryCode: Country,
  organiser: optionalText(300),
  participants: optionalText(2000),
  costVnd: VndAmount.nullable().default(null),
  outcome: optionalText(4000),
});
export type CreateEventBody = z.infer<typeof CreateEventBody>;
export const UpdateEventBody = z.strictObject({
  version: Version,
  kind: z.enum(PROMOTION_EVENT_KINDS).optional(),
  name: line(300).optional(),
  startsOn: CalendarDate.optional(),
  endsOn: CalendarDate.optional(),
  place: line(300).optional(),
  countryCode: Country.optional(),
  organiser: patchText(300),
  participants: patchText(2000),
  costVnd: VndAmount.nullable().optional(),
  outcome: patchText(4000),
});
export type UpdateEventBody = z.infer<typeof UpdateEventBody>;

// ─── Meetings ───────────────────────────────────────────────────────────────────────────────

export const Meeting = z
  .object({
    id: Uuid,
    boardId: Uuid,
    heldOn: z.string(),
    subject: z.string(),
    organisation: Ref,
    lead: Ref,
    event: Ref,
    participants: z.string().nullable(),
    notes: z.string(),
    followUp: z.string().nullable(),
    followUpDueOn: z.string().nullable(),
    followUpDoneOn: z.string().nullable(),
    /** A follow-up not done whose due date has passed (Vietnam today). */
    followUpOverdue: z.boolean(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'PromotionMeeting' });
export type Meeting = z.infer<typeof Meeting>;
export const ListMeetingsQuery = ListQuery.extend({
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  followUp: z.enum(['open', 'overdue']).optional(),
  leadId: Uuid.optional(),
});
export const CreateMeetingBody = z.strictObject({
  board: BoardCode.optional(),
  heldOn: CalendarDate,
  subject: line(300),
  organisationId: Uuid.nullable().default(null),
  leadId: Uuid.nullable().default(null),
  eventId: Uuid.nullable().default(null),
  participants: optionalText(2000),
  notes: z.string().trim().max(10_000).default(''),
  followUp: optionalText(2000),
  followUpDueOn: CalendarDate.nullable().default(null),
});
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;
export const UpdateMeetingBody = z.strictObject({
  version: Version,
  heldOn: CalendarDate.optional(),
  subject: line(300).optional(),
  participants: patchText(2000),
  notes: z.string().trim().max(10_000).optional(),
  followUp: patchText(2000),
  followUpDueOn: CalendarDate.nullable().optional(),
  /** The day the follow-up was done (null reopens it). */
  followUpDoneOn: CalendarDate.nullable().optional(),
});
export type UpdateMeetingBody = z.infer<typeof UpdateMeetingBody>;

// ─── Leads ──────────────────────────────────────────────────────────────────────────────────

export const LeadProject = z
  .object({ id: Uuid, code: z.string(), name: z.string(), registeredCapitalVnd: z.string().nullable() })
  .nullable();
export const Lead = z
  .object({
    id: Uuid,
    boardId: Uuid,
    name: z.string(),
    organisation: Ref,
    contact: Ref,
    source: z.enum(LEAD_SOURCES),
    event: Ref,
    zoneId: Uuid.nullable(),
    sector: z.string().nullable(),
    countryCode: z.string().nullable(),
    expectedCapitalVnd: z.string().nullable(),
    expectedCapitalUsd: z.string().nullable(),
    landNeedHa: z.string().nullable(),
    stage: z.enum(LEAD_STAGES),
    stageSince: z.string(),
    openedOn: z.string(),
    project: LeadProject,
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'InvestmentLead' });
export type Lead = z.infer<typeof Lead>;
export const StageChange = z.object({
  id: Uuid,
  stage: z.enum(LEAD_STAGES),
  since: z.string(),
  note: z.string(),
  createdAt: Timestamp,
});
export const LeadDetail = Lead.extend({
  stages: z.array(StageChange),
  meetings: z.array(Meeting),
  enquiryId: Uuid.nullable(),
}).meta({ id: 'InvestmentLeadDetail' });
export type LeadDetail = z.infer<typeof LeadDetail>;
export const ListLeadsQuery = ListQuery.extend({
  stage: z.enum(LEAD_STAGES).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  year: Year.optional().describe('Leads opened in this year'),
});
const leadFields = {
  organisationId: Uuid.nullable(),
  contactId: Uuid.nullable(),
  eventId: Uuid.nullable(),
  zoneId: Uuid.nullable(),
  sector: z.string().trim().max(20).nullable(),
  countryCode: Country.nullable(),
  expectedCapitalVnd: VndAmount.nullable(),
  expectedCapitalUsd: UsdAmount.nullable(),
  landNeedHa: Hectares.nullable(),
  note: z.string().trim().max(4000).nullable(),
};
export const CreateLeadBody = z.strictObject({
  board: BoardCode.optional(),
  name: line(300),
  source: z.enum(LEAD_SOURCES),
  /** The day it was opened (its first stage, 'enquiry' or later, is dated so). */
  openedOn: CalendarDate,
  stage: z.enum(['enquiry', 'site_visit', 'policy_decision']).default('enquiry'),
  organisationId: leadFields.organisationId.default(null),
  contactId: leadFields.contactId.default(null),
  eventId: leadFields.eventId.default(null),
  zoneId: leadFields.zoneId.default(null),
  sector: leadFields.sector.default(null),
  countryCode: leadFields.countryCode.default(null),
  expectedCapitalVnd: leadFields.expectedCapitalVnd.default(null),
  expectedCapitalUsd: leadFields.expectedCapitalUsd.default(null),
  landNeedHa: leadFields.landNeedHa.default(null),
  note: leadFields.note.default(null),
});
export type CreateLeadBody = z.infer<typeof CreateLeadBody>;
export const UpdateLeadBody = z.strictObject({
  version: Version,
  name: line(300).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  organisationId: leadFields.organisationId.optional(),
  contactId: leadFields.contactId.optional(),
  eventId: leadFields.eventId.optional(),
  zoneId: leadFields.zoneId.optional(),
  sector: leadFields.sector.optional(),
  countryCode: leadFields.countryCode.optional(),
  expectedCapitalVnd: leadFields.expectedCapitalVnd.optional(),
  expectedCapitalUsd: leadFields.expectedCapitalUsd.optional(),
  landNeedHa: leadFields.landNeedHa.optional(),
  note: leadFields.note.optional(),
});
export type UpdateLeadBody = z.infer<typeof UpdateLeadBody>;
export const StageBody = z.strictObject({
  version: Version,
  stage: z.enum(['site_visit', 'policy_decision', 'certificate', 'lost']),
  since: CalendarDate,
  note: z.string().trim().max(2000).default(''),
  projectId: Uuid.optional().describe("The licensed project (required for 'certificate')"),
});
export type StageBody = z.infer<typeof StageBody>;

// ─── Enquiries ──────────────────────────────────────────────────────────────────────────────

export const FormToken = z.object({ token: z.string(), issuedAt: z.number().int() }).meta({
  id: 'PromotionFormToken',
  description: 'Send both back with the form, at least 3 s and at most 2 h later',
});
export const PublicEnquiryBody = z.strictObject({
  board: BoardCode,
  zoneId: Uuid.nullable().optional(),
  fullName: line(200),
  organisation: z.string().trim().max(300).nullable().optional(),
  email: z.email().max(200),
  phone: z.string().trim().max(50).nullable().optional(),
  countryCode: Country.nullable().optional(),
  message: line(ENQUIRY_MESSAGE_MAX),
  language: z.enum(['vi', 'en']),
  /** The token of GET /public/enquiries/form-token, as it was given. */
  token: z.string().max(200),
  /** The honeypot: hidden from people, must stay empty. */
  website: z.string().max(500).optional(),
});
export type PublicEnquiryBody = z.infer<typeof PublicEnquiryBody>;
export const EnquiryAccepted = z
  .object({ received: z.literal(true) })
  .meta({ id: 'PromotionEnquiryAccepted' });

export const Enquiry = z
  .object({
    id: Uuid,
    boardId: Uuid,
    zoneId: Uuid.nullable(),
    fullName: z.string(),
    organisation: z.string().nullable(),
    email: z.string(),
    phone: z.string().nullable(),
    countryCode: z.string().nullable(),
    message: z.string(),
    language: z.string(),
    status: z.enum(ENQUIRY_STATUSES),
    leadId: Uuid.nullable(),
    receivedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'PromotionEnquiry' });
export type Enquiry = z.infer<typeof Enquiry>;
export const ListEnquiriesQuery = z.strictObject({
  board: BoardCode.optional(),
  status: z.enum(ENQUIRY_STATUSES).optional(),
});
export const EnquiryLeadBody = z.strictObject({
  version: Version,
  name: line(300).optional().describe("The lead's name; the organisation or the sender's name by default"),
  openedOn: CalendarDate.optional().describe('Vietnam today by default'),
});
export const CloseEnquiryBody = z.strictObject({ version: Version, status: z.enum(['spam', 'closed']) });

// ─── Figures ────────────────────────────────────────────────────────────────────────────────

const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as { [K in T[number]]: z.ZodNumber });
export const FiguresQuery = z.strictObject({ board: BoardCode.optional(), year: Year });
export const PromotionFigures = z
  .object({
    year: z.number().int(),
    leadsOpened: z.number().int(),
    reachedByStage: counts(LEAD_STAGES),
    bySource: counts(LEAD_SOURCES),
    certificates: z.number().int(),
    certificateCapitalVnd: z.string(),
    events: z.number().int(),
    eventsByKind: counts(PROMOTION_EVENT_KINDS),
    eventsAbroad: z.number().int(),
    eventsAtHome: z.number().int(),
    meetings: z.number().int(),
    enquiries: z.number().int(),
    conversionPct: z.string().nullable(),
  })
  .meta({ id: 'PromotionFigures' });
