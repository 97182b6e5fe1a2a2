import { Command } from 'commander';
import { registerAdminCommands } from './commands/admin.command.ts';
import { registerBackupCommands } from './commands/backup.command.ts';
import { registerBlocCommands } from './commands/bloc.command.ts';
import { registerCalendarCommands } from './commands/calendar.command.ts';
import { registerFederationCommands } from './commands/federation.command.ts';
import { registerOrganisationCommands } from './commands/organisation.command.ts';
import { registerPackageCommands } from './commands/packages.command.ts';
import { registerReportCommands } from './commands/report.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerZoneCommands } from './commands/zone.command.ts';

/** `kcn` — the command line, thin over the same services as the API: every command and its help. */
export function buildProgram(): Command {
  const program = new Command('kcn')
    .description('KCN Hub — Ban Quản lý KKT và các KCN: máy chủ, nhập/xuất gói dữ liệu, báo cáo, quản trị')
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerPackageCommands(program);
  registerReportCommands(program);
  registerAdminCommands(program);
  registerBackupCommands(program);
  registerOrganisationCommands(program);
  registerCalendarCommands(program);
  registerBlocCommands(program);
  registerZoneCommands(program);
  registerFederationCommands(program);
  return program;
}
