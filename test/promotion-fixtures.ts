/**
 * One board's records in every table of the promotion module, made through the API as its staff
 * (and a visitor of the public site) makes them: an organisation and its contact, an event, a
 * lead opened at 'enquiry' and moved to 'site_visit', a working session on it with a follow-up,
 * and a public enquiry made into a second lead. Used where a suite needs such records to exist
 * (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import { issueFormToken } from '../src/server/modules/promotion/enquiries.service.ts';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface PromotionRecords {
  organisation: string;
  contact: string;
  event: string;
  lead: string;
  meeting: string;
  enquiry: string;
  /** The lead made from the enquiry. */
  enquiryLead: string;
  /** The lead's name (distinctive: holds `label`). */
  leadName: string;
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

const API = '/api/v1/promotion';

/** Makes the records for `board` (code) through `staff` (its staff member); `label` makes every name distinctive. */
export async function createPromotionRecords(
  ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<PromotionRecords> {
  const organisation = ok(
    await staff.api.post(`${API}/organisations`, {
      board,
      name: `Công ty xúc tiến ${label}`,
      kind: 'company',
      countryCode: 'JP',
    }),
    201,
  );
  const contact = ok(
    await staff.api.post(`${API}/contacts`, {
      board,
      organisationId: organisation.id,
      fullName: `Người liên hệ ${label}`,
      email: `contact-${label.toLowerCase()}@example.jp`,
    }),
    201,
  );
  const event = ok(
    await staff.api.post(`${API}/events`, {
      board,
      kind: 'delegation_abroad',
      name: `Đoàn xúc tiến ${label}`,
      startsOn: '2025-10-05',
      endsOn: '2025-10-10',
      place: 'Osaka',
      countryCode: 'JP',
      costVnd: '120000000',
    }),
    201,
  );
  const leadName = `Dự án tiềm năng ${label}`;
  let lead = ok(
    await staff.api.post(`${API}/leads`, {
      board,
      name: leadName,
      source: 'event',
      eventId: event.id,
      organisationId: organisation.id,
      contactId: contact.id,
      openedOn: '2025-10-08',
      expectedCapitalUsd: '15000000',
    }),
    201,
  );
  lead = ok(
    await staff.api.post(`${API}/leads/${lead.id}/stages`, {
      version: lead.version,
      stage: 'site_visit',
      since: '2025-11-20',
    }),
  );
  const meeting = ok(
    await staff.api.post(`${API}/meetings`, {
      board,
      heldOn: '2025-11-20',
      subject: `Khảo sát ${label}`,
      leadId: lead.id,
      organisationId: organisation.id,
      followUp: 'Gửi hồ sơ',
      followUpDueOn: '2025-12-01',
    }),
    201,
  );
  ok(
    await ctx.anonymous.post('/api/v1/public/enquiries', {
      board,
      fullName: `Khách ${label}`,
      email: `visitor-${label.toLowerCase()}@example.com`,
      message: `Hỏi thông tin thuê đất ${label}`,
      language: 'vi',
      token: issueFormToken(Date.now() - 10_000).token,
      website: '',
    }),
    202,
  );
  const enquiries = ok(await staff.api.get(`${API}/enquiries?board=${board}&status=new`)) as {
    id: string;
    version: number;
  }[];
  expect(enquiries.length, `board ${board} should have the new enquiry`).toBe(1);
  const enquiryLead = ok(
    await staff.api.post(`${API}/enquiries/${enquiries[0]!.id}/lead`, { version: enquiries[0]!.version }),
    201,
  );
  return {
    organisation: organisation.id,
    contact: contact.id,
    event: event.id,
    lead: lead.id,
    meeting: meeting.id,
    enquiry: enquiries[0]!.id,
    enquiryLead: enquiryLead.id,
    leadName,
  };
}
