import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';

const RETURN = {
  newProjectsFdi: 1,
  newProjectsDdi: 2,
  capitalFdiUsd: '1000.25',
  capitalDdiVnd: '5000000',
  revenueFdiUsd: '0',
  revenueDdiVnd: '0',
  budgetPaidFdiUsd: '0',
  budgetPaidDdiVnd: '0',
  zonesInPlanCount: 1,
  zonesInPlanAreaHa: '120.5',
  zonesOperatingCount: 1,
  zonesOperatingAreaHa: '120.5',
  zonesUnderConstructionCount: 0,
  zonesUnderConstructionAreaHa: '0',
};

/** What a bloc is, without ids, versions or times: to compare two databases. */
async function blocState(user: TestUser, code: string) {
  const bloc = (await user.api.get(`/api/v1/blocs/${code}`)).body;
  return {
    code: bloc.code,
    name: bloc.name,
    years: bloc.years.map(
      (y: { year: number; members: string[]; leader: string; deputy: string | null }) => ({
        year: y.year,
        members: y.members,
        leader: y.leader,
        deputy: y.deputy,
      }),
    ),
  };
}

async function returnsState(user: TestUser, period: string) {
  const list = (await user.api.get(`/api/v1/blocs/DBSH/returns?period=${period}`)).body;
  return list.items.map(
    ({ version: _v, createdAt: _c, updatedAt: _u, source: _s, ...rest }: Record<string, unknown>) => rest,
  );
}

