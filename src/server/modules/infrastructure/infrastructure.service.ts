/**
 * The zones' infrastructure works (công trình hạ tầng KCN): a work's plan (capacity, capital,
 * schedule), its progress reports appended over time, and its state as of a day (late, behind…)
 * computed by src/domain/infrastructure-works.ts. Reads are scoped to the boards the actor reads;
 * another board's work answers 404. Writes need records.write on the work's board.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import { queryRows, type Db, type Executor } from '../../kernel/db/database.ts';
import { matchesSearch } from '../../kernel/db/listing.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { addDecimal, trimDecimal } from '../../../domain/decimal.ts';
import {
  INFRASTRUCTURE_WORK_KINDS,
  progressReportProblems,
  workStatus,
  type InfrastructureWorkState,
  type ProgressProblem,
} from '../../../domain/infrastructure-works.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import { boards, scopeBoards } from '../boards/index.ts';
import { findVisibleZone, zones } from '../zones/index.ts';
import { InfrastructureErrors } from './infrastructure.errors.ts';
import type {
  CreateProgressBody,
  CreateWorkBody,
  InfrastructureSummary,
  InfrastructureWork,
  InfrastructureWorkDetail,
  InfrastructureWorkList,
  ListWorksQuery,
  ProgressReport,
  StateCounts,
  SummaryQuery,
  UpdateWorkBody,
} from './infrastructure.schemas.ts';
import { infrastructureProgressReports, infrastructureWorks } from './infrastructure.tables.ts';

/** The audit log's words for these records. */
export const INFRASTRUCTURE_ENTITY = {
  work: 'infrastructure_work',
  progress: 'infrastructure_progress',
} as const satisfies Record<string, AuditEntityType>;

type WorkRow = typeof infrastructureWorks.$inferSelect;
type ReportRow = typeof infrastructureProgressReports.$inferSelect;

interface LatestRow {
  work_id: string;
  reported_on: string;
  progress_pct: string;
  actual_capacity: string | null;
  disbursed_vnd: string | null;
}

const KIND_ORDER: readonly string[] = INFRASTRUCTURE_WORK_KINDS;

const decimalOrNull = (value: string | null): string | null => (value === null ? null : trimDecimal(value));

// ─── Access ──────────────────────────────────────────────────────────────────────────────────

