import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, vietnamToday } from '../../../domain/calendar-date.ts';
import { dueDate, remainingWorkingDays, workingCalendar } from '../../../domain/working-days.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { createOffice, createProcedureVersions } from '../../../../test/one-stop-fixtures.ts';

const DOSSIERS = '/api/v1/dossiers';

describe('dossiers and their life (one-stop-v1)', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let otherStaff: TestUser;
  let firm: Awaited<ReturnType<TestContext['signIn']>>;
  let procedureId: string;
  let offlineProcedureId: string;
  let enterpriseId: string;
  const applicant = { name: 'Công ty TNHH Sông Hồng', taxCode: '0109999999', email: 'lienhe@songhong.vn' };

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z')
        .zone('HY', 'HY-Z')
        .enterprise('TB', 'TB-Z', '0100000001', 'DDI')
        .enterprise('TB', 'TB-Z', '0100000002', 'FDI')
        .enterprise('HY', 'HY-Z', '0200000001', 'DDI')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    otherStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    const tb = await ctx.createBoard('TB');
    await createOffice(ctx.database.db, { boardId: tb.id, codePrefix: 'H56.22' });
    procedureId = await createProcedureVersions(ctx.database.db, {
      boardId: tb.id,
      code: 'BQL-DT-02',
      versions: [
        {
          effectiveFrom: '2025-01-01',
          name: 'Điều chỉnh GCNĐKĐT (cũ)',
          deadline: { value: 15, unit: 'working_days' },
        },
        {
          effectiveFrom: '2026-01-01',
          name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
          deadline: { value: 10, unit: 'working_days' },
          steps: [
            { name: 'Thẩm định', department: 'Phòng Quản lý đầu tư', workingDays: 7 },
            { name: 'Phê duyệt', department: 'Lãnh đạo Ban', workingDays: 3 },
          ],
        },
      ],
    });
    offlineProcedureId = await createProcedureVersions(ctx.database.db, {
      boardId: tb.id,
      code: 'BQL-XD-01',
      versions: [
        {
          effectiveFrom: '2020-01-01',
          name: 'Cấp giấy phép xây dựng',
          deadline: { value: 15, unit: 'working_days' },
          onlineLevel: 'none',
        },
      ],
    });
    enterpriseId = (await staff.api.get('/api/v1/enterprises?q=0100000001')).body.items[0].id;
    const account = await staff.api.post(`/api/v1/enterprises/${enterpriseId}/accounts`, {
      username: 'dn.songhong',
      fullName: 'Kế toán Sông Hồng',
    });
    expect(account.status, JSON.stringify(account.body)).toBe(201);
    firm = await ctx.signIn('dn.songhong', account.body.password);
  });

  const receive = (body: Record<string, unknown> = {}, user: TestUser = staff) =>
    user.api.post(DOSSIERS, {
      procedureId,
      channel: 'counter',
      applicant,
      summary: 'Điều chỉnh vốn',
      ...body,
    });

  it('receives at the counter across Tết 2026, pauses for a supplement, and will not close a late dossier without its apology', async () => {
    const received = await receive({ receivedAt: '2026-02-10T09:30:00+07:00' });
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const d = received.body;
    expect(d).toMatchObject({
      code: 'H56.22-260210-0001',
      status: 'processing',
      channel: 'counter',
      receivedAt: '2026-02-10T09:30:00+07:00',
      procedure: { id: procedureId, code: 'BQL-DT-02', name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư' },
      procedureVersion: { effectiveFrom: '2026-01-01' },
      deadline: { value: 10, unit: 'working_days' },
      applicant: { name: applicant.name, taxCode: applicant.taxCode, email: applicant.email },
      // 11, 12, 13 February, then Tết (14–22), then 23 February … 3 March.
      dayZero: '2026-02-10',
      dueDate: '2026-03-03',
      receivedBy: staff.username,
      supplementRequests: 0,
      lateBy766: false,
    });
    expect(d.steps.map((s: any) => [s.position, s.department, s.dueDate])).toEqual([
      [1, 'Phòng Quản lý đầu tư', '2026-02-26'],
      [2, 'Lãnh đạo Ban', '2026-03-03'],
    ]);
    expect(d.calendarYears).toEqual(
      [{ year: 2026, source: 'built-in', note: expect.anything() }].map((y) => ({
        ...y,
        note: d.calendarYears[0].note,
      })),
    );
    expect(d.events.map((e: any) => e.action)).toEqual(['receive']);

    // The same day's next dossier takes the next number; one received in 2025 keeps the 2025 version.
    const second = await receive({ receivedAt: '2026-02-10T15:00:00+07:00' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body.code).toBe('H56.22-260210-0002');
    const old = await receive({ receivedAt: '2025-12-01T08:00:00+07:00' });
    expect(old.body).toMatchObject({
      code: 'H56.22-251201-0001',
      deadline: { value: 15 },
      procedureVersion: { effectiveFrom: '2025-01-01' },
      steps: [],
    });

    // Form 02 on Thursday 12/2: the clock stops until the supplement arrives on Tuesday 24/2.
    const asked = await staff.api.post(`${DOSSIERS}/${d.id}/supplement-requests`, {
      version: d.version,
      reason: 'Thiếu báo cáo tài chính năm 2025.',
      at: '2026-02-12T10:00:00+07:00',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body).toMatchObject({
      status: 'awaiting_supplement',
      risk: 'paused',
      supplementRequests: 1,
      lateBy766: false,
    });
    const supplementId = asked.body.supplements[0].id;
    const supplied = await staff.api.post(`${DOSSIERS}/${d.id}/supplements/${supplementId}/supplied`, {
      version: asked.body.version,
      note: 'Đã nộp bổ sung.',
      at: '2026-02-24T08:15:00+07:00',
    });
    expect(supplied.status, JSON.stringify(supplied.body)).toBe(200);
    // Waiting: 12, 13 and 23 February — three working days; the due date moves from 3/3 to 6/3.
    expect(supplied.body).toMatchObject({
      status: 'processing',
      baseDueDate: '2026-03-03',
      pausedWorkingDays: 3,
      dueDate: '2026-03-06',
    });
    expect(supplied.body.steps.map((s: any) => s.dueDate)).toEqual(['2026-03-03', '2026-03-06']);

    // Steps: assigned, completed.
    const step = supplied.body.steps[0];
    const assigned = await staff.api.patch(`${DOSSIERS}/${d.id}/steps/${step.id}`, {
      version: supplied.body.version,
      assigneeUserId: staff.id,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.steps[0].assigneeUserId).toBe(staff.id);
    const foreign = await staff.api.patch(`${DOSSIERS}/${d.id}/steps/${step.id}`, {
      version: assigned.body.version,
      assigneeUserId: otherStaff.id,
    });
    expect(foreign.body.error.code).toBe('DOSSIER_ASSIGNEE_NOT_FOUND');
    const done = await staff.api.post(`${DOSSIERS}/${d.id}/steps/${step.id}/complete`, {
      version: assigned.body.version,
      note: 'Đạt.',
    });
    expect(done.status).toBe(200);
    expect(done.body.steps[0]).toMatchObject({ completedBy: staff.username, note: 'Đạt.' });

    // Today is long after 6 March: the dossier is late and cannot be closed without form 04.
    expect(done.body).toMatchObject({ late: true, risk: 'overdue', flags: { late: true } });
    const refused = await staff.api.post(`${DOSSIERS}/${d.id}/result`, {
      version: done.body.version,
      kind: 'approved',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('DOSSIER_APOLOGY_REQUIRED');
    expect(refused.body.error.message).toContain('xin lỗi');
    const newDate = addDays(vietnamToday(), 3);
    const notAfterToday = await staff.api.post(`${DOSSIERS}/${d.id}/apology`, {
      version: done.body.version,
      reason: 'Chậm do thẩm định lại.',
      newDate: vietnamToday(),
    });
    expect(notAfterToday.body.error.code).toBe('DOSSIER_APOLOGY_DATE_INVALID');
    const apology = await staff.api.post(`${DOSSIERS}/${d.id}/apology`, {
      version: done.body.version,
      reason: 'Chậm do thẩm định lại.',
      newDate,
    });
    expect(apology.status, JSON.stringify(apology.body)).toBe(200);
    const result = await staff.api.post(`${DOSSIERS}/${d.id}/result`, {
      version: apology.body.version,
      kind: 'approved',
      number: '2358/GCN-BQL',
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const returned = await staff.api.post(`${DOSSIERS}/${d.id}/return`, { version: result.body.version });
    expect(returned.status).toBe(200);
    // Both dates kept: the legal due date and the date promised.
    expect(returned.body).toMatchObject({
      status: 'returned',
      dueDate: '2026-03-06',
      apology: { reason: 'Chậm do thẩm định lại.', newDate },
      result: { kind: 'approved', number: '2358/GCN-BQL' },
      late: true,
      risk: null,
      remainingWorkingDays: null,
    });
    expect(returned.body.events.map((e: any) => e.action)).toEqual([
      'receive',
      'request_supplement',
      'supplied',
      'assign_step',
      'complete_step',
      'apology',
      'result',
      'return',
    ]);

    // Audited, each action.
    const admin = await ctx.createUser({ role: 'admin', board: 'TB' });
    const audit = await admin.api.get(`/api/v1/audit?entityId=${d.id}&pageSize=50`);
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    expect(audit.body.items).toHaveLength(8);
    expect(new Set(audit.body.items.map((e: any) => e.entityType))).toEqual(new Set(['dossier']));
  });

  it('records an on-time result, flags a second supplement request, refuses stale versions and illegal moves', async () => {
    const d = (await receive({ receivedAt: '2026-02-11T09:00:00+07:00' })).body;
    expect(d.dueDate).toBe('2026-03-04');
    // An apology for a dossier that is not late (received now, due in ten working days) is refused.
    const fresh = (await receive()).body;
    expect(fresh).toMatchObject({ late: false, risk: 'ok' });
    const early = await staff.api.post(`${DOSSIERS}/${fresh.id}/apology`, {
      version: fresh.version,
      reason: 'Không cần.',
      newDate: addDays(vietnamToday(), 2),
    });
    expect(early.body.error.code).toBe('DOSSIER_NOT_LATE');
    const onTime = await staff.api.post(`${DOSSIERS}/${d.id}/result`, {
      version: d.version,
      kind: 'refused',
      note: 'Không đủ điều kiện.',
      at: '2026-03-04T16:00:00+07:00',
    });
    expect(onTime.status, JSON.stringify(onTime.body)).toBe(200);
    expect(onTime.body).toMatchObject({ status: 'resolved', late: false, resultKind: 'refused' });
    // Stale version.
    const stale = await staff.api.post(`${DOSSIERS}/${d.id}/return`, { version: d.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    // Illegal: accepting a dossier already resolved.
    const illegal = await staff.api.post(`${DOSSIERS}/${d.id}/accept`, { version: onTime.body.version });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error).toMatchObject({ code: 'DOSSIER_STATE', status: 'resolved' });
    expect(illegal.body.error.details[0].message).toContain('đã có kết quả');
    // The future refused.
    const future = await receive({ receivedAt: '2099-01-01T08:00:00+07:00' });
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe('DOSSIER_DATE_INVALID');

    // Two supplement requests: allowed, flagged.
    const e = (await receive({ receivedAt: '2026-03-02T09:00:00+07:00' })).body;
    const first = (
      await staff.api.post(`${DOSSIERS}/${e.id}/supplement-requests`, {
        version: e.version,
        reason: 'Thiếu bản vẽ.',
        at: '2026-03-03T09:00:00+07:00',
      })
    ).body;
    const back = (
      await staff.api.post(`${DOSSIERS}/${e.id}/supplements/${first.supplements[0].id}/supplied`, {
        version: first.version,
        at: '2026-03-05T09:00:00+07:00',
      })
    ).body;
    const again = await staff.api.post(`${DOSSIERS}/${e.id}/supplement-requests`, {
      version: back.version,
      reason: 'Bản vẽ chưa có chữ ký.',
      at: '2026-03-06T09:00:00+07:00',
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ supplementRequests: 2, lateBy766: true, flags: { lateBy766: true } });
    // A request before the previous supplement arrived is refused.
    const wrongOrder = await staff.api.post(
      `${DOSSIERS}/${e.id}/supplements/${again.body.supplements[1].id}/supplied`,
      {
        version: again.body.version,
        at: '2026-03-04T09:00:00+07:00',
      },
    );
    expect(wrongOrder.body.error.code).toBe('DOSSIER_DATE_INVALID');
  });

  it('takes an online submission from an enterprise account through its whole life', async () => {
    const offline = await firm.post(`${DOSSIERS}/submissions`, { procedureId: offlineProcedureId });
    expect(offline.body.error.code).toBe('DOSSIER_NOT_ONLINE');
    const submitted = await firm.post(`${DOSSIERS}/submissions`, { procedureId, summary: 'Tăng vốn lần 2' });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const d = submitted.body;
    const yymmdd = vietnamToday().slice(2).replaceAll('-', '');
    expect(d).toMatchObject({
      status: 'submitted',
      channel: 'online',
      receivedAt: null,
      dueDate: null,
      enterpriseId,
      applicant: { name: 'Công ty 0100000001', taxCode: '0100000001' },
      risk: null,
    });
    expect(d.code).toMatch(new RegExp(`^H56\\.22-${yymmdd}-\\d{4}$`));
    expect(d.submittedAt).toMatch(/\+07:00$/);

    // Staff see it awaiting acceptance; the enterprise may not accept it itself.
    const attention = await staff.api.get(`${DOSSIERS}/attention`);
    expect(attention.status, JSON.stringify(attention.body)).toBe(200);
    expect(attention.body.awaitingAcceptance.map((x: any) => x.id)).toContain(d.id);
    expect((await firm.post(`${DOSSIERS}/${d.id}/accept`, { version: d.version })).status).toBe(403);
    expect((await viewer.api.post(`${DOSSIERS}/${d.id}/accept`, { version: d.version })).status).toBe(403);

    const accepted = await staff.api.post(`${DOSSIERS}/${d.id}/accept`, { version: d.version });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const calendar = workingCalendar([]);
    const expected = dueDate(calendar, {
      receivedAt: new Date(),
      deadline: { value: 10, unit: 'working_days' },
    });
    expect(accepted.body).toMatchObject({
      status: 'processing',
      dueDate: expected.dueDate,
      risk: 'ok',
      remainingWorkingDays: remainingWorkingDays(calendar, expected.dueDate, vietnamToday()),
    });
    expect(accepted.body.steps).toHaveLength(2);

    const asked = await staff.api.post(`${DOSSIERS}/${d.id}/supplement-requests`, {
      version: accepted.body.version,
      reason: 'Thiếu văn bản ủy quyền.',
    });
    expect(asked.body.status).toBe('awaiting_supplement');
    // The enterprise supplies its own dossier.
    const mine = await firm.get(`${DOSSIERS}/${d.id}`);
    expect(mine.status).toBe(200);
    const supplied = await firm.post(
      `${DOSSIERS}/${d.id}/supplements/${mine.body.supplements[0].id}/supplied`,
      {
        version: mine.body.version,
        note: 'Gửi văn bản ủy quyền.',
      },
    );
    expect(supplied.status, JSON.stringify(supplied.body)).toBe(200);
    expect(supplied.body.status).toBe('processing');
    const result = await staff.api.post(`${DOSSIERS}/${d.id}/result`, {
      version: supplied.body.version,
      kind: 'approved',
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.late).toBe(false);
    const returned = await staff.api.post(`${DOSSIERS}/${d.id}/return`, { version: result.body.version });
    expect(returned.body.status).toBe('returned');

    // Refusal at acceptance (form 03).
    const other = (await firm.post(`${DOSSIERS}/submissions`, { procedureId })).body;
    const refused = await staff.api.post(`${DOSSIERS}/${other.id}/not-accept`, {
      version: other.version,
      reason: 'Không thuộc thẩm quyền.',
    });
    expect(refused.body).toMatchObject({
      status: 'not_accepted',
      notAcceptedReason: 'Không thuộc thẩm quyền.',
    });
  });

  it('gives dossiers received at once codes of their own, numbered per day', async () => {
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        receive({ receivedAt: `2026-04-0${(i % 2) + 1}T08:0${i}:00+07:00` }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(8).fill(201));
    const codes = burst.map((r) => r.body.code as string).sort();
    expect(codes).toEqual([
      'H56.22-260401-0001',
      'H56.22-260401-0002',
      'H56.22-260401-0003',
      'H56.22-260401-0004',
      'H56.22-260402-0001',
      'H56.22-260402-0002',
      'H56.22-260402-0003',
      'H56.22-260402-0004',
    ]);
  });

  it('shows an enterprise only its own dossiers, and another board nothing', async () => {
    const counter = (await receive({ receivedAt: '2026-03-10T09:00:00+07:00' })).body;
    const list = await firm.get(DOSSIERS);
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((x: any) => x.enterpriseId === enterpriseId)).toBe(true);
    expect((await firm.get(`${DOSSIERS}/${counter.id}`)).status).toBe(404);
    // Another board's staff: not found, not listed, cannot act.
    expect((await otherStaff.api.get(`${DOSSIERS}/${counter.id}`)).body.error.code).toBe('DOSSIER_NOT_FOUND');
    expect((await otherStaff.api.post(`${DOSSIERS}/${counter.id}/return`, { version: 1 })).status).toBe(404);
    expect((await otherStaff.api.get(DOSSIERS)).body.items).toEqual([]);
    const tb = await ctx.createBoard('TB');
    expect((await otherStaff.api.get(`${DOSSIERS}?boardId=${tb.id}`)).body.items).toEqual([]);
    expect((await otherStaff.api.get(`${DOSSIERS}/attention?boardId=${tb.id}`)).status).toBe(404);
    // Another board's procedure cannot be used.
    const hy = await otherStaff.api.post(DOSSIERS, { procedureId, channel: 'post', applicant });
    expect(hy.body.error.code).toBe('DOSSIER_PROCEDURE_NOT_FOUND');
    // A viewer reads, and does not receive.
    expect((await viewer.api.get(`${DOSSIERS}/${counter.id}`)).status).toBe(200);
    expect((await receive({}, viewer)).status).toBe(403);
  });

  it('lists with filters and risk, and gives each department its load', async () => {
    const overdue = await staff.api.get(`${DOSSIERS}?risk=overdue&pageSize=500`);
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((x: any) => x.risk === 'overdue' && x.status === 'processing')).toBe(
      true,
    );
    const search = await staff.api.get(`${DOSSIERS}?search=H56.22-260210-0002`);
    expect(search.body.items.map((x: any) => x.code)).toEqual(['H56.22-260210-0002']);
    const range = await staff.api.get(`${DOSSIERS}?receivedFrom=2025-12-01&receivedTo=2025-12-01`);
    expect(range.body.items.map((x: any) => x.code)).toEqual(['H56.22-251201-0001']);
    const online = await staff.api.get(`${DOSSIERS}?channel=online&status=returned`);
    expect(online.body.total).toBe(1);
    const attention = (await staff.api.get(`${DOSSIERS}/attention`)).body;
    expect(attention.overdue.length).toBeGreaterThan(0);
    const investment = attention.departments.find((x: any) => x.department === 'Phòng Quản lý đầu tư');
    expect(investment.openSteps).toBeGreaterThan(0);
    expect(investment.overdue).toBeGreaterThan(0);
  });

  it('stores attachments checked by their bytes and gives them back identical', async () => {
    const d = (await receive({ receivedAt: '2026-03-11T09:00:00+07:00' })).body;
    const upload = (
      user: { cookie: string },
      body: Buffer,
      query = 'purpose=application&fileName=Đơn đề nghị.pdf',
      id = d.id,
      type = 'application/pdf',
    ) =>
      ctx.app.inject({
        method: 'POST',
        url: `${DOSSIERS}/${id}/attachments?${encodeURI(query)}`,
        headers: { cookie: user.cookie, 'content-type': type },
        payload: body,
      });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7), Buffer.from('\n%%EOF\n')]);
    const stored = await upload(staff, pdf);
    expect(stored.statusCode, stored.body).toBe(201);
    const meta = JSON.parse(stored.body);
    expect(meta).toMatchObject({
      fileName: 'Đơn đề nghị.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      purpose: 'application',
    });
    const download = await ctx.app.inject({
      method: 'GET',
      url: `${DOSSIERS}/${d.id}/attachments/${meta.id}`,
      headers: { cookie: staff.cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('Đơn đề nghị.pdf'));
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(100, 1),
    ]);
    expect(
      (await upload(staff, png, 'purpose=supplement&fileName=scan.png', d.id, 'application/octet-stream'))
        .statusCode,
    ).toBe(201);
    // Not what it claims to be, or too large.
    const text = await upload(staff, Buffer.from('MZ this is an executable, not a PDF'));
    expect(text.statusCode).toBe(415);
    expect(JSON.parse(text.body).error.code).toBe('DOSSIER_ATTACHMENT_TYPE');
    const big = await upload(
      staff,
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    const wrongType = await upload(staff, pdf, undefined, d.id, 'text/html');
    expect(wrongType.statusCode).toBe(415);
    // The detail lists them, metadata only.
    const detail = (await staff.api.get(`${DOSSIERS}/${d.id}`)).body;
    expect(detail.attachments.map((a: any) => a.fileName)).toEqual(['Đơn đề nghị.pdf', 'scan.png']);
    expect(JSON.stringify(detail)).not.toContain('content');
    // The enterprise uploads to its own dossier, not to another's; a viewer not at all.
    const own = (await firm.get(`${DOSSIERS}?status=returned`)).body.items[0];
    expect((await upload(firm, pdf, 'purpose=supplement&fileName=bo-sung.pdf', own.id)).statusCode).toBe(201);
    expect((await upload(firm, pdf, 'purpose=supplement&fileName=x.pdf', d.id)).statusCode).toBe(404);
    expect((await upload(viewer, pdf)).statusCode).toBe(403);
    expect((await upload(otherStaff, pdf)).statusCode).toBe(404);
  });
});
