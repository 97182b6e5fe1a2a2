/**
 * Inspection's records: yearly plans and their items, inspections in and out of plan, findings
 * and their follow-up. Reading needs records.read on the record's board, writing
 * inspection.manage; every write checks the version read, and is audited in its transaction.
 * Another board's id answers 404, never its data.
 */
import { assertCan, type Actor, type Permission } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntityType } from '../../kernel/audit.ts';
import type { Db, Executor, Tx } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatDate } from '../../../domain/number-format.ts';
import {
  duplicateTopics,
  findingDaysOverdue,
  findingState,
  findOverlaps,
  INSPECTION_TOPIC_LABELS,
  isFineDong,
  notBefore,
  topicsOutside,
  yearOf,
  type InspectionTopic,
  type OverlapInputLine,
} from '../../../domain/inspection.ts';
import { actingBoardByCode, boardDirectory } from '../boards/index.ts';
import { InspectionErrors } from './inspection.errors.ts';
import * as repo from './inspection.repository.ts';
import type {
  ApprovePlanBody,
  CloseFindingBody,
  ConcludeInspectionBody,
  CreateFindingBody,
  CreateFollowUpBody,
  CreateInspectionBody,
  CreatePlanBody,
  CreatePlanItemBody,
  Inspection,
  InspectionDetail,
  InspectionFinding,
  InspectionFindingDetail,
  InspectionFindingList,
  InspectionFollowUp,
  InspectionOverlap,
  InspectionPlan,
  InspectionPlanDetail,
  InspectionPlanItem,
  InspectionPlanItemAnswer,
  ListFindingsQuery,
  ListInspectionsQuery,
  ListPlansQuery,
  ReopenFindingBody,
  UpdateFindingBody,
  UpdateInspectionBody,
  UpdatePlanBody,
  UpdatePlanItemBody,
} from './inspection.schemas.ts';
import {
  inspectionFindings,
  inspectionPlanItems,
  inspectionPlans,
  inspections,
} from './inspection.tables.ts';

/** The audit log's words for inspection records (src/domain/audit-vocabulary.ts). */
export const INSPECTION_ENTITY = {
  plan: 'inspection_plan',
  planItem: 'inspection_plan_item',
  inspection: 'inspection',
  finding: 'inspection_finding',
  followUp: 'inspection_follow_up',
} as const satisfies Record<string, AuditEntityType>;

const BOARD_CHOICE: BoardChoiceErrors = {
  required: InspectionErrors.INSPECTION_BOARD_REQUIRED,
  notFound: InspectionErrors.INSPECTION_BOARD_NOT_FOUND,
};

// ---------------------------------------------------------------------------------------------
// Scope

/** The one board a request acts on: the board named by its code, else the actor's own. */
export function boardOf(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
  permission: Permission,
  path = 'query.board',
): Promise<string> {
  return actingBoardByCode(executor, actor, { code, permission, path, errors: BOARD_CHOICE });
}

/** The boards whose inspection records the actor reads. */
export function readable(actor: Actor): string[] {
  return readableBoardIds(actor, 'records.read');
}

export function assertManage(actor: Actor, boardId: string): void {
  assertCan(actor, 'inspection.manage', boardId);
}

export function inTransaction<T>(executor: Executor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return (executor as Db).transaction((tx) => work(tx as unknown as Tx));
}

async function boardCode(executor: Executor, boardId: string): Promise<string> {
  return (await boardDirectory(executor, { ids: [boardId] })).codeById.get(boardId) ?? '';
}

async function loadPlan(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findPlan(executor, readable(actor), id, lock);
  if (!row) throw InspectionErrors.INSPECTION_PLAN_NOT_FOUND();
  return row;
}
async function loadItem(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findPlanItem(executor, readable(actor), id, lock);
  if (!row) throw InspectionErrors.INSPECTION_PLAN_ITEM_NOT_FOUND();
  return row;
}
async function loadInspection(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findInspection(executor, readable(actor), id, lock);
  if (!row) throw InspectionErrors.INSPECTION_NOT_FOUND();
  return row;
}
export async function loadFinding(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findFinding(executor, readable(actor), id, lock);
  if (!row) throw InspectionErrors.INSPECTION_FINDING_NOT_FOUND();
  return row;
}

function checkVersion(expected: number, current: number): void {
  if (expected !== current) throw versionConflict(current);
}

// ---------------------------------------------------------------------------------------------
// Rules as refusals

function topicProblems(topics: readonly string[], path: string, allowed?: readonly string[]): ErrorDetail[] {
  const problems: ErrorDetail[] = duplicateTopics(topics).map((topic) => ({
    path,
    message: `Nội dung «${INSPECTION_TOPIC_LABELS[topic as InspectionTopic]}» được chọn hai lần.`,
    reason: 'duplicate',
    value: topic,
  }));
  if (allowed)
    for (const topic of topicsOutside(topics, allowed))
      problems.push({
        path,
        message: `Nội dung «${INSPECTION_TOPIC_LABELS[topic as InspectionTopic]}» không có trong kế hoạch kiểm tra doanh nghiệp này.`,
        reason: 'outside_plan_item',
        value: topic,
      });
  return problems;
}

