import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The real command line and free ports, for tests that run KCN Hub as an operator does. */
export const ROOT = path.resolve(import.meta.dirname, '..');
export const KCN = path.join(ROOT, 'bin', 'kcn');
export const PG_ADMIN_URL = process.env.KCN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `./bin/kcn` to its end. `umask` runs it through the shell with that umask first (an
 * operator's careless setting); `stdin` is written to it.
 */
export function runKcn(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; umask?: string } = {},
): Promise<Finished> {
  return new Promise((resolve) => {
    const env = { ...process.env, ...options.env };
    const child = options.umask
      ? spawn('sh', ['-c', `umask ${options.umask}; exec "$0" "$@"`, KCN, ...args], { cwd: ROOT, env })
      : spawn(KCN, args, { cwd: ROOT, env });
    // Decode as UTF-8 streams: a Vietnamese character may straddle two chunks.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
