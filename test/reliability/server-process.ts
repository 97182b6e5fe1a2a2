import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket, connect } from 'node:net';
import pg from 'pg';
import { freePort, KCN, PG_ADMIN_URL, ROOT } from '../processes.ts';

/** The real server as an operator runs it, for tests that cut its database or kill it. */
export { freePort, PG_ADMIN_URL } from '../processes.ts';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed. */
  output(): string;
  adminPassword: string | null;
  alive(): boolean;
  stop(): Promise<void>;
}

/** `kcn serve` on a data directory or a PostgreSQL URL, started and ready. */
export async function startServer(database: { dataDir: string } | { url: string }): Promise<ServerProcess> {
  const port = await freePort();
  const args = ['serve', '--port', String(port), '--host', '127.0.0.1'];
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', KCN_DEMO: '0' };
  if ('dataDir' in database) args.push('--data-dir', database.dataDir);
  else env.DATABASE_URL = database.url;
  const child = spawn(KCN, args, { cwd: ROOT, env });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const deadline = Date.now() + 90_000;
  while (!output.includes('đang chạy')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    adminPassword: /Mật khẩu:\s+(\S+)/.exec(output)?.[1] ?? null,
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const closed = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      await closed;
    },
  };
}

/** Signs in over HTTP; returns the session cookie. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

/** A throwaway PostgreSQL database; dropped by the returned function. */
export async function throwawayDatabase(
  prefix: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: PG_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * A TCP relay in front of PostgreSQL: `restart()` cuts every connection and refuses new ones
 * for a while, which is what a server restart looks like from the application's side — without
 * restarting the PostgreSQL that other tests are using.
 */
export class DatabaseRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly upstreamPort = 5432,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.upstreamPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Cuts every connection and stops listening: the database has gone away. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  async stop(): Promise<void> {
    await this.cut();
  }
}
