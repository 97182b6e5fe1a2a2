/**
 * Việc cần làm hôm nay: what needs doing on one board, gathered from the modules — the one-stop
 * shop's dossiers overdue or due soon and those submitted online awaiting receipt, enterprises'
 * reports awaiting review, and what inspection, complaints and difficulties report through their
 * faces. A module whose permission the actor lacks on the board adds nothing (never a refusal of
 * the whole page).
 */
import {
  AGENDA_GROUP_CAP,
  daysWaiting,
  dueSoonUntil,
  dueUrgency,
  groupAgenda,
  periodWords,
  type AgendaItem,
  type AgendaPart,
} from '../../../domain/agenda.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { vietnamDateOf } from '../../../domain/working-days.ts';
import { can, type Actor, type Permission } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { AppError } from '../../kernel/errors.ts';
import type { BoardChoiceErrors } from '../../kernel/scope.ts';
import { actingBoardByCode, getBoard } from '../boards/index.ts';
import { complaintsAgenda } from '../complaints/index.ts';
import { difficultiesAgenda } from '../difficulties/index.ts';
import { inspectionAgenda } from '../inspection/index.ts';
import { loadWorkingCalendar } from '../one-stop/index.ts';
import { AgendaErrors } from './agenda.errors.ts';
import * as repo from './agenda.repository.ts';
import type { Agenda, AgendaQuery } from './agenda.schemas.ts';

export const AGENDA_BOARD: BoardChoiceErrors = {
  required: AgendaErrors.AGENDA_BOARD_REQUIRED,
  notFound: AgendaErrors.AGENDA_BOARD_NOT_FOUND,
};

/** The board the agenda is of: the one named (by code), else the actor's own. */
function agendaBoard(db: Db, actor: Actor, code: string | undefined): Promise<string> {
  return actingBoardByCode(db, actor, { code, permission: 'records.read', errors: AGENDA_BOARD });
}

/** A module's items of the board, or none when the module refuses the actor (FORBIDDEN). */
async function fromFace(
  source: (db: Db, actor: Actor, today: string) => Promise<AgendaItem[]>,
  db: Db,
  actor: Actor,
  today: string,
  boardCode: string,
): Promise<AgendaPart> {
  try {
    const items = await source(db, actor, today);
    return { items: items.filter((item) => item.board === boardCode) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return { items: [] };
    throw error;
  }
}

const NOTHING: AgendaPart = { items: [] };

/** What needs doing on the board named (or the actor's own) as seen on `today`. */
export async function agendaOf(db: Db, actor: Actor, query: AgendaQuery): Promise<Agenda> {
  const boardId = await agendaBoard(db, actor, query.board);
  const today = query.today ?? vietnamToday();
  const board = await getBoard(db, actor, boardId);
  const may = (permission: Permission) => can(actor, permission, boardId);
  const cap = AGENDA_GROUP_CAP;

  const dossiersDue = async (): Promise<AgendaPart> => {
    const calendar = await loadWorkingCalendar(db);
    const until = dueSoonUntil(calendar, today);
    const found = await repo.dossiersDue(db, boardId, today, until, cap);
    return {
      items: found.rows.flatMap((row) => {
        const due = row.dueDate === null ? null : dueUrgency(row.dueDate, today, until);
        if (!due || row.dueDate === null) return [];
        return [
          {
            kind: 'dossier',
            id: row.id,
            board: board.code,
            urgency: due.urgency,
            title: `${row.code} — ${row.applicantName}`,
            detail: `${row.procedureName} · hạn giải quyết ${formatDate(row.dueDate)}`,
            dueOn: row.dueDate,
            days: due.days,
            link: `/one-stop/dossiers/${row.id}`,
          },
        ];
      }),
      counts: { overdue: found.overdue, dueSoon: found.dueSoon, waiting: 0 },
    };
  };

  const dossiersSubmitted = async (): Promise<AgendaPart> => {
    const found = await repo.dossiersSubmitted(db, boardId, cap);
    return {
      items: found.rows.map((row) => ({
        kind: 'dossier_submission',
        id: row.id,
        board: board.code,
        urgency: 'waiting',
        title: `${row.code} — ${row.applicantName}`,
        detail: `${row.procedureName} · nộp trực tuyến, chờ tiếp nhận`,
        dueOn: null,
        days: row.submittedAt ? daysWaiting(vietnamDateOf(row.submittedAt), today) : null,
        link: `/one-stop/dossiers/${row.id}`,
      })),
      counts: { overdue: 0, dueSoon: 0, waiting: found.total },
    };
  };

  const reportsToReview = async (): Promise<AgendaPart> => {
    const found = await repo.reportsSubmitted(db, [boardId], cap);
    return {
      items: found.rows.map((row) => ({
        kind: 'report_review',
        id: row.id,
        board: board.code,
        urgency: 'waiting',
        title: `${row.enterpriseName} (MST ${row.taxCode})`,
        detail: `Báo cáo thống kê ${periodWords(row.period)} · đã gửi, chờ duyệt`,
        dueOn: null,
        days: row.submittedAt ? daysWaiting(vietnamDateOf(row.submittedAt), today) : null,
        link: `/statistics/review?open=${row.id}`,
      })),
      counts: { overdue: 0, dueSoon: 0, waiting: found.total },
    };
  };

  // One after another: on PGlite (and in a transaction) queries take turns anyway.
  const parts: AgendaPart[] = [
    may('onestop.process') ? await dossiersDue() : NOTHING,
    may('onestop.process') ? await dossiersSubmitted() : NOTHING,
    may('statistics.review') ? await reportsToReview() : NOTHING,
    may('inspection.manage') ? await fromFace(inspectionAgenda, db, actor, today, board.code) : NOTHING,
    may('complaints.manage') ? await fromFace(complaintsAgenda, db, actor, today, board.code) : NOTHING,
    may('difficulties.manage') ? await fromFace(difficultiesAgenda, db, actor, today, board.code) : NOTHING,
  ];
  const { groups, counts } = groupAgenda(parts, cap);
  return { today, board: { id: board.id, code: board.code, name: board.name }, groups, counts };
}
