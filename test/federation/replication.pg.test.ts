/**
 * Federation by PostgreSQL's own logical replication (decision 022): two provinces' databases on a
 * second PostgreSQL cluster (started here with Debian's pg_createcluster, wal_level = logical)
 * publish their boards' rows; a national database on the main server subscribes to both. The
 * national investment and production reports must equal the sum of the provinces', and a record
 * written at a province must reach the national report.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/kernel/actor.ts';
import { openDatabase, queryRows, type Database } from '../../src/server/kernel/db/database.ts';
import { loadDemoData } from '../../src/server/modules/demo/index.ts';
import {
  federationStatus,
  KEPT_AT_HOME,
  PARTS_OF_PUBLISHED,
  publishFederation,
  refreshFederation,
  subscribeFederation,
  unsubscribeFederation,
} from '../../src/server/modules/federation/index.ts';
import { importPackage } from '../../src/server/modules/packages/index.ts';
import { investmentReport, productionReport } from '../../src/server/modules/reports/index.ts';
import { PG_ADMIN_URL } from '../global-setup.ts';
import { PackageBuilder, ty } from '../package-builder.ts';

const VERSION = readdirSync('/etc/postgresql').sort().at(-1)!;
const CLUSTER = 'kcn-federation-test';
const PORT = 5499;
const PROVINCES = ['province_tb', 'province_hy'] as const;
const NATIONAL = `kcn_national_${process.pid}`;
const provinceUrl = (name: string) => `postgres://postgres@127.0.0.1:${PORT}/${name}`;
const nationalUrl = () => {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${NATIONAL}`;
  return url.toString();
};

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'pipe' }).toString();

/** Hưng Yên's records: a zone, an FDI and a DDI project, an enterprise filing 2024-H1. */
const hungYen = () =>
  new PackageBuilder()
    .board('HY', 'Ban Quản lý các KCN tỉnh Hưng Yên')
    .zone('HY', 'HY-1', { areaHa: '100' })
    .project('HY', 'HY-1', 'HY-F1', 'FDI')
    .event('HY-F1', 'new', '2019-02-10', '230', '10000000.00')
    .event('HY-F1', 'adjustment', '2019-05-05', '250', '10500000.00')
    .project('HY', 'HY-1', 'HY-D1', 'DDI')
    .event('HY-D1', 'new', '2018-03-01', '120')
    .enterprise('HY', 'HY-1', '0100000001', 'FDI')
    .enterpriseReport('0100000001', '2024-H1', { revenueVnd: ty('35'), revenueUsd: '1500000.25' })
    .build();

