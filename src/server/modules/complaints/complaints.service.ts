/**
 * Complaints, denunciations and petitions: receipt (numbered per board, kind and year), the
 * record's lifecycle (assign, accept, refuse, extend, settle, publish, withdraw) with its
 * statutory deadlines in working days on the one-stop calendar, and the reporter kept apart:
 * never in any answer but its own route, for the leader and the assigned handler, each read
 * audited without the identity.
 */
import type { AgendaItem } from '../../../domain/agenda.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import {
  acceptDueOn,
  complaintReference,
  complaintTiming,
  COMPLAINT_REFERENCE_PREFIX,
  COMPLAINT_KIND_WORDS,
  deadlineRule,
  extensionRefusal,
  settleDueOn,
  type ComplaintKind,
  type ComplaintState,
  type ComplaintStatus,
} from '../../../domain/complaints.ts';
import { formatDate } from '../../../domain/number-format.ts';
import type { WorkingCalendar } from '../../../domain/working-days.ts';
import { assertCan, can, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditAction, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { actingBoardByCode } from '../boards/index.ts';
import { loadWorkingCalendar } from '../one-stop/index.ts';
import { ComplaintErrors } from './complaints.errors.ts';
import * as repo from './complaints.repository.ts';
import { complaints } from './complaints.tables.ts';
import type {
  Complaint,
  CreateComplaintBody,
  ListComplaintsQuery,
  UpdateComplaintBody,
} from './complaints.schemas.ts';

/** The audit log's words for complaints and their protected reporters (src/domain/audit-vocabulary.ts). */
export const COMPLAINT_ENTITY: AuditEntityType = 'complaint';
export const COMPLAINT_REPORTER_ENTITY: AuditEntityType = 'complaint_reporter';
const READ: AuditAction = 'read';

const COMPLAINTS_BOARD: BoardChoiceErrors = {
  required: ComplaintErrors.COMPLAINTS_BOARD_REQUIRED,
  notFound: ComplaintErrors.COMPLAINTS_BOARD_NOT_FOUND,
};

/** The board a board code names (the actor's own when none), on which the actor holds complaints.manage. */
export function complaintsBoard(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
  path = 'query.board',
): Promise<string> {
  return actingBoardByCode(executor, actor, {
    code,
    path,
    permission: 'complaints.manage',
    errors: COMPLAINTS_BOARD,
  });
}

/** The boards whose complaints the actor reads: those it holds complaints.manage on (403 when none at all). */
async function listBoards(executor: Executor, actor: Actor, code: string | undefined): Promise<string[]> {
  if (code !== undefined) return [await complaintsBoard(executor, actor, code)];
  return readableBoardIds(actor, 'complaints.manage');
}

/** Each extension is one line of extensionReason. */
function extensionCount(row: repo.ComplaintRow): number {
  return row.extensionReason.split('\n').filter((l) => l.trim() !== '').length;
}

export function presentComplaint(
  joined: repo.ComplaintJoined,
  calendar: WorkingCalendar,
  today: string,
): Complaint {
  const { row } = joined;
  const kind = row.kind as ComplaintKind;
  const rule = deadlineRule(kind, row.receivedOn);
  const status = row.status as ComplaintStatus;
  const timing = complaintTiming(
    calendar,
    {
      status,
      acceptDueOn: row.acceptDueOn,
      settleDueOn: row.settleDueOn,
      settledOn: status === 'settled' ? row.settledOn : null,
    },
    today,
  );
  const period = (p: typeof rule.accept) => ({ ...p, note: p.note ?? null });
  return {
    id: row.id,
    boardId: row.boardId,
    board: joined.board,
    reference: row.reference,
    kind,
    channel: row.channel as Complaint['channel'],
    receivedOn: row.receivedOn,
    respondentEnterprise: joined.enterprise,
    respondent: row.respondent,
    subject: row.subject,
    content: row.content,
    field: row.field as Complaint['field'],
    handler: joined.handler,
    department: row.department,
    status,
    acceptDueOn: row.acceptDueOn,
    acceptedOn: row.acceptedOn,
    settleDueOn: row.settleDueOn,
    extendedWorkingDays: row.extendedWorkingDays,
    extensions: extensionCount(row),
    extensionReason: row.extensionReason,
    refusalReason: row.refusalReason,
    result: row.result as Complaint['result'],
    resultSummary: row.resultSummary,
    decisionNumber: row.decisionNumber,
    settledOn: status === 'settled' ? row.settledOn : null,
    closedOn: row.settledOn,
    publishedOn: row.publishedOn,
    publication: row.publication,
    timing,
    rule: {
      version: rule.version,
      law: rule.law,
      accept: period(rule.accept),
      settle: period(rule.settle),
      extension: { ...rule.extension, note: rule.extension.note ?? null },
    },
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

const ORDER = (a: repo.ComplaintJoined, b: repo.ComplaintJoined) =>
  a.row.receivedOn !== b.row.receivedOn
    ? a.row.receivedOn < b.row.receivedOn
      ? 1
      : -1
    : a.row.reference < b.row.reference
      ? 1
      : a.row.reference > b.row.reference
        ? -1
        : 0;

/** The complaints that match, newest receipt first, each with its state as of today. */
export async function listComplaints(
  db: Executor,
  actor: Actor,
  query: Omit<ListComplaintsQuery, 'format'>,
  today: string = vietnamToday(),
): Promise<{ items: Complaint[]; page: number; pageSize: number; total: number; boards: string[] }> {
  const boardIds = await listBoards(db, actor, query.board);
  const [calendar, rows] = await Promise.all([
    loadWorkingCalendar(db),
    repo.selectComplaints(db, {
      boardIds,
      year: query.year,
      kind: query.kind,
      status: query.status,
      field: query.field,
      handler: query.handler,
      q: query.q,
    }),
  ]);
  const all = rows
    .sort(ORDER)
    .map((r) => presentComplaint(r, calendar, today))
    .filter((c) => query.state === undefined || c.timing.state === query.state);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: all.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: all.length,
    boards: boardIds,
  };
}

const notFound = (id: string) =>
  ComplaintErrors.COMPLAINT_NOT_FOUND([
    { path: 'params.id', message: 'Không tìm thấy đơn.', reason: 'not_found', value: id },
  ]);

/** A complaint of a board the actor manages complaints of, else 404 (another board's is not revealed). */
async function loadRow(
  executor: Executor,
  actor: Actor,
  id: string,
  lock = false,
): Promise<repo.ComplaintRow> {
  const boards = readableBoardIds(actor, 'complaints.manage');
  const row = await repo.findComplaint(executor, id, lock);
  if (!row || !boards.includes(row.boardId)) throw notFound(id);
  return row;
}

async function joinedOf(executor: Executor, row: repo.ComplaintRow): Promise<repo.ComplaintJoined> {
  const [joined] = await repo.selectComplaints(executor, { boardIds: [row.boardId], ids: [row.id] });
  return joined!;
}

async function answer(executor: Executor, row: repo.ComplaintRow): Promise<Complaint> {
  const [joined, calendar] = await Promise.all([joinedOf(executor, row), loadWorkingCalendar(executor)]);
  return presentComplaint(joined, calendar, vietnamToday());
}

export async function getComplaint(db: Db, actor: Actor, id: string): Promise<Complaint> {
  return answer(db, await loadRow(db, actor, id));
}

async function checkEnterprise(
  executor: Executor,
  boardId: string,
  id: string | null | undefined,
  path: string,
) {
  if (!id) return;
  if (!(await repo.findEnterprise(executor, boardId, id)))
    throw ComplaintErrors.COMPLAINT_ENTERPRISE_NOT_FOUND([
      { path, message: 'Doanh nghiệp không thuộc Ban Quản lý.', reason: 'not_found', value: id },
    ]);
}

function wrongStatus(row: repo.ComplaintRow, allowed: readonly ComplaintStatus[]) {
  if (!allowed.includes(row.status as ComplaintStatus))
    throw ComplaintErrors.COMPLAINT_WRONG_STATUS([
      {
        path: 'params.id',
        message: `Đơn đang ở trạng thái "${row.status}", thao tác cần trạng thái: ${allowed.join(', ')}.`,
        reason: 'wrong_status',
        status: row.status,
        allowed,
      } as ErrorDetail,
    ]);
}

function notBefore(date: string, earliest: string | null, path: string, what: string) {
  if (earliest !== null && date < earliest)
    throw ComplaintErrors.COMPLAINT_DATE_ORDER([
      {
        path,
        message: `Ngày ${formatDate(date)} trước ${what} (${formatDate(earliest)}).`,
        reason: 'before_previous_step',
        value: date,
        earliest,
      } as ErrorDetail,
    ]);
}

/** Receives a complaint: its number in the board's register of the kind and year, its deadline to accept. */
export async function createComplaint(db: Db, actor: Actor, body: CreateComplaintBody): Promise<Complaint> {
  const boardId = await complaintsBoard(db, actor, body.board, 'body.board');
  const kind = body.kind;
  const year = Number(body.receivedOn.slice(0, 4));
  const calendar = await loadWorkingCalendar(db);
  const row = await db.transaction(async (tx) => {
    await checkEnterprise(tx, boardId, body.respondentEnterpriseId, 'body.respondentEnterpriseId');
    const prefix = COMPLAINT_REFERENCE_PREFIX[kind];
    const sequence = await repo.nextSequence(tx, boardId, prefix, year);
    const row = await repo.insertComplaint(tx, {
      boardId,
      reference: complaintReference(kind, year, sequence),
      kind,
      channel: body.channel,
      receivedOn: body.receivedOn,
      respondentEnterpriseId: body.respondentEnterpriseId ?? null,
      respondent: body.respondent ?? '',
      subject: body.subject,
      content: body.content,
      field: body.field,
      acceptDueOn: acceptDueOn(calendar, kind, body.receivedOn),
    });
    await repo.insertReporter(tx, {
      complaintId: row.id,
      boardId,
      fullName: body.reporter.fullName,
      address: body.reporter.address ?? '',
      phone: body.reporter.phone ?? '',
      email: body.reporter.email ?? '',
      identityNumber: body.reporter.identityNumber ?? '',
    });
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: COMPLAINT_ENTITY,
        entityId: row.id,
        entityKey: row.reference,
        after: row,
      },
    ]);
    return row;
  });
  return answer(db, row);
}

