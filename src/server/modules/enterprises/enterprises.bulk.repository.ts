/**
 * Set-based writes of a large data package (the bulk path of the import), beside
 * enterprises.repository.ts: one statement per chunk of tens of thousands of rows.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { inBulkChunks, sqlArray } from '../../kernel/db/sql-arrays.ts';

/** Links of new enterprises to the projects they carry out. */
export async function insertEnterpriseProjectsInBulk(
  executor: Executor,
  links: readonly { enterpriseId: string; projectId: string; boardId: string }[],
): Promise<void> {
  await inBulkChunks(links, async (chunk) => {
    await executor.execute(sql`
      insert into enterprise_projects (enterprise_id, project_id, board_id)
      select * from unnest(${sqlArray(
        chunk.map((l) => l.enterpriseId),
        'uuid',
      )}, ${sqlArray(
        chunk.map((l) => l.projectId),
        'uuid',
      )}, ${sqlArray(
        chunk.map((l) => l.boardId),
        'uuid',
      )})`);
  });
}
