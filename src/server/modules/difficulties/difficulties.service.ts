/**
 * Enterprises' difficulties and requests: who may see which (staff their board's, an enterprise
 * account only its own enterprise's), their life (raised or recorded, edited, routed, answered,
 * confirmed or reopened — each change an event and an audit entry in one transaction, version
 * checked), the list with ages, and the leader's view of what is stuck.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { assertCan, can, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor, Tx } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actingBoard, readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import {
  ageDays,
  canDo,
  defaultAnswerDueOn,
  stuckReasons,
  workingDaysOpen,
  type DifficultyAction,
  type DifficultyChannel,
  type DifficultyEventAction,
  type DifficultyStatus,
  type DifficultyTopic,
  type ResponsibleKind,
} from '../../../domain/difficulties.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { matchesSearch } from '../../../domain/text.ts';
import type { WorkingCalendar } from '../../../domain/working-days.ts';
import { boardDirectory } from '../boards/index.ts';
import { enterprises, ownEnterpriseOf } from '../enterprises/index.ts';
import { loadWorkingCalendar } from '../one-stop/index.ts';
import { DifficultyErrors } from './difficulties.errors.ts';
import * as repo from './difficulties.repository.ts';
import type {
  AnswerDifficultyBody,
  ConfirmDifficultyBody,
  CreateDifficultyBody,
  DifficultiesListQuery,
  Difficulty,
  DifficultyItem,
  DifficultyList,
  ReopenDifficultyBody,
  RouteDifficultyBody,
  StuckQuery,
  StuckReport,
  UpdateDifficultyBody,
} from './difficulties.schemas.ts';
import { difficulties } from './difficulties.tables.ts';

/** The audit log's word for a difficulty (src/domain/audit-vocabulary.ts). */
const ENTITY: AuditEntityType = 'difficulty';

export const DIFFICULTY_BOARD: BoardChoiceErrors = {
  required: DifficultyErrors.DIFFICULTY_BOARD_REQUIRED,
  notFound: DifficultyErrors.DIFFICULTY_BOARD_NOT_FOUND,
};

/** What an actor may read: staff their boards' difficulties, an enterprise account its own enterprise's. */
interface ReadScope {
  boardIds: string[];
  enterpriseId?: string | undefined;
}

/** The board's id named by its code: one the actor sees, else 404 (another board is not revealed). */
export async function namedBoard(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
  path = 'query.board',
): Promise<string | undefined> {
  if (code === undefined) return undefined;
  const id = (await boardDirectory(executor, { codes: [code] })).idByCode.get(code);
  if (id === undefined || !actor.visibleBoardIds.includes(id))
    throw DifficultyErrors.DIFFICULTY_BOARD_NOT_FOUND([
      { path, message: `Không tìm thấy Ban Quản lý có mã ${code}.`, reason: 'not_found', value: code },
    ]);
  return id;
}

export function readScope(actor: Actor, boardId?: string): ReadScope {
  if (actor.role === 'enterprise')
    return {
      boardIds: readableBoardIds(actor, 'difficulties.raise', boardId),
      enterpriseId: ownEnterpriseOf(actor),
    };
  return { boardIds: readableBoardIds(actor, 'records.read', boardId) };
}

/** The one board a leader's view or report is about (records.read there). */
export async function reportBoard(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
): Promise<string> {
  if (actor.role === 'enterprise') throw CommonErrors.FORBIDDEN();
  const boardId = await namedBoard(executor, actor, code);
  return actingBoard(actor, {
    boardId,
    permission: 'records.read',
    path: 'query.board',
    errors: DIFFICULTY_BOARD,
  });
}

async function loadRow(executor: Executor, actor: Actor, id: string): Promise<repo.DifficultyRow> {
  const row = await repo.findDifficulty(executor, readScope(actor), id);
  if (!row) throw DifficultyErrors.DIFFICULTY_NOT_FOUND();
  return row;
}

