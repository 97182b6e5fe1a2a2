/**
 * Dossiers and their life (one-stop-v1): receipt at the counter or by post, online submission by
 * an enterprise account, acceptance or refusal (form 03), supplement requests (form 02, the clock
 * stops), steps, result, the apology letter (form 04) and return. Every action checks the
 * dossier's version, writes a dossier event and an audit entry, in one transaction; due dates are
 * stored by dossier-due-dates.ts#recomputeDueDates only.
 */
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { actingBoard, readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { DUE_SOON_WORKING_DAYS, dueSoonUntil } from '../../../domain/agenda.ts';
import { RESULT_KIND_WORDS, type DossierStatus } from '../../../domain/one-stop.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import { remainingWorkingDays, vietnamDateOf, type WorkingCalendar } from '../../../domain/working-days.ts';
import { loadWorkingCalendar } from './calendar.service.ts';
import { dossierCode, dossierCodeStem } from './dossier-code.ts';
import { dossierTiming, recomputeDueDates } from './dossier-due-dates.ts';
import { DossierErrors } from './dossiers.errors.ts';
import * as repo from './dossiers.repository.ts';
import { officeOf } from './office.service.ts';
import * as catalogue from './procedures.repository.ts';
import type {
  Attention,
  DossierDetail,
  DossierRisk,
  DossierSummary,
  ListDossiersQuery,
  ReceiveDossierBody,
  SubmitDossierBody,
} from './dossiers.schemas.ts';

/** The audit log's word for a dossier (to be added to AUDIT_ENTITY_TYPES: see the report). */
export const DOSSIER_ENTITY: AuditEntityType = 'dossier';

export const DOSSIER_BOARD: BoardChoiceErrors = {
  required: DossierErrors.DOSSIER_BOARD_REQUIRED,
  notFound: DossierErrors.DOSSIER_BOARD_NOT_FOUND,
};

/** No enterprise has this id: an enterprise account without a linked enterprise sees nothing. */
const NO_ENTERPRISE = '00000000-0000-0000-0000-000000000000';

/** A moment given a little ahead of the server's clock is still "now". */
const CLOCK_SKEW_MS = 60_000;

// ---- the life of a dossier, as a table ------------------------------------------------------------

export type DossierAction =
  | 'accept'
  | 'not_accept'
  | 'request_supplement'
  | 'supplied'
  | 'assign_step'
  | 'complete_step'
  | 'result'
  | 'apology'
  | 'return'
  | 'attach';

/** The statuses each action may start from. */
export const ALLOWED_FROM: Record<DossierAction, readonly DossierStatus[]> = {
  accept: ['submitted'],
  not_accept: ['submitted'],
  request_supplement: ['processing'],
  supplied: ['awaiting_supplement'],
  assign_step: ['processing', 'awaiting_supplement'],
  complete_step: ['processing'],
  result: ['processing', 'awaiting_supplement'],
  apology: ['processing', 'awaiting_supplement', 'resolved'],
  return: ['resolved'],
  attach: ['submitted', 'processing', 'awaiting_supplement', 'resolved', 'returned'],
};

const STATUS_WORDS: Record<DossierStatus, string> = {
  unconfirmed: 'chưa xác nhận thư điện tử',
  submitted: 'mới nộp, chờ tiếp nhận',
  not_accepted: 'không được tiếp nhận',
  processing: 'đang xử lý',
  awaiting_supplement: 'chờ bổ sung hồ sơ',
  resolved: 'đã có kết quả',
  returned: 'đã trả kết quả',
};

const ACTION_WORDS: Record<DossierAction, string> = {
  accept: 'tiếp nhận',
  not_accept: 'từ chối tiếp nhận',
  request_supplement: 'yêu cầu bổ sung',
  supplied: 'ghi nhận đã bổ sung',
  assign_step: 'phân công bước xử lý',
  complete_step: 'hoàn thành bước xử lý',
  result: 'ghi kết quả',
  apology: 'lập văn bản xin lỗi',
  return: 'trả kết quả',
  attach: 'đính kèm tệp',
};

export function assertState(status: DossierStatus, action: DossierAction): void {
  if (ALLOWED_FROM[action].includes(status)) return;
  const allowed = ALLOWED_FROM[action].map((s) => `«${STATUS_WORDS[s]}»`).join(', ');
  throw DossierErrors.DOSSIER_STATE(
    [
      {
        path: 'status',
        message: `Hồ sơ đang ở trạng thái «${STATUS_WORDS[status]}» (${status}): không thể ${ACTION_WORDS[action]}; chỉ được khi hồ sơ ${allowed}.`,
        reason: 'illegal_transition',
        status,
        action,
      },
    ],
    { status },
  );
}

// ---- who sees what --------------------------------------------------------------------------------

/** For an enterprise account, the one enterprise whose dossiers it may see; undefined otherwise. */
export function ownEnterpriseOf(actor: Actor): string | undefined {
  return actor.role === 'enterprise' ? (actor.enterpriseId ?? NO_ENTERPRISE) : undefined;
}

/** The boards whose dossiers the actor reads (an enterprise account: its own board). */
function readableBoards(actor: Actor, named?: string): string[] {
  return actor.role === 'enterprise'
    ? readableBoardIds(actor, 'onestop.submit', named)
    : readableBoardIds(actor, 'records.read', named);
}

/** A dossier the actor may see, else 404. */
export async function loadDossier(
  executor: Executor,
  actor: Actor,
  id: string,
  lock = false,
): Promise<repo.DossierWithProcedure> {
  const found = await repo.findDossier(executor, readableBoards(actor), id, {
    enterpriseId: ownEnterpriseOf(actor),
    lock,
  });
  if (!found) throw DossierErrors.DOSSIER_NOT_FOUND();
  return found;
}

/** Staff act with onestop.process on the dossier's board; an enterprise owner where allowed. */
function authorise(actor: Actor, dossier: repo.DossierRow, ownerMay: boolean): void {
  if (actor.role === 'enterprise') {
    if (!ownerMay) throw DossierErrors.DOSSIER_NOT_FOUND();
    assertCan(actor, 'onestop.submit', dossier.boardId);
    return;
  }
  assertCan(actor, 'onestop.process', dossier.boardId);
}

// ---- presenting -----------------------------------------------------------------------------------

const ts = (value: Date | null) => (value === null ? null : toVietnamTimestamp(value));

/** The open supplement request's date (Vietnam), when the dossier awaits one. */
function openRequestDate(supplements: readonly repo.SupplementRow[]): string | null {
  const open = supplements.find((s) => s.suppliedAt === null);
  return open ? vietnamDateOf(open.requestedAt) : null;
}

/** Late: its result after the due date; still open and today after it (or, awaiting a
 * supplement, the request made after it — the clock is stopped meanwhile). */
export function isLate(
  dossier: Pick<repo.DossierRow, 'dueDate' | 'resultAt' | 'status'>,
  supplements: readonly repo.SupplementRow[],
  today: string,
): boolean {
  if (dossier.dueDate === null) return false;
  if (dossier.resultAt !== null) return vietnamDateOf(dossier.resultAt) > dossier.dueDate;
  if (dossier.status === 'processing') return today > dossier.dueDate;
  if (dossier.status === 'awaiting_supplement') {
    const requested = openRequestDate(supplements);
    return requested !== null && requested > dossier.dueDate;
  }
  return false;
}

function riskOf(dossier: repo.DossierRow, remaining: number | null, today: string): DossierRisk | null {
  if (dossier.status === 'awaiting_supplement') return 'paused';
  if (dossier.status !== 'processing' || dossier.dueDate === null || remaining === null) return null;
  if (dossier.dueDate < today) return 'overdue';
  return remaining <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'ok';
}

export function presentSummary(
  found: repo.DossierWithProcedure,
  supplements: readonly repo.SupplementRow[],
  calendar: WorkingCalendar,
  today: string,
): DossierSummary {
  const { dossier } = found;
  const open = dossier.status === 'processing' || dossier.status === 'awaiting_supplement';
  // While a supplement is awaited the clock stands still: the days left are those of the request.
  const asOf = dossier.status === 'awaiting_supplement' ? (openRequestDate(supplements) ?? today) : today;
  const remaining =
    open && dossier.dueDate !== null ? remainingWorkingDays(calendar, dossier.dueDate, asOf) : null;
  return {
    id: dossier.id,
    boardId: dossier.boardId,
    code: dossier.code,
    procedure: { id: dossier.procedureId, code: found.procedureCode, name: found.version.name },
    channel: dossier.channel,
    status: dossier.status,
    applicantName: dossier.applicantName,
    enterpriseId: dossier.enterpriseId,
    summary: dossier.summary,
    submittedAt: ts(dossier.submittedAt),
    receivedAt: ts(dossier.receivedAt),
    dueDate: dossier.dueDate,
    remainingWorkingDays: remaining,
    risk: riskOf(dossier, remaining, today),
    resultKind: dossier.resultKind,
    resultAt: ts(dossier.resultAt),
    returnedAt: ts(dossier.returnedAt),
    supplementRequests: supplements.length,
    lateBy766: supplements.length > 1,
    late: isLate(dossier, supplements, today),
    version: dossier.version,
  };
}

/** The whole dossier, as GET /dossiers/:id and every action answer it. */
export async function presentDetail(
  executor: Executor,
  calendar: WorkingCalendar,
  found: repo.DossierWithProcedure,
): Promise<DossierDetail> {
  const { dossier, version } = found;
  const today = vietnamToday();
  const [supplements, steps, events, attachments] = await Promise.all([
    repo.supplementsOf(executor, [dossier.id]),
    repo.stepsOf(executor, [dossier.id]),
    repo.eventsOf(executor, dossier.id),
    repo.attachmentsOf(executor, dossier.id),
  ]);
  const summary = presentSummary(found, supplements, calendar, today);
  const timing = dossierTiming(calendar, dossier, supplements);
  const open = dossier.status === 'processing' || dossier.status === 'awaiting_supplement';
  const years = new Set<number>();
  for (const date of [timing?.dayZero, dossier.dueDate, ...steps.map((s) => s.dueDate)])
    if (date) years.add(Number(date.slice(0, 4)));
  if (timing) for (let y = Math.min(...years); y <= Math.max(...years); y++) years.add(y);
  return {
    ...summary,
    procedureVersion: {
      id: version.id,
      effectiveFrom: version.effectiveFrom,
      name: version.name,
      legalBasis: version.legalBasis,
      fee: version.fee,
      resultName: version.resultName,
    },
    deadline: { value: dossier.deadlineValue, unit: dossier.deadlineUnit },
    applicant: {
      name: dossier.applicantName,
      taxCode: dossier.applicantTaxCode,
      email: dossier.applicantEmail,
      phone: dossier.applicantPhone,
      address: dossier.applicantAddress,
    },
    receivedBy: dossier.receivedBy,
    dayZero: timing?.dayZero ?? null,
    baseDueDate: timing?.baseDueDate ?? null,
    pausedWorkingDays: timing?.pausedWorkingDays ?? 0,
    notAcceptedReason: dossier.notAcceptedReason,
    result:
      dossier.resultKind !== null && dossier.resultAt !== null
        ? {
            kind: dossier.resultKind,
            at: toVietnamTimestamp(dossier.resultAt),
            number: dossier.resultNumber,
            note: dossier.resultNote,
          }
        : null,
    apology:
      dossier.apologyAt !== null && dossier.apologyReason !== null && dossier.apologyNewDate !== null
        ? {
            at: toVietnamTimestamp(dossier.apologyAt),
            reason: dossier.apologyReason,
            newDate: dossier.apologyNewDate,
          }
        : null,
    flags: {
      late: summary.late,
      lateBy766: summary.lateBy766,
      supplementRequests: summary.supplementRequests,
    },
    steps: steps.map((step) => ({
      id: step.id,
      position: step.position,
      name: step.name,
      department: step.department,
      assigneeUserId: step.assigneeUserId,
      workingDays: step.workingDays,
      dueDate: step.dueDate,
      remainingWorkingDays:
        open && step.completedAt === null && step.dueDate !== null
          ? remainingWorkingDays(calendar, step.dueDate, today)
          : null,
      completedAt: ts(step.completedAt),
      completedBy: step.completedBy,
      note: step.note,
    })),
    supplements: supplements.map((s) => ({
      id: s.id,
      requestedAt: toVietnamTimestamp(s.requestedAt),
      reason: s.reason,
      requestedBy: s.requestedBy,
      suppliedAt: ts(s.suppliedAt),
      suppliedNote: s.suppliedNote,
    })),
    events: events.map((e) => ({
      at: toVietnamTimestamp(e.at),
      action: e.action,
      status: e.status,
      actor: e.actor,
      note: e.note,
    })),
    attachments: attachments.map(presentAttachment),
    calendarYears: [...years]
      .sort((a, b) => a - b)
      .map((year) => {
        const schedule = calendar.schedule(year);
        return { year, source: schedule.source, note: schedule.note ?? null };
      }),
  };
}

export function presentAttachment(a: repo.AttachmentMeta) {
  return {
    id: a.id,
    purpose: a.purpose,
    fileName: a.fileName,
    mediaType: a.mediaType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedBy: a.uploadedBy,
    createdAt: toVietnamTimestamp(a.createdAt),
  };
}

// ---- reading --------------------------------------------------------------------------------------

export async function getDossier(db: Db, actor: Actor, id: string): Promise<DossierDetail> {
  const found = await loadDossier(db, actor, id);
  return presentDetail(db, await loadWorkingCalendar(db), found);
}

async function summaries(executor: Executor, rows: repo.DossierWithProcedure[], calendar: WorkingCalendar) {
  const today = vietnamToday();
  const supplements = await repo.supplementsOf(
    executor,
    rows.map((r) => r.dossier.id),
  );
  return rows.map((row) =>
    presentSummary(
      row,
      supplements.filter((s) => s.dossierId === row.dossier.id),
      calendar,
      today,
    ),
  );
}

/** A page of dossiers the actor sees (an enterprise account: its own), with their risk today. */
export async function listDossiers(db: Db, actor: Actor, query: ListDossiersQuery) {
  const calendar = await loadWorkingCalendar(db);
  const today = vietnamToday();
  const filter: repo.DossierFilter = {
    boardIds: readableBoards(actor, query.boardId),
    enterpriseId: ownEnterpriseOf(actor),
    status: query.status,
    procedureId: query.procedureId,
    channel: query.channel,
    search: query.search,
    receivedFrom: query.receivedFrom,
    receivedTo: query.receivedTo,
    ...(query.risk === 'overdue' ? { dueBefore: today } : {}),
    ...(query.risk === 'due_soon' ? { dueWithin: { from: today, to: dueSoonUntil(calendar, today) } } : {}),
  };
  const { rows, total } = await repo.listDossiers(db, filter, query);
  return { items: await summaries(db, rows, calendar), page: query.page, pageSize: query.pageSize, total };
}

/**
 * What needs doing on a board: dossiers due in ≤ 2 working days, overdue ones, online submissions
 * awaiting acceptance, and per department its open steps, those due soon and those overdue.
 */
export async function dossierAttention(
  db: Db,
  actor: Actor,
  query: { boardId?: string | undefined },
): Promise<Attention> {
  const boardId = actingBoard(actor, {
    boardId: query.boardId,
    permission: 'records.read',
    errors: DOSSIER_BOARD,
  });
  const calendar = await loadWorkingCalendar(db);
  const today = vietnamToday();
  const soon = dueSoonUntil(calendar, today);
  const base = { boardIds: [boardId] };
  const [dueSoon, overdue, awaiting, steps] = await Promise.all([
    repo.dossiersWhere(db, { ...base, dueWithin: { from: today, to: soon } }),
    repo.dossiersWhere(db, { ...base, dueBefore: today }),
    repo.dossiersWhere(db, { ...base, status: 'submitted' }),
    repo.openSteps(db, boardId),
  ]);
  const statuses = await repo.statusesOf(db, [...new Set(steps.map((s) => s.dossierId))]);
  const departments = new Map<
    string,
    { department: string; openSteps: number; dueSoon: number; overdue: number }
  >();
  for (const step of steps) {
    const entry = departments.get(step.department) ?? {
      department: step.department,
      openSteps: 0,
      dueSoon: 0,
      overdue: 0,
    };
    entry.openSteps += 1;
    if (statuses.get(step.dossierId) === 'processing' && step.dueDate !== null) {
      if (step.dueDate < today) entry.overdue += 1;
      else if (step.dueDate <= soon) entry.dueSoon += 1;
    }
    departments.set(step.department, entry);
  }
  return {
    boardId,
    today,
    dueSoon: await summaries(db, dueSoon, calendar),
    overdue: await summaries(db, overdue, calendar),
    awaitingAcceptance: await summaries(db, awaiting, calendar),
    departments: [...departments.values()].sort((a, b) => a.department.localeCompare(b.department, 'vi')),
  };
}

// ---- receiving ------------------------------------------------------------------------------------

function searchTextOf(values: (string | null | undefined)[]): string {
  return normaliseForSearch(values.filter(Boolean).join(' '));
}

/** A moment given by the client: never in the future, never before `notBefore`. */
export function checkMoment(value: string | undefined, path: string, notBefore?: Date | null): Date {
  const now = new Date();
  if (value === undefined) return now;
  const at = new Date(value);
  const problems: ErrorDetail[] = [];
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    problems.push({ path, message: 'Thời điểm không được ở tương lai.', reason: 'future', value });
  else if (notBefore && at.getTime() < notBefore.getTime())
    problems.push({
      path,
      message: `Thời điểm không được trước ${toVietnamTimestamp(notBefore)}.`,
      reason: 'too_early',
      value,
    });
  if (problems.length > 0) throw DossierErrors.DOSSIER_DATE_INVALID(problems);
  return at > now ? now : at;
}

/** The procedure and its version in force on a date, for a new dossier of a board. */
export async function procedureInForce(
  executor: Executor,
  boardId: string,
  procedureId: string,
  date: string,
  path = 'body.procedureId',
) {
  const procedure = await catalogue.findProcedureById(executor, [boardId], procedureId);
  if (!procedure)
    throw DossierErrors.DOSSIER_PROCEDURE_NOT_FOUND([
      {
        path,
        message: 'Không có thủ tục này trong danh mục của Ban Quản lý.',
        reason: 'not_found',
        value: procedureId,
      },
    ]);
  const version =
    procedure.retiredOn !== null && procedure.retiredOn <= date
      ? null
      : await catalogue.versionInForce(executor, procedure.id, date);
  if (!version)
    throw DossierErrors.DOSSIER_PROCEDURE_NOT_IN_FORCE([
      {
        path,
        message: `Thủ tục không có phiên bản có hiệu lực ngày ${date}.`,
        reason: 'not_in_force',
        value: procedureId,
      },
    ]);
  return { procedure, version };
}

/** A new dossier's code, taken in the caller's transaction. */
export async function takeDossierCode(tx: Executor, boardId: string, date: string): Promise<string> {
  const { codePrefix: prefix } = await officeOf(tx, boardId);
  return dossierCode(prefix, date, await repo.nextDossierSequence(tx, dossierCodeStem(prefix, date)));
}

/** Inserts a new dossier with its steps (when received), its first event and its audit entry. */
export async function createDossier(
  tx: Executor,
  actor: Actor,
  calendar: WorkingCalendar,
  input: {
    values: Omit<
      repo.DossierInsert,
      'code' | 'searchText' | 'deadlineValue' | 'deadlineUnit' | 'procedureVersionId'
    >;
    codeDate: string;
    procedure: repo.ProcedureRow;
    version: repo.ProcedureVersionRow;
    event: { action: string; at: Date; note?: string | null };
  },
): Promise<repo.DossierRow> {
  const code = await takeDossierCode(tx, input.values.boardId, input.codeDate);
  const row = await repo.insertDossier(tx, {
    ...input.values,
    code,
    procedureVersionId: input.version.id,
    deadlineValue: input.version.deadlineValue,
    deadlineUnit: input.version.deadlineUnit,
    searchText: searchTextOf([
      code,
      input.values.applicantName,
      input.values.applicantTaxCode,
      input.values.summary,
      input.procedure.code,
      input.version.name,
    ]),
  });
  if (row.receivedAt !== null) await createSteps(tx, row, input.version);
  await repo.insertEvent(tx, {
    boardId: row.boardId,
    dossierId: row.id,
    at: input.event.at,
    action: input.event.action,
    status: row.status,
    actor: actor.label,
    note: input.event.note ?? null,
  });
  await recomputeDueDates(tx, calendar, { dossierIds: [row.id] });
  await recordAudit(tx, actor, [
    {
      boardId: row.boardId,
      action: 'create',
      entityType: DOSSIER_ENTITY,
      entityId: row.id,
      entityKey: code,
      after: auditable(row),
    },
  ]);
  return row;
}

async function createSteps(tx: Executor, dossier: repo.DossierRow, version: repo.ProcedureVersionRow) {
  await repo.insertSteps(
    tx,
    version.steps.map((step, i) => ({
      boardId: dossier.boardId,
      dossierId: dossier.id,
      position: i + 1,
      name: step.name,
      department: step.department,
      workingDays: step.workingDays,
      startedAt: i === 0 ? dossier.receivedAt : null,
    })),
  );
}

/** A dossier for the audit log: without the search column. */
function auditable(row: repo.DossierRow) {
  const { searchText: _searchText, confirmationTokenHash: _hash, ...rest } = row;
  return rest;
}

/** Tiếp nhận: staff receive a dossier at the counter or by post; the clock starts at receipt. */
export async function receiveDossier(db: Db, actor: Actor, body: ReceiveDossierBody): Promise<DossierDetail> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    path: 'body.boardId',
    permission: 'onestop.process',
    errors: DOSSIER_BOARD,
  });
  const receivedAt = checkMoment(body.receivedAt, 'body.receivedAt');
  const calendar = await loadWorkingCalendar(db);
  const id = await db.transaction(async (tx) => {
    const date = vietnamDateOf(receivedAt);
    const { procedure, version } = await procedureInForce(tx, boardId, body.procedureId, date);
    if (body.enterpriseId !== undefined && !(await repo.findEnterprise(tx, [boardId], body.enterpriseId)))
      throw DossierErrors.DOSSIER_ENTERPRISE_NOT_FOUND([
        {
          path: 'body.enterpriseId',
          message: 'Không có doanh nghiệp này trong Ban Quản lý.',
          reason: 'not_found',
        },
      ]);
    const row = await createDossier(tx, actor, calendar, {
      values: {
        boardId,
        procedureId: procedure.id,
        channel: body.channel,
        status: 'processing',
        applicantName: body.applicant.name,
        applicantTaxCode: body.applicant.taxCode || null,
        applicantEmail: body.applicant.email ?? null,
        applicantPhone: body.applicant.phone || null,
        applicantAddress: body.applicant.address || null,
        enterpriseId: body.enterpriseId ?? null,
        summary: body.summary || null,
        receivedAt,
        receivedBy: actor.label,
      },
      codeDate: date,
      procedure,
      version,
      event: { action: 'receive', at: receivedAt },
    });
    return row.id;
  });
  return presentDetail(db, calendar, await loadDossier(db, actor, id));
}

