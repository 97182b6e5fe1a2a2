/**
 * What organisation over time (decision 014) costs the reports, at national scale on PostgreSQL:
 * the investment and zones reports of one board, of its successor and of the whole country, timed
 * before any move (the baseline, in the same run) and after Thái Bình (TB) merges into Hưng Yên,
 * on today's boundaries and on those of a date before the merge. Before any timing it checks the
 * contract's examples: TB's figures unchanged, Hưng Yên's old figures by default, the sum of both
 * on the boundaries of the merge date.
 *
 *   npx tsx bench/organisation.ts                 # national scale, 3 warm-up + 15 runs
 *   npx tsx bench/organisation.ts --scale 0.1     # a quick check
 *
 * Options: --runs N (default 15) · --warmup N (default 3) · --scale F (default 1) · --seed N.
 * KCN_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the server's admin
 * connection; the benchmark creates kcn_bench_org_<pid> there and drops it at the end.
 *
 * Exit status: 1 when a figure differs from what the contract says, 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { systemActor, type Actor } from '../src/server/kernel/actor.ts';
import { queryRows, type Database } from '../src/server/kernel/db/database.ts';
import { mergeBoard } from '../src/server/modules/organisation/index.ts';
import { investmentReport, zonesReport } from '../src/server/modules/reports/index.ts';
import { BENCH_BOARD_CODE, DEFAULT_SEED, generateNationalData } from './generate.ts';
import { stats, time, withBenchPostgres, type Timing } from './harness.ts';

const PERIOD = { from: '2019-01-01', to: '2019-11-30' } as const;
const MERGE_ON = '2025-07-01';

function options() {
  try {
    const { values } = parseArgs({
      options: {
        runs: { type: 'string', default: '15' },
        warmup: { type: 'string', default: '3' },
        scale: { type: 'string', default: '1' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
      },
    });
    const number = (name: keyof typeof values) => {
      const n = Number(values[name]);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
      return n;
    };
    return { runs: number('runs'), warmup: number('warmup'), scale: number('scale'), seed: number('seed') };
  } catch (error) {
    console.error(`bench/organisation.ts: ${(error as Error).message}`);
    process.exit(2);
  }
}

interface Case {
  name: string;
  run: () => Promise<unknown>;
}

async function measure(cases: Case[], runs: number, warmup: number): Promise<Map<string, Timing>> {
  const timings = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    // Interleaved, so a slower moment of the machine falls on every case alike.
    for (const c of cases) {
      const ms = await time(c.run);
      if (i >= warmup) timings.get(c.name)!.push(ms);
    }
  }
  return new Map([...timings].map(([name, samples]) => [name, stats(samples)]));
}

async function main() {
  const { runs, warmup, scale, seed } = options();
  await withBenchPostgres(`kcn_bench_org_${process.pid}`, async (database: Database) => {
    await database.migrate();
    await generateNationalData(database, { scale, seed });
    const boardIds = (await queryRows<{ id: string }>(database.db, sql`select id from boards`)).map(
      (b) => b.id,
    );
    const actor: Actor = systemActor('bench', boardIds);
    const [hy] = await queryRows<{ code: string }>(
      database.db,
      sql`select code from boards where province_code = '33'`,
    );
    const HY = hy!.code;
    const investment = (boards: string[] | undefined, boundariesAsOf?: string) =>
      investmentReport(database.db, actor, { boards, ...PERIOD, boundariesAsOf });
    const zones = (boards: string[] | undefined, boundariesAsOf?: string) =>
      zonesReport(database.db, actor, { boards, asOf: PERIOD.to, boundariesAsOf });
    const cases = (label: string, boundariesAsOf?: string): Case[] => [
      { name: `investment TB ${label}`, run: () => investment([BENCH_BOARD_CODE], boundariesAsOf) },
      { name: `investment ${HY} ${label}`, run: () => investment([HY], boundariesAsOf) },
      { name: `investment all ${label}`, run: () => investment(undefined, boundariesAsOf) },
      { name: `zones ${HY} ${label}`, run: () => zones([HY], boundariesAsOf) },
    ];

    const tbBefore = await investment([BENCH_BOARD_CODE]);
    const hyBefore = await investment([HY]);
    const baseline = await measure(cases('(no move yet)'), runs, warmup);

    const merge = await mergeBoard(database.db, actor, BENCH_BOARD_CODE, { into: HY, on: MERGE_ON });
    console.log(
      `merged ${merge.board} into ${merge.into}: ${merge.moved.zones.length} zones, ${merge.moved.projects} projects`,
    );
    // As autovacuum would soon: the merge updated every row of TB's zones (dead tuples, stale
    // statistics), which is not what the boundaries cost.
    await database.db.execute(sql`vacuum analyze`);
    const strip = (r: Record<string, unknown>) => ({ ...r, boundariesAsOf: undefined });
    const problems: string[] = [];
    if (JSON.stringify(strip(await investment([BENCH_BOARD_CODE]))) !== JSON.stringify(strip(tbBefore)))
      problems.push("TB's 2019 figures changed");
    if (JSON.stringify(strip(await investment([HY]))) !== JSON.stringify(strip(hyBefore)))
      problems.push(`${HY}'s 2019 figures changed on the boundaries of 2019`);
    const both = await investment([HY], MERGE_ON);
    if (both.licensing.new.count !== tbBefore.licensing.new.count + hyBefore.licensing.new.count)
      problems.push(`${HY} on the boundaries of ${MERGE_ON} is not the sum of both`);
    if (problems.length > 0) {
      console.error(problems.join('\n'));
      process.exitCode = 1;
      return;
    }
    const after = await measure(
      [
        ...cases('(after the merge, boundaries of 2019)'),
        ...cases(`(after, boundaries of ${MERGE_ON})`, MERGE_ON),
      ],
      runs,
      warmup,
    );

    console.log(
      `\nPostgreSQL, scale ${scale}, ${runs} runs (median / p90 ms; ratio to the same report before any move)`,
    );
    const rows = [...baseline].flatMap(([name, before]) => {
      const base = name.replace(' (no move yet)', '');
      return [
        [name, before, 1],
        ...[...after]
          .filter(([other]) => other.startsWith(`${base} (after`))
          .map(([other, timing]) => [other, timing, timing.medianMs / before.medianMs] as const),
      ] as const;
    });
    for (const [name, timing, ratio] of rows)
      console.log(
        `${name.padEnd(60)} ${timing.medianMs.toFixed(1).padStart(8)} ${timing.p90Ms.toFixed(1).padStart(8)}   ×${ratio.toFixed(2)}`,
      );
  });
}

await main();