/** What the list shows of one, its age and whether it is stuck, as seen on `today`. */
export function presentItem(
  row: repo.DifficultyRow,
  calendar: WorkingCalendar,
  today: string,
): DifficultyItem {
  const why = stuckReasons(calendar, { ...row, status: row.status as DifficultyStatus }, today);
  return {
    id: row.id,
    board: row.boardCode,
    reference: row.reference,
    enterprise: { id: row.enterpriseId, name: row.enterpriseName, taxCode: row.enterpriseTaxCode },
    topic: row.topic as DifficultyTopic,
    title: row.title,
    channel: row.channel as DifficultyChannel,
    occasion: row.occasion,
    raisedOn: row.raisedOn,
    status: row.status as DifficultyStatus,
    responsibleKind: row.responsibleKind as ResponsibleKind | null,
    responsible: row.responsible,
    routedOn: row.routedOn,
    answerDueOn: row.answerDueOn,
    answeredOn: row.answeredOn,
    confirmedOn: row.confirmedOn,
    ageDays: ageDays(row.raisedOn, row.answeredOn, today),
    workingDaysOpen: workingDaysOpen(calendar, row.raisedOn, row.answeredOn, today),
    reopenedCount: row.reopenedCount,
    stuck: why.length > 0,
    why,
    version: row.version,
  };
}

async function present(executor: Executor, row: repo.DifficultyRow): Promise<Difficulty> {
  const calendar = await loadWorkingCalendar(executor);
  const events = await repo.eventsOf(executor, row.id);
  return {
    ...presentItem(row, calendar, vietnamToday()),
    content: row.content,
    answer: row.answer,
    feedback: row.feedback,
    events: events.map((e) => ({
      action: e.action,
      note: e.note,
      actor: e.actorLabel,
      at: toVietnamTimestamp(e.at),
    })),
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

export async function getDifficulty(db: Db, actor: Actor, id: string): Promise<Difficulty> {
  return present(db, await loadRow(db, actor, id));
}

export type ListQuery = Omit<DifficultiesListQuery, 'format'>;

/** Every matching difficulty as the list shows it (all pages), newest raised first. */
export async function listAll(db: Db, actor: Actor, query: ListQuery): Promise<DifficultyItem[]> {
  const scope = readScope(actor, await namedBoard(db, actor, query.board));
  const own = scope.enterpriseId;
  const enterpriseId =
    own !== undefined && query.enterpriseId !== undefined && query.enterpriseId !== own
      ? null
      : (own ?? query.enterpriseId);
  if (enterpriseId === null) return [];
  const rows = await repo.listDifficulties(db, {
    boardIds: scope.boardIds,
    enterpriseId,
    status: query.status,
    topic: query.topic,
    responsible: query.responsible,
    raisedFrom: query.year === undefined ? undefined : `${query.year}-01-01`,
    raisedTo: query.year === undefined ? undefined : `${query.year}-12-31`,
  });
  const calendar = await loadWorkingCalendar(db);
  const today = vietnamToday();
  const q = query.q;
  return rows
    .filter(
      (r) =>
        q === undefined ||
        matchesSearch(`${r.reference} ${r.title} ${r.enterpriseName} ${r.enterpriseTaxCode}`, q),
    )
    .map((r) => presentItem(r, calendar, today))
    .filter((item) => query.stuck === undefined || item.stuck === query.stuck);
}

export async function listDifficulties(db: Db, actor: Actor, query: ListQuery): Promise<DifficultyList> {
  const items = await listAll(db, actor, query);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: items.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Writes

function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Tx));
}

async function appendEvent(
  tx: Executor,
  actor: Actor,
  row: { id: string; boardId: string },
  action: DifficultyEventAction,
  note: string,
): Promise<void> {
  await repo.insertEvent(tx, {
    boardId: row.boardId,
    difficultyId: row.id,
    action,
    note,
    actorUserId: actor.userId,
    actorLabel: actor.label,
  });
}

/** Why this action is refused in this status (a specific code), or nothing when it is allowed. */
function assertState(row: repo.DifficultyRecord, action: DifficultyAction): void {
  const status = row.status as DifficultyStatus;
  if (canDo(status, action)) return;
  const details = [{ path: 'params.id', message: `Trạng thái hiện tại: ${status}.`, reason: status, status }];
  if (status === 'resolved') throw DifficultyErrors.DIFFICULTY_RESOLVED(details);
  if (action === 'confirm' || action === 'reopen') throw DifficultyErrors.DIFFICULTY_NOT_ANSWERED(details);
  if (status === 'open') throw DifficultyErrors.DIFFICULTY_NOT_ROUTED(details);
  throw DifficultyErrors.DIFFICULTY_ALREADY_ANSWERED(details);
}

