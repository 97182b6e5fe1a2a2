import { beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiClient,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';

/** Signs in through the API as a person would; the answer, and a client on its session. */
async function signIn(ctx: TestContext, username: string, password: string) {
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
  const session = login.cookies.find((c) => c.name === 'kcn_session');
  const cookie = session ? `kcn_session=${session.value}` : '';
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return {
      status: response.statusCode,
      body: response.body ? JSON.parse(response.body) : null,
      headers: response.headers,
    };
  };
  const client: ApiClient = {
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    delete: (url) => send('DELETE', url),
  };
  return { status: login.statusCode, body: JSON.parse(login.body), client };
}

function ok<T = any>(response: ApiResponse<T>, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

describe('the enterprises register', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let otherStaff: TestUser;
  let national: TestUser;
  let admin: TestUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('AA')
        .board('BB')
        .zone('AA', 'A-ZONE')
        .zone('AA', 'A-ZONE2')
        .zone('BB', 'B-ZONE')
        .project('AA', 'A-ZONE', 'P-AA', 'DDI')
        .event('P-AA', 'new', '2019-01-01', '10')
        .project('AA', 'A-ZONE', 'P-AA2', 'FDI')
        .event('P-AA2', 'new', '2019-01-01', '20', '1000000.00')
        .project('BB', 'B-ZONE', 'P-BB', 'FDI')
        .event('P-BB', 'new', '2019-01-01', '20', '1000000.00')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'AA' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'AA' });
    otherStaff = await ctx.createUser({ role: 'staff', board: 'BB' });
    national = await ctx.createUser({ role: 'staff', scope: 'national' });
    admin = await ctx.createUser({ role: 'admin', board: 'AA' });
    const zones = ok(await staff.api.get('/api/v1/zones')).items as {
      id: string;
      code: string;
      boardId: string;
    }[];
    ids.zone = zones.find((z) => z.code === 'A-ZONE')!.id;
    ids.zone2 = zones.find((z) => z.code === 'A-ZONE2')!.id;
    ids.board = zones[0]!.boardId;
    const projects = ok(await staff.api.get('/api/v1/projects')).items as { id: string; code: string }[];
    ids.project = projects.find((p) => p.code === 'P-AA')!.id;
    ids.project2 = projects.find((p) => p.code === 'P-AA2')!.id;
    ids.projectB = ok(await otherStaff.api.get('/api/v1/projects')).items[0].id;
  });

  it('registers an enterprise linked to its projects, names them, and checks the tax code', async () => {
    const created = ok(
      await staff.api.post('/api/v1/enterprises', {
        taxCode: '0101234567',
        name: 'Công ty TNHH Dệt May Sông Hồng',
        zoneId: ids.zone,
        investmentType: 'DDI',
        operatingSince: '2019-03-01',
        projectIds: [ids.project],
      }),
      201,
    );
    ids.enterprise = created.id;
    expect(created).toMatchObject({ boardId: ids.board, projectIds: [ids.project], version: 1 });
    const detail = ok(await staff.api.get(`/api/v1/enterprises/${created.id}`));
    expect(detail.zone).toMatchObject({ id: ids.zone, code: 'A-ZONE', name: 'KCN A-ZONE' });
    expect(detail.projects).toEqual([{ id: ids.project, code: 'P-AA', name: 'Dự án P-AA' }]);

    // Searched without accents, in any case.
    for (const q of ['cong ty tnhh', 'CONG TY TNHH det may', 'sông hồng', '0101234']) {
      const found = ok(await staff.api.get(`/api/v1/enterprises?q=${encodeURIComponent(q)}`));
      expect(
        found.items.map((e: any) => e.id),
        q,
      ).toEqual([created.id]);
    }

    // A tax code is 10 or 13 digits, once per board; both problems named on the field.
    const short = await staff.api.post('/api/v1/enterprises', {
      taxCode: '12345',
      name: 'Sai mã số thuế',
      zoneId: ids.zone,
      investmentType: 'DDI',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details).toContainEqual(
      expect.objectContaining({ path: 'body.taxCode', message: 'Mã số thuế gồm 10 hoặc 13 chữ số.' }),
    );
    const taken = await staff.api.post('/api/v1/enterprises', {
      taxCode: '0101234567',
      name: 'Trùng mã',
      zoneId: ids.zone,
      investmentType: 'DDI',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({
      code: 'ENTERPRISE_TAX_CODE_TAKEN',
      details: [{ path: 'body.taxCode', reason: 'taken' }],
    });
    // A 13-digit tax code (a branch) is accepted.
    ok(
      await staff.api.post('/api/v1/enterprises', {
        taxCode: '0101234567001',
        name: 'Chi nhánh Công ty Sông Hồng',
        zoneId: ids.zone2,
        investmentType: 'FDI',
      }),
      201,
    );
    // A viewer registers nothing.
    const refused = await viewer.api.post('/api/v1/enterprises', {
      taxCode: '0109999999',
      name: 'Không được',
      zoneId: ids.zone,
      investmentType: 'DDI',
    });
    expect(refused.status).toBe(403);
  });

  it('edits with the version read; a stale edit is refused', async () => {
    const current = ok(await staff.api.get(`/api/v1/enterprises/${ids.enterprise}`));
    const edited = ok(
      await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}`, {
        version: current.version,
        name: 'Công ty TNHH Dệt May Sông Hồng Việt Nam',
        zoneId: ids.zone2,
        projectIds: [ids.project, ids.project2],
      }),
    );
    expect(edited).toMatchObject({ zoneId: ids.zone2, version: current.version + 1 });
    expect([...edited.projectIds].sort()).toEqual([ids.project, ids.project2].sort());
    const stale = await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}`, {
      version: current.version,
      name: 'Tên cũ',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(
      (
        await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}`, {
          version: 2,
          projectIds: [ids.projectB],
        })
      ).body.error.code,
    ).toBe('ENTERPRISE_REFERENCE_INVALID');
  });

  it('records that an enterprise ceased: the filters follow, and it is no longer expected to file', async () => {
    const current = ok(await staff.api.get(`/api/v1/enterprises/${ids.enterprise}`));
    const before = await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}`, {
      version: current.version,
      operatingUntil: '2019-01-31',
    });
    expect(before.status).toBe(400);
    expect(before.body.error.details[0]).toMatchObject({
      path: 'body.operatingUntil',
      reason: 'before_start',
    });
    ok(
      await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}`, {
        version: current.version,
        operatingUntil: '2020-06-30',
      }),
    );
    const ceased = ok(await staff.api.get('/api/v1/enterprises?operating=ceased'));
    expect(ceased.items.map((e: any) => e.taxCode)).toEqual(['0101234567']);
    const operating = ok(await staff.api.get('/api/v1/enterprises?operating=operating'));
    expect(operating.items.map((e: any) => e.taxCode)).toEqual(['0101234567001']);

    for (const period of ['2020-Q2', '2020-Q3']) {
      ok(await staff.api.post('/api/v1/reporting/periods', { period }), 201);
    }
    const q2 = ok(await staff.api.get('/api/v1/statistics/completeness?period=2020-Q2'));
    expect(q2.enterprises.map((e: any) => e.taxCode).sort()).toEqual(['0101234567', '0101234567001']);
    const q3 = ok(await staff.api.get('/api/v1/statistics/completeness?period=2020-Q3'));
    expect(q3.enterprises.map((e: any) => e.taxCode)).toEqual(['0101234567001']);
    const reminders = ok(await staff.api.get('/api/v1/statistics/reminders?period=2020-Q3'));
    expect(reminders.items.map((e: any) => e.taxCode)).toEqual(['0101234567001']);
  });

  it('manages the enterprise’s accounts: list, disable (its sessions end), enable, reset the password', async () => {
    const created = ok(
      await staff.api.post(`/api/v1/enterprises/${ids.enterprise}/accounts`, {
        username: 'dn.songhong',
        fullName: 'Kế toán Sông Hồng',
      }),
      201,
    );
    const userId = created.user.id as string;
    const firm = await signIn(ctx, 'dn.songhong', created.password);
    expect(firm.status).toBe(200);
    ok(await firm.client.get(`/api/v1/enterprises/${ids.enterprise}`));

    const listed = ok(await viewer.api.get(`/api/v1/enterprises/${ids.enterprise}/accounts`));
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: userId,
        username: 'dn.songhong',
        fullName: 'Kế toán Sông Hồng',
        disabled: false,
      }),
    ]);
    const account = listed.items[0];
    expect(account.lastLoginAt).not.toBeNull();

    // A viewer changes nothing; another board's staff do not even find it; the enterprise itself neither.
    expect(
      (
        await viewer.api.patch(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}`, {
          version: account.version,
          disabled: true,
        })
      ).status,
    ).toBe(403);
    expect(
      (await viewer.api.post(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}/reset-password`))
        .status,
    ).toBe(403);
    for (const response of [
      await otherStaff.api.get(`/api/v1/enterprises/${ids.enterprise}/accounts`),
      await otherStaff.api.patch(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}`, {
        version: account.version,
        disabled: true,
      }),
      await otherStaff.api.post(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}/reset-password`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('ENTERPRISE_NOT_FOUND');
    }
    expect((await firm.client.get(`/api/v1/enterprises/${ids.enterprise}/accounts`)).status).toBe(403);
    // Only the enterprise's own accounts: a staff member's id is not one of them.
    const notOne = await staff.api.post(
      `/api/v1/enterprises/${ids.enterprise}/accounts/${viewer.id}/reset-password`,
    );
    expect(notOne.status).toBe(404);
    expect(notOne.body.error.code).toBe('ENTERPRISE_ACCOUNT_NOT_FOUND');

    // Disabled: its session ends at once and it cannot sign in.
    const disabled = ok(
      await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}`, {
        version: account.version,
        disabled: true,
      }),
    );
    expect(disabled).toMatchObject({ disabled: true, version: account.version + 1 });
    expect((await firm.client.get(`/api/v1/enterprises/${ids.enterprise}`)).status).toBe(401);
    const refused = await signIn(ctx, 'dn.songhong', created.password);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('AUTH_ACCOUNT_DISABLED');
    // The version read before is stale now.
    const stale = await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}`, {
      version: account.version,
      disabled: false,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');

    // Enabled again: it signs in again.
    ok(
      await staff.api.patch(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}`, {
        version: disabled.version,
        disabled: false,
      }),
    );
    const again = await signIn(ctx, 'dn.songhong', created.password);
    expect(again.status).toBe(200);

    // A new password: the old one and its sessions end.
    const reset = ok(
      await staff.api.post(`/api/v1/enterprises/${ids.enterprise}/accounts/${userId}/reset-password`),
    );
    expect(reset.user).toEqual({ id: userId, username: 'dn.songhong' });
    expect(reset.password.length).toBeGreaterThanOrEqual(16);
    expect((await again.client.get(`/api/v1/enterprises/${ids.enterprise}`)).status).toBe(401);
    expect((await signIn(ctx, 'dn.songhong', created.password)).status).toBe(401);
    expect((await signIn(ctx, 'dn.songhong', reset.password)).status).toBe(200);

    // Each change is in the audit log, on the enterprise's board.
    const audit = ok(await admin.api.get(`/api/v1/audit?entityId=${userId}&pageSize=50`));
    const entries = audit.items.filter((e: any) => e.entityType === 'user' && e.action === 'update');
    expect(entries.length).toBe(3);
    expect(entries.every((e: any) => e.boardId === ids.board)).toBe(true);
  });

  it('lets a national user list and register for the board it names', async () => {
    const listed = ok(await national.api.get(`/api/v1/enterprises?boardId=${ids.board}&q=song hong`));
    expect(listed.items.map((e: any) => e.taxCode).sort()).toEqual(['0101234567', '0101234567001']);
    const created = ok(
      await national.api.post('/api/v1/enterprises', {
        taxCode: '0107777777',
        name: 'Công ty CP Cơ khí Thái Bình',
        zoneId: ids.zone,
        investmentType: 'DDI',
      }),
      201,
    );
    expect(created.boardId).toBe(ids.board);
  });
});
