/**
 * What the bloc's consolidated report (blocs-v1) costs on the embedded database: the eleven boards
 * of the Red River Delta provinces of the national data set (bench/generate.ts) as one bloc, their
 * enterprises filing monthly, the report for a half-year and a year against a year earlier.
 * Before any timing it checks the totals against the investment and production reports of the
 * same boards summed (the bloc's new projects, FDI capital in USD, domestic revenue).
 *
 *   npx tsx bench/bloc-report.ts                  # scale 0.1, 1 warm-up + 5 runs
 *   npx tsx bench/bloc-report.ts --scale 1 --runs 10
 *
 * Options: --runs N (default 5) · --warmup N (default 1) · --scale F (default 0.1) · --seed N.
 * Exit status: 1 when a total differs from the reports it sums, 2 on bad arguments.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/server/kernel/actor.ts';
import { openDatabase, queryRows } from '../src/server/kernel/db/database.ts';
import { centsToUsd, usdToCents } from '../src/domain/money.ts';
import { periodEnd, periodStart, previousYearPeriod } from '../src/domain/periods.ts';
import { blocs, blocYearMembers, blocYears } from '../src/server/modules/boards/index.ts';
import {
  blocReport,
  investmentReport,
  productionReport,
  zonesReport,
} from '../src/server/modules/reports/index.ts';
import { DEFAULT_SEED, generateEnterpriseReports, generateNationalData } from './generate.ts';
import { stats, time } from './harness.ts';

/** The Red River Delta provinces before 01/7/2025 (province codes): the bloc's eleven members. */
const RED_RIVER_DELTA = ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'];
const PERIODS = ['2019-H1', '2019'];

function options() {
  try {
    const { values } = parseArgs({
      options: {
        runs: { type: 'string', default: '5' },
        warmup: { type: 'string', default: '1' },
        scale: { type: 'string', default: '0.1' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
      },
    });
    const number = (name: keyof typeof values) => {
      const n = Number(values[name]);
      if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
      return n;
    };
    return { runs: number('runs'), warmup: number('warmup'), scale: number('scale'), seed: number('seed') };
  } catch (error) {
    console.error(`bench/bloc-report.ts: ${(error as Error).message}`);
    process.exit(2);
  }
}

async function main() {
  const { runs, warmup, scale, seed } = options();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kcn-bench-bloc-'));
  const database = await openDatabase({ dataDir });
  let failed = false;
  try {
    await database.migrate();
    await generateNationalData(database, { scale, seed });
    const enterprises = await generateEnterpriseReports(database, { scale });
    const members = await queryRows<{ id: string; code: string }>(
      database.db,
      sql`select id, code from boards where province_code = any(${`{${RED_RIVER_DELTA.join(',')}}`}::text[])
          order by province_code`,
    );
    const [bloc] = await database.db
      .insert(blocs)
      .values({ code: 'DBSH', name: 'Đồng bằng sông Hồng' })
      .returning();
    for (const year of [2018, 2019]) {
      await database.db
        .insert(blocYears)
        .values({ blocId: bloc!.id, year, leaderBoardId: members[0]!.id, deputyBoardId: members[1]!.id });
      await database.db
        .insert(blocYearMembers)
        .values(members.map((m, position) => ({ blocId: bloc!.id, year, boardId: m.id, position })));
    }
    const actor = systemActor(
      'bench',
      members.map((m) => m.id),
    );
    const codes = members.map((m) => m.code);
    console.log(
      `scale ${scale}: ${members.length} members, ${enterprises.counts.enterprises} enterprises nationally, ${enterprises.counts.reports} reports`,
    );

    for (const period of PERIODS) {
      const report = await blocReport(database.db, actor, { bloc: 'DBSH', period });
      const investment = await investmentReport(database.db, actor, {
        boards: codes,
        from: periodStart(period),
        to: periodEnd(period),
      });
      const production = await productionReport(database.db, actor, {
        boards: codes,
        period,
        withPlan: false,
      });
      const l = investment.licensing;
      const expected = {
        newProjects: l.new.count,
        capitalFdiUsd: centsToUsd(
          usdToCents(l.new.fdi.capitalUsd) + usdToCents(l.adjustments.fdi.capitalChangeUsd),
        ),
        revenueDdiVnd: production.indicators.revenueVnd.ddi.value,
      };
      const actual = {
        newProjects: report.totals.newProjects.total.value,
        capitalFdiUsd: report.totals.capitalNewAndAdjusted.fdiUsd.value,
        revenueDdiVnd: report.totals.revenue.ddiVnd.value,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        console.error(`${period}: totals differ`, { actual, expected });
        failed = true;
      }
      const samples: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const ms = await time(() => blocReport(database.db, actor, { bloc: 'DBSH', period }));
        if (i >= warmup) samples.push(ms);
      }
      const s = stats(samples);
      console.log(`bloc report ${period} (PGlite): ${JSON.stringify(s)} · totals ${JSON.stringify(actual)}`);
      // Baseline, in the same run: the same figures as a leader gets them without the bloc report —
      // the investment, production and zones reports of all members at once, for both periods.
      const previous = previousYearPeriod(period);
      const baseline = async () => {
        for (const p of [period, previous]) {
          await investmentReport(database.db, actor, {
            boards: codes,
            from: periodStart(p),
            to: periodEnd(p),
          });
          await zonesReport(database.db, actor, { boards: codes, asOf: periodEnd(p) });
        }
        await productionReport(database.db, actor, { boards: codes, period, withPlan: false });
      };
      const baseSamples: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const ms = await time(baseline);
        if (i >= warmup) baseSamples.push(ms);
      }
      const b = stats(baseSamples);
      console.log(
        `baseline ${period} (three reports of all members, both periods): ${JSON.stringify(b)} · ratio ${(s.medianMs / b.medianMs).toFixed(2)}`,
      );
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

await main();
