/**
 * The messages between the main thread's PGlite proxy (pglite-proxy.ts) and the worker thread
 * that owns the embedded database (pglite-worker.ts). Only what structured cloning carries
 * crosses: the proxy turns Drizzle's parser functions into a list of type OIDs whose values stay
 * raw text, and an error crosses as its fields.
 */

export interface WorkerStart {
  /** The data directory, opened by the worker alone. */
  dataDir?: string;
  /** A dump (PGlite's dumpDataDir) to load into memory instead: its bytes. */
  loadDataDir?: Uint8Array;
  /** Named prepared statements for repeated queries (pglite-statements.ts); on unless false. */
  statementCache?: boolean;
}

export type RowMode = 'array' | 'object';

export interface CrossQueryOptions {
  rowMode?: RowMode;
  /** Type OIDs whose values are returned as PostgreSQL's text, unparsed (Drizzle's parsers). */
  rawTypes?: number[];
}

export type Request =
  | { id: number; op: 'query'; tx?: number; sql: string; params: unknown[]; options: CrossQueryOptions }
  | { id: number; op: 'exec'; tx?: number; sql: string; options: CrossQueryOptions }
  /** Opens a transaction; the answer is its number, which later requests carry. */
  | { id: number; op: 'begin' }
  | { id: number; op: 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'dump'; compression: 'none' | 'gzip' | 'auto' }
  | { id: number; op: 'close' };

/** A database error's own fields (code, detail, constraint, table…), as PGlite sets them. */
export interface CrossError {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, string | number | boolean | null>;
}

export type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: CrossError }
  /** The worker could not open the database (sent once, with id 0). */
  | { id: 0; ok: false; error: CrossError; fatal: true }
  | { id: 0; ok: true; ready: true };

export function toCrossError(error: unknown): CrossError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: CrossError['fields'] = {};
  for (const [key, value] of Object.entries(error)) {
    // PGlite also attaches the query's options (functions) and parameters: not needed, not cloneable.
    if (key === 'queryOptions' || key === 'params') continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      fields[key] = value as string | number | boolean | null;
  }
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), fields };
}
