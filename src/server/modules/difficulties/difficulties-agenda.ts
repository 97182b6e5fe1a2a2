/**
 * The difficulties' part of the staff home page: those not yet routed (due to be routed by the
 * 3rd working day after being raised) and those routed and not yet answered (due by their answer
 * date), of the boards where the actor holds difficulties.manage.
 */
import { daysWaiting, dueSoonUntil, dueUrgency, type AgendaItem } from '../../../domain/agenda.ts';
import { routeDueOn } from '../../../domain/difficulties.ts';
import { can, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { loadWorkingCalendar } from '../one-stop/index.ts';
import * as repo from './difficulties.repository.ts';

export async function difficultiesAgendaItems(db: Db, actor: Actor, today: string): Promise<AgendaItem[]> {
  if (!can(actor, 'difficulties.manage')) return [];
  const boardIds = actor.visibleBoardIds.filter((id) => can(actor, 'difficulties.manage', id));
  const rows = await repo.listDifficulties(db, { boardIds, statuses: ['open', 'routed'] });
  if (rows.length === 0) return [];
  const calendar = await loadWorkingCalendar(db);
  const soonUntil = dueSoonUntil(calendar, today);
  return rows.map((row) => {
    const routed = row.status === 'routed';
    const dueOn = routed ? (row.answerDueOn ?? today) : routeDueOn(calendar, row.raisedOn);
    const urgent = dueUrgency(dueOn, today, soonUntil);
    return {
      kind: 'difficulty',
      id: row.id,
      board: row.boardCode,
      urgency: urgent?.urgency ?? 'waiting',
      title: `${row.reference} · ${row.enterpriseName}: ${row.title}`,
      detail: routed
        ? `Chờ ${row.responsible} trả lời, hạn ${formatDate(dueOn)}`
        : `Chưa chuyển đơn vị chủ trì xử lý, hạn chuyển ${formatDate(dueOn)}`,
      dueOn,
      days: urgent?.days ?? daysWaiting(routed ? (row.routedOn ?? row.raisedOn) : row.raisedOn, today),
      link: `/difficulties/${row.id}`,
    };
  });
}
