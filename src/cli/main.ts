import { Command, CommanderError } from 'commander';
import { registerAdminCommands } from './commands/admin.command.ts';
import { registerPackageCommands } from './commands/packages.command.ts';
import { registerReportCommands } from './commands/report.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { reportError } from './context.ts';

/** `kcn` — the command line, thin over the same services as the API. */
const program = new Command('kcn')
  .description('KCN Hub — Ban Quản lý KKT và các KCN: máy chủ, nhập/xuất gói dữ liệu, báo cáo, quản trị')
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerPackageCommands(program);
registerReportCommands(program);
registerAdminCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.exit(reportError(error));
}
