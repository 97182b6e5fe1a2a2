import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { inList, LOOKUP_CHUNK } from '../../kernel/db/sql-arrays.ts';
import { pageOffset } from '../../kernel/db/listing.ts';
import { searchTerms } from '../../../domain/text.ts';
import { investors } from '../investors/index.ts';
import { zones } from '../zones/index.ts';
import { registeredCapitalSql } from './ledger.sql.ts';
import { capitalImplementations, licensingEvents, projectInvestors, projects } from './projects.tables.ts';

export type ProjectRow = typeof projects.$inferSelect;

export interface ProjectFilter {
  boardIds: string[];
  zoneIds?: string[] | undefined;
  investmentTypes?: ProjectRow['investmentType'][] | undefined;
  statuses?: ProjectRow['status'][] | undefined;
  licensedFrom?: string | undefined;
  licensedTo?: string | undefined;
  inForceAt?: string | undefined;
  investorId?: string | undefined;
  q?: string | undefined;
}

function escapeLike(term: string) {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every word must occur in the project's code or name, or in one of its investors' names. */
function projectSearch(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const terms = searchTerms(q);
  if (terms.length === 0) return undefined;
  return and(
    ...terms.map((term) => {
      const pattern = `%${escapeLike(term)}%`;
      return or(
        sql`${projects.searchText} like ${pattern}`,
        sql`exists (select 1 from ${projectInvestors} pi join ${investors} i on i.id = pi.investor_id
                    where pi.project_id = ${projects.id} and i.search_text like ${pattern})`,
      );
    }),
  );
}

function whereProjects(filter: ProjectFilter) {
  return and(
    inArray(projects.boardId, filter.boardIds),
    filter.zoneIds?.length ? inArray(projects.zoneId, filter.zoneIds) : undefined,
    filter.investmentTypes?.length ? inArray(projects.investmentType, filter.investmentTypes) : undefined,
    filter.statuses?.length ? inArray(projects.status, filter.statuses) : undefined,
    filter.licensedFrom ? gte(projects.licensedOn, filter.licensedFrom) : undefined,
    filter.licensedTo ? lte(projects.licensedOn, filter.licensedTo) : undefined,
    filter.inForceAt
      ? sql`${projects.licensedOn} <= ${filter.inForceAt} and (${projects.terminatedOn} is null or ${projects.terminatedOn} > ${filter.inForceAt})`
      : undefined,
    filter.investorId
      ? sql`exists (select 1 from ${projectInvestors} pi where pi.project_id = ${projects.id} and pi.investor_id = ${filter.investorId})`
      : undefined,
    projectSearch(filter.q),
  );
}

/** The registered capital in đồng now (after every event), and the latest implemented capital. */
const registeredVndNow = registeredCapitalSql(sql`${projects.id}`, 'capital_vnd');
const implementedVndNow = sql`(select ci.implemented_vnd from ${capitalImplementations} ci
  where ci.project_id = ${projects.id} order by ci.as_of desc limit 1)`;

/** The list's orders; by a capital, projects without one come last either way. */
const SORTS = {
  code: [asc(projects.code)],
  name: [asc(projects.name), asc(projects.code)],
  licensedOn: [asc(projects.licensedOn), asc(projects.code)],
  '-licensedOn': [desc(projects.licensedOn), asc(projects.code)],
  registeredCapitalVnd: [sql`${registeredVndNow} asc nulls last`, asc(projects.code)],
  '-registeredCapitalVnd': [sql`${registeredVndNow} desc nulls last`, asc(projects.code)],
  implementedVnd: [sql`${implementedVndNow} asc nulls last`, asc(projects.code)],
  '-implementedVnd': [sql`${implementedVndNow} desc nulls last`, asc(projects.code)],
};

/** A project with its zone and current capitals, as lists and pages show it. */
const projectView = {
  project: projects,
  zoneCode: zones.code,
  zoneName: zones.name,
  registeredCapitalVnd: sql<string | null>`${registeredCapitalSql(sql`${projects.id}`, 'capital_vnd')}::text`,
  registeredCapitalUsd: sql<string | null>`${registeredCapitalSql(sql`${projects.id}`, 'capital_usd')}::text`,
  implemented: sql<
    string | null
  >`(select ci.implemented_vnd::text || '@' || ci.as_of::text from ${capitalImplementations} ci
      where ci.project_id = ${projects.id} order by ci.as_of desc limit 1)`,
};

export type ProjectViewRow = {
  project: ProjectRow;
  zoneCode: string;
  zoneName: string;
  registeredCapitalVnd: string | null;
  registeredCapitalUsd: string | null;
  implemented: string | null;
};

export async function listProjects(
  executor: Executor,
  filter: ProjectFilter,
  page: { page: number; pageSize: number; sort: keyof typeof SORTS },
): Promise<{ rows: ProjectViewRow[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = whereProjects(filter);
  const rows = await executor
    .select(projectView)
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(where)
    .orderBy(...SORTS[page.sort])
    .limit(page.pageSize)
    .offset(pageOffset(page));
  const count = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(projects)
    .where(where);
  return { rows, total: count[0]?.n ?? 0 };
}

export async function findProjectView(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<ProjectViewRow | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select(projectView)
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(and(eq(projects.id, id), inArray(projects.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findProjectById(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<ProjectRow | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(projects)
    .where(and(eq(projects.id, id), inArray(projects.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

/** Locks the project row for the rest of the transaction: serialises writes to one licensing history. */
export async function lockProject(executor: Executor, id: string): Promise<void> {
  await executor.execute(sql`select id from projects where id = ${id} for update`);
}

/** Projects with these codes in one board or several. */
export async function findProjectsByCodes(
  executor: Executor,
  boardIds: string | string[],
  codes: string[],
): Promise<ProjectRow[]> {
  const boards = typeof boardIds === 'string' ? [boardIds] : boardIds;
  if (boards.length === 0) return [];
  return inChunks(
    codes,
    (chunk) =>
      executor
        .select()
        .from(projects)
        .where(and(inArray(projects.boardId, boards), inList(projects.code, chunk, 'text'))),
    LOOKUP_CHUNK,
  );
}

export async function projectsOfBoards(
  executor: Executor,
  boardIds: string[],
): Promise<(ProjectRow & { zoneCode: string })[]> {
  if (boardIds.length === 0) return [];
  const rows = await executor
    .select({ project: projects, zoneCode: zones.code })
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .where(inArray(projects.boardId, boardIds))
    .orderBy(asc(projects.boardId), asc(projects.code));
  return rows.map((r) => ({ ...r.project, zoneCode: r.zoneCode }));
}

export async function insertProjects(
  executor: Executor,
  values: (typeof projects.$inferInsert)[],
): Promise<ProjectRow[]> {
  return inChunks(values, (chunk) => executor.insert(projects).values(chunk).returning());
}

export async function deleteProject(executor: Executor, id: string): Promise<void> {
  await executor.delete(projects).where(eq(projects.id, id));
}

export async function investorsOfProjects(executor: Executor, projectIds: string[]) {
  const rows = await inChunks(
    projectIds,
    (chunk) =>
      executor
        .select({ projectId: projectInvestors.projectId, investor: investors })
        .from(projectInvestors)
        .innerJoin(investors, eq(investors.id, projectInvestors.investorId))
        .where(inList(projectInvestors.projectId, chunk, 'uuid'))
        .orderBy(asc(projectInvestors.projectId), asc(projectInvestors.position)),
    LOOKUP_CHUNK,
  );
  const byProject = new Map<string, (typeof investors.$inferSelect)[]>();
  for (const row of rows) {
    const list = byProject.get(row.projectId) ?? [];
    list.push(row.investor);
    byProject.set(row.projectId, list);
  }
  return byProject;
}

export async function replaceProjectInvestors(
  executor: Executor,
  boardId: string,
  projectId: string,
  investorIds: string[],
) {
  await executor.delete(projectInvestors).where(eq(projectInvestors.projectId, projectId));
  const unique = [...new Set(investorIds)];
  if (unique.length > 0) {
    await executor
      .insert(projectInvestors)
      .values(unique.map((investorId, position) => ({ projectId, investorId, boardId, position })));
  }
}

export async function insertProjectInvestors(
  executor: Executor,
  values: (typeof projectInvestors.$inferInsert)[],
) {
  await inChunks(values, async (chunk) => {
    await executor.insert(projectInvestors).values(chunk);
    return [];
  });
}

export async function setLifecycle(
  executor: Executor,
  projectId: string,
  lifecycle: { status: ProjectRow['status']; licensedOn: string | null; terminatedOn: string | null },
) {
  await executor
    .update(projects)
    .set({ ...lifecycle, updatedAt: new Date() })
    .where(eq(projects.id, projectId));
}

export async function projectsOfZones(executor: Executor, zoneIds: string[]): Promise<ProjectRow[]> {
  if (zoneIds.length === 0) return [];
  return executor
    .select()
    .from(projects)
    .where(inArray(projects.zoneId, zoneIds))
    .orderBy(asc(projects.code));
}

/** Moves projects with their licensing history and implemented capital to another board. */
export async function setProjectsBoard(executor: Executor, projectIds: string[], boardId: string) {
  await inChunks(projectIds, async (chunk) => {
    await executor
      .update(projects)
      .set({ boardId, version: sql`${projects.version} + 1`, updatedAt: sql`now()` })
      .where(inArray(projects.id, chunk));
    await executor.update(licensingEvents).set({ boardId }).where(inArray(licensingEvents.projectId, chunk));
    await executor
      .update(capitalImplementations)
      .set({ boardId })
      .where(inArray(capitalImplementations.projectId, chunk));
    return [];
  });
}

/** Each project's investor links (in order), to re-point them at another board's investors. */
export async function investorLinksOfProjects(executor: Executor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return executor
    .select({
      projectId: projectInvestors.projectId,
      position: projectInvestors.position,
      name: investors.name,
      country: investors.country,
    })
    .from(projectInvestors)
    .innerJoin(investors, eq(investors.id, projectInvestors.investorId))
    .where(inArray(projectInvestors.projectId, projectIds))
    .orderBy(asc(projectInvestors.projectId), asc(projectInvestors.position));
}

export async function deleteInvestorLinks(executor: Executor, projectIds: string[]) {
  await inChunks(projectIds, async (chunk) => {
    await executor.delete(projectInvestors).where(inArray(projectInvestors.projectId, chunk));
    return [];
  });
}
