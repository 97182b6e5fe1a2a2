import type { Command } from 'commander';
import { addDatabaseOption } from '../context.ts';

export function registerServeCommand(program: Command) {
  addDatabaseOption(
    program
      .command('serve')
      .description('chạy máy chủ web và API (cổng PORT, mặc định 3000)')
      .option('--port <port>', 'cổng', (v) => Number.parseInt(v, 10))
      .option('--host <host>', 'địa chỉ lắng nghe (mặc định 0.0.0.0)')
      .option('--no-demo', 'không nạp dữ liệu mẫu vào cơ sở dữ liệu trống'),
  ).action(async (options: { dataDir?: string; port?: number; host?: string; demo: boolean }) => {
    // The web server's modules load only for this command, not for every command-line run.
    const { serve } = await import('../../server/main.ts');
    await serve(options);
  });
}
