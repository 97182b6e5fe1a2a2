import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { wordParagraphs, zipParts } from '../../../../test/office-files.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { signIn } from '../../../../test/tenancy/probes.ts';
import type { ApiClient, ApiResponse, TestContext, TestUser } from '../../../../test/test-app.ts';
import { createTestContext } from '../../../../test/test-app.ts';
import { addDays, vietnamToday } from '../../../domain/calendar-date.ts';
import { defaultAnswerDueOn } from '../../../domain/difficulties.ts';
import { workingCalendar } from '../../../domain/working-days.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';

const URL = '/api/v1/difficulties';
const calendar = workingCalendar();

const ok = (response: ApiResponse, status = 200) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
};
/** The texts of a workbook's cells (shared and inline strings), XML entities decoded. */
const cellTexts = (parts: Map<string, string>) =>
  [...parts.entries()]
    .filter(([name]) => name === 'xl/sharedStrings.xml' || name.startsWith('xl/worksheets/'))
    .map(([, xml]) => xml)
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
const refused = (response: ApiResponse, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
};

describe('enterprises’ difficulties', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let leader: TestUser;
  let hyStaff: TestUser;
  let viewer: TestUser;
  /** The accounts of TB's two enterprises. */
  let firm1: ApiClient;
  let firm2: ApiClient;
  const e: Record<string, string> = {};
  const today = vietnamToday();

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z')
        .zone('HY', 'HY-Z')
        .enterprise('TB', 'TB-Z', '1000000001', 'FDI', { name: 'Công ty TNHH Sợi Thái Bình' })
        .enterprise('TB', 'TB-Z', '1000000002', 'DDI', { name: 'Công ty CP Cơ khí Tiền Hải' })
        .enterprise('HY', 'HY-Z', '2000000001', 'DDI', { name: 'Công ty CP Phố Hiến' })
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    leader = await ctx.createUser({ role: 'leader', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    const list = ok(await staff.api.get('/api/v1/enterprises')).items as { id: string; taxCode: string }[];
    e.one = list.find((x) => x.taxCode === '1000000001')!.id;
    e.two = list.find((x) => x.taxCode === '1000000002')!.id;
    e.hy = ok(await hyStaff.api.get('/api/v1/enterprises')).items[0].id;
    const account = async (enterprise: string, username: string) => {
      const made = ok(
        await staff.api.post(`/api/v1/enterprises/${enterprise}/accounts`, { username, fullName: 'Kế toán' }),
        201,
      );
      return signIn(ctx, username, made.password);
    };
    firm1 = await account(e.one!, 'dn.soi.tb');
    firm2 = await account(e.two!, 'dn.co.khi.tb');
  });

  const raise = async (firm: ApiClient, title: string) =>
    ok(
      await firm.post(URL, {
        topic: 'land',
        title,
        content: 'Chưa được bàn giao mốc giới phần diện tích đất còn lại.',
      }),
      201,
    );

  const record = async (body: Record<string, unknown>) =>
    ok(
      await staff.api.post(URL, {
        enterpriseId: e.one,
        topic: 'land',
        content: 'Nội dung kiến nghị.',
        channel: 'dialogue',
        ...body,
      }),
      201,
    );

  const auditCount = async (id: string) =>
    (
      await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int as n from audit_log where entity_type = 'difficulty' and entity_id = ${id}`,
      )
    )[0]!.n;

  it('an enterprise raises one from its account; staff route it, answer it; the enterprise confirms', async () => {
    let d = await raise(firm1, 'Chậm bàn giao đất');
    expect(d).toMatchObject({
      channel: 'account',
      raisedOn: today,
      status: 'open',
      enterprise: { id: e.one, name: 'Công ty TNHH Sợi Thái Bình', taxCode: '1000000001' },
      board: 'TB',
      ageDays: 0,
      stuck: false,
      why: [],
      version: 1,
    });
    expect(d.reference).toMatch(new RegExp(`^VM-${today.slice(0, 4)}-\\d{3}$`));
    expect(d.events.map((x: { action: string }) => x.action)).toEqual(['raised']);
    // The enterprise's own list holds it; staff see it too.
    expect(ok(await firm1.get(URL)).items.map((x: { id: string }) => x.id)).toContain(d.id);
    expect(ok(await staff.api.get(`${URL}?status=open`)).items.map((x: { id: string }) => x.id)).toContain(
      d.id,
    );

    d = ok(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: d.version,
        responsibleKind: 'department',
        responsible: 'Phòng Quản lý đầu tư',
      }),
    );
    expect(d).toMatchObject({
      status: 'routed',
      routedOn: today,
      answerDueOn: defaultAnswerDueOn(calendar, 'department', today),
      responsibleKind: 'department',
      responsible: 'Phòng Quản lý đầu tư',
      version: 2,
    });
    d = ok(
      await staff.api.post(`${URL}/${d.id}/answer`, {
        version: d.version,
        answer: 'Đã bàn giao mốc giới ngày hôm nay.',
        answeredOn: today,
      }),
    );
    expect(d).toMatchObject({
      status: 'answered',
      answeredOn: today,
      answer: 'Đã bàn giao mốc giới ngày hôm nay.',
    });
    d = ok(await firm1.post(`${URL}/${d.id}/confirm`, { version: d.version, feedback: 'Cảm ơn Ban.' }));
    expect(d).toMatchObject({ status: 'resolved', confirmedOn: today, feedback: 'Cảm ơn Ban.', version: 4 });
    expect(d.events.map((x: { action: string; actor: string }) => [x.action, x.actor])).toEqual([
      ['raised', 'dn.soi.tb'],
      ['routed', staff.username],
      ['answered', staff.username],
      ['confirmed', 'dn.soi.tb'],
    ]);
    expect(d.events[1].note).toContain('Phòng Quản lý đầu tư');
    expect(await auditCount(d.id)).toBe(4);
    // The enterprise reads the answer on its own.
    expect(ok(await firm1.get(`${URL}/${d.id}`)).answer).toBe('Đã bàn giao mốc giới ngày hôm nay.');
  });

  it('the enterprise reopens an answer: routed again to the same responsible, answered again', async () => {
    let d = await raise(firm1, 'Thủ tục cấp phép xây dựng kéo dài');
    d = ok(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: d.version,
        responsibleKind: 'agency',
        responsible: 'Sở Xây dựng',
      }),
    );
    expect(d.answerDueOn).toBe(defaultAnswerDueOn(calendar, 'agency', today));
    d = ok(
      await staff.api.post(`${URL}/${d.id}/answer`, {
        version: d.version,
        answer: 'Đang xem xét.',
        answeredOn: today,
      }),
    );
    // Staff may not reopen on the enterprise's behalf.
    refused(
      await staff.api.post(`${URL}/${d.id}/reopen`, { version: d.version, feedback: 'Chưa rõ.' }),
      403,
      'FORBIDDEN',
    );
    d = ok(
      await firm1.post(`${URL}/${d.id}/reopen`, { version: d.version, feedback: 'Chưa có thời hạn cụ thể.' }),
    );
    expect(d).toMatchObject({
      status: 'routed',
      responsibleKind: 'agency',
      responsible: 'Sở Xây dựng',
      routedOn: today,
      answerDueOn: defaultAnswerDueOn(calendar, 'agency', today),
      answer: '',
      answeredOn: null,
      feedback: 'Chưa có thời hạn cụ thể.',
      reopenedCount: 1,
    });
    d = ok(
      await staff.api.post(`${URL}/${d.id}/answer`, {
        version: d.version,
        answer: 'Sở Xây dựng cấp phép trong 5 ngày làm việc.',
        answeredOn: today,
      }),
    );
    d = ok(await firm1.post(`${URL}/${d.id}/confirm`, { version: d.version }));
    expect(d.status).toBe('resolved');
    expect(d.events.map((x: { action: string }) => x.action)).toEqual([
      'raised',
      'routed',
      'answered',
      'reopened',
      'answered',
      'confirmed',
    ]);
    // The first answer stays in the events.
    expect(d.events[2].note).toBe('Đang xem xét.');
    expect(await auditCount(d.id)).toBe(6);
  });

  it('staff record a confirmation given at a meeting on its day: not before the answer, not after today; an enterprise confirms only today', async () => {
    const answered = async (title: string) => {
      let d = await record({ title, raisedOn: '2025-03-03' });
      d = ok(
        await staff.api.post(`${URL}/${d.id}/route`, {
          version: d.version,
          responsibleKind: 'department',
          responsible: 'Phòng Quản lý đầu tư',
          routedOn: '2025-03-04',
        }),
      );
      return ok(
        await staff.api.post(`${URL}/${d.id}/answer`, {
          version: d.version,
          answer: 'Đã hướng dẫn doanh nghiệp.',
          answeredOn: '2025-03-14',
        }),
      );
    };
    let d = await answered('Xác nhận tại hội nghị');
    const problem = async (confirmedOn: string, reason: string) => {
      const error = refused(
        await staff.api.post(`${URL}/${d.id}/confirm`, { version: d.version, confirmedOn }),
        422,
        'DIFFICULTY_DATE_INVALID',
      );
      expect(error.details).toEqual([expect.objectContaining({ path: 'body.confirmedOn', reason })]);
      return error.details[0].message as string;
    };
    expect(await problem('2025-03-13', 'before_answered')).toContain('14/03/2025');
    await problem(addDays(today, 1), 'future');
    refused(
      await staff.api.post(`${URL}/${d.id}/confirm`, { version: d.version, confirmedOn: '2025-02-30' }),
      400,
      'VALIDATION_FAILED',
    );
    // Nothing changed by the refusals.
    expect(ok(await staff.api.get(`${URL}/${d.id}`))).toMatchObject({
      status: 'answered',
      version: d.version,
    });
    d = ok(
      await staff.api.post(`${URL}/${d.id}/confirm`, {
        version: d.version,
        confirmedOn: '2025-03-14',
        feedback: 'Xác nhận tại buổi làm việc.',
      }),
    );
    expect(d).toMatchObject({
      status: 'resolved',
      confirmedOn: '2025-03-14',
      feedback: 'Xác nhận tại buổi làm việc.',
    });
    // The listed item carries the day too.
    const listed = ok(await staff.api.get(`${URL}?status=resolved&pageSize=200`)).items.find(
      (x: { id: string }) => x.id === d.id,
    );
    expect(listed.confirmedOn).toBe('2025-03-14');

    // Without a date, staff record it today.
    let t = await answered('Xác nhận hôm nay');
    t = ok(await staff.api.post(`${URL}/${t.id}/confirm`, { version: t.version }));
    expect(t.confirmedOn).toBe(today);

    // The enterprise's own account may not name a day, not even today: its confirmation is today.
    let own = await answered('Doanh nghiệp tự xác nhận');
    for (const confirmedOn of ['2025-03-20', today]) {
      const error = refused(
        await firm1.post(`${URL}/${own.id}/confirm`, { version: own.version, confirmedOn }),
        422,
        'DIFFICULTY_FIELD_NOT_ALLOWED',
      );
      expect(error.details).toEqual([
        expect.objectContaining({ path: 'body.confirmedOn', reason: 'not_allowed' }),
      ]);
    }
    own = ok(await firm1.post(`${URL}/${own.id}/confirm`, { version: own.version }));
    expect(own).toMatchObject({ status: 'resolved', confirmedOn: today });
    expect(own.events.at(-1)).toMatchObject({ action: 'confirmed', actor: 'dn.soi.tb' });
    // Timestamps are given in Vietnam time.
    expect(own.events.at(-1).at).toMatch(/\+07:00$/);
    expect(own.updatedAt).toMatch(/\+07:00$/);
  });

  it("the leader's view shows what is past its answer date, not routed in time, or reopened twice", async () => {
    const tomorrow = addDays(today, 1);
    let late = await record({ title: 'Điện chập chờn', topic: 'infrastructure', raisedOn: today });
    late = ok(
      await staff.api.post(`${URL}/${late.id}/route`, {
        version: late.version,
        responsibleKind: 'agency',
        responsible: 'Công ty Điện lực',
        answerDueOn: today,
      }),
    );
    // Raised long ago and never routed.
    const unrouted = await record({
      title: 'Thiếu nhà ở công nhân',
      topic: 'labour',
      raisedOn: addDays(today, -40),
    });
    // Twice reopened.
    let twice = await raise(firm2, 'Thuế nhập khẩu máy móc');
    twice = ok(
      await staff.api.post(`${URL}/${twice.id}/route`, {
        version: twice.version,
        responsibleKind: 'agency',
        responsible: 'Chi cục Hải quan',
        answerDueOn: addDays(today, 60),
      }),
    );
    for (let i = 0; i < 2; i++) {
      twice = ok(
        await staff.api.post(`${URL}/${twice.id}/answer`, {
          version: twice.version,
          answer: `Trả lời ${i}`,
          answeredOn: today,
        }),
      );
      twice = ok(
        await firm2.post(`${URL}/${twice.id}/reopen`, {
          version: twice.version,
          feedback: 'Chưa thỏa đáng.',
        }),
      );
    }
    expect(twice.why).toEqual(['reopened']);

    const view = ok(await leader.api.get(`${URL}/stuck?asOf=${tomorrow}`));
    expect(view.board).toBe('TB');
    expect(view.asOf).toBe(tomorrow);
    const ids = view.items.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining([late.id, unrouted.id, twice.id]));
    expect(ids.indexOf(unrouted.id)).toBe(0); // oldest first
    const byId = new Map(view.items.map((x: { id: string; why: string[] }) => [x.id, x.why]));
    expect(byId.get(late.id)).toEqual(['overdue']);
    expect(byId.get(unrouted.id)).toEqual(['not_routed']);
    expect(view.byResponsible).toEqual(
      expect.arrayContaining([
        { responsibleKind: 'agency', responsible: 'Công ty Điện lực', open: 1, overdue: 1, oldestAgeDays: 1 },
        { responsibleKind: null, responsible: '', open: 1, overdue: 0, oldestAgeDays: 41 },
      ]),
    );
    // Seen today, the late one is not overdue yet (due today).
    const now = ok(await leader.api.get(`${URL}/stuck`));
    expect(now.items.map((x: { id: string }) => x.id)).not.toContain(late.id);
    // The list filters the stuck ones the same way (as of today).
    const stuckList = ok(await viewer.api.get(`${URL}?stuck=true`)).items.map((x: { id: string }) => x.id);
    expect(stuckList).toEqual(expect.arrayContaining([unrouted.id, twice.id]));
    expect(stuckList).not.toContain(late.id);
    // An enterprise account does not get the leader's view.
    refused(await firm1.get(`${URL}/stuck`), 403, 'FORBIDDEN');
  });

  it("an enterprise account sees only its own enterprise's and may not route or answer", async () => {
    const other = await raise(firm2, 'Khó khăn riêng của doanh nghiệp thứ hai');
    const own = await raise(firm1, 'Khó khăn của doanh nghiệp thứ nhất');
    refused(await firm1.get(`${URL}/${other.id}`), 404, 'DIFFICULTY_NOT_FOUND');
    refused(await firm1.post(`${URL}/${other.id}/confirm`, { version: 1 }), 404, 'DIFFICULTY_NOT_FOUND');
    refused(
      await firm1.post(`${URL}/${other.id}/reopen`, { version: 1, feedback: 'x' }),
      404,
      'DIFFICULTY_NOT_FOUND',
    );
    const mine = ok(await firm1.get(URL));
    expect(mine.items.every((x: { enterprise: { id: string } }) => x.enterprise.id === e.one)).toBe(true);
    expect(ok(await firm1.get(`${URL}?enterpriseId=${e.two}`)).items).toEqual([]);
    refused(
      await firm1.post(`${URL}/${own.id}/route`, {
        version: 1,
        responsibleKind: 'department',
        responsible: 'X',
      }),
      403,
      'FORBIDDEN',
    );
    refused(
      await firm1.post(`${URL}/${own.id}/answer`, { version: 1, answer: 'x', answeredOn: today }),
      403,
      'FORBIDDEN',
    );
    refused(await firm1.patch(`${URL}/${own.id}`, { version: 1, title: 'Đổi' }), 403, 'FORBIDDEN');
    refused(await firm1.get(`${URL}/statistics?year=2025`), 403, 'FORBIDDEN');
    // It may not choose another enterprise, a channel or a date.
    const error = refused(
      await firm1.post(URL, {
        enterpriseId: e.two,
        topic: 'land',
        title: 'Mạo danh',
        content: 'x',
        raisedOn: '2025-01-01',
      }),
      422,
      'DIFFICULTY_FIELD_NOT_ALLOWED',
    );
    expect(error.details.map((x: { path: string }) => x.path)).toEqual([
      'body.enterpriseId',
      'body.raisedOn',
    ]);
    // Another board's staff never learn it exists.
    refused(await hyStaff.api.get(`${URL}/${own.id}`), 404, 'DIFFICULTY_NOT_FOUND');
    refused(
      await hyStaff.api.post(`${URL}/${own.id}/route`, {
        version: 1,
        responsibleKind: 'department',
        responsible: 'X',
      }),
      404,
      'DIFFICULTY_NOT_FOUND',
    );
    expect(ok(await hyStaff.api.get(URL)).items).toEqual([]);
    refused(await hyStaff.api.get(`${URL}?board=TB`), 404, 'DIFFICULTY_BOARD_NOT_FOUND');
    // A viewer reads but does not write.
    expect(ok(await viewer.api.get(`${URL}/${own.id}`)).id).toBe(own.id);
    refused(
      await viewer.api.post(`${URL}/${own.id}/route`, {
        version: 1,
        responsibleKind: 'agency',
        responsible: 'X',
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses with specific codes and changes nothing', async () => {
    const d = await record({ title: 'Kiến nghị về phí hạ tầng', raisedOn: addDays(today, -2) });
    const unchanged = async () => {
      const now = ok(await staff.api.get(`${URL}/${d.id}`));
      expect(now.version).toBe(d.version);
      expect(now.status).toBe(d.status);
      expect(now.events).toHaveLength(1);
      expect(await auditCount(d.id)).toBe(1);
    };
    refused(
      await staff.api.post(`${URL}/${d.id}/answer`, { version: 1, answer: 'x', answeredOn: today }),
      409,
      'DIFFICULTY_NOT_ROUTED',
    );
    refused(await staff.api.post(`${URL}/${d.id}/confirm`, { version: 1 }), 409, 'DIFFICULTY_NOT_ANSWERED');
    refused(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: 1,
        responsibleKind: 'department',
        responsible: 'Phòng Doanh nghiệp',
        routedOn: addDays(today, -3),
      }),
      422,
      'DIFFICULTY_DATE_INVALID',
    );
    refused(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: 1,
        responsibleKind: 'department',
        responsible: 'Phòng Doanh nghiệp',
        answerDueOn: addDays(today, -1),
      }),
      422,
      'DIFFICULTY_DATE_INVALID',
    );
    refused(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: 7,
        responsibleKind: 'department',
        responsible: 'P',
      }),
      409,
      'VERSION_CONFLICT',
    );
    refused(await staff.api.patch(`${URL}/${d.id}`, { version: 1, title: '' }), 400, 'VALIDATION_FAILED');
    refused(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: 1,
        responsibleKind: 'ministry',
        responsible: 'P',
      }),
      400,
      'VALIDATION_FAILED',
    );
    await unchanged();

    // Staff must name the enterprise, channel and date; only their board's enterprises.
    const missing = refused(
      await staff.api.post(URL, { topic: 'land', title: 'x', content: 'y' }),
      422,
      'DIFFICULTY_FIELD_REQUIRED',
    );
    expect(missing.details.map((x: { path: string }) => x.path)).toEqual([
      'body.enterpriseId',
      'body.channel',
      'body.raisedOn',
    ]);
    refused(
      await staff.api.post(URL, {
        enterpriseId: e.hy,
        topic: 'land',
        title: 'x',
        content: 'y',
        channel: 'letter',
        raisedOn: today,
      }),
      422,
      'DIFFICULTY_ENTERPRISE_NOT_FOUND',
    );
    refused(
      await staff.api.post(URL, {
        enterpriseId: e.one,
        topic: 'land',
        title: 'x',
        content: 'y',
        channel: 'letter',
        raisedOn: addDays(today, 1),
      }),
      422,
      'DIFFICULTY_DATE_INVALID',
    );
    refused(
      await staff.api.post(URL, {
        enterpriseId: e.one,
        topic: 'land',
        title: 'x',
        content: 'y',
        channel: 'account',
        raisedOn: today,
      }),
      400,
      'VALIDATION_FAILED',
    );

    // Edited before the answer; once answered, no more edits or routing; once resolved, nothing.
    let x = ok(
      await staff.api.patch(`${URL}/${d.id}`, {
        version: 1,
        title: 'Kiến nghị giảm phí hạ tầng',
        topic: 'finance',
      }),
    );
    expect(x).toMatchObject({ title: 'Kiến nghị giảm phí hạ tầng', topic: 'finance', version: 2 });
    expect(x.events).toHaveLength(1);
    expect(await auditCount(d.id)).toBe(2);
    x = ok(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: 2,
        responsibleKind: 'department',
        responsible: 'Phòng Doanh nghiệp',
      }),
    );
    refused(
      await staff.api.post(`${URL}/${d.id}/answer`, {
        version: x.version,
        answer: 'x',
        answeredOn: addDays(today, -1),
      }),
      422,
      'DIFFICULTY_DATE_INVALID',
    );
    x = ok(
      await staff.api.post(`${URL}/${d.id}/answer`, {
        version: x.version,
        answer: 'Giữ mức phí.',
        answeredOn: today,
      }),
    );
    refused(
      await staff.api.patch(`${URL}/${d.id}`, { version: x.version, title: 'Sửa' }),
      409,
      'DIFFICULTY_ALREADY_ANSWERED',
    );
    refused(
      await staff.api.post(`${URL}/${d.id}/route`, {
        version: x.version,
        responsibleKind: 'agency',
        responsible: 'Sở Tài chính',
      }),
      409,
      'DIFFICULTY_ALREADY_ANSWERED',
    );
    x = ok(
      await staff.api.post(`${URL}/${d.id}/confirm`, {
        version: x.version,
        feedback: 'Xác nhận tại buổi làm việc.',
      }),
    );
    refused(
      await firm1.post(`${URL}/${d.id}/reopen`, { version: x.version, feedback: 'Mở lại' }),
      409,
      'DIFFICULTY_RESOLVED',
    );
    refused(
      await staff.api.post(`${URL}/${d.id}/confirm`, { version: x.version }),
      409,
      'DIFFICULTY_RESOLVED',
    );
    const after = ok(await staff.api.get(`${URL}/${d.id}`));
    expect(after.version).toBe(x.version);
    expect(after.events.map((v: { action: string }) => v.action)).toEqual([
      'raised',
      'routed',
      'answered',
      'confirmed',
    ]);
    expect((await ctx.anonymous.get(URL)).status).toBe(401);
  });

  describe("a year's statistics", () => {
    beforeAll(async () => {
      // 2025, all recorded by staff on board HY (dates given, so every figure is known).
      const hy = async (body: Record<string, unknown>) =>
        ok(
          await hyStaff.api.post(URL, {
            enterpriseId: e.hy,
            content: 'Nội dung.',
            ...body,
          }),
          201,
        );
      const route = async (d: { id: string; version: number }, body: Record<string, unknown>) =>
        ok(await hyStaff.api.post(`${URL}/${d.id}/route`, { version: d.version, ...body }));
      const answer = async (d: { id: string; version: number }, answeredOn: string) =>
        ok(
          await hyStaff.api.post(`${URL}/${d.id}/answer`, {
            version: d.version,
            answer: 'Trả lời.',
            answeredOn,
          }),
        );
      // D1: Mon 3/3, routed 4/3 to a department (due 18/3), answered Fri 14/3: on time, 9 working days; confirmed.
      let d = await hy({ topic: 'land', title: 'D1', channel: 'dialogue', raisedOn: '2025-03-03' });
      d = await route(d, {
        responsibleKind: 'department',
        responsible: 'Phòng Đầu tư',
        routedOn: '2025-03-04',
      });
      expect(d.answerDueOn).toBe('2025-03-18');
      d = await answer(d, '2025-03-14');
      ok(await hyStaff.api.post(`${URL}/${d.id}/confirm`, { version: d.version }));
      // D2: Tue 1/4, routed the same day to an agency due 10/4, answered Wed 16/4: late; 2/4–16/4 less
      // the Hùng Kings' day (Mon 7/4) = 10 working days.
      d = await hy({ topic: 'land', title: 'D2', channel: 'letter', raisedOn: '2025-04-01' });
      d = await route(d, {
        responsibleKind: 'agency',
        responsible: 'Sở Tài nguyên và Môi trường',
        routedOn: '2025-04-01',
        answerDueOn: '2025-04-10',
      });
      await answer(d, '2025-04-16');
      // D3: 5/5, routed 6/5, answered 8/5, reopened by the enterprise (now unanswered).
      d = await hy({ topic: 'tax_customs', title: 'D3', channel: 'meeting', raisedOn: '2025-05-05' });
      d = await route(d, {
        responsibleKind: 'department',
        responsible: 'Phòng Đầu tư',
        routedOn: '2025-05-06',
      });
      d = await answer(d, '2025-05-08');
      const made = ok(
        await hyStaff.api.post(`/api/v1/enterprises/${e.hy}/accounts`, {
          username: 'dn.pho.hien',
          fullName: 'Kế toán',
        }),
        201,
      );
      const firm = await signIn(ctx, 'dn.pho.hien', made.password);
      ok(await firm.post(`${URL}/${d.id}/reopen`, { version: d.version, feedback: 'Chưa rõ.' }));
      // D4: 29/12, never routed: open at the year's end.
      await hy({ topic: 'other', title: 'D4', channel: 'dialogue', raisedOn: '2025-12-29' });
      // D5: raised in 2024, never routed: still open at the end of 2025.
      await hy({ topic: 'labour', title: 'D5', channel: 'letter', raisedOn: '2024-12-20' });
      // D6: raised in 2024, answered in January 2025: not open at the end of 2025, open at the end of 2024.
      d = await hy({ topic: 'finance', title: 'D6', channel: 'letter', raisedOn: '2024-11-04' });
      d = await route(d, {
        responsibleKind: 'department',
        responsible: 'Phòng Đầu tư',
        routedOn: '2024-11-05',
      });
      await answer(d, '2025-01-06');
    });

    it('counts raised by topic and channel, routed, answered on time and late, confirmed, reopened, open at the end', async () => {
      const report = ok(await hyStaff.api.get(`${URL}/statistics?year=2025`));
      expect(report).toEqual({
        report: 'difficulties',
        board: 'HY',
        boardName: 'Ban Quản lý KKT và các KCN HY',
        year: 2025,
        raised: 4,
        byTopic: [
          { topic: 'land', count: 2 },
          { topic: 'site_clearance', count: 0 },
          { topic: 'infrastructure', count: 0 },
          { topic: 'procedure', count: 0 },
          { topic: 'tax_customs', count: 1 },
          { topic: 'labour', count: 0 },
          { topic: 'environment', count: 0 },
          { topic: 'finance', count: 0 },
          { topic: 'other', count: 1 },
        ],
        byChannel: [
          { channel: 'account', count: 0 },
          { channel: 'dialogue', count: 2 },
          { channel: 'letter', count: 1 },
          { channel: 'meeting', count: 1 },
        ],
        routed: 3,
        answered: 2,
        answeredOnTime: 1,
        answeredLate: 1,
        confirmed: 1,
        reopened: 1,
        openAtYearEnd: 3,
        averageAnswerWorkingDays: '9.5',
        longestAnswerWorkingDays: 10,
      });
      const before = ok(await hyStaff.api.get(`${URL}/statistics?year=2024`));
      expect(before).toMatchObject({
        raised: 2,
        routed: 1,
        answered: 1,
        openAtYearEnd: 2,
        averageAnswerWorkingDays: '44.0',
      });
      const empty = ok(await hyStaff.api.get(`${URL}/statistics?year=2020`));
      expect(empty).toMatchObject({
        raised: 0,
        answered: 0,
        averageAnswerWorkingDays: null,
        longestAnswerWorkingDays: null,
      });
      // Another board's figures are not its to read.
      refused(await staff.api.get(`${URL}/statistics?year=2025&board=HY`), 404, 'DIFFICULTY_BOARD_NOT_FOUND');
      refused(await staff.api.get(`${URL}/statistics?year=1999`), 400, 'VALIDATION_FAILED');
    });

    it('writes the statistics as a Word report and an Excel form that LibreOffice opens', async () => {
      const fetch = async (format: 'docx' | 'xlsx') => {
        const response = await ctx.app.inject({
          url: `${URL}/statistics?year=2025&format=${format}&number=7&date=2026-01-10&signer=${encodeURIComponent('Trần Văn B')}`,
          headers: { cookie: hyStaff.cookie },
        });
        expect(response.statusCode, response.body).toBe(200);
        return response;
      };
      const docx = await fetch('docx');
      expect(docx.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
      expect(docx.headers['content-disposition']).toBe(
        'attachment; filename="bao-cao-kho-khan-kien-nghi-doanh-nghiep_HY_2025.docx"',
      );
      const paragraphs = wordParagraphs((await zipParts(docx.rawPayload)).get('word/document.xml')!);
      expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(paragraphs).toContain('Số: 07/BC-BQL');
      expect(paragraphs).toContain('Trần Văn B');
      expect(paragraphs.some((p) => p.includes('tiếp nhận 4 khó khăn, vướng mắc, kiến nghị'))).toBe(true);
      expect(paragraphs.some((p) => p.includes('đúng hạn 1, quá hạn 1'))).toBe(true);
      expect(paragraphs.some((p) => p.includes('bình quân 9,5 ngày làm việc, dài nhất 10'))).toBe(true);
      expect(paragraphs.some((p) => p.includes('không phải quy định của pháp luật'))).toBe(true);
      expect(paragraphs).toContain('Thuế, hải quan');

      const xlsx = await fetch('xlsx');
      expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
      const parts = await zipParts(xlsx.rawPayload);
      expect([...parts.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))).toHaveLength(3);
      expect(cellTexts(parts)).toContain('Trả lời quá hạn');

      for (const [file, name] of [
        [docx.rawPayload, 'bao-cao.docx'],
        [xlsx.rawPayload, 'bao-cao.xlsx'],
      ] as const) {
        const pdf = await convertWithLibreOffice(file, name);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdfPageCount(pdf)).toBeGreaterThan(0);
      }
    }, 240_000);

    it('lists them with filters, and as an Excel workbook', async () => {
      const all = ok(await hyStaff.api.get(`${URL}?year=2025`));
      expect(all.total).toBe(4);
      expect(all.items.map((x: { title: string }) => x.title)).toEqual(['D4', 'D3', 'D2', 'D1']);
      const d1 = all.items[3];
      expect(d1).toMatchObject({ ageDays: 11, workingDaysOpen: 9, status: 'resolved', stuck: false });
      expect(ok(await hyStaff.api.get(`${URL}?topic=land&year=2025`)).total).toBe(2);
      expect(
        ok(await hyStaff.api.get(`${URL}?responsible=${encodeURIComponent('Phòng Đầu tư')}`)).total,
      ).toBe(3);
      expect(ok(await hyStaff.api.get(`${URL}?q=pho%20hien&status=resolved`)).total).toBe(1);
      const page = ok(await hyStaff.api.get(`${URL}?page=2&pageSize=4`));
      expect(page).toMatchObject({ page: 2, pageSize: 4, total: 6 });
      expect(page.items.map((x: { title: string }) => x.title)).toEqual(['D5', 'D6']);
      const response = await ctx.app.inject({
        url: `${URL}?year=2025&format=xlsx`,
        headers: { cookie: hyStaff.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
      const texts = cellTexts(await zipParts(response.rawPayload));
      expect(texts).toContain('Công ty CP Phố Hiến');
      expect(texts).toContain('Sở Tài nguyên và Môi trường (Cơ quan ngoài Ban)');
      expect(texts).toContain('Nêu trong năm 2025');
      const pdf = await convertWithLibreOffice(response.rawPayload, 'danh-sach.xlsx');
      expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    }, 240_000);
  });

  it('puts unrouted and unanswered difficulties on the agenda of those who manage them', async () => {
    const { difficultiesAgenda } = await import('./index.ts');
    const system = await ctx.system();
    const users = await queryRows<{ id: string; board_id: string }>(
      ctx.database.db,
      sql`select id, board_id from users where username = ${leader.username}`,
    );
    const actor = {
      ...system,
      kind: 'user' as const,
      userId: users[0]!.id,
      role: 'leader' as const,
      scope: 'board' as const,
      homeBoardId: users[0]!.board_id,
      visibleBoardIds: [users[0]!.board_id],
    };
    const items = await difficultiesAgenda(ctx.database.db, actor, today);
    expect(items.length).toBeGreaterThan(0);
    expect(
      items.every((i) => i.kind === 'difficulty' && i.board === 'TB' && i.link === `/difficulties/${i.id}`),
    ).toBe(true);
    const unrouted = items.find((i) => i.title.includes('Thiếu nhà ở công nhân'));
    expect(unrouted).toMatchObject({ urgency: 'overdue' });
    expect(items.some((i) => i.title.includes('Chậm bàn giao đất'))).toBe(false); // resolved
    // A viewer manages nothing; an enterprise account neither.
    expect(await difficultiesAgenda(ctx.database.db, { ...actor, role: 'viewer' }, today)).toEqual([]);
  });
});