function assertTopics(topics: readonly string[], path: string, allowed?: readonly string[]): void {
  const problems = topicProblems(topics, path, allowed);
  if (problems.length > 0) throw InspectionErrors.INSPECTION_TOPICS_INVALID(problems);
}

/** A day of an inspection's life not before it began. */
function assertNotBefore(
  startedOn: string,
  date: string | null | undefined,
  path: string,
  what: string,
): void {
  if (!notBefore(startedOn, date))
    throw InspectionErrors.INSPECTION_DATES_INVALID([
      {
        path,
        message: `${what} (${formatDate(date!)}) không được trước ngày bắt đầu kiểm tra (${formatDate(startedOn)}).`,
        reason: 'before_inspection',
        value: date,
      },
    ]);
}

async function assertEnterpriseOfBoard(
  executor: Executor,
  boardId: string,
  enterpriseId: string,
  path: string,
) {
  const found = (await repo.enterprisesByIds(executor, [enterpriseId])).get(enterpriseId);
  if (!found || found.boardId !== boardId)
    throw InspectionErrors.INSPECTION_ENTERPRISE_NOT_FOUND([
      {
        path,
        message: 'Không có doanh nghiệp này trong Ban Quản lý.',
        reason: 'not_found',
        value: enterpriseId,
      },
    ]);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Overlaps

/** Every overlap of a board's year: its plans' items and the inspections begun in it. */
async function overlapsOfYear(
  executor: Executor,
  boardId: string,
  year: number,
): Promise<{ overlap: InspectionOverlap; ids: Set<string> }[]> {
  const items = await repo.itemsOfBoardYear(executor, boardId, year);
  const done = await repo.inspectionsOfBoardYear(executor, boardId, year);
  const lines: OverlapInputLine[] = [
    ...items.map(({ item }) => ({
      kind: 'plan_item' as const,
      id: item.id,
      enterpriseId: item.enterpriseId,
      topics: item.topics,
      planItemId: null,
    })),
    ...done.map((i) => ({
      kind: 'inspection' as const,
      id: i.id,
      enterpriseId: i.enterpriseId,
      topics: i.topics,
      planItemId: i.planItemId,
    })),
  ];
  const groups = findOverlaps(lines);
  if (groups.length === 0) return [];
  const itemById = new Map(items.map((r) => [r.item.id, r]));
  const inspectionById = new Map(done.map((i) => [i.id, i]));
  // An inspection's plan may be another year's: find the plans of items not in this year.
  const outside = done.filter((i) => i.planItemId && !itemById.has(i.planItemId)).map((i) => i.planItemId!);
  const outsideItems = await repo.itemsByIds(executor, outside);
  const outsidePlans = new Map(
    (
      await repo.plansByIds(
        executor,
        outsideItems.map((i) => i.planId),
      )
    ).map((p) => [p.id, p]),
  );
  const planOfItem = new Map<string, { id: string; name: string }>([
    ...items.map((r) => [r.item.id, r.plan] as const),
    ...outsideItems.map((i) => [i.id, outsidePlans.get(i.planId)!] as const),
  ]);
  const names = await repo.enterprisesByIds(
    executor,
    groups.map((g) => g.enterpriseId),
  );
  return groups.map((group) => {
    const enterprise = names.get(group.enterpriseId)!;
    const topic = group.topic as InspectionTopic;
    const lineViews = group.lines.map((line) => {
      if (line.kind === 'plan_item') {
        const { item, plan } = itemById.get(line.id)!;
        return {
          kind: line.kind,
          id: line.id,
          planId: plan.id,
          planName: plan.name,
          plannedMonth: item.plannedMonth,
          startedOn: null,
        };
      }
      const inspection = inspectionById.get(line.id)!;
      const plan = inspection.planItemId ? planOfItem.get(inspection.planItemId) : undefined;
      return {
        kind: line.kind,
        id: line.id,
        planId: plan?.id ?? null,
        planName: plan?.name ?? null,
        plannedMonth: null,
        startedOn: inspection.startedOn,
      };
    });
    const words = lineViews.map((l) =>
      l.kind === 'plan_item'
        ? `kế hoạch «${l.planName}»${l.plannedMonth ? ` (tháng ${l.plannedMonth})` : ''}`
        : `cuộc kiểm tra ${l.planId ? 'theo kế hoạch' : 'đột xuất'} ngày ${formatDate(l.startedOn!)}`,
    );
    return {
      overlap: {
        enterprise: { id: enterprise.id, name: enterprise.name, taxCode: enterprise.taxCode },
        topic,
        lines: lineViews,
        message: `Doanh nghiệp ${enterprise.name} được kiểm tra ${group.times} lần về ${INSPECTION_TOPIC_LABELS[topic].toLowerCase()} trong năm ${year}: ${words.join('; ')}.`,
      },
      ids: new Set(group.lines.map((l) => l.id)),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Plans

async function presentPlans(executor: Executor, rows: readonly repo.PlanRow[]): Promise<InspectionPlan[]> {
  const items = await repo.itemsOfPlans(
    executor,
    rows.map((r) => r.id),
  );
  const done = await repo.inspectionsUnderItems(
    executor,
    items.map((i) => i.id),
  );
  const directory = await boardDirectory(executor, { ids: rows.map((r) => r.boardId) });
  return rows.map((row) => {
    const own = items.filter((i) => i.planId === row.id);
    return {
      id: row.id,
      board: directory.codeById.get(row.boardId) ?? '',
      year: row.year,
      name: row.name,
      status: row.status as InspectionPlan['status'],
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate,
      approvedBy: row.approvedBy,
      note: row.note,
      itemCount: own.length,
      doneItemCount: own.filter((i) => (done.get(i.id) ?? []).length > 0).length,
      version: row.version,
    };
  });
}

async function presentItems(
  executor: Executor,
  rows: readonly repo.PlanItemRow[],
): Promise<InspectionPlanItem[]> {
  const names = await repo.enterprisesByIds(
    executor,
    rows.map((r) => r.enterpriseId),
  );
  const done = await repo.inspectionsUnderItems(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const e = names.get(row.enterpriseId)!;
    return {
      id: row.id,
      planId: row.planId,
      enterprise: { id: e.id, name: e.name, taxCode: e.taxCode },
      topics: row.topics as InspectionTopic[],
      plannedMonth: row.plannedMonth,
      cooperatingAgencies: row.cooperatingAgencies,
      leadUnit: row.leadUnit,
      note: row.note,
      done: done.get(row.id) ?? [],
      version: row.version,
    };
  });
}

/** The overlaps of a plan's year that involve its items or the inspections done under them. */
async function planOverlaps(executor: Executor, plan: repo.PlanRow, itemIds: readonly string[]) {
  const all = await overlapsOfYear(executor, plan.boardId, plan.year);
  const done = await repo.inspectionsUnderItems(executor, itemIds);
  const mine = new Set([...itemIds, ...[...done.values()].flat()]);
  return all.filter((o) => [...o.ids].some((id) => mine.has(id))).map((o) => o.overlap);
}

async function planDetail(executor: Executor, plan: repo.PlanRow): Promise<InspectionPlanDetail> {
  const [view] = await presentPlans(executor, [plan]);
  const itemRows = await repo.itemsOfPlans(executor, [plan.id]);
  return {
    ...view!,
    items: await presentItems(executor, itemRows),
    overlaps: await planOverlaps(
      executor,
      plan,
      itemRows.map((i) => i.id),
    ),
  };
}

export async function listPlans(db: Executor, actor: Actor, query: ListPlansQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  return { items: await presentPlans(db, await repo.plansOf(db, boardId, query.year)) };
}

export async function getPlan(db: Executor, actor: Actor, id: string): Promise<InspectionPlanDetail> {
  return planDetail(db, await loadPlan(db, actor, id));
}

export async function createPlan(
  db: Executor,
  actor: Actor,
  body: CreatePlanBody,
): Promise<InspectionPlanDetail> {
  const boardId = await boardOf(db, actor, body.board, 'inspection.manage', 'body.board');
  return inTransaction(db, async (tx) => {
    const row = await repo.insertPlan(tx, {
      boardId,
      year: body.year,
      name: body.name,
      note: body.note ?? '',
    });
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: INSPECTION_ENTITY.plan,
        entityId: row.id,
        entityKey: row.name,
        after: row,
      },
    ]);
    return planDetail(tx, row);
  });
}

export async function updatePlan(
  db: Executor,
  actor: Actor,
  id: string,
  body: UpdatePlanBody,
): Promise<InspectionPlanDetail> {
  return inTransaction(db, async (tx) => {
    const current = await loadPlan(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    if (body.year !== undefined && body.year !== current.year && current.status !== 'draft')
      throw InspectionErrors.INSPECTION_PLAN_NOT_DRAFT([
        { path: 'body.year', message: 'Không đổi được năm của kế hoạch đã phê duyệt.', reason: 'approved' },
      ]);
    const values: Partial<typeof inspectionPlans.$inferInsert> = {};
    if (body.year !== undefined) values.year = body.year;
    if (body.name !== undefined) values.name = body.name;
    if (body.note !== undefined) values.note = body.note;
    const row = await updateVersioned(tx, inspectionPlans, id, body.version, current.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.plan,
        entityId: id,
        entityKey: row.name,
        before: current,
        after: row,
      },
    ]);
    return planDetail(tx, row);
  });
}

