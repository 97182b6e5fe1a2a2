import type { Command } from 'commander';
import {
  BlocYearParams,
  SetBlocBody,
  SetBlocYearBody,
  setBloc,
  setBlocYear,
  type BlocDetail,
  type BlocYear,
} from '../../server/modules/boards/index.ts';
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
  name: '--name',
  members: '--members',
  leader: '--leader',
  deputy: '--deputy',
  year: '<year>',
  code: '<bloc>',
};

/** A PUT through the running server (callServer names GET and POST; fetch takes any method). */
const PUT = 'PUT' as 'POST';

export function yearText(year: BlocYear): string {
  return (
    `Khối ${year.bloc} năm ${year.year} (phiên bản ${year.version}):\n` +
    `  Thành viên: ${year.boards.map((b) => `${b.code} (${b.name})`).join(', ')}\n` +
    `  Khối trưởng: ${year.leader}\n` +
    `  Khối phó: ${year.deputy ?? '(không có)'}\n`
  );
}

/** `kcn bloc set` and `kcn bloc year` (blocs-v1): blocs as data, with national scope. */
export function registerBlocCommands(program: Command) {
  const bloc = program
    .command('bloc')
    .description('khối thi đua: tạo, đổi tên khối; thành viên, khối trưởng, khối phó từng năm (blocs-v1)');

  addDatabaseOption(
    bloc
      .command('set')
      .description('tạo khối thi đua hoặc đổi tên khối')
      .argument('<bloc>', 'mã khối, ví dụ DBSH')
      .requiredOption('--name <name>', 'tên khối')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(async (code: string, options: { dataDir?: string; name: string; json?: boolean }) => {
    const body = parseOptions(SetBlocBody, { name: options.name }, FLAG);
    const result = await printingRefusal(options.json, async () => {
      const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
      return server
        ? ((await callServer(server, PUT, `/blocs/${encodeURIComponent(code)}`, body)) as BlocDetail)
        : (await withDatabase(options, (database, actor) => setBloc(database.db, actor, code, body))).bloc;
    });
    if (options.json) return printJson(result);
    process.stdout.write(
      `Khối ${result.code}: ${result.name} (phiên bản ${result.version}, ${result.years.length} năm có danh sách thành viên).\n`,
    );
  });

  addDatabaseOption(
    bloc
      .command('year')
      .description('đặt danh sách thành viên (theo thứ tự), khối trưởng và khối phó của khối trong một năm')
      .argument('<bloc>', 'mã khối, ví dụ DBSH')
      .argument('<year>', 'năm, ví dụ 2024')
      .requiredOption(
        '--members <codes>',
        'mã các Ban Quản lý thành viên, cách nhau bằng dấu phẩy, ví dụ HY,TB,HP',
      )
      .requiredOption('--leader <code>', 'mã Ban khối trưởng (là thành viên)')
      .option('--deputy <code>', 'mã Ban khối phó (là thành viên, khác khối trưởng); bỏ trống nếu không có')
      .option('--json', 'in kết quả dạng JSON'),
  ).action(
    async (
      code: string,
      yearArgument: string,
      options: { dataDir?: string; members: string; leader: string; deputy?: string; json?: boolean },
    ) => {
      const { year } = parseOptions(BlocYearParams, { code, year: yearArgument }, FLAG);
      const body = parseOptions(
        SetBlocYearBody,
        {
          members: options.members
            .split(',')
            .map((m) => m.trim())
            .filter((m) => m !== ''),
          leader: options.leader.trim(),
          ...(options.deputy ? { deputy: options.deputy.trim() } : {}),
        },
        FLAG,
      );
      const result = await printingRefusal(options.json, async () => {
        const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
        return server
          ? ((await callServer(
              server,
              PUT,
              `/blocs/${encodeURIComponent(code)}/years/${year}`,
              body,
            )) as BlocYear)
          : (
              await withDatabase(options, (database, actor) =>
                setBlocYear(database.db, actor, code, year, body),
              )
            ).year;
      });
      if (options.json) return printJson(result);
      process.stdout.write(yearText(result));
    },
  );
}
