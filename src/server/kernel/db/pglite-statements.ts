import { parse, protocol, type PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';

/**
 * Named prepared statements for the embedded database's worker. PGlite's query() sends every
 * statement unnamed — parsed, analysed and planned again each time — in four round trips into
 * the WebAssembly backend. The application sends the same few hundred statements over and over
 * (Drizzle builds them with placeholders), so the worker prepares each once under a name and
 * then runs it in one round trip: bind, describe, execute, sync. For a typical three-table list
 * query that is 0,2 ms against 1,6 ms (bench/load.ts shows the effect under load).
 *
 * Values are serialized and rows parsed exactly as PGlite's query() does (its serializers by
 * parameter type, parseResults with the same parsers), so results are the same. Only plain
 * data statements are cached; anything else (DDL, SET, SAVEPOINT…) goes through query().
 */
const { serialize } = protocol;

/** Statements worth preparing: they are the application's repeated queries. */
const CACHEABLE = /^\s*(select|insert|update|delete|with)\b/i;
/** Enough for every statement the application sends; the least recently used is closed beyond it. */
const CAPACITY = 2_000;
/** SQLSTATE of "cached plan must not change result type" (a table changed under a statement). */
const FEATURE_NOT_SUPPORTED = '0A000';

interface Prepared {
  name: string;
  /** The type OID of each parameter, as the backend inferred it. */
  paramTypes: number[];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export class StatementCache {
  private readonly statements = new Map<string, Prepared>();
  private next = 0;

  constructor(private readonly pglite: PGlite) {}

  static cacheable(sql: string): boolean {
    return CACHEABLE.test(sql);
  }

  /**
   * Runs `sql` as a named prepared statement. The caller holds PGlite's mutexes as query() would:
   * the transaction mutex outside a transaction, and the query mutex.
   */
  async run<Row>(sql: string, params: readonly unknown[], options: QueryOptions): Promise<Results<Row>> {
    try {
      return await this.runPrepared<Row>(sql, params, options);
    } catch (error) {
      // A table changed shape under a statement (a migration): prepare it again, once.
      if ((error as { code?: unknown }).code !== FEATURE_NOT_SUPPORTED || !this.statements.has(sql))
        throw error;
      await this.forget(sql);
      return this.runPrepared<Row>(sql, params, options);
    }
  }

  private async runPrepared<Row>(
    sql: string,
    params: readonly unknown[],
    options: QueryOptions,
  ): Promise<Results<Row>> {
    const statement = await this.prepare(sql);
    // The most recently used last: Map keeps insertion order.
    this.statements.delete(sql);
    this.statements.set(sql, statement);
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = this.pglite.serializers[statement.paramTypes[i]!];
      return serializer ? serializer(value) : String(value);
    });
    const { messages } = await this.pglite.execProtocol(
      concat([
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    return parse.parseResults(messages, this.pglite.parsers, options)[0] as Results<Row>;
  }

  private async prepare(sql: string): Promise<Prepared> {
    const known = this.statements.get(sql);
    if (known) return known;
    const name = `kcn_${++this.next}`;
    const { messages } = await this.pglite.execProtocol(
      concat([
        serialize.parse({ name, text: sql, types: [] }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const description = messages.find((m) => m.name === 'parameterDescription') as
      { dataTypeIDs: number[] } | undefined;
    const prepared = { name, paramTypes: description?.dataTypeIDs ?? [] };
    this.statements.set(sql, prepared);
    while (this.statements.size > CAPACITY) {
      const oldest = this.statements.keys().next().value!;
      await this.forget(oldest);
    }
    return prepared;
  }

  private async forget(sql: string): Promise<void> {
    const statement = this.statements.get(sql);
    if (!statement) return;
    this.statements.delete(sql);
    await this.pglite.execProtocol(
      concat([serialize.close({ type: 'S', name: statement.name }), serialize.sync()]),
      { syncToFs: false },
    );
  }
}
