import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { readXlsx, XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { addDays, vietnamToday } from '../../../domain/calendar-date.ts';

const API = '/api/v1/planning';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string, reason?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (reason) expect(response.body.error.details.map((d: { reason?: string }) => d.reason)).toContain(reason);
  return response.body.error;
}

/**
 * The register of decisions about a zone on one board (TB, two zones) beside another (HY): the
 * rules of each kind, the accent-insensitive search, the zone's timeline in an order worked out by
 * hand, the signed file kept once byte for byte, and every refusal with its code, nothing changed.
 */
describe('planning: the register of decisions about a zone', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let other: TestUser;
  const z: Record<string, string> = {};
  const d: Record<string, any> = {};

  /** Rows and audit entries of the register: unchanged by every refusal. */
  async function state() {
    const [row] = await queryRows<{ decisions: number; audited: number; files: number; sum: string }>(
      ctx.database.db,
      sql`select (select count(*)::int from zone_decisions) as decisions,
                 (select count(*)::int from audit_log where entity_type = 'zone_decision') as audited,
                 (select count(*)::int from zone_decisions where content is not null) as files,
                 (select coalesce(sum(version), 0)::text from zone_decisions) as sum`,
    );
    return row;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z1', {
          name: 'KCN Liên Hà Thái',
          areaHa: '120.5',
          status: 'operating',
          statusHistory: [
            { status: 'planned', since: '2019-01-10' },
            { status: 'established', since: '2020-06-02' },
            { status: 'operating', since: '2022-01-01' },
          ],
        })
        .zone('TB', 'TB-Z2', { name: 'KCN Trà Lý' })
        .zone('HY', 'HY-Z', { name: 'KCN Phố Nối' })
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    other = await ctx.createUser({ role: 'staff', board: 'HY' });
    for (const zone of ok(await staff.api.get('/api/v1/zones')).items) z[zone.code] = zone.id;
    z['HY-Z'] = ok(await other.api.get('/api/v1/zones')).items[0].id;
  }, 120_000);

  it('records decisions of each kind, their numbers trimmed and areas exact', async () => {
    const plan = ok(
      await staff.api.post(`${API}/decisions`, {
        zoneId: z['TB-Z1'],
        kind: 'master_plan',
        number: '  1486/QĐ-TTg  ',
        signedOn: '2019-10-28',
        issuer: 'Thủ tướng Chính phủ',
        summary: 'Phê duyệt Quy hoạch chung xây dựng Khu kinh tế Thái Bình đến năm 2040',
        areaAfterHa: '30583.0',
      }),
      201,
    );
    expect(plan).toMatchObject({
      zone: { id: z['TB-Z1'], code: 'TB-Z1', name: 'KCN Liên Hà Thái' },
      kind: 'master_plan',
      number: '1486/QĐ-TTg',
      signedOn: '2019-10-28',
      areaBeforeHa: null,
      areaAfterHa: '30583',
      file: null,
      version: 1,
    });
    d.plan = plan;
    d.establish = ok(
      await staff.api.post(`${API}/decisions`, {
        zoneId: z['TB-Z1'],
        kind: 'establishment',
        number: '704/QĐ-TTg',
        signedOn: '2020-06-02',
        issuer: 'Thủ tướng Chính phủ',
        summary: 'Thành lập Khu công nghiệp Liên Hà Thái',
        areaAfterHa: '100',
      }),
      201,
    );
    d.adjust = ok(
      await staff.api.post(`${API}/decisions`, {
        zoneId: z['TB-Z1'],
        kind: 'area_adjustment',
        number: '1250/QĐ-UBND',
        signedOn: '2021-05-10',
        issuer: 'UBND tỉnh Thái Bình',
        summary: 'Điều chỉnh mở rộng diện tích khu công nghiệp',
        areaBeforeHa: '100.00',
        areaAfterHa: '120.50',
      }),
      201,
    );
    expect(d.adjust).toMatchObject({ areaBeforeHa: '100', areaAfterHa: '120.5' });
    d.policy = ok(
      await staff.api.post(`${API}/decisions`, {
        zoneId: z['TB-Z2'],
        kind: 'investment_policy',
        number: '88/QĐ-TTg',
        signedOn: '2018-01-15',
        issuer: 'Thủ tướng Chính phủ',
        summary: 'Chủ trương đầu tư hạ tầng Khu công nghiệp Trà Lý',
      }),
      201,
    );
    // A decision signed today is accepted (Vietnam's today).
    d.today = ok(
      await staff.api.post(`${API}/decisions`, {
        zoneId: z['TB-Z2'],
        kind: 'other',
        number: '5/TB-BQL',
        signedOn: vietnamToday(),
        issuer: 'Ban Quản lý',
        summary: 'Thông báo về ranh giới',
      }),
      201,
    );
    ok(
      await other.api.post(`${API}/decisions`, {
        zoneId: z['HY-Z'],
        kind: 'establishment',
        number: '1486/QĐ-TTg',
        signedOn: '2019-10-28',
        issuer: 'Thủ tướng Chính phủ',
        summary: 'Thành lập Khu công nghiệp Phố Nối',
      }),
      201,
    );
    expect(ok(await viewer.api.get(`${API}/decisions/${plan.id}`))).toEqual(plan);
    expect(await state()).toMatchObject({ decisions: 6, audited: 6, files: 0 });
  });

  it('refuses every rule broken, with its code, and changes nothing', async () => {
    const before = await state();
    const base = {
      zoneId: z['TB-Z1'],
      kind: 'master_plan',
      number: '99/QĐ-UBND',
      signedOn: '2023-01-01',
      issuer: 'UBND tỉnh Thái Bình',
      summary: 'Quy hoạch',
    };
    const post = (fields: Record<string, unknown>, user = staff) =>
      user.api.post(`${API}/decisions`, { ...base, ...fields });
    refused(
      await post({ signedOn: addDays(vietnamToday(), 1) }),
      422,
      'PLANNING_DECISION_IN_FUTURE',
      'signed_in_future',
    );
    refused(
      await post({ kind: 'area_adjustment', areaAfterHa: '130' }),
      422,
      'PLANNING_DECISION_AREA_REQUIRED',
      'area_before_required',
    );
    refused(
      await post({ kind: 'boundary_adjustment', areaBeforeHa: '120.5' }),
      422,
      'PLANNING_DECISION_AREA_REQUIRED',
      'area_after_required',
    );
    refused(
      await post({ areaBeforeHa: '100', areaAfterHa: '120' }),
      422,
      'PLANNING_DECISION_AREA_NOT_APPLICABLE',
      'area_before_not_applicable',
    );
    refused(
      await post({ kind: 'area_adjustment', areaBeforeHa: '120.5', areaAfterHa: '120.50' }),
      422,
      'PLANNING_DECISION_AREA_UNCHANGED',
      'area_unchanged',
    );
    // The same number and date in the zone, however it is spaced.
    refused(
      await post({ number: ' 1486/QĐ-TTg', signedOn: '2019-10-28' }),
      409,
      'PLANNING_DECISION_DUPLICATE',
      'duplicate',
    );
    refused(await post({ number: '   ' }), 400, 'VALIDATION_FAILED');
    refused(await post({ number: 'x'.repeat(61) }), 400, 'VALIDATION_FAILED');
    refused(await post({ summary: 'x'.repeat(2001) }), 400, 'VALIDATION_FAILED');
    refused(await post({ areaAfterHa: '-1' }), 400, 'VALIDATION_FAILED');
    refused(await post({ areaAfterHa: '30.583,5' }), 400, 'VALIDATION_FAILED');
    refused(await post({ signedOn: '2023-02-30' }), 400, 'VALIDATION_FAILED');
    refused(await post({ kind: 'decree' }), 400, 'VALIDATION_FAILED');
    refused(await post({ boardId: 'x' }), 400, 'VALIDATION_FAILED');
    refused(await post({ zoneId: z['HY-Z'] }), 422, 'PLANNING_ZONE_UNKNOWN', 'not_found');
    refused(await post({}, viewer), 403, 'FORBIDDEN');

    // Corrections: the rules apply to the result; a stale version, another board, a viewer.
    const adjust = d.adjust;
    refused(
      await staff.api.patch(`${API}/decisions/${adjust.id}`, { version: adjust.version, areaBeforeHa: null }),
      422,
      'PLANNING_DECISION_AREA_REQUIRED',
    );
    refused(
      await staff.api.patch(`${API}/decisions/${d.plan.id}`, { version: 1, kind: 'area_adjustment' }),
      422,
      'PLANNING_DECISION_AREA_REQUIRED',
    );
    refused(
      await staff.api.patch(`${API}/decisions/${d.plan.id}`, {
        version: 1,
        signedOn: addDays(vietnamToday(), 3),
      }),
      422,
      'PLANNING_DECISION_IN_FUTURE',
    );
    refused(
      await staff.api.patch(`${API}/decisions/${d.plan.id}`, {
        version: 1,
        number: '704/QĐ-TTg',
        signedOn: '2020-06-02',
      }),
      409,
      'PLANNING_DECISION_DUPLICATE',
    );
    refused(
      await staff.api.patch(`${API}/decisions/${d.plan.id}`, { version: 7, summary: 'Khác' }),
      409,
      'VERSION_CONFLICT',
    );
    refused(
      await other.api.patch(`${API}/decisions/${d.plan.id}`, { version: 1, summary: 'Khác' }),
      404,
      'PLANNING_DECISION_NOT_FOUND',
    );
    refused(
      await viewer.api.patch(`${API}/decisions/${d.plan.id}`, { version: 1, summary: 'Khác' }),
      403,
      'FORBIDDEN',
    );
    refused(await other.api.get(`${API}/decisions/${d.plan.id}`), 404, 'PLANNING_DECISION_NOT_FOUND');
    refused(
      await other.api.delete(`${API}/decisions/${d.policy.id}?version=1`),
      404,
      'PLANNING_DECISION_NOT_FOUND',
    );
    refused(await viewer.api.delete(`${API}/decisions/${d.policy.id}?version=1`), 403, 'FORBIDDEN');
    refused(await staff.api.delete(`${API}/decisions/${d.policy.id}?version=2`), 409, 'VERSION_CONFLICT');
    expect(await state()).toEqual(before);

    // A correction that keeps the rules: its area after, the number re-spaced; audited.
    const corrected = ok(
      await staff.api.patch(`${API}/decisions/${adjust.id}`, {
        version: adjust.version,
        areaAfterHa: '121.25',
        number: '1250 / QĐ-UBND ',
      }),
    );
    expect(corrected).toMatchObject({
      number: '1250 / QĐ-UBND',
      areaBeforeHa: '100',
      areaAfterHa: '121.25',
      version: 2,
    });
    d.adjust = corrected;
    expect(await state()).toMatchObject({ decisions: 6, audited: before!.audited + 1 });
  });

  it('lists the board’s register, searched without accents, filtered, and as Excel', async () => {
    const numbers = async (query: string, user = staff) =>
      (ok(await user.api.get(`${API}/decisions${query}`)).items as { number: string }[]).map((i) => i.number);
    // Newest first; the other board's 1486/QĐ-TTg is not listed.
    expect(await numbers('')).toEqual([
      '5/TB-BQL',
      '1250 / QĐ-UBND',
      '704/QĐ-TTg',
      '1486/QĐ-TTg',
      '88/QĐ-TTg',
    ]);
    expect(ok(await staff.api.get(`${API}/decisions?pageSize=2&page=2`))).toMatchObject({
      total: 5,
      page: 2,
    });
    expect(await numbers('?pageSize=2&page=2')).toEqual(['704/QĐ-TTg', '1486/QĐ-TTg']);
    expect(await numbers('?q=thu%20tuong')).toEqual(['704/QĐ-TTg', '1486/QĐ-TTg', '88/QĐ-TTg']);
    expect(await numbers('?q=qd-ttg%201486')).toEqual(['1486/QĐ-TTg']);
    expect(await numbers('?q=UBND%20th%C3%A1i%20binh')).toEqual(['1250 / QĐ-UBND']);
    expect(await numbers('?q=quy%20hoach%20chung')).toEqual(['1486/QĐ-TTg']);
    expect(await numbers('?q=100%25')).toEqual([]);
    expect(await numbers(`?zone=${z['TB-Z2']}`)).toEqual(['5/TB-BQL', '88/QĐ-TTg']);
    expect(await numbers('?kind=establishment')).toEqual(['704/QĐ-TTg']);
    expect(await numbers('?from=2019-10-28&to=2020-06-02')).toEqual(['704/QĐ-TTg', '1486/QĐ-TTg']);
    expect(await numbers('?board=TB', viewer)).toHaveLength(5);
    expect(await numbers(`?zone=${z['TB-Z1']}`, other)).toEqual([]);
    expect(await numbers('', other)).toEqual(['1486/QĐ-TTg']);
    refused(await staff.api.get(`${API}/decisions?board=HY`), 404, 'PLANNING_BOARD_NOT_FOUND');
    refused(await staff.api.get(`${API}/decisions?kind=decree`), 400, 'VALIDATION_FAILED');

    const file = await ctx.app.inject({
      method: 'GET',
      url: `${API}/decisions?q=thu%20tuong&format=xlsx`,
      headers: { cookie: staff.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    const cells = (await readXlsx(file.rawPayload)).flatMap((sheet) =>
      [...sheet.rows.values()].flatMap((row) => [...row.values()].map((cell) => cell.text)),
    );
    expect(cells).toContain('1486/QĐ-TTg');
    expect(cells).toContain('Quy hoạch chung');
    expect(cells).not.toContain('1250 / QĐ-UBND');
  });

  it('merges the zone’s decisions and status changes, a decision before the status it leads to', async () => {
    const timeline = ok(await viewer.api.get(`${API}/zones/${z['TB-Z1']}/timeline`));
    expect(timeline.zone).toMatchObject({ code: 'TB-Z1', status: 'operating', areaHa: '120.5' });
    // Worked out by hand: status history 10/1/2019 planned, 2/6/2020 established, 1/1/2022
    // operating; decisions 28/10/2019, 2/6/2020 (the establishment, before its status), 10/5/2021.
    expect(
      timeline.items.map((i: any) =>
        i.type === 'decision'
          ? `${i.date} ${i.decision.number}`
          : `${i.date} ${i.previousStatus}→${i.status}`,
      ),
    ).toEqual([
      '2019-01-10 null→planned',
      '2019-10-28 1486/QĐ-TTg',
      '2020-06-02 704/QĐ-TTg',
      '2020-06-02 planned→established',
      '2021-05-10 1250 / QĐ-UBND',
      '2022-01-01 established→operating',
    ]);
    expect(timeline.items[1].decision).toEqual(ok(await staff.api.get(`${API}/decisions/${d.plan.id}`)));
    refused(await other.api.get(`${API}/zones/${z['TB-Z1']}/timeline`), 404, 'PLANNING_ZONE_NOT_FOUND');
    refused(
      await staff.api.get(`${API}/zones/00000000-0000-4000-8000-000000000000/timeline`),
      404,
      'PLANNING_ZONE_NOT_FOUND',
    );
  });

  it('keeps the signed file once, byte for byte, and refuses the rest', async () => {
    const put = async (
      user: TestUser,
      id: string,
      content: Buffer,
      query = 'fileName=qd.pdf',
      type = 'application/pdf',
    ) => {
      const response = await ctx.app.inject({
        method: 'PUT',
        url: `${API}/decisions/${id}/file?${query}`,
        headers: { cookie: user.cookie, 'content-type': type },
        payload: content,
      });
      return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
    };
    const get = (user: TestUser, id: string) =>
      ctx.app.inject({ method: 'GET', url: `${API}/decisions/${id}/file`, headers: { cookie: user.cookie } });
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n% Quyết định 1486/QĐ-TTg\n'),
      Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
      Buffer.from('\n%%EOF\n'),
    ]);
    const id = d.plan.id;
    refused(await staff.api.get(`${API}/decisions/${id}/file`), 404, 'PLANNING_FILE_NOT_FOUND');
    const before = await state();
    refused(await put(viewer, id, pdf), 403, 'FORBIDDEN');
    refused(await put(other, id, pdf), 404, 'PLANNING_DECISION_NOT_FOUND');
    refused(await other.api.get(`${API}/decisions/${id}/file`), 404, 'PLANNING_DECISION_NOT_FOUND');
    refused(
      await put(staff, '00000000-0000-4000-8000-000000000000', pdf),
      404,
      'PLANNING_DECISION_NOT_FOUND',
    );
    refused(
      await put(staff, id, Buffer.from('Đây là văn bản, không phải PDF')),
      415,
      'PLANNING_FILE_TYPE',
      'type',
    );
    refused(
      await put(
        staff,
        id,
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml word/')]),
        'fileName=qd.docx',
        'application/octet-stream',
      ),
      415,
      'PLANNING_FILE_TYPE',
    );
    refused(await put(staff, id, Buffer.alloc(0)), 400, 'PLANNING_FILE_EMPTY');
    refused(
      await put(staff, id, Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)])),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    refused(await put(staff, id, pdf, ''), 400, 'VALIDATION_FAILED');
    refused(await put(staff, id, pdf, 'fileName=a%2Fb.pdf'), 400, 'VALIDATION_FAILED');
    refused(await put(staff, id, pdf, 'fileName=x.pdf', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(await state()).toEqual(before);

    // Its true type from its bytes, sent as octet-stream, under its Vietnamese name.
    const name = 'Quyết định 1486 QĐ-TTg.pdf';
    const stored = ok(
      await put(staff, id, pdf, `fileName=${encodeURIComponent(name)}`, 'application/octet-stream'),
    );
    expect(stored).toMatchObject({
      id,
      file: { name, contentType: 'application/pdf', size: pdf.length },
      version: 2,
    });
    const download = await get(viewer, id);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
    refused(await put(staff, id, pdf), 409, 'PLANNING_FILE_EXISTS', 'file_exists');
    // A JPEG scan on another decision, at the limit exactly.
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.alloc(20 * 1024 * 1024 - 4, 1),
    ]);
    ok(await put(staff, d.establish.id, jpeg, 'fileName=scan.jpg', 'image/jpeg'));
    expect(Buffer.compare((await get(staff, d.establish.id)).rawPayload, jpeg)).toBe(0);
    expect(await state()).toMatchObject({ decisions: 6, files: 2, audited: before!.audited + 2 });
    // The list and the timeline name the file without its bytes.
    const listed = ok(await staff.api.get(`${API}/decisions?q=1486`)).items[0];
    expect(listed.file).toEqual({ name, contentType: 'application/pdf', size: pdf.length });
  }, 60_000);

  it('deletes a decision entered by mistake, never one with its signed file', async () => {
    const before = await state();
    refused(
      await staff.api.delete(`${API}/decisions/${d.plan.id}?version=2`),
      409,
      'PLANNING_DECISION_HAS_FILE',
      'has_file',
    );
    expect(await state()).toEqual(before);
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url: `${API}/decisions/${d.policy.id}?version=1`,
          headers: { cookie: staff.cookie },
        })
      ).statusCode,
    ).toBe(204);
    refused(await staff.api.get(`${API}/decisions/${d.policy.id}`), 404, 'PLANNING_DECISION_NOT_FOUND');
    expect(await state()).toMatchObject({ decisions: 5, audited: before!.audited + 1 });
    const audited = await queryRows<{ action: string; n: number }>(
      ctx.database.db,
      sql`select action, count(*)::int as n from audit_log where entity_type = 'zone_decision' group by action order by action`,
    );
    // 6 created; corrected once, two files attached; one deleted.
    expect(audited).toEqual([
      { action: 'create', n: 6 },
      { action: 'delete', n: 1 },
      { action: 'update', n: 3 },
    ]);
  });
});

