/**
 * Set-based writes of a large data package (the bulk path of the import), beside the
 * repositories of projects, licensing events and implemented capital: one statement per chunk of
 * tens of thousands of rows (the summary tables' statement triggers run once per statement).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import { inBulkChunks, sqlArray } from '../../kernel/db/sql-arrays.ts';
import type { LicensingEventRow } from './licensing-events.repository.ts';
import type { ProjectRow } from './projects.repository.ts';

/** Sets the status, licence and termination dates of many projects in one statement per chunk. */
export async function setLifecycles(
  executor: Executor,
  items: readonly {
    projectId: string;
    status: ProjectRow['status'];
    licensedOn: string | null;
    terminatedOn: string | null;
  }[],
): Promise<void> {
  await inBulkChunks(items, async (chunk) => {
    await executor.execute(sql`
      update projects p set status = l.status, licensed_on = l.licensed_on, terminated_on = l.terminated_on,
        updated_at = now()
      from unnest(${sqlArray(
        chunk.map((i) => i.projectId),
        'uuid',
      )}, ${sqlArray(
        chunk.map((i) => i.status),
        'text',
      )}, ${sqlArray(
        chunk.map((i) => i.licensedOn),
        'date',
      )}, ${sqlArray(
        chunk.map((i) => i.terminatedOn),
        'date',
      )}) as l(id, status, licensed_on, terminated_on)
      where p.id = l.id`);
  });
}

/** New licensing events, one statement per chunk; returns how many. */
export async function insertEventsInBulk(
  executor: Executor,
  rows: readonly {
    boardId: string;
    projectId: string;
    kind: LicensingEventRow['kind'];
    eventDate: string;
    seq: number;
    documentNo: string;
    capitalVnd: bigint | null;
    capitalUsd: string | null;
  }[],
): Promise<number> {
  let count = 0;
  await inBulkChunks(rows, async (chunk) => {
    const column = <K extends keyof (typeof chunk)[number]>(key: K) => chunk.map((r) => r[key]);
    await executor.execute(
      sql`insert into licensing_events (board_id, project_id, kind, event_date, seq, document_no, capital_vnd, capital_usd)
          select * from unnest(${sqlArray(column('boardId'), 'uuid')}, ${sqlArray(column('projectId'), 'uuid')},
            ${sqlArray(column('kind'), 'text')}, ${sqlArray(column('eventDate'), 'date')},
            ${sqlArray(column('seq'), 'int')}, ${sqlArray(column('documentNo'), 'text')},
            ${sqlArray(column('capitalVnd'), 'bigint')}, ${sqlArray(column('capitalUsd'), 'numeric')})`,
    );
    count += chunk.length;
  });
  return count;
}

/** New implemented-capital entries, one statement per chunk; returns how many. */
export async function insertImplementationsInBulk(
  executor: Executor,
  rows: readonly { boardId: string; projectId: string; asOf: string; implementedVnd: bigint }[],
): Promise<number> {
  let count = 0;
  await inBulkChunks(rows, async (chunk) => {
    await executor.execute(sql`
      insert into capital_implementations (board_id, project_id, as_of, implemented_vnd)
      select * from unnest(${sqlArray(
        chunk.map((r) => r.boardId),
        'uuid',
      )}, ${sqlArray(
        chunk.map((r) => r.projectId),
        'uuid',
      )}, ${sqlArray(
        chunk.map((r) => r.asOf),
        'date',
      )}, ${sqlArray(
        chunk.map((r) => r.implementedVnd),
        'bigint',
      )})`);
    count += chunk.length;
  });
  return count;
}