describe('blocs in the data package (blocs-v1, additive)', () => {
  let source: TestContext;
  let target: TestContext;
  let sourceAdmin: TestUser;
  let targetAdmin: TestUser;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestContext(), createTestContext()]);
    sourceAdmin = await source.createUser({ role: 'admin', username: 'quan.tri.nguon' });
    targetAdmin = await target.createUser({ role: 'admin', username: 'quan.tri.dich' });
    for (const code of ['HY', 'TB', 'HP']) await source.createBoard(code);
    await sourceAdmin.api.put('/api/v1/blocs/DBSH', { name: 'Khối Đồng bằng sông Hồng' });
    const years = [
      [2024, { members: ['HY', 'TB', 'HP'], leader: 'HY', deputy: 'TB' }],
      [2025, { members: ['TB', 'HP', 'HY'], leader: 'TB', deputy: 'HY' }],
    ] as const;
    for (const [year, body] of years)
      expect((await sourceAdmin.api.put(`/api/v1/blocs/DBSH/years/${year}`, body)).status).toBe(201);
    for (const [board, period] of [
      ['HP', '2024-H1'],
      ['TB', '2025'],
    ])
      expect(
        (await sourceAdmin.api.put(`/api/v1/blocs/DBSH/returns/${board}/${period}`, RETURN)).status,
      ).toBe(201);
  });

  it('exports only the exported boards among the members, leaving out a year whose leader is not exported; it imports into an empty database', async () => {
    const exported = await sourceAdmin.api.get('/api/v1/packages/export?board=TB&board=HP');
    expect(exported.status).toBe(200);
    expect(exported.body.blocs).toEqual([
      {
        code: 'DBSH',
        name: 'Khối Đồng bằng sông Hồng',
        // 2024 is left out (its leader HY is not exported); 2025 loses HY, its deputy too.
        years: [{ year: 2025, members: ['TB', 'HP'], leader: 'TB' }],
      },
    ]);
    expect(exported.body.blocReturns).toEqual([
      {
        bloc: 'DBSH',
        board: 'TB',
        period: '2025',
        ...RETURN,
        capitalFdiUsd: '1000.25',
        revenueFdiUsd: '0.00',
        budgetPaidFdiUsd: '0.00',
      },
    ]);

    const imported = await targetAdmin.api.post('/api/v1/packages/import', exported.body);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({
      blocs: { created: 1, updated: 0, unchanged: 0 },
      blocReturns: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(await blocState(targetAdmin, 'DBSH')).toEqual({
      code: 'DBSH',
      name: 'Khối Đồng bằng sông Hồng',
      years: [{ year: 2025, members: ['TB', 'HP'], leader: 'TB', deputy: null }],
    });
  });

  it('round trip: the whole export imported where the partial one was gives the same blocs and returns; twice = once', async () => {
    const exported = await sourceAdmin.api.get('/api/v1/packages/export');
    const imported = await targetAdmin.api.post('/api/v1/packages/import', exported.body);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.blocs).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await blocState(targetAdmin, 'DBSH')).toEqual(await blocState(sourceAdmin, 'DBSH'));
    for (const period of ['2024-H1', '2025'])
      expect(await returnsState(targetAdmin, period)).toEqual(await returnsState(sourceAdmin, period));
    const again = await targetAdmin.api.post('/api/v1/packages/import', exported.body);
    expect(again.body).toMatchObject({
      blocs: { created: 0, updated: 0, unchanged: 1 },
      blocReturns: { created: 0, updated: 0, unchanged: 2 },
    });
    // A partial package never shrinks a year the database knows in full.
    const partial = await sourceAdmin.api.get('/api/v1/packages/export?board=TB&board=HP');
    const merged = await sourceAdmin.api.post('/api/v1/packages/import', partial.body);
    expect(merged.body.blocs, JSON.stringify(merged.body)).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect((await sourceAdmin.api.get('/api/v1/blocs/DBSH/years/2025')).body).toMatchObject({
      members: ['TB', 'HP', 'HY'],
      deputy: 'HY',
    });
  });

  it('refuses a package whose bloc years break the rules, listing every problem, writing nothing', async () => {
    const before = await blocState(targetAdmin, 'DBSH');
    const pkg = {
      format: 'kcn-data-package',
      version: 1,
      blocs: [
        {
          code: 'DBSH',
          name: 'Khối Đồng bằng sông Hồng',
          years: [
            { year: 2026, members: ['TB', 'ZZ', 'TB'], leader: 'HY', deputy: 'HY' },
            { year: 2026, members: ['TB'], leader: 'TB' },
          ],
        },
        { code: 'db sh', name: 'Mã sai', years: [] },
      ],
      blocReturns: [
        { bloc: 'DBSH', board: 'HY', period: '2030', ...RETURN },
        { bloc: 'KHAC', board: 'TB', period: '2025', ...RETURN },
      ],
    };
    const refused = await targetAdmin.api.post('/api/v1/packages/import', pkg);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('PACKAGE_INVALID');
    expect(
      refused.body.error.details.map((d: { path: string; reason: string }) => `${d.path} ${d.reason}`).sort(),
    ).toEqual(
      [
        'blocs[0].years.0.members.1 BLOC_MEMBER_UNKNOWN',
        'blocs[0].years.0.members.2 BLOC_MEMBER_DUPLICATE',
        'blocs[0].years.0.leader BLOC_LEADER_NOT_MEMBER',
        'blocs[0].years.0.deputy BLOC_DEPUTY_NOT_MEMBER',
        'blocs[0].years.0.deputy BLOC_DEPUTY_IS_LEADER',
        'blocs[0].years.1.year DUPLICATE_YEAR',
        'blocs[1].code BLOC_CODE_INVALID',
        'blocReturns[0].board BLOC_RETURN_NOT_MEMBER',
        'blocReturns[1].bloc REFERENCE_NOT_FOUND',
      ].sort(),
    );
    expect(await blocState(targetAdmin, 'DBSH')).toEqual(before);
    // A board's own users may not create or change a bloc through a package.
    const boardAdmin = await target.createUser({ role: 'admin', board: 'TB' });
    const forbidden = await boardAdmin.api.post('/api/v1/packages/import', {
      format: 'kcn-data-package',
      version: 1,
      blocs: [{ code: 'MOI', name: 'Khối mới', years: [] }],
    });
    expect(forbidden.body.error.details).toEqual([
      expect.objectContaining({ path: 'blocs[0].code', reason: 'FORBIDDEN' }),
    ]);
  });
});