/** Every additive figure of a report (counts, money, areas) by its path; percentages left out. */
function additive(value: unknown, path = '', out = new Map<string, bigint>()): Map<string, bigint> {
  if (Array.isArray(value)) value.forEach((v, i) => additive(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (/pct|percent|share|ratio|growth|rate/i.test(key)) continue;
      additive(v, path ? `${path}.${key}` : key, out);
    }
  else if (typeof value === 'number' && Number.isInteger(value)) out.set(path, BigInt(value) * 10_000n);
  else if (typeof value === 'string' && /^-?\d+(\.\d{1,4})?$/.test(value) && !/^\d{4}$/.test(value)) {
    const [whole, fraction = ''] = value.split('.');
    const negative = whole!.startsWith('-');
    const units = BigInt(whole!.replace('-', '')) * 10_000n + BigInt(fraction.padEnd(4, '0'));
    out.set(path, negative ? -units : units);
  }
  return out;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

describe('federation by logical replication: two provinces into a national database', () => {
  const provinces = new Map<string, Database>();
  let national: Database;
  const actor = systemActor('federation-test', []);
  /** A new domestic project licensed at Hưng Yên's server (its capital in tỷ đồng). */
  const licenseAtHungYen = (database: Database, code: string, on: string, capitalTy: string) =>
    importPackage(
      database.db,
      actor,
      new PackageBuilder()
        .board('HY', 'Ban Quản lý các KCN tỉnh Hưng Yên')
        .zone('HY', 'HY-1', { areaHa: '100' })
        .project('HY', 'HY-1', code, 'DDI')
        .event(code, 'new', on, capitalTy)
        .build(),
    );
  const everyone = async (database: Database) =>
    systemActor(
      'federation-test',
      (await queryRows<{ id: string }>(database.db, sql`select id from boards`)).map((b) => b.id),
    );

  beforeAll(async () => {
    try {
      run('pg_dropcluster', ['--stop', VERSION, CLUSTER]);
    } catch {
      // None left over from an earlier run.
    }
    run('pg_createcluster', [
      VERSION,
      CLUSTER,
      '--port',
      String(PORT),
      '--start',
      '-o',
      'wal_level=logical',
      '--',
      '--auth=trust',
    ]);
    // pg_createcluster --start returns once the server accepts connections.
    const admin = new pg.Client({ connectionString: provinceUrl('postgres') });
    await admin.connect();
    for (const name of PROVINCES) await admin.query(`create database ${name}`);
    await admin.end();
    const main = new pg.Client({ connectionString: PG_ADMIN_URL });
    await main.connect();
    await main.query(`create database ${NATIONAL}`);
    await main.end();

    for (const name of PROVINCES) {
      const database = await openDatabase({ url: provinceUrl(name), poolSize: 2 });
      await database.migrate();
      provinces.set(name, database);
    }
    national = await openDatabase({ url: nationalUrl(), poolSize: 2 });
    await national.migrate();

    await loadDemoData(provinces.get('province_tb')!.db, actor);
    // A package with problems is refused whole (an error): imported means all of it.
    await importPackage(provinces.get('province_hy')!.db, actor, hungYen());

    for (const name of PROVINCES) await publishFederation(provinces.get(name)!);
    for (const name of PROVINCES)
      await subscribeFederation(national, {
        name: `sub_${name}`,
        connection: `host=127.0.0.1 port=${PORT} dbname=${name} user=postgres`,
      });
  }, 180_000);

  afterAll(async () => {
    if (national) {
      for (const name of PROVINCES) await unsubscribeFederation(national, `sub_${name}`).catch(() => {});
      await national.close();
    }
    for (const database of provinces.values()) await database.close();
    const main = new pg.Client({ connectionString: PG_ADMIN_URL });
    await main.connect();
    await main.query(`drop database if exists ${NATIONAL} with (force)`);
    await main.end();
    run('pg_dropcluster', ['--stop', VERSION, CLUSTER]);
  }, 60_000);

  it('copies every published table, and the national reports equal the sum of the provinces’', async () => {
    const copied = await waitFor(async () => {
      const status = await federationStatus(national);
      return status.length === 2 && status.every((s) => s.tables > 0 && s.tablesReady === s.tables);
    }, 90_000);
    console.log(`federation: first copy of both provinces ready in ${copied} ms`);
    const [boards] = await queryRows<{ codes: string }>(
      national.db,
      sql`select string_agg(code, ',' order by code) as codes from boards`,
    );
    expect(boards!.codes).toBe('HY,TB');

    const period = { from: '2019-01-01', to: '2019-11-30' };
    const nationalActor = await everyone(national);
    const nationalInvestment = await investmentReport(national.db, nationalActor, period);
    const nationalProduction = await productionReport(national.db, nationalActor, { period: '2024-H1' });
    const sums = new Map<string, bigint>();
    for (const [name, database] of provinces) {
      const provinceActor = await everyone(database);
      const investment = await investmentReport(database.db, provinceActor, period);
      const production = await productionReport(database.db, provinceActor, { period: '2024-H1' });
      for (const [path, value] of [
        ...additive(investment.licensing, 'licensing'),
        ...additive(investment.cumulative, 'cumulative'),
        ...additive(production, 'production'),
      ])
        sums.set(path, (sums.get(path) ?? 0n) + value);
      // Each board's own report is the same on the national server as at home.
      const code = name === 'province_tb' ? 'TB' : 'HY';
      const home = await investmentReport(database.db, provinceActor, { ...period, boards: [code] });
      const there = await investmentReport(national.db, nationalActor, { ...period, boards: [code] });
      expect(there).toEqual(home);
    }
    const nationalFigures = new Map([
      ...additive(nationalInvestment.licensing, 'licensing'),
      ...additive(nationalInvestment.cumulative, 'cumulative'),
      ...additive(nationalProduction, 'production'),
    ]);
    // Dates and years are not figures: only what both sides carry as sums.
    const compared = [...sums.keys()].filter(
      (path) => nationalFigures.has(path) && !/asOf|period|year/i.test(path),
    );
    expect(compared.length).toBeGreaterThan(20);
    for (const path of compared) expect(nationalFigures.get(path), path).toBe(sums.get(path));
    expect(nationalInvestment.licensing.new.count).toBeGreaterThan(0);
  }, 120_000);

  it('brings a certificate licensed at a province into the national report within seconds', async () => {
    const hy = provinces.get('province_hy')!;
    const period = { from: '2019-01-01', to: '2019-11-30' };
    const nationalActor = await everyone(national);
    const before = await investmentReport(national.db, nationalActor, { ...period, boards: ['HY'] });
    const written = Date.now();
    await licenseAtHungYen(hy, 'HY-D2', '2019-06-01', '75');
    const lag = await waitFor(async () => {
      const now = await investmentReport(national.db, nationalActor, { ...period, boards: ['HY'] });
      return now.licensing.new.count === before.licensing.new.count + 1;
    }, 30_000);
    console.log(
      `federation: a new certificate reached the national report ${Date.now() - written} ms after its import (${lag} ms of waiting)`,
    );
    const after = await investmentReport(national.db, nationalActor, { ...period, boards: ['HY'] });
    expect(BigInt(after.licensing.new.capitalVnd) - BigInt(before.licensing.new.capitalVnd)).toBe(
      75_000_000_000n,
    );
  }, 60_000);

  it('starts again after an unsubscribe without copying twice, and refreshes without error', async () => {
    const hy = provinces.get('province_hy')!;
    const connection = `host=127.0.0.1 port=${PORT} dbname=province_hy user=postgres`;
    await unsubscribeFederation(national, 'sub_province_hy');
    // The rows received stay; a new subscription must not copy them again (duplicate keys).
    await subscribeFederation(national, { name: 'sub_province_hy', connection, copyData: false });
    await refreshFederation(national, 'sub_province_hy');
    const nationalActor = await everyone(national);
    const period = { from: '2019-01-01', to: '2019-11-30', boards: ['HY'] };
    const before = await investmentReport(national.db, nationalActor, period);
    await licenseAtHungYen(hy, 'HY-D3', '2019-07-01', '12');
    await waitFor(async () => {
      const now = await investmentReport(national.db, nationalActor, period);
      return now.licensing.new.count === before.licensing.new.count + 1;
    }, 30_000);
    const status = (await federationStatus(national)).find((s) => s.subscription === 'sub_province_hy')!;
    expect(status).toMatchObject({ enabled: true, applyErrors: 0, syncErrors: 0 });
  }, 60_000);

  it('keeps at home what must not leave a province: accounts, the audit log, reporters', async () => {
    const published = await queryRows<{ tablename: string }>(
      provinces.get('province_tb')!.db,
      sql`select tablename from pg_publication_tables where pubname = 'kcn_federation'`,
    );
    const names = published.map((t) => t.tablename);
    expect(names).toContain('licensing_events');
    expect(names).toContain('boards');
    for (const part of PARTS_OF_PUBLISHED) expect(names).toContain(part);
    for (const kept of Object.keys(KEPT_AT_HOME)) expect(names).not.toContain(kept);
    const [audit] = await queryRows<{ n: number }>(
      national.db,
      sql`select count(*)::int as n from audit_log`,
    );
    const [provinceAudit] = await queryRows<{ n: number }>(
      provinces.get('province_tb')!.db,
      sql`select count(*)::int as n from audit_log`,
    );
    expect(provinceAudit!.n).toBeGreaterThan(0);
    expect(audit!.n).toBe(0);
  });

  it('refuses a server that cannot publish, and a subscription name that is not a plain name', async () => {
    // The main server runs with Debian's default wal_level = replica: publishing needs logical.
    const [level] = await queryRows<{ wal_level: string }>(national.db, sql`show wal_level`);
    if (level!.wal_level !== 'logical') {
      const error = await publishFederation(national).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('FEDERATION_WAL_LEVEL');
    }
    for (const name of ['Tinh-TB', 'x; drop table boards', '']) {
      const refused = await subscribeFederation(national, { name, connection: 'host=127.0.0.1' }).catch(
        (e: unknown) => e,
      );
      expect((refused as { code?: string }).code, name).toBe('FEDERATION_NAME_INVALID');
    }
    expect((await federationStatus(national)).map((s) => s.subscription)).toEqual([
      'sub_province_hy',
      'sub_province_tb',
    ]);
  });
});
