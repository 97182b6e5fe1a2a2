import type { Command } from 'commander';
import type { z } from 'zod';
import { AppError, CommonErrors } from '../server/kernel/errors.ts';
import type { Actor } from '../server/kernel/actor.ts';
import type { Database } from '../server/kernel/db/database.ts';
import {
  cliActor,
  DatabaseInUseError,
  openTarget,
  prepareFirstStart,
  resolveTarget,
  settleEmbeddedLock,
  type DatabaseTarget,
  type EmbeddedLock,
} from '../server/runtime.ts';

export interface DatabaseOption {
  dataDir?: string;
}

export function addDatabaseOption(command: Command): Command {
  return command.option(
    '--data-dir <dir>',
    'thư mục cơ sở dữ liệu nhúng (mặc định ./data, hoặc KCN_DATA_DIR); dùng PostgreSQL bằng biến DATABASE_URL',
  );
}

export function stderr(line: string) {
  process.stderr.write(`${line}\n`);
}

/**
 * A running server that holds the embedded database, if there is one to talk to — after waiting
 * for a server that is still starting or another command that holds it.
 */
export async function runningServer(target: DatabaseTarget): Promise<EmbeddedLock | null> {
  const lock = await settleEmbeddedLock(target, 120_000, () =>
    stderr('Cơ sở dữ liệu đang bận (máy chủ đang khởi động hoặc lệnh khác đang chạy); đang chờ…'),
  );
  return lock?.kind === 'server' && lock.port && lock.secret ? lock : null;
}

/** The server named by the lock holds the database but does not answer: say what to do. */
export class ServerUnreachableError extends Error {
  constructor(lock: EmbeddedLock, reason: string) {
    super(
      `Máy chủ KCN Hub (pid ${lock.pid}, cổng ${lock.port}) đang giữ cơ sở dữ liệu nhưng không trả lời (${reason}). ` +
        `Nếu máy chủ đang chạy, hãy thử lại sau ít phút hoặc khởi động lại nó (kill ${lock.pid}). ` +
        'Nếu chắc chắn máy chủ đã dừng, hãy xoá tệp khóa .kcn-lock.json trong thư mục dữ liệu rồi chạy lại lệnh.',
    );
    this.name = 'ServerUnreachableError';
  }
}

/**
 * Calls the running server's API with the local secret; the same JSON as the local service. A body
 * of bytes is sent as they are (a JSON file read from disk), anything else as its JSON.
 */
export async function callServer(
  lock: EmbeddedLock,
  method: 'GET' | 'POST',
  pathAndQuery: string,
  body?: unknown,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${lock.port}/api/v1${pathAndQuery}`, {
      method,
      headers: {
        authorization: `Bearer ${lock.secret}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: body instanceof Uint8Array ? body : JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ServerUnreachableError(
      lock,
      (error as Error & { cause?: Error }).cause?.message ?? String(error),
    );
  }
  const json = (await response.json()) as {
    error?: { code: string; message: string; details: AppError['details'] };
  };
  if (!response.ok) {
    const error = json.error ?? { code: 'INTERNAL', message: `HTTP ${response.status}`, details: [] };
    throw new AppError(error.code, response.status, error.message, error.details);
  }
  return json;
}

/** Calls the running server for a file (a report's .docx or .xlsx): its bytes, or the error. */
export async function callServerFile(lock: EmbeddedLock, pathAndQuery: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${lock.port}/api/v1${pathAndQuery}`, {
      headers: { authorization: `Bearer ${lock.secret}` },
    });
  } catch (error) {
    throw new ServerUnreachableError(
      lock,
      (error as Error & { cause?: Error }).cause?.message ?? String(error),
    );
  }
  if (!response.ok) {
    const json = (await response.json().catch(() => ({}))) as {
      error?: { code: string; message: string; details: AppError['details'] };
    };
    const error = json.error ?? { code: 'INTERNAL', message: `HTTP ${response.status}`, details: [] };
    throw new AppError(error.code, response.status, error.message, error.details);
  }
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Runs a command against the target database: opened, migrated and prepared like a first start
 * (the embedded ./data gets the demo data when empty, for `report` and `export`), then closed.
 */
export async function withDatabase<T>(
  options: DatabaseOption,
  run: (database: Database, actor: Actor) => Promise<T>,
  prepare: { demo: boolean } = { demo: false },
): Promise<T> {
  const target = resolveTarget({ dataDir: options.dataDir });
  await settleEmbeddedLock(target, 120_000, () => stderr('Cơ sở dữ liệu đang bận; đang chờ…'));
  const opened = await openTarget(target, 'cli');
  try {
    await prepareFirstStart(opened.database, {
      demo: prepare.demo && opened.created,
      firstAdmin: false,
      log: stderr,
    });
    return await run(opened.database, await cliActor(opened.database));
  } finally {
    await opened.close();
  }
}

/** Prints an error the way people read it and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof AppError) {
    stderr(`Lỗi ${error.code}: ${error.message}`);
    for (const detail of error.details)
      stderr(`  - ${detail.path}: ${detail.message}${detail.reason ? ` [${detail.reason}]` : ''}`);
    return error.statusCode >= 500 ? 1 : 2;
  }
  if (error instanceof DatabaseInUseError) {
    stderr(`Lỗi: ${error.message}`);
    return 1;
  }
  stderr(`Lỗi: ${(error as Error).message ?? String(error)}`);
  return 1;
}

export function printJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export { resolveTarget };

export async function readStdin(): Promise<string> {
  return (await readStdinBytes()).toString('utf8');
}

export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Checks a command's options with the route's own schema, so the command and the API accept the
 * same input; a refusal names the flag (`flags`: field → flag) rather than the body's field.
 */
export function parseOptions<T extends z.ZodType>(
  schema: T,
  input: Record<string, unknown>,
  flags: Record<string, string>,
): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw CommonErrors.VALIDATION_FAILED(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return { path: flags[key] ?? (key || 'lệnh'), message: issue.message, reason: issue.code };
      }),
    );
  return parsed.data;
}

/** Runs a command's change; with --json a refusal is printed as the API's envelope too. */
export async function printingRefusal<T>(json: boolean | undefined, act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (error) {
    if (json && error instanceof AppError) printJson(error.toEnvelope());
    throw error;
  }
}
