import { createPromotionRecords } from '../promotion-fixtures.ts';
import type { TenancyModule } from './modules.ts';
import { hidden, notFound, unknownReference } from './probes.ts';

const API = '/api/v1/promotion';

/** The promotion module's routes: BB's records and AA's probes of them (the lead adds this to TENANCY_MODULES). */
export const promotionTenancy: TenancyModule = {
  async setup({ ctx, adminA, staffB, a, b, markers }) {
    const bb = await createPromotionRecords(ctx, { staff: staffB, board: 'BB', label: 'BB' });
    b.promOrganisation = bb.organisation;
    b.promContact = bb.contact;
    b.promEvent = bb.event;
    b.promLead = bb.lead;
    b.promMeeting = bb.meeting;
    b.promEnquiry = bb.enquiry;
    b.promEnquiryLead = bb.enquiryLead;
    markers.push(JSON.stringify(bb.leadName), '"Công ty xúc tiến BB"', '"Người liên hệ BB"', '"Khách BB"');
    const aa = await createPromotionRecords(ctx, { staff: adminA, board: 'AA', label: 'AA' });
    a.promOrganisation = aa.organisation;
    a.promContact = aa.contact;
    a.promEvent = aa.event;
    a.promLead = aa.lead;
    a.promMeeting = aa.meeting;
    a.promEnquiryLead = aa.enquiryLead;
  },

  probes: ({ adminA, a, b }) => {
    const api = adminA.api;
    const NF = 'PROMOTION_BOARD_NOT_FOUND';
    return {
      'GET /api/v1/promotion/organisations': [
        hidden('organisations', () => api.get(`${API}/organisations`), a.promOrganisation),
        notFound('organisations of BB', () => api.get(`${API}/organisations?board=BB`), NF),
      ],
      'POST /api/v1/promotion/organisations': [
        notFound(
          'organisation in BB',
          () =>
            api.post(`${API}/organisations`, { board: 'BB', name: 'X', kind: 'company', countryCode: 'JP' }),
          NF,
        ),
      ],
      'GET /api/v1/promotion/organisations/{id}': [
        notFound(
          'organisation',
          () => api.get(`${API}/organisations/${b.promOrganisation}`),
          'PROMOTION_ORGANISATION_NOT_FOUND',
        ),
      ],
      'PATCH /api/v1/promotion/organisations/{id}': [
        notFound(
          'organisation update',
          () => api.patch(`${API}/organisations/${b.promOrganisation}`, { version: 1, name: 'Đổi' }),
          'PROMOTION_ORGANISATION_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/contacts': [
        hidden('contacts', () => api.get(`${API}/contacts`), a.promContact),
        hidden('contacts of BB organisation', () =>
          api.get(`${API}/contacts?organisationId=${b.promOrganisation}`),
        ),
      ],
      'POST /api/v1/promotion/contacts': [
        unknownReference(
          'contact at BB organisation',
          () => api.post(`${API}/contacts`, { organisationId: b.promOrganisation, fullName: 'X' }),
          'PROMOTION_REFERENCE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/contacts/{id}': [
        notFound('contact', () => api.get(`${API}/contacts/${b.promContact}`), 'PROMOTION_CONTACT_NOT_FOUND'),
      ],
      'PATCH /api/v1/promotion/contacts/{id}': [
        notFound(
          'contact update',
          () => api.patch(`${API}/contacts/${b.promContact}`, { version: 1, fullName: 'Đổi' }),
          'PROMOTION_CONTACT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/events': [
        hidden('events', () => api.get(`${API}/events`), a.promEvent),
        notFound('events of BB', () => api.get(`${API}/events?board=BB`), NF),
      ],
      'POST /api/v1/promotion/events': [
        notFound(
          'event in BB',
          () =>
            api.post(`${API}/events`, {
              board: 'BB',
              kind: 'fair',
              name: 'X',
              startsOn: '2025-01-01',
              endsOn: '2025-01-01',
              place: 'X',
              countryCode: 'VN',
            }),
          NF,
        ),
      ],
      'GET /api/v1/promotion/events/{id}': [
        notFound('event', () => api.get(`${API}/events/${b.promEvent}`), 'PROMOTION_EVENT_NOT_FOUND'),
      ],
      'PATCH /api/v1/promotion/events/{id}': [
        notFound(
          'event update',
          () => api.patch(`${API}/events/${b.promEvent}`, { version: 1, name: 'Đổi' }),
          'PROMOTION_EVENT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/meetings': [
        hidden('meetings', () => api.get(`${API}/meetings`), a.promMeeting),
        hidden('meetings of BB lead', () => api.get(`${API}/meetings?leadId=${b.promLead}`)),
      ],
      'POST /api/v1/promotion/meetings': [
        unknownReference(
          'meeting on BB lead',
          () => api.post(`${API}/meetings`, { heldOn: '2025-01-01', subject: 'X', leadId: b.promLead }),
          'PROMOTION_REFERENCE_NOT_FOUND',
        ),
      ],
      'PATCH /api/v1/promotion/meetings/{id}': [
        notFound(
          'meeting update',
          () => api.patch(`${API}/meetings/${b.promMeeting}`, { version: 1, subject: 'Đổi' }),
          'PROMOTION_MEETING_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/leads': [
        hidden('leads', () => api.get(`${API}/leads`), a.promLead),
        notFound('leads of BB', () => api.get(`${API}/leads?board=BB`), NF),
      ],
      'POST /api/v1/promotion/leads': [
        unknownReference(
          'lead from BB event',
          () =>
            api.post(`${API}/leads`, {
              name: 'X',
              source: 'event',
              openedOn: '2025-01-01',
              eventId: b.promEvent,
            }),
          'PROMOTION_REFERENCE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/leads/{id}': [
        notFound('lead', () => api.get(`${API}/leads/${b.promLead}`), 'PROMOTION_LEAD_NOT_FOUND'),
      ],
      'PATCH /api/v1/promotion/leads/{id}': [
        notFound(
          'lead update',
          () => api.patch(`${API}/leads/${b.promLead}`, { version: 1, name: 'Đổi' }),
          'PROMOTION_LEAD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/promotion/leads/{id}/stages': [
        notFound(
          'stage of BB lead',
          () =>
            api.post(`${API}/leads/${b.promLead}/stages`, { version: 2, stage: 'lost', since: '2025-12-01' }),
          'PROMOTION_LEAD_NOT_FOUND',
        ),
        unknownReference(
          'certificate linked to BB project',
          () =>
            api.post(`${API}/leads/${a.promLead}/stages`, {
              version: 2,
              stage: 'certificate',
              since: '2025-12-01',
              projectId: b.project,
            }),
          'PROMOTION_PROJECT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/enquiries': [
        hidden('enquiries', () => api.get(`${API}/enquiries`)),
        notFound('enquiries of BB', () => api.get(`${API}/enquiries?board=BB`), NF),
      ],
      'POST /api/v1/promotion/enquiries/{id}/lead': [
        notFound(
          'lead from BB enquiry',
          () => api.post(`${API}/enquiries/${b.promEnquiry}/lead`, { version: 2 }),
          'PROMOTION_ENQUIRY_NOT_FOUND',
        ),
      ],
      'POST /api/v1/promotion/enquiries/{id}/close': [
        notFound(
          'closing BB enquiry',
          () => api.post(`${API}/enquiries/${b.promEnquiry}/close`, { version: 2, status: 'closed' }),
          'PROMOTION_ENQUIRY_NOT_FOUND',
        ),
      ],
      'GET /api/v1/promotion/figures': [
        hidden('figures', () => api.get(`${API}/figures?year=2025`)),
        notFound('figures of BB', () => api.get(`${API}/figures?year=2025&board=BB`), NF),
      ],
      'GET /api/v1/public/enquiries/form-token': {
        exempt:
          'public by design: a signed timestamp for the enquiry form, nothing about any board; rate-limited',
      },
      'POST /api/v1/public/enquiries': {
        exempt:
          "public by design: sends an enquiry to a board named by its code; always 202 {received: true}, nothing about the board's records; rate-limited",
      },
    };
  },
};