export async function deletePlan(db: Executor, actor: Actor, id: string, version: number): Promise<void> {
  await inTransaction(db, async (tx) => {
    const current = await loadPlan(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(version, current.version);
    if (current.status !== 'draft') throw InspectionErrors.INSPECTION_PLAN_NOT_DRAFT();
    const items = await repo.itemsOfPlans(tx, [id]);
    await repo.deletePlan(tx, id);
    await recordAudit(tx, actor, [
      ...items.map((item) => ({
        boardId: current.boardId,
        action: 'delete' as const,
        entityType: INSPECTION_ENTITY.planItem,
        entityId: item.id,
        before: item,
      })),
      {
        boardId: current.boardId,
        action: 'delete',
        entityType: INSPECTION_ENTITY.plan,
        entityId: id,
        entityKey: current.name,
        before: current,
      },
    ]);
  });
}

/** Approves a draft plan by decision; overlaps do not block it (the answer lists them). */
export async function approvePlan(
  db: Executor,
  actor: Actor,
  id: string,
  body: ApprovePlanBody,
): Promise<InspectionPlanDetail> {
  return inTransaction(db, async (tx) => {
    const current = await loadPlan(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    if (current.status !== 'draft') throw InspectionErrors.INSPECTION_PLAN_NOT_DRAFT();
    if ((await repo.itemsOfPlans(tx, [id])).length === 0) throw InspectionErrors.INSPECTION_PLAN_EMPTY();
    const row = await updateVersioned(tx, inspectionPlans, id, body.version, current.version, {
      status: 'approved',
      decisionNumber: body.decisionNumber,
      decisionDate: body.decisionDate,
      approvedBy: body.approvedBy,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.plan,
        entityId: id,
        entityKey: row.name,
        before: current,
        after: row,
      },
    ]);
    return planDetail(tx, row);
  });
}

// ---------------------------------------------------------------------------------------------
// Plan items

async function itemAnswer(executor: Executor, item: repo.PlanItemRow): Promise<InspectionPlanItemAnswer> {
  const plan = (await repo.plansByIds(executor, [item.planId]))[0]!;
  const itemIds = (await repo.itemsOfPlans(executor, [plan.id])).map((i) => i.id);
  return {
    item: (await presentItems(executor, [item]))[0]!,
    overlaps: await planOverlaps(executor, plan, itemIds),
  };
}

export async function createPlanItem(
  db: Executor,
  actor: Actor,
  planId: string,
  body: CreatePlanItemBody,
): Promise<InspectionPlanItemAnswer> {
  return inTransaction(db, async (tx) => {
    const plan = await loadPlan(tx, actor, planId, true);
    assertManage(actor, plan.boardId);
    if (plan.status !== 'draft') throw InspectionErrors.INSPECTION_PLAN_NOT_DRAFT();
    await assertEnterpriseOfBoard(tx, plan.boardId, body.enterpriseId, 'body.enterpriseId');
    assertTopics(body.topics, 'body.topics');
    const row = await repo.insertPlanItem(tx, {
      boardId: plan.boardId,
      planId,
      enterpriseId: body.enterpriseId,
      topics: body.topics,
      plannedMonth: body.plannedMonth ?? null,
      cooperatingAgencies: body.cooperatingAgencies ?? [],
      leadUnit: body.leadUnit ?? '',
      note: body.note ?? '',
    });
    await recordAudit(tx, actor, [
      {
        boardId: plan.boardId,
        action: 'create',
        entityType: INSPECTION_ENTITY.planItem,
        entityId: row.id,
        after: row,
      },
    ]);
    return itemAnswer(tx, row);
  });
}

export async function updatePlanItem(
  db: Executor,
  actor: Actor,
  id: string,
  body: UpdatePlanItemBody,
): Promise<InspectionPlanItemAnswer> {
  return inTransaction(db, async (tx) => {
    const current = await loadItem(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    const plan = (await repo.plansByIds(tx, [current.planId]))[0]!;
    const done = (await repo.inspectionsUnderItems(tx, [id])).get(id) ?? [];
    const changesWhat =
      (body.enterpriseId !== undefined && body.enterpriseId !== current.enterpriseId) ||
      (body.topics !== undefined && body.topics.join() !== current.topics.join());
    if (changesWhat && plan.status !== 'draft')
      throw InspectionErrors.INSPECTION_PLAN_NOT_DRAFT([
        {
          path: body.enterpriseId !== undefined ? 'body.enterpriseId' : 'body.topics',
          message: 'Kế hoạch đã phê duyệt: chỉ sửa được tháng, cơ quan phối hợp, đơn vị chủ trì, ghi chú.',
          reason: 'approved',
        },
      ]);
    if (changesWhat && done.length > 0) throw InspectionErrors.INSPECTION_PLAN_ITEM_DONE();
    if (body.enterpriseId !== undefined)
      await assertEnterpriseOfBoard(tx, current.boardId, body.enterpriseId, 'body.enterpriseId');
    if (body.topics !== undefined) assertTopics(body.topics, 'body.topics');
    const values: Partial<typeof inspectionPlanItems.$inferInsert> = {};
    if (body.enterpriseId !== undefined) values.enterpriseId = body.enterpriseId;
    if (body.topics !== undefined) values.topics = body.topics;
    if (body.plannedMonth !== undefined) values.plannedMonth = body.plannedMonth;
    if (body.cooperatingAgencies !== undefined) values.cooperatingAgencies = body.cooperatingAgencies;
    if (body.leadUnit !== undefined) values.leadUnit = body.leadUnit;
    if (body.note !== undefined) values.note = body.note;
    const row = await updateVersioned(tx, inspectionPlanItems, id, body.version, current.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.planItem,
        entityId: id,
        before: current,
        after: row,
      },
    ]);
    return itemAnswer(tx, row);
  });
}