/** The demo register on a board shaped like the Thái Bình demo's zones: loaded once, in order. */
describe('planning: the demo register', () => {
  it('records 1486/QĐ-TTg before the economic zone is planned, and loads only once', async () => {
    const ctx = await createTestContext();
    const history = (...steps: [string, string][]) => steps.map(([status, since]) => ({ status, since }));
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .zone('TB', 'TB-KKT', {
          name: 'KKT Thái Bình',
          kind: 'KKT',
          areaHa: '30583.0',
          status: 'established',
          statusHistory: history(['planned', '2019-10-28'], ['established', '2020-06-02']),
        })
        .zone('TB', 'TB-TH', { name: 'KCN Tiền Hải', areaHa: '445.8' })
        .zone('TB', 'TB-LHT', { name: 'KCN Liên Hà Thái', areaHa: '602.2' })
        .zone('TB', 'TB-HP', { name: 'KCN Hưng Phú', areaHa: '390.2' })
        .zone('TB', 'TB-TL', { name: 'KCN Trà Lý', areaHa: '342.0' })
        .build(),
    );
    const board = await ctx.createBoard('TB');
    const { loadPlanningDemo } = await import('./index.ts');
    expect(await loadPlanningDemo(ctx.database.db, { id: board.id, code: 'TB' })).toEqual({ decisions: 8 });
    expect(await loadPlanningDemo(ctx.database.db, { id: board.id, code: 'TB' })).toEqual({ decisions: 0 });
    const staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    const zones = ok(await staff.api.get('/api/v1/zones?q=KKT')).items;
    const timeline = ok(await staff.api.get(`${API}/zones/${zones[0].id}/timeline`));
    expect(
      timeline.items.map((i: any) =>
        i.type === 'decision'
          ? `${i.date} ${i.decision.number} ${i.decision.issuer} ${i.decision.areaAfterHa}`
          : `${i.date} ${i.status}`,
      ),
    ).toEqual([
      '2019-10-28 1486/QĐ-TTg Thủ tướng Chính phủ 30583',
      '2019-10-28 planned',
      '2020-06-02 704/QĐ-TTg Thủ tướng Chính phủ 30583',
      '2020-06-02 established',
    ]);
    // The master data's decisions of each zone: the latest investment policy and establishment.
    const { zoneKeyDecisions } = await import('./index.ts');
    const { systemActor } = await import('../../kernel/actor.ts');
    const ids = Object.fromEntries(
      (ok(await staff.api.get('/api/v1/zones')).items as { id: string; code: string }[]).map((z) => [
        z.code,
        z.id,
      ]),
    );
    const keys = await zoneKeyDecisions(ctx.database.db, systemActor('test', [board.id]), [
      ids['TB-LHT']!,
      ids['TB-KKT']!,
      ids['TB-TH']!,
    ]);
    expect(keys.get(ids['TB-LHT']!)?.investmentPolicy?.number).toBe('1350/QĐ-TTg');
    expect(keys.get(ids['TB-LHT']!)?.establishment?.number).toBe('3120/QĐ-UBND');
    expect(keys.get(ids['TB-KKT']!)).toMatchObject({
      investmentPolicy: null,
      establishment: { number: '704/QĐ-TTg' },
    });
    expect(keys.has(ids['TB-TH']!)).toBe(false);
    expect((await zoneKeyDecisions(ctx.database.db, systemActor('test', []), [ids['TB-LHT']!])).size).toBe(0);
    // Every decision but 1486/QĐ-TTg says it is invented.
    const all = ok(await staff.api.get(`${API}/decisions?pageSize=50`)).items as {
      number: string;
      summary: string;
    }[];
    expect(all.filter((d) => !d.summary.endsWith('(dữ liệu minh họa)')).map((d) => d.number)).toEqual([
      '1486/QĐ-TTg',
    ]);
  }, 120_000);
});
