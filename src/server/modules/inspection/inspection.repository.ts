/** Inspection's queries: plans and items, inspections, findings and follow-ups, each scoped by board. */
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { pageOffset, type PageRequest } from '../../kernel/db/listing.ts';
import { addDays } from '../../../domain/calendar-date.ts';
import { DUE_SOON_DAYS, type FindingState } from '../../../domain/inspection.ts';
import { enterprises } from '../enterprises/index.ts';
import { users } from '../users/index.ts';
import {
  inspectionFindings,
  inspectionFollowUps,
  inspectionPlanItems,
  inspectionPlans,
  inspections,
} from './inspection.tables.ts';

export type PlanRow = typeof inspectionPlans.$inferSelect;
export type PlanItemRow = typeof inspectionPlanItems.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;
export type FindingRow = typeof inspectionFindings.$inferSelect;
/** A follow-up without its file's bytes; `size` is the file's length in bytes (null: no file). */
export type FollowUpRow = Omit<typeof inspectionFollowUps.$inferSelect, 'content'> & { size: number | null };
export interface EnterpriseRef {
  id: string;
  boardId: string;
  name: string;
  taxCode: string;
}

// ---------------------------------------------------------------------------------------------
// Finding one record of the boards given (another board's id finds nothing)

async function one<T>(rows: Promise<T[]>): Promise<T | undefined> {
  return (await rows)[0];
}

export function findPlan(executor: Executor, boardIds: string[], id: string, lock = false) {
  if (boardIds.length === 0) return Promise.resolve(undefined);
  const query = executor
    .select()
    .from(inspectionPlans)
    .where(and(eq(inspectionPlans.id, id), inArray(inspectionPlans.boardId, boardIds)));
  return one(lock ? query.for('update') : query);
}

export function findPlanItem(executor: Executor, boardIds: string[], id: string, lock = false) {
  if (boardIds.length === 0) return Promise.resolve(undefined);
  const query = executor
    .select()
    .from(inspectionPlanItems)
    .where(and(eq(inspectionPlanItems.id, id), inArray(inspectionPlanItems.boardId, boardIds)));
  return one(lock ? query.for('update') : query);
}

export function findInspection(executor: Executor, boardIds: string[], id: string, lock = false) {
  if (boardIds.length === 0) return Promise.resolve(undefined);
  const query = executor
    .select()
    .from(inspections)
    .where(and(eq(inspections.id, id), inArray(inspections.boardId, boardIds)));
  return one(lock ? query.for('update') : query);
}

export function findFinding(executor: Executor, boardIds: string[], id: string, lock = false) {
  if (boardIds.length === 0) return Promise.resolve(undefined);
  const query = executor
    .select()
    .from(inspectionFindings)
    .where(and(eq(inspectionFindings.id, id), inArray(inspectionFindings.boardId, boardIds)));
  return one(lock ? query.for('update') : query);
}

/** Enterprises by id (any board: the caller checks the board). */
export async function enterprisesByIds(
  executor: Executor,
  ids: readonly string[],
): Promise<Map<string, EnterpriseRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor
    .select({
      id: enterprises.id,
      boardId: enterprises.boardId,
      name: enterprises.name,
      taxCode: enterprises.taxCode,
    })
    .from(enterprises)
    .where(inArray(enterprises.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------------------------------------------------------------------------------------------
// Plans and items

export function plansOf(executor: Executor, boardId: string, year: number | undefined) {
  return executor
    .select()
    .from(inspectionPlans)
    .where(
      and(
        eq(inspectionPlans.boardId, boardId),
        year === undefined ? undefined : eq(inspectionPlans.year, year),
      ),
    )
    .orderBy(desc(inspectionPlans.year), asc(inspectionPlans.name), asc(inspectionPlans.id));
}

export function plansByIds(executor: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as PlanRow[]);
  return executor
    .select()
    .from(inspectionPlans)
    .where(inArray(inspectionPlans.id, [...new Set(ids)]));
}

export function itemsOfPlans(executor: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([] as PlanItemRow[]);
  return executor
    .select()
    .from(inspectionPlanItems)
    .where(inArray(inspectionPlanItems.planId, [...planIds]))
    .orderBy(asc(inspectionPlanItems.createdAt), asc(inspectionPlanItems.id));
}

export function itemsByIds(executor: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as PlanItemRow[]);
  return executor
    .select()
    .from(inspectionPlanItems)
    .where(inArray(inspectionPlanItems.id, [...new Set(ids)]));
}

