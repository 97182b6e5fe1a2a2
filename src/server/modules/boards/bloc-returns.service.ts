/**
 * Members' returns (số liệu thành viên gửi, blocs-v1): for a member whose records are not in this
 * database, the figures of a period that the bloc's leader enters in a form or imports from the
 * Excel template. Written by the staff of the leader board of the period's year (records.write on
 * that board) or by one who manages the bloc; only for a member of that year. Read by whoever
 * reads the bloc. Every change audited; the consolidated report (reports module) reads them.
 */
import { trimDecimal } from '../../../domain/decimal.ts';
import { can, type Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import { isPeriod, parsePeriod } from '../../../domain/periods.ts';
import { blocReturns } from './boards.tables.ts';
import { BlocErrors } from './blocs.errors.ts';
import * as repo from './blocs.repository.ts';
import {
  BLOC_RETURN_FIGURES,
  type BlocReturn,
  type BlocReturnFigures,
  type BlocReturnList,
  type SetBlocReturnBody,
} from './blocs.schemas.ts';
import { BLOC_AUDIT, loadReadableBloc, managesBloc } from './blocs.service.ts';

export type ReturnSource = 'form' | 'import' | 'package';

export function checkPeriod(period: string, path = 'query.period'): void {
  if (!isPeriod(period))
    throw BlocErrors.BLOC_PERIOD_INVALID([
      { path, message: `"${period.slice(0, 20)}" không phải là kỳ báo cáo.`, reason: 'BLOC_PERIOD_INVALID' },
    ]);
}

const SIGNED_INTEGER = (v: string) => {
  const n = BigInt(v);
  return n.toString();
};

const signedUsd = (v: string) => (v.startsWith('-') ? `-${normaliseUsd(v.slice(1))}` : normaliseUsd(v));

/** Figures in one canonical spelling (USD with 2 decimals, đồng whole, hectares without trailing zeros). */
export function normaliseFigures(f: BlocReturnFigures): BlocReturnFigures {
  return {
    newProjectsFdi: f.newProjectsFdi,
    newProjectsDdi: f.newProjectsDdi,
    capitalFdiUsd: signedUsd(f.capitalFdiUsd),
    capitalDdiVnd: SIGNED_INTEGER(f.capitalDdiVnd),
    revenueFdiUsd: signedUsd(f.revenueFdiUsd),
    revenueDdiVnd: SIGNED_INTEGER(f.revenueDdiVnd),
    budgetPaidFdiUsd: signedUsd(f.budgetPaidFdiUsd),
    budgetPaidDdiVnd: SIGNED_INTEGER(f.budgetPaidDdiVnd),
    zonesInPlanCount: f.zonesInPlanCount,
    zonesInPlanAreaHa: trimDecimal(f.zonesInPlanAreaHa),
    zonesOperatingCount: f.zonesOperatingCount,
    zonesOperatingAreaHa: trimDecimal(f.zonesOperatingAreaHa),
    zonesUnderConstructionCount: f.zonesUnderConstructionCount,
    zonesUnderConstructionAreaHa: trimDecimal(f.zonesUnderConstructionAreaHa),
  };
}

function figuresOf(row: repo.BlocReturnRow): BlocReturnFigures {
  return normaliseFigures(
    Object.fromEntries(BLOC_RETURN_FIGURES.map((k) => [k, row[k]])) as unknown as BlocReturnFigures,
  );
}

export function presentReturn(
  row: repo.BlocReturnRow,
  bloc: { code: string },
  board: { code: string; name: string },
): BlocReturn {
  return {
    bloc: bloc.code,
    board: board.code,
    boardName: board.name,
    period: row.period,
    ...figuresOf(row),
    source: row.source as ReturnSource,
    note: row.note,
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

/** The year of a period, its row and its members (boards, in the bloc's order). */
export async function periodYear(executor: Executor, bloc: repo.BlocRow, period: string) {
  const year = parsePeriod(period).year;
  const [row] = await repo.yearsOfBlocs(executor, [bloc.id], [year]);
  const boards = new Map((await repo.findBoardsByIds(executor, row?.memberIds ?? [])).map((b) => [b.id, b]));
  return { year, row: row ?? null, members: (row?.memberIds ?? []).map((id) => boards.get(id)!) };
}

/** Whether the actor writes the bloc's returns of this year: the leader board's staff, or a manager. */
export async function writesReturns(
  executor: Executor,
  actor: Actor,
  bloc: repo.BlocRow,
  year: repo.BlocYearWithMembers | null,
): Promise<boolean> {
  if (year && can(actor, 'records.write', year.leaderBoardId)) return true;
  return managesBloc(executor, actor, bloc.id);
}

/** A period's returns of a bloc, member by member. */
export async function listBlocReturns(
  db: Db,
  actor: Actor,
  code: string,
  period: string,
): Promise<BlocReturnList> {
  const bloc = await loadReadableBloc(db, actor, code);
  checkPeriod(period);
  const { year, row, members } = await periodYear(db, bloc, period);
  const returns = await repo.returnsOfPeriod(db, bloc.id, period);
  const boards = new Map(
    (
      await repo.findBoardsByIds(
        db,
        returns.map((r) => r.boardId),
      )
    ).map((b) => [b.id, b]),
  );
  const items = returns
    .map((r) => presentReturn(r, bloc, boards.get(r.boardId)!))
    .sort((a, b) => a.board.localeCompare(b.board));
  const codeOf = (id: string) => members.find((m) => m.id === id)?.code ?? boards.get(id)?.code ?? null;
  return {
    bloc: bloc.code,
    period,
    year,
    leader: row ? codeOf(row.leaderBoardId) : null,
    deputy: row?.deputyBoardId ? codeOf(row.deputyBoardId) : null,
    members: members.map((m) => ({
      code: m.code,
      name: m.name,
      return: items.find((i) => i.board === m.code) ?? null,
    })),
    items,
  };
}

/** The bloc, the period's year and the member named, for a write; refused otherwise. */
async function returnTarget(tx: Executor, actor: Actor, code: string, boardCode: string, period: string) {
  const bloc = await loadReadableBloc(tx, actor, code);
  checkPeriod(period, 'params.period');
  const { year, row, members } = await periodYear(tx, bloc, period);
  if (!(await writesReturns(tx, actor, bloc, row))) throw CommonErrors.FORBIDDEN();
  if (!row)
    throw BlocErrors.BLOC_YEAR_NOT_FOUND([
      {
        path: 'params.period',
        message: `Khối ${bloc.code} chưa có danh sách thành viên năm ${year}.`,
        reason: 'not_found',
        value: year,
      },
    ]);
  const board = members.find((m) => m.code === boardCode);
  if (!board)
    throw BlocErrors.BLOC_RETURN_NOT_MEMBER([
      {
        path: 'params.board',
        message: `${boardCode} không là thành viên của khối ${bloc.code} năm ${year}.`,
        reason: 'BLOC_RETURN_NOT_MEMBER',
        value: boardCode,
      },
    ]);
  return { bloc, board };
}

/**
 * Writes one member's return in the caller's transaction: created, or replaced when a figure or
 * the note differs (with `version`, only if the return still has it). Audited.
 */
export async function writeReturn(
  tx: Executor,
  actor: Actor,
  target: { bloc: repo.BlocRow; board: repo.BoardRow; period: string },
  input: {
    figures: BlocReturnFigures;
    note: string | null;
    source: ReturnSource;
    version?: number | undefined;
  },
): Promise<{ row: repo.BlocReturnRow; outcome: 'created' | 'updated' | 'unchanged' }> {
  const { bloc, board, period } = target;
  const figures = normaliseFigures(input.figures);
  const current = await repo.findReturn(tx, bloc.id, board.id, period);
  if (!current && input.version !== undefined)
    throw BlocErrors.BLOC_RETURN_NOT_FOUND([
      { path: 'body.version', message: 'Số liệu này đã bị xóa.', reason: 'not_found' },
    ]);
  if (current && input.version !== undefined && input.version !== current.version)
    throw versionConflict(current.version);
  const entity = {
    boardId: board.id,
    entityType: BLOC_AUDIT.blocReturn,
    entityKey: `${bloc.code} ${board.code} ${period}`,
  };
  if (!current) {
    const row = await repo.insertReturn(tx, {
      blocId: bloc.id,
      boardId: board.id,
      period,
      ...figures,
      source: input.source,
      note: input.note,
    });
    if (!row) throw versionConflict(1);
    await recordAudit(tx, actor, [{ ...entity, action: 'create', entityId: row.id, after: row }]);
    return { row, outcome: 'created' };
  }
  const before = figuresOf(current);
  if (BLOC_RETURN_FIGURES.every((k) => before[k] === figures[k]) && current.note === input.note)
    return { row: current, outcome: 'unchanged' };
  const row = await updateVersioned(tx, blocReturns, current.id, current.version, current.version, {
    ...figures,
    note: input.note,
    source: input.source,
  });
  await recordAudit(tx, actor, [
    { ...entity, action: 'update', entityId: row.id, before: current, after: row },
  ]);
  return { row, outcome: 'updated' };
}

/** Enters (or replaces) a member's return of a period, typed in the form. */
export async function setBlocReturn(
  db: Db,
  actor: Actor,
  params: { code: string; board: string; period: string },
  body: SetBlocReturnBody,
): Promise<{ return: BlocReturn; created: boolean }> {
  return db.transaction(async (tx) => {
    const { bloc, board } = await returnTarget(tx, actor, params.code, params.board, params.period);
    const { note, version, ...figures } = body;
    const outcome = await writeReturn(
      tx,
      actor,
      { bloc, board, period: params.period },
      { figures, note: note ?? null, source: 'form', version },
    );
    return { return: presentReturn(outcome.row, bloc, board), created: outcome.outcome === 'created' };
  });
}

/** Deletes a member's return of a period. Audited. */
export async function deleteBlocReturn(
  db: Db,
  actor: Actor,
  params: { code: string; board: string; period: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { bloc, board } = await returnTarget(tx, actor, params.code, params.board, params.period);
    const current = await repo.findReturn(tx, bloc.id, board.id, params.period);
    if (!current)
      throw BlocErrors.BLOC_RETURN_NOT_FOUND([
        {
          path: 'params.period',
          message: `Chưa có số liệu của ${board.code} kỳ ${params.period}.`,
          reason: 'not_found',
        },
      ]);
    await repo.deleteReturn(tx, current.id);
    await recordAudit(tx, actor, [
      {
        boardId: board.id,
        action: 'delete',
        entityType: BLOC_AUDIT.blocReturn,
        entityId: current.id,
        entityKey: `${bloc.code} ${board.code} ${params.period}`,
        before: current,
      },
    ]);
  });
}
