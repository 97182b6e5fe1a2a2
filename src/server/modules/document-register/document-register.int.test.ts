import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';

const REGISTER = '/api/v1/documents/outgoing';

describe('the register of outgoing documents (sổ văn bản đi)', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    other = await ctx.createUser({ role: 'staff', board: 'HY' });
  });
  afterAll(() => ctx.close());

  const register = (user: TestUser, body: Record<string, unknown>) =>
    user.api.post(REGISTER, { summary: 'Tình hình thu hút đầu tư năm 2019', ...body });

  it("numbers a board's documents 01, 02… in the year of their date, each board on its own", async () => {
    const first = await register(staff, {
      issuedOn: '2019-12-05',
      signer: 'Nguyễn Văn A',
      signerTitle: 'TRƯỞNG BAN',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      number: '01/BC-BQL',
      year: 2019,
      sequence: 1,
      type: 'BC',
      issuedOn: '2019-12-05',
      signer: 'Nguyễn Văn A',
      createdBy: staff.username,
    });
    expect((await register(staff, { issuedOn: '2019-12-30', type: 'KH' })).body.number).toBe('02/KH-BQL');
    // Another board's register is its own.
    expect((await register(other, { issuedOn: '2019-12-30' })).body.number).toBe('01/BC-BQL');
    // The register restarts on 1 January; a date left out is today in Vietnam.
    expect((await register(staff, { issuedOn: '2020-01-01', agencySymbol: 'BQLKKT' })).body.number).toBe(
      '01/BC-BQLKKT',
    );
    const today = await register(staff, {});
    expect(today.body.issuedOn).toBe(vietnamToday());
    // Ten taken at once get ten numbers, none twice.
    const year = 2021;
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        register(staff, { issuedOn: `${year}-03-${String(i + 1).padStart(2, '0')}` }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(burst.map((r) => r.body.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(burst.map((r) => r.body.number)).toContain('10/BC-BQL');
  });

  it('lists the register newest number first, by year, and only the boards one sees', async () => {
    const list = await staff.api.get(`${REGISTER}?year=2019`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: any) => d.number)).toEqual(['02/KH-BQL', '01/BC-BQL']);
    expect(list.body.total).toBe(2);
    const theirs = await other.api.get(REGISTER);
    expect(theirs.body.items.map((d: any) => d.number)).toEqual(['01/BC-BQL']);
    const hy = (await other.api.get('/api/v1/auth/me')).body.board.id;
    const peek = await staff.api.get(`${REGISTER}?boardId=${hy}`);
    expect(peek.status).toBe(404);
    expect(peek.body.error.code).toBe('DOCUMENT_REGISTER_BOARD_NOT_FOUND');
  });

  it('refuses a bad symbol, a missing summary, a viewer and a national user who names no board; audits each number', async () => {
    const bad = await register(staff, { agencySymbol: 'bql tb', summary: '  ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.path).sort()).toEqual([
      'body.agencySymbol',
      'body.summary',
    ]);
    const viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    expect((await register(viewer, {})).status).toBe(403);
    const national = await ctx.createUser({ role: 'admin', scope: 'national' });
    const unnamed = await register(national, {});
    expect(unnamed.body.error.code).toBe('DOCUMENT_REGISTER_BOARD_REQUIRED');
    const before = (await staff.api.get(`${REGISTER}?year=2019`)).body.total;
    expect(before).toBe(2);

    const audit = await national.api.get('/api/v1/audit?entityType=outgoing_document');
    expect(audit.body.items.map((e: any) => e.entityKey)).toContain('02/KH-BQL');
    expect(audit.body.items.every((e: any) => e.action === 'create')).toBe(true);
  });
});
