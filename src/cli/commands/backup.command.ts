import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { Command } from 'commander';
import { toVietnamTimestamp } from '../../domain/calendar-date.ts';
import { formatNumber } from '../../domain/number-format.ts';
import { APP_VERSION } from '../../server/version.ts';
import { embeddedDatabaseExists } from '../../server/kernel/db/database.ts';
import { AppError } from '../../server/kernel/errors.ts';
import { readBackupHeader } from '../../server/modules/backup/backup-file.ts';
import { BackupErrors } from '../../server/modules/backup/backup.errors.ts';
import {
  backupDatabase,
  verifyBackup,
  type BackupSummary,
} from '../../server/modules/backup/backup.service.ts';
import { restoreBackup } from '../../server/modules/backup/restore.service.ts';
import type { EmbeddedLock } from '../../server/runtime.ts';
import { addDatabaseOption, resolveTarget, runningServer, stderr, withDatabase } from '../context.ts';

function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${formatNumber(value.toFixed(1))} ${unit}`;
}

/** The running server's backup, streamed into `file` (GET /api/v1/backup with the local secret). */
async function downloadBackup(server: EmbeddedLock, file: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/v1/backup`, {
    headers: { authorization: `Bearer ${server.secret}` },
  });
  if (!response.ok || !response.body) {
    const json = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string; details: AppError['details'] };
    } | null;
    if (response.status === 404 && json?.error?.code === 'ROUTE_NOT_FOUND')
      throw BackupErrors.BACKUP_SERVER_WITHOUT_BACKUP();
    const error = json?.error ?? { code: 'INTERNAL', message: `HTTP ${response.status}`, details: [] };
    throw new AppError(error.code, response.status, error.message, error.details);
  }
  await pipeline(Readable.fromWeb(response.body as ReadableStream<Uint8Array>), createWriteStream(file));
}

export function registerBackupCommands(program: Command) {
  addDatabaseOption(
    program
      .command('backup')
      .description(
        'sao lưu toàn bộ cơ sở dữ liệu (mọi bảng: người dùng, phiên, nhật ký thay đổi…) vào một tệp nén; khôi phục bằng kcn restore',
      )
      .requiredOption('--out <file>', 'tệp sao lưu sẽ ghi, ví dụ kcn-backup-2026-11-30.jsonl.gz'),
  ).action(async (options: { dataDir?: string; out: string }) => {
    const target = resolveTarget({ dataDir: options.dataDir });
    const partial = `${path.resolve(options.out)}.part`;
    try {
      let summary: BackupSummary;
      const server = await runningServer(target);
      if (server) {
        // The server keeps serving: the backup is one read-only snapshot it streams out.
        stderr(`Máy chủ đang chạy trên cơ sở dữ liệu này (cổng ${server.port}): sao lưu qua máy chủ…`);
        await downloadBackup(server, partial);
        summary = await verifyBackup(createReadStream(partial));
      } else {
        if (!target.url && !embeddedDatabaseExists(target.dataDir))
          throw BackupErrors.BACKUP_NO_DATABASE([
            { path: target.dataDir, message: 'thư mục chưa có cơ sở dữ liệu' },
          ]);
        summary = await withDatabase(options, (database, actor) =>
          backupDatabase(database.db, actor, createWriteStream(partial), {
            kind: database.kind,
            appVersion: APP_VERSION,
          }),
        );
      }
      await rename(partial, path.resolve(options.out));
      const { size } = await stat(options.out);
      process.stdout.write(
        `Đã sao lưu ${summary.tables} bảng, ${formatNumber(summary.rows)} dòng (${formatSize(size)}) vào ${options.out}\n`,
      );
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  });

  addDatabaseOption(
    program
      .command('restore')
      .description(
        'khôi phục toàn bộ cơ sở dữ liệu từ một tệp của kcn backup vào cơ sở dữ liệu trống (tất cả hoặc không gì cả)',
      )
      .argument('<file>', 'tệp sao lưu do kcn backup tạo'),
  ).action(async (file: string, options: { dataDir?: string }) => {
    if (!existsSync(file))
      throw BackupErrors.BACKUP_FILE_NOT_FOUND([{ path: file, message: 'không có tệp này' }]);
    // A file that is no backup is refused before any database is opened (or created).
    await readBackupHeader(createReadStream(file));
    const target = resolveTarget({ dataDir: options.dataDir });
    const server = await runningServer(target);
    if (server)
      throw BackupErrors.BACKUP_SERVER_RUNNING([
        { path: target.dataDir, message: `máy chủ pid ${server.pid}, cổng ${server.port}` },
      ]);
    const summary = await withDatabase(options, (database, actor) =>
      restoreBackup(database.db, actor, createReadStream(file), { fileName: path.basename(file) }),
    );
    const { header } = summary;
    process.stdout.write(
      `Đã khôi phục ${summary.tables} bảng, ${formatNumber(summary.rows)} dòng từ ${file} ` +
        `(sao lưu lúc ${toVietnamTimestamp(new Date(header.createdAt))} từ ${header.databaseKind}, KCN Hub ${header.appVersion})\n`,
    );
  });
}