function dateProblem(path: string, message: string, reason: string) {
  return DifficultyErrors.DIFFICULTY_DATE_INVALID([{ path, message, reason }]);
}

/**
 * A change of one difficulty: found as the actor sees it (else 404), locked, allowed for the
 * actor (`allow`), in a status that allows it, at the version read; then the change, its event
 * and its audit entry in one transaction.
 */
async function change(
  db: Db,
  actor: Actor,
  id: string,
  input: {
    action: DifficultyAction;
    version: number;
    allow: (row: repo.DifficultyRow) => void;
    values: (
      row: repo.DifficultyRow,
      calendar: WorkingCalendar,
      today: string,
    ) => Partial<repo.DifficultyRecord>;
    event?: (after: repo.DifficultyRecord) => { action: DifficultyEventAction; note: string };
  },
): Promise<Difficulty> {
  return inTransaction(db, async (tx) => {
    const found = await loadRow(tx, actor, id);
    input.allow(found);
    await repo.lockDifficulty(tx, id);
    const current = await loadRow(tx, actor, id);
    assertState(current, input.action);
    const calendar = await loadWorkingCalendar(tx);
    const values = input.values(current, calendar, vietnamToday());
    const {
      boardCode: _b,
      enterpriseName: _n,
      enterpriseTaxCode: _t,
      reopenedCount: _r,
      ...before
    } = current;
    const after = await updateVersioned(tx, difficulties, id, input.version, current.version, values);
    if (input.event) {
      const event = input.event(after);
      await appendEvent(tx, actor, after, event.action, event.note);
    }
    await recordAudit(tx, actor, [
      {
        boardId: after.boardId,
        action: 'update',
        entityType: ENTITY,
        entityId: after.id,
        entityKey: after.reference,
        before,
        after,
      },
    ]);
    return present(tx, await loadRow(tx, actor, id));
  });
}

const assertManage = (actor: Actor) => (row: repo.DifficultyRow) =>
  assertCan(actor, 'difficulties.manage', row.boardId);

/** The enterprise's own account (difficulties.raise on the board). */
const isOwnEnterprise = (actor: Actor, row: repo.DifficultyRow) =>
  actor.role === 'enterprise' &&
  actor.enterpriseId === row.enterpriseId &&
  can(actor, 'difficulties.raise', row.boardId);

export async function createDifficulty(
  db: Db,
  actor: Actor,
  body: CreateDifficultyBody,
): Promise<Difficulty> {
  const today = vietnamToday();
  let enterpriseId: string;
  let channel: DifficultyChannel;
  let raisedOn: string;
  let boardIds: string[];
  if (actor.role === 'enterprise') {
    assertCan(actor, 'difficulties.raise');
    const extra = (['enterpriseId', 'channel', 'raisedOn'] as const).filter((k) => body[k] !== undefined);
    if (extra.length > 0)
      throw DifficultyErrors.DIFFICULTY_FIELD_NOT_ALLOWED(
        extra.map((k) => ({
          path: `body.${k}`,
          message: 'Tài khoản doanh nghiệp không gửi trường này.',
          reason: 'not_allowed',
        })),
      );
    enterpriseId = ownEnterpriseOf(actor)!;
    channel = 'account';
    raisedOn = today;
    boardIds = readableBoardIds(actor, 'difficulties.raise');
  } else {
    assertCan(actor, 'difficulties.manage');
    const missing = (['enterpriseId', 'channel', 'raisedOn'] as const).filter((k) => body[k] === undefined);
    if (missing.length > 0)
      throw DifficultyErrors.DIFFICULTY_FIELD_REQUIRED(
        missing.map((k) => ({ path: `body.${k}`, message: 'Cần nêu trường này.', reason: 'required' })),
      );
    enterpriseId = body.enterpriseId!;
    channel = body.channel!;
    raisedOn = body.raisedOn!;
    if (raisedOn > today) throw dateProblem('body.raisedOn', 'Ngày nêu không được sau hôm nay.', 'future');
    boardIds = readableBoardIds(actor, 'difficulties.manage');
  }
  return inTransaction(db, async (tx) => {
    const [enterprise] =
      boardIds.length === 0
        ? []
        : await tx
            .select({ id: enterprises.id, boardId: enterprises.boardId })
            .from(enterprises)
            .where(and(eq(enterprises.id, enterpriseId), inArray(enterprises.boardId, boardIds)));
    if (!enterprise) {
      if (actor.role === 'enterprise') throw CommonErrors.FORBIDDEN();
      throw DifficultyErrors.DIFFICULTY_ENTERPRISE_NOT_FOUND([
        {
          path: 'body.enterpriseId',
          message: 'Không tìm thấy doanh nghiệp này.',
          reason: 'not_found',
          value: enterpriseId,
        },
      ]);
    }
    const reference = await repo.nextReference(tx, enterprise.boardId, Number(raisedOn.slice(0, 4)));
    const row = await repo.insertDifficulty(tx, {
      boardId: enterprise.boardId,
      enterpriseId,
      reference,
      topic: body.topic,
      title: body.title,
      content: body.content,
      channel,
      occasion: body.occasion,
      raisedOn,
      raisedByUserId: actor.userId,
    });
    await appendEvent(tx, actor, row, 'raised', body.occasion);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'create',
        entityType: ENTITY,
        entityId: row.id,
        entityKey: row.reference,
        after: row,
      },
    ]);
    return present(tx, (await repo.findDifficulty(tx, { boardIds: [row.boardId] }, row.id))!);
  });
}

