import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { inList, LOOKUP_CHUNK } from '../../kernel/db/sql-arrays.ts';
import { pageOffset } from '../../kernel/db/listing.ts';
import { zones } from '../zones/index.ts';
import { capitalBeforeSql } from './ledger.sql.ts';
import { licensingEvents, projects } from './projects.tables.ts';

export type LicensingEventRow = typeof licensingEvents.$inferSelect;

export async function eventsOfProjects(
  executor: Executor,
  projectIds: string[],
): Promise<LicensingEventRow[]> {
  return inChunks(
    projectIds,
    (chunk) =>
      executor
        .select()
        .from(licensingEvents)
        .where(inList(licensingEvents.projectId, chunk, 'uuid'))
        .orderBy(asc(licensingEvents.projectId), asc(licensingEvents.eventDate), asc(licensingEvents.seq)),
    LOOKUP_CHUNK,
  );
}

export async function eventsOfBoards(executor: Executor, boardIds: string[]): Promise<LicensingEventRow[]> {
  if (boardIds.length === 0) return [];
  return executor
    .select()
    .from(licensingEvents)
    .where(inArray(licensingEvents.boardId, boardIds))
    .orderBy(asc(licensingEvents.projectId), asc(licensingEvents.eventDate), asc(licensingEvents.seq));
}

/**
 * The certificate events (new, adjustment) of these boards bearing one of these document numbers,
 * whatever their project: who already uses a certificate number.
 */
export async function certificatesNumbered(
  executor: Executor,
  boardIds: string[],
  documentNos: string[],
): Promise<Pick<LicensingEventRow, 'boardId' | 'projectId' | 'kind' | 'documentNo'>[]> {
  if (boardIds.length === 0 || documentNos.length === 0) return [];
  return inChunks(
    [...new Set(documentNos)],
    (wanted) =>
      executor
        .select({
          boardId: licensingEvents.boardId,
          projectId: licensingEvents.projectId,
          kind: licensingEvents.kind,
          documentNo: licensingEvents.documentNo,
        })
        .from(licensingEvents)
        .where(
          and(
            inArray(licensingEvents.boardId, boardIds),
            inArray(licensingEvents.kind, ['new', 'adjustment']),
            inList(licensingEvents.documentNo, wanted, 'text'),
          ),
        ),
    LOOKUP_CHUNK,
  );
}

export async function findEventById(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<LicensingEventRow | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(licensingEvents)
    .where(and(eq(licensingEvents.id, id), inArray(licensingEvents.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertEvents(
  executor: Executor,
  values: (typeof licensingEvents.$inferInsert)[],
): Promise<LicensingEventRow[]> {
  return inChunks(values, (chunk) => executor.insert(licensingEvents).values(chunk).returning());
}

export async function deleteEvent(executor: Executor, id: string): Promise<void> {
  await executor.delete(licensingEvents).where(eq(licensingEvents.id, id));
}

export interface BoardEventFilter {
  boardIds: string[];
  zoneIds?: string[] | undefined;
  projectId?: string | undefined;
  kinds?: LicensingEventRow['kind'][] | undefined;
  investmentTypes?: ('FDI' | 'DDI')[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  change?: 'increase' | 'decrease' | undefined;
}

export interface BoardEventRow {
  event: LicensingEventRow;
  projectCode: string;
  projectName: string;
  investmentType: 'FDI' | 'DDI';
  zoneCode: string;
  vndBefore: string | null;
  usdBefore: string | null;
}

/** Licensing events across projects, each with the capital in force before it (drill-down of reports). */
export async function listBoardEvents(
  executor: Executor,
  filter: BoardEventFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: BoardEventRow[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const vndBefore = sql`${capitalBeforeSql('licensing_events', 'capital_vnd')}`;
  const changeCondition =
    filter.change === 'increase'
      ? sql`${licensingEvents.kind} = 'adjustment' and ${licensingEvents.capitalVnd} > ${vndBefore}`
      : filter.change === 'decrease'
        ? sql`${licensingEvents.kind} = 'adjustment' and ${licensingEvents.capitalVnd} < ${vndBefore}`
        : undefined;
  const where = and(
    inArray(licensingEvents.boardId, filter.boardIds),
    filter.projectId ? eq(licensingEvents.projectId, filter.projectId) : undefined,
    filter.zoneIds?.length ? inArray(projects.zoneId, filter.zoneIds) : undefined,
    filter.kinds?.length ? inArray(licensingEvents.kind, filter.kinds) : undefined,
    filter.investmentTypes?.length ? inArray(projects.investmentType, filter.investmentTypes) : undefined,
    filter.from ? gte(licensingEvents.eventDate, filter.from) : undefined,
    filter.to ? lte(licensingEvents.eventDate, filter.to) : undefined,
    changeCondition,
  );
  const rows = await executor
    .select({
      event: licensingEvents,
      projectCode: projects.code,
      projectName: projects.name,
      investmentType: projects.investmentType,
      zoneCode: zones.code,
      vndBefore: sql<string | null>`${vndBefore}::text`,
      usdBefore: sql<string | null>`${capitalBeforeSql('licensing_events', 'capital_usd')}::text`,
    })
    .from(licensingEvents)
    .innerJoin(projects, eq(projects.id, licensingEvents.projectId))
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(where)
    .orderBy(asc(licensingEvents.eventDate), asc(projects.code), asc(licensingEvents.seq))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const count = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(licensingEvents)
    .innerJoin(projects, eq(projects.id, licensingEvents.projectId))
    .where(where);
  return { rows, total: count[0]?.n ?? 0 };
}
