import { and, asc, eq, inArray } from 'drizzle-orm';
import { inChunks, type Executor } from '../../kernel/db/database.ts';
import { inList, LOOKUP_CHUNK } from '../../kernel/db/sql-arrays.ts';
import { capitalImplementations } from './projects.tables.ts';

export type CapitalImplementationRow = typeof capitalImplementations.$inferSelect;

export async function implementationsOfProjects(
  executor: Executor,
  projectIds: string[],
): Promise<CapitalImplementationRow[]> {
  return inChunks(
    projectIds,
    (chunk) =>
      executor
        .select()
        .from(capitalImplementations)
        .where(inList(capitalImplementations.projectId, chunk, 'uuid'))
        .orderBy(asc(capitalImplementations.projectId), asc(capitalImplementations.asOf)),
    LOOKUP_CHUNK,
  );
}

export async function implementationsOfBoards(
  executor: Executor,
  boardIds: string[],
): Promise<CapitalImplementationRow[]> {
  if (boardIds.length === 0) return [];
  return executor
    .select()
    .from(capitalImplementations)
    .where(inArray(capitalImplementations.boardId, boardIds))
    .orderBy(asc(capitalImplementations.projectId), asc(capitalImplementations.asOf));
}

export async function findImplementationById(executor: Executor, boardIds: string[], id: string) {
  if (boardIds.length === 0) return null;
  const rows = await executor
    .select()
    .from(capitalImplementations)
    .where(and(eq(capitalImplementations.id, id), inArray(capitalImplementations.boardId, boardIds)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertImplementations(
  executor: Executor,
  values: (typeof capitalImplementations.$inferInsert)[],
) {
  return inChunks(values, (chunk) => executor.insert(capitalImplementations).values(chunk).returning());
}

export async function deleteImplementation(executor: Executor, id: string) {
  await executor.delete(capitalImplementations).where(eq(capitalImplementations.id, id));
}
