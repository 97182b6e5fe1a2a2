import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { createTestContext, type TestContext } from '../../../../test/test-app.ts';
import { PackageBuilder, ty } from '../../../../test/package-builder.ts';
import { exportPackage } from './package-export.service.ts';
import { importPackage, type ImportProgress } from './package-import.service.ts';

/** A board's package with every kind the bulk path writes; `corrected` changes, adds and keeps some. */
function boardPackage(corrected = false) {
  const builder = new PackageBuilder()
    .board('AA')
    .zone('AA', 'Z1')
    .zone('AA', 'Z2')
    .project('AA', 'Z1', 'P1', 'DDI')
    .event('P1', 'new', '2018-01-01', '100', undefined, 'P1-GCN')
    .event('P1', 'adjustment', '2019-03-01', corrected ? '170' : '150', undefined, 'P1-DC1')
    .project('AA', 'Z2', 'P2', 'FDI')
    .event('P2', 'new', '2019-02-01', '230', '10000000.00', 'P2-GCN')
    .event('P2', 'termination', '2020-12-20', undefined, undefined, 'P2-CD')
    .implemented('P1', '2019-06-30', '40')
    .implemented('P2', '2019-12-31', corrected ? '60' : '50')
    .enterprise('AA', 'Z1', '0100000001', 'DDI', { projectCodes: ['P1'] })
    .enterprise('AA', 'Z2', '0100000002', 'FDI', { projectCodes: ['P2'] });
  for (const month of ['01', '02', '03'])
    builder.enterpriseReport('0100000001', `2019-${month}`, {
      productionValueVnd: corrected && month === '02' ? '1200000000' : '1000000000',
      exportUsd: '1500.5',
      workers: 120,
      insuredWorkers: 100,
    });
  builder.enterpriseReport('0100000002', '2019-Q1', { revenueVnd: '900000000', workers: 40 });
  if (corrected) {
    builder.implemented('P1', '2019-12-31', '55');
    builder.enterpriseReport('0100000001', '2019-04', { productionValueVnd: '1100000000', workers: 121 });
  }
  return builder.build();
}

describe('data package import, bulk path', () => {
  let rowByRow: TestContext;
  let bulk: TestContext;

  // Two databases: the time of a second context, whatever the machine's load.
  beforeAll(async () => {
    rowByRow = await createTestContext();
    bulk = await createTestContext();
  }, 60_000);

  /** Everything the board holds, as its package: each kind in a fixed order (ids differ between databases). */
  const exported = async (ctx: TestContext) =>
    Object.fromEntries(
      Object.entries(await exportPackage(ctx.database.db, await ctx.system())).map(([key, value]) => [
        key,
        Array.isArray(value)
          ? value.map((record) => JSON.stringify(record)).sort()
          : key === 'exportedAt'
            ? null
            : value,
      ]),
    );
  const lifecycles = (ctx: TestContext) =>
    queryRows(
      ctx.database.db,
      sql`select code, status, licensed_on::text, terminated_on::text from projects order by code`,
    );

  it('writes what the row-by-row path writes, with the same created / updated / unchanged counts', async () => {
    for (const pkg of [boardPackage(), boardPackage(true), boardPackage(true)]) {
      const expected = await importPackage(rowByRow.database.db, await rowByRow.system(), pkg, {
        bulk: false,
      });
      const actual = await importPackage(bulk.database.db, await bulk.system(), pkg, { bulk: true });
      expect(actual).toEqual(expected);
    }
    expect(await exported(bulk)).toEqual(await exported(rowByRow));
    expect(await lifecycles(bulk)).toEqual(await lifecycles(rowByRow));
    expect(await lifecycles(bulk)).toContainEqual(
      expect.objectContaining({ code: 'P2', status: 'terminated', terminated_on: '2020-12-20' }),
    );

    // A bulk import is audited once per package, with its counts and the content hash.
    const audit = await queryRows<{ entity_type: string; after: Record<string, unknown> }>(
      bulk.database.db,
      sql`select entity_type, after from audit_log order by id`,
    );
    // Boards, zones and investors (tens to hundreds nationally) keep their own entries.
    const bulkKinds = [
      'project',
      'licensing_event',
      'capital_implementation',
      'enterprise',
      'enterprise_report',
    ];
    expect(audit.filter((a) => bulkKinds.includes(a.entity_type))).toEqual([]);
    const packages = audit.filter((a) => a.entity_type === 'data_package');
    expect(packages).toHaveLength(2);
    expect(packages[1]!.after).toMatchObject({
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      enterpriseReports: { created: 1, updated: 1, unchanged: 3 },
      licensingEvents: { created: 0, updated: 1, unchanged: 3 },
      capitalImplementations: { created: 1, updated: 1, unchanged: 1 },
    });
    const events = (await exportPackage(bulk.database.db, await bulk.system())).licensingEvents ?? [];
    expect(events.find((e) => e.documentNo === 'P1-DC1')?.capitalVnd).toBe(ty('170'));
  });

  it('reports its progress: phases in order, records counted up to the package size', async () => {
    const seen: ImportProgress[] = [];
    await importPackage(bulk.database.db, await bulk.system(), boardPackage(true), {
      bulk: true,
      onProgress: (progress) => seen.push(progress),
    });
    const total = seen[0]!.recordsTotal;
    expect(total).toBeGreaterThan(10);
    expect(seen[0]!.phase).toBe('checking');
    expect(seen.at(-1)).toMatchObject({ phase: 'done', recordsDone: total });
    expect(seen.some((p) => p.phase === 'writing' && p.kind === 'enterpriseReports')).toBe(true);
    const done = seen.map((p) => p.recordsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('lets the page follow an import it names, and no one else', async () => {
    const admin = await bulk.createUser({ role: 'admin' });
    const other = await bulk.createUser({ role: 'admin' });
    const id = 'page-import-0001';
    const result = await admin.api.post(`/api/v1/packages/import?progressId=${id}`, boardPackage(true));
    expect(result.status).toBe(200);
    expect(result.body.enterpriseReports).toEqual({ created: 0, updated: 0, unchanged: 5 });
    const progress = await admin.api.get(`/api/v1/packages/imports/${id}`);
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ id, phase: 'done', outcome: 'succeeded' });
    expect(progress.body.recordsDone).toBe(progress.body.recordsTotal);
    expect((await other.api.get(`/api/v1/packages/imports/${id}`)).status).toBe(404);
    expect((await admin.api.get('/api/v1/packages/imports/unknown-import-id')).status).toBe(404);
  });
});