/** A work the actor may read, else 404 (another board's work included). */
async function loadWork(executor: Executor, actor: Actor, id: string, lock = false): Promise<WorkRow> {
  const ids = readableBoardIds(actor, 'records.read');
  if (ids.length === 0) throw InfrastructureErrors.INFRASTRUCTURE_WORK_NOT_FOUND();
  const query = executor
    .select()
    .from(infrastructureWorks)
    .where(and(eq(infrastructureWorks.id, id), inArray(infrastructureWorks.boardId, ids)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw InfrastructureErrors.INFRASTRUCTURE_WORK_NOT_FOUND();
  return row;
}

/** The boards a list or summary covers: those named (by code) that the actor reads, else all it reads. */
async function listedBoards(
  executor: Executor,
  actor: Actor,
  codes: string[] | undefined,
): Promise<string[]> {
  const readable = readableBoardIds(actor, 'records.read');
  if (codes === undefined || codes.length === 0) return readable;
  const { ids } = await scopeBoards(executor, actor, codes);
  return ids.filter((id) => readable.includes(id));
}

function workSearchText(work: { name: string; note: string | null; capacityUnit: string }): string {
  return normaliseForSearch([work.name, work.note ?? '', work.capacityUnit].join(' '));
}

// ─── Presenting ──────────────────────────────────────────────────────────────────────────────

async function latestReports(
  executor: Executor,
  workIds: string[],
  asOf: string,
): Promise<Map<string, LatestRow>> {
  const found = new Map<string, LatestRow>();
  if (workIds.length === 0) return found;
  const rows = await queryRows<LatestRow>(
    executor,
    sql`select distinct on (r.work_id) r.work_id, r.reported_on::text as reported_on,
               r.progress_pct::text as progress_pct, r.actual_capacity::text as actual_capacity,
               r.disbursed_vnd::text as disbursed_vnd
        from infrastructure_progress_reports r
        where r.work_id in (${sql.join(
          workIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          and r.reported_on <= ${asOf}::date
        order by r.work_id, r.reported_on desc, r.created_at desc, r.id desc`,
  );
  for (const row of rows) found.set(row.work_id, row);
  return found;
}

async function presentWorks(
  executor: Executor,
  rows: WorkRow[],
  asOf: string,
): Promise<InfrastructureWork[]> {
  if (rows.length === 0) return [];
  const zoneIds = [...new Set(rows.map((r) => r.zoneId))];
  const boardIds = [...new Set(rows.map((r) => r.boardId))];
  const [zoneRows, boardRows, latest] = await Promise.all([
    executor
      .select({ id: zones.id, code: zones.code, name: zones.name })
      .from(zones)
      .where(inArray(zones.id, zoneIds)),
    executor.select({ id: boards.id, code: boards.code }).from(boards).where(inArray(boards.id, boardIds)),
    latestReports(
      executor,
      rows.map((r) => r.id),
      asOf,
    ),
  ]);
  return rows.map((row) => {
    const report = latest.get(row.id) ?? null;
    const status = workStatus(
      row,
      report === null ? [] : [{ reportedOn: report.reported_on, progressPct: report.progress_pct }],
      asOf,
    );
    return {
      id: row.id,
      boardId: row.boardId,
      board: boardRows.find((b) => b.id === row.boardId)!.code,
      zone: zoneRows.find((z) => z.id === row.zoneId)!,
      kind: row.kind,
      name: row.name,
      capacityUnit: row.capacityUnit,
      plannedCapacity: decimalOrNull(row.plannedCapacity),
      plannedCapitalVnd: row.plannedCapitalVnd === null ? null : row.plannedCapitalVnd.toString(),
      plannedStartOn: row.plannedStartOn,
      plannedCompletionOn: row.plannedCompletionOn,
      completedOn: row.completedOn,
      note: row.note ?? '',
      asOf,
      latest:
        report === null
          ? null
          : {
              reportedOn: report.reported_on,
              progressPct: trimDecimal(report.progress_pct),
              actualCapacity: decimalOrNull(report.actual_capacity),
              disbursedVnd: report.disbursed_vnd,
            },
      state: status.state,
      daysLate: status.daysLate,
      expectedPct: status.expectedPct,
      version: row.version,
      createdAt: toVietnamTimestamp(row.createdAt),
      updatedAt: toVietnamTimestamp(row.updatedAt),
    };
  });
}

function presentReport(row: ReportRow): ProgressReport {
  return {
    id: row.id,
    workId: row.workId,
    reportedOn: row.reportedOn,
    progressPct: trimDecimal(row.progressPct),
    actualCapacity: decimalOrNull(row.actualCapacity),
    disbursedVnd: row.disbursedVnd === null ? null : row.disbursedVnd.toString(),
    note: row.note,
    createdAt: toVietnamTimestamp(row.createdAt),
  };
}

async function reportsOf(executor: Executor, workId: string): Promise<ReportRow[]> {
  return executor
    .select()
    .from(infrastructureProgressReports)
    .where(eq(infrastructureProgressReports.workId, workId))
    .orderBy(
      asc(infrastructureProgressReports.reportedOn),
      asc(infrastructureProgressReports.createdAt),
      asc(infrastructureProgressReports.id),
    );
}

async function presentDetail(executor: Executor, row: WorkRow): Promise<InfrastructureWorkDetail> {
  const [work] = await presentWorks(executor, [row], vietnamToday());
  const reports = await reportsOf(executor, row.id);
  return { ...work!, progressReports: reports.map(presentReport) };
}

// ─── Lists ───────────────────────────────────────────────────────────────────────────────────

/** Names in Vietnamese alphabetical order, the same on every database. */
const COLLATOR = new Intl.Collator('vi', { numeric: true });

const STATE_ORDER: Record<InfrastructureWorkState, number> = {
  late: 0,
  behind: 1,
  not_started: 2,
  on_track: 3,
  completed: 4,
};

/**
 * Every work matching the filters, with its state as of `asOf`: late ones first (the latest
 * first), then behind, not started, on track, completed; within a state by zone code and name
 * (Vietnamese order).
 */
export async function listAllWorks(
  db: Db,
  actor: Actor,
  query: Omit<ListWorksQuery, 'page' | 'pageSize' | 'format'>,
): Promise<{ items: InfrastructureWork[]; boardIds: string[]; asOf: string }> {
  const asOf = query.asOf ?? vietnamToday();
  const boardIds = await listedBoards(db, actor, query.board);
  if (boardIds.length === 0) return { items: [], boardIds, asOf };
  const conditions: (SQL | undefined)[] = [inArray(infrastructureWorks.boardId, boardIds)];
  if (query.zone?.length) conditions.push(inArray(infrastructureWorks.zoneId, query.zone));
  if (query.kind?.length) conditions.push(inArray(infrastructureWorks.kind, query.kind));
  conditions.push(matchesSearch(infrastructureWorks.searchText, query.q));
  const rows = await db
    .select({ work: infrastructureWorks })
    .from(infrastructureWorks)
    .where(and(...conditions))
    .orderBy(asc(infrastructureWorks.id));
  const works = await presentWorks(
    db,
    rows.map((r) => r.work),
    asOf,
  );
  const states = query.state?.length ? new Set(query.state) : null;
  const items = works
    .filter((work) => states === null || states.has(work.state))
    .sort(
      (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        b.daysLate - a.daysLate ||
        COLLATOR.compare(a.zone.code, b.zone.code) ||
        COLLATOR.compare(a.name, b.name) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return { items, boardIds, asOf };
}

export async function listWorks(
  db: Db,
  actor: Actor,
  query: ListWorksQuery,
): Promise<InfrastructureWorkList> {
  const { page, pageSize, format: _format, ...filters } = query;
  const { items } = await listAllWorks(db, actor, filters);
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: items.length,
  };
}

export async function getWork(db: Db, actor: Actor, id: string): Promise<InfrastructureWorkDetail> {
  return presentDetail(db, await loadWork(db, actor, id));
}

// ─── Writes ──────────────────────────────────────────────────────────────────────────────────

function scheduleProblem(start: string | null, completion: string): void {
  if (start !== null && start > completion)
    throw InfrastructureErrors.INFRASTRUCTURE_SCHEDULE_INVALID([
      {
        path: 'body.plannedStartOn',
        message: 'Ngày khởi công phải trước hoặc trùng ngày hoàn thành theo kế hoạch.',
        reason: 'after_completion',
        value: start,
      },
    ]);
}

export async function createWork(
  db: Db,
  actor: Actor,
  body: CreateWorkBody,
): Promise<InfrastructureWorkDetail> {
  return db.transaction(async (tx) => {
    const zone = await findVisibleZone(tx, actor, body.zoneId);
    if (!zone || !readableBoardIds(actor, 'records.read').includes(zone.boardId))
      throw InfrastructureErrors.INFRASTRUCTURE_ZONE_NOT_FOUND([
        {
          path: 'body.zoneId',
          message: 'Không tìm thấy khu công nghiệp này.',
          reason: 'not_found',
          value: body.zoneId,
        },
      ]);
    assertCan(actor, 'records.write', zone.boardId);
    scheduleProblem(body.plannedStartOn, body.plannedCompletionOn);
    const note = body.note;
    const [row] = await tx
      .insert(infrastructureWorks)
      .values({
        boardId: zone.boardId,
        zoneId: zone.id,
        kind: body.kind,
        name: body.name,
        capacityUnit: body.capacityUnit,
        plannedCapacity: body.plannedCapacity === null ? null : trimDecimal(body.plannedCapacity),
        plannedCapitalVnd: body.plannedCapitalVnd === null ? null : BigInt(body.plannedCapitalVnd),
        plannedStartOn: body.plannedStartOn,
        plannedCompletionOn: body.plannedCompletionOn,
        note,
        searchText: workSearchText({ name: body.name, note, capacityUnit: body.capacityUnit }),
      })
      .returning();
    await recordAudit(tx, actor, [
      {
        boardId: zone.boardId,
        action: 'create',
        entityType: INFRASTRUCTURE_ENTITY.work,
        entityId: row!.id,
        entityKey: row!.name,
        after: row,
      },
    ]);
    return presentDetail(tx, row!);
  });
}

async function maxDisbursed(executor: Executor, workId: string): Promise<bigint | null> {
  const [row] = await queryRows<{ max: string | null }>(
    executor,
    sql`select max(disbursed_vnd)::text as max from infrastructure_progress_reports where work_id = ${workId}::uuid`,
  );
  return row?.max == null ? null : BigInt(row.max);
}

export async function updateWork(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateWorkBody,
): Promise<InfrastructureWorkDetail> {
  return db.transaction(async (tx) => {
    const current = await loadWork(tx, actor, id, true);
    assertCan(actor, 'records.write', current.boardId);
    const { version, ...changes } = body;
    const start = changes.plannedStartOn !== undefined ? changes.plannedStartOn : current.plannedStartOn;
    const completion = changes.plannedCompletionOn ?? current.plannedCompletionOn;
    scheduleProblem(start, completion);
    if (changes.plannedCapitalVnd != null) {
      const disbursed = await maxDisbursed(tx, id);
      if (disbursed !== null && BigInt(changes.plannedCapitalVnd) < disbursed)
        throw InfrastructureErrors.INFRASTRUCTURE_CAPITAL_BELOW_DISBURSED([
          {
            path: 'body.plannedCapitalVnd',
            message: `Đã giải ngân ${disbursed.toString()} đồng.`,
            reason: 'below_disbursed',
            disbursedVnd: disbursed.toString(),
          },
        ]);
    }
    const name = changes.name ?? current.name;
    const note = changes.note !== undefined ? changes.note : current.note;
    const capacityUnit = changes.capacityUnit ?? current.capacityUnit;
    const row = await updateVersioned(tx, infrastructureWorks, id, version, current.version, {
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.capacityUnit !== undefined ? { capacityUnit: changes.capacityUnit } : {}),
      ...(changes.plannedCapacity !== undefined
        ? {
            plannedCapacity: changes.plannedCapacity === null ? null : trimDecimal(changes.plannedCapacity),
          }
        : {}),
      ...(changes.plannedCapitalVnd !== undefined
        ? { plannedCapitalVnd: changes.plannedCapitalVnd === null ? null : BigInt(changes.plannedCapitalVnd) }
        : {}),
      ...(changes.plannedStartOn !== undefined ? { plannedStartOn: changes.plannedStartOn } : {}),
      ...(changes.plannedCompletionOn !== undefined
        ? { plannedCompletionOn: changes.plannedCompletionOn }
        : {}),
      ...(changes.note !== undefined ? { note: changes.note } : {}),
      searchText: workSearchText({ name, note, capacityUnit }),
    });
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'update',
        entityType: INFRASTRUCTURE_ENTITY.work,
        entityId: id,
        entityKey: row.name,
        before: current,
        after: row,
      },
    ]);
    return presentDetail(tx, row);
  });
}

