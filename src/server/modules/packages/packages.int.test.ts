import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder, ty } from '../../../../test/package-builder.ts';
import { addDays, vietnamToday } from '../../../domain/calendar-date.ts';

function validPackage() {
  return new PackageBuilder()
    .board('AA')
    .zone('AA', 'Z1', {
      statusHistory: [
        { status: 'established', since: '2003-06-01' },
        { status: 'operating', since: '2005-01-15' },
      ],
      industrialLandHa: '85.0',
      leasedLandHa: '80.1',
      developer: 'Công ty Hạ tầng AA',
    })
    .zone('AA', 'Z2', { status: 'under_construction', areaHa: '200.25' })
    .project('AA', 'Z1', 'P1', 'DDI', { sector: 'C1410', landHa: '5.2' })
    .event('P1', 'new', '2018-01-01', '100')
    .event('P1', 'adjustment', '2019-03-01', '150')
    .project('AA', 'Z2', 'P2', 'FDI', {
      investors: [
        { name: 'Samsung Display', country: 'KR' },
        { name: 'Công ty CP Đối tác', country: 'VN' },
      ],
    })
    .event('P2', 'new', '2019-02-01', '230', '10000000.00')
    .event('P2', 'adjustment', '2019-09-02', undefined, undefined, 'P2-ĐC1')
    .event('P2', 'termination', '2020-12-20')
    .implemented('P1', '2019-06-30', '40')
    .implemented('P2', '2019-12-31', '50');
}

