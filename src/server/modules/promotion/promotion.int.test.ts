import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { issueFormToken } from './enquiries.service.ts';
import { loadPromotionDemo } from './promotion.demo.ts';

const API = '/api/v1/promotion';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

/**
 * Investment promotion on a board (TB) with a licensed project P1 (230 tỷ đồng) and another board
 * (HY) with its own project: a public enquiry becomes a lead that moves through its stages to
 * 'certificate' linked to P1; refusals change nothing; the spam guard never makes a lead; the
 * year's figures match a hand count.
 */
describe('investment promotion', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let hyStaff: TestUser;
  const p: Record<string, string> = {};
  const z: Record<string, string> = {};
  let leadA: any;

  const count = async (table: string) =>
    Number(
      (await queryRows<{ n: number }>(ctx.app.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n,
    );

  const enquiry = (over: Record<string, unknown> = {}) => ({
    board: 'TB',
    fullName: 'Tanaka Hiroshi',
    organisation: 'Tanaka Seiki Co., Ltd.',
    email: 'tanaka@example.jp',
    countryCode: 'JP',
    message: 'We look for 5 ha in an industrial park for precision parts. See https://tanaka.example.jp',
    language: 'en',
    token: issueFormToken(Date.now() - 10_000).token,
    website: '',
    ...over,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z1')
        .zone('HY', 'HY-Z')
        .project('TB', 'TB-Z1', 'P1', 'FDI')
        .event('P1', 'new', '2026-09-10', '230', '9000000.00')
        .project('HY', 'HY-Z', 'PH', 'DDI')
        .event('PH', 'new', '2026-05-01', '50')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    p.P1 = ok(await staff.api.get('/api/v1/projects')).items[0].id;
    p.PH = ok(await hyStaff.api.get('/api/v1/projects')).items[0].id;
    z['TB-Z1'] = ok(await staff.api.get('/api/v1/zones')).items[0].id;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('gives a signed form token to anyone', async () => {
    const token = ok(await ctx.anonymous.get('/api/v1/public/enquiries/form-token'));
    expect(token.token).toMatch(new RegExp(`^${token.issuedAt}\\.[0-9a-f]{64}$`));
  });

  it('never makes a lead of spam, and answers it as any enquiry', async () => {
    const before = await count('investment_leads');
    // Honeypot filled: answered 202, not even kept.
    expect(
      ok(await ctx.anonymous.post('/api/v1/public/enquiries', enquiry({ website: 'http://x' })), 202),
    ).toEqual({
      received: true,
    });
    expect(await count('promotion_enquiries')).toBe(0);
    // Too fast, a forged token, too many links: kept as spam.
    ok(await ctx.anonymous.post('/api/v1/public/enquiries', enquiry({ token: issueFormToken().token })), 202);
    ok(
      await ctx.anonymous.post(
        '/api/v1/public/enquiries',
        enquiry({ token: `${Date.now() - 10_000}.${'0'.repeat(64)}` }),
      ),
      202,
    );
    ok(
      await ctx.anonymous.post(
        '/api/v1/public/enquiries',
        enquiry({ message: 'cheap http://a.example http://b.example www.c.example' }),
      ),
      202,
    );
    const spam = ok(await staff.api.get(`${API}/enquiries?status=spam`));
    expect(spam).toHaveLength(3);
    expect(ok(await staff.api.get(`${API}/enquiries?status=new`))).toHaveLength(0);
    expect(await count('investment_leads')).toBe(before);
  });

  it('takes a public enquiry to a lead and through its stages to the certificate of P1', async () => {
    ok(await ctx.anonymous.post('/api/v1/public/enquiries', enquiry({ zoneId: z['TB-Z1'] })), 202);
    const [fresh] = ok(await staff.api.get(`${API}/enquiries?status=new`));
    expect(fresh).toMatchObject({
      fullName: 'Tanaka Hiroshi',
      zoneId: z['TB-Z1'],
      language: 'en',
      status: 'new',
    });
    leadA = ok(
      await staff.api.post(`${API}/enquiries/${fresh.id}/lead`, {
        version: fresh.version,
        openedOn: '2026-03-02',
      }),
      201,
    );
    expect(leadA).toMatchObject({
      name: 'Tanaka Seiki Co., Ltd.',
      source: 'enquiry',
      stage: 'enquiry',
      openedOn: '2026-03-02',
      zoneId: z['TB-Z1'],
      contact: { name: 'Tanaka Hiroshi' },
      enquiryId: fresh.id,
      project: null,
    });
    refused(
      await staff.api.post(`${API}/enquiries/${fresh.id}/lead`, { version: fresh.version + 1 }),
      409,
      'PROMOTION_ENQUIRY_HANDLED',
    );
    ok(
      await staff.api.post(`${API}/meetings`, {
        heldOn: '2026-04-10',
        subject: 'Khảo sát KCN TB-Z1',
        leadId: leadA.id,
        notes: 'Đoàn khảo sát hạ tầng.',
        followUp: 'Gửi bảng giá thuê đất',
        followUpDueOn: '2026-04-20',
      }),
      201,
    );
    const move = (body: Record<string, unknown>) =>
      staff.api.post(`${API}/leads/${leadA.id}/stages`, { version: leadA.version, ...body });
    leadA = ok(await move({ stage: 'site_visit', since: '2026-04-10', note: 'Khảo sát' }));
    leadA = ok(await move({ stage: 'policy_decision', since: '2026-06-01' }));

    // Refusals change nothing.
    const snapshot = JSON.stringify(ok(await staff.api.get(`${API}/leads/${leadA.id}`)));
    refused(await move({ stage: 'site_visit', since: '2026-06-02' }), 422, 'PROMOTION_STAGE_NOT_FORWARD');
    refused(
      await move({ stage: 'certificate', since: '2026-09-15' }),
      422,
      'PROMOTION_STAGE_PROJECT_REQUIRED',
    );
    refused(
      await move({ stage: 'certificate', since: '2026-09-15', projectId: p.PH }),
      422,
      'PROMOTION_PROJECT_NOT_FOUND',
    );
    refused(
      await move({ stage: 'certificate', since: '2099-01-01', projectId: p.P1 }),
      422,
      'PROMOTION_STAGE_DATE',
    );
    refused(
      await move({ stage: 'certificate', since: '2026-05-31', projectId: p.P1 }),
      422,
      'PROMOTION_STAGE_DATE',
    );
    expect(JSON.stringify(ok(await staff.api.get(`${API}/leads/${leadA.id}`)))).toBe(snapshot);

    leadA = ok(await move({ stage: 'certificate', since: '2026-09-15', projectId: p.P1 }));
    expect(leadA.stage).toBe('certificate');
    expect(leadA.project).toEqual({
      id: p.P1,
      code: 'P1',
      name: 'Dự án P1',
      registeredCapitalVnd: '230000000000',
    });
    expect(leadA.stages.map((s: any) => [s.stage, s.since])).toEqual([
      ['enquiry', '2026-03-02'],
      ['site_visit', '2026-04-10'],
      ['policy_decision', '2026-06-01'],
      ['certificate', '2026-09-15'],
    ]);
    expect(leadA.meetings).toHaveLength(1);
    refused(await move({ stage: 'lost', since: '2026-10-01' }), 409, 'PROMOTION_STAGE_FINAL');
    const [handled] = ok(await staff.api.get(`${API}/enquiries?status=lead`));
    expect(handled.leadId).toBe(leadA.id);
  });

  it("counts the year's figures", async () => {
    const b = ok(
      await staff.api.post(`${API}/leads`, {
        name: 'Hanwha dây cáp',
        source: 'event',
        openedOn: '2026-05-05',
        stage: 'site_visit',
        countryCode: 'KR',
        expectedCapitalUsd: '20000000.50',
      }),
      201,
    );
    expect(b.expectedCapitalUsd).toBe('20000000.5');
    ok(
      await staff.api.post(`${API}/leads/${b.id}/stages`, {
        version: b.version,
        stage: 'lost',
        since: '2026-07-01',
      }),
    );
    ok(
      await staff.api.post(`${API}/leads`, { name: 'Lead 2025', source: 'referral', openedOn: '2025-11-01' }),
      201,
    );
    const events = [
      {
        kind: 'delegation_abroad',
        name: 'Đoàn XTĐT Nhật Bản',
        startsOn: '2026-10-05',
        endsOn: '2026-10-12',
        place: 'Tokyo',
        countryCode: 'JP',
      },
      {
        kind: 'conference',
        name: 'Hội nghị XTĐT',
        startsOn: '2026-04-20',
        endsOn: '2026-04-20',
        place: 'Thái Bình',
        countryCode: 'VN',
        costVnd: '350000000',
      },
      {
        kind: 'conference',
        name: 'Hội nghị 2025',
        startsOn: '2025-04-20',
        endsOn: '2025-04-20',
        place: 'Thái Bình',
        countryCode: 'VN',
      },
    ];
    for (const e of events) ok(await staff.api.post(`${API}/events`, e), 201);
    refused(
      await staff.api.post(`${API}/events`, { ...events[0], endsOn: '2026-10-01' }),
      422,
      'PROMOTION_EVENT_DATES',
    );
    const done = ok(
      await staff.api.post(`${API}/meetings`, {
        heldOn: '2026-02-01',
        subject: 'Làm việc với JETRO',
        followUp: 'Gửi tài liệu',
        followUpDueOn: '2026-02-10',
      }),
      201,
    );
    ok(
      await staff.api.patch(`${API}/meetings/${done.id}`, {
        version: done.version,
        followUpDoneOn: '2026-02-09',
      }),
    );
    ok(await staff.api.post(`${API}/meetings`, { heldOn: '2025-12-01', subject: 'Năm trước' }), 201);
    const overdue = ok(await staff.api.get(`${API}/meetings?followUp=overdue`));
    expect(overdue.map((m: any) => m.subject)).toEqual(['Khảo sát KCN TB-Z1']);
    expect(ok(await staff.api.get(`${API}/meetings?from=2026-01-01&to=2026-12-31`))).toHaveLength(2);
    expect(ok(await staff.api.get(`${API}/events?year=2026&kind=conference`))).toHaveLength(1);
    expect(ok(await staff.api.get(`${API}/leads?year=2026`))).toHaveLength(2);
    expect(ok(await staff.api.get(`${API}/leads?stage=certificate`)).map((l: any) => l.id)).toEqual([
      leadA.id,
    ]);

    expect(ok(await viewer.api.get(`${API}/figures?year=2026`))).toEqual({
      year: 2026,
      leadsOpened: 2,
      reachedByStage: { enquiry: 2, site_visit: 2, policy_decision: 1, certificate: 1, lost: 1 },
      bySource: { enquiry: 1, event: 1, meeting: 0, referral: 0, other: 0 },
      certificates: 1,
      certificateCapitalVnd: '230000000000',
      events: 2,
      eventsByKind: {
        delegation_abroad: 1,
        delegation_home: 0,
        conference: 1,
        fair: 0,
        webinar: 0,
        other: 0,
      },
      eventsAbroad: 1,
      eventsAtHome: 1,
      meetings: 2,
      // The enquiry received today (2026 or later by the clock); spam is not counted.
      enquiries: vietnamToday().startsWith('2026-') ? 1 : 0,
      conversionPct: '100.0',
    });
  });

  it('keeps other boards out, viewers from writing, and strangers from staff routes', async () => {
    refused(await hyStaff.api.get(`${API}/leads/${leadA.id}`), 404, 'PROMOTION_LEAD_NOT_FOUND');
    expect(ok(await hyStaff.api.get(`${API}/leads`))).toEqual([]);
    refused(await hyStaff.api.get(`${API}/figures?year=2026&board=TB`), 404, 'PROMOTION_BOARD_NOT_FOUND');
    refused(
      await hyStaff.api.post(`${API}/meetings`, { heldOn: '2026-01-01', subject: 'x', leadId: leadA.id }),
      422,
      'PROMOTION_REFERENCE_NOT_FOUND',
    );
    const before = await count('promotion_organisations');
    refused(
      await viewer.api.post(`${API}/organisations`, { name: 'X', kind: 'company', countryCode: 'JP' }),
      403,
      'FORBIDDEN',
    );
    expect(await count('promotion_organisations')).toBe(before);
    expect(ok(await viewer.api.get(`${API}/leads/${leadA.id}`)).stage).toBe('certificate');
    refused(await ctx.anonymous.get(`${API}/leads`), 401, 'UNAUTHENTICATED');
    refused(await ctx.anonymous.get(`${API}/enquiries`), 401, 'UNAUTHENTICATED');
  });

  it('keeps organisations and contacts, searchable and versioned', async () => {
    const org = ok(
      await staff.api.post(`${API}/organisations`, {
        name: 'Hiệp hội Doanh nghiệp Hàn Quốc',
        kind: 'association',
        countryCode: 'KR',
      }),
      201,
    );
    const contact = ok(
      await staff.api.post(`${API}/contacts`, {
        organisationId: org.id,
        fullName: 'Kim Min-jun',
        email: 'kim@example.kr',
      }),
      201,
    );
    expect(contact.organisation).toEqual({ id: org.id, name: org.name });
    expect(ok(await staff.api.get(`${API}/organisations?q=han quoc`)).map((o: any) => o.id)).toEqual([
      org.id,
    ]);
    const patched = ok(
      await staff.api.patch(`${API}/organisations/${org.id}`, {
        version: org.version,
        website: 'https://koreacham.example',
      }),
    );
    expect(patched.version).toBe(org.version + 1);
    refused(
      await staff.api.patch(`${API}/organisations/${org.id}`, { version: org.version, note: 'x' }),
      409,
      'VERSION_CONFLICT',
    );
    expect(ok(await staff.api.get(`${API}/contacts?organisationId=${org.id}`))).toHaveLength(1);
  });

  it('loads the demo register once, with a lead at certificate linked to the latest licensed project', async () => {
    const [hy] = await queryRows<{ id: string }>(ctx.app.db, sql`select id from boards where code = 'HY'`);
    const summary = await loadPromotionDemo(ctx.app.db, { id: hy!.id, code: 'HY' });
    expect(summary).toEqual({
      organisations: 5,
      events: 4,
      meetings: 3,
      leads: 5,
      certificateProjectCode: 'PH',
    });
    expect((await loadPromotionDemo(ctx.app.db, { id: hy!.id, code: 'HY' })).leads).toBe(0);
    const won = ok(await hyStaff.api.get(`${API}/leads?stage=certificate`));
    expect(won).toHaveLength(1);
    expect(won[0].project).toMatchObject({ code: 'PH', registeredCapitalVnd: '50000000000' });
    const stages = ok(await hyStaff.api.get(`${API}/leads?board=HY`))
      .map((l: any) => l.stage)
      .sort();
    expect(stages).toEqual(['certificate', 'enquiry', 'lost', 'policy_decision', 'site_visit']);
  });
});