/** Nộp trực tuyến: an enterprise account submits a dossier; staff then accept it or not. */
export async function submitDossier(db: Db, actor: Actor, body: SubmitDossierBody): Promise<DossierDetail> {
  assertCan(actor, 'onestop.submit');
  const enterpriseId = ownEnterpriseOf(actor)!;
  const calendar = await loadWorkingCalendar(db);
  const now = new Date();
  const id = await db.transaction(async (tx) => {
    const enterprise = await repo.findEnterprise(tx, readableBoardIds(actor, 'onestop.submit'), enterpriseId);
    if (!enterprise) throw DossierErrors.DOSSIER_ENTERPRISE_NOT_FOUND();
    assertCan(actor, 'onestop.submit', enterprise.boardId);
    const date = vietnamDateOf(now);
    const { procedure, version } = await procedureInForce(tx, enterprise.boardId, body.procedureId, date);
    if (version.onlineLevel === 'none')
      throw DossierErrors.DOSSIER_NOT_ONLINE([
        {
          path: 'body.procedureId',
          message: 'Thủ tục không có dịch vụ công trực tuyến.',
          reason: 'not_online',
        },
      ]);
    const applicant = body.applicant ?? {};
    const row = await createDossier(tx, actor, calendar, {
      values: {
        boardId: enterprise.boardId,
        procedureId: procedure.id,
        channel: 'online',
        status: 'submitted',
        applicantName: applicant.name ?? enterprise.name,
        applicantTaxCode: applicant.taxCode || enterprise.taxCode,
        applicantEmail: applicant.email ?? null,
        applicantPhone: applicant.phone || null,
        applicantAddress: applicant.address || null,
        enterpriseId: enterprise.id,
        summary: body.summary || null,
        submittedAt: now,
      },
      codeDate: date,
      procedure,
      version,
      event: { action: 'submit', at: now },
    });
    return row.id;
  });
  return presentDetail(db, calendar, await loadDossier(db, actor, id));
}

