import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { wordParagraphs, zipParts } from '../../../../test/office-files.ts';
import { createDossier, createProcedure } from '../../../../test/one-stop-fixtures.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';

const REPORT = '/api/v1/reports/dossiers';
const H1 = 'from=2026-01-01&to=2026-06-30';

/**
 * The one-stop statistics report (one-stop-v1) over dossiers written straight into the database
 * in every state that matters: carried over, a supplement pause across the 2026 holidays, results
 * before, on and after the due date, pending overdue and pending while a supplement is awaited,
 * online, two boards; Decision 766's indicators; the Word and Excel files.
 */
describe('the dossiers statistics report', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let hyStaff: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    const tb = await ctx.createBoard('TB');
    const hy = await ctx.createBoard('HY');
    const db = ctx.database.db;
    const dt02 = await createProcedure(db, {
      boardId: tb.id,
      code: 'BQL-DT-02',
      name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
    });
    const dt01 = await createProcedure(db, {
      boardId: tb.id,
      code: 'BQL-DT-01',
      name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
      deadline: { value: 3, unit: 'working_days' },
    });
    const xd01 = await createProcedure(db, {
      boardId: tb.id,
      code: 'BQL-XD-01',
      name: 'Cấp giấy phép xây dựng',
    });
    const hy01 = await createProcedure(db, { boardId: hy.id, code: 'BQL-DT-01', name: 'Cấp GCNĐKĐT (HY)' });
    const three = { value: 3, unit: 'working_days' as const };
    const pause = [{ requestedAt: '2026-04-24T10:00:00+07:00', suppliedAt: '2026-05-04T08:15:00+07:00' }];
    const made = [
      // Carried over, resolved early (due 06/01/2026: 1/1 is off).
      {
        procedure: dt02,
        code: 'TB-01',
        receivedAt: '2025-12-29T10:00:00+07:00',
        result: { kind: 'approved' as const, at: '2026-01-05T15:00:00+07:00' },
      },
      // Carried over, still pending: overdue at 30/6 (due 07/01).
      { procedure: dt02, code: 'TB-02', receivedAt: '2025-12-30T10:00:00+07:00' },
      // Supplement 24/4 → 4/5 across 27/4, 30/4, 1/5: due 28/4 → 5/5; result on it: on time.
      {
        procedure: dt02,
        code: 'TB-03',
        receivedAt: '2026-04-20T08:00:00+07:00',
        supplements: pause,
        result: { kind: 'approved' as const, at: '2026-05-05T16:00:00+07:00' },
      },
      // The same, a day after: late.
      {
        procedure: dt02,
        code: 'TB-04',
        receivedAt: '2026-04-20T08:30:00+07:00',
        supplements: pause,
        result: { kind: 'refused' as const, at: '2026-05-06T09:00:00+07:00' },
      },
      // Online, awaiting a supplement at 30/6: not due.
      {
        procedure: dt02,
        code: 'TB-05',
        channel: 'online' as const,
        receivedAt: '2026-06-01T08:00:00+07:00',
        supplements: [{ requestedAt: '2026-06-03T10:00:00+07:00' }],
      },
      // Online, pending, due 08/6: overdue.
      { procedure: dt02, code: 'TB-06', channel: 'online' as const, receivedAt: '2026-06-01T09:00:00+07:00' },
      // A result before the period, an online submission never received, a receipt after the period.
      {
        procedure: xd01,
        code: 'TB-07',
        receivedAt: '2025-12-01T08:00:00+07:00',
        result: { kind: 'approved' as const, at: '2025-12-31T16:00:00+07:00' },
      },
      { procedure: xd01, code: 'TB-08', channel: 'online' as const, receivedAt: null },
      { procedure: xd01, code: 'TB-09', receivedAt: '2026-07-01T08:00:00+07:00' },
      // 3 working days from Friday 13/2 across Tết → 25/2; result on it: on time.
      {
        procedure: dt01,
        code: 'TB-10',
        channel: 'online' as const,
        deadline: three,
        receivedAt: '2026-02-13T09:30:00+07:00',
        result: { kind: 'approved' as const, at: '2026-02-25T10:00:00+07:00' },
      },
      // Two supplement requests, result early: early, but late for Decision 766.
      {
        procedure: dt01,
        code: 'TB-11',
        deadline: three,
        receivedAt: '2026-04-20T08:00:00+07:00',
        supplements: [
          { requestedAt: '2026-04-21T10:00:00+07:00', suppliedAt: '2026-04-22T08:00:00+07:00' },
          { requestedAt: '2026-04-22T10:00:00+07:00', suppliedAt: '2026-04-23T08:00:00+07:00' },
        ],
        result: { kind: 'approved' as const, at: '2026-04-24T10:00:00+07:00' },
      },
      // Another board's, online, early.
      {
        procedure: hy01,
        code: 'HY-01',
        channel: 'online' as const,
        receivedAt: '2026-03-02T08:00:00+07:00',
        result: { kind: 'approved' as const, at: '2026-03-04T08:00:00+07:00' },
      },
    ];
    for (const d of made) await createDossier(db, d);
  });
  afterAll(() => ctx.close());

  it("counts one board's dossiers as the contract says", async () => {
    const response = await staff.api.get(`${REPORT}?board=TB&${H1}`);
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report).toMatchObject({
      report: 'dossiers',
      boards: ['TB'],
      from: '2026-01-01',
      to: '2026-06-30',
      received: { total: 8, carriedOver: 2, new: 6, online: 3, onlinePct: 50 },
      resolved: { total: 5, early: 2, onTime: 2, late: 1, onTimePct: 80 },
      pending: { total: 3, notDue: 1, overdue: 2 },
    });
    // 766: on time TB-01, 03, 05, 10 of 8 → 50 % → 10 points; online 3 of 6 new → 12 points.
    expect(report.indicators766).toEqual({
      onTime: { indicator: '2.1', dossiers: 8, count: 4, pct: 50, points: '10.00', maxPoints: 20 },
      onlineShare: { indicator: '3.3', dossiers: 6, count: 3, pct: 50, points: '12.00', maxPoints: 12 },
    });
    // Procedures by code; BQL-XD-01 has no dossier in any figure.
    expect(report.byProcedure.map((p: any) => `${p.board} ${p.procedure}`)).toEqual([
      'TB BQL-DT-01',
      'TB BQL-DT-02',
    ]);
    const [dt01, dt02] = report.byProcedure;
    expect(dt01).toMatchObject({
      name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
      received: { total: 2, carriedOver: 0, new: 2, online: 1, onlinePct: 50 },
      resolved: { total: 2, early: 1, onTime: 1, late: 0, onTimePct: 100 },
      pending: { total: 0, notDue: 0, overdue: 0 },
      indicators766: { onTime: { dossiers: 2, count: 1, points: '10.00' }, onlineShare: { points: '12.00' } },
    });
    expect(dt02).toMatchObject({
      received: { total: 6, carriedOver: 2, new: 4, online: 2, onlinePct: 50 },
      resolved: { total: 3, early: 1, onTime: 1, late: 1, onTimePct: 66.7 },
      pending: { total: 3, notDue: 1, overdue: 2 },
      indicators766: { onTime: { dossiers: 6, count: 3, pct: 50, points: '10.00' } },
    });
  });

  it('adds several boards, ordered by board code then procedure code, with percentages over the sum', async () => {
    const response = await ctx.app.inject({
      url: `${REPORT}?board=TB&board=HY&${H1}`,
      headers: { cookie: (await ctx.createUser({ role: 'viewer' })).cookie },
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.boards).toEqual(['HY', 'TB']);
    expect(report.byProcedure.map((p: any) => `${p.board} ${p.procedure}`)).toEqual([
      'HY BQL-DT-01',
      'TB BQL-DT-01',
      'TB BQL-DT-02',
    ]);
    expect(report.received).toEqual({ total: 9, carriedOver: 2, new: 7, online: 4, onlinePct: 57.1 });
    expect(report.resolved).toEqual({ total: 6, early: 3, onTime: 2, late: 1, onTimePct: 83.3 });
    // 2.1: 5 of 9 → 11.11 points; 3.3: 4 of 7 ≥ 50 % → 12.
    expect(report.indicators766.onTime).toMatchObject({ count: 5, dossiers: 9, pct: 55.6, points: '11.11' });
    expect(report.indicators766.onlineShare.points).toBe('12.00');
  });

  it('judges pending dossiers as of `to` and gives null percentages on empty figures', async () => {
    // At 02/6: TB-05 and TB-06 due 08/6 not due yet (TB-05's request comes on 03/6); TB-02 overdue.
    const early = (await staff.api.get(`${REPORT}?board=TB&from=2026-06-01&to=2026-06-02`)).body;
    expect(early.pending).toEqual({ total: 3, notDue: 2, overdue: 1 });
    expect(early.received).toMatchObject({ carriedOver: 1, new: 2, online: 2, onlinePct: 100 });
    // 3.3 at 2 of 2 online → full points; 2.1 TB-05 and TB-06 on time, TB-02 late → 2/3.
    expect(early.indicators766.onTime).toMatchObject({ count: 2, dossiers: 3, points: '13.33' });
    const empty = (await staff.api.get(`${REPORT}?board=TB&from=2030-01-01&to=2030-01-31`)).body;
    // Pending dossiers are still pending in 2030 (received before, no result).
    expect(empty.received.new).toBe(0);
    expect(empty.received.onlinePct).toBeNull();
    expect(empty.resolved).toEqual({ total: 0, early: 0, onTime: 0, late: 0, onTimePct: null });
    expect(empty.indicators766.onlineShare).toMatchObject({ dossiers: 0, pct: null, points: null });
    const before = (await staff.api.get(`${REPORT}?board=TB&from=2020-01-01&to=2020-12-31`)).body;
    expect(before.received.total).toBe(0);
    expect(before.byProcedure).toEqual([]);
    expect(before.indicators766.onTime.points).toBeNull();
  });

  it("refuses another board's figures, a period backwards and an unknown parameter", async () => {
    const other = await hyStaff.api.get(`${REPORT}?board=TB&${H1}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('BOARD_NOT_FOUND');
    // Without a board: the boards one sees.
    const own = (await hyStaff.api.get(`${REPORT}?${H1}`)).body;
    expect(own.boards).toEqual(['HY']);
    expect(own.received.total).toBe(1);
    const backwards = await staff.api.get(`${REPORT}?board=TB&from=2026-06-30&to=2026-01-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('REPORT_PERIOD_INVALID');
    const bad = await staff.api.get(`${REPORT}?board=TB&from=2026-02-30&to=2026-06-30&extra=1`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect((await ctx.anonymous.get(`${REPORT}?${H1}`)).status).toBe(401);
  });

  it("counts due dates on the database's calendar: a year set as data replaces the default", async () => {
    const tb = await ctx.createBoard('TB');
    const procedure = await createProcedure(ctx.database.db, { boardId: tb.id, code: 'BQL-DT-02' });
    // Received Monday 1/3/2027, 5 working days → Monday 8/3; the result that day is on time.
    await createDossier(ctx.database.db, {
      procedure,
      code: 'TB-2027-01',
      receivedAt: '2027-03-01T08:00:00+07:00',
      result: { kind: 'approved', at: '2027-03-08T15:00:00+07:00' },
    });
    const march = `${REPORT}?board=TB&from=2027-03-01&to=2027-03-31`;
    expect((await staff.api.get(march)).body.resolved).toMatchObject({ early: 0, onTime: 1 });
    // The year's schedule set with Wednesday 3/3 off: due Tuesday 9/3, the result is early.
    const admin = await ctx.createUser({ role: 'admin' });
    const set = await admin.api.put('/api/v1/calendar/years/2027', { daysOff: ['2027-03-03'], workdays: [] });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect((await staff.api.get(march)).body.resolved).toMatchObject({ early: 1, onTime: 0 });
  });

  it('writes the report as a Word report and an Excel form that LibreOffice opens', async () => {
    const fetch = async (format: 'docx' | 'xlsx') => {
      const response = await ctx.app.inject({
        url: `${REPORT}?board=TB&${H1}&format=${format}&number=12&date=2026-07-05&signer=${encodeURIComponent('Nguyễn Văn A')}`,
        headers: { cookie: staff.cookie },
      });
      expect(response.statusCode).toBe(200);
      return response;
    };
    const docx = await fetch('docx');
    expect(docx.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-ho-so-thu-tuc-hanh-chinh_TB_2026-01-01_2026-06-30.docx"',
    );
    const paragraphs = wordParagraphs((await zipParts(docx.rawPayload)).get('word/document.xml')!);
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Số: 12/BC-BQL');
    expect(paragraphs).toContain('Nguyễn Văn A');
    expect(paragraphs.some((p) => p.includes('tổng số hồ sơ tiếp nhận là 8 hồ sơ'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('tỷ lệ giải quyết trước và đúng hạn 80,0%'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('10,00/20 điểm'))).toBe(true);
    expect(paragraphs).toContain('BQL-DT-02 — Điều chỉnh Giấy chứng nhận đăng ký đầu tư');
    expect(paragraphs).toContain('10,00');

    const xlsx = await fetch('xlsx');
    expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const sheets = await zipParts(xlsx.rawPayload);
    expect([...sheets.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))).toHaveLength(3);

    for (const [file, name] of [
      [docx.rawPayload, 'bao-cao.docx'],
      [xlsx.rawPayload, 'bao-cao.xlsx'],
    ] as const) {
      const pdf = await convertWithLibreOffice(file, name);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    }
  }, 240_000);
});
