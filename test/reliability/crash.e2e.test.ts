import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../package-builder.ts';
import pg from 'pg';
import {
  PG_ADMIN_URL,
  signIn,
  startServer,
  throwawayDatabase,
  type ServerProcess,
} from './server-process.ts';

/**
 * kill -9 of the server in the middle of work, on both databases: a data package import and a
 * burst of concurrent writes. After a restart the database holds each change whole or not at
 * all, and the audit log matches the records exactly — no record without its audit entry, no
 * audit entry without its record.
 */
const PROJECTS = 1_200;

function bigPackage() {
  const builder = new PackageBuilder().board('KL').zone('KL', 'KL-1');
  for (let i = 0; i < PROJECTS; i++) {
    const code = `KL-P${String(i).padStart(5, '0')}`;
    const fdi = i % 4 === 0;
    builder
      .project('KL', 'KL-1', code, fdi ? 'FDI' : 'DDI')
      .event(code, 'new', '2020-03-02', '15', fdi ? '650000.00' : undefined);
  }
  return JSON.stringify(builder.build());
}

async function api(server: ServerProcess, cookie: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: { cookie, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Every page of a list. */
async function all(server: ServerProcess, cookie: string, path: string): Promise<any[]> {
  const items: any[] = [];
  for (let page = 1; ; page++) {
    const { body } = await api(
      server,
      cookie,
      `${path}${path.includes('?') ? '&' : '?'}page=${page}&pageSize=500`,
    );
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return items;
  }
}

/**
 * Each database, and how to know its import is writing: on PostgreSQL, a transaction of the
 * database that has been inserting for a moment; the embedded database shows nothing from
 * outside, so a time well inside its import (about 4 s for this package on these machines).
 */
const databases = {
  async pglite() {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kcn-crash-'));
    return {
      target: { dataDir },
      whileWriting: () => new Promise((r) => setTimeout(r, 1_200)),
      drop: async () => undefined,
    };
  },
  async postgres() {
    const database = await throwawayDatabase('kcn_crash');
    return {
      target: { url: database.url },
      async whileWriting() {
        const observer = new pg.Client({ connectionString: PG_ADMIN_URL });
        await observer.connect();
        try {
          for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
            const { rowCount } = await observer.query(
              `select 1 from pg_stat_activity where datname = $1 and xact_start < now() - interval '200 milliseconds'
                 and backend_xid is not null`,
              [database.name],
            );
            if (rowCount) return;
            await new Promise((r) => setTimeout(r, 20));
          }
          throw new Error('the import never started writing');
        } finally {
          await observer.end();
        }
      },
      drop: () => database.drop(),
    };
  },
};

// One server life per database kind, both kinds at once: start, kill -9 during an import,
// start again and check; kill -9 during a burst of writes, start again and check.
describe.concurrent.each(Object.keys(databases) as (keyof typeof databases)[])('kill -9 on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('an import or a burst of writes killed half-way leaves each change whole or absent, its audit entries with it', async () => {
    const { target, drop, whileWriting } = await databases[kind]();
    cleanups.push(drop);
    let server = await startServer(target);
    cleanups.push(() => server.stop());
    const password = server.adminPassword!;
    let cookie = await signIn(server.url, 'admin', password);

    // 1. An import of 1 200 projects, killed while it writes.
    const pending = fetch(`${server.url}/api/v1/packages/import`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: bigPackage(),
    }).catch((error: Error) => error);
    await whileWriting();
    server.child.kill('SIGKILL');
    const cut = await pending;
    // The import was still running: the connection was cut, no answer came.
    expect(cut).toBeInstanceOf(Error);

    server = await startServer(target);
    cookie = await signIn(server.url, 'admin', password);
    const projects = (await api(server, cookie, '/api/v1/projects?pageSize=1')).body.total as number;
    expect([0, PROJECTS]).toContain(projects);
    const audited = (await api(server, cookie, '/api/v1/audit?entityType=project&pageSize=1')).body
      .total as number;
    expect(audited).toBe(projects);

    // 2. A burst of 200 concurrent writes, killed as soon as the first is answered: the others
    // are then in every stage of their work.
    const board = await api(server, cookie, '/api/v1/boards', {
      method: 'POST',
      body: JSON.stringify({ code: 'KB', name: 'Ban Quản lý thử' }),
    });
    expect(board.status).toBe(201);
    const writes = Array.from({ length: 200 }, (_, i) =>
      fetch(`${server.url}/api/v1/zones`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          boardId: board.body.id,
          code: `KB-${i}`,
          name: `KCN số ${i}`,
          kind: 'KCN',
          status: 'planned',
          areaHa: '50',
        }),
      }).then(
        (r) => r.status,
        () => 'cut',
      ),
    );
    await Promise.race(writes);
    server.child.kill('SIGKILL');
    const outcomes = await Promise.all(writes);
    expect(outcomes, 'some writes were cut').toContain('cut');

    server = await startServer(target);
    cookie = await signIn(server.url, 'admin', password);
    const zones = await all(server, cookie, '/api/v1/zones');
    const created = (await all(server, cookie, '/api/v1/audit?entityType=zone')).filter(
      (e) => e.action === 'create',
    );
    expect(created.map((e) => e.entityId).sort()).toEqual(zones.map((z) => z.id).sort());
    // Every write that was answered 201 is there.
    expect(zones.length).toBeGreaterThanOrEqual(outcomes.filter((o) => o === 201).length);
    // The database after two kills still takes writes.
    expect(
      (
        await api(server, cookie, '/api/v1/zones', {
          method: 'POST',
          body: JSON.stringify({
            boardId: board.body.id,
            code: 'KB-after',
            name: 'KCN sau',
            kind: 'KCN',
            status: 'planned',
            areaHa: '5',
          }),
        })
      ).status,
    ).toBe(201);
  });
});
