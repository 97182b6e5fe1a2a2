import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice } from '../../../../test/libreoffice.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { auditLog } from '../../kernel/audit.tables.ts';
import { blocReturns, blocs, blocYearMembers, blocYears } from '../boards/index.ts';
import { commendationSubjects, titleRegistrations } from '../commendation/index.ts';
import { loadEmulationDemo } from './emulation.demo.ts';

/**
 * Emulation over HTTP: movements, the covenant and its signed file, and the scoring of a bloc's
 * year — three members scored by a table with every kind of criterion, the review by the leader,
 * the ranking and its Word document. Bloc DBSH: AA (leader), BB, CC in 2024 and 2025; bloc MT:
 * ZZ, another bloc.
 */
describe('emulation: movements, covenant, scoring', () => {
  let ctx: TestContext;
  let national: TestUser;
  let nationalViewer: TestUser;
  let leader: TestUser;
  let bb: TestUser;
  let cc: TestUser;
  let aaViewer: TestUser;
  let outsider: TestUser;
  let otherBlocCookie: string;
  let ids: Record<string, string>;

  const inject = (cookie: string, method: 'GET' | 'PUT', url: string, payload?: Buffer, type?: string) =>
    ctx.app.inject({
      method,
      url,
      headers: { cookie, ...(type ? { 'content-type': type } : {}) },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    ctx = await createTestContext();
    national = await ctx.createUser({ role: 'admin', username: 'quan.tri.bo' });
    nationalViewer = await ctx.createUser({ role: 'viewer', username: 'xem.bo' });
    leader = await ctx.createUser({ role: 'staff', board: 'AA' });
    bb = await ctx.createUser({ role: 'staff', board: 'BB' });
    cc = await ctx.createUser({ role: 'staff', board: 'CC' });
    aaViewer = await ctx.createUser({ role: 'viewer', board: 'AA' });
    outsider = await ctx.createUser({ role: 'staff', board: 'ZZ' });
    const [aa, b, c, z] = await Promise.all(['AA', 'BB', 'CC', 'ZZ'].map((code) => ctx.createBoard(code)));
    ids = { AA: aa!.id, BB: b!.id, CC: c!.id, ZZ: z!.id };
    const db = ctx.database.db;
    const [dbsh] = await db
      .insert(blocs)
      .values({ code: 'DBSH', name: 'Khối Đồng bằng sông Hồng' })
      .returning();
    const [mt] = await db.insert(blocs).values({ code: 'MT', name: 'Khối miền Trung' }).returning();
    ids.DBSH = dbsh!.id;
    ids.MT = mt!.id;
    for (const year of [2024, 2025]) {
      await db
        .insert(blocYears)
        .values({ blocId: dbsh!.id, year, leaderBoardId: aa!.id, deputyBoardId: b!.id });
      await db
        .insert(blocYearMembers)
        .values(
          [aa!, b!, c!].map((board, position) => ({ blocId: dbsh!.id, year, boardId: board.id, position })),
        );
    }
    await db.insert(blocYears).values({ blocId: mt!.id, year: 2024, leaderBoardId: z!.id });
    await db.insert(blocYearMembers).values({ blocId: mt!.id, year: 2024, boardId: z!.id, position: 0 });

    // A bloc administrator of the other bloc (MT).
    const password = 'Sen-khoi-MT-2024-Vang';
    const created = await national.api.post('/api/v1/users', {
      username: 'quan.tri.khoi.mt',
      fullName: 'Quản trị khối miền Trung',
      role: 'admin',
      scope: 'bloc',
      blocId: mt!.id,
      password,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'quan.tri.khoi.mt', password }),
    });
    expect(login.statusCode).toBe(200);
    otherBlocCookie = `kcn_session=${login.cookies.find((k) => k.name === 'kcn_session')!.value}`;
  }, 60_000);

  // ---- movements -------------------------------------------------------------------------------

  describe('movements', () => {
    const movement = {
      name: 'Phong trào thi đua "Cải cách hành chính, phục vụ nhà đầu tư" năm 2024',
      organiser: 'Ban Quản lý AA',
      kind: 'regular',
      startsOn: '2024-01-15',
      endsOn: '2024-12-31',
      content: 'Rút ngắn thời gian giải quyết thủ tục.',
    };

    it("a board's staff launch, correct and list the board's own; stale versions and bad input are refused", async () => {
      const created = await leader.api.post('/api/v1/emulation/movements', movement);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({ board: 'AA', bloc: null, kind: 'regular', version: 1 });

      const updated = await leader.api.patch(`/api/v1/emulation/movements/${created.body.id}`, {
        version: 1,
        endsOn: '2024-11-30',
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ endsOn: '2024-11-30', version: 2 });

      const stale = await leader.api.patch(`/api/v1/emulation/movements/${created.body.id}`, {
        version: 1,
        name: 'Tên khác',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('VERSION_CONFLICT');

      const backwards = await leader.api.post('/api/v1/emulation/movements', {
        ...movement,
        startsOn: '2024-06-01',
        endsOn: '2024-05-31',
      });
      expect(backwards.status).toBe(422);
      expect(backwards.body.error.code).toBe('EMULATION_MOVEMENT_PERIOD');

      const both = await leader.api.post('/api/v1/emulation/movements', {
        ...movement,
        board: 'AA',
        bloc: 'DBSH',
      });
      expect(both.status).toBe(400);
      expect(both.body.error.code).toBe('EMULATION_MOVEMENT_OWNER');

      // Another board's staff neither see AA nor write to it; a viewer does not write.
      const foreign = await bb.api.post('/api/v1/emulation/movements', { ...movement, board: 'AA' });
      expect(foreign.status).toBe(404);
      expect(foreign.body.error.code).toBe('EMULATION_BOARD_NOT_FOUND');
      const viewer = await aaViewer.api.post('/api/v1/emulation/movements', movement);
      expect(viewer.status).toBe(403);

      const list2024 = await leader.api.get('/api/v1/emulation/movements?year=2024&board=AA');
      expect(list2024.body.items.map((m: { id: string }) => m.id)).toEqual([created.body.id]);
      expect((await leader.api.get('/api/v1/emulation/movements?year=2023')).body.total).toBe(0);
      expect((await bb.api.get('/api/v1/emulation/movements?year=2024')).body.total).toBe(0);
    });

    it("a bloc's movement is the year's leader's; members read it, other blocs do not", async () => {
      const blocMovement = {
        ...movement,
        name: 'Phong trào thi đua của Khối năm 2024',
        organiser: 'Khối Đồng bằng sông Hồng',
        bloc: 'DBSH',
      };
      const byMember = await bb.api.post('/api/v1/emulation/movements', blocMovement);
      expect(byMember.status).toBe(403);
      expect(byMember.body.error.code).toBe('EMULATION_NOT_BLOC_LEADER');
      const byOutsider = await outsider.api.post('/api/v1/emulation/movements', blocMovement);
      expect(byOutsider.status).toBe(403);
      expect(byOutsider.body.error.code).toBe('FORBIDDEN');
      const noYear = await leader.api.post('/api/v1/emulation/movements', {
        ...blocMovement,
        startsOn: '2023-03-01',
      });
      expect(noYear.status).toBe(404);
      expect(noYear.body.error.code).toBe('EMULATION_BLOC_YEAR_NOT_FOUND');

      const created = await leader.api.post('/api/v1/emulation/movements', blocMovement);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({ board: null, bloc: 'DBSH' });

      const seenByMember = await cc.api.get('/api/v1/emulation/movements?bloc=DBSH');
      expect(seenByMember.body.items.map((m: { id: string }) => m.id)).toEqual([created.body.id]);
      expect((await outsider.api.get('/api/v1/emulation/movements?bloc=DBSH')).body.total).toBe(0);
      expect((await outsider.api.get(`/api/v1/emulation/movements/${created.body.id}`)).status).toBe(404);
      const byOtherBloc = await inject(otherBlocCookie, 'GET', '/api/v1/emulation/movements?bloc=DBSH');
      expect(byOtherBloc.json().total).toBe(0);
      expect((await national.api.get('/api/v1/emulation/movements?bloc=DBSH')).body.total).toBe(1);
      // A national administrator keeps any bloc's movement.
      const fixed = await national.api.patch(`/api/v1/emulation/movements/${created.body.id}`, {
        version: 1,
        kind: 'thematic',
      });
      expect(fixed.status).toBe(200);
    });

    it('deletes a movement nothing refers to, and refuses one a registration refers to', async () => {
      const kept = await leader.api.post('/api/v1/emulation/movements', {
        ...movement,
        name: 'Phong trào có đăng ký',
      });
      const spare = await leader.api.post('/api/v1/emulation/movements', {
        ...movement,
        name: 'Phong trào nhập nhầm',
      });
      const db = ctx.database.db;
      const [subject] = await db
        .insert(commendationSubjects)
        .values({ boardId: ids.AA!, kind: 'person', name: 'Nguyễn Văn An' })
        .returning();
      await db.insert(titleRegistrations).values({
        boardId: ids.AA!,
        year: 2024,
        subjectId: subject!.id,
        award: 'LDTT',
        movementId: kept.body.id,
        registeredOn: '2024-01-20',
      });

      const refused = await leader.api.delete(`/api/v1/emulation/movements/${kept.body.id}?version=1`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('EMULATION_MOVEMENT_IN_USE');
      expect((await leader.api.get(`/api/v1/emulation/movements/${kept.body.id}`)).status).toBe(200);

      const stale = await leader.api.delete(`/api/v1/emulation/movements/${spare.body.id}?version=7`);
      expect(stale.status).toBe(409);
      expect((await bb.api.delete(`/api/v1/emulation/movements/${spare.body.id}?version=1`)).status).toBe(
        404,
      );
      const deleted = await leader.api.delete(`/api/v1/emulation/movements/${spare.body.id}?version=1`);
      expect(deleted.status).toBe(204);
      expect((await leader.api.get(`/api/v1/emulation/movements/${spare.body.id}`)).status).toBe(404);

      const audit = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'emulation_movement'), eq(auditLog.entityId, spare.body.id)));
      expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
      // The refused deletion left no trace.
      const keptAudit = await db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'emulation_movement'), eq(auditLog.entityId, kept.body.id)));
      expect(keptAudit.map((a) => a.action)).toEqual(['create']);
    });
  });

  // ---- covenant --------------------------------------------------------------------------------

  describe('covenant', () => {
    const covenant = {
      title: 'Giao ước thi đua năm 2024 của Khối thi đua các Ban Quản lý vùng Đồng bằng sông Hồng',
      signedOn: '2024-03-08',
      place: 'Hưng Yên',
      content: 'Các thành viên cam kết thi đua hoàn thành vượt mức kế hoạch thu hút đầu tư.',
      signatories: ['AA', 'BB', 'CC'],
    };
    // A small but real PDF header and body: the type is read from the first bytes.
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );

    it('the leader sets it and stores the signed file; members read and download it; others are refused', async () => {
      const notMember = await leader.api.put('/api/v1/blocs/DBSH/covenants/2024', {
        ...covenant,
        signatories: ['AA', 'ZZ'],
      });
      expect(notMember.status).toBe(422);
      expect(notMember.body.error.code).toBe('EMULATION_COVENANT_SIGNATORY');
      expect(notMember.body.error.details[0].path).toBe('body.signatories[1]');
      const byMember = await bb.api.put('/api/v1/blocs/DBSH/covenants/2024', covenant);
      expect(byMember.status).toBe(403);
      expect(byMember.body.error.code).toBe('EMULATION_NOT_BLOC_LEADER');
      expect((await cc.api.get('/api/v1/blocs/DBSH/covenants/2024')).body.error.code).toBe(
        'EMULATION_COVENANT_NOT_FOUND',
      );

      const set = await leader.api.put('/api/v1/blocs/DBSH/covenants/2024', covenant);
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect(set.body).toMatchObject({ bloc: 'DBSH', year: 2024, file: null, version: 1 });
      expect(set.body.signatories.map((s: { code: string }) => s.code)).toEqual(['AA', 'BB', 'CC']);
      const again = await leader.api.put('/api/v1/blocs/DBSH/covenants/2024', covenant);
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('VERSION_CONFLICT');

      const text = await inject(
        leader.cookie,
        'PUT',
        '/api/v1/blocs/DBSH/covenants/2024/file?fileName=giao-uoc.pdf&version=1',
        Buffer.from('chỉ là văn bản'),
        'application/pdf',
      );
      expect(text.statusCode).toBe(415);
      expect(text.json().error.code).toBe('EMULATION_FILE_TYPE');
      const byViewer = await inject(
        aaViewer.cookie,
        'PUT',
        '/api/v1/blocs/DBSH/covenants/2024/file?fileName=giao-uoc.pdf&version=1',
        pdf,
        'application/pdf',
      );
      expect(byViewer.statusCode).toBe(403);

      const uploaded = await inject(
        leader.cookie,
        'PUT',
        `/api/v1/blocs/DBSH/covenants/2024/file?fileName=${encodeURIComponent('Giao ước 2024.pdf')}&version=1`,
        pdf,
        'application/octet-stream',
      );
      expect(uploaded.statusCode, uploaded.body).toBe(200);
      expect(uploaded.json().file).toMatchObject({
        fileName: 'Giao ước 2024.pdf',
        mediaType: 'application/pdf',
        sizeBytes: pdf.length,
      });
      expect(uploaded.json().version).toBe(2);

      const read = await cc.api.get('/api/v1/blocs/DBSH/covenants/2024');
      expect(read.status).toBe(200);
      expect(read.body.file.sha256).toMatch(/^[0-9a-f]{64}$/);
      const download = await inject(cc.cookie, 'GET', '/api/v1/blocs/DBSH/covenants/2024/file');
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(String(download.headers['content-disposition'])).toContain(
        "filename*=UTF-8''Giao%20%C6%B0%E1%BB%9Bc%202024.pdf",
      );
      expect(download.rawPayload.equals(pdf)).toBe(true);

      expect((await outsider.api.get('/api/v1/blocs/DBSH/covenants/2024')).status).toBe(403);
      expect(
        (await inject(otherBlocCookie, 'GET', '/api/v1/blocs/DBSH/covenants/2024/file')).statusCode,
      ).toBe(403);
      expect(
        (await inject(otherBlocCookie, 'GET', '/api/v1/blocs/MT/covenants/2024')).json().error.code,
      ).toBe('EMULATION_COVENANT_NOT_FOUND');
      expect((await nationalViewer.api.get('/api/v1/blocs/DBSH/covenants/2024')).status).toBe(200);

      // A bloc administrator keeps its own bloc's covenant, not another bloc's.
      const json = (body: unknown) => Buffer.from(JSON.stringify(body));
      const own = await inject(
        otherBlocCookie,
        'PUT',
        '/api/v1/blocs/MT/covenants/2024',
        json({ ...covenant, title: 'Giao ước thi đua năm 2024 của Khối miền Trung', signatories: ['ZZ'] }),
        'application/json',
      );
      expect(own.statusCode, own.body).toBe(200);
      expect(own.json().signatories).toEqual([{ code: 'ZZ', name: 'Ban Quản lý ZZ' }]);
      const foreignBloc = await inject(
        otherBlocCookie,
        'PUT',
        '/api/v1/blocs/DBSH/covenants/2024',
        json({ ...covenant, version: 2 }),
        'application/json',
      );
      expect(foreignBloc.statusCode).toBe(403);
      expect(foreignBloc.json().error.code).toBe('FORBIDDEN');
    });
  });

  // ---- scoring ---------------------------------------------------------------------------------

  describe('scoring', () => {
    /**
     * Every kind of criterion. Maximum total 60 + 30 + 10 = 100 (the penalty is not counted).
     *   1   sum, 60: 1.1 quantitative 20 (targets AA 10, BB 8, CC 10) · 1.2 pass/fail 10 ·
     *                1.3 per occurrence 2.5 each, up to 15 · 1.4 quantitative 15, no targets
     *   2   sum, 30: 2.1 pass/fail 10 · 2.2 quantitative 20 (targets 100 each) · 2.3 bonus up to 5
     *   3   bonus, up to 10
     *   4   penalty, up to 10
     */
    const table = {
      name: 'Bảng tiêu chí chấm điểm thi đua năm 2024',
      adoptedBy: 'Quy chế hoạt động Khối, ngày 12/01/2024',
      criteria: [
        {
          code: '1',
          name: 'Thu hút đầu tư và phát triển khu công nghiệp',
          kind: 'sum',
          maxPoints: '60',
          children: [
            {
              code: '1.1',
              name: 'Số dự án cấp mới so với chỉ tiêu',
              kind: 'quantitative',
              maxPoints: '20',
              unit: 'dự án',
            },
            { code: '1.2', name: 'Hoàn thành báo cáo đúng hạn', kind: 'pass_fail', maxPoints: '10' },
            {
              code: '1.3',
              name: 'Hội nghị xúc tiến đầu tư tổ chức',
              kind: 'per_occurrence',
              maxPoints: '15',
              pointsPerOccurrence: '2.5',
            },
            {
              code: '1.4',
              name: 'Diện tích đất cho thuê mới',
              kind: 'quantitative',
              maxPoints: '15',
              unit: 'ha',
            },
          ],
        },
        {
          code: '2',
          name: 'Cải cách hành chính',
          kind: 'sum',
          maxPoints: '30',
          children: [
            { code: '2.1', name: 'Không có hồ sơ quá hạn', kind: 'pass_fail', maxPoints: '10' },
            {
              code: '2.2',
              name: 'Số hồ sơ giải quyết',
              kind: 'quantitative',
              maxPoints: '20',
              unit: 'hồ sơ',
            },
            { code: '2.3', name: 'Sáng kiến cải cách', kind: 'bonus', maxPoints: '5' },
          ],
        },
        { code: '3', name: 'Điểm thưởng: được khen thưởng cấp bộ', kind: 'bonus', maxPoints: '10' },
        { code: '4', name: 'Điểm trừ: báo cáo chậm, sai sót', kind: 'penalty', maxPoints: '10' },
      ],
      targets: [
        { criterion: '1.1', board: 'AA', target: '10' },
        { criterion: '1.1', board: 'BB', target: '8' },
        { criterion: '1.1', board: 'CC', target: '10' },
        ...['AA', 'BB', 'CC'].map((board) => ({ criterion: '2.2', board, target: '100' })),
      ],
    };

    const sheets: Record<string, { criterion: string; value?: string; passed?: boolean }[]> = {
      AA: [
        { criterion: '1.1', value: '12' },
        { criterion: '1.2', passed: true },
        { criterion: '1.3', value: '4' },
        { criterion: '1.4', value: '20' },
        { criterion: '2.1', passed: true },
        { criterion: '2.2', value: '100' },
        { criterion: '2.3', value: '3' },
        { criterion: '3', value: '2' },
        { criterion: '4', value: '0' },
      ],
      BB: [
        { criterion: '1.1', value: '9' },
        { criterion: '1.2', passed: true },
        { criterion: '1.3', value: '7' },
        { criterion: '1.4', value: '45' },
        { criterion: '2.1', passed: false },
        { criterion: '2.2', value: '50' },
        { criterion: '2.3', value: '0' },
        { criterion: '4', value: '3' },
      ],
      CC: [
        { criterion: '1.1', value: '5' },
        { criterion: '1.2', passed: false },
        { criterion: '1.3', value: '1' },
        { criterion: '1.4', value: '0' },
        { criterion: '2.1', passed: true },
        { criterion: '2.2', value: '150' },
        { criterion: '2.3', value: '8' },
        { criterion: '4', value: '12' },
      ],
    };

    it('refuses a table the domain cannot score, listing each problem, and a sourced criterion that is not quantitative', async () => {
      const bad = await leader.api.put('/api/v1/blocs/DBSH/scoring/2024', {
        ...table,
        criteria: [
          {
            code: '1',
            name: 'Tổng',
            kind: 'sum',
            maxPoints: '10',
            children: [
              { code: '1.1', name: 'A', kind: 'pass_fail', maxPoints: '8' },
              { code: '1.2', name: 'B', kind: 'per_occurrence', maxPoints: '5' },
            ],
          },
        ],
        targets: [],
      });
      expect(bad.status).toBe(422);
      expect(bad.body.error.code).toBe('SCORING_TABLE_INVALID');
      expect(
        bad.body.error.details.map((d: { reason: string; path: string }) => [d.reason, d.path]).sort(),
      ).toEqual([
        ['SCORING_MAX_EXCEEDS_PARENT', 'body.criteria[0]'],
        ['SCORING_PER_OCCURRENCE_POINTS', 'body.criteria[0].children[1]'],
      ]);
      const sourced = await leader.api.put('/api/v1/blocs/DBSH/scoring/2024', {
        ...table,
        criteria: [{ code: '1', name: 'A', kind: 'pass_fail', maxPoints: '5', source: 'newProjects.total' }],
        targets: [],
      });
      expect(sourced.body.error.code).toBe('SCORING_SOURCE_INVALID');
      const target = await leader.api.put('/api/v1/blocs/DBSH/scoring/2024', {
        ...table,
        targets: [{ criterion: '1.2', board: 'ZZ', target: '5' }],
      });
      expect(target.body.error.code).toBe('SCORING_TARGET_INVALID');
      expect(target.body.error.details).toHaveLength(2);
      const byMember = await bb.api.put('/api/v1/blocs/DBSH/scoring/2024', table);
      expect(byMember.body.error.code).toBe('EMULATION_NOT_BLOC_LEADER');
      expect((await leader.api.get('/api/v1/blocs/DBSH/scoring/2024')).body.error.code).toBe(
        'SCORING_TABLE_NOT_FOUND',
      );
    });

    it('scores and ranks three members on their own values exactly as computed by hand', async () => {
      const set = await leader.api.put('/api/v1/blocs/DBSH/scoring/2024', table);
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect(set.body.maxTotal).toBe('100');
      expect(set.body.criteria.map((c: { code: string }) => c.code)).toEqual(['1', '2', '3', '4']);
      expect(set.body.criteria[0].children[2]).toMatchObject({ code: '1.3', pointsPerOccurrence: '2.5' });
      expect(set.body.targets).toHaveLength(6);

      for (const [board, user] of [
        ['AA', leader],
        ['BB', bb],
        ['CC', cc],
      ] as const) {
        const saved = await user.api.put(`/api/v1/blocs/DBSH/scoring/2024/sheets/${board}`, {
          entries: sheets[board],
        });
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
        expect(saved.body).toMatchObject({ state: 'draft', version: 1 });
      }
      // A member fills its own sheet only; values must fit the criterion's kind.
      const foreign = await bb.api.put('/api/v1/blocs/DBSH/scoring/2024/sheets/CC', { entries: [] });
      expect(foreign.status).toBe(403);
      const wrongKind = await bb.api.put('/api/v1/blocs/DBSH/scoring/2024/sheets/BB', {
        version: 1,
        entries: [
          { criterion: '1.2', value: '3' },
          { criterion: '1', value: '3' },
          { criterion: '1.3', value: '1.5' },
          { criterion: '9.9', value: '1' },
        ],
      });
      expect(wrongKind.status).toBe(422);
      expect(wrongKind.body.error.code).toBe('SCORING_ENTRY_INVALID');
      expect(wrongKind.body.error.details.map((d: { reason: string }) => d.reason)).toEqual([
        'pass_fail',
        'sum',
        'not_integer',
        'unknown_criterion',
      ]);

      const ranking = await cc.api.get('/api/v1/blocs/DBSH/scoring/2024/ranking');
      expect(ranking.status, JSON.stringify(ranking.body)).toBe(200);
      const by = Object.fromEntries(
        ranking.body.members.map((m: { board: string }) => [m.board, m]),
      ) as Record<string, { rank: number; total: string; basis: string; points: Record<string, string> }>;
      // 1.1 quantitative, 20: ratios AA 12/10 = 1.2 (the leader → 20), BB 9/8 = 1.125 (above target:
      //     10 + 10 · 0.125/0.2 = 16.25), CC 5/10 = 0.5 (below: ½ · 20 · 0.5 = 5).
      // 1.2 pass/fail, 10: AA 10, BB 10, CC 0.
      // 1.3 2.5 per occurrence up to 15: AA 4 → 10, BB 7 → 17.5 capped 15, CC 1 → 2.5.
      // 1.4 quantitative without targets, against the best (BB 45): AA 15 · 20/45 = 6.666… → 6.67,
      //     BB 15, CC 0.
      // 1 = AA 20 + 10 + 10 + 6.67 = 46.67 · BB 16.25 + 10 + 15 + 15 = 56.25 · CC 5 + 0 + 2.5 + 0 = 7.5
      expect([by.AA!.points['1.1'], by.BB!.points['1.1'], by.CC!.points['1.1']]).toEqual([
        '20.00',
        '16.25',
        '5.00',
      ]);
      expect([by.AA!.points['1.3'], by.BB!.points['1.3'], by.CC!.points['1.3']]).toEqual([
        '10.00',
        '15.00',
        '2.50',
      ]);
      expect([by.AA!.points['1.4'], by.BB!.points['1.4'], by.CC!.points['1.4']]).toEqual([
        '6.67',
        '15.00',
        '0.00',
      ]);
      expect([by.AA!.points['1'], by.BB!.points['1'], by.CC!.points['1']]).toEqual([
        '46.67',
        '56.25',
        '7.50',
      ]);
      // 2.1 pass/fail 10: AA 10, BB 0, CC 10.
      // 2.2 quantitative, 20, target 100: AA 1.0 → 10, BB 0.5 → 5, CC 1.5 (the leader) → 20.
      // 2.3 bonus up to 5: AA 3, BB 0, CC 8 → 5.
      // 2 = AA 10 + 10 + 3 = 23 · BB 0 + 5 + 0 = 5 · CC 10 + 20 + 5 = 35, held at its maximum 30.
      expect([by.AA!.points['2.2'], by.BB!.points['2.2'], by.CC!.points['2.2']]).toEqual([
        '10.00',
        '5.00',
        '20.00',
      ]);
      expect([by.AA!.points['2'], by.BB!.points['2'], by.CC!.points['2']]).toEqual([
        '23.00',
        '5.00',
        '30.00',
      ]);
      // 3 bonus: AA 2. 4 penalty up to 10: BB −3, CC 12 → −10.
      expect([by.AA!.points['3'], by.BB!.points['4'], by.CC!.points['4']]).toEqual([
        '2.00',
        '-3.00',
        '-10.00',
      ]);
      // Totals: AA 46.67 + 23 + 2 − 0 = 71.67 · BB 56.25 + 5 + 0 − 3 = 58.25 · CC 7.5 + 30 + 0 − 10 = 27.5
      expect(
        ranking.body.members.map((m: { board: string; total: string; rank: number; basis: string }) => [
          m.board,
          m.total,
          m.rank,
          m.basis,
        ]),
      ).toEqual([
        ['AA', '71.67', 1, 'self'],
        ['BB', '58.25', 2, 'self'],
        ['CC', '27.50', 3, 'self'],
      ]);
      expect(ranking.body.members[2].values['4']).toEqual({ value: '12', passed: null, from: 'self' });
      expect(ranking.body.table.maxTotal).toBe('100');
    });

    it('self score → submit → the leader reviews → the ranking counts the reviewed values', async () => {
      const submitted = await cc.api.post('/api/v1/blocs/DBSH/scoring/2024/sheets/CC/submit', { version: 1 });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      expect(submitted.body).toMatchObject({ state: 'submitted', version: 2 });
      // Submitted: the member no longer edits it, the table is locked.
      const late = await cc.api.put('/api/v1/blocs/DBSH/scoring/2024/sheets/CC', { version: 2, entries: [] });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('SCORING_SHEET_STATE');
      const locked = await leader.api.put('/api/v1/blocs/DBSH/scoring/2024', { ...table, version: 1 });
      expect(locked.body.error.code).toBe('SCORING_TABLE_LOCKED');

      // Only the leader reviews: not another member, not the member itself.
      const byMember = await bb.api.put('/api/v1/blocs/DBSH/scoring/2024/sheets/CC/review', {
        version: 2,
        entries: [{ criterion: '4', value: '2' }],
      });
      expect(byMember.status).toBe(403);
      expect(byMember.body.error.code).toBe('EMULATION_NOT_BLOC_LEADER');
      expect(
        (await cc.api.post('/api/v1/blocs/DBSH/scoring/2024/sheets/CC/reviewed', { version: 2 })).body.error
          .code,
      ).toBe('EMULATION_NOT_BLOC_LEADER');
      // A draft is not reviewed.
      const draft = await leader.api.put('/api/v1/blocs/DBSH/scoring/2024/sheets/BB/review', {
        version: 1,
        entries: [],
      });
      expect(draft.body.error.code).toBe('SCORING_SHEET_STATE');

      const review = await leader.api.put('/api/v1/blocs/DBSH/scoring/2024/sheets/CC/review', {
        version: 2,
        entries: [{ criterion: '4', value: '2', note: 'Chỉ 2 báo cáo chậm có căn cứ.' }],
      });
      expect(review.status, JSON.stringify(review.body)).toBe(200);
      const line4 = review.body.entries.find((e: { criterion: string }) => e.criterion === '4');
      expect(line4).toMatchObject({ value: '12', reviewedValue: '2', note: 'Chỉ 2 báo cáo chậm có căn cứ.' });

      // Reviewed but not yet marked so: still the member's own values.
      const before = await leader.api.get('/api/v1/blocs/DBSH/scoring/2024/ranking');
      expect(before.body.members[2]).toMatchObject({ board: 'CC', total: '27.50', basis: 'self' });

      const done = await leader.api.post('/api/v1/blocs/DBSH/scoring/2024/sheets/CC/reviewed', {
        version: 3,
      });
      expect(done.status).toBe(200);
      expect(done.body.state).toBe('reviewed');

      const after = await nationalViewer.api.get('/api/v1/blocs/DBSH/scoring/2024/ranking');
      const ccRow = after.body.members.find((m: { board: string }) => m.board === 'CC');
      // CC: the penalty reviewed to 2 → 7.5 + 30 + 0 − 2 = 35.5; its other values stay its own.
      expect(ccRow).toMatchObject({ total: '35.50', rank: 3, basis: 'reviewed', sheetState: 'reviewed' });
      expect(ccRow.values['4']).toEqual({ value: '2', passed: null, from: 'reviewed' });
      expect(ccRow.values['1.1']).toEqual({ value: '5', passed: null, from: 'self' });
      expect((await leader.api.get('/api/v1/blocs/DBSH/scoring/2024')).body.members[2]).toMatchObject({
        code: 'CC',
        sheetState: 'reviewed',
      });

      const audit = await ctx.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'score_sheet'), eq(auditLog.entityKey, 'DBSH/2024/CC')));
      expect(audit).toHaveLength(4);
    });

    it("another bloc's users and boards outside the bloc cannot read the scoring", async () => {
      for (const url of [
        '/api/v1/blocs/DBSH/scoring/2024',
        '/api/v1/blocs/DBSH/scoring/2024/ranking',
        '/api/v1/blocs/DBSH/scoring/2024/sheets/AA',
      ]) {
        expect((await outsider.api.get(url)).status, url).toBe(403);
        expect((await inject(otherBlocCookie, 'GET', url)).statusCode, url).toBe(403);
      }
      const notMember = await leader.api.get('/api/v1/blocs/DBSH/scoring/2024/sheets/ZZ');
      expect(notMember.body.error.code).toBe('SCORING_NOT_MEMBER');
    });

    it('writes the ranking as a Word document LibreOffice opens, with the totals in Vietnamese format', async () => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/blocs/DBSH/scoring/2024/ranking?format=docx&date=2024-12-20&number=7&signer=Nguy%E1%BB%85n%20V%C4%83n%20A',
        headers: { cookie: bb.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('wordprocessingml');
      expect(String(response.headers['content-disposition'])).toContain(
        'bang-xep-hang-thi-dua_DBSH_2024.docx',
      );
      const pdf = await convertWithLibreOffice(response.rawPayload, 'bang-xep-hang.docx');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const dir = mkdtempSync(path.join(tmpdir(), 'kcn-ranking-'));
      try {
        writeFileSync(path.join(dir, 'ranking.pdf'), pdf);
        const { stdout } = await promisify(execFile)('pdftotext', [
          '-layout',
          path.join(dir, 'ranking.pdf'),
          '-',
        ]);
        const text = stdout.replace(/\s+/g, ' ');
        expect(text).toContain('Số: 07/BC-KTĐ');
        expect(text).toContain('XẾP HẠNG THI ĐUA NĂM 2024');
        expect(text).toContain('Điểm tối đa');
        for (const figure of ['71,67', '58,25', '35,50', '46,67', '56,25', '100,00'])
          expect(text, figure).toContain(figure);
        expect(text).toMatch(/Ban Quản lý AA\s+1\s/);
        expect(text).toMatch(/Ban Quản lý CC\s+3\s/);
        expect(text).toContain('Nguyễn Văn A');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);

    it('a sourced criterion takes its value from the consolidated report, whatever the member typed', async () => {
      // Members known by their returns for 2025 (no records of their own in this database).
      const returns = {
        AA: { fdi: 3, ddi: 3, capitalDdiVnd: '1500000000000' },
        BB: { fdi: 2, ddi: 3, capitalDdiVnd: '3000000000000' },
        CC: { fdi: 1, ddi: 1, capitalDdiVnd: '750000000000' },
      };
      for (const [board, r] of Object.entries(returns))
        await ctx.database.db.insert(blocReturns).values({
          blocId: ids.DBSH!,
          boardId: ids[board]!,
          period: '2025',
          newProjectsFdi: r.fdi,
          newProjectsDdi: r.ddi,
          capitalFdiUsd: '0',
          capitalDdiVnd: r.capitalDdiVnd,
          revenueFdiUsd: '0',
          revenueDdiVnd: '0',
          budgetPaidFdiUsd: '0',
          budgetPaidDdiVnd: '0',
          zonesInPlanCount: 0,
          zonesInPlanAreaHa: '0',
          zonesOperatingCount: 0,
          zonesOperatingAreaHa: '0',
          zonesUnderConstructionCount: 0,
          zonesUnderConstructionAreaHa: '0',
          source: 'form',
        });
      const set = await leader.api.put('/api/v1/blocs/DBSH/scoring/2025', {
        name: 'Bảng tiêu chí năm 2025',
        criteria: [
          {
            code: '1',
            name: 'Dự án cấp mới',
            kind: 'quantitative',
            maxPoints: '10',
            source: 'newProjects.total',
          },
          {
            code: '2',
            name: 'Vốn trong nước cấp mới và điều chỉnh',
            kind: 'quantitative',
            maxPoints: '10',
            source: 'capitalNewAndAdjusted.ddiVnd',
          },
        ],
        targets: ['AA', 'BB', 'CC'].map((board) => ({ criterion: '1', board, target: '5' })),
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect(set.body.criteria[1]).toMatchObject({ unit: 'tỷ đồng', source: 'capitalNewAndAdjusted.ddiVnd' });
      await leader.api.put('/api/v1/blocs/DBSH/scoring/2025/sheets/AA', {
        entries: [
          { criterion: '1', value: '1' },
          { criterion: '2', value: '9999' },
        ],
      });

      const ranking = await leader.api.get('/api/v1/blocs/DBSH/scoring/2025/ranking');
      expect(ranking.status, JSON.stringify(ranking.body)).toBe(200);
      expect(
        ranking.body.sources.map((s: { criterion: string; available: boolean }) => [
          s.criterion,
          s.available,
        ]),
      ).toEqual([
        ['1', true],
        ['2', true],
      ]);
      // 1: projects AA 6, BB 5, CC 2 against 5 each: AA 1.2 (the leader) → 10, BB 1.0 → 5, CC 0.4 → 2.
      // 2: tỷ đồng AA 1500, BB 3000, CC 750, no targets, against the best (BB): AA 5, BB 10, CC 2.5.
      // Totals AA 15, BB 15 (sharing rank 1, in the bloc's order), CC 4.5.
      expect(
        ranking.body.members.map((m: { board: string; total: string; rank: number }) => [
          m.board,
          m.total,
          m.rank,
        ]),
      ).toEqual([
        ['AA', '15.00', 1],
        ['BB', '15.00', 1],
        ['CC', '4.50', 3],
      ]);
      expect(ranking.body.members[0].values['2']).toEqual({
        value: '1500',
        passed: null,
        from: 'source',
        typed: '9999',
      });
      expect(ranking.body.members[2].values['1']).toEqual({
        value: '2',
        passed: null,
        from: 'source',
        typed: null,
      });
    });

    it('the demo loads a believable table for a bloc year, which scores its members', async () => {
      const db = ctx.database.db;
      await db
        .insert(blocYears)
        .values({ blocId: ids.DBSH!, year: 2026, leaderBoardId: ids.BB!, deputyBoardId: ids.AA! });
      await db.insert(blocYearMembers).values(
        ['BB', 'AA', 'CC'].map((board, position) => ({
          blocId: ids.DBSH!,
          year: 2026,
          boardId: ids[board]!,
          position,
        })),
      );
      const summary = await db.transaction((tx) => loadEmulationDemo(tx, { bloc: 'DBSH', year: 2026 }));
      expect(summary).toEqual({ criteria: 13, targets: 12 });
      expect(await db.transaction((tx) => loadEmulationDemo(tx, { bloc: 'DBSH', year: 2026 }))).toEqual({
        criteria: 0,
        targets: 0,
      });
      const table = await bb.api.get('/api/v1/blocs/DBSH/scoring/2026');
      expect(table.body).toMatchObject({ leader: 'BB', maxTotal: '105' });
      const ranking = await bb.api.get('/api/v1/blocs/DBSH/scoring/2026/ranking');
      expect(ranking.status, JSON.stringify(ranking.body)).toBe(200);
      expect(ranking.body.members).toHaveLength(3);
      expect(ranking.body.sources.map((s: { criterion: string }) => s.criterion)).toEqual([
        'I.1',
        'I.2',
        'I.3',
        'I.4',
      ]);
    });
  });
});
