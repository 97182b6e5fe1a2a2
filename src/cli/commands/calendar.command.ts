import type { Command } from 'commander';
import type { z } from 'zod';
import { CommonErrors } from '../../server/kernel/errors.ts';
import { calendarDueDate, getCalendarYear } from '../../server/modules/one-stop/calendar.service.ts';
import {
  DueDateQuery,
  YearParam,
  type CalendarYear,
  type DueDate,
} from '../../server/modules/one-stop/calendar.schemas.ts';
import {
  addDatabaseOption,
  callServer,
  printJson,
  resolveTarget,
  runningServer,
  withDatabase,
} from '../context.ts';

/** Checks options with the route's own schema, so the command and the API accept the same input. */
function parse<T extends z.ZodType>(schema: T, input: unknown, names: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw CommonErrors.VALIDATION_FAILED(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return {
          path: names[key] ?? (key ? `--${key}` : 'lệnh'),
          message: issue.message,
          reason: issue.code,
        };
      }),
    );
  return parsed.data;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** 2026-02-25 → "thứ Tư 25/02/2026". */
function dayInWords(date: string): string {
  const [y, m, d] = date.split('-');
  return `${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]} ${d}/${m}/${y}`;
}

const SOURCES: Record<CalendarYear['source'], string> = {
  default: 'mặc định theo Điều 112 Bộ luật Lao động',
  'built-in': 'theo lịch nghỉ Chính phủ công bố',
  set: 'đặt riêng trong cơ sở dữ liệu',
};

export function dueDateSentence(result: DueDate): string {
  const time = result.receivedAt.slice(11, 16);
  const unit = result.deadline.unit === 'working_days' ? 'ngày làm việc' : 'ngày';
  const years = result.years.map((y) => `${y.year}: ${SOURCES[y.source]}`).join('; ');
  return (
    `Hồ sơ tiếp nhận lúc ${time} ${dayInWords(result.receivedAt.slice(0, 10))}, thời hạn ${result.deadline.value} ${unit}: ` +
    `ngày bắt đầu tính (ngày 0) ${dayInWords(result.dayZero)}, hạn trả kết quả ${dayInWords(result.dueDate)}.\n` +
    `Lịch ngày làm việc (${years}).\n`
  );
}

export function yearText(year: CalendarYear): string {
  const list = (dates: { date: string; name: string | null }[]) =>
    dates.length === 0
      ? '  (không có)\n'
      : dates.map((d) => `  ${dayInWords(d.date)}${d.name ? ` — ${d.name}` : ''}\n`).join('');
  return (
    `Năm ${year.year}: lịch ${SOURCES[year.source]}${year.version ? ` (phiên bản ${year.version})` : ''}; ` +
    `${year.workingDayCount} ngày làm việc.\n` +
    `Ngày nghỉ (ngoài thứ Bảy, Chủ nhật):\n${list(year.holidays)}` +
    `Ngày làm bù:\n${list(year.workdays.map((date) => ({ date, name: null })))}` +
    (year.note ? `Nguồn: ${year.note}\n` : '')
  );
}

/** `kcn calendar …` — the working-day calendar (one-stop-v1), as the database has it. */
export function registerCalendarCommands(program: Command) {
  const calendar = program
    .command('calendar')
    .description('lịch ngày làm việc: hạn giải quyết hồ sơ, lịch nghỉ của một năm (one-stop-v1)');

  addDatabaseOption(
    calendar
      .command('due-date')
      .description(
        'hạn trả kết quả của một hồ sơ tiếp nhận lúc --received-at, thời hạn tính bằng ngày làm việc hoặc ngày',
      )
      .requiredOption(
        '--received-at <timestamp>',
        'thời điểm tiếp nhận, ISO 8601 có múi giờ, ví dụ 2026-02-13T09:30:00+07:00',
      )
      .option('--working-days <n>', 'thời hạn bằng ngày làm việc')
      .option('--days <n>', 'thời hạn bằng ngày (ngày lịch)')
      .option('--json', 'in JSON: receivedAt, dayZero, dueDate'),
  ).action(
    async (options: {
      dataDir?: string;
      receivedAt: string;
      workingDays?: string;
      days?: string;
      json?: boolean;
    }) => {
      const query = parse(
        DueDateQuery,
        { receivedAt: options.receivedAt, workingDays: options.workingDays, days: options.days },
        { receivedAt: '--received-at', workingDays: '--working-days', days: '--days' },
      );
      const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
      const search = new URLSearchParams({ receivedAt: query.receivedAt });
      if (query.workingDays !== undefined) search.set('workingDays', String(query.workingDays));
      if (query.days !== undefined) search.set('days', String(query.days));
      const result = server
        ? ((await callServer(server, 'GET', `/calendar/due-date?${search.toString()}`)) as DueDate)
        : await withDatabase(options, (database) => calendarDueDate(database.db, query));
      if (options.json) printJson(result);
      else process.stdout.write(dueDateSentence(result));
    },
  );

  addDatabaseOption(
    calendar
      .command('year')
      .description('lịch ngày nghỉ và ngày làm bù của một năm, và nguồn của lịch')
      .argument('<year>', 'năm, ví dụ 2026')
      .option('--json', 'in JSON'),
  ).action(async (yearArgument: string, options: { dataDir?: string; json?: boolean }) => {
    const year = parse(YearParam, yearArgument, { '': '<year>' });
    const server = await runningServer(resolveTarget({ dataDir: options.dataDir }));
    const result = server
      ? ((await callServer(server, 'GET', `/calendar/years/${year}`)) as CalendarYear)
      : await withDatabase(options, (database) => getCalendarYear(database.db, year));
    if (options.json) printJson(result);
    else process.stdout.write(yearText(result));
  });
}
