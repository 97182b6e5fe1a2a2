import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { NO_MAILER, smtpMailer } from '../../kernel/mail.ts';
import { anonymousActor } from '../../kernel/scope.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { startSmtp } from '../../../../test/smtp.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { createOffice, createProcedureVersions } from '../../../../test/one-stop-fixtures.ts';
import { PUBLIC_LOOKUP_RATE_LIMIT } from './public-dossiers.routes.ts';
import { submitPublicDossier } from './public-dossiers.service.ts';

const PUBLIC = '/api/v1/public/dossiers';

describe('the public look-up and the public submission', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let procedureId: string;
  let lookups = 0;
  const applicant = {
    name: 'Nguyễn Thị Bí Mật',
    taxCode: '0107777777',
    email: 'bimat@example.vn',
    phone: '0912345678',
    address: 'Số 9 phố Kín',
  };
  const secrets = [
    applicant.name,
    applicant.taxCode,
    applicant.email,
    applicant.phone,
    applicant.address,
    'Nội dung riêng',
  ];

  beforeAll(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext({
      mailer: smtpMailer(
        `smtp://127.0.0.1:${smtp.port}?tls=off`,
        'Ban Quản lý KKT Thái Bình <bql@example.vn>',
        {
          timeoutMs: 5_000,
        },
      ),
    });
    await ctx.importPackage(new PackageBuilder().board('TB').build());
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    const tb = await ctx.createBoard('TB');
    await createOffice(ctx.database.db, { boardId: tb.id, codePrefix: 'H56.22' });
    procedureId = await createProcedureVersions(ctx.database.db, {
      boardId: tb.id,
      code: 'BQL-DT-01',
      versions: [
        {
          effectiveFrom: '2021-01-01',
          name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
          deadline: { value: 15, unit: 'working_days' },
        },
      ],
    });
    await createProcedureVersions(ctx.database.db, {
      boardId: tb.id,
      code: 'BQL-XD-09',
      versions: [
        {
          effectiveFrom: '2021-01-01',
          name: 'Chỉ tại quầy',
          deadline: { value: 5, unit: 'working_days' },
          onlineLevel: 'none',
        },
      ],
    });
  });
  afterAll(() => smtp.close());

  const lookUp = (code: string) => {
    lookups += 1;
    return ctx.anonymous.get(`${PUBLIC}/${encodeURIComponent(code)}`);
  };
  const expectNothingPrivate = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(Object.keys(body as object).sort()).toEqual([
      'code',
      'dueDate',
      'procedure',
      'receivedOn',
      'result',
      'status',
    ]);
  };

  it('shows each state of a dossier and nothing about its applicant; an unknown code is 404', async () => {
    const received = await staff.api.post('/api/v1/dossiers', {
      procedureId,
      channel: 'counter',
      applicant,
      summary: 'Nội dung riêng',
      receivedAt: '2026-02-13T09:30:00+07:00',
    });
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const d = received.body;
    const processing = await lookUp(d.code);
    expect(processing.status).toBe(200);
    expect(processing.body).toEqual({
      code: d.code,
      procedure: { code: 'BQL-DT-01', name: 'Cấp Giấy chứng nhận đăng ký đầu tư' },
      status: 'processing',
      receivedOn: '2026-02-13',
      dueDate: d.dueDate,
      result: null,
    });
    expectNothingPrivate(processing.body);
    const asked = await staff.api.post(`/api/v1/dossiers/${d.id}/supplement-requests`, {
      version: d.version,
      reason: 'Thiếu hồ sơ.',
      at: '2026-02-24T09:00:00+07:00',
    });
    expect((await lookUp(d.code)).body.status).toBe('awaiting_supplement');
    const supplied = await staff.api.post(
      `/api/v1/dossiers/${d.id}/supplements/${asked.body.supplements[0].id}/supplied`,
      {
        version: asked.body.version,
        at: '2026-02-25T09:00:00+07:00',
      },
    );
    const result = await staff.api.post(`/api/v1/dossiers/${d.id}/result`, {
      version: supplied.body.version,
      kind: 'approved',
      at: '2026-03-02T10:00:00+07:00',
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const resolved = await lookUp(d.code);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      result: { kind: 'approved', on: '2026-03-02' },
    });
    expectNothingPrivate(resolved.body);
    await staff.api.post(`/api/v1/dossiers/${d.id}/return`, { version: result.body.version });
    expect((await lookUp(d.code)).body.status).toBe('returned');

    const unknown = await lookUp('H56.22-260213-9999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('DOSSIER_PUBLIC_NOT_FOUND');
  });

  it('takes an investor’s submission, mails a confirmation link, and lets staff see it once confirmed', async () => {
    const form = {
      boardCode: 'TB',
      procedureCode: 'BQL-DT-01',
      applicant: { name: applicant.name, email: applicant.email, phone: applicant.phone },
      summary: 'Nội dung riêng: dự án nhà máy',
      website: '',
      startedAt: Date.now() - 60_000,
    };
    const sent = await ctx.anonymous.post(PUBLIC, form);
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    expect(sent.body).toMatchObject({ confirmationSent: true });
    const code = sent.body.code as string;
    expect(code).toMatch(new RegExp(`^H56\\.22-${vietnamToday().slice(2).replaceAll('-', '')}-\\d{4}$`));
    expectNoSecrets(sent.body);

    // Unconfirmed: nobody sees it — the public look-up answers as for an unknown code, staff do not list it.
    const hidden = await lookUp(code);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('DOSSIER_PUBLIC_NOT_FOUND');
    expect((await staff.api.get(`/api/v1/dossiers?search=${code}`)).body.items).toEqual([]);

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual([applicant.email]);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.subject).toContain(code);
    const link = /https?:\/\/\S+\/nop-ho-so\/xac-nhan\?token=(\S+)/.exec(mail.text ?? '');
    expect(link, mail.text).not.toBeNull();
    const token = decodeURIComponent(link![1]!);

    const wrong = await ctx.anonymous.post(`${PUBLIC}/confirm`, { token: 'x'.repeat(43) });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.code).toBe('DOSSIER_CONFIRMATION_INVALID');
    const confirmed = await ctx.anonymous.post(`${PUBLIC}/confirm`, { token });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toEqual({ code, status: 'submitted' });
    expect((await ctx.anonymous.post(`${PUBLIC}/confirm`, { token })).status).toBe(404);
    expect((await lookUp(code)).body).toMatchObject({
      code,
      status: 'submitted',
      receivedOn: null,
      dueDate: null,
    });
    const listed = (await staff.api.get(`/api/v1/dossiers?search=${code}`)).body.items;
    expect(listed.map((x: any) => [x.code, x.status, x.channel])).toEqual([[code, 'submitted', 'online']]);
    // Staff accept it: the clock starts.
    const accepted = await staff.api.post(`/api/v1/dossiers/${listed[0].id}/accept`, {
      version: listed[0].version,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.events.map((e: any) => e.action)).toEqual(['submit_public', 'confirm', 'accept']);

    // A robot: the hidden field filled in, or the form sent within 3 seconds.
    const honeypot = await ctx.anonymous.post(PUBLIC, { ...form, website: 'http://spam.example' });
    expect(honeypot.status).toBe(400);
    expect(honeypot.body.error.code).toBe('DOSSIER_PUBLIC_REFUSED');
    const tooFast = await ctx.anonymous.post(PUBLIC, { ...form, startedAt: Date.now() - 1_000 });
    expect(tooFast.status).toBe(400);
    expect(tooFast.body.error.code).toBe('DOSSIER_PUBLIC_REFUSED');
    const offline = await ctx.anonymous.post(PUBLIC, { ...form, procedureCode: 'BQL-XD-09' });
    expect(offline.body.error.code).toBe('DOSSIER_NOT_ONLINE');
    expect(smtp.received).toHaveLength(1);
  });

  it('says so when no SMTP server is configured', async () => {
    const answer = await submitPublicDossier(
      ctx.database.db,
      anonymousActor(),
      {
        boardCode: 'TB',
        procedureCode: 'BQL-DT-01',
        applicant: { name: 'Công ty Không Thư', email: 'khong.thu@example.vn' },
        summary: 'Thử',
        startedAt: Date.now() - 10_000,
      },
      { mailer: NO_MAILER, origin: 'http://localhost' },
    );
    expect(answer.confirmationSent).toBe(false);
    expect(answer.message).toContain('SMTP');
  });

  it('slows down repeated guessing of codes (429)', async () => {
    const statuses: number[] = [];
    for (let i = lookups; i < PUBLIC_LOOKUP_RATE_LIMIT; i++)
      statuses.push((await lookUp(`H56.22-000000-${i}`)).status);
    const limited = await lookUp('H56.22-000000-0000');
    expect(statuses.every((s) => s === 404)).toBe(true);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
  });
});

function expectNoSecrets(body: unknown) {
  expect(Object.keys(body as object).sort()).toEqual(['code', 'confirmationSent', 'message']);
}
