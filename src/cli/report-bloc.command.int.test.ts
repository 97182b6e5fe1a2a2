import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kcnInProcess } from '../../test/kcn-in-process.ts';
import { PackageBuilder } from '../../test/package-builder.ts';
import { systemActor } from '../server/kernel/actor.ts';
import { openDatabase } from '../server/kernel/db/database.ts';
import { blocReturns, blocs, blocYearMembers, blocYears, boards } from '../server/modules/boards/index.ts';
import { importPackage } from '../server/modules/packages/package-import.service.ts';

/**
 * `kcn report bloc` (blocs-v1) run in this process on an embedded database of its own: the JSON,
 * the report in Vietnamese words, the Word and Excel files, and a refusal with its code.
 */
describe('kcn report bloc', () => {
  const { dataDir, kcn } = kcnInProcess('report-bloc');
  const dir = path.dirname(dataDir);

  /** `kcn report bloc` for DBSH 2024-H1, run in this process; what it printed on standard output. */
  const bloc = (...extra: string[]) =>
    kcn('report', 'bloc', '--bloc', 'DBSH', '--period', '2024-H1', ...extra);

  beforeAll(async () => {
    const database = await openDatabase({ dataDir });
    try {
      const db = database.db;
      await importPackage(
        db,
        systemActor('test', []),
        new PackageBuilder()
          .board('HY', 'Ban Quản lý các KCN tỉnh Hưng Yên')
          .board('QN', 'Ban Quản lý KKT tỉnh Quảng Ninh')
          .zone('HY', 'HY-1', { areaHa: '198.5' })
          .project('HY', 'HY-1', 'HY-F1', 'FDI')
          .event('HY-F1', 'new', '2024-03-15', '230', '10000000.00')
          .project('HY', 'HY-1', 'HY-D1', 'DDI')
          .event('HY-D1', 'new', '2023-04-01', '120')
          .enterprise('HY', 'HY-1', '0900000001', 'FDI')
          .enterpriseReport('0900000001', '2024-H1', { revenueUsd: '1250000.50' })
          .enterpriseReport('0900000001', '2023-H1', { revenueUsd: '1000000' })
          .build(),
      );
      const id = Object.fromEntries(
        (await db.select({ id: boards.id, code: boards.code }).from(boards)).map((b) => [b.code, b.id]),
      );
      const [row] = await db
        .insert(blocs)
        .values({ code: 'DBSH', name: 'Khối thi đua vùng Đồng bằng sông Hồng' })
        .returning();
      await db
        .insert(blocYears)
        .values({ blocId: row!.id, year: 2024, leaderBoardId: id.HY!, deputyBoardId: id.QN! });
      await db.insert(blocYearMembers).values([
        { blocId: row!.id, year: 2024, boardId: id.HY!, position: 0 },
        { blocId: row!.id, year: 2024, boardId: id.QN!, position: 1 },
      ]);
      await db.insert(blocReturns).values({
        blocId: row!.id,
        boardId: id.QN!,
        period: '2024-H1',
        newProjectsFdi: 1,
        newProjectsDdi: 2,
        capitalFdiUsd: '3000000',
        capitalDdiVnd: '150000000000',
        revenueFdiUsd: '250000',
        revenueDdiVnd: '0',
        budgetPaidFdiUsd: '0',
        budgetPaidDdiVnd: '0',
        zonesInPlanCount: 1,
        zonesInPlanAreaHa: '300',
        zonesOperatingCount: 1,
        zonesOperatingAreaHa: '300',
        zonesUnderConstructionCount: 0,
        zonesUnderConstructionAreaHa: '0',
        source: 'form',
      });
    } finally {
      await database.close();
    }
  }, 120_000);

  it('prints the contract JSON with --json, and the report in words without it', async () => {
    const report = JSON.parse(await bloc('--json'));
    expect(report).toMatchObject({
      report: 'bloc',
      bloc: 'DBSH',
      period: '2024-H1',
      previousPeriod: '2023-H1',
      members: ['HY', 'QN'],
      leader: 'HY',
      deputy: 'QN',
      totals: {
        newProjects: { total: { value: 4, previous: 1, growthPct: 300 } },
        capitalNewAndAdjusted: { fdiUsd: { value: '13000000.00', previous: '0.00', growthPct: null } },
        revenue: { fdiUsd: { value: '1500000.50', previous: '1000000.00', growthPct: 50 } },
        zones: { inPlan: { areaHa: { value: '498.5', previous: '198.5', growthPct: 151.1 } } },
      },
    });
    expect(report.byMember.map((m: { source: unknown }) => m.source)).toEqual([
      { period: 'records', previousPeriod: 'records' },
      { period: 'return', previousPeriod: 'none' },
    ]);
    // --boundaries-as-of is the API's boundariesAsOf (blocs-v1); the default is the period's last day.
    expect(report.boundariesAsOf).toBe('2024-06-30');
    const early = JSON.parse(await bloc('--json', '--boundaries-as-of', '2024-03-31'));
    expect(early.boundariesAsOf).toBe('2024-03-31');
    expect(early.totals).toEqual(report.totals);
    const text = await bloc();
    expect(text).toContain('BÁO CÁO TỔNG HỢP KHỐI THI ĐUA — DBSH — 2024-H1');
    expect(text).toContain('các thành viên cấp mới 4 dự án (tăng 300,0% so với cùng kỳ)');
    expect(text).toContain('Số liệu 6 tháng đầu năm 2024 của QN theo báo cáo do thành viên gửi.');
  }, 60_000);

  it('writes the Word report and the Excel form, and refuses an unknown bloc with its code', async () => {
    const docx = path.join(dir, 'khoi.docx');
    const xlsx = path.join(dir, 'khoi.xlsx');
    await bloc('--format', 'docx', '--out', docx);
    await bloc('--format', 'xlsx', '--out', xlsx);
    for (const file of [docx, xlsx]) expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await expect(
      kcn('report', 'bloc', '--bloc', 'XX', '--period', '2024-H1', '--json'),
    ).rejects.toMatchObject({ code: 'BLOC_REPORT_BLOC_NOT_FOUND' });
  }, 60_000);
});
