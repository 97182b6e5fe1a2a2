import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { smtpMailer } from '../../kernel/mail.ts';
import { users } from '../users/index.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { startSmtp } from '../../../../test/smtp.ts';

const PERIOD = '2026-Q1';

describe('reminders to enterprises that have not filed, by notice and by e-mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;
  let staff: TestUser;
  const ids: Record<string, string> = {};
  const accounts: Record<string, { username: string; password: string }> = {};

  beforeAll(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext({
      mailer: smtpMailer(`smtp://127.0.0.1:${smtp.port}`, 'Ban Quản lý KCN AA <bql@example.vn>', {
        timeoutMs: 3_000,
      }),
    });
    await ctx.importPackage(
      new PackageBuilder()
        .board('AA', 'Ban Quản lý các KCN tỉnh AA')
        .zone('AA', 'AA-1')
        .enterprise('AA', 'AA-1', '2000000001', 'FDI', { name: 'Công ty TNHH Điện tử Hòa Bình' })
        .enterprise('AA', 'AA-1', '2000000002', 'DDI', { name: 'Công ty CP Dệt Thái Thụy' })
        .enterprise('AA', 'AA-1', '2000000003', 'DDI', { name: 'Công ty Chưa Có Tài Khoản' })
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'AA' });
    expect((await staff.api.post('/api/v1/reporting/periods', { period: PERIOD, open: true })).status).toBe(
      201,
    );
    for (const e of (await staff.api.get('/api/v1/enterprises')).body.items) ids[e.taxCode] = e.id;
    for (const [taxCode, username] of [
      ['2000000001', 'dn.hoabinh'],
      ['2000000002', 'dn.thaithuy'],
    ] as const) {
      const created = await staff.api.post(`/api/v1/enterprises/${ids[taxCode]}/accounts`, {
        username,
        fullName: 'Kế toán',
      });
      expect(created.status).toBe(201);
      accounts[taxCode] = { username, password: created.body.password };
    }
    // Only Hòa Bình's account has an address.
    await ctx.database.db
      .update(users)
      .set({ email: 'ketoan@hoabinh.vn' })
      .where(eq(users.username, 'dn.hoabinh'));
  });
  afterAll(() => smtp.close());

  it('e-mails the enterprises with an address, gives every one a notice, and records when', async () => {
    const sent = await staff.api.post('/api/v1/statistics/reminders', { period: PERIOD });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({
      period: PERIOD,
      reminded: 3,
      emailed: 1,
      withoutAddress: 2,
      failed: 0,
      mailConfigured: true,
    });
    const byTax = Object.fromEntries(sent.body.items.map((i: { taxCode: string }) => [i.taxCode, i]));
    expect(byTax['2000000001']).toMatchObject({ mailStatus: 'sent', recipients: ['ketoan@hoabinh.vn'] });
    expect(byTax['2000000003']).toMatchObject({ mailStatus: 'no_address', recipients: [] });
    expect(byTax['2000000001'].sentAt.slice(0, 10)).toBe(vietnamToday());

    // The message as the SMTP server received it.
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['ketoan@hoabinh.vn']);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.subject).toBe('[KCN Hub] Nhắc nộp báo cáo thống kê quý I/2026');
    expect(mail.from?.text).toContain('bql@example.vn');
    expect(mail.text).toContain('Kính gửi Công ty TNHH Điện tử Hòa Bình,');
    expect(mail.text).toMatch(/trước hoặc trong ngày \d{2}\/\d{2}\/2026/);
    expect(mail.text).toContain('Đăng nhập bằng tài khoản: dn.hoabinh.');
    expect(mail.text).toContain('Ban Quản lý các KCN tỉnh AA');

    // Who was reminded when, for the completeness page; the notice on the enterprise's home.
    const history = await staff.api.get(`/api/v1/statistics/reminders/sent?period=${PERIOD}`);
    expect(history.body.items.map((i: { taxCode: string }) => i.taxCode).sort()).toEqual([
      '2000000001',
      '2000000002',
      '2000000003',
    ]);
    const firm = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(accounts['2000000002']),
    });
    const cookie = `kcn_session=${firm.cookies.find((c) => c.name === 'kcn_session')!.value}`;
    const mine = await ctx.app.inject({ method: 'GET', url: '/api/v1/reminders/mine', headers: { cookie } });
    expect(JSON.parse(mine.body).items).toMatchObject([{ period: PERIOD }]);
    const admin = await ctx.createUser({ role: 'admin', board: 'AA' });
    const audit = await admin.api.get('/api/v1/audit?entityType=reminder&pageSize=10');
    expect(audit.body.total).toBe(3);
  });

  it('records a refused e-mail as failed, still giving the notice; a viewer may send none', async () => {
    await smtp.close();
    const sent = await staff.api.post('/api/v1/statistics/reminders', { period: PERIOD });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ reminded: 3, emailed: 0, failed: 1, withoutAddress: 2 });
    const viewer = await ctx.createUser({ role: 'viewer', board: 'AA' });
    const refused = await viewer.api.post('/api/v1/statistics/reminders', { period: PERIOD });
    expect(refused.status).toBe(403);
  });
});
