import { and, asc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { countRows, matchesSearch, pageOffset } from '../../kernel/db/listing.ts';
import { projects } from '../projects/index.ts';
import { users } from '../users/index.ts';
import { zones } from '../zones/index.ts';
import { enterpriseAccounts, enterpriseProjects, enterprises } from './enterprises.tables.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;

/** Ids per query in the look-ups by a list (tax codes, enterprises). */
const LOOKUP_CHUNK = 1000;

export interface EnterpriseFilter {
  boardIds: string[];
  /** An enterprise user sees only its own. */
  enterpriseId?: string | undefined;
  q?: string | undefined;
  zoneId?: string | undefined;
  investmentType?: 'FDI' | 'DDI' | undefined;
  /** In operation during [start, end]. */
  operatingFrom?: string | undefined;
  operatingTo?: string | undefined;
  /** Operating on this day (no end date, or one on or after it) or ceased before it. */
  state?: { on: string; operating: 'operating' | 'ceased' } | undefined;
}

function operatingState(state: EnterpriseFilter['state']): SQL | undefined {
  if (!state) return undefined;
  return state.operating === 'ceased'
    ? lt(enterprises.operatingUntil, state.on)
    : or(isNull(enterprises.operatingUntil), gte(enterprises.operatingUntil, state.on));
}

function operatingDuring(from: string | undefined, to: string | undefined): SQL | undefined {
  if (!from || !to) return undefined;
  return and(
    or(isNull(enterprises.operatingSince), lte(enterprises.operatingSince, to)),
    or(isNull(enterprises.operatingUntil), gte(enterprises.operatingUntil, from)),
  );
}

function whereEnterprises(filter: EnterpriseFilter) {
  return and(
    inArray(enterprises.boardId, filter.boardIds),
    filter.enterpriseId ? eq(enterprises.id, filter.enterpriseId) : undefined,
    filter.zoneId ? eq(enterprises.zoneId, filter.zoneId) : undefined,
    filter.investmentType ? eq(enterprises.investmentType, filter.investmentType) : undefined,
    operatingDuring(filter.operatingFrom, filter.operatingTo),
    operatingState(filter.state),
    matchesSearch(enterprises.searchText, filter.q),
  );
}

export async function listEnterprises(
  executor: Executor,
  filter: EnterpriseFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: EnterpriseRow[]; total: number }> {
  if (filter.boardIds.length === 0) return { rows: [], total: 0 };
  const where = whereEnterprises(filter);
  const rows = await executor
    .select()
    .from(enterprises)
    .where(where)
    .orderBy(asc(enterprises.name), asc(enterprises.taxCode))
    .limit(page.pageSize)
    .offset(pageOffset(page));
  return { rows, total: await countRows(executor, enterprises, where) };
}

/** Every enterprise of a board in operation during a period (completeness, reminders). */
export async function enterprisesOperating(
  executor: Executor,
  boardId: string,
  from: string,
  to: string,
): Promise<EnterpriseRow[]> {
  return executor
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.boardId, boardId), operatingDuring(from, to)))
    .orderBy(asc(enterprises.name), asc(enterprises.taxCode));
}

export async function enterprisesOfBoards(executor: Executor, boardIds: string[]): Promise<EnterpriseRow[]> {
  if (boardIds.length === 0) return [];
  return executor
    .select()
    .from(enterprises)
    .where(inArray(enterprises.boardId, boardIds))
    .orderBy(asc(enterprises.taxCode));
}

export async function findEnterpriseById(
  executor: Executor,
  boardIds: string[],
  id: string,
): Promise<EnterpriseRow | null> {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.id, id), inArray(enterprises.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findEnterpriseByTaxCode(executor: Executor, boardId: string, taxCode: string) {
  const rows = await executor
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.boardId, boardId), eq(enterprises.taxCode, taxCode)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findEnterprisesByTaxCodes(
  executor: Executor,
  boardIds: string[],
  taxCodes: string[],
): Promise<EnterpriseRow[]> {
  if (boardIds.length === 0) return [];
  return inChunks(
    taxCodes,
    (chunk) =>
      executor
        .select()
        .from(enterprises)
        .where(and(inArray(enterprises.boardId, boardIds), inArray(enterprises.taxCode, chunk))),
    LOOKUP_CHUNK,
  );
}

export async function insertEnterprise(executor: Executor, values: typeof enterprises.$inferInsert) {
  return (await executor.insert(enterprises).values(values).returning())[0]!;
}

export async function insertEnterprises(
  executor: Executor,
  values: (typeof enterprises.$inferInsert)[],
): Promise<EnterpriseRow[]> {
  return inChunks(values, (chunk) => executor.insert(enterprises).values(chunk).returning());
}

// ── The projects an enterprise carries out ─────────────────────────────────────

/** Of the given project ids, those that belong to the board. */
export async function projectIdsInBoard(executor: Executor, boardId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await executor
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.boardId, boardId), inArray(projects.id, ids)));
  return rows.map((r) => r.id);
}

