import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { wordParagraphs, zipParts } from '../../../../test/office-files.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';

const API = '/api/v1/environment';

/** A Word document's text as LibreOffice reads it (converted to plain text). */
async function wordTextByLibreOffice(content: Buffer): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kcn-env-'));
  try {
    writeFileSync(path.join(dir, 'bao-cao.docx'), content);
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        path.join(dir, 'bao-cao.docx'),
      ],
      { timeout: 120_000, env: { ...process.env, LANG: 'vi_VN.UTF-8' } },
    );
    return readFileSync(path.join(dir, 'bao-cao.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

/**
 * The zones' environment: a board (TB) with two zones, five enterprises, three plants, QCVN 40
 * column B copied in with Kq = 0.9 and Kf = 1.1 on one plant, connections over time (one ended,
 * one of an enterprise that ceased operating), samples with values on, above and below their
 * limits, and the environment report by year and quarter as JSON, Word and Excel.
 */
describe('the environment of the zones', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let hyStaff: TestUser;
  const e: Record<string, string> = {};
  const z: Record<string, string> = {};
  let standard: any;
  let p1: any;
  let p2: any;
  let p3: any;
  const connections: Record<string, any> = {};
  const samples: Record<string, any> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z1')
        .zone('TB', 'TB-Z2')
        .zone('HY', 'HY-Z')
        .enterprise('TB', 'TB-Z1', '0100000001', 'DDI')
        .enterprise('TB', 'TB-Z1', '0100000002', 'DDI')
        .enterprise('TB', 'TB-Z1', '0100000003', 'FDI')
        .enterprise('TB', 'TB-Z1', '0100000004', 'FDI')
        .enterprise('TB', 'TB-Z2', '0100000005', 'DDI')
        .enterprise('HY', 'HY-Z', '0200000006', 'DDI')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    for (const item of ok(await staff.api.get('/api/v1/enterprises')).items)
      e[item.taxCode.slice(-1)] = item.id;
    e['6'] = ok(await hyStaff.api.get('/api/v1/enterprises')).items[0].id;
    for (const zone of ok(await staff.api.get('/api/v1/zones')).items) z[zone.code] = zone.id;
    z['HY-Z'] = ok(await hyStaff.api.get('/api/v1/zones')).items[0].id;
    // Enterprise 4 ceased operating on 30/6/2025.
    const e4 = ok(await staff.api.get(`/api/v1/enterprises/${e['4']}`));
    ok(
      await staff.api.patch(`/api/v1/enterprises/${e['4']}`, {
        version: e4.version,
        operatingUntil: '2025-06-30',
      }),
    );

    standard = ok(await staff.api.post(`${API}/standards/builtin`, { code: 'QCVN40-2011-B' }), 201);
    p1 = ok(
      await staff.api.post(`${API}/plants`, {
        zoneId: z['TB-Z1'],
        name: 'Nhà máy XLNT tập trung KCN Z1 — giai đoạn 1',
        capacityM3PerDay: '3000.50',
        standardId: standard.id,
        kq: '0.9',
        kf: '1.1',
        operator: 'Công ty CP Hạ tầng Z1',
        commissionedOn: '2019-05-01',
        receivingWater: 'Sông Trà Lý',
        permits: [
          {
            kind: 'Giấy phép môi trường',
            number: '123/GP-UBND',
            issuedOn: '2023-03-01',
            issuer: 'UBND tỉnh Thái Bình',
            validUntil: '2033-03-01',
          },
        ],
      }),
      201,
    );
    p2 = ok(
      await staff.api.post(`${API}/plants`, {
        zoneId: z['TB-Z1'],
        name: 'Nhà máy XLNT tập trung KCN Z1 — giai đoạn 2',
        capacityM3PerDay: '1500',
        status: 'under_construction',
      }),
      201,
    );
    p3 = ok(
      await staff.api.post(`${API}/plants`, {
        zoneId: z['TB-Z2'],
        name: 'Nhà máy XLNT KCN Z2',
        capacityM3PerDay: '2000',
        standardId: standard.id,
      }),
      201,
    );
    const connect = async (plant: any, enterprise: string, connectedOn: string) =>
      ok(
        await staff.api.post(`${API}/plants/${plant.id}/connections`, {
          enterpriseId: e[enterprise],
          connectedOn,
        }),
        201,
      );
    connections['1'] = await connect(p1, '1', '2024-01-01');
    connections['2'] = await connect(p1, '2', '2024-06-01');
    connections['4'] = await connect(p1, '4', '2024-01-01');
    connections['5'] = await connect(p3, '5', '2025-03-01');
    connections['2'] = ok(
      await staff.api.post(`${API}/connections/${connections['2'].id}/end`, {
        version: connections['2'].version,
        disconnectedOn: '2025-09-01',
      }),
    );
    const sample = async (plant: any, body: object) =>
      ok(await staff.api.post(`${API}/plants/${plant.id}/samples`, body), 201);
    samples.s1 = await sample(p1, {
      sampledOn: '2025-03-10',
      laboratory: 'Trung tâm Quan trắc tỉnh',
      results: [
        { parameterCode: 'COD', value: '148.5' },
        { parameterCode: 'BOD5', value: '49.6' },
        { parameterCode: 'pH', value: '7' },
      ],
    });
    samples.s2 = await sample(p1, {
      sampledOn: '2025-08-20',
      kind: 'automatic',
      results: [
        { parameterCode: 'COD', value: '160' },
        { parameterCode: 'TSS', value: '99' },
      ],
    });
    samples.s3 = await sample(p3, {
      sampledOn: '2025-05-05',
      results: [
        { parameterCode: 'COD', value: '150' },
        { parameterCode: 'coliform', value: '5001' },
      ],
    });
    samples.s4 = await sample(p1, {
      sampledOn: '2025-08-21',
      point: 'inlet',
      results: [{ parameterCode: 'COD', value: '400' }],
    });
    samples.s5 = await sample(p1, {
      sampledOn: '2024-12-31',
      results: [{ parameterCode: 'COD', value: '200' }],
    });
  }, 120_000);
  afterAll(() => ctx.close());

  it('copies QCVN 40:2011 column B with its limits', async () => {
    expect(standard).toMatchObject({ code: 'QCVN40-2011-B', name: 'QCVN 40:2011/BTNMT cột B' });
    expect(standard.parameters).toHaveLength(28);
    expect(standard.parameters.find((p: any) => p.code === 'pH')).toEqual({
      code: 'pH',
      name: 'pH',
      unit: '-',
      minValue: '5.5',
      maxValue: '9',
      appliesKqKf: false,
    });
    const list = ok(await viewer.api.get(`${API}/standards`));
    expect(list.map((s: any) => s.code)).toEqual(['QCVN40-2011-B']);
    expect(list[0].plantCount).toBe(2);
  });

  it('judges each result against C × Kq × Kf at write time, exactly', () => {
    const byCode = (s: any) => Object.fromEntries(s.results.map((r: any) => [r.parameterCode, r]));
    const s1 = byCode(samples.s1);
    // COD: 150 × 0.9 × 1.1 = 148.5; 148.5 is on the limit, within.
    expect(s1.COD).toMatchObject({ value: '148.5', limitMin: null, limitMax: '148.5', exceeds: false });
    // BOD5: 50 × 0.99 = 49.5; 49.6 is above.
    expect(s1.BOD5).toMatchObject({ value: '49.6', limitMax: '49.5', exceeds: true, unit: 'mg/l' });
    // pH: Kq, Kf do not apply.
    expect(s1.pH).toMatchObject({ limitMin: '5.5', limitMax: '9', exceeds: false });
    expect(samples.s1.exceedances).toBe(1);
    // TSS: 100 × 0.99 = 99, on the limit.
    expect(byCode(samples.s2).TSS).toMatchObject({ limitMax: '99', exceeds: false });
    expect(byCode(samples.s2).COD.exceeds).toBe(true);
    // P3 has no Kq, Kf: COD 150 within 150; coliform never multiplied, 5001 above 5000.
    expect(byCode(samples.s3).COD).toMatchObject({ limitMax: '150', exceeds: false });
    expect(byCode(samples.s3).coliform).toMatchObject({
      limitMax: '5000',
      exceeds: true,
      unit: 'MPN/100 ml',
    });
    // At the inlet no limit applies.
    expect(byCode(samples.s4).COD).toMatchObject({ limitMin: null, limitMax: null, exceeds: false });
  });

  it("shows a plant with its connections' history, latest samples and today's figures", async () => {
    const detail = ok(await viewer.api.get(`${API}/plants/${p1.id}`));
    expect(detail).toMatchObject({
      capacityM3PerDay: '3000.5',
      kq: '0.9',
      kf: '1.1',
      status: 'operating',
      standard: { code: 'QCVN40-2011-B' },
      zone: { code: 'TB-Z1' },
      // Today: 1 (open) and 4 (open, but ceased operating); 2 ended on 1/9/2025.
      connectedToday: 2,
      // Zone Z1 today: operating 1, 2, 3 (4 ceased); connected of them: 1 → 33.3 %.
      zoneOperatingEnterprises: 3,
      zoneConnectedEnterprises: 1,
      zoneConnectionRate: 33.3,
      lastSample: { id: samples.s4.id, sampledOn: '2025-08-21', point: 'inlet', exceedances: 0 },
    });
    expect(detail.permits[0]).toMatchObject({ number: '123/GP-UBND', validUntil: '2033-03-01' });
    expect(detail.connections).toHaveLength(3);
    expect(detail.connections.find((c: any) => c.enterprise.id === e['2'])).toMatchObject({
      connectedOn: '2024-06-01',
      disconnectedOn: '2025-09-01',
      version: 2,
    });
    expect(detail.latestSamples.map((s: any) => s.sampledOn)).toEqual([
      '2025-08-21',
      '2025-08-20',
      '2025-03-10',
      '2024-12-31',
    ]);
    const list = ok(await viewer.api.get(`${API}/plants?zoneId=${z['TB-Z1']}`));
    expect(list.map((p: any) => p.id).sort()).toEqual([p1.id, p2.id].sort());
    expect(ok(await viewer.api.get(`${API}/plants`))).toHaveLength(3);
  });

  it('lists samples by plant, dates and exceedance, and one parameter as a series', async () => {
    const exceeding = ok(await viewer.api.get(`${API}/samples?plantId=${p1.id}&exceedsOnly=true`));
    expect(exceeding.total).toBe(3);
    expect(exceeding.items.map((s: any) => s.sampledOn)).toEqual(['2025-08-20', '2025-03-10', '2024-12-31']);
    const q3 = ok(await viewer.api.get(`${API}/samples?zoneId=${z['TB-Z1']}&from=2025-07-01&to=2025-09-30`));
    expect(q3.items.map((s: any) => s.id)).toEqual([samples.s4.id, samples.s2.id]);
    const series = ok(await viewer.api.get(`${API}/plants/${p1.id}/series?parameter=COD`));
    expect(series.parameter).toEqual({ code: 'COD', name: 'COD', unit: 'mg/l' });
    expect(series.limits).toEqual({ min: null, max: '148.5' });
    expect(series.points.map((p: any) => [p.sampledOn, p.value, p.exceeds])).toEqual([
      ['2024-12-31', '200', true],
      ['2025-03-10', '148.5', false],
      ['2025-08-20', '160', true],
    ]);
  });

  it('computes the report of a year per zone and in total', async () => {
    const report = ok(await viewer.api.get(`${API}/report?period=2025`));
    expect(report).toMatchObject({
      report: 'environment',
      period: '2025',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(report.boards).toEqual(['TB']);
    const [z1, z2] = report.zones;
    // Z1: P1 (operating, 3000.5) and P2 (under construction, 1500) → 2 plants, 1 operating,
    // 4500.5 m³/day designed, 3000.5 operating. At 31/12/2025 enterprises 1, 2, 3 operate (4
    // ceased 30/6); of them only 1 is connected (2 ended 1/9) → 1/3 = 33.3 %. Samples dated in
    // 2025: S1, S2, S4 (S5 is 2024) → 3; with an exceedance S1 (BOD5), S2 (COD) → 2.
    expect(z1).toEqual({
      board: 'TB',
      zoneId: z['TB-Z1'],
      zoneCode: 'TB-Z1',
      zoneName: 'KCN TB-Z1',
      plants: 2,
      operatingPlants: 1,
      designCapacityM3PerDay: '4500.5',
      operatingCapacityM3PerDay: '3000.5',
      operatingEnterprises: 3,
      connectedEnterprises: 1,
      connectionRate: 33.3,
      samples: 3,
      samplesWithExceedance: 2,
      exceedancesByParameter: [
        { parameterCode: 'BOD5', parameterName: 'BOD5 (20 °C)', count: 1 },
        { parameterCode: 'COD', parameterName: 'COD', count: 1 },
      ],
    });
    // Z2: P3 2000; enterprise 5 connected since 1/3/2025 → 1/1; S3 with coliform above.
    expect(z2).toMatchObject({
      zoneCode: 'TB-Z2',
      plants: 1,
      operatingPlants: 1,
      designCapacityM3PerDay: '2000',
      operatingEnterprises: 1,
      connectedEnterprises: 1,
      connectionRate: 100,
      samples: 1,
      samplesWithExceedance: 1,
    });
    // Total: 3 plants, 2 operating, 6500.5 / 5000.5; 2 of 4 connected = 50 %; 4 samples, 3 exceeding.
    expect(report.total).toEqual({
      plants: 3,
      operatingPlants: 2,
      designCapacityM3PerDay: '6500.5',
      operatingCapacityM3PerDay: '5000.5',
      operatingEnterprises: 4,
      connectedEnterprises: 2,
      connectionRate: 50,
      samples: 4,
      samplesWithExceedance: 3,
      exceedancesByParameter: [
        { parameterCode: 'BOD5', parameterName: 'BOD5 (20 °C)', count: 1 },
        { parameterCode: 'COD', parameterName: 'COD', count: 1 },
        { parameterCode: 'coliform', parameterName: 'Coliform', count: 1 },
      ],
    });
  });

  it('counts connections as of the quarter’s last day', async () => {
    // 30/6/2025: 1, 2, 4 connected and 4 still operating (until 30/6 inclusive) → Z1 3/4 = 75 %.
    const q2 = ok(await staff.api.get(`${API}/report?period=2025-Q2`));
    expect(q2.zones[0]).toMatchObject({
      operatingEnterprises: 4,
      connectedEnterprises: 3,
      connectionRate: 75,
      samples: 0,
    });
    // 30/9/2025: 2 ended on 1/9 and is not counted; 4 ceased → 1/3.
    const q3 = ok(await staff.api.get(`${API}/report?period=2025-Q3`));
    expect(q3.zones[0]).toMatchObject({
      operatingEnterprises: 3,
      connectedEnterprises: 1,
      connectionRate: 33.3,
      samples: 2,
      samplesWithExceedance: 1,
    });
    expect(q3.total.connectionRate).toBe(50);
    // Before any plant: no enterprise operates? All of them do (no start date), none connected.
    const early = ok(await staff.api.get(`${API}/report?period=2023`));
    expect(early.total).toMatchObject({
      operatingEnterprises: 5,
      connectedEnterprises: 0,
      connectionRate: 0,
      samples: 0,
    });
  });

  it('refuses with specific codes and changes nothing', async () => {
    const before = ok(await staff.api.get(`${API}/plants/${p1.id}`));
    const auditBefore = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_log`,
    );
    // An enterprise of another zone, of another board.
    refused(
      await staff.api.post(`${API}/plants/${p1.id}/connections`, {
        enterpriseId: e['5'],
        connectedOn: '2025-01-01',
      }),
      422,
      'ENVIRONMENT_ENTERPRISE_NOT_FOUND',
    );
    refused(
      await staff.api.post(`${API}/plants/${p1.id}/connections`, {
        enterpriseId: e['6'],
        connectedOn: '2025-01-01',
      }),
      422,
      'ENVIRONMENT_ENTERPRISE_NOT_FOUND',
    );
    // Already connected on that day (open), and before the end of an ended connection.
    refused(
      await staff.api.post(`${API}/plants/${p1.id}/connections`, {
        enterpriseId: e['1'],
        connectedOn: '2025-01-01',
      }),
      409,
      'ENVIRONMENT_ALREADY_CONNECTED',
    );
    refused(
      await staff.api.post(`${API}/plants/${p1.id}/connections`, {
        enterpriseId: e['2'],
        connectedOn: '2025-08-31',
      }),
      409,
      'ENVIRONMENT_ALREADY_CONNECTED',
    );
    // Ending: already ended, before it began, at a stale version.
    refused(
      await staff.api.post(`${API}/connections/${connections['2'].id}/end`, {
        version: 2,
        disconnectedOn: '2025-10-01',
      }),
      409,
      'ENVIRONMENT_CONNECTION_ENDED',
    );
    refused(
      await staff.api.post(`${API}/connections/${connections['1'].id}/end`, {
        version: 1,
        disconnectedOn: '2023-12-31',
      }),
      422,
      'ENVIRONMENT_CONNECTION_PERIOD',
    );
    refused(
      await staff.api.post(`${API}/connections/${connections['1'].id}/end`, {
        version: 7,
        disconnectedOn: '2026-01-01',
      }),
      409,
      'VERSION_CONFLICT',
    );
    // Samples: a plant without a standard, an unknown and a repeated parameter, a value not a decimal.
    refused(
      await staff.api.post(`${API}/plants/${p2.id}/samples`, {
        sampledOn: '2025-01-01',
        results: [{ parameterCode: 'COD', value: '1' }],
      }),
      422,
      'ENVIRONMENT_PLANT_NO_STANDARD',
    );
    const invalid = refused(
      await staff.api.post(`${API}/plants/${p1.id}/samples`, {
        sampledOn: '2025-01-01',
        results: [
          { parameterCode: 'COD', value: '1' },
          { parameterCode: 'XYZ', value: '1' },
          { parameterCode: 'COD', value: '2' },
        ],
      }),
      422,
      'ENVIRONMENT_SAMPLE_INVALID',
    );
    expect(invalid.details.map((d: any) => [d.path, d.reason])).toEqual([
      ['body.results[1].parameterCode', 'unknown_parameter'],
      ['body.results[2].parameterCode', 'duplicate'],
    ]);
    refused(
      await staff.api.post(`${API}/plants/${p1.id}/samples`, {
        sampledOn: '2025-01-01',
        results: [{ parameterCode: 'COD', value: '1,5' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    // Standards: the same code again, limits upside down, in use.
    refused(
      await staff.api.post(`${API}/standards/builtin`, { code: 'QCVN40-2011-B' }),
      409,
      'ENVIRONMENT_STANDARD_DUPLICATE',
    );
    const upside = refused(
      await staff.api.post(`${API}/standards`, {
        code: 'NOI-BO',
        name: 'Tiêu chuẩn nội bộ',
        parameters: [
          { code: 'pH', name: 'pH', unit: '-', minValue: '9', maxValue: '6' },
          { code: 'COD', name: 'COD', unit: 'mg/l' },
        ],
      }),
      422,
      'ENVIRONMENT_PARAMETER_INVALID',
    );
    expect(upside.details.map((d: any) => d.reason)).toEqual(['min_above_max', 'no_limit']);
    refused(
      await staff.api.delete(`${API}/standards/${standard.id}?version=1`),
      409,
      'ENVIRONMENT_STANDARD_IN_USE',
    );
    // Plants: another board's zone, a coefficient of zero.
    refused(
      await staff.api.post(`${API}/plants`, { zoneId: z['HY-Z'], name: 'Nhà máy lạ', capacityM3PerDay: '1' }),
      422,
      'ENVIRONMENT_ZONE_NOT_FOUND',
    );
    refused(
      await staff.api.patch(`${API}/plants/${p1.id}`, { version: before.version, kq: '0' }),
      400,
      'VALIDATION_FAILED',
    );
    // A viewer reads but does not write; another board sees nothing.
    refused(
      await viewer.api.post(`${API}/plants/${p1.id}/samples`, {
        sampledOn: '2025-01-01',
        results: [{ parameterCode: 'COD', value: '1' }],
      }),
      403,
      'FORBIDDEN',
    );
    refused(await hyStaff.api.get(`${API}/plants/${p1.id}`), 404, 'ENVIRONMENT_PLANT_NOT_FOUND');
    refused(
      await hyStaff.api.post(`${API}/plants/${p1.id}/samples`, {
        sampledOn: '2025-01-01',
        results: [{ parameterCode: 'COD', value: '1' }],
      }),
      404,
      'ENVIRONMENT_PLANT_NOT_FOUND',
    );
    refused(await hyStaff.api.get(`${API}/standards/${standard.id}`), 404, 'ENVIRONMENT_STANDARD_NOT_FOUND');
    refused(
      await hyStaff.api.post(`${API}/connections/${connections['1'].id}/end`, {
        version: 1,
        disconnectedOn: '2026-01-01',
      }),
      404,
      'ENVIRONMENT_CONNECTION_NOT_FOUND',
    );
    expect(ok(await hyStaff.api.get(`${API}/samples?plantId=${p1.id}`)).total).toBe(0);
    expect(ok(await hyStaff.api.get(`${API}/report?period=2025`)).boards).toEqual(['HY']);
    refused(await hyStaff.api.get(`${API}/report?period=2025&board=TB`), 404, 'BOARD_NOT_FOUND');
    refused(await staff.api.get(`${API}/report?period=2025-H1`), 400, 'VALIDATION_FAILED');

    expect(ok(await staff.api.get(`${API}/plants/${p1.id}`))).toEqual(before);
    const auditAfter = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_log`,
    );
    expect(auditAfter).toEqual(auditBefore);
  });

  it('keeps the flags of recorded samples when the standard changes, and audits each change', async () => {
    const current = ok(await staff.api.get(`${API}/standards/${standard.id}`));
    const parameters = current.parameters.map((p: any) => (p.code === 'COD' ? { ...p, maxValue: '100' } : p));
    const changed = ok(
      await staff.api.patch(`${API}/standards/${standard.id}`, { version: current.version, parameters }),
    );
    expect(changed.version).toBe(2);
    expect(changed.parameters.find((p: any) => p.code === 'COD').maxValue).toBe('100');
    const series = ok(await staff.api.get(`${API}/plants/${p1.id}/series?parameter=COD`));
    // Today's limit 100 × 0.99 = 99; the recorded values keep 148.5 and their flags.
    expect(series.limits.max).toBe('99');
    expect(series.points[1]).toMatchObject({ value: '148.5', limitMax: '148.5', exceeds: false });
    const audit = await queryRows<{ entity_type: string; n: number }>(
      ctx.database.db,
      sql`select entity_type, count(*)::int as n from audit_log
          where entity_type in ('discharge_standard', 'wastewater_plant', 'wastewater_connection', 'monitoring_sample')
          group by entity_type order by entity_type`,
    );
    expect(Object.fromEntries(audit.map((a) => [a.entity_type, a.n]))).toEqual({
      discharge_standard: 2,
      monitoring_sample: 5,
      wastewater_connection: 5,
      wastewater_plant: 3,
    });
  });

  it('writes the report as a Word report and an Excel form that LibreOffice opens and reads', async () => {
    const fetch = async (format: 'docx' | 'xlsx') => {
      const response = await ctx.app.inject({
        url: `${API}/report?period=2025&format=${format}&number=7&date=2026-01-10&signer=${encodeURIComponent('Trần Thị B')}`,
        headers: { cookie: staff.cookie },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response;
    };
    const docx = await fetch('docx');
    expect(docx.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="bao-cao-moi-truong-kcn_TB_2025.docx"',
    );
    const paragraphs = wordParagraphs((await zipParts(docx.rawPayload)).get('word/document.xml')!);
    expect(paragraphs).toContain('Số: 07/BC-BQL');
    const text = await wordTextByLibreOffice(docx.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('tỷ lệ đấu nối 50,0%');
    expect(text).toContain('tổng công suất thiết kế 5.000,5 m³/ngày đêm');
    expect(text).toContain('đã quan trắc 4 mẫu, trong đó 3 mẫu có thông số vượt quy chuẩn');
    expect(text).toContain('KCN TB-Z1 (TB-Z1)');
    expect(text).toContain('Trần Thị B');

    const xlsx = await fetch('xlsx');
    expect(xlsx.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const csv = (await convertWithLibreOffice(xlsx.rawPayload, 'bao-cao.xlsx', 'csv')).toString('utf8');
    // LibreOffice's CSV of the first sheet (its default character set: read the ASCII parts).
    expect(csv).toContain(',01,3,2,"5000,5",4,2,50,4,3');
    expect(csv).toContain('KCN TB-Z1 (TB-Z1),02,2,1,"3000,5",3,1,"33,3",3,2');
    expect(csv).toContain('KCN TB-Z2 (TB-Z2),03,1,1,2000,1,1,100,1,1');
    const pdf = await convertWithLibreOffice(docx.rawPayload, 'bao-cao.docx');
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  }, 240_000);
});