const PROBLEM_ERRORS: Record<ProgressProblem, { error: keyof typeof InfrastructureErrors; path: string }> = {
  in_future: { error: 'INFRASTRUCTURE_PROGRESS_IN_FUTURE', path: 'body.reportedOn' },
  before_previous: { error: 'INFRASTRUCTURE_PROGRESS_BEFORE_PREVIOUS', path: 'body.reportedOn' },
  progress_decreased: { error: 'INFRASTRUCTURE_PROGRESS_DECREASED', path: 'body.progressPct' },
  disbursed_above_capital: { error: 'INFRASTRUCTURE_DISBURSED_ABOVE_CAPITAL', path: 'body.disbursedVnd' },
  completion_not_full: { error: 'INFRASTRUCTURE_COMPLETION_NOT_FULL', path: 'body.progressPct' },
  completion_date_invalid: { error: 'INFRASTRUCTURE_COMPLETION_DATE_INVALID', path: 'body.completedOn' },
};

/**
 * Appends a progress report (never edited): refused when dated in the future or before the
 * latest report, with less progress than it, disbursing more than the planned capital, or
 * completing the work without 100% or on a day after the report. The first problem gives the
 * code; every problem is listed in the details. A completion date completes the work.
 */
export async function addProgressReport(
  db: Db,
  actor: Actor,
  workId: string,
  body: CreateProgressBody,
): Promise<InfrastructureWorkDetail> {
  return db.transaction(async (tx) => {
    const work = await loadWork(tx, actor, workId, true);
    assertCan(actor, 'records.write', work.boardId);
    const [previous] = await tx
      .select()
      .from(infrastructureProgressReports)
      .where(eq(infrastructureProgressReports.workId, workId))
      .orderBy(
        desc(infrastructureProgressReports.reportedOn),
        desc(infrastructureProgressReports.createdAt),
        desc(infrastructureProgressReports.id),
      )
      .limit(1);
    const problems = progressReportProblems({
      report: body,
      previous: previous ?? null,
      today: vietnamToday(),
      plannedCapitalVnd: work.plannedCapitalVnd === null ? null : work.plannedCapitalVnd.toString(),
      plannedStartOn: work.plannedStartOn,
    });
    if (problems.length > 0) {
      const details: ErrorDetail[] = problems.map((problem) => ({
        path: PROBLEM_ERRORS[problem].path,
        message: PROBLEM_MESSAGES[problem],
        reason: problem,
      }));
      throw InfrastructureErrors[PROBLEM_ERRORS[problems[0]!].error](details);
    }
    const [report] = await tx
      .insert(infrastructureProgressReports)
      .values({
        boardId: work.boardId,
        workId,
        reportedOn: body.reportedOn,
        progressPct: trimDecimal(body.progressPct),
        actualCapacity: body.actualCapacity === null ? null : trimDecimal(body.actualCapacity),
        disbursedVnd: body.disbursedVnd === null ? null : BigInt(body.disbursedVnd),
        note: body.note,
        createdBy: actor.userId,
      })
      .returning();
    const audit: Parameters<typeof recordAudit>[2] = [
      {
        boardId: work.boardId,
        action: 'create',
        entityType: INFRASTRUCTURE_ENTITY.progress,
        entityId: report!.id,
        entityKey: work.name,
        after: report,
      },
    ];
    let row = work;
    if (body.completedOn !== null && body.completedOn !== work.completedOn) {
      row = await updateVersioned(tx, infrastructureWorks, workId, work.version, work.version, {
        completedOn: body.completedOn,
      });
      audit.push({
        boardId: work.boardId,
        action: 'update',
        entityType: INFRASTRUCTURE_ENTITY.work,
        entityId: workId,
        entityKey: work.name,
        before: work,
        after: row,
      });
    }
    await recordAudit(tx, actor, audit);
    return presentDetail(tx, row);
  });
}