/** Each enterprise's project ids, in id order. */
export async function projectIdsOfEnterprises(
  executor: Executor,
  enterpriseIds: string[],
): Promise<Map<string, string[]>> {
  const rows = await inChunks(
    enterpriseIds,
    (chunk) =>
      executor
        .select()
        .from(enterpriseProjects)
        .where(inArray(enterpriseProjects.enterpriseId, chunk))
        .orderBy(asc(enterpriseProjects.projectId)),
    LOOKUP_CHUNK,
  );
  const byEnterprise = new Map<string, string[]>();
  for (const row of rows)
    byEnterprise.set(row.enterpriseId, [...(byEnterprise.get(row.enterpriseId) ?? []), row.projectId]);
  return byEnterprise;
}

export async function replaceEnterpriseProjects(
  executor: Executor,
  boardId: string,
  enterpriseId: string,
  projectIds: string[],
) {
  await executor.delete(enterpriseProjects).where(eq(enterpriseProjects.enterpriseId, enterpriseId));
  const unique = [...new Set(projectIds)];
  if (unique.length > 0)
    await executor
      .insert(enterpriseProjects)
      .values(unique.map((projectId) => ({ enterpriseId, projectId, boardId })));
}

/** The zone and the projects an enterprise names, with their codes and names (its detail). */
export async function namedReferences(executor: Executor, zoneId: string, projectIds: string[]) {
  const [zone] = await executor
    .select({ id: zones.id, code: zones.code, name: zones.name })
    .from(zones)
    .where(eq(zones.id, zoneId))
    .limit(1);
  const named =
    projectIds.length === 0
      ? []
      : await executor
          .select({ id: projects.id, code: projects.code, name: projects.name })
          .from(projects)
          .where(inArray(projects.id, projectIds))
          .orderBy(asc(projects.code));
  return { zone: zone!, projects: named };
}

// ── Enterprise accounts ────────────────────────────────────────────────────────

/** The user ids of an enterprise's accounts. */
export async function accountUserIdsOfEnterprise(executor: Executor, enterpriseId: string) {
  const rows = await executor
    .select({ userId: enterpriseAccounts.userId })
    .from(enterpriseAccounts)
    .where(eq(enterpriseAccounts.enterpriseId, enterpriseId));
  return rows.map((r) => r.userId);
}

/** Whether the user is one of the enterprise's accounts. */
export async function isAccountOfEnterprise(executor: Executor, enterpriseId: string, userId: string) {
  const rows = await executor
    .select({ userId: enterpriseAccounts.userId })
    .from(enterpriseAccounts)
    .where(and(eq(enterpriseAccounts.enterpriseId, enterpriseId), eq(enterpriseAccounts.userId, userId)))
    .limit(1);
  return rows.length > 0;
}

export async function enterpriseIdOfUser(executor: Executor, userId: string): Promise<string | null> {
  const rows = await executor
    .select({ enterpriseId: enterpriseAccounts.enterpriseId })
    .from(enterpriseAccounts)
    .where(eq(enterpriseAccounts.userId, userId))
    .limit(1);
  return rows[0]?.enterpriseId ?? null;
}

export async function insertEnterpriseAccount(
  executor: Executor,
  values: typeof enterpriseAccounts.$inferInsert,
) {
  await executor.insert(enterpriseAccounts).values(values);
}

/** The enabled accounts' usernames of each enterprise (reminders). */
export async function usernamesOfEnterprises(executor: Executor, enterpriseIds: string[]) {
  const byEnterprise = new Map<string, string[]>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const rows = await executor
    .select({ enterpriseId: enterpriseAccounts.enterpriseId, username: users.username })
    .from(enterpriseAccounts)
    .innerJoin(users, eq(users.id, enterpriseAccounts.userId))
    .where(and(inArray(enterpriseAccounts.enterpriseId, enterpriseIds), isNull(users.disabledAt)))
    .orderBy(asc(users.username));
  for (const row of rows)
    byEnterprise.set(row.enterpriseId, [...(byEnterprise.get(row.enterpriseId) ?? []), row.username]);
  return byEnterprise;
}

export async function enterprisesOfZones(executor: Executor, zoneIds: string[]): Promise<EnterpriseRow[]> {
  if (zoneIds.length === 0) return [];
  return executor
    .select()
    .from(enterprises)
    .where(inArray(enterprises.zoneId, zoneIds))
    .orderBy(asc(enterprises.taxCode));
}

/** Moves enterprises, their project links and accounts to another board; the accounts' user ids. */
export async function setEnterprisesBoard(
  executor: Executor,
  enterpriseIds: string[],
  boardId: string,
): Promise<string[]> {
  const accountUserIds: string[] = [];
  await inChunks(enterpriseIds, async (chunk) => {
    await executor
      .update(enterprises)
      .set({ boardId, version: sql`${enterprises.version} + 1`, updatedAt: sql`now()` })
      .where(inArray(enterprises.id, chunk));
    await executor
      .update(enterpriseProjects)
      .set({ boardId })
      .where(inArray(enterpriseProjects.enterpriseId, chunk));
    const accounts = await executor
      .update(enterpriseAccounts)
      .set({ boardId })
      .where(inArray(enterpriseAccounts.enterpriseId, chunk))
      .returning({ userId: enterpriseAccounts.userId });
    accountUserIds.push(...accounts.map((a) => a.userId));
    return [];
  });
  return accountUserIds;
}