export async function deletePlanItem(db: Executor, actor: Actor, id: string, version: number): Promise<void> {
  await inTransaction(db, async (tx) => {
    const current = await loadItem(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(version, current.version);
    const plan = (await repo.plansByIds(tx, [current.planId]))[0]!;
    if (plan.status !== 'draft') throw InspectionErrors.INSPECTION_PLAN_NOT_DRAFT();
    if (((await repo.inspectionsUnderItems(tx, [id])).get(id) ?? []).length > 0)
      throw InspectionErrors.INSPECTION_PLAN_ITEM_DONE();
    await repo.deletePlanItem(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'delete',
        entityType: INSPECTION_ENTITY.planItem,
        entityId: id,
        before: current,
      },
    ]);
  });
}

// ---------------------------------------------------------------------------------------------
// Findings (presentation first: inspections show theirs)

function presentFinding(row: repo.FindingRow, asOf: string): InspectionFinding {
  const standing = { status: row.status as 'open' | 'closed', remedyDueOn: row.remedyDueOn };
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    topic: row.topic as InspectionTopic,
    description: row.description,
    legalBasis: row.legalBasis,
    severity: row.severity as InspectionFinding['severity'],
    fineDong: row.fineDong === null ? null : row.fineDong.toString(),
    remedy: row.remedy,
    remedyDueOn: row.remedyDueOn,
    status: standing.status,
    closedOn: row.closedOn,
    closingNote: row.closingNote,
    state: findingState(standing, asOf),
    daysOverdue: findingDaysOverdue(standing, asOf),
    version: row.version,
  };
}

