import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard } from '../../kernel/scope.ts';
import type { Db } from '../../kernel/db/database.ts';
import { addDays, toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { percent } from '../../../domain/percent.ts';
import { periodEnd, periodStart } from '../../../domain/periods.ts';
import {
  enterprisesOperating,
  usernamesOfEnterprises,
  STATISTICS_BOARD_CHOICE,
} from '../enterprises/index.ts';
import { dueDateOf } from '../reporting-calendar/index.ts';
import * as repo from './filing.repository.ts';

/** The first instant after a Vietnam calendar date. */
const endOfVietnamDay = (date: string) => new Date(`${addDays(date, 1)}T00:00:00+07:00`);

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const FILED = new Set(['submitted', 'accepted']);

/**
 * Who has filed a period's report: enterprises in operation during the period are expected;
 * a report counts as filed once submitted (or accepted); on time when its latest submission
 * is on or before the due date (Vietnam time). Reports loaded accepted without a submission
 * time (packages, imports) count as filed, neither on time nor late.
 */
async function assess(db: Db, actor: Actor, query: { period: string; boardId?: string | undefined }) {
  const boardId = actingBoard(actor, { boardId: query.boardId, errors: STATISTICS_BOARD_CHOICE });
  assertCan(actor, 'records.read', boardId);
  const { dueDate } = await dueDateOf(db, boardId, query.period);
  const deadline = endOfVietnamDay(dueDate);
  const today = vietnamToday();
  const expected = await enterprisesOperating(
    db,
    boardId,
    periodStart(query.period),
    periodEnd(query.period),
  );
  const reports = new Map(
    (
      await repo.reportsOfEnterprises(
        db,
        expected.map((e) => e.id),
        [query.period],
      )
    ).map((r) => [r.enterpriseId, r]),
  );
  const rows = expected.map((enterprise) => {
    const report = reports.get(enterprise.id) ?? null;
    const filed = report !== null && FILED.has(report.status);
    const submittedAt = report?.submittedAt ?? null;
    let onTime: boolean | null = null;
    let daysLate: number | null = null;
    if (filed && submittedAt) {
      onTime = submittedAt < deadline;
      const filedOn = vietnamToday(submittedAt);
      daysLate = onTime ? 0 : Math.max(daysBetween(dueDate, filedOn), 1);
    } else if (!filed) {
      daysLate = today > dueDate ? daysBetween(dueDate, today) : 0;
    }
    return {
      enterprise,
      report,
      filed,
      item: {
        id: enterprise.id,
        taxCode: enterprise.taxCode,
        name: enterprise.name,
        zoneId: enterprise.zoneId,
        investmentType: enterprise.investmentType,
        reportId: report?.id ?? null,
        status: report ? report.status : ('missing' as const),
        submittedAt: submittedAt ? toVietnamTimestamp(submittedAt) : null,
        onTime,
        daysLate,
      },
    };
  });
  return { boardId, dueDate, rows };
}

export async function completeness(
  db: Db,
  actor: Actor,
  query: { period: string; boardId?: string | undefined },
) {
  const { boardId, dueDate, rows } = await assess(db, actor, query);
  const filed = rows.filter((r) => r.filed);
  const onTime = filed.filter((r) => r.item.onTime === true).length;
  const late = filed.filter((r) => r.item.onTime === false).length;
  return {
    period: query.period,
    boardId,
    dueDate,
    expected: rows.length,
    submitted: filed.length,
    accepted: filed.filter((r) => r.report!.status === 'accepted').length,
    onTime,
    late,
    missing: rows.length - filed.length,
    onTimePct: onTime + late === 0 ? null : percent(onTime, onTime + late),
    enterprises: rows.map((r) => r.item),
  };
}

/** Expected enterprises still to file (no report, a draft, or a returned one), with their accounts. */
export async function reminders(
  db: Db,
  actor: Actor,
  query: { period: string; boardId?: string | undefined },
) {
  const { boardId, dueDate, rows } = await assess(db, actor, query);
  const pending = rows.filter((r) => !r.filed);
  const usernames = await usernamesOfEnterprises(
    db,
    pending.map((r) => r.enterprise.id),
  );
  return {
    period: query.period,
    boardId,
    dueDate,
    items: pending.map((r) => ({
      ...r.item,
      returnReason: r.report?.returnReason ?? null,
      usernames: usernames.get(r.enterprise.id) ?? [],
    })),
  };
}
