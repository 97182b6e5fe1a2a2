import type { Command } from 'commander';
import type { z } from 'zod';
import { AppError, CommonErrors } from '../../server/kernel/errors.ts';
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

/** Checks options with the route's own schema, so the command and the API accept the same input. */
function parse<T extends z.ZodType>(schema: T, input: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw CommonErrors.VALIDATION_FAILED(
      parsed.error.issues.map((issue) => ({
        path: FLAG[String(issue.path[0])] ?? String(issue.path[0] ?? 'lệnh'),
        message: issue.message,
        reason: issue.code,
      })),
    );
  return parsed.data;
}

/** Runs the change; with --json a refusal is printed as the API's envelope too. */
async function run<T>(json: boolean | undefined, act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (error) {
    if (json && error instanceof AppError) printJson(error.toEnvelope());
    throw error;
  }
}

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
    const body = parse(SetBlocBody, { name: options.name });
    const result = await run(options.json, async () => {
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
      const { year } = parse(BlocYearParams, { code, year: yearArgument });
      const body = parse(SetBlocYearBody, {
        members: options.members
          .split(',')
          .map((m) => m.trim())
          .filter((m) => m !== ''),
        leader: options.leader.trim(),
        ...(options.deputy ? { deputy: options.deputy.trim() } : {}),
      });
      const result = await run(options.json, async () => {
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
