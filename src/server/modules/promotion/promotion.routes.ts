import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import * as directory from './directory.service.ts';
import * as enquiries from './enquiries.service.ts';
import * as leads from './leads.service.ts';
import {
  CloseEnquiryBody,
  Contact,
  CreateContactBody,
  CreateEventBody,
  CreateLeadBody,
  CreateMeetingBody,
  CreateOrganisationBody,
  Enquiry,
  EnquiryAccepted,
  EnquiryLeadBody,
  FiguresQuery,
  FormToken,
  IdParams,
  Lead,
  LeadDetail,
  ListContactsQuery,
  ListEnquiriesQuery,
  ListEventsQuery,
  ListLeadsQuery,
  ListMeetingsQuery,
  ListQuery,
  Meeting,
  Organisation,
  PromotionEvent,
  PromotionFigures,
  PublicEnquiryBody,
  StageBody,
  UpdateContactBody,
  UpdateEventBody,
  UpdateLeadBody,
  UpdateMeetingBody,
  UpdateOrganisationBody,
} from './promotion.schemas.ts';

/** Form tokens per minute from one address. */
export const FORM_TOKEN_RATE_LIMIT = 30;
/** Enquiries per minute from one address. */
export const ENQUIRY_RATE_LIMIT = 10;

/** Investment promotion for staff, and the public enquiry form. */
export async function promotionRoutes(app: AppInstance) {
  const tags = ['promotion'];

  // ─── Organisations and contacts ───
  app.get(
    '/promotion/organisations',
    {
      schema: {
        tags,
        summary: 'Investor organisations (search)',
        querystring: ListQuery,
        response: { 200: z.array(Organisation), ...errorResponses },
      },
    },
    (req) => directory.listOrganisations(app.db, actorOf(req), req.query),
  );
  app.post(
    '/promotion/organisations',
    {
      schema: {
        tags,
        summary: 'Add an organisation',
        body: CreateOrganisationBody,
        response: { 201: Organisation, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await directory.createOrganisation(app.db, actorOf(req), req.body)),
  );
  app.get(
    '/promotion/organisations/:id',
    {
      schema: {
        tags,
        summary: 'An organisation',
        params: IdParams,
        response: { 200: Organisation, ...errorResponses },
      },
    },
    (req) => directory.getOrganisation(app.db, actorOf(req), req.params.id),
  );
  app.patch(
    '/promotion/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Edit an organisation',
        params: IdParams,
        body: UpdateOrganisationBody,
        response: { 200: Organisation, ...errorResponses },
      },
    },
    (req) => directory.updateOrganisation(app.db, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/promotion/contacts',
    {
      schema: {
        tags,
        summary: 'Contacts (search, of one organisation)',
        querystring: ListContactsQuery,
        response: { 200: z.array(Contact), ...errorResponses },
      },
    },
    (req) => directory.listContacts(app.db, actorOf(req), req.query),
  );
  app.post(
    '/promotion/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact',
        body: CreateContactBody,
        response: { 201: Contact, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await directory.createContact(app.db, actorOf(req), req.body)),
  );
  app.get(
    '/promotion/contacts/:id',
    {
      schema: { tags, summary: 'A contact', params: IdParams, response: { 200: Contact, ...errorResponses } },
    },
    (req) => directory.getContact(app.db, actorOf(req), req.params.id),
  );
  app.patch(
    '/promotion/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Edit a contact',
        params: IdParams,
        body: UpdateContactBody,
        response: { 200: Contact, ...errorResponses },
      },
    },
    (req) => directory.updateContact(app.db, actorOf(req), req.params.id, req.body),
  );

  // ─── Events ───
  app.get(
    '/promotion/events',
    {
      schema: {
        tags,
        summary: 'Events and delegations (year, kind, search)',
        querystring: ListEventsQuery,
        response: { 200: z.array(PromotionEvent), ...errorResponses },
      },
    },
    (req) => directory.listEvents(app.db, actorOf(req), req.query),
  );
  app.post(
    '/promotion/events',
    {
      schema: {
        tags,
        summary: 'Add an event or delegation',
        body: CreateEventBody,
        response: { 201: PromotionEvent, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await directory.createEvent(app.db, actorOf(req), req.body)),
  );
  app.get(
    '/promotion/events/:id',
    {
      schema: {
        tags,
        summary: 'An event',
        params: IdParams,
        response: { 200: PromotionEvent, ...errorResponses },
      },
    },
    (req) => directory.getEvent(app.db, actorOf(req), req.params.id),
  );
  app.patch(
    '/promotion/events/:id',
    {
      schema: {
        tags,
        summary: 'Edit an event',
        params: IdParams,
        body: UpdateEventBody,
        response: { 200: PromotionEvent, ...errorResponses },
      },
    },
    (req) => directory.updateEvent(app.db, actorOf(req), req.params.id, req.body),
  );

  // ─── Meetings ───
  app.get(
    '/promotion/meetings',
    {
      schema: {
        tags,
        summary: 'Working sessions (dates, follow-ups open or overdue)',
        querystring: ListMeetingsQuery,
        response: { 200: z.array(Meeting), ...errorResponses },
      },
    },
    (req) => directory.listMeetings(app.db, actorOf(req), req.query),
  );
  app.post(
    '/promotion/meetings',
    {
      schema: {
        tags,
        summary: 'Record a working session',
        body: CreateMeetingBody,
        response: { 201: Meeting, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await directory.createMeeting(app.db, actorOf(req), req.body)),
  );
  app.patch(
    '/promotion/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Edit a working session, record its follow-up done',
        params: IdParams,
        body: UpdateMeetingBody,
        response: { 200: Meeting, ...errorResponses },
      },
    },
    (req) => directory.updateMeeting(app.db, actorOf(req), req.params.id, req.body),
  );

  // ─── Leads ───
  app.get(
    '/promotion/leads',
    {
      schema: {
        tags,
        summary: 'Leads (stage, source, year opened, search)',
        querystring: ListLeadsQuery,
        response: { 200: z.array(Lead), ...errorResponses },
      },
    },
    (req) => leads.listLeads(app.db, actorOf(req), req.query),
  );
  app.post(
    '/promotion/leads',
    {
      schema: {
        tags,
        summary: 'Open a lead',
        body: CreateLeadBody,
        response: { 201: LeadDetail, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await leads.createLead(app.db, actorOf(req), req.body)),
  );
  app.get(
    '/promotion/leads/:id',
    {
      schema: {
        tags,
        summary: 'A lead with its stage history and meetings',
        params: IdParams,
        response: { 200: LeadDetail, ...errorResponses },
      },
    },
    (req) => leads.getLead(app.db, actorOf(req), req.params.id),
  );
  app.patch(
    '/promotion/leads/:id',
    {
      schema: {
        tags,
        summary: "Edit a lead's details",
        params: IdParams,
        body: UpdateLeadBody,
        response: { 200: LeadDetail, ...errorResponses },
      },
    },
    (req) => leads.updateLead(app.db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/promotion/leads/:id/stages',
    {
      schema: {
        tags,
        summary:
          "Move a lead forward (or to 'lost'), dated; 'certificate' links the board's licensed project",
        params: IdParams,
        body: StageBody,
        response: { 200: LeadDetail, ...errorResponses },
      },
    },
    (req) => leads.changeStage(app.db, actorOf(req), req.params.id, req.body),
  );

  // ─── Enquiries ───
  app.get(
    '/public/enquiries/form-token',
    {
      config: { public: true, rateLimit: { max: FORM_TOKEN_RATE_LIMIT, timeWindow: 60_000 } },
      schema: {
        tags: ['promotion', 'public'],
        summary:
          'A signed token for the enquiry form (no sign-in): send it back at least 3 s and at most 2 h later',
        response: { 200: FormToken, ...errorResponses },
      },
    },
    async () => enquiries.issueFormToken(),
  );
  app.post(
    '/public/enquiries',
    {
      config: { public: true, rateLimit: { max: ENQUIRY_RATE_LIMIT, timeWindow: 60_000 } },
      schema: {
        tags: ['promotion', 'public'],
        summary: "Send an enquiry to a board (no sign-in): always 202, nothing about the board's records",
        body: PublicEnquiryBody,
        response: { 202: EnquiryAccepted, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await enquiries.receiveEnquiry(app.db, actorOf(req), req.body)),
  );
  app.get(
    '/promotion/enquiries',
    {
      schema: {
        tags,
        summary: 'Enquiries from the public site (status)',
        querystring: ListEnquiriesQuery,
        response: { 200: z.array(Enquiry), ...errorResponses },
      },
    },
    (req) => enquiries.listEnquiries(app.db, actorOf(req), req.query),
  );
  app.post(
    '/promotion/enquiries/:id/lead',
    {
      schema: {
        tags,
        summary: "Make a lead at stage 'enquiry' from an enquiry",
        params: IdParams,
        body: EnquiryLeadBody,
        response: { 201: LeadDetail, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await enquiries.leadFromEnquiry(app.db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/promotion/enquiries/:id/close',
    {
      schema: {
        tags,
        summary: 'Set an enquiry aside as spam, or close it',
        params: IdParams,
        body: CloseEnquiryBody,
        response: { 200: Enquiry, ...errorResponses },
      },
    },
    (req) => enquiries.closeEnquiry(app.db, actorOf(req), req.params.id, req.body),
  );

  // ─── Figures ───
  app.get(
    '/promotion/figures',
    {
      schema: {
        tags,
        summary: "The year's promotion figures of one board",
        querystring: FiguresQuery,
        response: { 200: PromotionFigures, ...errorResponses },
      },
    },
    (req) => leads.figures(app.db, actorOf(req), req.query),
  );
}
