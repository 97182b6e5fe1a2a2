import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError, CommonErrors } from '../../server/kernel/errors.ts';
import { exportPackage } from '../../server/modules/packages/package-export.service.ts';
import { importPackage, type ImportSummary } from '../../server/modules/packages/package-import.service.ts';
import {
  addDatabaseOption,
  callServer,
  printJson,
  resolveTarget,
  runningServer,
  readStdin,
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

export function registerPackageCommands(program: Command) {
  addDatabaseOption(
    program
      .command('import')
      .description('nhập một gói dữ liệu v1 (tất cả hoặc không gì cả; liệt kê mọi lỗi)')
      .argument('<file>', 'tệp JSON của gói dữ liệu ("-" để đọc từ stdin)')
      .option('--dry-run', 'chỉ kiểm tra, không ghi')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (file: string, options: { dataDir?: string; dryRun?: boolean; json?: boolean }) => {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      throw CommonErrors.INVALID_JSON([
        { path: file, message: (error as Error).message, reason: 'invalid_json' },
      ]);
    }
    const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
    try {
      const summary = server
        ? ((await callServer(
            server,
            'POST',
            `/packages/import?dryRun=${options.dryRun ? 'true' : 'false'}`,
            input,
          )) as ImportSummary)
        : await withDatabase(options, (database, actor) =>
            importPackage(database.db, actor, input, {
              dryRun: options.dryRun ?? false,
              // The audit entry's content hash, of the bytes read (not a re-serialisation).
              contentHash: createHash('sha256').update(text).digest('hex'),
            }),
          );
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
    const json = `${JSON.stringify(pkg, null, 2)}\n`;
    if (options.out) {
      await writeFile(options.out, json);
      stderr(`Đã ghi ${options.out}`);
    } else {
      process.stdout.write(json);
    }
  });
}
