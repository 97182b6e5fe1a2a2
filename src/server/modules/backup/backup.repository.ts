import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../kernel/db/database.ts';

/**
 * The SQL of backup and restore, generic over the schema: tables, columns, keys and references
 * come from the catalog, and row values travel as PostgreSQL's own text of each value (never
 * through JavaScript numbers).
 */

export interface ColumnShape {
  name: string;
  /** format_type(): "bigint", "numeric(18,2)", "timestamp with time zone"… */
  type: string;
}

export interface TableShape {
  name: string;
  /** Stored columns in order (generated columns are recomputed, so left out). */
  columns: ColumnShape[];
  primaryKey: string[];
  /** Tables of schema public its foreign keys reference (itself included, if it does). */
  parents: string[];
  hasIdentity: boolean;
  /** Sequences owned by its columns (serial or identity). */
  sequences: { column: string; sequence: string }[];
}

export interface AppliedMigration {
  hash: string;
  /** drizzle's created_at (the journal's "when", milliseconds) as text. */
  createdAt: string;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const tableRef = (name: string) => sql.raw(`"public".${quote(name)}`);
const list = (names: readonly string[]) => sql.raw(names.map(quote).join(', '));

/**
 * Fixes the text formats of the transaction, so every value is written and read back the same
 * on PGlite and PostgreSQL whatever the server's settings.
 */
export async function useExactTextFormats(executor: Executor): Promise<void> {
  await executor.execute(sql`set local timezone = 'UTC'`);
  await executor.execute(sql`set local datestyle = 'ISO, YMD'`);
  await executor.execute(sql`set local intervalstyle = 'postgres'`);
  await executor.execute(sql`set local extra_float_digits = 3`);
  await executor.execute(sql`set local bytea_output = 'hex'`);
}

/**
 * The reports' summary tables are restored as the rows they were, so their triggers must not add
 * the restored records to them again (decision 024): they stand aside until the transaction ends.
 */
export async function deferSummaries(executor: Executor): Promise<void> {
  await executor.execute(sql`set local kcn.summaries = 'deferred'`);
}

/** Every table of the application (schema public; drizzle's bookkeeping lives in schema drizzle). */
export async function describeTables(executor: Executor): Promise<TableShape[]> {
  const [row] = await queryRows<{ tables: string | null }>(
    executor,
    sql`select json_agg(json_build_object(
          'name', c.relname,
          'columns', coalesce((
            select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod))
                            order by a.attnum)
            from pg_attribute a
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''), '[]'),
          'primaryKey', coalesce((
            select json_agg(a.attname order by k.ord)
            from pg_constraint p
            cross join lateral unnest(p.conkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = p.conrelid and a.attnum = k.attnum
            where p.conrelid = c.oid and p.contype = 'p'), '[]'),
          'parents', coalesce((
            select json_agg(distinct f.relname)
            from pg_constraint r
            join pg_class f on f.oid = r.confrelid
            join pg_namespace fn on fn.oid = f.relnamespace
            where r.conrelid = c.oid and r.contype = 'f' and fn.nspname = 'public'), '[]'),
          'hasIdentity', exists (
            select 1 from pg_attribute a
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attidentity <> ''),
          'sequences', coalesce((
            select json_agg(json_build_object('column', a.attname, 'sequence', s.sequence) order by a.attnum)
            from pg_attribute a
            cross join lateral (
              select pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as sequence) s
            where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and s.sequence is not null), '[]')
        ) order by c.relname)::text as tables
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`,
  );
  return row?.tables ? (JSON.parse(row.tables) as TableShape[]) : [];
}

/** The migrations drizzle recorded as applied, oldest first. */
export async function appliedMigrations(executor: Executor): Promise<AppliedMigration[]> {
  const [exists] = await queryRows<{ present: boolean }>(
    executor,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return [];
  return queryRows<AppliedMigration>(
    executor,
    sql`select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by id`,
  );
}

/** Rows per table (as numbers: counts, not values). */
export async function countRows(executor: Executor, tables: readonly string[]): Promise<Map<string, number>> {
  if (tables.length === 0) return new Map();
  const rows = await queryRows<{ name: string; rows: string }>(
    executor,
    sql.join(
      tables.map((name) => sql`select ${name}::text as name, count(*)::text as rows from ${tableRef(name)}`),
      sql` union all `,
    ),
  );
  return new Map(rows.map((row) => [row.name, Number(row.rows)]));
}

/** Locks the tables against every other writer until the end of the transaction. */
export async function lockTables(executor: Executor, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await executor.execute(
    sql`lock table ${sql.join(
      tables.map((name) => tableRef(name)),
      sql`, `,
    )} in exclusive mode`,
  );
}

export interface Chunk {
  /** A JSON array of rows, each an array of the columns' text (null for SQL null), verbatim. */
  rows: string;
  count: number;
}

function rowsJson(table: TableShape, order: SQL): SQL {
  const values = sql.raw(table.columns.map((c) => `${quote(c.name)}::text`).join(', '));
  return sql`'[' || string_agg(array_to_json(array[${values}]::text[])::text, ',' order by ${order}) || ']'`;
}

/**
 * The table's rows in chunks, in primary-key order (keyset: each chunk starts after the last
 * key of the one before, so millions of rows cost no more per chunk). A table without a primary
 * key is read in the order of its rows' text, by offset.
 */
export async function* readChunks(
  executor: Executor,
  table: TableShape,
  chunkSize: number,
): AsyncGenerator<Chunk> {
  if (table.primaryKey.length === 0) {
    for (let offset = 0; ; offset += chunkSize) {
      const [chunk] = await queryRows<{ rows: string | null; count: number }>(
        executor,
        sql`select ${rowsJson(table, sql`t::text collate "C"`)} as rows, count(*)::int as count
            from (select * from ${tableRef(table.name)} t order by t::text collate "C"
                  limit ${chunkSize} offset ${offset}) t`,
      );
      if (!chunk?.rows) return;
      yield { rows: chunk.rows, count: chunk.count };
    }
  }
  const key = list(table.primaryKey);
  const keyTypes = table.primaryKey.map((name) => table.columns.find((c) => c.name === name)!.type);
  const keyText = sql.raw(table.primaryKey.map((name) => `${quote(name)}::text`).join(', '));
  let after: string[] | null = null;
  for (;;) {
    const where: SQL = after
      ? sql`where (${key}) > (${sql.join(
          after.map((value, i) => sql`${value}::${sql.raw(keyTypes[i]!)}`),
          sql`, `,
        )})`
      : sql``;
    const [chunk] = await queryRows<{ rows: string | null; count: number; last: string | null }>(
      executor,
      sql`select ${rowsJson(table, key)} as rows, count(*)::int as count,
                 (array_agg(array_to_json(array[${keyText}]::text[])::text order by ${key}))[count(*)::int] as last
          from (select * from ${tableRef(table.name)} ${where} order by ${key} limit ${chunkSize}) t`,
    );
    if (!chunk?.rows || !chunk.last) return;
    yield { rows: chunk.rows, count: chunk.count };
    if (chunk.count < chunkSize) return;
    after = JSON.parse(chunk.last) as string[];
  }
}

/** Tables of the list that hold at least one row. */
export async function tablesWithRows(executor: Executor, tables: readonly string[]): Promise<string[]> {
  if (tables.length === 0) return [];
  const rows = await queryRows<{ name: string }>(
    executor,
    sql.join(
      tables.map(
        (name) => sql`(select ${name}::text as name where exists (select 1 from ${tableRef(name)}))`,
      ),
      sql` union all `,
    ),
  );
  return rows.map((row) => row.name);
}

/** A temporary table shaped like `table`, for loading a self-referencing table in one statement. */
export async function createStaging(executor: Executor, table: TableShape): Promise<string> {
  const staging = `kcn_restore_${table.name}`.slice(0, 63);
  await executor.execute(
    sql`create temporary table ${sql.raw(quote(staging))} (like ${tableRef(table.name)}) on commit drop`,
  );
  return staging;
}

/**
 * Inserts rows given as text (a JSON array of arrays of the columns' text, in `table.columns`
 * order), each value read by its column type's own input — into the table, or its staging table.
 */
export async function insertRows(
  executor: Executor,
  table: TableShape,
  rowsJson: string,
  staging?: string,
): Promise<void> {
  const target = staging ? sql.raw(quote(staging)) : tableRef(table.name);
  const overriding = !staging && table.hasIdentity ? sql` overriding system value` : sql``;
  const values = sql.raw(table.columns.map((c, i) => `(r->>${i})::${c.type}`).join(', '));
  await executor.execute(
    sql`insert into ${target} (${list(table.columns.map((c) => c.name))})${overriding}
        select ${values} from jsonb_array_elements(${rowsJson}::jsonb) r`,
  );
}

/** Moves a staging table's rows into the table in one statement (references checked at its end). */
export async function moveStaging(executor: Executor, table: TableShape, staging: string): Promise<void> {
  const columns = list(table.columns.map((c) => c.name));
  const overriding = table.hasIdentity ? sql` overriding system value` : sql``;
  await executor.execute(
    sql`insert into ${tableRef(table.name)} (${columns})${overriding} select ${columns} from ${sql.raw(quote(staging))}`,
  );
  await executor.execute(sql`drop table ${sql.raw(quote(staging))}`);
}

/** Sets each sequence the table owns to the greatest value restored (left alone when empty). */
export async function advanceSequences(executor: Executor, table: TableShape): Promise<void> {
  for (const { column, sequence } of table.sequences) {
    await executor.execute(
      sql`select setval(${sequence}::regclass, max(${sql.raw(quote(column))}))
          from ${tableRef(table.name)} having max(${sql.raw(quote(column))}) is not null`,
    );
  }
}