/** Changes a complaint's record in one transaction, version-checked and audited. */
async function change(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  decide: (
    row: repo.ComplaintRow,
    tx: Executor,
    calendar: WorkingCalendar,
  ) => Promise<Partial<typeof complaints.$inferInsert>> | Partial<typeof complaints.$inferInsert>,
  reason?: string,
): Promise<Complaint> {
  const calendar = await loadWorkingCalendar(db);
  const row = await db.transaction(async (tx) => {
    const before = await loadRow(tx, actor, id, true);
    assertCan(actor, 'complaints.manage', before.boardId);
    if (version !== before.version) throw versionConflict(before.version);
    const values = await decide(before, tx, calendar);
    const after = await updateVersioned(tx, complaints, id, version, before.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: before.boardId,
        action: 'update',
        entityType: COMPLAINT_ENTITY,
        entityId: id,
        entityKey: before.reference,
        before,
        after,
        reason: reason ?? null,
      },
    ]);
    return after;
  });
  return answer(db, row);
}

const OPEN: readonly ComplaintStatus[] = ['received', 'accepted'];

export function updateComplaint(db: Db, actor: Actor, id: string, body: UpdateComplaintBody) {
  return change(db, actor, id, body.version, async (row, tx) => {
    wrongStatus(row, OPEN);
    await checkEnterprise(tx, row.boardId, body.respondentEnterpriseId, 'body.respondentEnterpriseId');
    const { version: _version, ...values } = body;
    return values;
  });
}

