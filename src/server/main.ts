import { randomBytes } from 'node:crypto';
import { systemActor } from './kernel/actor.ts';
import { mailerFromEnvironment } from './kernel/mail.ts';
import { parseTrustProxy } from './kernel/proxy.ts';
import { allBoardIds, dissolvedAmong } from './modules/boards/index.ts';
import { APP_VERSION, buildApp } from './app.ts';
import { openTarget, prepareFirstStart, resolveTarget, settleEmbeddedLock } from './runtime.ts';

export interface ServeOptions {
  dataDir?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
  demo?: boolean | undefined;
}

/** KCN_PACKAGE_LIMIT_MB: the largest data package taken over HTTP, in MiB (default 64). */
export function packageLimit(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value))
    throw new Error(`KCN_PACKAGE_LIMIT_MB phải là một số MB nguyên dương, không phải "${value}".`);
  return Number(value) * 1024 * 1024;
}

/**
 * Starts the server: opens and migrates the database (embedded ./data by default, PostgreSQL
 * with DATABASE_URL), prepares a first start (demo data, first administrator), listens on PORT.
 */
export async function serve(options: ServeOptions = {}): Promise<void> {
  const env = process.env;
  const port = options.port ?? Number(env.PORT ?? 3000);
  const host = options.host ?? env.HOST ?? '0.0.0.0';
  const target = resolveTarget({ dataDir: options.dataDir });
  // A command holding the embedded database (say, loading the demo data) finishes first.
  await settleEmbeddedLock(target, 120_000, () =>
    process.stdout.write('Cơ sở dữ liệu đang bận; đang chờ…\n'),
  );
  const opened = await openTarget(target, 'server');
  const log = (line: string) => process.stdout.write(`${line}\n`);
  await prepareFirstStart(opened.database, {
    demo: (options.demo ?? true) && env.KCN_DEMO !== '0',
    firstAdmin: true,
    log,
  });
  // The command line reaches this server with a secret kept in the (private) data directory.
  const localSecret = `local_${randomBytes(32).toString('base64url')}`;
  const app = await buildApp({
    database: opened.database,
    logger: { level: env.LOG_LEVEL ?? 'info' },
    cookieSecure: env.COOKIE_SECURE === '1',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    allowedOrigins: (env.KCN_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    localSecret: async (secret) => {
      if (secret !== localSecret) return null;
      const boards = await allBoardIds(opened.database.db);
      return systemActor('cli:local', boards, await dissolvedAmong(opened.database.db, boards));
    },
    mailer: mailerFromEnvironment(env),
    packageBodyLimit: packageLimit(env.KCN_PACKAGE_LIMIT_MB),
  });
  await app.listen({ port, host });
  opened.announceServer(port, localSecret);
  // Says where the embedded database runs: its own thread, or this one (KCN_EMBEDDED_IN_THREAD=1).
  const thread =
    opened.database.thread === 'worker'
      ? ' (luồng riêng)'
      : opened.database.thread === 'main'
        ? ' (cùng luồng)'
        : '';
  log(
    `KCN Hub ${APP_VERSION} đang chạy: http://localhost:${port}/ (API: /api/docs) — cơ sở dữ liệu ${opened.database.kind}${thread}: ${opened.database.location}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`Nhận ${signal}, đang dừng…`);
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