export function presentFollowUp(
  row: repo.FollowUpRow & { createdByName: string | null },
): InspectionFollowUp {
  return {
    id: row.id,
    findingId: row.findingId,
    reportedOn: row.reportedOn,
    note: row.note,
    evidence: row.evidence,
    file:
      row.fileName === null || row.contentType === null
        ? null
        : {
            name: row.fileName,
            contentType: row.contentType as NonNullable<InspectionFollowUp['file']>['contentType'],
            size: row.size ?? 0,
          },
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

async function findingDetails(
  executor: Executor,
  rows: readonly repo.FindingRow[],
  asOf: string,
): Promise<InspectionFindingDetail[]> {
  const followUps = await repo.followUpsOfFindings(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...presentFinding(row, asOf),
    followUps: followUps.filter((f) => f.findingId === row.id).map(presentFollowUp),
  }));
}

// ---------------------------------------------------------------------------------------------
// Inspections

async function presentInspections(
  executor: Executor,
  rows: readonly repo.InspectionRow[],
): Promise<Inspection[]> {
  const names = await repo.enterprisesByIds(
    executor,
    rows.map((r) => r.enterpriseId),
  );
  const items = await repo.itemsByIds(
    executor,
    rows.flatMap((r) => (r.planItemId ? [r.planItemId] : [])),
  );
  const plans = new Map(
    (
      await repo.plansByIds(
        executor,
        items.map((i) => i.planId),
      )
    ).map((p) => [p.id, p]),
  );
  const planOfItem = new Map(items.map((i) => [i.id, plans.get(i.planId)!]));
  const findings = await repo.findingsOfInspections(
    executor,
    rows.map((r) => r.id),
  );
  const directory = await boardDirectory(executor, { ids: rows.map((r) => r.boardId) });
  return rows.map((row) => {
    const e = names.get(row.enterpriseId)!;
    const own = findings.filter((f) => f.inspectionId === row.id);
    const plan = row.planItemId ? planOfItem.get(row.planItemId) : undefined;
    return {
      id: row.id,
      board: directory.codeById.get(row.boardId) ?? '',
      kind: row.kind as Inspection['kind'],
      planItemId: row.planItemId,
      plan: plan ? { id: plan.id, name: plan.name, year: plan.year, itemId: row.planItemId! } : null,
      enterprise: { id: e.id, name: e.name, taxCode: e.taxCode },
      topics: row.topics as InspectionTopic[],
      basis: row.basis,
      startedOn: row.startedOn,
      endedOn: row.endedOn,
      teamLeader: row.teamLeader,
      teamMembers: row.teamMembers,
      cooperatingAgencies: row.cooperatingAgencies,
      enterpriseRepresentative: row.enterpriseRepresentative,
      summary: row.summary,
      status: row.status as Inspection['status'],
      recordNumber: row.recordNumber,
      recordedOn: row.recordedOn,
      conclusionNumber: row.conclusionNumber,
      concludedOn: row.concludedOn,
      conclusion: row.conclusion,
      findingCount: own.length,
      openFindingCount: own.filter((f) => f.status !== 'closed').length,
      finesDong: own.reduce((sum, f) => sum + (f.fineDong ?? 0n), 0n).toString(),
      version: row.version,
    };
  });
}

async function inspectionDetail(
  executor: Executor,
  row: repo.InspectionRow,
  asOf = vietnamToday(),
): Promise<InspectionDetail> {
  const [view] = await presentInspections(executor, [row]);
  const findings = await repo.findingsOfInspections(executor, [row.id]);
  const overlaps = (await overlapsOfYear(executor, row.boardId, yearOf(row.startedOn)))
    .filter((o) => o.ids.has(row.id))
    .map((o) => o.overlap);
  return { ...view!, findings: await findingDetails(executor, findings, asOf), overlaps };
}