/** The ids of the inspections done under each item. */
export async function inspectionsUnderItems(
  executor: Executor,
  itemIds: readonly string[],
): Promise<Map<string, string[]>> {
  const done = new Map<string, string[]>();
  if (itemIds.length === 0) return done;
  const rows = await executor
    .select({ id: inspections.id, planItemId: inspections.planItemId })
    .from(inspections)
    .where(inArray(inspections.planItemId, [...itemIds]))
    .orderBy(asc(inspections.startedOn), asc(inspections.id));
  for (const row of rows) {
    const list = done.get(row.planItemId!) ?? [];
    list.push(row.id);
    done.set(row.planItemId!, list);
  }
  return done;
}

/** Every plan item of the board's plans of a year, with its plan. */
export function itemsOfBoardYear(executor: Executor, boardId: string, year: number) {
  return executor
    .select({ item: inspectionPlanItems, plan: inspectionPlans })
    .from(inspectionPlanItems)
    .innerJoin(inspectionPlans, eq(inspectionPlans.id, inspectionPlanItems.planId))
    .where(and(eq(inspectionPlans.boardId, boardId), eq(inspectionPlans.year, year)))
    .orderBy(asc(inspectionPlans.name), asc(inspectionPlanItems.createdAt), asc(inspectionPlanItems.id));
}

/** The board's inspections begun in a year. */
export function inspectionsOfBoardYear(executor: Executor, boardId: string, year: number) {
  return executor
    .select()
    .from(inspections)
    .where(
      and(
        eq(inspections.boardId, boardId),
        gte(inspections.startedOn, `${year}-01-01`),
        lte(inspections.startedOn, `${year}-12-31`),
      ),
    )
    .orderBy(asc(inspections.startedOn), asc(inspections.id));
}

export async function insertPlan(executor: Executor, values: typeof inspectionPlans.$inferInsert) {
  return (await executor.insert(inspectionPlans).values(values).returning())[0]!;
}

export async function insertPlanItem(executor: Executor, values: typeof inspectionPlanItems.$inferInsert) {
  return (await executor.insert(inspectionPlanItems).values(values).returning())[0]!;
}

export async function deletePlan(executor: Executor, id: string) {
  await executor.delete(inspectionPlanItems).where(eq(inspectionPlanItems.planId, id));
  await executor.delete(inspectionPlans).where(eq(inspectionPlans.id, id));
}

export async function deletePlanItem(executor: Executor, id: string) {
  await executor.delete(inspectionPlanItems).where(eq(inspectionPlanItems.id, id));
}

// ---------------------------------------------------------------------------------------------
// Inspections

export interface InspectionFilter {
  boardId: string;
  year?: number | undefined;
  status?: string | undefined;
  enterpriseId?: string | undefined;
  topic?: string | undefined;
  kind?: string | undefined;
}

function inspectionWhere(filter: InspectionFilter): SQL | undefined {
  return and(
    eq(inspections.boardId, filter.boardId),
    filter.year === undefined ? undefined : gte(inspections.startedOn, `${filter.year}-01-01`),
    filter.year === undefined ? undefined : lte(inspections.startedOn, `${filter.year}-12-31`),
    filter.status === undefined ? undefined : eq(inspections.status, filter.status),
    filter.enterpriseId === undefined ? undefined : eq(inspections.enterpriseId, filter.enterpriseId),
    filter.kind === undefined ? undefined : eq(inspections.kind, filter.kind),
    filter.topic === undefined ? undefined : sql`${filter.topic} = any(${inspections.topics})`,
  );
}