// ---- actions --------------------------------------------------------------------------------------

interface Change {
  values: Partial<repo.DossierInsert>;
  /** When the action happened (the event's time). */
  at: Date;
  note?: string | null;
  /** The due dates may move: recompute them (dossier-due-dates.ts). */
  recompute?: boolean;
}

/**
 * One action on a dossier: loaded (locked) among those the actor sees, authorised, its version
 * checked, its state checked against the table, changed, its due dates recomputed, an event and
 * an audit entry written — one transaction. Answers the whole dossier.
 */
async function act(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; action: DossierAction; ownerMay?: boolean },
  change: (
    tx: Executor,
    found: repo.DossierWithProcedure,
    context: { calendar: WorkingCalendar; today: string; supplements: repo.SupplementRow[] },
  ) => Promise<Change>,
): Promise<DossierDetail> {
  const calendar = await loadWorkingCalendar(db);
  await db.transaction(async (tx) => {
    const found = await loadDossier(tx, actor, id, true);
    const { dossier } = found;
    authorise(actor, dossier, input.ownerMay ?? false);
    if (dossier.version !== input.version) throw versionConflict(dossier.version);
    assertState(dossier.status, input.action);
    const supplements = await repo.supplementsOf(tx, [dossier.id]);
    const result = await change(tx, found, { calendar, today: vietnamToday(), supplements });
    const updated = await repo.updateDossier(tx, dossier.id, input.version, result.values);
    if (!updated) throw versionConflict(dossier.version + 1);
    if (result.recompute) await recomputeDueDates(tx, calendar, { dossierIds: [dossier.id] });
    await repo.insertEvent(tx, {
      boardId: dossier.boardId,
      dossierId: dossier.id,
      at: result.at,
      action: input.action,
      status: updated.status,
      actor: actor.label,
      note: result.note ?? null,
    });
    await recordAudit(tx, actor, [
      {
        boardId: dossier.boardId,
        action: 'update',
        entityType: DOSSIER_ENTITY,
        entityId: dossier.id,
        entityKey: dossier.code,
        before: auditable(dossier),
        after: { action: input.action, ...auditable(updated) },
      },
    ]);
  });
  return presentDetail(db, calendar, await loadDossier(db, actor, id));
}

