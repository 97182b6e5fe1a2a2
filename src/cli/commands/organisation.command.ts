import type { Command } from 'commander';
import {
  MergeBoardBody,
  TransferZoneBody,
  mergeBoard,
  transferZone,
  type BoardMerge,
  type ZoneTransfer,
} from '../../server/modules/organisation/index.ts';
import {
  addDatabaseOption,
  parseOptions,
  printingRefusal,
  callServer,
  printJson,
  resolveTarget,
  runningServer,
  withDatabase,
} from '../context.ts';

const FLAG: Record<string, string> = {
  board: '--board',
  to: '--to',
  into: '--into',
  on: '--on',
  decision: '--decision',
};

function printMoved(moved: ZoneTransfer['moved'], changed: boolean) {
  if (!changed) {
    process.stdout.write('Đã thực hiện trước đó; không có gì thay đổi.\n');
    return;
  }
  process.stdout.write(
    `  Khu: ${moved.zones.join(', ') || '(không có)'}\n  Dự án: ${moved.projects}\n  Doanh nghiệp: ${moved.enterprises}\n`,
  );
}

/** `kcn zone transfer` and `kcn board merge` (organisation-v1), with national scope. */
export function registerOrganisationCommands(program: Command) {
  const zone = program.command('zone').description('khu: chuyển khu sang Ban Quản lý khác (organisation-v1)');
  addDatabaseOption(
    zone
      .command('transfer')
      .description('chuyển một khu (cùng dự án và doanh nghiệp trong khu) sang Ban Quản lý khác từ một ngày')
      .argument('<zone>', 'mã khu')
      .requiredOption('--board <code>', 'mã Ban Quản lý đang quản lý khu')
      .requiredOption('--to <code>', 'mã Ban Quản lý nhận khu')
      .requiredOption('--on <date>', 'ngày đầu tiên thuộc Ban mới, YYYY-MM-DD')
      .option('--decision <text>', 'số và ngày của quyết định')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(
    async (
      zoneCode: string,
      options: { dataDir?: string; board: string; to: string; on: string; decision?: string; json?: boolean },
    ) => {
      const body = parseOptions(
        TransferZoneBody,
        {
          board: options.board,
          to: options.to,
          on: options.on,
          decision: options.decision,
        },
        FLAG,
      );
      const result = await printingRefusal(options.json, async () => {
        const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
        return server
          ? ((await callServer(
              server,
              'POST',
              `/zones/${encodeURIComponent(zoneCode)}/transfer`,
              body,
            )) as ZoneTransfer)
          : withDatabase(options, (database, actor) => transferZone(database.db, actor, zoneCode, body));
      });
      if (options.json) return printJson(result);
      process.stdout.write(
        `Chuyển khu ${result.zone} từ ${result.from} sang ${result.to} từ ngày ${result.on}:\n`,
      );
      printMoved(result.moved, result.changed);
    },
  );

  const board = program.command('board').description('Ban Quản lý: hợp nhất (organisation-v1)');
  addDatabaseOption(
    board
      .command('merge')
      .description('hợp nhất một Ban Quản lý vào Ban khác từ một ngày: mọi khu chuyển sang, Ban cũ giải thể')
      .requiredOption('--from <code>', 'mã Ban Quản lý được hợp nhất (giải thể)')
      .requiredOption('--into <code>', 'mã Ban Quản lý nhận')
      .requiredOption('--on <date>', 'ngày đầu tiên thuộc Ban mới, YYYY-MM-DD')
      .option('--decision <text>', 'số và ngày của quyết định')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(
    async (options: {
      dataDir?: string;
      from: string;
      into: string;
      on: string;
      decision?: string;
      json?: boolean;
    }) => {
      const body = parseOptions(
        MergeBoardBody,
        {
          into: options.into,
          on: options.on,
          decision: options.decision,
        },
        FLAG,
      );
      const result = await printingRefusal(options.json, async () => {
        const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
        return server
          ? ((await callServer(
              server,
              'POST',
              `/boards/${encodeURIComponent(options.from)}/merge`,
              body,
            )) as BoardMerge)
          : withDatabase(options, (database, actor) => mergeBoard(database.db, actor, options.from, body));
      });
      if (options.json) return printJson(result);
      process.stdout.write(`Hợp nhất ${result.board} vào ${result.into} từ ngày ${result.on}:\n`);
      printMoved(result.moved, result.changed);
    },
  );
}