async function tableCounts(ctx: TestContext) {
  const rows = await queryRows<{ name: string; n: number }>(
    ctx.database.db,
    sql`select 'boards' as name, count(*)::int as n from boards union all select 'zones', count(*)::int from zones
        union all select 'zone_status_changes', count(*)::int from zone_status_changes
        union all select 'projects', count(*)::int from projects union all select 'investors', count(*)::int from investors
        union all select 'licensing_events', count(*)::int from licensing_events
        union all select 'capital_implementations', count(*)::int from capital_implementations
        union all select 'audit_log', count(*)::int from audit_log`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

describe('data package v1', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.createUser({ role: 'admin' });
  });

  it('refuses a package with ten errors, lists all ten with record, field and reason, and changes nothing', async () => {
    const pkg = validPackage().build() as Record<string, any>;
    pkg.extra = true; // 1 unknown top-level key
    pkg.zones[1].areaHa = '-5'; // 2 negative area
    pkg.zones[0].color = 'blue'; // 3 unknown field
    pkg.projects[0].zoneCode = 'NOPE'; // 4 unresolved reference
    pkg.projects[1].investors[0].country = 'XX'; // 5 not an ISO country
    pkg.licensingEvents.push({
      projectCode: 'GHOST',
      kind: 'new',
      date: '2019-01-01',
      documentNo: 'G1',
      capitalVnd: '1',
    }); // 6
    pkg.licensingEvents[1].date = '2019-02-30'; // 7 not a real date (P1's adjustment)
    pkg.projects.push({
      code: 'P3',
      boardCode: 'AA',
      zoneCode: 'Z1',
      name: 'Dự án P3',
      investmentType: 'DDI',
      investors: [{ name: 'Công ty P3', country: 'VN' }],
    });
    pkg.licensingEvents.push({ projectCode: 'P3', kind: 'new', date: '2019-01-01', documentNo: 'P3' }); // 8 new without capital
    pkg.projects.push({
      code: 'P4',
      boardCode: 'AA',
      zoneCode: 'Z1',
      name: 'Dự án P4',
      investmentType: 'DDI',
      investors: [{ name: 'Công ty P4', country: 'VN' }],
    });
    pkg.licensingEvents.push(
      { projectCode: 'P4', kind: 'new', date: '2019-01-01', documentNo: 'P4', capitalVnd: ty('5') },
      { projectCode: 'P4', kind: 'termination', date: '2019-05-01', documentNo: 'QĐ 1/QĐ-BQL' },
      {
        projectCode: 'P4',
        kind: 'adjustment',
        date: '2019-06-01',
        documentNo: 'P4-ĐC1',
        capitalVnd: ty('6'),
      }, // 9 after termination
    );
    pkg.capitalImplementations[0].implementedVnd = '12.5'; // 10 not whole đồng
    const before = await tableCounts(ctx);

    const { status, body } = await admin.api.post('/api/v1/packages/import', pkg);

    expect(status).toBe(422);
    expect(body.error.code).toBe('PACKAGE_INVALID');
    const problems = body.error.details
      .map((d: any) => `${d.kind}[${d.index}] ${d.code} ${d.field} ${d.reason}`)
      .sort();
    expect(problems).toEqual(
      [
        'package[null] null extra unrecognized_key',
        'zones[1] Z2 areaHa custom',
        'zones[0] Z1 color unrecognized_keys',
        'projects[0] P1 zoneCode REFERENCE_NOT_FOUND',
        'projects[1] P2 investors.0.country custom',
        'licensingEvents[5] GHOST projectCode REFERENCE_NOT_FOUND',
        'licensingEvents[1] P1 date custom',
        'licensingEvents[6] P3 capitalVnd LEDGER_NEW_WITHOUT_CAPITAL',
        'licensingEvents[9] P4 date LEDGER_EVENT_AFTER_TERMINATION',
        'capitalImplementations[0] P1 implementedVnd invalid_format',
      ].sort(),
    );
    for (const detail of body.error.details) expect(detail.message.length).toBeGreaterThan(5);
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('imports a valid package, and importing it again changes nothing', async () => {
    const pkg = validPackage().build();
    const first = await admin.api.post('/api/v1/packages/import', pkg);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      dryRun: false,
      boards: { created: 1 },
      zones: { created: 2 },
      projects: { created: 2 },
      licensingEvents: { created: 5 },
      capitalImplementations: { created: 2 },
    });
    const afterFirst = await tableCounts(ctx);
    const exportFirst = (await admin.api.get('/api/v1/packages/export?board=AA')).body;

    const second = await admin.api.post('/api/v1/packages/import', pkg);
    expect(second.status).toBe(200);
    for (const kind of [
      'boards',
      'zones',
      'projects',
      'licensingEvents',
      'capitalImplementations',
    ] as const) {
      expect(second.body[kind]).toEqual({ created: 0, updated: 0, unchanged: expect.any(Number) });
    }
    expect(await tableCounts(ctx)).toEqual(afterFirst);
    const exportSecond = (await admin.api.get('/api/v1/packages/export?board=AA')).body;
    expect({ ...exportSecond, exportedAt: null }).toEqual({ ...exportFirst, exportedAt: null });
  });

  it('updates in place what a later package corrects, and audits it', async () => {
    const corrected = validPackage().build() as Record<string, any>;
    corrected.licensingEvents[1].capitalVnd = ty('160');
    const dry = await admin.api.post('/api/v1/packages/import?dryRun=true', corrected);
    expect(dry.body).toMatchObject({ dryRun: true, licensingEvents: { updated: 1 } });
    const report = async () =>
      (await admin.api.get('/api/v1/reports/investment?board=AA&from=2019-01-01&to=2019-12-31')).body;
    expect((await report()).licensing.adjustments.capitalChangeVnd).toBe(ty('50'));
    const result = await admin.api.post('/api/v1/packages/import', corrected);
    expect(result.body.licensingEvents).toEqual({ created: 0, updated: 1, unchanged: 4 });
    expect((await report()).licensing.adjustments.capitalChangeVnd).toBe(ty('60'));
    const audit = await admin.api.get('/api/v1/audit?entityType=licensing_event&pageSize=5');
    const update = audit.body.items.find((e: any) => e.action === 'update');
    expect(update.before.capitalVnd).toBe(ty('150'));
    expect(update.after.capitalVnd).toBe(ty('160'));
    expect(update.actorLabel).toBe(admin.username);
  });

  it('exports and imports into an empty database with identical reports', async () => {
    const exported = (await admin.api.get('/api/v1/packages/export')).body;
    const fresh = await createTestContext();
    const freshAdmin = await fresh.createUser({ role: 'admin' });
    const imported = await freshAdmin.api.post('/api/v1/packages/import', exported);
    expect(imported.status).toBe(200);
    for (const query of [
      'reports/investment?from=2019-01-01&to=2019-11-30',
      'reports/investment?from=2018-01-01&to=2021-12-31',
      'reports/zones?asOf=2019-11-30',
      'reports/zones?asOf=2004-01-01',
    ]) {
      expect((await freshAdmin.api.get(`/api/v1/${query}`)).body).toEqual(
        (await admin.api.get(`/api/v1/${query}`)).body,
      );
    }
    const reexported = (await freshAdmin.api.get('/api/v1/packages/export')).body;
    expect({ ...reexported, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
  });

  it("lets a board's staff import into its own board only", async () => {
    const staff = await ctx.createUser({ role: 'staff', board: 'AA' });
    const own = validPackage().build();
    expect((await staff.api.post('/api/v1/packages/import', own)).status).toBe(200);
    const other = new PackageBuilder().board('ZZ').zone('ZZ', 'Q1').build();
    const refused = await staff.api.post('/api/v1/packages/import', other);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d: any) => d.reason).sort()).toEqual([
      'BOARD_FORBIDDEN',
      'BOARD_READ_ONLY',
    ]);
    const viewer = await ctx.createUser({ role: 'viewer', board: 'AA' });
    // A reader is refused before the package is read (permission first).
    const viewerImport = await viewer.api.post('/api/v1/packages/import', own);
    expect(viewerImport.status).toBe(403);
    expect(viewerImport.body.error.code).toBe('FORBIDDEN');
  });

  it('refuses what the API refuses, with the same reasons: a future date, a certificate number of another project, FDI without USD, implemented capital after termination', async () => {
    const stored = new PackageBuilder()
      .board('LR')
      .zone('LR', 'LR-1')
      .project('LR', 'LR-1', 'S1', 'DDI')
      .event('S1', 'new', '2019-01-01', '10', undefined, 'GCN-S1')
      .build();
    expect((await admin.api.post('/api/v1/packages/import', stored)).status).toBe(200);
    const pkg = new PackageBuilder()
      .board('LR')
      .zone('LR', 'LR-1')
      .project('LR', 'LR-1', 'F1', 'FDI')
      .event('F1', 'new', '2019-01-01', '230', undefined, 'GCN-F1') // 0 FDI without USD
      .project('LR', 'LR-1', 'F2', 'FDI')
      .event('F2', 'new', '2019-01-01', '230', '10000000.00', 'GCN-F2')
      .event('F2', 'adjustment', '2019-06-01', '250', undefined, 'GCN-F2') // 2 +20 tỷ without USD
      .event('F2', 'adjustment', '2019-07-01', '230', '10000000.00', 'GCN-F2-ĐC2') // back with USD
      .project('LR', 'LR-1', 'D1', 'DDI')
      .event('D1', 'new', addDays(vietnamToday(), 1), '5', undefined, 'GCN-D1') // 4 in the future
      .project('LR', 'LR-1', 'D2', 'DDI')
      .event('D2', 'new', '2019-01-01', '5', undefined, 'GCN-S1') // 5 stored project S1's number
      .project('LR', 'LR-1', 'D3', 'DDI')
      .event('D3', 'new', '2019-01-01', '5', undefined, 'GCN-D3') // 7 also D4's
      .project('LR', 'LR-1', 'D4', 'DDI')
      .event('D4', 'new', '2019-01-01', '5', undefined, 'GCN-D3') // 7 also D3's
      .event('D4', 'termination', '2020-01-01', undefined, undefined, 'QĐ 1/QĐ-BQL')
      .project('LR', 'LR-1', 'D5', 'DDI')
      .event('D5', 'new', '2019-01-01', '5', undefined, 'GCN-D5')
      .event('D5', 'termination', '2021-01-01', undefined, undefined, 'QĐ 1/QĐ-BQL') // a decision may repeat
      .implemented('D5', '2021-01-01', '1')
      .implemented('D5', '2021-03-31', '2') // 1 after the termination
      .implemented('D5', '2020-12-31', '9') // above the registered capital: accepted
      .build();
    const { status, body } = await admin.api.post('/api/v1/packages/import', pkg);
    expect(status).toBe(422);
    expect(
      body.error.details.map((d: any) => `${d.kind}[${d.index}] ${d.code} ${d.field} ${d.reason}`).sort(),
    ).toEqual(
      [
        'licensingEvents[0] F1 capitalUsd FDI_WITHOUT_USD',
        'licensingEvents[2] F2 capitalUsd FDI_WITHOUT_USD',
        'licensingEvents[4] D1 date EVENT_DATE_IN_FUTURE',
        'licensingEvents[5] D2 documentNo DOCUMENT_NO_TAKEN',
        'licensingEvents[6] D3 documentNo DOCUMENT_NO_TAKEN',
        'licensingEvents[7] D4 documentNo DOCUMENT_NO_TAKEN',
        'capitalImplementations[1] D5 asOf IMPLEMENTED_AFTER_TERMINATION',
      ].sort(),
    );
    // A termination the package brings before implemented capital already stored.
    const withImplementation = new PackageBuilder()
      .board('LR')
      .zone('LR', 'LR-1')
      .project('LR', 'LR-1', 'S1', 'DDI')
      .implemented('S1', '2020-06-30', '4')
      .build();
    expect((await admin.api.post('/api/v1/packages/import', withImplementation)).status).toBe(200);
    const terminating = new PackageBuilder()
      .board('LR')
      .zone('LR', 'LR-1')
      .project('LR', 'LR-1', 'S1', 'DDI')
      .event('S1', 'termination', '2020-01-01', undefined, undefined, 'QĐ 9/QĐ-BQL')
      .build();
    const refused = await admin.api.post('/api/v1/packages/import', terminating);
    expect(refused.body.error.details.map((d: any) => `${d.kind}[${d.index}] ${d.reason}`)).toEqual([
      'licensingEvents[0] IMPLEMENTED_AFTER_TERMINATION',
    ]);
  });

  it('answers malformed documents in the envelope', async () => {
    const notPackage = await admin.api.post('/api/v1/packages/import', {
      format: 'something-else',
      version: 2,
    });
    expect(notPackage.status).toBe(422);
    expect(notPackage.body.error.details.map((d: any) => d.field)).toEqual(['format', 'version']);
    const array = await admin.api.post('/api/v1/packages/import', '[1,2]');
    expect(array.status).toBe(400);
    const broken = await admin.api.post('/api/v1/packages/import', '{"format": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
  });

  it('reads a package as it arrives: refuses bytes past the limit, sent with or without a length, and names where JSON breaks', async () => {
    const small = await createTestContext({ packageBodyLimit: 4096 });
    const smallAdmin = await small.createUser({ role: 'admin' });
    const before = await tableCounts(small);
    const text = JSON.stringify(validPackage().build());
    expect(Buffer.byteLength(text)).toBeLessThan(4096);
    const padded = text.replace(/}$/, `,"exportedAt":"2026-11-22T08:00:00+07:00"${' '.repeat(4096)}}`);
    // In small chunks, so the parser meets the limit in the middle of the document.
    const chunks = (body: string) => Readable.from(body.match(/[^]{1,512}/g)!.map((c) => Buffer.from(c)));
    for (const payload of [padded, chunks(padded)]) {
      const response = await smallAdmin.api.post('/api/v1/packages/import', payload);
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    }
    const broken = await smallAdmin.api.post(
      '/api/v1/packages/import',
      chunks(text.replace('"boards":', '"boards" ')),
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
    expect(broken.body.error.details[0].message).toMatch(/\(byte \d+\)$/);
    expect(await tableCounts(small)).toEqual(before);

    const imported = await smallAdmin.api.post('/api/v1/packages/import', chunks(text));
    expect(imported.status).toBe(200);
    expect(imported.body.projects.created).toBe(2);
    const [entry] = await queryRows<{ hash: string }>(
      small.database.db,
      sql`select after->>'contentHash' as hash from audit_log where action = 'import' order by at desc limit 1`,
    );
    expect(entry?.hash).toBe(createHash('sha256').update(text).digest('hex'));
    await small.close();
  });

  it('carries enterprises and their accepted reports: the production report survives export and import', async () => {
    const pkg = new PackageBuilder()
      .board('EE')
      .zone('EE', 'E1')
      .project('EE', 'E1', 'EP1', 'FDI')
      .event('EP1', 'new', '2017-05-01', '300', '13000000.00')
      .enterprise('EE', 'E1', '0300000001', 'FDI', { projectCodes: ['EP1'] })
      .enterprise('EE', 'E1', '0300000002', 'DDI')
      .enterpriseReport('0300000001', '2018', { productionValueVnd: '900', exportUsd: '12.34', workers: 40 })
      .enterpriseReport('0300000002', '2018', {
        productionValueVnd: '100',
        workers: 10,
        averageIncomeVnd: '4000000',
      });
    for (const q of [1, 2, 3, 4])
      pkg.enterpriseReport('0300000001', `2019-Q${q}`, {
        productionValueVnd: String(250 * q),
        exportUsd: '3.10',
        workers: 40 + q,
        insuredWorkers: 30,
        averageIncomeVnd: '6000000',
      });
    pkg.enterpriseReport('0300000002', '2019', {
      productionValueVnd: '120',
      workers: 12,
      averageIncomeVnd: '4500000',
    });
    expect((await admin.api.post('/api/v1/packages/import', pkg.build())).status).toBe(200);
    const production = async (user: TestUser) =>
      (await user.api.get('/api/v1/reports/production?board=EE&period=2019')).body;
    const before = await production(admin);
    expect(before.indicators.productionValueVnd.total).toEqual({
      value: '2620',
      previous: '1000',
      growthPct: 162.0,
    });

    // A report still being filed (a draft) is not the board's figure: not exported, not counted.
    await ctx.database.db.execute(
      sql`update enterprise_reports set status = 'draft' where period = '2019' and board_id = (select id from boards where code = 'EE')`,
    );
    const exported = (await admin.api.get('/api/v1/packages/export?board=EE')).body;
    expect(exported.enterprises.map((e: { taxCode: string }) => e.taxCode)).toEqual([
      '0300000001',
      '0300000002',
    ]);
    expect(exported.enterpriseReports.map((r: { period: string }) => r.period).sort()).toEqual([
      '2018',
      '2018',
      '2019-Q1',
      '2019-Q2',
      '2019-Q3',
      '2019-Q4',
    ]);
    const withoutDraft = await production(admin);
    expect(withoutDraft.indicators.productionValueVnd.total.value).toBe('2500');

    const fresh = await createTestContext();
    const freshAdmin = await fresh.createUser({ role: 'admin' });
    expect((await freshAdmin.api.post('/api/v1/packages/import', exported)).status).toBe(200);
    expect(await production(freshAdmin)).toEqual(withoutDraft);

    // Importing the package again makes its figures the board's: the draft becomes accepted.
    const again = await admin.api.post('/api/v1/packages/import', pkg.build());
    expect(again.body.enterpriseReports).toMatchObject({ updated: 1 });
    expect(await production(admin)).toEqual(before);
  });
});