export async function listInspections(executor: Executor, filter: InspectionFilter, page: PageRequest) {
  const where = inspectionWhere(filter);
  const rows = await executor
    .select()
    .from(inspections)
    .where(where)
    .orderBy(desc(inspections.startedOn), asc(inspections.id))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const [total] = await executor.select({ n: count() }).from(inspections).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function insertInspection(executor: Executor, values: typeof inspections.$inferInsert) {
  return (await executor.insert(inspections).values(values).returning())[0]!;
}

// ---------------------------------------------------------------------------------------------
// Findings and follow-ups

export function findingsOfInspections(executor: Executor, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return Promise.resolve([] as FindingRow[]);
  return executor
    .select()
    .from(inspectionFindings)
    .where(inArray(inspectionFindings.inspectionId, [...new Set(inspectionIds)]))
    .orderBy(asc(inspectionFindings.createdAt), asc(inspectionFindings.id));
}

const followUpColumns = {
  id: inspectionFollowUps.id,
  boardId: inspectionFollowUps.boardId,
  findingId: inspectionFollowUps.findingId,
  reportedOn: inspectionFollowUps.reportedOn,
  note: inspectionFollowUps.note,
  evidence: inspectionFollowUps.evidence,
  fileName: inspectionFollowUps.fileName,
  contentType: inspectionFollowUps.contentType,
  size: sql<number | null>`octet_length(${inspectionFollowUps.content})`.mapWith((v) =>
    v === null ? null : Number(v),
  ),
  createdBy: inspectionFollowUps.createdBy,
  createdAt: inspectionFollowUps.createdAt,
};

export async function followUpsOfFindings(executor: Executor, findingIds: readonly string[]) {
  if (findingIds.length === 0) return [] as (FollowUpRow & { createdByName: string | null })[];
  return executor
    .select({ ...followUpColumns, createdByName: users.fullName })
    .from(inspectionFollowUps)
    .leftJoin(users, eq(users.id, inspectionFollowUps.createdBy))
    .where(inArray(inspectionFollowUps.findingId, [...new Set(findingIds)]))
    .orderBy(
      asc(inspectionFollowUps.reportedOn),
      asc(inspectionFollowUps.createdAt),
      asc(inspectionFollowUps.id),
    );
}

export async function insertFinding(executor: Executor, values: typeof inspectionFindings.$inferInsert) {
  return (await executor.insert(inspectionFindings).values(values).returning())[0]!;
}

export async function insertFollowUp(executor: Executor, values: typeof inspectionFollowUps.$inferInsert) {
  return (await executor.insert(inspectionFollowUps).values(values).returning(followUpColumns))[0]!;
}

/** Whether a finding has a follow-up carrying evidence: in words, or a file. */
export async function hasEvidence(executor: Executor, findingId: string): Promise<boolean> {
  const [row] = await executor
    .select({ n: count() })
    .from(inspectionFollowUps)
    .where(
      and(
        eq(inspectionFollowUps.findingId, findingId),
        or(sql`${inspectionFollowUps.evidence} <> ''`, isNotNull(inspectionFollowUps.content)),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/** A follow-up of the boards given, without its file's bytes (another board's id finds nothing). */
export async function findFollowUp(
  executor: Executor,
  boardIds: string[],
  id: string,
  lock = false,
): Promise<FollowUpRow | undefined> {
  if (boardIds.length === 0) return undefined;
  const query = executor
    .select(followUpColumns)
    .from(inspectionFollowUps)
    .where(and(eq(inspectionFollowUps.id, id), inArray(inspectionFollowUps.boardId, boardIds)));
  return (await (lock ? query.for('update') : query))[0];
}

/**
 * Stores a follow-up's file, only if it has none yet (a follow-up is kept as written): the row
 * after, or undefined when a file was there already.
 */
export async function setFollowUpFile(
  executor: Executor,
  id: string,
  file: { fileName: string; contentType: string; content: Buffer },
): Promise<FollowUpRow | undefined> {
  const rows = await executor
    .update(inspectionFollowUps)
    .set(file)
    .where(and(eq(inspectionFollowUps.id, id), isNull(inspectionFollowUps.content)))
    .returning(followUpColumns);
  return rows[0];
}

/** A follow-up's file with its bytes, of the boards given. */
export async function followUpFile(executor: Executor, boardIds: string[], id: string) {
  if (boardIds.length === 0) return undefined;
  const [row] = await executor
    .select({
      fileName: inspectionFollowUps.fileName,
      contentType: inspectionFollowUps.contentType,
      content: inspectionFollowUps.content,
    })
    .from(inspectionFollowUps)
    .where(and(eq(inspectionFollowUps.id, id), inArray(inspectionFollowUps.boardId, boardIds)));
  return row;
}

/** The SQL of the findings in a state on `asOf` (as findingState computes it). */
function stateCondition(state: FindingState, asOf: string): SQL {
  const soon = addDays(asOf, DUE_SOON_DAYS);
  const open = eq(inspectionFindings.status, 'open');
  switch (state) {
    case 'closed':
      return eq(inspectionFindings.status, 'closed');
    case 'overdue':
      return and(open, lt(inspectionFindings.remedyDueOn, asOf))!;
    case 'due_soon':
      return and(open, gte(inspectionFindings.remedyDueOn, asOf), lte(inspectionFindings.remedyDueOn, soon))!;
    case 'open':
      return and(
        open,
        or(isNull(inspectionFindings.remedyDueOn), sql`${inspectionFindings.remedyDueOn} > ${soon}`),
      )!;
  }
}

export async function listFindings(
  executor: Executor,
  filter: { boardIds: string[]; states?: readonly FindingState[] | undefined; asOf: string },
  page: PageRequest,
) {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    inArray(inspectionFindings.boardId, filter.boardIds),
    filter.states && filter.states.length > 0
      ? or(...filter.states.map((s) => stateCondition(s, filter.asOf)))
      : undefined,
  );
  const rows = await executor
    .select({ finding: inspectionFindings, inspection: inspections })
    .from(inspectionFindings)
    .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
    .where(where)
    .orderBy(
      sql`${inspectionFindings.remedyDueOn} asc nulls last`,
      asc(inspections.startedOn),
      asc(inspectionFindings.id),
    )
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const [total] = await executor.select({ n: count() }).from(inspectionFindings).where(where);
  return { rows, total: total?.n ?? 0 };
}
