import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kcnInProcess } from '../../test/kcn-in-process.ts';
import { createDossier, createProcedure } from '../../test/one-stop-fixtures.ts';
import { buildApp } from '../server/app.ts';
import { systemActor } from '../server/kernel/actor.ts';
import { openDatabase } from '../server/kernel/db/database.ts';
import { upsertBoards } from '../server/modules/boards/boards.service.ts';
import { createUser } from '../server/modules/users/users.service.ts';

/**
 * `kcn report dossiers` (one-stop-v1) run in this process on an embedded database of its own: its
 * --json is the API's JSON for the same query, its --format docx|xlsx writes the files.
 */
describe('kcn report dossiers', () => {
  const { dataDir, kcn } = kcnInProcess('report-dossiers');
  let httpJson: unknown;
  const QUERY = { board: 'TB', from: '2026-01-01', to: '2026-06-30' };

  beforeAll(async () => {
    const database = await openDatabase({ dataDir });
    const db = database.db;
    const { ids } = await upsertBoards(db, systemActor('test', []), [
      { code: 'TB', name: 'Ban Quản lý các KCN tỉnh Thái Bình' },
    ]);
    const boardId = ids.get('TB')!;
    const procedure = await createProcedure(db, { boardId, code: 'BQL-DT-02' });
    await createDossier(db, {
      procedure,
      code: 'TB-01',
      channel: 'online',
      receivedAt: '2026-02-13T09:30:00+07:00',
      deadline: { value: 3, unit: 'working_days' },
      result: { kind: 'approved', at: '2026-02-25T10:00:00+07:00' },
    });
    await createDossier(db, { procedure, code: 'TB-02', receivedAt: '2025-12-30T10:00:00+07:00' });
    await createDossier(db, {
      procedure,
      code: 'TB-03',
      receivedAt: '2026-06-01T08:00:00+07:00',
      supplements: [{ requestedAt: '2026-06-03T10:00:00+07:00' }],
    });

    // The same query through the API, as a signed-in national viewer.
    const app = await buildApp({ database });
    await app.ready();
    try {
      const password = 'Sen-Thu-Nghiem-2026-Vang';
      await createUser(db, systemActor('test', [boardId]), {
        username: 'xem.toanquoc',
        fullName: 'Người xem toàn quốc',
        role: 'viewer',
        scope: 'national',
        password,
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'xem.toanquoc', password }),
      });
      expect(login.statusCode).toBe(200);
      const cookie = `kcn_session=${login.cookies.find((c) => c.name === 'kcn_session')!.value}`;
      const response = await app.inject({
        url: `/api/v1/reports/dossiers?board=${QUERY.board}&from=${QUERY.from}&to=${QUERY.to}`,
        headers: { cookie },
      });
      expect(response.statusCode).toBe(200);
      httpJson = response.json();
    } finally {
      await app.close();
      await database.close();
    }
  }, 120_000);

  it('prints with --json exactly the JSON the API answers', async () => {
    const printed = JSON.parse(
      await kcn('report', 'dossiers', '--board', 'TB', '--from', QUERY.from, '--to', QUERY.to, '--json'),
    );
    expect(printed).toEqual(httpJson);
    expect(printed).toMatchObject({
      report: 'dossiers',
      boards: ['TB'],
      received: { total: 3, carriedOver: 1, new: 2, online: 1, onlinePct: 50 },
      resolved: { total: 1, early: 0, onTime: 1, late: 0, onTimePct: 100 },
      pending: { total: 2, notDue: 1, overdue: 1 },
    });
  }, 60_000);

  it('prints the report in words without --json', async () => {
    const text = await kcn('report', 'dossiers', '--board', 'TB', '--from', QUERY.from, '--to', QUERY.to);
    expect(text).toContain('BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH — TB');
    expect(text).toContain('tổng số hồ sơ tiếp nhận là 3 hồ sơ');
  }, 60_000);

  it('writes the Word report and the Excel form with --format and --out', async () => {
    for (const format of ['docx', 'xlsx']) {
      const out = path.join(path.dirname(dataDir), `bao-cao.${format}`);
      await kcn(
        'report',
        'dossiers',
        '--board',
        'TB',
        '--from',
        QUERY.from,
        '--to',
        QUERY.to,
        '--format',
        format,
        '--out',
        out,
      );
      // A zip (Office Open XML).
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
    await expect(
      kcn('report', 'dossiers', '--board', 'TB', '--from', QUERY.from, '--to', QUERY.to, '--format', 'docx'),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  }, 60_000);
});
