import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { isDatabaseUnavailable, openDatabase, type Database } from './database.ts';

/**
 * The embedded database in its worker thread (pglite-proxy.ts) against PGlite in this thread,
 * both loaded from the run's migrated dump: the same rows, the same errors, the same
 * transactions — and this thread's event loop runs while the worker computes.
 */
const probe = pgTable('worker_probe', {
  id: integer().primaryKey(),
  code: text().notNull().unique(),
  big: bigint({ mode: 'bigint' }),
  amount: numeric({ precision: 20, scale: 4 }),
  day: date(),
  at: timestamp({ mode: 'string' }),
  atZone: timestamp({ withTimezone: true }),
  flag: boolean(),
  meta: jsonb(),
  ref: uuid(),
});

const CREATE_PROBE = sql`create table worker_probe (
  id integer primary key, code text not null unique, big bigint, amount numeric(20, 4), day date,
  at timestamp, at_zone timestamptz, flag boolean, meta jsonb, ref uuid)`;

const ROW = {
  id: 1,
  code: 'A-1',
  big: 9_007_199_254_740_993n,
  amount: '12345678901234.5678',
  day: '2024-02-29',
  at: '2024-01-01 10:00:00.123',
  atZone: new Date('2024-06-30T23:59:59.999Z'),
  flag: true,
  meta: { vốn: '1000000000000.25', năm: [2023, 2024] },
  ref: '5f0c1f8e-6a0e-4b8e-9a53-5f2b4a1d2c3e',
};

const TYPES = sql`select 9007199254740993::int8 as big, 12::int8 as small, 123.4500::numeric as num,
  '2024-02-29'::date as d, '2024-01-01 10:00:00'::timestamp as ts,
  '2024-01-01 10:00:00+07'::timestamptz as tstz, '{"a":[1,2]}'::json as j, '{"b":1}'::jsonb as jb,
  true as b, '\\x0102ff'::bytea as bytes, array[1,2]::int[] as ints, array[1.5,2]::numeric[] as nums,
  array['2024-01-01']::date[] as dates, array['a','b'] as texts, '1 day 02:00'::interval as iv,
  null::text as nothing`;