export function assignComplaint(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; handlerUserId: string; department: string },
) {
  return change(db, actor, id, body.version, async (row, tx) => {
    wrongStatus(row, OPEN);
    const handlers = await repo.boardHandlers(tx, [row.boardId]);
    if (!handlers.some((h) => h.id === body.handlerUserId))
      throw ComplaintErrors.COMPLAINT_HANDLER_INVALID([
        {
          path: 'body.handlerUserId',
          message: 'Không phải chuyên viên, lãnh đạo hay quản trị viên đang hoạt động của Ban.',
          reason: 'not_a_handler',
          value: body.handlerUserId,
        },
      ]);
    return { handlerUserId: body.handlerUserId, department: body.department };
  });
}

export function acceptComplaint(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; acceptedOn: string },
) {
  return change(db, actor, id, body.version, (row, _tx, calendar) => {
    wrongStatus(row, ['received']);
    notBefore(body.acceptedOn, row.receivedOn, 'body.acceptedOn', 'ngày nhận đơn');
    return {
      status: 'accepted',
      acceptedOn: body.acceptedOn,
      settleDueOn: settleDueOn(calendar, {
        kind: row.kind as ComplaintKind,
        receivedOn: row.receivedOn,
        acceptedOn: body.acceptedOn,
      }),
    };
  });
}

export function refuseComplaint(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; refusedOn: string; reason: string },
) {
  return change(
    db,
    actor,
    id,
    body.version,
    (row) => {
      wrongStatus(row, ['received']);
      notBefore(body.refusedOn, row.receivedOn, 'body.refusedOn', 'ngày nhận đơn');
      return { status: 'refused', refusalReason: body.reason, settledOn: body.refusedOn };
    },
    body.reason,
  );
}

