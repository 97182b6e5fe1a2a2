import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../server/kernel/errors.ts';
import { upsertBoards } from '../server/modules/boards/index.ts';
import { kcnInProcess } from '../../test/kcn-in-process.ts';
import { withDatabase } from './context.ts';
import { buildProgram } from './program.ts';

/**
 * `kcn bloc …` (blocs-v1) run in-process (as src/cli/main.ts runs it) on an embedded database of
 * its own: what it prints, what it refuses, and that the database holds what it set.
 */
const { dataDir, kcn } = kcnInProcess('bloc');

describe('kcn bloc', () => {
  beforeAll(async () => {
    await withDatabase({ dataDir }, (database, actor) =>
      database.db.transaction((tx) =>
        upsertBoards(tx, actor, [
          { code: 'HY', name: 'Ban Quản lý các KCN tỉnh Hưng Yên' },
          { code: 'TB', name: 'Ban Quản lý KKT và các KCN tỉnh Thái Bình' },
          { code: 'HP', name: 'Ban Quản lý KKT Hải Phòng' },
        ]),
      ),
    );
  }, 120_000);

  it('creates and renames a bloc, and sets a year as the contract writes it', async () => {
    const created = JSON.parse(await kcn('bloc', 'set', 'DBSH', '--name', 'Khối Đồng bằng', '--json'));
    expect(created).toMatchObject({ code: 'DBSH', name: 'Khối Đồng bằng', version: 1, years: [] });
    expect(
      await kcn(
        'bloc',
        'set',
        'DBSH',
        '--name',
        'Khối thi đua các Ban Quản lý KCN, KKT vùng Đồng bằng sông Hồng',
      ),
    ).toBe(
      'Khối DBSH: Khối thi đua các Ban Quản lý KCN, KKT vùng Đồng bằng sông Hồng (phiên bản 2, 0 năm có danh sách thành viên).\n',
    );
    const year = JSON.parse(
      await kcn(
        'bloc',
        'year',
        'DBSH',
        '2024',
        '--members',
        'HY,TB,HP',
        '--leader',
        'HY',
        '--deputy',
        'TB',
        '--json',
      ),
    );
    expect(year).toMatchObject({
      bloc: 'DBSH',
      year: 2024,
      members: ['HY', 'TB', 'HP'],
      leader: 'HY',
      deputy: 'TB',
    });
    const text = await kcn('bloc', 'year', 'DBSH', '2025', '--members', 'TB', '--leader', 'TB');
    expect(text).toContain('Khối DBSH năm 2025 (phiên bản 1):');
    expect(text).toContain('Thành viên: TB (Ban Quản lý KKT và các KCN tỉnh Thái Bình)');
    expect(text).toContain('Khối phó: (không có)');
  }, 120_000);

  it('refuses with the API’s codes and Vietnamese words, printing the envelope with --json, changing nothing', async () => {
    const refused = (await kcn(
      'bloc',
      'year',
      'DBSH',
      '2024',
      '--members',
      'HY,TB',
      '--leader',
      'HP',
      '--json',
    ).catch((error: unknown) => error)) as AppError & { printed: string };
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.code).toBe('BLOC_LEADER_NOT_MEMBER');
    expect(refused.statusCode).toBe(422);
    expect(refused.message).toBe('Khối trưởng phải là một thành viên của khối trong năm.');
    expect(JSON.parse(refused.printed).error).toMatchObject({
      code: 'BLOC_LEADER_NOT_MEMBER',
      details: [{ path: 'body.leader', reason: 'BLOC_LEADER_NOT_MEMBER' }],
    });
    const unknown = (await kcn('bloc', 'year', 'DBSH', '2024', '--members', 'HY,XX', '--leader', 'HY').catch(
      (error: unknown) => error,
    )) as AppError;
    expect(unknown.code).toBe('BLOC_MEMBER_UNKNOWN');
    const badYear = (await kcn('bloc', 'year', 'DBSH', 'hai', '--members', 'HY', '--leader', 'HY').catch(
      (error: unknown) => error,
    )) as AppError;
    expect(badYear.code).toBe('VALIDATION_FAILED');
    expect(badYear.details.map((d) => d.path)).toEqual(['<year>']);
    const year = JSON.parse(
      await kcn(
        'bloc',
        'year',
        'DBSH',
        '2024',
        '--members',
        'HY,TB,HP',
        '--leader',
        'HY',
        '--deputy',
        'TB',
        '--json',
      ),
    );
    expect(year).toMatchObject({ members: ['HY', 'TB', 'HP'], version: 1 });
  }, 120_000);

  it('names its options in its help', () => {
    const bloc = buildProgram().commands.find((c) => c.name() === 'bloc')!;
    const year = bloc.commands.find((c) => c.name() === 'year')!.helpInformation();
    for (const option of [
      '<bloc>',
      '<year>',
      '--members <codes>',
      '--leader <code>',
      '--deputy <code>',
      '--json',
      '--data-dir <dir>',
    ])
      expect(year).toContain(option);
    expect(bloc.commands.find((c) => c.name() === 'set')!.helpInformation()).toContain('--name <name>');
  });
});