/** Tiếp nhận an online submission: the clock starts now, under the version in force today. */
export function acceptDossier(db: Db, actor: Actor, id: string, body: { version: number }) {
  return act(db, actor, id, { version: body.version, action: 'accept' }, async (tx, found) => {
    const now = new Date();
    const { version } = await procedureInForce(
      tx,
      found.dossier.boardId,
      found.dossier.procedureId,
      vietnamDateOf(now),
      'procedureId',
    );
    await createSteps(tx, { ...found.dossier, receivedAt: now }, version);
    return {
      at: now,
      recompute: true,
      values: {
        status: 'processing',
        receivedAt: now,
        receivedBy: actor.label,
        procedureVersionId: version.id,
        deadlineValue: version.deadlineValue,
        deadlineUnit: version.deadlineUnit,
      },
    };
  });
}

/** Không tiếp nhận (form 03): the submission is refused, with the reason. */
export function notAcceptDossier(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; reason: string },
) {
  return act(db, actor, id, { version: body.version, action: 'not_accept' }, async () => ({
    at: new Date(),
    note: body.reason,
    values: { status: 'not_accepted', notAcceptedReason: body.reason },
  }));
}

/**
 * Yêu cầu bổ sung (form 02): the clock stops until the supplement arrives. A second request is
 * allowed; the answer's `supplementRequests` and `lateBy766` say that Decision 766 counts the
 * dossier late.
 */
