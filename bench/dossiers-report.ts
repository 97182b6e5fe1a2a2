/**
 * The one-stop statistics report (one-stop-v1) on many dossiers, on the embedded database:
 * `npx tsx bench/dossiers-report.ts [--dossiers 20000] [--runs 7]`. Loads one board with ten
 * procedures and N dossiers over 2025–2026 (a third with a supplement request, one in ten still
 * awaited; four in five with a result), then times `dossiersReport` for the first half of 2026:
 * the two queries and the classification of every dossier in TypeScript.
 *
 * Before timing it checks the figures against a reference: the working-day functions against a
 * plain day-by-day count over 2024–2027 (every start date, 0–45 days), and the report's counts
 * (total and per procedure) against a classification of the same rows through a calendar that
 * working-days.ts does not know, which it counts day by day (the previous implementation). Exit
 * status 1 when they differ. `--out file` writes the report's JSON (to compare two versions).
 * Printed: the first (cold) call, the report's median/min/max next to baselines measured in the
 * same run, interleaved: the two queries (+ the calendar) the report used to make, the one query it
 * makes now (+ the calendar), and a plain `select count(*)` of the same rows.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { addDays } from '../src/domain/calendar-date.ts';
import { classifyDossier } from '../src/domain/dossier-timing.ts';
import {
  addWorkingDays,
  nextWorkingDay,
  workingDaysBetween,
  type SupplementSpan,
  type WorkingCalendar,
} from '../src/domain/working-days.ts';
import { systemActor } from '../src/server/kernel/actor.ts';
import { openDatabase, queryRows } from '../src/server/kernel/db/database.ts';
import { upsertBoards } from '../src/server/modules/boards/boards.service.ts';
import { loadWorkingCalendar } from '../src/server/modules/one-stop/calendar.service.ts';
import {
  reportDossiers,
  reportDossiersWithSupplements,
  reportSupplements,
} from '../src/server/modules/one-stop/dossiers-report.repository.ts';
import { dossiersReport } from '../src/server/modules/one-stop/dossiers-report.service.ts';
import { dossiers, dossierSupplements } from '../src/server/modules/one-stop/one-stop.tables.ts';
import { createProcedure } from '../test/one-stop-fixtures.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** sfc32-like deterministic numbers in [0, 1). */
function random(seed = 766): () => number {
  let a = seed >>> 0;
  let b = 0x9e3779b9;
  let c = 0x243f6a88;
  let d = 0xb7e15162;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const count = option('dossiers', 20_000);
const runs = option('runs', 7);
const rand = random();
const database = await openDatabase({});
await database.migrate();
const db = database.db;
const actor = systemActor('bench', []);
const { ids } = await upsertBoards(db, actor, [{ code: 'TB', name: 'Ban Quản lý các KCN tỉnh Thái Bình' }]);
const boardId = ids.get('TB')!;
const procedures = [];
for (let p = 1; p <= 10; p++)
  procedures.push(
    await createProcedure(db, {
      boardId,
      code: `BQL-${String(p).padStart(2, '0')}`,
      deadline: { value: 3 + (p % 8), unit: p % 5 === 0 ? 'days' : 'working_days' },
    }),
  );

const loadStart = performance.now();
const start2025 = Date.parse('2025-01-01T01:00:00Z');
const span = 540 * 86_400_000;
const channels = ['online', 'counter', 'post'] as const;
for (let offset = 0; offset < count; offset += 1000) {
  const rows = [];
  const supplements: { dossierIndex: number; requestedAt: Date; suppliedAt: Date | null }[] = [];
  for (let i = offset; i < Math.min(count, offset + 1000); i++) {
    const procedure = procedures[i % procedures.length]!;
    const received = new Date(start2025 + Math.floor(rand() * span));
    const hasResult = rand() < 0.8;
    const result = hasResult
      ? new Date(received.getTime() + Math.floor(rand() * 20) * 86_400_000 + 3_600_000)
      : null;
    if (rand() < 0.33) {
      const requested = new Date(received.getTime() + Math.floor(rand() * 4 + 1) * 86_400_000);
      const awaited = rand() < 0.1 && !hasResult;
      supplements.push({
        dossierIndex: i - offset,
        requestedAt: requested,
        suppliedAt: awaited ? null : new Date(requested.getTime() + Math.floor(rand() * 6 + 1) * 86_400_000),
      });
    }
    rows.push({
      boardId,
      code: `TB-${String(i).padStart(6, '0')}`,
      procedureId: procedure.id,
      procedureVersionId: procedure.versionId,
      channel: channels[Math.floor(rand() * 3)]!,
      status: hasResult ? ('resolved' as const) : ('processing' as const),
      applicantName: `Công ty ${i}`,
      receivedAt: received,
      deadlineValue: 3 + (i % 8),
      deadlineUnit: 'working_days' as const,
      resultKind: hasResult ? ('approved' as const) : null,
      resultAt: result,
      searchText: `tb-${i}`,
    });
  }
  const inserted = await db.insert(dossiers).values(rows).returning({ id: dossiers.id });
  if (supplements.length > 0)
    await db.insert(dossierSupplements).values(
      supplements.map((s) => ({
        boardId,
        dossierId: inserted[s.dossierIndex]!.id,
        requestedAt: s.requestedAt,
        suppliedAt: s.suppliedAt,
        reason: 'Bổ sung hồ sơ',
        requestedBy: 'bench',
      })),
    );
}
console.log(`loaded ${count} dossiers in ${Math.round(performance.now() - loadStart)} ms`);

const reader = systemActor('bench', [boardId]);
const query = { boards: ['TB'], from: '2026-01-01', to: '2026-06-30' };
const t0 = performance.now();
const first = await dossiersReport(db, reader, query);
const firstMs = performance.now() - t0;
const outIndex = process.argv.indexOf('--out');
if (outIndex >= 0) writeFileSync(process.argv[outIndex + 1]!, JSON.stringify(first, null, 1));

// ------------------------------------------------------------------------------------------------
// The reference, before any timing.
const window = { boardIds: [boardId], from: query.from, to: query.to };
const calendar = await loadWorkingCalendar(db);
const problems: string[] = [];
{
  // 1. The working-day functions against a day-by-day count.
  const plainAdd = (from: string, n: number) => {
    let day = from;
    for (let left = n; left > 0;) {
      day = addDays(day, 1);
      if (calendar.isWorkingDay(day)) left--;
    }
    return day;
  };
  let checked = 0;
  for (let day = '2024-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
    let next = day;
    while (!calendar.isWorkingDay(next)) next = addDays(next, 1);
    if (nextWorkingDay(calendar, day) !== next) problems.push(`nextWorkingDay ${day}`);
    let count = 0;
    for (let n = 0, to = day; n <= 45; n++, to = addDays(to, 1)) {
      if (calendar.isWorkingDay(to)) count++;
      if (addWorkingDays(calendar, day, n) !== plainAdd(day, n)) problems.push(`addWorkingDays ${day} ${n}`);
      if (workingDaysBetween(calendar, day, to) !== count) problems.push(`workingDaysBetween ${day} ${to}`);
      checked += 2;
    }
  }
  // 2. The report's counts against the same rows classified through a calendar working-days.ts
  // does not know (so it counts day by day, the previous implementation).
  const stepping: WorkingCalendar = {
    isWorkingDay: (date) => calendar.isWorkingDay(date),
    schedule: (year) => calendar.schedule(year),
  };
  const [rows, supplementRows] = await Promise.all([
    reportDossiers(db, window),
    reportSupplements(db, window),
  ]);
  const spans = new Map<string, SupplementSpan[]>();
  for (const s of supplementRows) {
    spans.set(s.dossier_id, [
      ...(spans.get(s.dossier_id) ?? []),
      { requestedAt: s.requested_at, suppliedAt: s.supplied_at },
    ]);
  }
  const counts = new Map<string, Record<string, number>>();
  for (const d of rows) {
    const t = classifyDossier(
      stepping,
      {
        receivedAt: d.received_at,
        channel: d.channel,
        deadline: { value: d.deadline_value, unit: d.deadline_unit },
        supplements: spans.get(d.id) ?? [],
        resultAt: d.result_at,
      },
      query,
    );
    if (t.received === null) continue;
    for (const key of ['', d.procedure_code]) {
      const c = counts.get(key) ?? {};
      for (const name of [
        t.received,
        t.online && 'online',
        t.resolved,
        t.pending,
        t.onTime766 && 'onTime766',
      ])
        if (name) c[name] = (c[name] ?? 0) + 1;
      counts.set(key, c);
    }
  }
  const figuresOf = (f: Pick<typeof first, 'received' | 'resolved' | 'pending' | 'indicators766'>) => ({
    carriedOver: f.received.carriedOver,
    new: f.received.new,
    online: f.received.online,
    early: f.resolved.early,
    onTime: f.resolved.onTime,
    late: f.resolved.late,
    notDue: f.pending.notDue,
    overdue: f.pending.overdue,
    onTime766: f.indicators766.onTime.count,
  });
  for (const [key, f] of [['', first] as const, ...first.byProcedure.map((p) => [p.procedure, p] as const)]) {
    const expected = counts.get(key) ?? {};
    for (const [name, value] of Object.entries(figuresOf(f)))
      if ((expected[name] ?? 0) !== value)
        problems.push(`${key || 'total'} ${name}: report ${value}, reference ${expected[name] ?? 0}`);
  }
  if (counts.size !== first.byProcedure.length + 1) problems.push('procedures differ');
  console.log(
    problems.length === 0
      ? `reference: ${checked} working-day answers and the report's counts (${first.byProcedure.length} procedures) equal`
      : `REFERENCE DIFFERS:\n${problems.slice(0, 20).join('\n')}`,
  );
  if (problems.length > 0) process.exitCode = 1;
}

// ------------------------------------------------------------------------------------------------
// Timings: the report, the two queries (+ the calendar) alone, a count of the same rows; interleaved.
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const countRows = () =>
  queryRows(
    db,
    sql`select count(*)::int as n from dossiers d
        where d.board_id = ${boardId} and d.received_at is not null
          and d.status not in ('unconfirmed', 'submitted', 'not_accepted')
          and d.received_at < ${`${addDays(query.to, 1)}T00:00:00+07:00`}::timestamptz
          and (d.result_at is null or d.result_at >= ${`${query.from}T00:00:00+07:00`}::timestamptz)`,
  );
const timings: number[] = [];
const queryTimings: number[] = [];
const countTimings: number[] = [];
const oneQueryTimings: number[] = [];
for (let r = 0; r < runs; r++) {
  let t = performance.now();
  await dossiersReport(db, reader, query);
  timings.push(performance.now() - t);
  t = performance.now();
  await Promise.all([reportDossiers(db, window), reportSupplements(db, window), loadWorkingCalendar(db)]);
  queryTimings.push(performance.now() - t);
  t = performance.now();
  await Promise.all([reportDossiersWithSupplements(db, window), loadWorkingCalendar(db)]);
  oneQueryTimings.push(performance.now() - t);
  t = performance.now();
  await countRows();
  countTimings.push(performance.now() - t);
}
timings.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    dossiers: count,
    counted: first.received.total,
    resolved: first.resolved.total,
    pending: first.pending.total,
    medianMs: Math.round(median(timings)),
    minMs: Math.round(timings[0]!),
    maxMs: Math.round(timings[timings.length - 1]!),
    firstCallMs: Math.round(firstMs),
    queriesMedianMs: Math.round(median(queryTimings)),
    oneQueryMedianMs: Math.round(median(oneQueryTimings)),
    countMedianMs: Math.round(median(countTimings)),
    reportOverQueries: Number((median(timings) / median(queryTimings)).toFixed(2)),
    reportOverOneQuery: Number((median(timings) / median(oneQueryTimings)).toFixed(2)),
  }),
);
await database.close();
