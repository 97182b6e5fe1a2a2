import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { ty } from '../../../../test/package-builder.ts';

describe('the projects list sorted by capital', () => {
  let ctx: TestContext;
  let staff: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    const zone = await staff.api.post('/api/v1/zones', {
      code: 'TB-TH',
      name: 'KCN Tiền Hải',
      kind: 'KCN',
      status: 'operating',
      statusHistory: [{ status: 'operating', since: '2005-01-15' }],
      areaHa: '120.5',
    });
    expect(zone.status).toBe(201);
    // Registered 230, 50 then raised to 400, 120; implemented 30 (of 230) and 90 (of 120).
    const projects: Record<string, string> = {};
    for (const [code, capital] of [
      ['2121000201', '230'],
      ['2121000202', '50'],
      ['2121000203', '120'],
    ] as const) {
      const created = await staff.api.post('/api/v1/projects', {
        code,
        zoneId: zone.body.id,
        name: `Nhà máy ${code}`,
        investmentType: 'DDI',
        investors: [{ name: `Công ty ${code}`, country: 'VN' }],
        certificate: { date: '2019-03-15', documentNo: code, capitalVnd: ty(capital) },
      });
      expect(created.status).toBe(201);
      projects[code] = created.body.id;
    }
    const adjusted = await staff.api.post(`/api/v1/projects/${projects['2121000202']}/licensing-events`, {
      kind: 'adjustment',
      date: '2020-05-04',
      documentNo: '2121000202-ĐC1',
      capitalVnd: ty('400'),
    });
    expect(adjusted.status).toBe(201);
    for (const [code, implemented] of [
      ['2121000201', '30'],
      ['2121000203', '90'],
    ] as const) {
      const recorded = await staff.api.post(`/api/v1/projects/${projects[code]}/capital-implementations`, {
        asOf: '2020-12-31',
        implementedVnd: ty(implemented),
      });
      expect(recorded.status).toBe(201);
    }
  });

  const codes = async (sort: string) => {
    const response = await staff.api.get(`/api/v1/projects?sort=${sort}`);
    expect(response.status).toBe(200);
    return (response.body.items as { code: string }[]).map((p) => p.code);
  };

  it('sorts by the registered capital now (after adjustments), up and down', async () => {
    expect(await codes('registeredCapitalVnd')).toEqual(['2121000203', '2121000201', '2121000202']);
    expect(await codes('-registeredCapitalVnd')).toEqual(['2121000202', '2121000201', '2121000203']);
  });

  it('sorts by the implemented capital, projects without any last either way', async () => {
    expect(await codes('implementedVnd')).toEqual(['2121000201', '2121000203', '2121000202']);
    expect(await codes('-implementedVnd')).toEqual(['2121000203', '2121000201', '2121000202']);
  });

  it('refuses an order it does not know', async () => {
    const response = await staff.api.get('/api/v1/projects?sort=registeredCapitalUsd');
    expect(response.status).toBe(400);
  });
});
