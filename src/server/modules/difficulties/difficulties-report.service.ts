/**
 * The year's figures of enterprises' difficulties (one board): raised by topic and channel,
 * routed, answered on time or late, confirmed, reopened, still open at the year's end, and the
 * answer time in working days. JSON, Word and Excel all come from this one computation.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { DIFFICULTY_CHANNELS, DIFFICULTY_TOPICS, workingDaysOpen } from '../../../domain/difficulties.ts';
import { listBoardsByIds } from '../boards/index.ts';
import { loadWorkingCalendar } from '../one-stop/index.ts';
import * as repo from './difficulties.repository.ts';
import type { DifficultyStatistics } from './difficulties.schemas.ts';
import { reportBoard } from './difficulties.service.ts';

/** The mean of whole numbers to one decimal, exactly (half up): "7.5"; null for none. */
export function averageOneDecimal(values: readonly number[]): string | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  const tenths = Math.floor((sum * 20 + values.length) / (2 * values.length));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

export async function difficultyStatistics(
  db: Db,
  actor: Actor,
  query: { board?: string | undefined; year: number },
): Promise<DifficultyStatistics> {
  const boardId = await reportBoard(db, actor, query.board);
  const yearStart = `${query.year}-01-01`;
  const yearEnd = `${query.year}-12-31`;
  const upToYearEnd = await repo.listDifficulties(db, { boardIds: [boardId], raisedTo: yearEnd });
  const raised = upToYearEnd.filter((r) => r.raisedOn >= yearStart);
  const calendar = await loadWorkingCalendar(db);
  const answered = raised.filter((r) => r.answeredOn !== null);
  const onTime = answered.filter((r) => r.answerDueOn === null || r.answeredOn! <= r.answerDueOn);
  const times = answered.map((r) => workingDaysOpen(calendar, r.raisedOn, r.answeredOn, r.answeredOn!));
  const [board] = await listBoardsByIds(db, [boardId]);
  return {
    report: 'difficulties',
    board: board?.code ?? '',
    boardName: board?.name ?? '',
    year: query.year,
    raised: raised.length,
    byTopic: DIFFICULTY_TOPICS.map((topic) => ({
      topic,
      count: raised.filter((r) => r.topic === topic).length,
    })),
    byChannel: DIFFICULTY_CHANNELS.map((channel) => ({
      channel,
      count: raised.filter((r) => r.channel === channel).length,
    })),
    routed: raised.filter((r) => r.routedOn !== null).length,
    answered: answered.length,
    answeredOnTime: onTime.length,
    answeredLate: answered.length - onTime.length,
    confirmed: raised.filter((r) => r.status === 'resolved').length,
    reopened: raised.filter((r) => r.reopenedCount > 0).length,
    openAtYearEnd: upToYearEnd.filter((r) => r.answeredOn === null || r.answeredOn > yearEnd).length,
    averageAnswerWorkingDays: averageOneDecimal(times),
    longestAnswerWorkingDays: times.length === 0 ? null : Math.max(...times),
  };
}