export async function listInspections(db: Executor, actor: Actor, query: ListInspectionsQuery) {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const { rows, total } = await repo.listInspections(
    db,
    {
      boardId,
      year: query.year,
      status: query.status,
      enterpriseId: query.enterpriseId,
      topic: query.topic,
      kind: query.kind,
    },
    { page: query.page, pageSize: query.pageSize },
  );
  return { items: await presentInspections(db, rows), page: query.page, pageSize: query.pageSize, total };
}

export async function getInspection(db: Executor, actor: Actor, id: string): Promise<InspectionDetail> {
  return inspectionDetail(db, await loadInspection(db, actor, id));
}

export async function createInspection(
  db: Executor,
  actor: Actor,
  body: CreateInspectionBody,
): Promise<InspectionDetail> {
  if ((body.planItemId === undefined) === (body.enterpriseId === undefined))
    throw InspectionErrors.INSPECTION_KIND_INVALID([
      {
        path: body.planItemId === undefined ? 'body.enterpriseId' : 'body.planItemId',
        message: 'Ghi hoặc dòng kế hoạch, hoặc doanh nghiệp (kiểm tra đột xuất).',
        reason: 'plan_item_or_enterprise',
      },
    ]);
  if (body.endedOn !== undefined)
    assertNotBefore(body.startedOn, body.endedOn, 'body.endedOn', 'Ngày kết thúc');
  return inTransaction(db, async (tx) => {
    let boardId: string;
    let enterpriseId: string;
    if (body.planItemId !== undefined) {
      const item = await loadItem(tx, actor, body.planItemId, true);
      if (body.board !== undefined && (await boardCode(tx, item.boardId)) !== body.board)
        throw InspectionErrors.INSPECTION_PLAN_ITEM_NOT_FOUND();
      boardId = item.boardId;
      assertManage(actor, boardId);
      const plan = (await repo.plansByIds(tx, [item.planId]))[0]!;
      if (plan.status !== 'approved')
        throw InspectionErrors.INSPECTION_PLAN_NOT_APPROVED([
          {
            path: 'body.planItemId',
            message: `Kế hoạch «${plan.name}» chưa được phê duyệt.`,
            reason: 'draft',
          },
        ]);
      assertTopics(body.topics, 'body.topics', item.topics);
      enterpriseId = item.enterpriseId;
    } else {
      boardId = await boardOf(tx, actor, body.board, 'inspection.manage', 'body.board');
      enterpriseId = (await assertEnterpriseOfBoard(tx, boardId, body.enterpriseId!, 'body.enterpriseId')).id;
      assertTopics(body.topics, 'body.topics');
    }
    const row = await repo.insertInspection(tx, {
      boardId,
      planItemId: body.planItemId ?? null,
      enterpriseId,
      kind: body.planItemId !== undefined ? 'planned' : 'unplanned',
      topics: body.topics,
      basis: body.basis,
      startedOn: body.startedOn,
      endedOn: body.endedOn ?? null,
      teamLeader: body.teamLeader,
      teamMembers: body.teamMembers,
      cooperatingAgencies: body.cooperatingAgencies,
      enterpriseRepresentative: body.enterpriseRepresentative ?? '',
      summary: body.summary ?? '',
    });
    await recordAudit(tx, actor, [
      { boardId, action: 'create', entityType: INSPECTION_ENTITY.inspection, entityId: row.id, after: row },
    ]);
    return inspectionDetail(tx, row);
  });
}

/** Fields a concluded inspection still takes: the record's number and date, the summary. */
const AFTER_CONCLUSION = new Set(['version', 'recordNumber', 'recordedOn', 'summary']);

export async function updateInspection(
  db: Executor,
  actor: Actor,
  id: string,
  body: UpdateInspectionBody,
): Promise<InspectionDetail> {
  return inTransaction(db, async (tx) => {
    const current = await loadInspection(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    if (current.status === 'concluded') {
      const refused = Object.keys(body).filter(
        (k) => !AFTER_CONCLUSION.has(k) && body[k as keyof UpdateInspectionBody] !== undefined,
      );
      if (refused.length > 0)
        throw InspectionErrors.INSPECTION_CONCLUDED(
          refused.map((k) => ({
            path: `body.${k}`,
            message: 'Cuộc kiểm tra đã có kết luận: chỉ sửa được số, ngày biên bản và nội dung biên bản.',
            reason: 'concluded',
          })),
        );
    }
    if (body.topics !== undefined) {
      const item = current.planItemId ? (await repo.itemsByIds(tx, [current.planItemId]))[0] : undefined;
      assertTopics(body.topics, 'body.topics', item?.topics);
      const used = (await repo.findingsOfInspections(tx, [id])).map((f) => f.topic);
      const dropped = [...new Set(used)].filter((t) => !body.topics!.includes(t as InspectionTopic));
      if (dropped.length > 0)
        throw InspectionErrors.INSPECTION_TOPICS_INVALID(
          dropped.map((t) => ({
            path: 'body.topics',
            message: `Đã có vi phạm về «${INSPECTION_TOPIC_LABELS[t as InspectionTopic]}»: không bỏ được nội dung này.`,
            reason: 'used_by_finding',
            value: t,
          })),
        );
    }
    const startedOn = body.startedOn ?? current.startedOn;
    const endedOn = body.endedOn !== undefined ? body.endedOn : current.endedOn;
    const recordedOn = body.recordedOn !== undefined ? body.recordedOn : current.recordedOn;
    assertNotBefore(startedOn, endedOn, 'body.endedOn', 'Ngày kết thúc');
    assertNotBefore(startedOn, recordedOn, 'body.recordedOn', 'Ngày lập biên bản');
    const values: Partial<typeof inspections.$inferInsert> = {};
    for (const key of [
      'topics',
      'basis',
      'startedOn',
      'endedOn',
      'teamLeader',
      'teamMembers',
      'cooperatingAgencies',
      'enterpriseRepresentative',
      'summary',
      'recordNumber',
      'recordedOn',
    ] as const)
      if (body[key] !== undefined) (values as Record<string, unknown>)[key] = body[key];
    const row = await updateVersioned(tx, inspections, id, body.version, current.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.inspection,
        entityId: id,
        before: current,
        after: row,
      },
    ]);
    return inspectionDetail(tx, row);
  });
}

