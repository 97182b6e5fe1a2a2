import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { auditLog } from '../../kernel/audit.tables.ts';
import { readXlsx, XLSX_CONTENT_TYPE, type SheetRead } from '../../kernel/documents/xlsx.ts';
import { blocReturns } from './boards.tables.ts';

const FIGURES = {
  newProjectsFdi: 3,
  newProjectsDdi: 5,
  capitalFdiUsd: '150000000.5',
  capitalDdiVnd: '-1200000000',
  revenueFdiUsd: '45000.50',
  revenueDdiVnd: '4466777000000',
  budgetPaidFdiUsd: '0',
  budgetPaidDdiVnd: '12000000',
  zonesInPlanCount: 10,
  zonesInPlanAreaHa: '2500.75',
  zonesOperatingCount: 6,
  zonesOperatingAreaHa: '1500.1250',
  zonesUnderConstructionCount: 2,
  zonesUnderConstructionAreaHa: '300',
};

async function counts(ctx: TestContext) {
  const [returns] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(blocReturns);
  const [audit] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return { returns: returns!.n, audit: audit!.n };
}

describe("members' returns (số liệu thành viên gửi, blocs-v1)", () => {
  let ctx: TestContext;
  let national: TestUser;
  let leaderStaff: TestUser;
  let memberStaff: TestUser;

  const template = async (user: TestUser, period: string) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/blocs/DBSH/returns/template?period=${period}`,
      headers: { cookie: user.cookie },
    });
    return response;
  };
  const upload = async (user: TestUser, period: string, payload: Buffer) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/blocs/DBSH/returns/import?period=${period}`,
      headers: { cookie: user.cookie, 'content-type': XLSX_CONTENT_TYPE },
      payload,
    });
    return { status: response.statusCode, body: JSON.parse(response.body) };
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    national = await ctx.createUser({ role: 'admin', username: 'quan.tri.bo' });
    leaderStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    memberStaff = await ctx.createUser({ role: 'staff', board: 'TB' });
    await ctx.createBoard('HP', 'Ban Quản lý KKT Hải Phòng');
    await ctx.createBoard('ND');
    await national.api.put('/api/v1/blocs/DBSH', { name: 'Khối Đồng bằng sông Hồng' });
    const year = await national.api.put('/api/v1/blocs/DBSH/years/2024', {
      members: ['HY', 'TB', 'HP'],
      leader: 'HY',
      deputy: 'TB',
    });
    expect(year.status).toBe(201);
  });

  it("lets the leader board's staff enter, replace and delete a member's return, exactly and audited", async () => {
    const created = await leaderStaff.api.put('/api/v1/blocs/DBSH/returns/TB/2024-H1', {
      ...FIGURES,
      note: 'Theo công văn 12/BQL',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      bloc: 'DBSH',
      board: 'TB',
      period: '2024-H1',
      source: 'form',
      version: 1,
      capitalFdiUsd: '150000000.50',
      capitalDdiVnd: '-1200000000',
      revenueFdiUsd: '45000.50',
      revenueDdiVnd: '4466777000000',
      budgetPaidFdiUsd: '0.00',
      zonesOperatingAreaHa: '1500.125',
      zonesUnderConstructionAreaHa: '300',
      note: 'Theo công văn 12/BQL',
    });
    const list = await memberStaff.api.get('/api/v1/blocs/DBSH/returns?period=2024-H1');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      bloc: 'DBSH',
      period: '2024-H1',
      year: 2024,
      leader: 'HY',
      deputy: 'TB',
    });
    expect(
      list.body.members.map((m: { code: string; return: unknown }) => [m.code, m.return !== null]),
    ).toEqual([
      ['HY', false],
      ['TB', true],
      ['HP', false],
    ]);
    const same = await leaderStaff.api.put('/api/v1/blocs/DBSH/returns/TB/2024-H1', {
      ...FIGURES,
      capitalFdiUsd: '150000000.50',
      note: 'Theo công văn 12/BQL',
      version: 1,
    });
    expect(same).toMatchObject({ status: 200, body: { version: 1 } });
    const replaced = await national.api.put('/api/v1/blocs/DBSH/returns/TB/2024-H1', {
      ...FIGURES,
      newProjectsFdi: 4,
      version: 1,
    });
    expect(replaced.body).toMatchObject({ newProjectsFdi: 4, version: 2, note: null });
    const stale = await leaderStaff.api.put('/api/v1/blocs/DBSH/returns/TB/2024-H1', {
      ...FIGURES,
      version: 1,
    });
    expect(stale.status).toBe(409);

    const before = await counts(ctx);
    const refusals = [
      [memberStaff, 'TB/2024-H1', FIGURES, 403, 'FORBIDDEN'],
      [leaderStaff, 'ND/2024-H1', FIGURES, 422, 'BLOC_RETURN_NOT_MEMBER'],
      [leaderStaff, 'TB/2023', FIGURES, 403, 'FORBIDDEN'],
      [national, 'TB/2023', FIGURES, 404, 'BLOC_YEAR_NOT_FOUND'],
      [leaderStaff, 'TB/2024-H1', { ...FIGURES, revenueFdiUsd: '-5' }, 400, 'VALIDATION_FAILED'],
      [leaderStaff, 'TB/2024-H1', { ...FIGURES, revenueFdiUsd: '1.234' }, 400, 'VALIDATION_FAILED'],
    ] as const;
    for (const [user, path, body, status, code] of refusals) {
      const response = await user.api.put(`/api/v1/blocs/DBSH/returns/${path}`, body);
      expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
      expect(response.body.error.code).toBe(code);
    }
    expect((await memberStaff.api.delete('/api/v1/blocs/DBSH/returns/TB/2024-H1')).status).toBe(403);
    expect(await counts(ctx)).toEqual(before);

    expect((await leaderStaff.api.delete('/api/v1/blocs/DBSH/returns/TB/2024-H1')).status).toBe(204);
    expect((await leaderStaff.api.delete('/api/v1/blocs/DBSH/returns/TB/2024-H1')).body.error.code).toBe(
      'BLOC_RETURN_NOT_FOUND',
    );
    const after = await counts(ctx);
    expect(after).toEqual({ returns: before.returns - 1, audit: before.audit + 1 });
  });

  it('gives a template of one row per member with units in the headers, and imports it filled, all at once', async () => {
    const response = await template(leaderStaff, '2024');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    const sheets = await readXlsx(response.rawPayload);
    const sheet = sheets.find((s) => s.name === 'Số liệu')!;
    const text = (s: SheetRead, r: number, c: number) => s.rows.get(r)?.get(c)?.text ?? null;
    expect(text(sheet, 1, 0)).toBe('Mã Ban');
    expect(text(sheet, 1, 4)).toBe('Vốn FDI cấp mới và điều chỉnh (USD)');
    expect(text(sheet, 1, 13)).toBe('KCN đang hoạt động: diện tích (ha)');
    expect([2, 3, 4].map((r) => text(sheet, r, 0))).toEqual(['HY', 'TB', 'HP']);
    expect(
      text(
        sheets.find((s) => s.name === 'Hướng dẫn')!,
        3,
        1,
      ),
    ).toBe('2024');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet('Số liệu')!;
    // TB in numbers; HP in Vietnamese text; HY left blank (skipped).
    const tb = [2, 1, 2500000.5, -300000000, 45000.5, 1200000000, 10.25, 500000, 4, 800, 3, 600.5, 1, 200];
    tb.forEach((v, i) => (ws.getRow(3).getCell(i + 3).value = v));
    const hp = [
      '1',
      '0',
      '1.200.000,50',
      '4.466.777.000.000',
      '0',
      '0',
      '0',
      '0',
      '2',
      '320,1234',
      '2',
      '320,1234',
      '0',
      '0',
    ];
    hp.forEach((v, i) => (ws.getRow(4).getCell(i + 3).value = v));
    ws.getRow(4).getCell(17).value = 'Số liệu do Hải Phòng gửi';
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const imported = await upload(leaderStaff, '2024', filled);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({
      bloc: 'DBSH',
      period: '2024',
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: ['HY'],
    });
    const list = await national.api.get('/api/v1/blocs/DBSH/returns?period=2024');
    const byBoard = Object.fromEntries(list.body.items.map((i: { board: string }) => [i.board, i]));
    expect(byBoard.TB).toMatchObject({
      source: 'import',
      newProjectsFdi: 2,
      capitalFdiUsd: '2500000.50',
      capitalDdiVnd: '-300000000',
      budgetPaidFdiUsd: '10.25',
      zonesOperatingAreaHa: '600.5',
    });
    expect(byBoard.HP).toMatchObject({
      capitalFdiUsd: '1200000.50',
      capitalDdiVnd: '4466777000000',
      zonesInPlanAreaHa: '320.1234',
      note: 'Số liệu do Hải Phòng gửi',
    });
    // The template of the period now carries them; imported again it changes nothing.
    const again = await upload(leaderStaff, '2024', (await template(leaderStaff, '2024')).rawPayload);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: ['HY'] });
  });

  it('refuses a broken workbook with every problem by row and column, bounded, writing nothing', async () => {
    const before = await counts(ctx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await template(leaderStaff, '2024-Q3')).rawPayload as unknown as ExcelJS.Buffer,
    );
    const ws = workbook.getWorksheet('Số liệu')!;
    const good = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    good.forEach((v, i) => (ws.getRow(2).getCell(i + 3).value = v)); // HY: fine
    ws.getRow(3).getCell(3).value = 'ba'; // TB: not a number
    ws.getRow(3).getCell(7).value = -5; // TB: negative revenue
    ws.getRow(4).getCell(3).value = 1.5; // HP: decimals in a count; the rest missing
    ws.getRow(5).values = ['ND', 'Nam Định', ...good]; // not a member
    ws.getRow(6).values = ['HY', 'lần hai', ...good]; // twice
    const broken = await upload(leaderStaff, '2024-Q3', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(broken.status).toBe(422);
    expect(broken.body.error.code).toBe('BLOC_RETURNS_IMPORT_INVALID');
    const problems = broken.body.error.details.map(
      (d: { row: number; column: string; code: string }) => `${d.row} ${d.column} ${d.code}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        '3 Dự án FDI cấp mới (dự án) NOT_A_NUMBER',
        '3 Doanh thu doanh nghiệp FDI (USD) NEGATIVE',
        '4 Dự án FDI cấp mới (dự án) DECIMALS_NOT_ALLOWED',
        '4 Dự án trong nước cấp mới (dự án) FIGURE_MISSING',
        '5 Mã Ban NOT_A_MEMBER',
        '6 Mã Ban DUPLICATE_ROW',
      ]),
    );
    expect(problems.some((p: string) => p.startsWith('2 '))).toBe(false);

    // Thousands of bad rows: the first 1000 listed, the rest counted.
    const many = new ExcelJS.Workbook();
    const sheet = many.addWorksheet('Số liệu');
    const headers = (await readXlsx((await template(leaderStaff, '2024-Q3')).rawPayload))[0]!.rows.get(1)!;
    sheet.getRow(1).values = Array.from(headers.values(), (c) => c.text);
    for (let r = 2; r < 1502; r++)
      sheet.getRow(r).values = [`X${r}`, 'x', 'x', 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const bounded = await upload(leaderStaff, '2024-Q3', Buffer.from(await many.xlsx.writeBuffer()));
    expect(bounded.status).toBe(422);
    expect(bounded.body.error.details).toHaveLength(1000);
    expect(bounded.body.error.omittedDetails).toBe(2000);

    const notWorkbook = await upload(leaderStaff, '2024-Q3', Buffer.from('không phải excel'));
    expect(notWorkbook.body.error).toMatchObject({
      code: 'BLOC_RETURNS_IMPORT_INVALID',
      details: [{ code: 'FILE_INVALID' }],
    });
    const wrongPeriod = await upload(leaderStaff, '2024-Q4', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(wrongPeriod.body.error.details[0]).toMatchObject({ code: 'PERIOD_MISMATCH' });
    expect(
      (await upload(memberStaff, '2024-Q3', Buffer.from(await workbook.xlsx.writeBuffer()))).status,
    ).toBe(403);
    expect(await counts(ctx)).toEqual(before);
  });
});