export function requestSupplement(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; reason: string; at?: string | undefined },
) {
  return act(
    db,
    actor,
    id,
    { version: body.version, action: 'request_supplement' },
    async (tx, found, { supplements }) => {
      const last = supplements.at(-1);
      const at = checkMoment(body.at, 'body.at', last?.suppliedAt ?? found.dossier.receivedAt);
      await repo.insertSupplement(tx, {
        boardId: found.dossier.boardId,
        dossierId: found.dossier.id,
        requestedAt: at,
        reason: body.reason,
        requestedBy: actor.label,
      });
      return { at, note: body.reason, recompute: true, values: { status: 'awaiting_supplement' } };
    },
  );
}

/** Đã bổ sung: the supplement arrived; the clock runs again and the due date moves later. */
export function recordSupplied(
  db: Db,
  actor: Actor,
  id: string,
  supplementId: string,
  body: { version: number; note?: string | undefined; at?: string | undefined },
) {
  return act(
    db,
    actor,
    id,
    { version: body.version, action: 'supplied', ownerMay: true },
    async (tx, _found, { supplements }) => {
      const supplement = supplements.find((s) => s.id === supplementId);
      if (!supplement) throw DossierErrors.DOSSIER_SUPPLEMENT_NOT_FOUND();
      if (supplement.suppliedAt !== null) throw DossierErrors.DOSSIER_SUPPLEMENT_ALREADY_SUPPLIED();
      // An enterprise says "now"; staff may record when the paper arrived.
      const at = checkMoment(
        actor.role === 'enterprise' ? undefined : body.at,
        'body.at',
        supplement.requestedAt,
      );
      await repo.updateSupplement(tx, supplement.id, { suppliedAt: at, suppliedNote: body.note || null });
      return { at, note: body.note || null, recompute: true, values: { status: 'processing' } };
    },
  );
}