/** Staff correct the words before it is answered (no event: the events name the life's steps). */
export async function updateDifficulty(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateDifficultyBody,
): Promise<Difficulty> {
  const { version, ...fields } = body;
  return change(db, actor, id, {
    action: 'edit',
    version,
    allow: assertManage(actor),
    values: () => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
  });
}

export async function routeDifficulty(
  db: Db,
  actor: Actor,
  id: string,
  body: RouteDifficultyBody,
): Promise<Difficulty> {
  return change(db, actor, id, {
    action: 'route',
    version: body.version,
    allow: assertManage(actor),
    values: (row, calendar, today) => {
      const routedOn = body.routedOn ?? today;
      if (routedOn > today)
        throw dateProblem('body.routedOn', 'Ngày chuyển xử lý không được sau hôm nay.', 'future');
      if (routedOn < row.raisedOn)
        throw dateProblem(
          'body.routedOn',
          `Ngày chuyển xử lý không được trước ngày nêu (${formatDate(row.raisedOn)}).`,
          'before_raised',
        );
      const answerDueOn = body.answerDueOn ?? defaultAnswerDueOn(calendar, body.responsibleKind, routedOn);
      if (answerDueOn < routedOn)
        throw dateProblem(
          'body.answerDueOn',
          'Hạn trả lời không được trước ngày chuyển xử lý.',
          'before_routed',
        );
      return {
        responsibleKind: body.responsibleKind,
        responsible: body.responsible,
        routedOn,
        answerDueOn,
        status: 'routed',
      };
    },
    event: (after) => ({
      action: 'routed',
      note: `${after.responsible}; hạn trả lời ${formatDate(after.answerDueOn!)}`,
    }),
  });
}

export async function answerDifficulty(
  db: Db,
  actor: Actor,
  id: string,
  body: AnswerDifficultyBody,
): Promise<Difficulty> {
  return change(db, actor, id, {
    action: 'answer',
    version: body.version,
    allow: assertManage(actor),
    values: (row, _calendar, today) => {
      if (body.answeredOn > today)
        throw dateProblem('body.answeredOn', 'Ngày trả lời không được sau hôm nay.', 'future');
      if (row.routedOn !== null && body.answeredOn < row.routedOn)
        throw dateProblem(
          'body.answeredOn',
          `Ngày trả lời không được trước ngày chuyển xử lý (${formatDate(row.routedOn)}).`,
          'before_routed',
        );
      return {
        answer: body.answer,
        answeredOn: body.answeredOn,
        answeredByUserId: actor.userId,
        status: 'answered',
      };
    },
    event: (after) => ({ action: 'answered', note: after.answer }),
  });
}