describe.skipIf(process.env.KCN_TEST_DB !== 'pglite')('the embedded database in a worker thread', () => {
  let worker: Database;
  let main: Database;

  beforeAll(async () => {
    const dump = readFileSync(inject('pgliteDump'));
    [worker, main] = await Promise.all([
      openDatabase({ loadDataDir: new Blob([dump]), thread: 'worker' }),
      openDatabase({ loadDataDir: new Blob([dump]) }),
    ]);
    for (const database of [worker, main]) {
      await database.db.execute(CREATE_PROBE);
      await database.db.insert(probe).values(ROW);
    }
  });

  afterAll(async () => {
    await Promise.all([worker?.close(), main?.close()]);
  });

  it('runs in the worker', () => {
    expect(worker.thread).toBe('worker');
    expect(worker.pglite).toBeUndefined();
    expect(main.thread).toBe('main');
  });

  it('returns the same values as PGlite in this thread, raw and through a typed select', async () => {
    type Raw = { rows: Record<string, unknown>[]; fields: unknown[] };
    const fromWorker = (await worker.db.execute(TYPES)) as unknown as Raw;
    const fromMain = (await main.db.execute(TYPES)) as unknown as Raw;
    expect(fromWorker.rows).toEqual(fromMain.rows);
    expect(fromWorker.rows[0]!.big).toBe(9_007_199_254_740_993n);
    expect(fromWorker.rows[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(fromWorker.fields).toEqual(fromMain.fields);

    const [typedWorker, typedMain] = [
      await worker.db.select().from(probe),
      await main.db.select().from(probe),
    ];
    expect(typedWorker).toEqual(typedMain);
    expect(typedWorker).toEqual([ROW]);
  });

  it('prepares a repeated statement once, and again when its table changed shape', async () => {
    const select = 'select * from worker_probe where id = $1 or code = $2';
    type Rows = { rows: Record<string, unknown>[] };
    const run = async (database: Database, id: number, code: string | null) =>
      (
        (await database.db.execute(
          sql.raw(select.replace('$1', String(id)).replace('$2', code === null ? 'null' : `'${code}'`)),
        )) as unknown as Rows
      ).rows;
    // Drizzle's placeholders: the same text, other values (null among them).
    const byId = (database: Database, id: number, code: string | null) =>
      database.db
        .select({ id: probe.id })
        .from(probe)
        .where(sql`${probe.id} = ${id} or ${probe.code} = ${code}`);
    expect(await byId(worker, 1, null)).toEqual([{ id: 1 }]);
    expect(await byId(worker, 999, 'A-1')).toEqual([{ id: 1 }]);
    expect(await byId(worker, 999, null)).toEqual([]);
    expect(await run(worker, 1, null)).toEqual(await run(main, 1, null));
    await worker.db.execute(sql`alter table worker_probe add column note text default 'x'`);
    const widened = await worker.db.execute(sql`select * from worker_probe where id = ${1}`);
    const again = await worker.db.execute(sql`select * from worker_probe where id = ${1}`);
    expect((again as unknown as Rows).rows[0]).toMatchObject({ id: 1, note: 'x' });
    expect((widened as unknown as Rows).rows).toEqual((again as unknown as Rows).rows);
    await worker.db.execute(sql`alter table worker_probe drop column note`);
    expect(
      Object.keys(
        ((await worker.db.execute(sql`select * from worker_probe where id = ${1}`)) as unknown as Rows)
          .rows[0]!,
      ),
    ).not.toContain('note');
  });

  it('reports the rows a write touched, as PGlite does', async () => {
    const update = sql`update worker_probe set flag = false where id = 1`;
    const [w, m] = [await worker.db.execute(update), await main.db.execute(update)];
    expect((w as unknown as { affectedRows: number }).affectedRows).toBe(1);
    expect((w as unknown as { affectedRows: number }).affectedRows).toBe(
      (m as unknown as { affectedRows: number }).affectedRows,
    );
  });

  it('passes a database error with its fields', async () => {
    const duplicate = { ...ROW, id: 2 };
    const failures = await Promise.all(
      [worker, main].map((database) =>
        database.db
          .insert(probe)
          .values(duplicate)
          .then(
            () => null,
            (error: { cause?: Record<string, unknown> }) => error.cause,
          ),
      ),
    );
    const [w, m] = failures;
    expect(w).toMatchObject({ code: '23505', constraint: 'worker_probe_code_key', table: 'worker_probe' });
    for (const field of ['code', 'message', 'detail', 'constraint', 'table', 'schema', 'severity'])
      expect(w?.[field]).toEqual(m?.[field]);
    expect(isDatabaseUnavailable(w)).toBe(false);
  });

  it('commits a transaction, and rolls one back when its callback throws', async () => {
    await worker.db.transaction(async (tx) => {
      await tx.insert(probe).values({ id: 10, code: 'T-10' });
      const inside = await tx
        .select({ id: probe.id })
        .from(probe)
        .where(sql`${probe.id} = 10`);
      expect(inside).toEqual([{ id: 10 }]);
    });
    await expect(
      worker.db.transaction(async (tx) => {
        await tx.insert(probe).values({ id: 11, code: 'T-11' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    // Drizzle's tx.rollback() throws its own error after the ROLLBACK.
    await expect(
      worker.db.transaction(async (tx) => {
        await tx.insert(probe).values({ id: 12, code: 'T-12' });
        tx.rollback();
      }),
    ).rejects.toThrow('Rollback');
    const ids = await worker.db
      .select({ id: probe.id })
      .from(probe)
      .where(sql`${probe.id} >= 10`);
    expect(ids).toEqual([{ id: 10 }]);
  });

  it('rolls back a nested transaction (a savepoint) alone', async () => {
    await worker.db.transaction(async (tx) => {
      await tx.insert(probe).values({ id: 20, code: 'N-20' });
      await expect(
        tx.transaction(async (inner) => {
          await inner.insert(probe).values({ id: 21, code: 'N-21' });
          throw new Error('inner refused');
        }),
      ).rejects.toThrow('inner refused');
      await tx.transaction(async (inner) => {
        await inner.insert(probe).values({ id: 22, code: 'N-22' });
      });
    });
    const ids = await worker.db
      .select({ id: probe.id })
      .from(probe)
      .where(sql`${probe.id} >= 20`);
    expect(ids.map((r) => r.id).sort()).toEqual([20, 22]);
  });

  it('rolls back a transaction whose statement failed, and serves the next ones', async () => {
    await expect(
      worker.db.transaction(async (tx) => {
        await tx.insert(probe).values({ id: 30, code: 'D-30' });
        await tx.insert(probe).values({ id: 31, code: 'D-30' });
      }),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(
      await worker.db
        .select()
        .from(probe)
        .where(sql`${probe.id} >= 30`),
    ).toEqual([]);
  });

  it('keeps other queries waiting while a transaction is open, as one connection does', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = worker.db.transaction(async (tx) => {
      await tx.insert(probe).values({ id: 40, code: 'W-40' });
      order.push('inserted');
      await held;
      order.push('committing');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = worker.db
      .select({ id: probe.id })
      .from(probe)
      .where(sql`${probe.id} = 40`)
      .then((rows) => {
        order.push('read');
        return rows;
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await transaction;
    expect(await outside).toEqual([{ id: 40 }]);
    expect(order).toEqual(['inserted', 'committing', 'read']);
  });

  it('leaves this thread free while a long query runs there', async () => {
    let ticks = 0;
    let longestGapMs = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
      ticks++;
    }, 10);
    const started = performance.now();
    await worker.db.execute(sql`select pg_sleep(0.5), count(*) from generate_series(1, 300000)`);
    const elapsedMs = performance.now() - started;
    clearInterval(timer);
    expect(elapsedMs).toBeGreaterThanOrEqual(500);
    // Ticks all along while the query ran; the same query in this thread allows none until it
    // ends. Loose bounds: a busy CI machine delays timers, but not by half a second.
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(longestGapMs).toBeLessThan(elapsedMs / 2);
  });

  // Last: it ends the worker.
  it('closes the database and the worker; then answers "unavailable"', async () => {
    await worker.close();
    const error = await worker.db.execute(sql`select 1`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    await worker.close();
  });
});