export async function concludeInspection(
  db: Executor,
  actor: Actor,
  id: string,
  body: ConcludeInspectionBody,
): Promise<InspectionDetail> {
  return inTransaction(db, async (tx) => {
    const current = await loadInspection(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    if (current.status === 'concluded') throw InspectionErrors.INSPECTION_CONCLUDED();
    assertNotBefore(current.startedOn, body.concludedOn, 'body.concludedOn', 'Ngày kết luận');
    assertNotBefore(
      current.endedOn ?? current.startedOn,
      body.concludedOn,
      'body.concludedOn',
      'Ngày kết luận',
    );
    const row = await updateVersioned(tx, inspections, id, body.version, current.version, {
      status: 'concluded',
      conclusionNumber: body.conclusionNumber,
      concludedOn: body.concludedOn,
      conclusion: body.conclusion,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.inspection,
        entityId: id,
        before: current,
        after: row,
      },
    ]);
    return inspectionDetail(tx, row);
  });
}

// ---------------------------------------------------------------------------------------------
// Findings

function assertFine(fine: string | null | undefined): void {
  if (fine !== null && fine !== undefined && !isFineDong(fine))
    throw InspectionErrors.INSPECTION_FINE_INVALID([
      {
        path: 'body.fineDong',
        message: 'Số tiền phạt phải là số nguyên không âm (đồng).',
        reason: 'invalid',
        value: fine,
      },
    ]);
}

function assertFindingTopic(inspection: repo.InspectionRow, topic: string): void {
  if (!inspection.topics.includes(topic))
    throw InspectionErrors.INSPECTION_TOPICS_INVALID([
      {
        path: 'body.topic',
        message: `Cuộc kiểm tra không có nội dung «${INSPECTION_TOPIC_LABELS[topic as InspectionTopic]}».`,
        reason: 'outside_inspection',
        value: topic,
      },
    ]);
}

async function findingAnswer(executor: Executor, row: repo.FindingRow): Promise<InspectionFindingDetail> {
  return (await findingDetails(executor, [row], vietnamToday()))[0]!;
}

export async function createFinding(
  db: Executor,
  actor: Actor,
  inspectionId: string,
  body: CreateFindingBody,
): Promise<InspectionFindingDetail> {
  return inTransaction(db, async (tx) => {
    const inspection = await loadInspection(tx, actor, inspectionId, true);
    assertManage(actor, inspection.boardId);
    if (inspection.status === 'concluded') throw InspectionErrors.INSPECTION_CONCLUDED();
    assertFindingTopic(inspection, body.topic);
    assertFine(body.fineDong);
    assertNotBefore(inspection.startedOn, body.remedyDueOn, 'body.remedyDueOn', 'Hạn khắc phục');
    const row = await repo.insertFinding(tx, {
      boardId: inspection.boardId,
      inspectionId,
      topic: body.topic,
      description: body.description,
      legalBasis: body.legalBasis,
      severity: body.severity,
      fineDong: body.fineDong === undefined ? null : BigInt(body.fineDong),
      remedy: body.remedy,
      remedyDueOn: body.remedyDueOn ?? null,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'create',
        entityType: INSPECTION_ENTITY.finding,
        entityId: row.id,
        after: row,
      },
    ]);
    return findingAnswer(tx, row);
  });
}

export async function updateFinding(
  db: Executor,
  actor: Actor,
  id: string,
  body: UpdateFindingBody,
): Promise<InspectionFindingDetail> {
  return inTransaction(db, async (tx) => {
    const current = await loadFinding(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    if (current.status === 'closed') throw InspectionErrors.INSPECTION_FINDING_CLOSED();
    const inspection = (await repo.findInspection(tx, [current.boardId], current.inspectionId))!;
    if (body.topic !== undefined) assertFindingTopic(inspection, body.topic);
    assertFine(body.fineDong);
    assertNotBefore(inspection.startedOn, body.remedyDueOn, 'body.remedyDueOn', 'Hạn khắc phục');
    const values: Partial<typeof inspectionFindings.$inferInsert> = {};
    for (const key of ['topic', 'description', 'legalBasis', 'severity', 'remedy', 'remedyDueOn'] as const)
      if (body[key] !== undefined) (values as Record<string, unknown>)[key] = body[key];
    if (body.fineDong !== undefined) values.fineDong = body.fineDong === null ? null : BigInt(body.fineDong);
    const row = await updateVersioned(tx, inspectionFindings, id, body.version, current.version, values);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.finding,
        entityId: id,
        before: current,
        after: row,
      },
    ]);
    return findingAnswer(tx, row);
  });
}

