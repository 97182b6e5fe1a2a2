import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit.tables.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { procedureVersionInForce, upsertProcedureVersion } from './index.ts';

const PROCEDURES = '/api/v1/one-stop/procedures';

/** Điều chỉnh Giấy chứng nhận đăng ký đầu tư, as Decree 31/2021 had it. */
const IRC_ADJUSTMENT = {
  code: 'BQL-DT-02',
  effectiveFrom: '2021-03-26',
  name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
  field: 'Đầu tư',
  legalBasis: 'Nghị định 31/2021/NĐ-CP',
  deadline: { value: 10, unit: 'working_days' },
  onlineLevel: 'full',
  fee: '0',
  documents: [
    { name: 'Văn bản đề nghị điều chỉnh dự án đầu tư', originals: 1, copies: 0 },
    { name: 'Báo cáo tình hình triển khai dự án', originals: 1, copies: 0, note: 'đến thời điểm đề nghị' },
  ],
  steps: [
    { name: 'Tiếp nhận, chuyển hồ sơ', department: 'Bộ phận một cửa', workingDays: 1 },
    { name: 'Thẩm định', department: 'Phòng Quản lý đầu tư', workingDays: 7 },
    { name: 'Trình ký, trả kết quả', department: 'Lãnh đạo Ban', workingDays: 2 },
  ],
  resultName: 'Giấy chứng nhận đăng ký đầu tư (điều chỉnh)',
};