const EXTENSION_ERRORS = {
  not_allowed: ComplaintErrors.COMPLAINT_EXTENSION_NOT_ALLOWED,
  too_many: ComplaintErrors.COMPLAINT_EXTENSION_TOO_MANY,
  too_long: ComplaintErrors.COMPLAINT_EXTENSION_TOO_LONG,
  over_total: ComplaintErrors.COMPLAINT_EXTENSION_OVER_TOTAL,
} as const;

export function extendComplaint(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; workingDays: number; reason: string },
) {
  return change(
    db,
    actor,
    id,
    body.version,
    (row, _tx, calendar) => {
      wrongStatus(row, ['accepted']);
      const kind = row.kind as ComplaintKind;
      const limit = deadlineRule(kind, row.receivedOn).extension;
      const refusal = extensionRefusal(kind, row.receivedOn, {
        extendedWorkingDays: row.extendedWorkingDays,
        extensions: extensionCount(row),
        workingDays: body.workingDays,
      });
      if (refusal)
        throw EXTENSION_ERRORS[refusal]([
          {
            path: 'body.workingDays',
            message: `${COMPLAINT_KIND_WORDS[kind]}: gia hạn tối đa ${limit.maxCount} lần, mỗi lần ${limit.maxEach}, tổng ${limit.maxTotal} ngày làm việc (${limit.basis}); đã gia hạn ${extensionCount(row)} lần, ${row.extendedWorkingDays} ngày.`,
            reason: refusal,
            maxCount: limit.maxCount,
            maxEach: limit.maxEach,
            maxTotal: limit.maxTotal,
            extendedWorkingDays: row.extendedWorkingDays,
          } as ErrorDetail,
        ]);
      const extended = row.extendedWorkingDays + body.workingDays;
      const reasonLine = `${formatDate(vietnamToday())}: gia hạn ${body.workingDays} ngày làm việc — ${body.reason.replace(/\s*\n\s*/g, ' ')}`;
      return {
        extendedWorkingDays: extended,
        extensionReason: row.extensionReason ? `${row.extensionReason}\n${reasonLine}` : reasonLine,
        settleDueOn: settleDueOn(calendar, {
          kind,
          receivedOn: row.receivedOn,
          acceptedOn: row.acceptedOn!,
          extendedWorkingDays: extended,
        }),
      };
    },
    body.reason,
  );
}

export function settleComplaint(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; result: string; resultSummary: string; decisionNumber: string; settledOn: string },
) {
  return change(db, actor, id, body.version, (row) => {
    wrongStatus(row, ['accepted']);
    notBefore(body.settledOn, row.acceptedOn, 'body.settledOn', 'ngày thụ lý');
    return {
      status: 'settled',
      result: body.result,
      resultSummary: body.resultSummary,
      decisionNumber: body.decisionNumber,
      settledOn: body.settledOn,
    };
  });
}

export function publishComplaint(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; publishedOn: string; publication: string },
) {
  return change(db, actor, id, body.version, (row) => {
    wrongStatus(row, ['settled']);
    if (row.publishedOn !== null)
      throw ComplaintErrors.COMPLAINT_ALREADY_PUBLISHED([
        {
          path: 'params.id',
          message: `Đã công khai ngày ${formatDate(row.publishedOn)}.`,
          reason: 'already_published',
        },
      ]);
    notBefore(body.publishedOn, row.settledOn, 'body.publishedOn', 'ngày giải quyết');
    return { publishedOn: body.publishedOn, publication: body.publication };
  });
}

export function withdrawComplaint(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; on: string; reason: string },
) {
  return change(
    db,
    actor,
    id,
    body.version,
    (row) => {
      wrongStatus(row, OPEN);
      notBefore(body.on, row.acceptedOn ?? row.receivedOn, 'body.on', 'ngày nhận, thụ lý đơn');
      return { status: 'withdrawn', resultSummary: `Rút đơn: ${body.reason}`, settledOn: body.on };
    },
    body.reason,
  );
}

// ---------------------------------------------------------------------------------------------
// The reporter: its own route, for the leader and the assigned handler, each read audited

async function reporterAccess(executor: Executor, actor: Actor, id: string): Promise<repo.ComplaintRow> {
  const row = await repo.findComplaint(executor, id);
  // Another board's complaint is not revealed; on the actor's own, whoever is not allowed is told so.
  if (!row || !actor.visibleBoardIds.includes(row.boardId)) throw notFound(id);
  const isHandler = actor.userId !== null && row.handlerUserId === actor.userId;
  const allowed =
    can(actor, 'complaints.manage', row.boardId) &&
    (can(actor, 'complaints.reporter', row.boardId) || isHandler);
  if (!allowed)
    throw ComplaintErrors.COMPLAINT_REPORTER_FORBIDDEN([
      {
        path: 'params.id',
        message: 'Chỉ lãnh đạo Ban và người được giao xử lý đơn được xem danh tính người gửi đơn.',
        reason: 'reporter_protected',
      },
    ]);
  return row;
}