/** Appends a follow-up (kept as written); refused on a closed finding. */
export async function addFollowUp(
  db: Executor,
  actor: Actor,
  findingId: string,
  body: CreateFollowUpBody,
): Promise<InspectionFollowUp> {
  return inTransaction(db, async (tx) => {
    const finding = await loadFinding(tx, actor, findingId, true);
    assertManage(actor, finding.boardId);
    if (finding.status === 'closed') throw InspectionErrors.INSPECTION_FINDING_CLOSED();
    const inspection = (await repo.findInspection(tx, [finding.boardId], finding.inspectionId))!;
    assertNotBefore(inspection.startedOn, body.reportedOn, 'body.reportedOn', 'Ngày báo cáo khắc phục');
    const row = await repo.insertFollowUp(tx, {
      boardId: finding.boardId,
      findingId,
      reportedOn: body.reportedOn,
      note: body.note,
      evidence: body.evidence ?? '',
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, [
      {
        boardId: finding.boardId,
        action: 'create',
        entityType: INSPECTION_ENTITY.followUp,
        entityId: row.id,
        after: row,
      },
    ]);
    const [withName] = await repo
      .followUpsOfFindings(tx, [findingId])
      .then((all) => all.filter((f) => f.id === row.id));
    return presentFollowUp(withName!);
  });
}

export async function closeFinding(
  db: Executor,
  actor: Actor,
  id: string,
  body: CloseFindingBody,
): Promise<InspectionFindingDetail> {
  return inTransaction(db, async (tx) => {
    const current = await loadFinding(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    if (current.status === 'closed') throw InspectionErrors.INSPECTION_FINDING_CLOSED();
    const inspection = (await repo.findInspection(tx, [current.boardId], current.inspectionId))!;
    assertNotBefore(inspection.startedOn, body.closedOn, 'body.closedOn', 'Ngày đóng');
    if (!(await repo.hasEvidence(tx, id)))
      throw InspectionErrors.INSPECTION_FINDING_NO_EVIDENCE([
        {
          path: 'body',
          message: 'Ghi kết quả khắc phục kèm chứng cứ trước khi đóng.',
          reason: 'no_evidence',
        },
      ]);
    const row = await updateVersioned(tx, inspectionFindings, id, body.version, current.version, {
      status: 'closed',
      closedOn: body.closedOn,
      closingNote: body.closingNote,
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.finding,
        entityId: id,
        before: current,
        after: row,
      },
    ]);
    return findingAnswer(tx, row);
  });
}

export async function reopenFinding(
  db: Executor,
  actor: Actor,
  id: string,
  body: ReopenFindingBody,
): Promise<InspectionFindingDetail> {
  return inTransaction(db, async (tx) => {
    const current = await loadFinding(tx, actor, id, true);
    assertManage(actor, current.boardId);
    checkVersion(body.version, current.version);
    if (current.status !== 'closed') throw InspectionErrors.INSPECTION_FINDING_NOT_CLOSED();
    const row = await updateVersioned(tx, inspectionFindings, id, body.version, current.version, {
      status: 'open',
      closedOn: null,
      closingNote: '',
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: INSPECTION_ENTITY.finding,
        entityId: id,
        before: current,
        after: row,
        reason: body.reason,
      },
    ]);
    return findingAnswer(tx, row);
  });
}

/** The follow-up list across inspections: each finding's enterprise, inspection, state on asOf. */
export async function listFindings(
  db: Executor,
  actor: Actor,
  query: ListFindingsQuery,
): Promise<InspectionFindingList> {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const asOf = query.asOf ?? vietnamToday();
  const { rows, total } = await repo.listFindings(
    db,
    { boardIds: [boardId], states: query.state, asOf },
    { page: query.page, pageSize: query.pageSize },
  );
  const names = await repo.enterprisesByIds(
    db,
    rows.map((r) => r.inspection.enterpriseId),
  );
  const code = await boardCode(db, boardId);
  return {
    items: rows.map(({ finding, inspection }) => {
      const e = names.get(inspection.enterpriseId)!;
      return {
        ...presentFinding(finding, asOf),
        board: code,
        enterprise: { id: e.id, name: e.name, taxCode: e.taxCode },
        inspection: {
          id: inspection.id,
          kind: inspection.kind as 'planned' | 'unplanned',
          startedOn: inspection.startedOn,
          recordNumber: inspection.recordNumber,
          conclusionNumber: inspection.conclusionNumber,
        },
      };
    }),
    page: query.page,
    pageSize: query.pageSize,
    total,
    asOf,
  };
}
