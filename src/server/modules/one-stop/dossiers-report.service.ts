/**
 * The one-stop statistics report (one-stop-v1, "Statistics report") and Decision 766's
 * indicators 2.1 and 3.3, for the boards asked for over a period. One query (the dossiers that
 * may count, each with its supplements, as one JSON text), every dossier classified in TypeScript by the
 * domain (dossier-timing.ts) against the database's working-day calendar.
 */
import type { Actor } from '../../kernel/actor.ts';
import { slicer } from '../../kernel/cooperative.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { onlineShareIndicator, onTimeIndicator } from '../../../domain/decision-766.ts';
import { classifyDossier, type DossierTiming } from '../../../domain/dossier-timing.ts';
import { percent } from '../../../domain/percent.ts';
import { scopeBoards } from '../boards/index.ts';
import { ReportErrors } from '../reports/index.ts';
import { loadWorkingCalendar } from './calendar.service.ts';
import * as repo from './dossiers-report.repository.ts';
import type { DossierFigures, DossiersReport } from './dossiers-report.schemas.ts';

export interface DossiersReportQuery {
  /** Board codes; none: every board the actor sees. */
  boards?: string[] | undefined;
  from: string;
  to: string;
}

interface Tally {
  carriedOver: number;
  new: number;
  online: number;
  early: number;
  onTime: number;
  late: number;
  notDue: number;
  overdue: number;
  onTime766: number;
}

const emptyTally = (): Tally => ({
  carriedOver: 0,
  new: 0,
  online: 0,
  early: 0,
  onTime: 0,
  late: 0,
  notDue: 0,
  overdue: 0,
  onTime766: 0,
});

function figures(t: Tally): DossierFigures {
  const received = t.carriedOver + t.new;
  const resolved = t.early + t.onTime + t.late;
  return {
    received: {
      total: received,
      carriedOver: t.carriedOver,
      new: t.new,
      online: t.online,
      onlinePct: percent(t.online, t.new),
    },
    resolved: {
      total: resolved,
      early: t.early,
      onTime: t.onTime,
      late: t.late,
      onTimePct: percent(t.early + t.onTime, resolved),
    },
    pending: { total: t.notDue + t.overdue, notDue: t.notDue, overdue: t.overdue },
    indicators766: {
      // Every dossier received or processed in the period is either resolved in it or pending at its end.
      onTime: onTimeIndicator(t.onTime766, received),
      onlineShare: onlineShareIndicator(t.online, t.new),
    },
  };
}

function count(t: Tally, timing: DossierTiming): void {
  t[timing.received!]++;
  if (timing.online) t.online++;
  if (timing.resolved) t[timing.resolved]++;
  if (timing.pending) t[timing.pending]++;
  if (timing.onTime766) t.onTime766++;
}

function checkPeriod(query: { from: string; to: string }) {
  if (query.from > query.to) {
    throw ReportErrors.REPORT_PERIOD_INVALID([
      { path: 'query.from', message: 'Ngày bắt đầu sau ngày kết thúc.', reason: 'from_after_to' },
    ]);
  }
}

/**
 * The statistics report of the boards' dossiers over `from`..`to` (one-stop-v1): received
 * (carried over, new, online), resolved (early, on time, late), pending at `to` (not due,
 * overdue), by procedure, with Decision 766's indicators 2.1 and 3.3.
 */
export async function dossiersReport(
  executor: Executor,
  actor: Actor,
  query: DossiersReportQuery,
): Promise<DossiersReport> {
  checkPeriod(query);
  const boards = await scopeBoards(executor, actor, query.boards);
  const codeOf = new Map(boards.ids.map((id, i) => [id, boards.codes[i]!]));
  const window = { boardIds: boards.ids, from: query.from, to: query.to };
  const [calendar, dossiers] = await Promise.all([
    loadWorkingCalendar(executor),
    repo.reportDossiersWithSupplements(executor, window),
  ]);

  const total = emptyTally();
  const byProcedure = new Map<
    string,
    { board: string; procedure: string; procedureId: string; tally: Tally }
  >();
  const period = { from: query.from, to: query.to };
  const pause = slicer();
  for (const d of dossiers) {
    const timing = classifyDossier(
      calendar,
      {
        receivedAt: d.received_at,
        channel: d.channel,
        deadline: { value: d.deadline_value, unit: d.deadline_unit },
        supplements: d.supplements.map((s) => ({ requestedAt: s.requested_at, suppliedAt: s.supplied_at })),
        resultAt: d.result_at,
      },
      period,
    );
    if (timing.received === null) continue;
    const key = `${codeOf.get(d.board_id)}\u0000${d.procedure_code}`;
    let entry = byProcedure.get(key);
    if (!entry) {
      entry = {
        board: codeOf.get(d.board_id)!,
        procedure: d.procedure_code,
        procedureId: d.procedure_id,
        tally: emptyTally(),
      };
      byProcedure.set(key, entry);
    }
    count(total, timing);
    count(entry.tally, timing);
    const turn = pause();
    if (turn) await turn;
  }

  // Boards in the report's order of board codes (scopeBoards'), then procedure codes.
  const boardOrder = new Map(boards.codes.map((code, i) => [code, i]));
  const entries = [...byProcedure.values()].sort(
    (a, b) => boardOrder.get(a.board)! - boardOrder.get(b.board)! || compareCodes(a.procedure, b.procedure),
  );
  const names = new Map(
    (
      await repo.procedureNames(
        executor,
        entries.map((e) => e.procedureId),
        query.to,
      )
    ).map((row) => [row.procedure_id, row.name]),
  );
  return {
    report: 'dossiers',
    boards: boards.codes,
    from: query.from,
    to: query.to,
    ...figures(total),
    byProcedure: entries.map((e) => ({
      board: e.board,
      procedure: e.procedure,
      name: names.get(e.procedureId) ?? e.procedure,
      ...figures(e.tally),
    })),
  };
}

/** Procedure codes in code-point order (BQL-DT-02 before BQL-DT-10). */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