async function loadStep(tx: Executor, dossierId: string, stepId: string) {
  const step = (await repo.stepsOf(tx, [dossierId])).find((s) => s.id === stepId);
  if (!step) throw DossierErrors.DOSSIER_STEP_NOT_FOUND();
  return step;
}

/** Phân công: the person doing a step (null: nobody yet). */
export function assignStep(
  db: Db,
  actor: Actor,
  id: string,
  stepId: string,
  body: { version: number; assigneeUserId?: string | null | undefined },
) {
  return act(db, actor, id, { version: body.version, action: 'assign_step' }, async (tx, found) => {
    const step = await loadStep(tx, id, stepId);
    const assignee = body.assigneeUserId ?? null;
    if (assignee !== null && !(await repo.isBoardUser(tx, found.dossier.boardId, assignee)))
      throw DossierErrors.DOSSIER_ASSIGNEE_NOT_FOUND([
        {
          path: 'body.assigneeUserId',
          message: 'Không có cán bộ này trong Ban Quản lý.',
          reason: 'not_found',
        },
      ]);
    await repo.updateStep(tx, step.id, { assigneeUserId: assignee });
    return { at: new Date(), note: `${step.position}. ${step.name}`, values: {} };
  });
}

/** A step done; the next one starts. */
export function completeStep(
  db: Db,
  actor: Actor,
  id: string,
  stepId: string,
  body: { version: number; note?: string | undefined },
) {
  return act(db, actor, id, { version: body.version, action: 'complete_step' }, async (tx) => {
    const steps = await repo.stepsOf(tx, [id]);
    const step = steps.find((s) => s.id === stepId);
    if (!step) throw DossierErrors.DOSSIER_STEP_NOT_FOUND();
    if (step.completedAt !== null) throw DossierErrors.DOSSIER_STEP_COMPLETED();
    const now = new Date();
    await repo.updateStep(tx, step.id, {
      completedAt: now,
      completedBy: actor.label,
      note: body.note || null,
    });
    const next = steps.find((s) => s.position > step.position && s.completedAt === null);
    if (next && next.startedAt === null) await repo.updateStep(tx, next.id, { startedAt: now });
    return {
      at: now,
      note: [`${step.position}. ${step.name}`, body.note].filter(Boolean).join(' — '),
      values: {},
    };
  });
}

