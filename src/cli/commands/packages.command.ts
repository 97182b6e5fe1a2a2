import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { AppError } from '../../server/kernel/errors.ts';
import {
  jsonDocumentPieces,
  JsonStreamError,
  jsonStreamRefusal,
  readJsonDocument,
} from '../../server/kernel/json-stream.ts';
import { exportPackage } from '../../server/modules/packages/package-export.service.ts';
import { importPackage, type ImportSummary } from '../../server/modules/packages/package-import.service.ts';
import {
  addDatabaseOption,
  callServer,
  printJson,
  resolveTarget,
  runningServer,
  readStdinBytes,
  stderr,
  withDatabase,
} from '../context.ts';

const KIND_LABEL: Record<string, string> = {
  boards: 'Ban Quản lý',
  zones: 'Khu',
  projects: 'Dự án',
  licensingEvents: 'Lần cấp phép',
  capitalImplementations: 'Vốn thực hiện',
  enterprises: 'Doanh nghiệp',
  enterpriseReports: 'Báo cáo thống kê',
};

function printSummary(summary: ImportSummary) {
  process.stdout.write(summary.dryRun ? 'Kiểm tra xong (chưa ghi gì):\n' : 'Đã nhập gói dữ liệu:\n');
  for (const [kind, label] of Object.entries(KIND_LABEL)) {
    const counts = summary[kind as keyof typeof KIND_LABEL & keyof ImportSummary] as {
      created: number;
      updated: number;
      unchanged: number;
    };
    process.stdout.write(
      `  ${label.padEnd(18)} thêm ${counts.created}, sửa ${counts.updated}, không đổi ${counts.unchanged}\n`,
    );
  }
}

/**
 * Imports a package file straight into the database, read as a stream (a national package is
 * more than one string can hold); the audit entry's content hash is that of the bytes read.
 */
async function importFile(file: string, options: { dataDir?: string; dryRun?: boolean }) {
  const hash = createHash('sha256');
  async function* hashed() {
    for await (const chunk of file === '-' ? process.stdin : createReadStream(file)) {
      hash.update(chunk as Buffer);
      yield chunk as Buffer;
    }
  }
  let input: unknown;
  try {
    input = await readJsonDocument(hashed());
  } catch (error) {
    throw error instanceof JsonStreamError ? jsonStreamRefusal(error, file) : error;
  }
  const contentHash = hash.digest('hex');
  return withDatabase(options, (database, actor) =>
    importPackage(database.db, actor, input, { dryRun: options.dryRun ?? false, contentHash }),
  );
}

export function registerPackageCommands(program: Command) {
  addDatabaseOption(
    program
      .command('import')
      .description('nhập một gói dữ liệu v1 (tất cả hoặc không gì cả; liệt kê mọi lỗi)')
      .argument('<file>', 'tệp JSON của gói dữ liệu ("-" để đọc từ stdin)')
      .option('--dry-run', 'chỉ kiểm tra, không ghi')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (file: string, options: { dataDir?: string; dryRun?: boolean; json?: boolean }) => {
    const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
    try {
      const summary = server
        ? // The server reads and checks the bytes as they are.
          ((await callServer(
            server,
            'POST',
            `/packages/import?dryRun=${options.dryRun ? 'true' : 'false'}`,
            file === '-' ? await readStdinBytes() : await readFile(file),
          )) as ImportSummary)
        : await importFile(file, options);
      if (options.json) printJson(summary);
      else printSummary(summary);
    } catch (error) {
      if (options.json && error instanceof AppError) printJson(error.toEnvelope());
      throw error;
    }
  });

  addDatabaseOption(
    program
      .command('export')
      .description('xuất gói dữ liệu v1 để trao đổi với khối và Bộ (không phải bản sao lưu: kcn backup)')
      .option('--board <code...>', 'mã Ban Quản lý (bỏ trống: mọi Ban)')
      .option('--out <file>', 'ghi ra tệp thay vì stdout'),
  ).action(async (options: { dataDir?: string; board?: string[]; out?: string }) => {
    const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
    const query = (options.board ?? []).map((b) => `board=${encodeURIComponent(b)}`).join('&');
    const pkg = server
      ? await callServer(server, 'GET', `/packages/export${query ? `?${query}` : ''}`)
      : await withDatabase(options, (database, actor) => exportPackage(database.db, actor, options.board), {
          demo: true,
        });
    // Written record by record: a national package is more than one string can hold.
    const text = Readable.from(
      (function* () {
        yield* jsonDocumentPieces(pkg, { indent: 2 });
        yield '\n';
      })(),
    );
    if (options.out) {
      await pipeline(text, createWriteStream(options.out));
      stderr(`Đã ghi ${options.out}`);
    } else {
      await pipeline(text, process.stdout, { end: false });
    }
  });
}