/** The enterprise's account confirms the answer, or staff record its confirmation at a meeting. */
export async function confirmDifficulty(
  db: Db,
  actor: Actor,
  id: string,
  body: ConfirmDifficultyBody,
): Promise<Difficulty> {
  return change(db, actor, id, {
    action: 'confirm',
    version: body.version,
    allow: (row) => {
      if (!isOwnEnterprise(actor, row)) assertCan(actor, 'difficulties.manage', row.boardId);
    },
    values: (row, _calendar, today) => {
      if (body.confirmedOn !== undefined && actor.role === 'enterprise')
        throw DifficultyErrors.DIFFICULTY_FIELD_NOT_ALLOWED([
          {
            path: 'body.confirmedOn',
            message: 'Tài khoản doanh nghiệp xác nhận vào ngày gửi: không được chọn ngày.',
            reason: 'not_allowed',
          },
        ]);
      const confirmedOn = body.confirmedOn ?? today;
      if (confirmedOn > today)
        throw dateProblem('body.confirmedOn', 'Ngày xác nhận không được sau hôm nay.', 'future');
      if (row.answeredOn !== null && confirmedOn < row.answeredOn)
        throw dateProblem(
          'body.confirmedOn',
          `Ngày xác nhận không được trước ngày trả lời (${formatDate(row.answeredOn)}).`,
          'before_answered',
        );
      return { status: 'resolved', confirmedOn, feedback: body.feedback };
    },
    event: (after) => ({ action: 'confirmed', note: after.feedback }),
  });
}

/**
 * The enterprise's account says the answer does not settle it: routed again to the same
 * responsible, with a new answer date from today; the answer it had stays in the events.
 */
export async function reopenDifficulty(
  db: Db,
  actor: Actor,
  id: string,
  body: ReopenDifficultyBody,
): Promise<Difficulty> {
  return change(db, actor, id, {
    action: 'reopen',
    version: body.version,
    allow: (row) => {
      if (!isOwnEnterprise(actor, row)) throw CommonErrors.FORBIDDEN();
    },
    values: (row, calendar, today) => ({
      status: 'routed',
      routedOn: today,
      answerDueOn: defaultAnswerDueOn(
        calendar,
        (row.responsibleKind ?? 'department') as ResponsibleKind,
        today,
      ),
      answer: '',
      answeredOn: null,
      answeredByUserId: null,
      feedback: body.feedback,
    }),
    event: (after) => ({ action: 'reopened', note: after.feedback }),
  });
}

// ---------------------------------------------------------------------------------------------
// The leader's view

export async function stuckReport(db: Db, actor: Actor, query: StuckQuery): Promise<StuckReport> {
  const boardId = await reportBoard(db, actor, query.board);
  const asOf = query.asOf ?? vietnamToday();
  const rows = await repo.listDifficulties(db, {
    boardIds: [boardId],
    statuses: ['open', 'routed', 'answered'],
  });
  const calendar = await loadWorkingCalendar(db);
  const items = rows.map((r) => presentItem(r, calendar, asOf));
  const groups = new Map<string, StuckReport['byResponsible'][number]>();
  for (const item of items.filter((i) => i.status === 'open' || i.status === 'routed')) {
    const key = `${item.responsibleKind ?? ''}\u0000${item.responsible}`;
    const group = groups.get(key) ?? {
      responsibleKind: item.responsibleKind,
      responsible: item.responsible,
      open: 0,
      overdue: 0,
      oldestAgeDays: null,
    };
    group.open += 1;
    if (item.why.includes('overdue')) group.overdue += 1;
    group.oldestAgeDays = Math.max(group.oldestAgeDays ?? 0, item.ageDays);
    groups.set(key, group);
  }
  const byResponsible = [...groups.values()].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.open - a.open ||
      (a.responsible < b.responsible ? -1 : a.responsible > b.responsible ? 1 : 0) ||
      (a.responsibleKind ?? '').localeCompare(b.responsibleKind ?? ''),
  );
  const stuck = items
    .filter((i) => i.stuck)
    .sort(
      (a, b) =>
        (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0) ||
        (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0),
    );
  const code = (await boardDirectory(db, { ids: [boardId] })).codeById.get(boardId) ?? '';
  return { board: code, asOf, byResponsible, items: stuck };
}