function presentReporter(r: repo.ReporterRow) {
  return {
    complaintId: r.complaintId,
    fullName: r.fullName,
    address: r.address,
    phone: r.phone,
    email: r.email,
    identityNumber: r.identityNumber,
    version: r.version,
  };
}

/** Who sent it — to the leader or the assigned handler; the read is audited (who read whose complaint). */
export async function readReporter(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await reporterAccess(tx, actor, id);
    const reporter = await repo.findReporter(tx, id);
    if (!reporter) throw notFound(id);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: READ,
        entityType: COMPLAINT_REPORTER_ENTITY,
        entityId: row.id,
        entityKey: row.reference,
        after: { complaint: row.reference, readBy: actor.label },
      },
    ]);
    return presentReporter(reporter);
  });
}

/** Corrects who sent it (same people may); audited by the fields changed, never their values. */
export async function correctReporter(
  db: Db,
  actor: Actor,
  id: string,
  body: {
    version: number;
    fullName: string;
    address?: string | undefined;
    phone?: string | undefined;
    email?: string | undefined;
    identityNumber?: string | undefined;
  },
) {
  return db.transaction(async (tx) => {
    const row = await reporterAccess(tx, actor, id);
    assertCan(actor, 'complaints.manage', row.boardId);
    const current = await repo.findReporter(tx, id);
    if (!current) throw notFound(id);
    if (current.version !== body.version) throw versionConflict(current.version);
    const values = {
      fullName: body.fullName,
      address: body.address ?? '',
      phone: body.phone ?? '',
      email: body.email ?? '',
      identityNumber: body.identityNumber ?? '',
    };
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== current[k]);
    const updated = await repo.updateReporter(tx, id, body.version, values);
    if (!updated) throw versionConflict(current.version + 1);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: COMPLAINT_REPORTER_ENTITY,
        entityId: row.id,
        entityKey: row.reference,
        after: { complaint: row.reference, fieldsChanged: changed, correctedBy: actor.label },
      },
    ]);
    return presentReporter(updated);
  });
}

/** Who may be assigned: the board's active staff, leaders and administrators. */
export async function listHandlers(db: Db, actor: Actor, board: string | undefined) {
  const boardIds = await listBoards(db, actor, board);
  const rows = await repo.boardHandlers(db, boardIds);
  return rows
    .map((r) => ({ id: r.id, fullName: r.fullName, username: r.username, role: r.role, board: r.board }))
    .sort((a, b) => a.board.localeCompare(b.board) || a.fullName.localeCompare(b.fullName, 'vi'));
}

// ---------------------------------------------------------------------------------------------
// The agenda

const AGENDA_STATES: Partial<Record<ComplaintState, AgendaItem['urgency']>> = {
  accept_overdue: 'overdue',
  settle_overdue: 'overdue',
  accept_due_soon: 'due_soon',
  settle_due_soon: 'due_soon',
};

/** Complaints overdue or due within 3 working days (to accept or to settle), of boards the actor manages complaints of. */
export async function complaintsAgenda(db: Executor, actor: Actor, today: string): Promise<AgendaItem[]> {
  const boardIds = actor.visibleBoardIds.filter((id) => can(actor, 'complaints.manage', id));
  if (boardIds.length === 0) return [];
  const [calendar, rows] = await Promise.all([
    loadWorkingCalendar(db),
    repo.selectComplaints(db, { boardIds, statuses: OPEN }),
  ]);
  const items: AgendaItem[] = [];
  for (const joined of rows.sort(ORDER)) {
    const c = presentComplaint(joined, calendar, today);
    const urgency = AGENDA_STATES[c.timing.state];
    if (!urgency) continue;
    const stage = c.status === 'received' ? 'Hạn thụ lý' : 'Hạn giải quyết';
    items.push({
      kind: 'complaint',
      id: c.id,
      board: c.board,
      urgency,
      title: `${c.reference} — ${COMPLAINT_KIND_WORDS[c.kind]}: ${c.subject}`,
      detail: `${stage} ${formatDate(c.timing.dueOn!)}${c.handler ? ` · ${c.handler.fullName}` : ' · chưa giao người xử lý'}`,
      dueOn: c.timing.dueOn,
      days: c.timing.workingDaysLeft === null ? null : -c.timing.workingDaysLeft,
      link: `/complaints/${c.id}`,
    });
  }
  return items;
}
