/**
 * Array parameters for set-based writes (`insert … select * from unnest($1::uuid[], $2::text[], …)`):
 * one parameter per column whatever the number of rows, so a bulk write is one statement and one
 * round trip, under the wire protocol's 65 535 parameters. Drizzle would expand a JS array into
 * a parenthesised list, so each column goes as a PostgreSQL array literal, cast by the caller.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

type Element = string | number | bigint | boolean | null | undefined;

/** One element of an array literal: NULL, or a double-quoted string with `"` and `\` escaped. */
function element(value: Element): string {
  if (value === null || value === undefined) return 'NULL';
  const text = String(value);
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The PostgreSQL array literal of these values (`{"a","b",NULL}`). */
export function arrayLiteral(values: readonly Element[]): string {
  return `{${values.map(element).join(',')}}`;
}

/** An array parameter cast to `type[]` (type is one of the SQL types below, never user input). */
export function sqlArray(
  values: readonly Element[],
  type: 'uuid' | 'text' | 'bigint' | 'numeric' | 'int' | 'date' | 'boolean',
): SQL {
  return sql`${arrayLiteral(values)}::${sql.raw(type)}[]`;
}

/**
 * `column = any($1::type[])`: membership in a list as one array parameter. Drizzle's inArray binds
 * one parameter per value, and building a statement of thousands of them costs milliseconds of
 * the server's thread each time (a package's look-ups of every project and event it names).
 */
export function inList(
  column: SQLWrapper,
  values: readonly Element[],
  type: 'uuid' | 'text' | 'bigint' | 'numeric' | 'int' | 'date' | 'boolean',
): SQL {
  return sql`${column} = any(${sqlArray(values, type)})`;
}

/** Values per look-up statement with inList: one parameter whatever the count; bounded answers. */
export const LOOKUP_CHUNK = 1_000;

/** Rows of a set-based write in chunks of `size` rows (bounded statements and memory, progress between). */
export async function inBulkChunks<T>(
  items: readonly T[],
  write: (chunk: readonly T[]) => Promise<void>,
  size = BULK_CHUNK_ROWS,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) await write(items.slice(start, start + size));
}

/** Rows per set-based statement: large (statement-level triggers run once per statement), bounded. */
export const BULK_CHUNK_ROWS = 50_000;