describe('the procedure catalogue, versioned by legal effect, and the one-stop office', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let otherStaff: TestUser;
  let tb: { id: string };
  let hy: { id: string };
  let procedureId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    tb = await ctx.createBoard('TB', 'Ban Quản lý các KCN tỉnh Thái Bình');
    hy = await ctx.createBoard('HY');
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    otherStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
  });
  afterAll(() => ctx.close());

  it('creates a procedure with its first version; a code is the board’s once; steps fit the deadline', async () => {
    const created = await staff.api.post(PROCEDURES, IRC_ADJUSTMENT);
    expect(created.status).toBe(201);
    procedureId = created.body.id;
    expect(created.body).toMatchObject({
      boardId: tb.id,
      code: 'BQL-DT-02',
      retiredOn: null,
      version: 1,
      currentVersionId: created.body.versions[0].id,
    });
    expect(created.body.versions[0]).toMatchObject({
      effectiveFrom: '2021-03-26',
      deadline: { value: 10, unit: 'working_days' },
      onlineLevel: 'full',
      inUse: false,
      documents: [
        { name: 'Văn bản đề nghị điều chỉnh dự án đầu tư', originals: 1, copies: 0, note: null },
        expect.objectContaining({ note: 'đến thời điểm đề nghị' }),
      ],
    });
    expect(created.body.versions).toHaveLength(1);

    const again = await staff.api.post(PROCEDURES, { ...IRC_ADJUSTMENT, name: 'Trùng mã' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PROCEDURE_CODE_TAKEN');
    expect(again.body.error.details[0].path).toBe('body.code');
    // Another board may use the same code.
    expect((await otherStaff.api.post(PROCEDURES, IRC_ADJUSTMENT)).status).toBe(201);

    const tooLong = await staff.api.post(PROCEDURES, {
      ...IRC_ADJUSTMENT,
      code: 'BQL-DT-03',
      steps: [...IRC_ADJUSTMENT.steps, { name: 'Lưu hồ sơ', department: 'Văn phòng', workingDays: 1 }],
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.code).toBe('PROCEDURE_STEPS_EXCEED_DEADLINE');
    expect(tooLong.body.error.details[0]).toMatchObject({ path: 'body.steps', total: 11, deadline: 10 });
    // In calendar days the steps (working days) are not summed against it.
    const calendarDays = await staff.api.post(PROCEDURES, {
      ...IRC_ADJUSTMENT,
      code: 'BQL-XD-01',
      name: 'Cấp giấy phép xây dựng',
      field: 'Xây dựng',
      legalBasis: 'Luật Xây dựng 2014',
      deadline: { value: 5, unit: 'days' },
      onlineLevel: 'partial',
    });
    expect(calendarDays.status).toBe(201);

    const bad = await staff.api.post(PROCEDURES, {
      ...IRC_ADJUSTMENT,
      code: 'mã có dấu',
      deadline: { value: 3651, unit: 'weeks' },
      onlineLevel: 'level4',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(
      ['body.code', 'body.deadline.unit', 'body.deadline.value', 'body.onlineLevel'].sort(),
    );
    expect((await viewer.api.post(PROCEDURES, { ...IRC_ADJUSTMENT, code: 'BQL-DT-09' })).status).toBe(403);
    const list = await staff.api.get(PROCEDURES);
    expect(list.body.items.map((p: { code: string }) => p.code)).toEqual(['BQL-DT-02', 'BQL-XD-01']);
  });

  it('lists the version in force on a date: before and after a new version (Decree 239/2025 shortens the deadline)', async () => {
    const { code: _code, ...fields } = IRC_ADJUSTMENT;
    const stale = await staff.api.post(`${PROCEDURES}/${procedureId}/versions`, {
      ...fields,
      version: 9,
      effectiveFrom: '2025-07-01',
    });
    expect(stale.status).toBe(409);
    const added = await staff.api.post(`${PROCEDURES}/${procedureId}/versions`, {
      ...fields,
      version: 1,
      effectiveFrom: '2025-07-01',
      legalBasis: 'Nghị định 239/2025/NĐ-CP',
      deadline: { value: 7, unit: 'working_days' },
      steps: [
        { name: 'Tiếp nhận', department: 'Bộ phận một cửa', workingDays: 1 },
        { name: 'Thẩm định', department: 'Phòng Quản lý đầu tư', workingDays: 6 },
      ],
    });
    expect(added.status).toBe(201);
    expect(added.body.version).toBe(2);
    expect(added.body.versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual([
      '2025-07-01',
      '2021-03-26',
    ]);
    const sameDate = await staff.api.post(`${PROCEDURES}/${procedureId}/versions`, {
      ...fields,
      version: 2,
      effectiveFrom: '2025-07-01',
    });
    expect(sameDate.status).toBe(409);
    expect(sameDate.body.error.code).toBe('PROCEDURE_VERSION_DATE_TAKEN');

    const before = await staff.api.get(`${PROCEDURES}?onDate=2025-06-30`);
    const after = await staff.api.get(`${PROCEDURES}?onDate=2025-07-01`);
    const irc = (body: { items: { code: string }[] }) => body.items.find((p) => p.code === 'BQL-DT-02');
    expect(irc(before.body)).toMatchObject({
      effectiveFrom: '2021-03-26',
      deadline: { value: 10 },
      legalBasis: 'Nghị định 31/2021/NĐ-CP',
    });
    expect(irc(after.body)).toMatchObject({ effectiveFrom: '2025-07-01', deadline: { value: 7 } });
    expect(after.body.onDate).toBe('2025-07-01');
    // Before its first version, a procedure is not in the catalogue.
    expect((await staff.api.get(`${PROCEDURES}?onDate=2020-01-01`)).body.total).toBe(0);

    const version = await procedureVersionInForce(ctx.database.db, procedureId, '2025-06-30');
    expect(version?.deadlineValue).toBe(10);
    expect((await procedureVersionInForce(ctx.database.db, procedureId, '2021-03-25')) ?? null).toBeNull();
  });

  it('searches without accents and by field', async () => {
    const search = async (q: string) =>
      (await staff.api.get(`${PROCEDURES}?${q}`)).body.items.map((p: { code: string }) => p.code);
    expect(await search('search=dieu%20chinh%20dau%20tu')).toEqual(['BQL-DT-02']);
    expect(await search('search=GIAY%20PHEP')).toEqual(['BQL-XD-01']);
    expect(await search('search=239%2F2025')).toEqual(['BQL-DT-02']);
    expect(await search(`field=${encodeURIComponent('xay dung')}`)).toEqual(['BQL-XD-01']);
    expect(await search('pageSize=1&page=2')).toEqual(['BQL-XD-01']);
  });

  it('corrects a version, but not the deadline of a version dossiers were received under', async () => {
    const detail = (await staff.api.get(`${PROCEDURES}/${procedureId}`)).body;
    const newest = detail.versions[0];
    const corrected = await staff.api.patch(`${PROCEDURES}/${procedureId}/versions/${newest.id}`, {
      version: newest.version,
      fee: 'Không',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.versions[0]).toMatchObject({ fee: 'Không', version: 2 });

    // A dossier received under the 2025 version.
    const received = await staff.api.post('/api/v1/dossiers', {
      procedureId,
      channel: 'counter',
      applicant: { name: 'Công ty TNHH ABC' },
    });
    expect(received.status).toBe(201);
    const inUse = await staff.api.patch(`${PROCEDURES}/${procedureId}/versions/${newest.id}`, {
      version: 2,
      deadline: { value: 5, unit: 'working_days' },
    });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('PROCEDURE_VERSION_IN_USE');
    expect(inUse.body.error.details[0].path).toBe('body.deadline');
    // Its name can still be corrected; the version shows it is in use.
    const renamed = await staff.api.patch(`${PROCEDURES}/${procedureId}/versions/${newest.id}`, {
      version: 2,
      name: 'Điều chỉnh dự án đầu tư (Giấy chứng nhận đăng ký đầu tư)',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.versions[0]).toMatchObject({ inUse: true, deadline: { value: 7 } });
    const staleFix = await staff.api.patch(`${PROCEDURES}/${procedureId}/versions/${newest.id}`, {
      version: 2,
      fee: '0',
    });
    expect(staleFix.status).toBe(409);
    expect(staleFix.body.error.code).toBe('VERSION_CONFLICT');
    // The older version is not in use: its deadline may still be corrected.
    const old = detail.versions[1];
    const oldFix = await staff.api.patch(`${PROCEDURES}/${procedureId}/versions/${old.id}`, {
      version: old.version,
      deadline: { value: 15, unit: 'working_days' },
    });
    expect(oldFix.status).toBe(200);
  });

  it('retires a procedure from a date: out of the catalogue from then on', async () => {
    const detail = (await staff.api.get(`${PROCEDURES}/${procedureId}`)).body;
    expect(
      (await staff.api.post(`${PROCEDURES}/${procedureId}/retire`, { version: 1, retiredOn: '2026-01-01' }))
        .status,
    ).toBe(409);
    const retired = await staff.api.post(`${PROCEDURES}/${procedureId}/retire`, {
      version: detail.version,
      retiredOn: '2026-01-01',
    });
    expect(retired.status).toBe(200);
    expect(retired.body.retiredOn).toBe('2026-01-01');
    const codes = async (q: string) =>
      (await staff.api.get(`${PROCEDURES}?${q}`)).body.items.map((p: { code: string }) => p.code);
    expect(await codes('onDate=2025-12-31')).toEqual(['BQL-DT-02', 'BQL-XD-01']);
    expect(await codes('onDate=2026-01-01')).toEqual(['BQL-XD-01']);
    expect(await codes('onDate=2026-01-01&includeRetired=true')).toEqual(['BQL-DT-02', 'BQL-XD-01']);
    const offered = await staff.api.post(`${PROCEDURES}/${procedureId}/retire`, {
      version: retired.body.version,
      retiredOn: null,
    });
    expect(offered.body.retiredOn).toBeNull();
  });

  it('shows investors the catalogue in force today without sign-in, and nothing internal', async () => {
    const answer = await ctx.anonymous.get('/api/v1/public/procedures?board=TB');
    expect(answer.status).toBe(200);
    expect(answer.body.board).toEqual({ code: 'TB', name: 'Ban Quản lý các KCN tỉnh Thái Bình' });
    expect(answer.body.onDate).toBe(vietnamToday());
    const irc = answer.body.items.find((p: { code: string }) => p.code === 'BQL-DT-02');
    expect(Object.keys(irc).sort()).toEqual(
      [
        'code',
        'deadline',
        'documents',
        'fee',
        'field',
        'legalBasis',
        'name',
        'onlineLevel',
        'resultName',
      ].sort(),
    );
    expect(irc).toMatchObject({
      deadline: { value: 7, unit: 'working_days' },
      legalBasis: 'Nghị định 239/2025/NĐ-CP',
    });
    expect(JSON.stringify(answer.body)).not.toContain(tb.id);
    expect(JSON.stringify(answer.body)).not.toContain('Phòng Quản lý đầu tư');
    const unknown = await ctx.anonymous.get('/api/v1/public/procedures?board=ZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('PROCEDURE_BOARD_NOT_FOUND');
    expect((await ctx.anonymous.get(PROCEDURES)).status).toBe(401);
  });

  it("keeps boards apart: another board's staff neither read nor change a procedure", async () => {
    expect((await otherStaff.api.get(`${PROCEDURES}/${procedureId}`)).status).toBe(404);
    const theirs = await otherStaff.api.get(PROCEDURES);
    expect(theirs.body.items.every((p: { boardId: string }) => p.boardId === hy.id)).toBe(true);
    const named = await otherStaff.api.get(`${PROCEDURES}?boardId=${tb.id}`);
    expect(named.status).toBe(404);
    expect(named.body.error.code).toBe('PROCEDURE_BOARD_NOT_FOUND');
    const write = await otherStaff.api.post(`${PROCEDURES}/${procedureId}/retire`, {
      version: 1,
      retiredOn: null,
    });
    expect(write.status).toBe(404);
    expect(
      (await otherStaff.api.post(PROCEDURES, { ...IRC_ADJUSTMENT, boardId: tb.id, code: 'X-1' })).status,
    ).toBe(404);
    // A national administrator reads both, and a national viewer cannot write.
    const national = await ctx.createUser({ role: 'viewer', scope: 'national' });
    expect((await national.api.get(`${PROCEDURES}/${procedureId}`)).status).toBe(200);
    expect(
      (await national.api.post(PROCEDURES, { ...IRC_ADJUSTMENT, boardId: tb.id, code: 'X-2' })).status,
    ).toBe(403);
  });

  it('upserts for the data package: created, unchanged, updated — audited per record', async () => {
    const actor = await ctx.system();
    const record = {
      boardId: tb.id,
      code: 'BQL-MT-01',
      effectiveFrom: '2022-01-10',
      name: 'Thẩm định báo cáo đánh giá tác động môi trường',
      deadline: { value: 30, unit: 'working_days' as const },
      onlineLevel: 'partial' as const,
    };
    const run = (r: typeof record & { fee?: string }) =>
      ctx.database.db.transaction((tx) => upsertProcedureVersion(tx, actor, r));
    expect(await run(record)).toBe('created');
    expect(await run(record)).toBe('unchanged');
    expect(await run({ ...record, fee: '0' })).toBe('updated');
    expect(await run({ ...record, effectiveFrom: '2025-07-01', fee: '0' })).toBe('created');
    const detail = (await staff.api.get(`${PROCEDURES}?search=moi%20truong`)).body.items[0];
    expect(detail).toMatchObject({ code: 'BQL-MT-01', field: 'Khác', effectiveFrom: '2025-07-01', fee: '0' });
  });

  it('audits every change of the catalogue', async () => {
    const entries = await ctx.database.db
      .select()
      .from(auditLog)
      .where(
        and(inArray(auditLog.entityType, ['procedure', 'procedure_version']), eq(auditLog.boardId, tb.id)),
      )
      .orderBy(auditLog.id);
    const summary = entries.map((e) => `${e.entityType}:${e.action}:${e.entityKey}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'procedure:create:BQL-DT-02',
        'procedure_version:create:BQL-DT-02@2021-03-26',
        'procedure_version:create:BQL-DT-02@2025-07-01',
        'procedure_version:update:BQL-DT-02@2025-07-01',
        'procedure:update:BQL-DT-02',
        'procedure:create:BQL-MT-01',
        'procedure_version:update:BQL-MT-01@2022-01-10',
      ]),
    );
    // Refused changes left nothing behind.
    expect(summary.filter((s) => s.startsWith('procedure:create:BQL-DT-02'))).toHaveLength(1);
    expect(summary.some((s) => s.includes('BQL-DT-03'))).toBe(false);
  });

  it("sets the board's one-stop office: its code prefix defaults to the board's code", async () => {
    const office = await viewer.api.get('/api/v1/one-stop/office');
    expect(office.body).toEqual({
      boardId: tb.id,
      codePrefix: 'TB',
      counterName: null,
      address: null,
      phone: null,
      hours: null,
      version: null,
    });
    const body = {
      codePrefix: 'H56.22',
      counterName: 'Bộ phận Tiếp nhận và Trả kết quả',
      address: 'Số 1 Lê Lợi, TP Thái Bình',
      phone: '0227 3831 234',
      hours: 'Thứ Hai – Thứ Sáu, 7:00–11:30 và 13:30–17:00',
    };
    expect((await viewer.api.put('/api/v1/one-stop/office', body)).status).toBe(403);
    const leader = await ctx.createUser({ role: 'leader', board: 'TB' });
    expect((await leader.api.put('/api/v1/one-stop/office', body)).status).toBe(403);
    const set = await staff.api.put('/api/v1/one-stop/office', body);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ ...body, version: 1 });
    expect((await staff.api.put('/api/v1/one-stop/office', { ...body, phone: null })).status).toBe(409);
    const changed = await staff.api.put('/api/v1/one-stop/office', { ...body, phone: null, version: 1 });
    expect(changed.body).toMatchObject({ phone: null, version: 2 });
    expect((await staff.api.put('/api/v1/one-stop/office', { ...body, codePrefix: 'H 56' })).status).toBe(
      400,
    );
    expect((await otherStaff.api.get(`/api/v1/one-stop/office?boardId=${tb.id}`)).status).toBe(404);
    expect((await otherStaff.api.put('/api/v1/one-stop/office', { ...body, boardId: tb.id })).status).toBe(
      404,
    );
    const entries = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'one_stop_office'), eq(auditLog.boardId, tb.id)))
      .orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it("shows an enterprise account its own board's catalogue, with the ids a submission takes, and nothing else", async () => {
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB', 'Ban Quản lý các KCN tỉnh Thái Bình')
        .zone('TB', 'TB-Z')
        .enterprise('TB', 'TB-Z', '0100000001', 'DDI')
        .build(),
    );
    const enterpriseId = (await staff.api.get('/api/v1/enterprises?q=0100000001')).body.items[0].id;
    const account = await staff.api.post(`/api/v1/enterprises/${enterpriseId}/accounts`, {
      username: 'dn.catalogue',
      fullName: 'Kế toán doanh nghiệp',
    });
    expect(account.status).toBe(201);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'dn.catalogue', password: account.body.password }),
    });
    expect(login.statusCode).toBe(200);
    const cookie = `kcn_session=${login.cookies.find((c) => c.name === 'kcn_session')!.value}`;
    const get = async (url: string) => {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
      return { status: response.statusCode, body: JSON.parse(response.body) };
    };
    const list = await get(PROCEDURES);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { code: string }) => p.code)).toEqual([
      'BQL-DT-02',
      'BQL-MT-01',
      'BQL-XD-01',
    ]);
    expect(list.body.items.find((p: { code: string }) => p.code === 'BQL-DT-02').id).toBe(procedureId);
    expect((await get(`${PROCEDURES}?boardId=${hy.id}`)).body.items).toEqual([]);
    expect((await get(`${PROCEDURES}/${procedureId}`)).status).toBe(403);
    expect((await get('/api/v1/one-stop/office')).status).toBe(403);
  });
});