/** Whether the dossier is late as of `date` (a result or today): the due date passed, the clock
 * stopped while a supplement is awaited (then the request's date counts). */
function lateOn(dossier: repo.DossierRow, supplements: readonly repo.SupplementRow[], date: string): boolean {
  if (dossier.dueDate === null) return false;
  const requested = dossier.status === 'awaiting_supplement' ? openRequestDate(supplements) : null;
  return (requested ?? date) > dossier.dueDate;
}

function apologyRequired(dossier: repo.DossierRow, dueDate: string | null): never {
  throw DossierErrors.DOSSIER_APOLOGY_REQUIRED(
    [
      {
        path: 'apology',
        message: `Hồ sơ ${dossier.code} quá hạn (hạn giải quyết ${dueDate ? formatDate(dueDate) : ''}): lập Văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) trước.`,
        reason: 'apology_required',
      },
    ],
    { dueDate },
  );
}

/** Kết quả: approved, refused, withdrawn or stopped. A late one needs its apology letter first. */
export function recordResult(
  db: Db,
  actor: Actor,
  id: string,
  body: {
    version: number;
    kind: 'approved' | 'refused' | 'withdrawn' | 'stopped';
    number?: string | undefined;
    note?: string | undefined;
    at?: string | undefined;
  },
) {
  return act(
    db,
    actor,
    id,
    { version: body.version, action: 'result' },
    async (_tx, found, { supplements }) => {
      const { dossier } = found;
      const last = supplements.at(-1);
      const at = checkMoment(body.at, 'body.at', last?.suppliedAt ?? last?.requestedAt ?? dossier.receivedAt);
      if (lateOn(dossier, supplements, vietnamDateOf(at)) && dossier.apologyAt === null)
        apologyRequired(dossier, dossier.dueDate);
      return {
        at,
        note: [RESULT_KIND_WORDS[body.kind], body.number, body.note].filter(Boolean).join(' — '),
        values: {
          status: 'resolved',
          resultKind: body.kind,
          resultAt: at,
          resultNumber: body.number || null,
          resultNote: body.note || null,
        },
      };
    },
  );
}

