import { describe, expect, it } from 'vitest';
import { AppError } from '../server/kernel/errors.ts';
import { upsertCalendarYear } from '../server/modules/one-stop/index.ts';
import { kcnInProcess } from '../../test/kcn-in-process.ts';
import { withDatabase } from './context.ts';
import { buildProgram } from './program.ts';

/**
 * `kcn calendar …` run in-process (as src/cli/main.ts runs it) on an embedded database of its
 * own: what it prints, and that a year set in the database applies.
 */
const { dataDir, kcn } = kcnInProcess('calendar');

describe('kcn calendar', () => {
  it("prints the contract's example as JSON, and as a Vietnamese sentence", async () => {
    const json = JSON.parse(
      await kcn(
        'calendar',
        'due-date',
        '--received-at',
        '2026-02-13T09:30:00+07:00',
        '--working-days',
        '3',
        '--json',
      ),
    );
    expect(json).toMatchObject({
      receivedAt: '2026-02-13T09:30:00+07:00',
      dayZero: '2026-02-13',
      dueDate: '2026-02-25',
    });
    const sentence = await kcn(
      'calendar',
      'due-date',
      '--received-at',
      '2026-02-13T09:30:00+07:00',
      '--working-days',
      '3',
    );
    expect(sentence).toContain('thời hạn 3 ngày làm việc');
    expect(sentence).toContain('hạn trả kết quả thứ Tư 25/02/2026');
  }, 120_000);

  it('counts calendar days with --days, and refuses bad input with the API’s words', async () => {
    const json = JSON.parse(
      await kcn(
        'calendar',
        'due-date',
        '--received-at',
        '2026-04-24T10:00:00+07:00',
        '--days',
        '3',
        '--json',
      ),
    );
    expect(json).toMatchObject({ dayZero: '2026-04-24', dueDate: '2026-04-28', deadline: { unit: 'days' } });
    const refused = await kcn(
      'calendar',
      'due-date',
      '--received-at',
      '2026-02-13T09:30:00',
      '--days',
      '3',
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('VALIDATION_FAILED');
    expect((refused as AppError).details.map((d) => d.path)).toEqual(['--received-at']);
    const both = await kcn(
      'calendar',
      'due-date',
      '--received-at',
      '2026-02-13T09:30:00+07:00',
      '--days',
      '3',
      '--working-days',
      '3',
    ).catch((error: unknown) => error);
    expect((both as AppError).details.map((d) => d.path)).toEqual(['--working-days']);
  }, 120_000);

  it("prints a year's schedule, and follows a year set in the database", async () => {
    const year = JSON.parse(await kcn('calendar', 'year', '2026', '--json'));
    expect(year).toMatchObject({ year: 2026, source: 'built-in' });
    expect(year.daysOff).toContain('2026-04-27');
    expect(await kcn('calendar', 'year', '2026')).toContain('thứ Ba 17/02/2026 — Tết Nguyên đán (mùng 1)');

    const before = JSON.parse(
      await kcn(
        'calendar',
        'due-date',
        '--received-at',
        '2031-03-10T08:00:00+07:00',
        '--working-days',
        '5',
        '--json',
      ),
    );
    expect(before.dueDate).toBe('2031-03-17');
    await withDatabase({ dataDir }, (database, actor) =>
      database.db.transaction((tx) =>
        upsertCalendarYear(tx, actor, {
          year: 2031,
          daysOff: ['2031-01-01', '2031-03-12'],
          workdays: [],
          note: 'thử',
        }),
      ),
    );
    const after = JSON.parse(
      await kcn(
        'calendar',
        'due-date',
        '--received-at',
        '2031-03-10T08:00:00+07:00',
        '--working-days',
        '5',
        '--json',
      ),
    );
    expect(after).toMatchObject({ dueDate: '2031-03-18', years: [{ year: 2031, source: 'set' }] });
    const set = await kcn('calendar', 'year', '2031');
    expect(set).toContain('Năm 2031: lịch đặt riêng trong cơ sở dữ liệu (phiên bản 1)');
    expect(set).toContain('thứ Tư 12/03/2031');
    const refused = await kcn('calendar', 'year', '1800').catch((error: unknown) => error);
    expect((refused as AppError).code).toBe('VALIDATION_FAILED');
  }, 120_000);

  it('names its options in its help', () => {
    const calendar = buildProgram().commands.find((c) => c.name() === 'calendar')!;
    const dueDate = calendar.commands.find((c) => c.name() === 'due-date')!.helpInformation();
    for (const option of [
      '--received-at <timestamp>',
      '--working-days <n>',
      '--days <n>',
      '--json',
      '--data-dir <dir>',
    ])
      expect(dueDate).toContain(option);
    expect(calendar.commands.find((c) => c.name() === 'year')!.helpInformation()).toContain('<year>');
  });
});
