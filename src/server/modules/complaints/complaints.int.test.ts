import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { wordParagraphs, zipParts } from '../../../../test/office-files.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { complaintsAgenda } from './index.ts';

const API = '/api/v1/complaints';
const REPORTER = {
  fullName: 'Trần Thị Bảo Mật',
  address: 'Số 9, đường Lê Lợi',
  phone: '0987654321',
  email: 'bao.mat@example.vn',
  identityNumber: '034199012345',
};
const SECRETS = [REPORTER.fullName, REPORTER.identityNumber, REPORTER.phone, REPORTER.email];

const complaint = (body: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  channel: 'direct',
  receivedOn: '2026-02-13',
  subject: 'Khiếu nại quyết định xử phạt',
  content: 'Đề nghị xem xét lại quyết định xử phạt vi phạm hành chính về môi trường.',
  field: 'environment',
  respondent: 'Phòng Quản lý môi trường',
  reporter: REPORTER,
  ...body,
});

/** Every text of an Office file's parts, for searching. */
async function officeText(content: Buffer): Promise<string> {
  return [...(await zipParts(content)).values()].join('\n');
}

describe('complaints, denunciations and petitions', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let handler: TestUser;
  let leader: TestUser;
  let admin: TestUser;
  let viewer: TestUser;
  let otherStaff: TestUser;
  let id: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    handler = await ctx.createUser({ role: 'staff', board: 'TB' });
    leader = await ctx.createUser({ role: 'leader', board: 'TB' });
    admin = await ctx.createUser({ role: 'admin', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    otherStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
  });
  afterAll(() => ctx.close());

  const get = async (user: TestUser, complaintId = id) => (await user.api.get(`${API}/${complaintId}`)).body;

  it('follows a complaint received before Tết 2026: assigned, accepted, extended across 30/4, settled, published', async () => {
    const created = await staff.api.post(API, complaint());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    id = created.body.id;
    expect(created.body).toMatchObject({
      reference: 'KN-2026-001',
      board: 'TB',
      status: 'received',
      receivedOn: '2026-02-13',
      // 14/2–22/2 off: 10 working days from Monday 23/2.
      acceptDueOn: '2026-03-06',
      settleDueOn: null,
      handler: null,
      rule: { version: 'kn-2011-v1', accept: { workingDays: 10, lawUnit: 'days', verified: false } },
    });
    expect(created.body).not.toHaveProperty('reporter');

    const handlers = await staff.api.get(`${API}/handlers`);
    expect(handlers.status).toBe(200);
    const ids = handlers.body.map((h: any) => h.id);
    expect(ids).toEqual(expect.arrayContaining([staff.id, handler.id, leader.id, admin.id]));
    expect(ids).not.toContain(viewer.id);
    expect(ids).not.toContain(otherStaff.id);

    let c = created.body;
    const step = async (name: string, body: Record<string, unknown>) => {
      const response = await staff.api.post(`${API}/${id}/${name}`, { version: c.version, ...body });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      c = response.body;
      return c;
    };
    await step('assign', { handlerUserId: handler.id, department: 'Phòng Quản lý môi trường' });
    expect(c.handler).toMatchObject({ id: handler.id, username: handler.username });
    await step('accept', { acceptedOn: '2026-02-25' });
    // 30 working days from 25/2: Wednesday 8/4.
    expect(c).toMatchObject({ status: 'accepted', acceptedOn: '2026-02-25', settleDueOn: '2026-04-08' });
    await step('extend', { workingDays: 15, reason: 'Vụ việc phức tạp, cần xác minh thêm' });
    // 45 in all: across Giỗ Tổ (27/4), 30/4 and 1/5 to Monday 4/5.
    expect(c).toMatchObject({ settleDueOn: '2026-05-04', extendedWorkingDays: 15, extensions: 1 });
    expect(c.extensionReason).toContain('gia hạn 15 ngày làm việc — Vụ việc phức tạp');
    await step('settle', {
      result: 'partly_upheld',
      resultSummary: 'Khiếu nại đúng một phần.',
      decisionNumber: '25/QĐ-BQL',
      settledOn: '2026-05-04',
    });
    expect(c).toMatchObject({
      status: 'settled',
      settledOn: '2026-05-04',
      closedOn: '2026-05-04',
      timing: { state: 'settled_on_time', dueOn: null },
    });
    await step('publish', { publishedOn: '2026-05-06', publication: 'Niêm yết tại trụ sở Ban' });
    expect(c).toMatchObject({ publishedOn: '2026-05-06', version: 6 });

    const audit = await admin.api.get(`/api/v1/audit?entityType=complaint&entityId=${id}`);
    expect(audit.body.items.map((e: any) => e.action).sort()).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
      'update',
    ]);
  });

  it('counts the deadlines across 2/9 and refuses an extension past the kind’s limits, changing nothing', async () => {
    const d = (await staff.api.post(API, complaint({ kind: 'denunciation', receivedOn: '2026-08-28' }))).body;
    expect(d).toMatchObject({ reference: 'TC-2026-001', acceptDueOn: '2026-09-10' });
    let c = (await staff.api.post(`${API}/${d.id}/accept`, { version: d.version, acceptedOn: '2026-08-31' }))
      .body;
    expect(c.settleDueOn).toBe('2026-10-14');
    const extend = (workingDays: number) =>
      staff.api.post(`${API}/${d.id}/extend`, {
        version: c.version,
        workingDays,
        reason: 'Đặc biệt phức tạp',
      });
    const refused = async (workingDays: number, code: string) => {
      const before = await get(staff, d.id);
      const response = await extend(workingDays);
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.details[0]).toMatchObject({ path: 'body.workingDays' });
      expect(await get(staff, d.id)).toEqual(before);
    };
    await refused(31, 'COMPLAINT_EXTENSION_TOO_LONG');
    c = (await extend(30)).body;
    c = (await extend(30)).body;
    expect(c).toMatchObject({ extendedWorkingDays: 60, extensions: 2 });
    await refused(1, 'COMPLAINT_EXTENSION_TOO_MANY');

    const k = (await staff.api.post(API, complaint({ receivedOn: '2026-03-02' }))).body;
    expect(k.reference).toBe('KN-2026-002');
    let kc = (await staff.api.post(`${API}/${k.id}/accept`, { version: 1, acceptedOn: '2026-03-03' })).body;
    const extendK = (workingDays: number) =>
      staff.api.post(`${API}/${k.id}/extend`, { version: kc.version, workingDays, reason: 'Phức tạp' });
    expect((await extendK(16)).body.error.code).toBe('COMPLAINT_EXTENSION_TOO_LONG');
    kc = (await extendK(10)).body;
    expect(kc.extendedWorkingDays).toBe(10);
    const second = await extendK(5);
    expect(second.body.error.code).toBe('COMPLAINT_EXTENSION_TOO_MANY');

    const p = (await staff.api.post(API, complaint({ kind: 'petition', receivedOn: '2026-04-24' }))).body;
    expect(p).toMatchObject({ reference: 'PA-2026-001', acceptDueOn: '2026-05-13' });
    const pa = (await staff.api.post(`${API}/${p.id}/accept`, { version: 1, acceptedOn: '2026-05-05' })).body;
    // A petition's answer is due 10 working days from receipt, not from acceptance.
    expect(pa.settleDueOn).toBe('2026-05-13');
    const none = await staff.api.post(`${API}/${p.id}/extend`, {
      version: pa.version,
      workingDays: 1,
      reason: 'Thử',
    });
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('COMPLAINT_EXTENSION_NOT_ALLOWED');
  });

  it('refuses a wrong step, a wrong date, a stale version, a handler from elsewhere and a second publication, changing nothing', async () => {
    const r = (await staff.api.post(API, complaint({ receivedOn: '2026-06-01' }))).body;
    const cases: [string, Record<string, unknown>, number, string][] = [
      [
        'settle',
        { version: 1, result: 'upheld', resultSummary: 'x', decisionNumber: '1', settledOn: '2026-06-05' },
        409,
        'COMPLAINT_WRONG_STATUS',
      ],
      ['publish', { version: 1, publishedOn: '2026-06-05', publication: 'x' }, 409, 'COMPLAINT_WRONG_STATUS'],
      ['extend', { version: 1, workingDays: 5, reason: 'x' }, 409, 'COMPLAINT_WRONG_STATUS'],
      ['accept', { version: 1, acceptedOn: '2026-05-29' }, 422, 'COMPLAINT_DATE_ORDER'],
      [
        'refuse',
        { version: 1, refusedOn: '2026-05-01', reason: 'Không thuộc thẩm quyền' },
        422,
        'COMPLAINT_DATE_ORDER',
      ],
      ['accept', { version: 2, acceptedOn: '2026-06-02' }, 409, 'VERSION_CONFLICT'],
      [
        'assign',
        { version: 1, handlerUserId: otherStaff.id, department: 'Phòng X' },
        422,
        'COMPLAINT_HANDLER_INVALID',
      ],
      [
        'assign',
        { version: 1, handlerUserId: viewer.id, department: 'Phòng X' },
        422,
        'COMPLAINT_HANDLER_INVALID',
      ],
    ];
    const before = await get(staff, r.id);
    for (const [name, body, status, code] of cases) {
      const response = await staff.api.post(`${API}/${r.id}/${name}`, body);
      expect(response.status, `${name} ${JSON.stringify(response.body)}`).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.details.length).toBeGreaterThan(0);
    }
    expect(await get(staff, r.id)).toEqual(before);

    const refused = await staff.api.post(`${API}/${r.id}/refuse`, {
      version: 1,
      refusedOn: '2026-06-03',
      reason: 'Không thuộc thẩm quyền giải quyết',
    });
    expect(refused.body).toMatchObject({
      status: 'refused',
      closedOn: '2026-06-03',
      settledOn: null,
      timing: { state: 'refused' },
    });
    const again = await staff.api.post(`${API}/${r.id}/accept`, { version: 2, acceptedOn: '2026-06-04' });
    expect(again.body.error.code).toBe('COMPLAINT_WRONG_STATUS');

    const published = await staff.api.post(`${API}/${id}/publish`, {
      version: 6,
      publishedOn: '2026-05-07',
      publication: 'Lần hai',
    });
    expect(published.status).toBe(409);
    expect(published.body.error.code).toBe('COMPLAINT_ALREADY_PUBLISHED');

    const w = (await staff.api.post(API, complaint({ receivedOn: '2026-06-02' }))).body;
    const withdrawn = await staff.api.post(`${API}/${w.id}/withdraw`, {
      version: 1,
      on: '2026-06-04',
      reason: 'Đã tự hòa giải',
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', resultSummary: 'Rút đơn: Đã tự hòa giải' });

    const patched = await staff.api.patch(`${API}/${id}`, { version: 6, subject: 'Sửa' });
    expect(patched.body.error.code).toBe('COMPLAINT_WRONG_STATUS');
  });

  it('shows the reporter to the leader and the assigned handler only, and audits each read without the identity', async () => {
    const read = (user: TestUser) => user.api.get(`${API}/${id}/reporter`);
    for (const user of [leader, handler]) {
      const response = await read(user);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ ...REPORTER, complaintId: id });
    }
    for (const user of [staff, admin, viewer]) {
      const response = await read(user);
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('COMPLAINT_REPORTER_FORBIDDEN');
    }
    const elsewhere = await read(otherStaff);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.code).toBe('COMPLAINT_NOT_FOUND');
    expect((await otherStaff.api.get(`${API}/${id}`)).body.error.code).toBe('COMPLAINT_NOT_FOUND');
    expect((await viewer.api.get(API)).status).toBe(403);
    expect((await viewer.api.get(`${API}/${id}`)).status).toBe(403);

    const corrected = await leader.api.put(`${API}/${id}/reporter`, {
      ...REPORTER,
      version: 1,
      phone: '0987000111',
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({ phone: '0987000111', version: 2 });
    expect((await staff.api.put(`${API}/${id}/reporter`, { ...REPORTER, version: 2 })).body.error.code).toBe(
      'COMPLAINT_REPORTER_FORBIDDEN',
    );

    const audit = await leader.api.get(`/api/v1/audit?entityType=complaint_reporter&entityId=${id}`);
    const entries = audit.body.items;
    expect(entries.filter((e: any) => e.action === 'read')).toHaveLength(2);
    expect(
      entries
        .filter((e: any) => e.action === 'read')
        .map((e: any) => e.actorLabel)
        .sort(),
    ).toEqual([leader.username, handler.username].sort());
    expect(entries.find((e: any) => e.action === 'update').after.fieldsChanged).toEqual(['phone']);

    // Nowhere else: list, detail, the list's workbook, the statistics and their files, the audit log.
    const answers = [
      await staff.api.get(API),
      await staff.api.get(`${API}?q=${encodeURIComponent(REPORTER.fullName)}`),
      await leader.api.get(`${API}/${id}`),
      await leader.api.get(`${API}/statistics?year=2026`),
      await admin.api.get('/api/v1/audit?pageSize=500'),
      await leader.api.get(`/api/v1/audit?entityType=complaint_reporter&pageSize=500`),
    ];
    const texts = answers.map((a) => JSON.stringify(a.body));
    const files = await Promise.all(
      [
        `${API}?format=xlsx`,
        `${API}/statistics?year=2026&format=xlsx`,
        `${API}/statistics?year=2026&format=docx`,
      ].map(async (url) =>
        officeText((await ctx.app.inject({ url, headers: { cookie: leader.cookie } })).rawPayload),
      ),
    );
    for (const text of [...texts, ...files])
      for (const secret of [...SECRETS, '0987000111']) expect(text).not.toContain(secret);
    expect(answers[1]!.body.total).toBe(0);
  });

  it('numbers receipts received at once without a gap or a repeat', async () => {
    const burst = await Promise.all(
      Array.from({ length: 8 }, () =>
        staff.api.post(API, complaint({ kind: 'petition', receivedOn: '2025-11-03' })),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(burst.map((r) => r.body.reference).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `PA-2025-${String(i + 1).padStart(3, '0')}`),
    );
    // Another board's register is its own.
    expect(
      (await otherStaff.api.post(API, complaint({ kind: 'petition', receivedOn: '2025-11-03' }))).body
        .reference,
    ).toBe('PA-2025-001');
  });

  it('lists and filters by year, kind, status, state, handler and words; the list as Excel', async () => {
    const list = async (query: string) => (await staff.api.get(`${API}?${query}`)).body;
    const year2026 = await list('year=2026&pageSize=500');
    expect(year2026.items.every((c: any) => c.receivedOn.startsWith('2026'))).toBe(true);
    expect((await list('year=2026&kind=denunciation')).items.map((c: any) => c.reference)).toEqual([
      'TC-2026-001',
    ]);
    expect((await list('status=settled&year=2026')).items.map((c: any) => c.id)).toEqual([id]);
    expect((await list(`handler=${handler.id}`)).items.map((c: any) => c.id)).toEqual([id]);
    expect((await list('state=settled_on_time')).items.map((c: any) => c.id)).toEqual([id]);
    expect((await list('q=KN-2026-001')).items.map((c: any) => c.id)).toEqual([id]);
    expect((await list('year=2025&pageSize=3')).items).toHaveLength(3);
    expect((await list('year=2025&pageSize=3')).total).toBe(8);
    expect((await otherStaff.api.get(`${API}?board=TB`)).status).toBe(404);

    const xlsx = await ctx.app.inject({
      url: `${API}?year=2026`,
      query: { format: 'xlsx' },
      headers: { cookie: staff.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(await officeText(xlsx.rawPayload)).toContain('KN-2026-001');
  });

  it('puts complaints near or past their deadline on the agenda of those who manage them', async () => {
    const fresh = (await staff.api.post(API, complaint({ receivedOn: '2026-10-01' }))).body;
    // Due Thursday 15/10: on 12/10 three working days are left; on 16/10 it is overdue.
    expect(fresh.acceptDueOn).toBe('2026-10-15');
    const actor = await ctx.system();
    const soon = await complaintsAgenda(ctx.database.db, actor, '2026-10-12');
    expect(soon.find((i) => i.id === fresh.id)).toMatchObject({
      kind: 'complaint',
      urgency: 'due_soon',
      dueOn: '2026-10-15',
      days: -3,
      link: `/complaints/${fresh.id}`,
      board: 'TB',
    });
    expect(
      (await complaintsAgenda(ctx.database.db, actor, '2026-10-09')).some((i) => i.id === fresh.id),
    ).toBe(false);
    const late = await complaintsAgenda(ctx.database.db, actor, '2026-10-19');
    expect(late.find((i) => i.id === fresh.id)).toMatchObject({ urgency: 'overdue', days: 2 });
    // Settled, refused, withdrawn: never on it.
    expect(late.some((i) => i.id === id)).toBe(false);
  });

  it('counts the year in statistics, as JSON, Word and Excel that LibreOffice opens', async () => {
    const stats = await leader.api.get(`${API}/statistics?year=2026&board=TB`);
    expect(stats.status, JSON.stringify(stats.body)).toBe(200);
    const t = stats.body.total;
    expect(stats.body.boards).toEqual(['TB']);
    expect(t.received).toBe(stats.body.byKind.reduce((s: number, k: any) => s + k.received, 0));
    expect(stats.body.byChannel.find((c: any) => c.channel === 'direct').received).toBe(t.received);
    expect(t).toMatchObject({
      settled: 1,
      settledOnTime: 1,
      settledLate: 0,
      onTimePct: 100,
      partlyUpheld: 1,
      refused: 1,
      withdrawn: 1,
    });
    expect(stats.body.byKind.find((k: any) => k.kind === 'denunciation')).toMatchObject({
      received: 1,
      accepted: 1,
      pending: 1,
    });
    expect((await viewer.api.get(`${API}/statistics?year=2026`)).status).toBe(403);
    expect((await otherStaff.api.get(`${API}/statistics?year=2026&board=TB`)).status).toBe(404);

    const fetch = async (format: 'docx' | 'xlsx') => {
      const response = await ctx.app.inject({
        url: `${API}/statistics?year=2026&board=TB&format=${format}&number=7&date=2026-11-30`,
        headers: { cookie: leader.cookie },
      });
      expect(response.statusCode).toBe(200);
      return response;
    };
    const docx = await fetch('docx');
    expect(docx.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    const paragraphs = wordParagraphs((await zipParts(docx.rawPayload)).get('word/document.xml')!);
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Số: 07/BC-BQL');
    expect(paragraphs.some((p) => p.includes(`Ban quản lý tiếp nhận ${t.received} đơn`))).toBe(true);
    const xlsx = await fetch('xlsx');
    expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    for (const [file, name] of [
      [docx.rawPayload, 'khieu-nai.docx'],
      [xlsx.rawPayload, 'khieu-nai.xlsx'],
    ] as const) {
      const pdf = await convertWithLibreOffice(file, name);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    }
  }, 240_000);
});