/**
 * Form 04, Văn bản xin lỗi và hẹn lại ngày trả kết quả: only for a late dossier (today after its
 * due date, or its result after it), with a new date after today. The legal due date stays.
 */
export function recordApology(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; reason: string; newDate: string },
) {
  return act(
    db,
    actor,
    id,
    { version: body.version, action: 'apology' },
    async (_tx, found, { supplements, today }) => {
      const { dossier } = found;
      const late =
        dossier.resultAt !== null
          ? dossier.dueDate !== null && vietnamDateOf(dossier.resultAt) > dossier.dueDate
          : lateOn(dossier, supplements, today);
      if (!late)
        throw DossierErrors.DOSSIER_NOT_LATE(
          [{ path: 'dueDate', message: `Hạn giải quyết là ${dossier.dueDate ?? '—'}.`, reason: 'not_late' }],
          { dueDate: dossier.dueDate },
        );
      if (body.newDate <= today)
        throw DossierErrors.DOSSIER_APOLOGY_DATE_INVALID([
          {
            path: 'body.newDate',
            message: `Ngày hẹn mới phải sau ${today}.`,
            reason: 'not_after_today',
            value: body.newDate,
          },
        ]);
      const now = new Date();
      return {
        at: now,
        note: `${body.reason} — hẹn lại ngày ${formatDate(body.newDate)}`,
        values: { apologyAt: now, apologyReason: body.reason, apologyNewDate: body.newDate },
      };
    },
  );
}

/** Trả kết quả: handed to the applicant. A late dossier needs its apology letter first. */
export function returnDossier(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; at?: string | undefined },
) {
  return act(db, actor, id, { version: body.version, action: 'return' }, async (_tx, found) => {
    const { dossier } = found;
    const at = checkMoment(body.at, 'body.at', dossier.resultAt);
    if (
      dossier.dueDate !== null &&
      dossier.resultAt !== null &&
      vietnamDateOf(dossier.resultAt) > dossier.dueDate &&
      dossier.apologyAt === null
    )
      apologyRequired(dossier, dossier.dueDate);
    return { at, values: { status: 'returned', returnedAt: at } };
  });
}

export { act as actOnDossier };
