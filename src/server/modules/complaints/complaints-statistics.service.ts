/**
 * The complaints statistics of a year (issue 13, point 6): the complaints received in the year by
 * the boards asked for, by kind, channel and field; of them how many were accepted, refused,
 * withdrawn, settled (on time or late against their settlement deadline), still pending and
 * overdue as of today, and the results (upheld, partly, not). Never a reporter.
 */
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_FIELDS,
  COMPLAINT_KINDS,
  complaintTiming,
  OVERDUE_STATES,
  type ComplaintStatus,
} from '../../../domain/complaints.ts';
import { percent } from '../../../domain/percent.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { can, type Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { scopeBoards } from '../boards/index.ts';
import { loadWorkingCalendar } from '../one-stop/index.ts';
import * as repo from './complaints.repository.ts';
import type { ComplaintFigures, ComplaintStatistics } from './complaints.schemas.ts';

const empty = (): ComplaintFigures => ({
  received: 0,
  accepted: 0,
  refused: 0,
  withdrawn: 0,
  settled: 0,
  settledOnTime: 0,
  settledLate: 0,
  onTimePct: null,
  pending: 0,
  overdue: 0,
  upheld: 0,
  partlyUpheld: 0,
  notUpheld: 0,
});

/** The boards of the report: those named (else every board seen) on which the actor holds complaints.manage. */
async function reportBoards(executor: Executor, actor: Actor, codes: string[] | undefined) {
  readableBoardIds(actor, 'complaints.manage');
  const seen = await scopeBoards(executor, actor, codes);
  const allowed = seen.ids
    .map((id, i) => ({ id, code: seen.codes[i]! }))
    .filter((b) => can(actor, 'complaints.manage', b.id));
  if (codes?.length && allowed.length < seen.ids.length)
    throw CommonErrors.FORBIDDEN([
      {
        path: 'query.board',
        message: 'Bạn không quản lý đơn khiếu nại, tố cáo của Ban này.',
        reason: 'forbidden',
      },
    ]);
  return allowed;
}

export async function complaintStatistics(
  executor: Executor,
  actor: Actor,
  query: { year: number; board?: string[] | undefined },
  today: string = vietnamToday(),
): Promise<ComplaintStatistics> {
  const boards = await reportBoards(executor, actor, query.board);
  const [calendar, rows] = await Promise.all([
    loadWorkingCalendar(executor),
    repo.selectComplaints(executor, { boardIds: boards.map((b) => b.id), year: query.year }),
  ]);
  const total = empty();
  const byKind = new Map(COMPLAINT_KINDS.map((kind) => [kind, empty()]));
  const byChannel = new Map(COMPLAINT_CHANNELS.map((c) => [c, 0]));
  const byField = new Map(COMPLAINT_FIELDS.map((f) => [f, 0]));
  for (const { row } of rows) {
    const status = row.status as ComplaintStatus;
    const kindFigures = byKind.get(row.kind as (typeof COMPLAINT_KINDS)[number])!;
    byChannel.set(
      row.channel as (typeof COMPLAINT_CHANNELS)[number],
      (byChannel.get(row.channel as never) ?? 0) + 1,
    );
    byField.set(row.field as (typeof COMPLAINT_FIELDS)[number], (byField.get(row.field as never) ?? 0) + 1);
    const timing = complaintTiming(
      calendar,
      { status, acceptDueOn: row.acceptDueOn, settleDueOn: row.settleDueOn, settledOn: row.settledOn },
      today,
    );
    for (const f of [total, kindFigures]) {
      f.received++;
      if (row.acceptedOn !== null) f.accepted++;
      if (status === 'refused') f.refused++;
      if (status === 'withdrawn') f.withdrawn++;
      if (status === 'settled') {
        f.settled++;
        if (timing.state === 'settled_late') f.settledLate++;
        else f.settledOnTime++;
        if (row.result === 'upheld') f.upheld++;
        if (row.result === 'partly_upheld') f.partlyUpheld++;
        if (row.result === 'not_upheld') f.notUpheld++;
      }
      if (status === 'received' || status === 'accepted') {
        f.pending++;
        if (OVERDUE_STATES.has(timing.state)) f.overdue++;
      }
    }
  }
  const finish = (f: ComplaintFigures): ComplaintFigures => ({
    ...f,
    onTimePct: percent(f.settledOnTime, f.settled),
  });
  return {
    report: 'complaints',
    boards: boards.map((b) => b.code),
    year: query.year,
    asOf: today,
    total: finish(total),
    byKind: COMPLAINT_KINDS.map((kind) => ({ kind, ...finish(byKind.get(kind)!) })),
    byChannel: COMPLAINT_CHANNELS.map((channel) => ({ channel, received: byChannel.get(channel)! })),
    byField: COMPLAINT_FIELDS.map((field) => ({ field, received: byField.get(field)! })),
  };
}