const PROBLEM_MESSAGES: Record<ProgressProblem, string> = {
  in_future: 'Ngày báo cáo sau ngày hôm nay.',
  before_previous: 'Ngày báo cáo trước ngày của báo cáo gần nhất.',
  progress_decreased: 'Tiến độ thấp hơn báo cáo gần nhất.',
  disbursed_above_capital: 'Vốn giải ngân vượt tổng vốn đầu tư theo kế hoạch.',
  completion_not_full: 'Hoàn thành cần tiến độ 100%.',
  completion_date_invalid:
    'Ngày hoàn thành sau ngày báo cáo, trước báo cáo gần nhất hoặc trước ngày khởi công.',
};

// ─── Summary ─────────────────────────────────────────────────────────────────────────────────

function emptyCounts(): StateCounts {
  return { late: 0, behind: 0, not_started: 0, on_track: 0, completed: 0, total: 0 };
}

/** Per zone and per kind (and unit): counts of works by state as of a day, planned vs reached capacity. */
export async function infrastructureSummary(
  db: Db,
  actor: Actor,
  query: SummaryQuery,
): Promise<InfrastructureSummary> {
  const { items, boardIds, asOf } = await listAllWorks(db, actor, { board: query.board, asOf: query.asOf });
  const boardRows =
    boardIds.length === 0
      ? []
      : await db
          .select({ id: boards.id, code: boards.code })
          .from(boards)
          .where(inArray(boards.id, boardIds));
  const total = emptyCounts();
  const byZone = new Map<string, InfrastructureSummary['byZone'][number]>();
  const byKind = new Map<string, InfrastructureSummary['byKind'][number]>();
  for (const work of items) {
    total[work.state]++;
    total.total++;
    const zone = byZone.get(work.zone.id) ?? { zone: work.zone, board: work.board, counts: emptyCounts() };
    zone.counts[work.state]++;
    zone.counts.total++;
    byZone.set(work.zone.id, zone);
    const key = `${work.kind}\u0000${work.capacityUnit}`;
    const kind = byKind.get(key) ?? {
      kind: work.kind,
      capacityUnit: work.capacityUnit,
      counts: emptyCounts(),
      plannedCapacity: '0',
      reachedCapacity: '0',
    };
    kind.counts[work.state]++;
    kind.counts.total++;
    if (work.plannedCapacity !== null)
      kind.plannedCapacity = trimDecimal(addDecimal(kind.plannedCapacity, work.plannedCapacity));
    if (work.latest?.actualCapacity != null)
      kind.reachedCapacity = trimDecimal(addDecimal(kind.reachedCapacity, work.latest.actualCapacity));
    byKind.set(key, kind);
  }
  return {
    asOf,
    boards: boardRows.map((b) => b.code).sort((a, b) => a.localeCompare(b)),
    total,
    byZone: [...byZone.values()].sort((a, b) => a.zone.code.localeCompare(b.zone.code)),
    byKind: [...byKind.values()].sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.capacityUnit.localeCompare(b.capacityUnit),
    ),
  };
}

/** Moves the works of these zones, with their progress reports, to the board that holds them from now on (organisation-v1). */
export async function transferWorksOfZones(
  tx: Executor,
  zoneIds: string[],
  toBoardId: string,
): Promise<number> {
  if (zoneIds.length === 0) return 0;
  const moved = await tx
    .update(infrastructureWorks)
    .set({ boardId: toBoardId })
    .where(inArray(infrastructureWorks.zoneId, zoneIds))
    .returning({ id: infrastructureWorks.id });
  const ids = moved.map((w) => w.id);
  if (ids.length > 0)
    await tx
      .update(infrastructureProgressReports)
      .set({ boardId: toBoardId })
      .where(inArray(infrastructureProgressReports.workId, ids));
  return ids.length;
}
