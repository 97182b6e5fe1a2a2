import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocs, blocYearMembers, blocYears } from '../src/server/db-schema.ts';
import { queryRows } from '../src/server/kernel/db/database.ts';
import {
  readXlsx,
  writeXlsx,
  XLSX_CONTENT_TYPE,
  type CellInput,
} from '../src/server/kernel/documents/xlsx.ts';
import { COVENANT_PDF, createEmulationRecords, ZERO_RETURN } from './emulation-fixtures.ts';
import { createProcedureVersions } from './one-stop-fixtures.ts';
import { PackageBuilder } from './package-builder.ts';
import {
  createTestContext,
  type ApiClient,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from './test-app.ts';
import { TENANCY_MODULES, type TenancyParties } from './tenancy/modules.ts';
import {
  forbidden,
  hidden,
  notFound,
  probe,
  signIn,
  unknownReference,
  type Entry,
} from './tenancy/probes.ts';

/** A scoring table of one pass/fail criterion. */
const SCORING_TABLE = {
  name: 'Bảng tiêu chí chấm điểm thi đua năm 2024',
  adoptedBy: 'Quy chế hoạt động Khối',
  criteria: [{ code: '1', name: 'Hoàn thành báo cáo đúng hạn', kind: 'pass_fail', maxPoints: '10' }],
};

/**
 * Every row of board BB in every table with a board_id, and of its bloc (KBB, BB's alone) in every
 * table with a bloc_id and in blocs, as one digest per table and column.
 */
async function boardRows(ctx: TestContext, boardId: string, blocId: string): Promise<Record<string, string>> {
  const columns = await queryRows<{ table_name: string; column_name: 'board_id' | 'bloc_id' }>(
    ctx.database.db,
    sql`select table_name, column_name from information_schema.columns
        where column_name in ('board_id', 'bloc_id') and table_schema = current_schema()
        order by table_name, column_name`,
  );
  const digests: Record<string, string> = {};
  for (const [table, column, id] of [
    ...columns.map(
      ({ table_name, column_name }) =>
        [table_name, column_name, column_name === 'board_id' ? boardId : blocId] as const,
    ),
    ['blocs', 'id', blocId] as const,
  ]) {
    const [row] = await queryRows<{ n: number; digest: string | null }>(
      ctx.database.db,
      sql`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest
          from ${sql.identifier(table)} t where ${sql.identifier(column)} = ${id}`,
    );
    digests[`${table}.${column}`] = `${row!.n}:${row!.digest ?? ''}`;
  }
  return digests;
}

/**
 * Board AA's users never reach board BB's records: 404 on BB's ids, refused when BB is named,
 * absent from lists and reports, and BB's rows unchanged. Every route of the API is probed or
 * exempted with a reason, so a new module's routes cannot be forgotten.
 */
describe('tenancy: every query is scoped to the boards a user may see', () => {
  let ctx: TestContext;
  let adminA: TestUser;
  let staffB: TestUser;
  /** The enterprise account of AA's enterprise. */
  let firmA: ApiClient;
  /** Board BB's records (ids) and board AA's (for `shows`). */
  const b: Record<string, string> = {};
  const a: Record<string, string> = {};
  /** What no answer to AA may hold: BB's ids, and its codes and names as JSON strings. */
  let bbMarkers: string[];
  let routes: Record<string, Entry>;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('AA')
        .board('BB')
        .zone('AA', 'A-ZONE')
        .zone('BB', 'B-ZONE')
        .project('AA', 'A-ZONE', 'P-AA', 'DDI')
        .event('P-AA', 'new', '2019-01-01', '10')
        .project('BB', 'B-ZONE', 'P-BB', 'FDI')
        .event('P-BB', 'new', '2019-01-01', '20', '1000000.00')
        .event('P-BB', 'adjustment', '2019-02-01', '25', '1200000.00')
        .implemented('P-BB', '2019-06-30', '5')
        .enterprise('AA', 'A-ZONE', '0100000001', 'DDI', { projectCodes: ['P-AA'] })
        .enterprise('BB', 'B-ZONE', '0200000002', 'FDI', { projectCodes: ['P-BB'] })
        .enterpriseReport('0100000001', '2019', { workers: 10 })
        .enterpriseReport('0200000002', '2019', { workers: 20 })
        .build(),
    );
    adminA = await ctx.createUser({ role: 'admin', board: 'AA', username: 'quan.tri.aa' });
    staffB = await ctx.createUser({ role: 'staff', board: 'BB', username: 'chuyen.vien.bb' });
    const ok = (response: ApiResponse, status = 200) => {
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      return response.body;
    };

    // Board BB's records, made as BB's own staff.
    const project = ok(await staffB.api.get('/api/v1/projects')).items[0];
    const detail = ok(await staffB.api.get(`/api/v1/projects/${project.id}`));
    b.board = project.boardId;
    b.project = project.id;
    b.zone = project.zone.id;
    b.investor = project.investors[0].id;
    b.event = detail.licensingEvents[1].id;
    b.implementation = detail.capitalImplementations[0].id;
    b.user = staffB.id;
    b.enterprise = ok(await staffB.api.get('/api/v1/enterprises')).items[0].id;
    b.acceptedReport = ok(await staffB.api.get('/api/v1/enterprise-reports')).items[0].id;
    b.unlock = ok(
      await staffB.api.post(`/api/v1/enterprise-reports/${b.acceptedReport}/unlock-requests`, {
        reason: 'Sai số lao động.',
      }),
      201,
    ).id;
    b.period = ok(await staffB.api.post('/api/v1/reporting/periods', { period: '2020-Q1' }), 201).id;
    ok(await staffB.api.post('/api/v1/reporting/periods', { period: '2020-Q2' }), 201);
    const submitted = ok(
      // Every figure the default rule required_figures asks for, so that it can be submitted.
      await staffB.api.put(`/api/v1/enterprises/${b.enterprise}/reports/2020-Q1`, {
        productionValueVnd: '1000000000',
        revenueVnd: '1200000000',
        exportUsd: '0',
        importUsd: '0',
        budgetPaidVnd: '50000000',
        workers: 21,
        insuredWorkers: 21,
        averageIncomeVnd: '6000000',
      }),
    );
    b.submittedReport = submitted.id;
    ok(
      await staffB.api.post(`/api/v1/enterprise-reports/${submitted.id}/submit`, {
        version: submitted.version,
      }),
    );
    b.draftReport = ok(
      await staffB.api.put(`/api/v1/enterprises/${b.enterprise}/reports/2020-Q2`, { workers: 22 }),
    ).id;
    b.token = ok(await staffB.api.post('/api/v1/auth/tokens', { name: 'Kịch bản BB' }), 201).token.id;
    b.enterpriseAccount = ok(
      await staffB.api.post(`/api/v1/enterprises/${b.enterprise}/accounts`, {
        username: 'dn.bb',
        fullName: 'Kế toán doanh nghiệp BB',
      }),
      201,
    ).user.id;
    b.target = ok(
      await staffB.api.put('/api/v1/targets', {
        year: 2019,
        indicator: 'productionValueVnd',
        targetValue: '1000',
      }),
    ).id;
    b.provinceTotal = ok(
      await staffB.api.put('/api/v1/province-totals', {
        period: '2019',
        indicator: 'productionValueVnd',
        value: '1800',
      }),
    ).id;
    b.rate = ok(
      await staffB.api.put('/api/v1/statistics/exchange-rates', { period: '2019', vndPerUsd: '23000' }),
    ).id;
    b.document = ok(
      await staffB.api.post('/api/v1/documents/outgoing', {
        summary: 'Báo cáo của BB',
        issuedOn: '2019-12-05',
      }),
      201,
    ).id;
    b.rule = ok(await staffB.api.get('/api/v1/statistics/rules'))[0].code;
    ok(await staffB.api.put(`/api/v1/statistics/rules/${b.rule}`, { severity: 'soft', params: {} }));
    // Board BB's one-stop records: a procedure, a dossier received at its counter with a supplement
    // requested, its steps and a file.
    b.procedure = await createProcedureVersions(ctx.database.db, {
      boardId: b.board!,
      code: 'BB-DT-01',
      versions: [
        {
          effectiveFrom: '2020-01-01',
          name: 'Thủ tục của BB',
          deadline: { value: 10, unit: 'working_days' },
          steps: [{ name: 'Thẩm định', department: 'Phòng BB', workingDays: 10 }],
        },
      ],
    });
    const dossierB = ok(
      await staffB.api.post('/api/v1/dossiers', {
        procedureId: b.procedure,
        channel: 'counter',
        applicant: { name: 'Người nộp BB' },
        receivedAt: '2026-01-05T09:00:00+07:00',
      }),
      201,
    );
    b.dossier = dossierB.id;
    b.dossierCode = dossierB.code;
    b.step = dossierB.steps[0].id;
    const askedB = ok(
      await staffB.api.post(`/api/v1/dossiers/${b.dossier}/supplement-requests`, {
        version: dossierB.version,
        reason: 'Thiếu giấy tờ.',
      }),
    );
    b.supplement = askedB.supplements[0].id;
    b.procedureVersion = dossierB.procedureVersion.id;
    const fileB = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${b.dossier}/attachments?purpose=application&fileName=bb.pdf`,
      headers: { cookie: staffB.cookie, 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.4 BB'),
    });
    expect(fileB.statusCode, fileB.body).toBe(201);
    b.attachment = JSON.parse(fileB.body).id;

    // Bloc KBB: board BB its only member and leader in 2024 (set by a national administrator), with
    // BB's return, covenant and its signed file, scoring table and submitted sheet, a movement; and
    // BB's commendation records: a collective and a person in it, a rating, a registration, an
    // initiative, a proposal reviewed by the council and the decision that makes its award.
    const national = await ctx.createUser({ role: 'admin', username: 'quan.tri.bo' });
    Object.assign(
      b,
      await createEmulationRecords(ctx, {
        national,
        staff: staffB,
        board: 'BB',
        blocCode: 'KBB',
        label: 'BB',
      }),
    );

    bbMarkers = [
      ...Object.entries(b)
        .filter(([key]) => key !== 'rule')
        .map(([, id]) => id),
      '"BB"',
      '"B-ZONE"',
      '"P-BB"',
      '0200000002',
      'Investor P-BB',
      staffB.username,
      '"KBB"',
      'Khối thi đua riêng của BB',
      'Giao ước thi đua năm 2024 của khối riêng BB',
      'Phong trào thi đua riêng của BB',
      'Phòng Thi đua riêng BB',
      'Hoàng Văn BB',
      'Sáng kiến riêng của BB',
      'Đề nghị khen thưởng riêng của BB',
      '09/QĐ-BQLBB',
    ];

    // Board AA's own records, so that its lists are not empty.
    const projectA = ok(await adminA.api.get('/api/v1/projects')).items[0];
    a.board = projectA.boardId;
    a.project = projectA.id;
    a.zone = projectA.zone.id;
    a.investor = projectA.investors[0].id;
    a.enterprise = ok(await adminA.api.get('/api/v1/enterprises')).items[0].id;
    a.report = ok(await adminA.api.get('/api/v1/enterprise-reports')).items[0].id;
    const account = ok(
      await adminA.api.post(`/api/v1/enterprises/${a.enterprise}/accounts`, {
        username: 'dn.aa',
        fullName: 'Kế toán doanh nghiệp AA',
      }),
      201,
    );
    firmA = await signIn(ctx, 'dn.aa', account.password);
    a.unlock = ok(
      await firmA.post(`/api/v1/enterprise-reports/${a.report}/unlock-requests`, { reason: 'Xin sửa.' }),
      201,
    ).id;
    a.token = ok(await adminA.api.post('/api/v1/auth/tokens', { name: 'Kịch bản AA' }), 201).token.id;
    a.target = ok(
      await adminA.api.put('/api/v1/targets', { year: 2019, indicator: 'exportUsd', targetGrowthPct: 10 }),
    ).id;
    a.provinceTotal = ok(
      await adminA.api.put('/api/v1/province-totals', {
        period: '2019',
        indicator: 'exportUsd',
        value: '10',
      }),
    ).id;
    a.period = ok(await adminA.api.post('/api/v1/reporting/periods', { period: '2020-Q1' }), 201).id;
    a.document = ok(
      await adminA.api.post('/api/v1/documents/outgoing', {
        summary: 'Báo cáo của AA',
        issuedOn: '2019-12-05',
      }),
      201,
    ).id;
    a.rate = ok(
      await adminA.api.put('/api/v1/statistics/exchange-rates', { period: '2019', vndPerUsd: '23100' }),
    ).id;

    a.procedure = await createProcedureVersions(ctx.database.db, {
      boardId: a.board!,
      code: 'AA-DT-01',
      versions: [
        { effectiveFrom: '2020-01-01', name: 'Thủ tục của AA', deadline: { value: 3, unit: 'working_days' } },
      ],
    });
    a.dossier = ok(
      await adminA.api.post('/api/v1/dossiers', {
        procedureId: a.procedure,
        channel: 'counter',
        applicant: { name: 'Người nộp AA' },
        enterpriseId: a.enterprise,
        receivedAt: '2026-01-05T09:00:00+07:00',
      }),
      201,
    ).id;
    a.subject = ok(
      await adminA.api.post('/api/v1/commendation/subjects', {
        kind: 'collective',
        name: 'Phòng Thi đua AA',
      }),
      201,
    ).id;
    a.movement = ok(
      await adminA.api.post('/api/v1/emulation/movements', {
        name: 'Phong trào thi đua của AA năm 2024',
        organiser: 'Ban Quản lý AA',
        kind: 'regular',
        startsOn: '2024-01-15',
        endsOn: '2024-12-31',
      }),
      201,
    ).id;

    // The modules with their own probe files (test/tenancy/modules.ts) make their records now.
    const parties: TenancyParties = { ctx, adminA, staffB, firmA, a, b, markers: [] };
    for (const module of TENANCY_MODULES) await module.setup(parties);
    bbMarkers = [
      ...new Set([
        ...bbMarkers,
        ...Object.entries(b)
          .filter(([key]) => key !== 'rule')
          .map(([, id]) => id),
        ...parties.markers,
      ]),
    ];

    const api = adminA.api;
    const BLOC_REPORT_REFUSED = { status: 403, code: 'BLOC_REPORT_FORBIDDEN' } as const;
    /** A download as AA: a workbook's cells as JSON, a refusal's JSON, or other bytes as text. */
    const fileText = (url: string) => async (): Promise<ApiResponse> => {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: adminA.cookie } });
      const type = String(response.headers['content-type'] ?? '');
      if (type.includes('application/json'))
        return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
      const body = type.includes(XLSX_CONTENT_TYPE) ? await cellsOf(response.rawPayload) : response.body;
      return { status: response.statusCode, body, headers: response.headers };
    };
    /** A raw body (a file) sent as AA. */
    const upload =
      (method: 'POST' | 'PUT', url: string, type: string, payload: Buffer) =>
      async (): Promise<ApiResponse> => {
        const response = await ctx.app.inject({
          method,
          url,
          headers: { cookie: adminA.cookie, 'content-type': type },
          payload,
        });
        return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
      };
    /** A file sent as the raw body to a dossier's attachments. */
    const attach = (id: string) => async (): Promise<ApiResponse> => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${id}/attachments?purpose=application&fileName=x.pdf`,
        headers: { cookie: adminA.cookie, 'content-type': 'application/pdf' },
        payload: Buffer.from('%PDF-1.4 AA'),
      });
      return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
    };
    const excelImport = (query: string, file: () => Promise<Buffer>) => async (): Promise<ApiResponse> => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/statistics/excel/import?${query}`,
        headers: { cookie: adminA.cookie, 'content-type': XLSX_CONTENT_TYPE },
        payload: await file(),
      });
      return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
    };
    const notAWorkbook = async () =>
      Buffer.from('not a workbook: the board is refused before the body is read');
    const download = async (what: string) => {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/statistics/excel/${what}`,
        headers: { cookie: adminA.cookie },
      });
      return { status: response.statusCode, raw: response.rawPayload, body: response.body };
    };
    /** AA's own template with its enterprise's row given BB's tax code. */
    const templateNamingBB = async () => {
      const sheets = await readXlsx((await download('template?period=2019')).raw);
      return writeXlsx(
        sheets.map((sheet) => ({
          name: sheet.name,
          textColumns: [0],
          rows: [...sheet.rows.values()].map((row) =>
            Array.from({ length: Math.max(...row.keys()) + 1 }, (_, column): CellInput => {
              const cell = row.get(column);
              if (!cell) return null;
              if (cell.text === '0100000001') return '0200000002';
              return cell.kind === 'number' ? { number: cell.text } : cell.text;
            }),
          ),
        })),
      );
    };
    /** A workbook's cells as text (its answer as JSON when it is refused). */
    /** A workbook's cells, each as a JSON string, so the markers (quoted values) can match a cell. */
    const cellsOf = async (raw: Buffer) =>
      JSON.stringify(
        (await readXlsx(raw)).flatMap((sheet) =>
          [...sheet.rows.values()].flatMap((row) => [...row.values()].map((cell) => cell.text)),
        ),
      );
    const workbookText = (what: string) => async (): Promise<ApiResponse> => {
      const { status, raw, body } = await download(what);
      if (status !== 200) return { status, body: JSON.parse(body), headers: {} };
      return { status, body: await cellsOf(raw), headers: {} };
    };
    /** A list downloaded as Excel (`format=xlsx`): its cells, each as a JSON string, like the markers. */
    const listWorkbook = (url: string) => async (): Promise<ApiResponse> => {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: adminA.cookie } });
      if (response.statusCode !== 200)
        return { status: response.statusCode, body: JSON.parse(response.body), headers: {} };
      return { status: 200, body: await cellsOf(response.rawPayload), headers: {} };
    };
    const own = (label: string) => `own record, ${label}`;
    // The statistics modules answer a board the actor does not see as they answer no board at all
    // (enterprises' STATISTICS_BOARD_CHOICE): 400, revealing nothing.
    const statisticsBoard = { status: 400, code: 'STATISTICS_BOARD_REQUIRED' } as const;

    routes = {
      // Public, or the caller's own session: no board's data.
      'GET /api/v1/health': { exempt: 'public; answers the server and database status only' },
      'POST /api/v1/auth/login': { exempt: 'public; signs the caller in' },
      'POST /api/v1/auth/logout': { exempt: "public; ends the caller's own session" },
      'POST /api/v1/auth/password': { exempt: "changes the caller's own password" },
      'PATCH /api/v1/auth/me': { exempt: "changes the caller's own name and e-mail, nobody else's" },
      'POST /api/v1/auth/tokens': { exempt: "creates a token for the caller's own account" },
      'GET /api/v1/auth/me': [hidden('me', () => api.get('/api/v1/auth/me'), a.board)],
      'GET /api/v1/auth/tokens': [hidden('tokens', () => api.get('/api/v1/auth/tokens'), a.token)],
      'DELETE /api/v1/auth/tokens/{id}': [
        notFound("BB staff's token", () => api.delete(`/api/v1/auth/tokens/${b.token}`), 'TOKEN_NOT_FOUND'),
      ],

      'GET /api/v1/users': [hidden('users', () => api.get('/api/v1/users'), adminA.id)],
      'POST /api/v1/users': [
        forbidden('user in BB', () =>
          api.post('/api/v1/users', {
            username: 'xam.nhap',
            fullName: 'Người lạ',
            role: 'staff',
            scope: 'board',
            boardId: b.board,
          }),
        ),
      ],
      'GET /api/v1/users/{id}': [
        notFound('user', () => api.get(`/api/v1/users/${b.user}`), 'USER_NOT_FOUND'),
      ],
      'PATCH /api/v1/users/{id}': [
        notFound(
          'user update',
          () => api.patch(`/api/v1/users/${b.user}`, { version: 1, disabled: true }),
          'USER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/users/{id}/reset-password': [
        notFound(
          'password reset',
          () => api.post(`/api/v1/users/${b.user}/reset-password`),
          'USER_NOT_FOUND',
        ),
      ],

      'GET /api/v1/provinces': { exempt: 'public reference list of provinces; no board-owned data' },
      'GET /api/v1/boards': [hidden('boards', () => api.get('/api/v1/boards'), a.board)],
      // A board's user reads only the blocs its board has been a member of (none for AA).
      'GET /api/v1/blocs': [hidden('blocs of AA (none; not KBB)', () => api.get('/api/v1/blocs'))],
      'POST /api/v1/boards': [
        forbidden('create board', () => api.post('/api/v1/boards', { code: 'CC', name: 'Ban Quản lý CC' })),
      ],
      'GET /api/v1/boards/{id}': [
        notFound('board', () => api.get(`/api/v1/boards/${b.board}`), 'BOARD_NOT_FOUND'),
      ],
      'PATCH /api/v1/boards/{id}': [
        notFound(
          'board update',
          () => api.patch(`/api/v1/boards/${b.board}`, { version: 1, name: 'Đổi tên' }),
          'BOARD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/boards/{code}/merge': [
        forbidden('merge BB into AA', () =>
          api.post('/api/v1/boards/BB/merge', { into: 'AA', on: '2025-07-01' }),
        ),
      ],
      'POST /api/v1/zones/{zoneCode}/transfer': [
        forbidden("transfer BB's zone to AA", () =>
          api.post('/api/v1/zones/B-ZONE/transfer', { board: 'BB', to: 'AA', on: '2025-07-01' }),
        ),
      ],

      'GET /api/v1/zones': [
        hidden('zones', () => api.get('/api/v1/zones'), a.zone),
        hidden('zones of BB', () => api.get(`/api/v1/zones?boardId=${b.board}`)),
      ],
      'POST /api/v1/zones': [
        notFound(
          'zone in BB',
          () =>
            api.post('/api/v1/zones', {
              boardId: b.board,
              code: 'X-ZONE',
              name: 'KCN xâm nhập',
              kind: 'KCN',
              status: 'operating',
              areaHa: '1',
            }),
          'ZONE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/zones/{id}': [
        notFound('zone', () => api.get(`/api/v1/zones/${b.zone}`), 'ZONE_NOT_FOUND'),
      ],
      'POST /api/v1/zones/{id}/land-changes': [
        notFound(
          'land change of BB',
          () => api.post(`/api/v1/zones/${b.zone}/land-changes`, { version: 1, asOf: '2020-01-01' }),
          'ZONE_NOT_FOUND',
        ),
      ],
      'PUT /api/v1/zones/{id}/land-history': [
        notFound(
          'land history of BB',
          () => api.put(`/api/v1/zones/${b.zone}/land-history`, { version: 1, landHistory: [] }),
          'ZONE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/zones/{id}/profile': [
        notFound('zone profile of BB', () => api.get(`/api/v1/zones/${b.zone}/profile`), 'ZONE_NOT_FOUND'),
      ],
      'PUT /api/v1/zones/{id}/profile': [
        notFound(
          'zone profile update of BB',
          () => api.put(`/api/v1/zones/${b.zone}/profile`, { note: 'x' }),
          'ZONE_NOT_FOUND',
        ),
        unknownReference(
          'developer investor of BB',
          () => api.put(`/api/v1/zones/${a.zone}/profile`, { developerInvestorId: b.investor }),
          'ZONE_PROFILE_INVESTOR_NOT_FOUND',
        ),
        unknownReference(
          'developer project of BB',
          () => api.put(`/api/v1/zones/${a.zone}/profile`, { developerProjectId: b.project }),
          'ZONE_PROFILE_PROJECT_NOT_FOUND',
        ),
      ],
      'PATCH /api/v1/zones/{id}': [
        notFound(
          'zone update',
          () => api.patch(`/api/v1/zones/${b.zone}`, { version: 1, name: 'Đổi tên' }),
          'ZONE_NOT_FOUND',
        ),
        probe(
          'parent zone of BB',
          () => api.patch(`/api/v1/zones/${a.zone}`, { version: 1, parentZoneId: b.zone }),
          { status: 400, code: 'ZONE_PARENT_OTHER_BOARD' },
        ),
      ],
      'POST /api/v1/zones/{id}/status-changes': [
        notFound(
          'zone status',
          () =>
            api.post(`/api/v1/zones/${b.zone}/status-changes`, {
              version: 1,
              status: 'operating',
              since: '2020-01-01',
            }),
          'ZONE_NOT_FOUND',
        ),
      ],
      'PUT /api/v1/zones/{id}/status-history': [
        notFound(
          'zone status history',
          () =>
            api.put(`/api/v1/zones/${b.zone}/status-history`, {
              version: 1,
              statusHistory: [{ status: 'operating', since: '2000-01-01' }],
            }),
          'ZONE_NOT_FOUND',
        ),
      ],

      'GET /api/v1/investors': [
        hidden('investors', () => api.get('/api/v1/investors'), a.investor),
        hidden('investors of BB', () => api.get(`/api/v1/investors?boardId=${b.board}`)),
      ],
      'POST /api/v1/investors': [
        notFound(
          'investor in BB',
          () => api.post('/api/v1/investors', { boardId: b.board, name: 'Công ty lạ', country: 'VN' }),
          'INVESTOR_NOT_FOUND',
        ),
      ],
      'GET /api/v1/investors/{id}': [
        notFound('investor', () => api.get(`/api/v1/investors/${b.investor}`), 'INVESTOR_NOT_FOUND'),
      ],
      'PATCH /api/v1/investors/{id}': [
        notFound(
          'investor update',
          () =>
            api.patch(`/api/v1/investors/${b.investor}`, { version: 1, reason: 'Sửa tên', name: 'Đổi tên' }),
          'INVESTOR_NOT_FOUND',
        ),
      ],

      'GET /api/v1/projects': [
        hidden('projects', () => api.get('/api/v1/projects'), a.project),
        hidden('projects of BB', () => api.get(`/api/v1/projects?boardId=${b.board}`)),
        hidden("projects in BB's zone", () => api.get(`/api/v1/projects?zoneId=${b.zone}`)),
        hidden("projects of BB's investor", () => api.get(`/api/v1/projects?investorId=${b.investor}`)),
        hidden('projects as Excel', listWorkbook('/api/v1/projects?format=xlsx'), '"P-AA"'),
        hidden("BB's projects as Excel", listWorkbook(`/api/v1/projects?format=xlsx&boardId=${b.board}`)),
        hidden(
          "BB's zone's projects as Excel",
          listWorkbook(`/api/v1/projects?format=xlsx&zoneId=${b.zone}`),
        ),
      ],
      'POST /api/v1/projects': [
        unknownReference(
          'project in BB',
          () =>
            api.post('/api/v1/projects', {
              boardId: b.board,
              code: 'P-X',
              zoneId: b.zone,
              name: 'Dự án xâm nhập',
              investmentType: 'DDI',
              investors: [{ investorId: b.investor }],
              certificate: { date: '2020-01-01', documentNo: 'X-1', capitalVnd: '1' },
            }),
          'PROJECT_ZONE_NOT_FOUND',
        ),
        unknownReference(
          own("project in BB's zone"),
          () =>
            api.post('/api/v1/projects', {
              code: 'P-X',
              zoneId: b.zone,
              name: 'Dự án xâm nhập',
              investmentType: 'DDI',
              investors: [{ investorId: a.investor }],
              certificate: { date: '2020-01-01', documentNo: 'X-1', capitalVnd: '1' },
            }),
          'PROJECT_ZONE_NOT_FOUND',
        ),
        unknownReference(
          own("project of BB's investor"),
          () =>
            api.post('/api/v1/projects', {
              code: 'P-X',
              zoneId: a.zone,
              name: 'Dự án xâm nhập',
              investmentType: 'FDI',
              investors: [{ investorId: b.investor }],
              certificate: { date: '2020-01-01', documentNo: 'X-1', capitalVnd: '1' },
            }),
          'PROJECT_INVESTOR_NOT_FOUND',
        ),
      ],
      'GET /api/v1/projects/{id}': [
        notFound('project', () => api.get(`/api/v1/projects/${b.project}`), 'PROJECT_NOT_FOUND'),
      ],
      'PATCH /api/v1/projects/{id}': [
        notFound(
          'project update',
          () => api.patch(`/api/v1/projects/${b.project}`, { version: 1, name: 'Đổi tên dự án' }),
          'PROJECT_NOT_FOUND',
        ),
        unknownReference(
          own("moved into BB's zone"),
          () => api.patch(`/api/v1/projects/${a.project}`, { version: 1, zoneId: b.zone }),
          'PROJECT_ZONE_NOT_FOUND',
        ),
        unknownReference(
          own("given BB's investor"),
          () =>
            api.patch(`/api/v1/projects/${a.project}`, {
              version: 1,
              investors: [{ investorId: b.investor }],
            }),
          'PROJECT_INVESTOR_NOT_FOUND',
        ),
      ],
      'DELETE /api/v1/projects/{id}': [
        notFound(
          'project delete',
          () => api.delete(`/api/v1/projects/${b.project}?version=1`),
          'PROJECT_NOT_FOUND',
        ),
      ],
      'POST /api/v1/projects/{id}/licensing-events': [
        notFound(
          'adjustment',
          () =>
            api.post(`/api/v1/projects/${b.project}/licensing-events`, {
              kind: 'adjustment',
              date: '2020-01-01',
              documentNo: 'X',
            }),
          'PROJECT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/licensing-events': [
        hidden('licensing events', () => api.get('/api/v1/licensing-events'), a.project),
        hidden("BB's project's events", () => api.get(`/api/v1/licensing-events?projectId=${b.project}`)),
        hidden("BB's events", () => api.get(`/api/v1/licensing-events?boardId=${b.board}`)),
        hidden('licensing events as Excel', listWorkbook('/api/v1/licensing-events?format=xlsx'), '"P-AA"'),
        hidden(
          "BB's project's events as Excel",
          listWorkbook(`/api/v1/licensing-events?format=xlsx&projectId=${b.project}`),
        ),
        hidden(
          "BB's events as Excel",
          listWorkbook(`/api/v1/licensing-events?format=xlsx&boardId=${b.board}`),
        ),
      ],
      'PATCH /api/v1/licensing-events/{id}': [
        notFound(
          'event update',
          () =>
            api.patch(`/api/v1/licensing-events/${b.event}`, {
              version: 1,
              reason: 'Sửa vốn',
              capitalVnd: '1',
            }),
          'LICENSING_EVENT_NOT_FOUND',
        ),
      ],
      'DELETE /api/v1/licensing-events/{id}': [
        notFound(
          'event delete',
          () => api.delete(`/api/v1/licensing-events/${b.event}?version=1&reason=Nhap%20nham`),
          'LICENSING_EVENT_NOT_FOUND',
        ),
      ],
      'POST /api/v1/projects/{id}/capital-implementations': [
        notFound(
          'implementation',
          () =>
            api.post(`/api/v1/projects/${b.project}/capital-implementations`, {
              asOf: '2020-01-01',
              implementedVnd: '1',
            }),
          'PROJECT_NOT_FOUND',
        ),
      ],
      'PATCH /api/v1/capital-implementations/{id}': [
        notFound(
          'implementation update',
          () =>
            api.patch(`/api/v1/capital-implementations/${b.implementation}`, {
              version: 1,
              reason: 'Sửa vốn',
              implementedVnd: '1',
            }),
          'CAPITAL_IMPLEMENTATION_NOT_FOUND',
        ),
      ],
      'DELETE /api/v1/capital-implementations/{id}': [
        notFound(
          'implementation delete',
          () =>
            api.delete(`/api/v1/capital-implementations/${b.implementation}?version=1&reason=Nhap%20nham`),
          'CAPITAL_IMPLEMENTATION_NOT_FOUND',
        ),
      ],

      'GET /api/v1/reports/investment': [
        notFound('report of BB', () =>
          api.get('/api/v1/reports/investment?board=BB&from=2019-01-01&to=2019-12-31'),
        ),
        notFound("report of BB's zone", () =>
          api.get('/api/v1/reports/investment?zone=B-ZONE&from=2019-01-01&to=2019-12-31'),
        ),
        hidden('report', () => api.get('/api/v1/reports/investment?from=2019-01-01&to=2019-12-31'), '"AA"'),
      ],
      'GET /api/v1/reports/investment/monthly': [
        notFound('monthly report of BB', () =>
          api.get('/api/v1/reports/investment/monthly?board=BB&from=2019-01-01&to=2019-12-31'),
        ),
        hidden(
          'monthly report',
          () => api.get('/api/v1/reports/investment/monthly?from=2019-01-01&to=2019-12-31'),
          '"AA"',
        ),
      ],
      'GET /api/v1/reports/zones': [
        notFound('zones report of BB', () => api.get('/api/v1/reports/zones?board=BB&asOf=2019-12-31')),
        hidden('zones report', () => api.get('/api/v1/reports/zones?asOf=2019-12-31'), '"AA"'),
      ],
      'GET /api/v1/reports/production': [
        notFound('production report of BB', () => api.get('/api/v1/reports/production?board=BB&period=2019')),
        hidden('production report', () => api.get('/api/v1/reports/production?period=2019'), '"AA"'),
      ],
      'GET /api/v1/reports/periodic': [
        notFound('periodic report of BB', () => api.get('/api/v1/reports/periodic?board=BB&period=2019')),
        notFound('periodic report of BB in Word', () =>
          api.get('/api/v1/reports/periodic?board=BB&period=2019&format=docx'),
        ),
        hidden('periodic report', () => api.get('/api/v1/reports/periodic?period=2019'), '"AA"'),
      ],
      'POST /api/v1/packages/import': [
        probe(
          'package naming BB',
          () =>
            api.post(
              '/api/v1/packages/import',
              new PackageBuilder().board('BB').zone('BB', 'X-ZONE').build(),
            ),
          { status: 422, code: 'PACKAGE_INVALID', detail: 'BOARD_FORBIDDEN' },
        ),
        probe(
          own("report for BB's enterprise"),
          () =>
            api.post(
              '/api/v1/packages/import',
              new PackageBuilder().board('AA').enterpriseReport('0200000002', '2020', { workers: 1 }).build(),
            ),
          { status: 422, code: 'PACKAGE_INVALID', detail: 'REFERENCE_NOT_FOUND' },
        ),
      ],
      'GET /api/v1/packages/imports/{id}': {
        exempt:
          "an import's progress, kept in memory for the user who started it and 404 to anyone else (package-import.bulk.int.test.ts)",
      },
      'GET /api/v1/packages/export': [
        notFound('export of BB', () => api.get('/api/v1/packages/export?board=BB')),
        hidden('export', () => api.get('/api/v1/packages/export'), '"P-AA"'),
      ],
      'GET /api/v1/audit': [
        hidden('audit', () => api.get('/api/v1/audit?pageSize=200'), a.enterprise),
        hidden("BB's audit", () => api.get(`/api/v1/audit?boardId=${b.board}`)),
        hidden("BB's report's audit", () => api.get(`/api/v1/audit?entityId=${b.submittedReport}`)),
        hidden("BB's staff's audit", () => api.get(`/api/v1/audit?actorUserId=${b.user}`)),
      ],
      'GET /api/v1/audit/settings': [
        hidden('settings history', () => api.get('/api/v1/audit/settings?entityType=board_target'), a.target),
        forbidden("BB's settings history", () =>
          api.get(`/api/v1/audit/settings?entityType=board_target&boardId=${b.board}`),
        ),
        hidden("BB's target's history", () =>
          api.get(`/api/v1/audit/settings?entityType=board_target&entityId=${b.target}`),
        ),
      ],
      'GET /api/v1/backup': [forbidden('backup (national only)', () => api.get('/api/v1/backup'))],

      'GET /api/v1/documents/outgoing': [
        hidden('register of outgoing documents', () => api.get('/api/v1/documents/outgoing'), a.document),
        notFound(
          "BB's register",
          () => api.get(`/api/v1/documents/outgoing?boardId=${b.board}`),
          'DOCUMENT_REGISTER_BOARD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/documents/outgoing': [
        notFound(
          "a number in BB's register",
          () => api.post('/api/v1/documents/outgoing', { boardId: b.board, summary: 'Lấy số của BB' }),
          'DOCUMENT_REGISTER_BOARD_NOT_FOUND',
        ),
      ],
      'GET /api/v1/targets': [
        hidden('targets', () => api.get('/api/v1/targets'), a.target),
        hidden("BB's targets", () => api.get(`/api/v1/targets?boardId=${b.board}`)),
      ],
      'PUT /api/v1/targets': [
        forbidden('target of BB', () =>
          api.put('/api/v1/targets', {
            boardId: b.board,
            year: 2019,
            indicator: 'productionValueVnd',
            targetValue: '1',
          }),
        ),
      ],
      'DELETE /api/v1/targets/{id}': [
        notFound('target delete', () => api.delete(`/api/v1/targets/${b.target}`), 'TARGET_NOT_FOUND'),
      ],
      'GET /api/v1/province-totals': [
        hidden('province totals', () => api.get('/api/v1/province-totals'), a.provinceTotal),
        hidden("BB's province totals", () => api.get(`/api/v1/province-totals?boardId=${b.board}`)),
      ],
      'PUT /api/v1/province-totals': [
        forbidden('province total of BB', () =>
          api.put('/api/v1/province-totals', {
            boardId: b.board,
            period: '2019',
            indicator: 'productionValueVnd',
            value: '1',
          }),
        ),
      ],
      'DELETE /api/v1/province-totals/{id}': [
        notFound(
          'province total delete',
          () => api.delete(`/api/v1/province-totals/${b.provinceTotal}`),
          'PROVINCE_TOTAL_NOT_FOUND',
        ),
      ],

      'GET /api/v1/statistics/excel/template': [
        notFound(
          "BB's template",
          workbookText(`template?period=2019&boardId=${b.board}`),
          'STATISTICS_BOARD_NOT_FOUND',
        ),
        hidden('template', workbookText('template?period=2019'), '0100000001'),
      ],
      'POST /api/v1/statistics/excel/import': [
        notFound(
          "import into BB's board",
          excelImport(`period=2019&boardId=${b.board}`, notAWorkbook),
          'STATISTICS_BOARD_NOT_FOUND',
        ),
        probe(own("import naming BB's enterprise"), excelImport('period=2019', templateNamingBB), {
          status: 422,
          code: 'STATISTICS_IMPORT_INVALID',
          detail: 'TAX_CODE_UNKNOWN',
        }),
      ],
      'GET /api/v1/statistics/excel/export': [
        notFound(
          "BB's export",
          workbookText(`export?period=2019&boardId=${b.board}`),
          'STATISTICS_BOARD_NOT_FOUND',
        ),
        hidden('export', workbookText('export?period=2019'), '0100000001'),
      ],

      'GET /api/v1/enterprises': [
        hidden('enterprises', () => api.get('/api/v1/enterprises'), a.enterprise),
        hidden("BB's enterprises", () => api.get(`/api/v1/enterprises?boardId=${b.board}`)),
        hidden("enterprises in BB's zone", () => api.get(`/api/v1/enterprises?zoneId=${b.zone}`)),
        hidden('enterprise account: enterprises', () => firmA.get('/api/v1/enterprises'), a.enterprise),
        hidden('enterprises as Excel', listWorkbook('/api/v1/enterprises?format=xlsx'), '"0100000001"'),
        hidden(
          "BB's enterprises as Excel",
          listWorkbook(`/api/v1/enterprises?format=xlsx&boardId=${b.board}`),
        ),
      ],
      'POST /api/v1/enterprises': [
        probe(
          "enterprise in BB's zone",
          () =>
            api.post('/api/v1/enterprises', {
              taxCode: '0100000009',
              name: 'Công ty xâm nhập',
              zoneId: b.zone,
              investmentType: 'DDI',
            }),
          { status: 400, code: 'ENTERPRISE_REFERENCE_INVALID' },
        ),
        probe(
          own("enterprise with BB's project"),
          () =>
            api.post('/api/v1/enterprises', {
              taxCode: '0100000009',
              name: 'Công ty xâm nhập',
              zoneId: a.zone,
              investmentType: 'DDI',
              projectIds: [b.project],
            }),
          { status: 400, code: 'ENTERPRISE_REFERENCE_INVALID' },
        ),
      ],
      'GET /api/v1/enterprises/{id}': [
        notFound('enterprise', () => api.get(`/api/v1/enterprises/${b.enterprise}`), 'ENTERPRISE_NOT_FOUND'),
        notFound(
          'enterprise account: enterprise',
          () => firmA.get(`/api/v1/enterprises/${b.enterprise}`),
          'ENTERPRISE_NOT_FOUND',
        ),
      ],
      'PATCH /api/v1/enterprises/{id}': [
        notFound(
          'enterprise update',
          () => api.patch(`/api/v1/enterprises/${b.enterprise}`, { version: 1, name: 'Đổi tên' }),
          'ENTERPRISE_NOT_FOUND',
        ),
        probe(
          own("moved into BB's zone"),
          () => api.patch(`/api/v1/enterprises/${a.enterprise}`, { version: 1, zoneId: b.zone }),
          { status: 400, code: 'ENTERPRISE_REFERENCE_INVALID' },
        ),
        probe(
          own("given BB's project"),
          () => api.patch(`/api/v1/enterprises/${a.enterprise}`, { version: 1, projectIds: [b.project] }),
          { status: 400, code: 'ENTERPRISE_REFERENCE_INVALID' },
        ),
      ],
      'POST /api/v1/enterprises/{id}/accounts': [
        notFound(
          "account for BB's enterprise",
          () =>
            api.post(`/api/v1/enterprises/${b.enterprise}/accounts`, {
              username: 'dn.xam.nhap',
              fullName: 'Người lạ',
            }),
          'ENTERPRISE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/enterprises/{id}/accounts': [
        notFound(
          "BB's enterprise's accounts",
          () => api.get(`/api/v1/enterprises/${b.enterprise}/accounts`),
          'ENTERPRISE_NOT_FOUND',
        ),
        hidden(
          "AA's enterprise's accounts",
          () => api.get(`/api/v1/enterprises/${a.enterprise}/accounts`),
          'dn.aa',
        ),
      ],
      'PATCH /api/v1/enterprises/{id}/accounts/{userId}': [
        notFound(
          "disable BB's enterprise account",
          () =>
            api.patch(`/api/v1/enterprises/${b.enterprise}/accounts/${b.enterpriseAccount}`, {
              version: 1,
              disabled: true,
            }),
          'ENTERPRISE_NOT_FOUND',
        ),
        notFound(
          own("BB's account through AA's enterprise"),
          () =>
            api.patch(`/api/v1/enterprises/${a.enterprise}/accounts/${b.enterpriseAccount}`, {
              version: 1,
              disabled: true,
            }),
          'ENTERPRISE_ACCOUNT_NOT_FOUND',
        ),
      ],
      'POST /api/v1/enterprises/{id}/accounts/{userId}/reset-password': [
        notFound(
          "reset BB's enterprise account",
          () =>
            api.post(`/api/v1/enterprises/${b.enterprise}/accounts/${b.enterpriseAccount}/reset-password`),
          'ENTERPRISE_NOT_FOUND',
        ),
        notFound(
          own("reset BB's account through AA's enterprise"),
          () =>
            api.post(`/api/v1/enterprises/${a.enterprise}/accounts/${b.enterpriseAccount}/reset-password`),
          'ENTERPRISE_ACCOUNT_NOT_FOUND',
        ),
      ],
      'PUT /api/v1/enterprises/{enterpriseId}/reports/{period}': [
        notFound(
          "report for BB's enterprise",
          () => api.put(`/api/v1/enterprises/${b.enterprise}/reports/2020-Q2`, { workers: 1, version: 1 }),
          'ENTERPRISE_NOT_FOUND',
        ),
        notFound(
          "enterprise account: report for BB's enterprise",
          () => firmA.put(`/api/v1/enterprises/${b.enterprise}/reports/2020-Q3`, { workers: 1 }),
          'ENTERPRISE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/enterprise-reports': [
        hidden('reports', () => api.get('/api/v1/enterprise-reports'), a.report),
        hidden("BB's reports", () => api.get(`/api/v1/enterprise-reports?boardId=${b.board}`)),
        hidden("BB's enterprise's reports", () =>
          api.get(`/api/v1/enterprise-reports?enterpriseId=${b.enterprise}`),
        ),
        hidden("reports in BB's zone", () => api.get(`/api/v1/enterprise-reports?zoneId=${b.zone}`)),
        hidden('enterprise account: reports', () => firmA.get('/api/v1/enterprise-reports'), a.report),
        hidden("enterprise account: BB's reports", () =>
          firmA.get(`/api/v1/enterprise-reports?boardId=${b.board}&enterpriseId=${b.enterprise}`),
        ),
      ],
      'GET /api/v1/enterprise-reports/{id}': [
        notFound(
          'report',
          () => api.get(`/api/v1/enterprise-reports/${b.acceptedReport}`),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
        notFound(
          'enterprise account: report',
          () => firmA.get(`/api/v1/enterprise-reports/${b.draftReport}`),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
      ],
      'POST /api/v1/enterprise-reports/{id}/submit': [
        notFound(
          'submit',
          () => api.post(`/api/v1/enterprise-reports/${b.draftReport}/submit`, { version: 1 }),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
        notFound(
          'enterprise account: submit',
          () => firmA.post(`/api/v1/enterprise-reports/${b.draftReport}/submit`, { version: 1 }),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
      ],
      'POST /api/v1/enterprise-reports/{id}/accept': [
        notFound(
          'accept',
          () => api.post(`/api/v1/enterprise-reports/${b.submittedReport}/accept`, { version: 2 }),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
      ],
      'POST /api/v1/enterprise-reports/{id}/return': [
        notFound(
          'return',
          () =>
            api.post(`/api/v1/enterprise-reports/${b.submittedReport}/return`, {
              version: 2,
              reason: 'Trả lại.',
            }),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
      ],
      'POST /api/v1/enterprise-reports/{id}/unlock-requests': [
        notFound(
          'unlock request',
          () => api.post(`/api/v1/enterprise-reports/${b.acceptedReport}/unlock-requests`, { reason: 'X' }),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
        notFound(
          'enterprise account: unlock request',
          () => firmA.post(`/api/v1/enterprise-reports/${b.acceptedReport}/unlock-requests`, { reason: 'X' }),
          'STATISTICS_REPORT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/unlock-requests': [
        hidden('unlock requests', () => api.get('/api/v1/unlock-requests'), a.unlock),
        hidden("BB's unlock requests", () => api.get(`/api/v1/unlock-requests?boardId=${b.board}`)),
        hidden("BB's report's unlock requests", () =>
          api.get(`/api/v1/unlock-requests?reportId=${b.acceptedReport}`),
        ),
        hidden('enterprise account: unlock requests', () => firmA.get('/api/v1/unlock-requests'), a.unlock),
      ],
      'POST /api/v1/unlock-requests/{id}/grant': [
        notFound(
          'grant',
          () => api.post(`/api/v1/unlock-requests/${b.unlock}/grant`, {}),
          'STATISTICS_UNLOCK_NOT_FOUND',
        ),
      ],
      'POST /api/v1/unlock-requests/{id}/refuse': [
        notFound(
          'refuse',
          () => api.post(`/api/v1/unlock-requests/${b.unlock}/refuse`, { note: 'Không.' }),
          'STATISTICS_UNLOCK_NOT_FOUND',
        ),
      ],
      'GET /api/v1/statistics/completeness': [
        probe(
          "BB's completeness",
          () => api.get(`/api/v1/statistics/completeness?period=2019&boardId=${b.board}`),
          statisticsBoard,
        ),
        hidden('completeness', () => api.get('/api/v1/statistics/completeness?period=2019'), a.enterprise),
        probe(
          "BB's completeness as Excel",
          listWorkbook(`/api/v1/statistics/completeness?period=2019&boardId=${b.board}&format=xlsx`),
          statisticsBoard,
        ),
        hidden(
          'completeness as Excel',
          listWorkbook('/api/v1/statistics/completeness?period=2019&format=xlsx'),
          '"0100000001"',
        ),
      ],
      'GET /api/v1/statistics/reminders': [
        probe(
          "BB's reminders",
          () => api.get(`/api/v1/statistics/reminders?period=2020-Q1&boardId=${b.board}`),
          statisticsBoard,
        ),
        hidden('reminders', () => api.get('/api/v1/statistics/reminders?period=2020-Q1')),
      ],
      'POST /api/v1/statistics/reminders': [
        probe(
          "remind BB's enterprises",
          () => api.post('/api/v1/statistics/reminders', { period: '2020-Q1', boardId: b.board }),
          statisticsBoard,
        ),
        hidden('reminders sent', () => api.post('/api/v1/statistics/reminders', { period: '2020-Q1' })),
      ],
      'GET /api/v1/statistics/reminders/sent': [
        probe(
          "BB's reminders sent",
          () => api.get(`/api/v1/statistics/reminders/sent?period=2020-Q1&boardId=${b.board}`),
          statisticsBoard,
        ),
        hidden('reminders sent', () => api.get('/api/v1/statistics/reminders/sent?period=2020-Q1')),
      ],
      'GET /api/v1/reminders/mine': [
        hidden("enterprise account's reminders", () => firmA.get('/api/v1/reminders/mine')),
      ],
      'GET /api/v1/statistics/rules': [
        probe("BB's rules", () => api.get(`/api/v1/statistics/rules?boardId=${b.board}`), statisticsBoard),
        probe(
          "enterprise account: BB's rules",
          () => firmA.get(`/api/v1/statistics/rules?boardId=${b.board}`),
          statisticsBoard,
        ),
        hidden('rules', () => api.get('/api/v1/statistics/rules'), a.board),
      ],
      'PUT /api/v1/statistics/rules/{code}': [
        probe(
          "BB's rule",
          () =>
            api.put(`/api/v1/statistics/rules/${b.rule}`, {
              boardId: b.board,
              severity: 'hard',
              params: {},
              version: 1,
            }),
          statisticsBoard,
        ),
      ],
      'GET /api/v1/reporting/schedules': [
        probe(
          "BB's schedules",
          () => api.get(`/api/v1/reporting/schedules?boardId=${b.board}`),
          statisticsBoard,
        ),
        hidden('schedules', () => api.get('/api/v1/reporting/schedules'), a.board),
      ],
      'PUT /api/v1/reporting/schedules/{periodKind}': [
        probe(
          "BB's schedule",
          () =>
            api.put('/api/v1/reporting/schedules/quarter', {
              boardId: b.board,
              collected: true,
              dueMonthsAfter: 1,
              dueDay: 1,
              version: 1,
            }),
          statisticsBoard,
        ),
      ],
      'GET /api/v1/reporting/periods': [
        probe("BB's periods", () => api.get(`/api/v1/reporting/periods?boardId=${b.board}`), statisticsBoard),
        probe(
          "enterprise account: BB's periods",
          () => firmA.get(`/api/v1/reporting/periods?boardId=${b.board}`),
          statisticsBoard,
        ),
        hidden('periods', () => api.get('/api/v1/reporting/periods'), a.period),
      ],
      'POST /api/v1/reporting/periods': [
        probe(
          "BB's period",
          () => api.post('/api/v1/reporting/periods', { boardId: b.board, period: '2020-Q3' }),
          statisticsBoard,
        ),
      ],
      'PATCH /api/v1/reporting/periods/{id}': [
        notFound(
          'period update',
          () => api.patch(`/api/v1/reporting/periods/${b.period}`, { version: 1, open: false }),
          'STATISTICS_PERIOD_NOT_FOUND',
        ),
      ],
      'GET /api/v1/statistics/exchange-rates': [
        probe(
          "BB's exchange rates",
          () => api.get(`/api/v1/statistics/exchange-rates?boardId=${b.board}`),
          statisticsBoard,
        ),
        hidden('exchange rates', () => api.get('/api/v1/statistics/exchange-rates'), a.rate),
      ],
      'PUT /api/v1/statistics/exchange-rates': [
        probe(
          "BB's exchange rate",
          () =>
            api.put('/api/v1/statistics/exchange-rates', {
              boardId: b.board,
              period: '2019',
              vndPerUsd: '1',
              version: 1,
            }),
          statisticsBoard,
        ),
      ],

      // One-stop dossiers (one-stop-v1).
      'GET /api/v1/dossiers': [
        hidden('dossiers', () => api.get('/api/v1/dossiers'), a.dossier),
        hidden('dossiers of BB', () => api.get(`/api/v1/dossiers?boardId=${b.board}`)),
        hidden("dossiers of BB's procedure", () => api.get(`/api/v1/dossiers?procedureId=${b.procedure}`)),
        hidden("BB's dossier by its code", () => api.get(`/api/v1/dossiers?search=${b.dossierCode}`)),
        hidden('enterprise account: dossiers', () => firmA.get('/api/v1/dossiers'), a.dossier),
        hidden("enterprise account: BB's dossiers", () => firmA.get(`/api/v1/dossiers?boardId=${b.board}`)),
      ],
      'GET /api/v1/dossiers/attention': [
        hidden('attention', () => api.get('/api/v1/dossiers/attention'), a.dossier),
        notFound(
          "BB's attention",
          () => api.get(`/api/v1/dossiers/attention?boardId=${b.board}`),
          'DOSSIER_BOARD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers': [
        notFound(
          'dossier received for BB',
          () =>
            api.post('/api/v1/dossiers', {
              boardId: b.board,
              procedureId: b.procedure,
              channel: 'counter',
              applicant: { name: 'Xâm nhập' },
            }),
          'DOSSIER_BOARD_NOT_FOUND',
        ),
        unknownReference(
          own("dossier for BB's procedure"),
          () =>
            api.post('/api/v1/dossiers', {
              procedureId: b.procedure,
              channel: 'counter',
              applicant: { name: 'Xâm nhập' },
            }),
          'DOSSIER_PROCEDURE_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/submissions': [
        unknownReference(
          "enterprise account: submission for BB's procedure",
          () => firmA.post('/api/v1/dossiers/submissions', { procedureId: b.procedure }),
          'DOSSIER_PROCEDURE_NOT_FOUND',
        ),
      ],
      'GET /api/v1/dossiers/{id}': [
        notFound('dossier', () => api.get(`/api/v1/dossiers/${b.dossier}`), 'DOSSIER_NOT_FOUND'),
        notFound(
          'enterprise account: dossier',
          () => firmA.get(`/api/v1/dossiers/${b.dossier}`),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/accept': [
        notFound(
          'accept',
          () => api.post(`/api/v1/dossiers/${b.dossier}/accept`, { version: 2 }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/not-accept': [
        notFound(
          'not accept',
          () => api.post(`/api/v1/dossiers/${b.dossier}/not-accept`, { version: 2, reason: 'Không.' }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/supplement-requests': [
        notFound(
          'supplement request',
          () =>
            api.post(`/api/v1/dossiers/${b.dossier}/supplement-requests`, { version: 2, reason: 'Thiếu.' }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/supplements/{supplementId}/supplied': [
        notFound(
          'supplied',
          () =>
            api.post(`/api/v1/dossiers/${b.dossier}/supplements/${b.supplement}/supplied`, { version: 2 }),
          'DOSSIER_NOT_FOUND',
        ),
        notFound(
          'enterprise account: supplied',
          () =>
            firmA.post(`/api/v1/dossiers/${b.dossier}/supplements/${b.supplement}/supplied`, { version: 2 }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'PATCH /api/v1/dossiers/{id}/steps/{stepId}': [
        notFound(
          'assign step',
          () =>
            api.patch(`/api/v1/dossiers/${b.dossier}/steps/${b.step}`, {
              version: 2,
              assigneeUserId: adminA.id,
            }),
          'DOSSIER_NOT_FOUND',
        ),
        notFound(
          own("BB's step through AA's dossier"),
          () =>
            api.patch(`/api/v1/dossiers/${a.dossier}/steps/${b.step}`, { version: 1, assigneeUserId: null }),
          'DOSSIER_STEP_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/steps/{stepId}/complete': [
        notFound(
          'complete step',
          () => api.post(`/api/v1/dossiers/${b.dossier}/steps/${b.step}/complete`, { version: 2 }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/result': [
        notFound(
          'result',
          () => api.post(`/api/v1/dossiers/${b.dossier}/result`, { version: 2, kind: 'approved' }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/apology': [
        notFound(
          'apology',
          () =>
            api.post(`/api/v1/dossiers/${b.dossier}/apology`, {
              version: 2,
              reason: 'Xin lỗi.',
              newDate: '2099-01-01',
            }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/return': [
        notFound(
          'return',
          () => api.post(`/api/v1/dossiers/${b.dossier}/return`, { version: 2 }),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'POST /api/v1/dossiers/{id}/attachments': [
        notFound('attach a file', attach(b.dossier!), 'DOSSIER_NOT_FOUND'),
      ],
      'GET /api/v1/dossiers/{id}/attachments/{attachmentId}': [
        notFound(
          'download a file',
          () => api.get(`/api/v1/dossiers/${b.dossier}/attachments/${b.attachment}`),
          'DOSSIER_NOT_FOUND',
        ),
        notFound(
          own("BB's file through AA's dossier"),
          () => api.get(`/api/v1/dossiers/${a.dossier}/attachments/${b.attachment}`),
          'DOSSIER_ATTACHMENT_NOT_FOUND',
        ),
        notFound(
          "enterprise account: BB's file",
          () => firmA.get(`/api/v1/dossiers/${b.dossier}/attachments/${b.attachment}`),
          'DOSSIER_NOT_FOUND',
        ),
      ],
      'GET /api/v1/dossiers/{id}/forms/{form}': [
        notFound("BB's receipt slip", () => api.get(`/api/v1/dossiers/${b.dossier}/forms/01`)),
        notFound("enterprise account: BB's receipt slip", () =>
          firmA.get(`/api/v1/dossiers/${b.dossier}/forms/01`),
        ),
      ],

      // The one-stop catalogue, the office, the calendar and the statistics report.
      'GET /api/v1/one-stop/procedures': [
        hidden('procedures', () => api.get('/api/v1/one-stop/procedures'), a.procedure),
        notFound(
          "BB's procedures",
          () => api.get(`/api/v1/one-stop/procedures?boardId=${b.board}`),
          'PROCEDURE_BOARD_NOT_FOUND',
        ),
      ],
      'POST /api/v1/one-stop/procedures': [
        notFound('procedure in BB', () =>
          api.post('/api/v1/one-stop/procedures', {
            boardId: b.board,
            code: 'X-01',
            effectiveFrom: '2026-01-01',
            name: 'Thủ tục xâm nhập',
            field: 'Đầu tư',
            deadline: { value: 5, unit: 'working_days' },
            onlineLevel: 'none',
          }),
        ),
      ],
      'GET /api/v1/one-stop/procedures/{id}': [
        notFound('procedure', () => api.get(`/api/v1/one-stop/procedures/${b.procedure}`)),
      ],
      'POST /api/v1/one-stop/procedures/{id}/versions': [
        notFound('procedure version', () =>
          api.post(`/api/v1/one-stop/procedures/${b.procedure}/versions`, {
            version: 1,
            effectiveFrom: '2027-01-01',
            name: 'Phiên bản xâm nhập',
            field: 'Đầu tư',
            deadline: { value: 5, unit: 'working_days' },
            onlineLevel: 'none',
          }),
        ),
      ],
      'PATCH /api/v1/one-stop/procedures/{id}/versions/{versionId}': [
        notFound('procedure version update', () =>
          api.patch(`/api/v1/one-stop/procedures/${b.procedure}/versions/${b.procedureVersion}`, {
            version: 1,
            name: 'Đổi tên',
          }),
        ),
        notFound(own("BB's version through AA's procedure"), () =>
          api.patch(`/api/v1/one-stop/procedures/${a.procedure}/versions/${b.procedureVersion}`, {
            version: 1,
            name: 'Đổi tên',
          }),
        ),
      ],
      'POST /api/v1/one-stop/procedures/{id}/retire': [
        notFound('retire procedure', () =>
          api.post(`/api/v1/one-stop/procedures/${b.procedure}/retire`, {
            version: 1,
            retiredOn: '2026-01-01',
          }),
        ),
      ],
      'GET /api/v1/public/procedures': {
        exempt: "public by design: a board's procedures as investors see them, nothing internal",
      },
      'GET /api/v1/one-stop/office': [
        notFound("BB's office", () => api.get(`/api/v1/one-stop/office?boardId=${b.board}`)),
      ],
      'PUT /api/v1/one-stop/office': [
        notFound("BB's office", () =>
          api.put('/api/v1/one-stop/office', { boardId: b.board, codePrefix: 'XAM.NHAP' }),
        ),
      ],
      'GET /api/v1/calendar/due-date': {
        exempt: 'public computation of a due date from the working-day calendar; no board-owned data',
      },
      'GET /api/v1/calendar/years': {
        exempt: "the working-day schedules are the law's, the same for every board; no board-owned data",
      },
      'GET /api/v1/calendar/years/{year}': {
        exempt: "a year's working-day schedule, the same for every board; no board-owned data",
      },
      'PUT /api/v1/calendar/years/{year}': {
        exempt: "sets a year's schedule for the whole database (calendar.manage); no board-owned record",
      },
      'DELETE /api/v1/calendar/years/{year}': {
        exempt: "resets a year's schedule for the whole database (calendar.manage); no board-owned record",
      },
      'GET /api/v1/reports/dossiers': [
        notFound('dossier statistics of BB', () =>
          api.get('/api/v1/reports/dossiers?board=BB&from=2026-01-01&to=2026-12-31'),
        ),
        hidden(
          'dossier statistics',
          () => api.get('/api/v1/reports/dossiers?from=2026-01-01&to=2026-12-31'),
          '"AA"',
        ),
      ],

      'GET /api/v1/public/dossiers/{code}': {
        exempt:
          "public by contract (one-stop-v1 Public look-up): any dossier's procedure, status and dates by its code, nothing about the applicant; rate-limited",
      },
      'POST /api/v1/public/dossiers': {
        exempt: 'public submission by an investor: creates an unconfirmed dossier, answers only its code',
      },
      'POST /api/v1/public/dossiers/confirm': {
        exempt: 'public: confirms the submission whose e-mailed token is given; answers only its code',
      },

      // ── Blocs (blocs-v1): KBB has BB as its only member and leader in 2024 ──
      'GET /api/v1/blocs/{code}': [
        notFound('bloc KBB', () => api.get('/api/v1/blocs/KBB'), 'BLOC_NOT_FOUND'),
      ],
      'PUT /api/v1/blocs/{code}': [
        forbidden('rename KBB', () => api.put('/api/v1/blocs/KBB', { name: 'Khối đổi tên' })),
      ],
      'GET /api/v1/blocs/{code}/years/{year}': [
        notFound('KBB 2024', () => api.get('/api/v1/blocs/KBB/years/2024'), 'BLOC_NOT_FOUND'),
      ],
      'PUT /api/v1/blocs/{code}/years/{year}': [
        forbidden('KBB 2024 members', () =>
          api.put('/api/v1/blocs/KBB/years/2024', { members: ['AA', 'BB'], leader: 'AA' }),
        ),
      ],
      'DELETE /api/v1/blocs/{code}/years/{year}': [
        forbidden('KBB 2024', () => api.delete('/api/v1/blocs/KBB/years/2024')),
      ],
      'GET /api/v1/blocs/{code}/returns': [
        notFound('KBB returns', () => api.get('/api/v1/blocs/KBB/returns?period=2024'), 'BLOC_NOT_FOUND'),
      ],
      'GET /api/v1/blocs/{code}/returns/template': [
        notFound(
          'KBB returns template',
          fileText('/api/v1/blocs/KBB/returns/template?period=2024'),
          'BLOC_NOT_FOUND',
        ),
      ],
      'POST /api/v1/blocs/{code}/returns/import': [
        notFound(
          'KBB returns import',
          upload('POST', '/api/v1/blocs/KBB/returns/import?period=2024', XLSX_CONTENT_TYPE, COVENANT_PDF),
          'BLOC_NOT_FOUND',
        ),
      ],
      'PUT /api/v1/blocs/{code}/returns/{board}/{period}': [
        notFound(
          'BB return',
          () => api.put('/api/v1/blocs/KBB/returns/BB/2024', ZERO_RETURN),
          'BLOC_NOT_FOUND',
        ),
      ],
      'DELETE /api/v1/blocs/{code}/returns/{board}/{period}': [
        notFound('BB return', () => api.delete('/api/v1/blocs/KBB/returns/BB/2024'), 'BLOC_NOT_FOUND'),
      ],
      // A board not a member of the bloc's year: refused (403 BLOC_REPORT_FORBIDDEN).
      'GET /api/v1/reports/bloc': [
        probe('KBB report', () => api.get('/api/v1/reports/bloc?bloc=KBB&period=2024'), BLOC_REPORT_REFUSED),
        probe(
          'KBB report (docx)',
          fileText('/api/v1/reports/bloc?bloc=KBB&period=2024&format=docx'),
          BLOC_REPORT_REFUSED,
        ),
      ],

      // ── Emulation (emulation-v1): BB's movement; KBB's covenant, scoring table and sheet of 2024 ──
      'GET /api/v1/emulation/movements': [
        hidden('movements', () => api.get('/api/v1/emulation/movements'), a.movement),
        hidden('movements of 2024', () => api.get('/api/v1/emulation/movements?year=2024'), a.movement),
        notFound('movements of BB', () => api.get('/api/v1/emulation/movements?board=BB')),
        hidden('movements of KBB', () => api.get('/api/v1/emulation/movements?bloc=KBB')),
      ],
      'POST /api/v1/emulation/movements': [
        notFound('movement of BB', () =>
          api.post('/api/v1/emulation/movements', {
            board: 'BB',
            name: 'Phong trào lạ',
            organiser: 'Ban lạ',
            kind: 'regular',
            startsOn: '2024-01-01',
            endsOn: '2024-12-31',
          }),
        ),
        forbidden('movement of KBB', () =>
          api.post('/api/v1/emulation/movements', {
            bloc: 'KBB',
            name: 'Phong trào lạ',
            organiser: 'Khối lạ',
            kind: 'regular',
            startsOn: '2024-01-01',
            endsOn: '2024-12-31',
          }),
        ),
      ],
      'GET /api/v1/emulation/movements/{id}': [
        notFound('movement', () => api.get(`/api/v1/emulation/movements/${b.movement}`)),
      ],
      'PATCH /api/v1/emulation/movements/{id}': [
        notFound('movement', () =>
          api.patch(`/api/v1/emulation/movements/${b.movement}`, { version: 1, name: 'Đổi tên' }),
        ),
      ],
      'DELETE /api/v1/emulation/movements/{id}': [
        notFound('movement', () => api.delete(`/api/v1/emulation/movements/${b.movement}?version=1`)),
      ],
      'GET /api/v1/blocs/{code}/covenants/{year}': [
        forbidden('KBB covenant', () => api.get('/api/v1/blocs/KBB/covenants/2024')),
      ],
      'PUT /api/v1/blocs/{code}/covenants/{year}': [
        forbidden('KBB covenant', () =>
          api.put('/api/v1/blocs/KBB/covenants/2024', {
            version: 1,
            title: 'Giao ước khác',
            signedOn: '2024-03-08',
            place: 'AA',
            content: 'Khác.',
            signatories: ['BB'],
          }),
        ),
      ],
      'PUT /api/v1/blocs/{code}/covenants/{year}/file': [
        forbidden(
          'KBB covenant file',
          upload(
            'PUT',
            '/api/v1/blocs/KBB/covenants/2024/file?fileName=x.pdf&version=2',
            'application/pdf',
            COVENANT_PDF,
          ),
        ),
      ],
      'GET /api/v1/blocs/{code}/covenants/{year}/file': [
        forbidden('KBB covenant file', fileText('/api/v1/blocs/KBB/covenants/2024/file')),
      ],
      'GET /api/v1/blocs/{code}/scoring/{year}': [
        forbidden('KBB scoring table', () => api.get('/api/v1/blocs/KBB/scoring/2024')),
      ],
      'PUT /api/v1/blocs/{code}/scoring/{year}': [
        forbidden('KBB scoring table', () =>
          api.put('/api/v1/blocs/KBB/scoring/2024', { ...SCORING_TABLE, version: 1 }),
        ),
      ],
      'GET /api/v1/blocs/{code}/scoring/{year}/ranking': [
        forbidden('KBB ranking', () => api.get('/api/v1/blocs/KBB/scoring/2024/ranking')),
        forbidden('KBB ranking (docx)', fileText('/api/v1/blocs/KBB/scoring/2024/ranking?format=docx')),
      ],
      'GET /api/v1/blocs/{code}/scoring/{year}/sheets/{board}': [
        forbidden("BB's sheet", () => api.get('/api/v1/blocs/KBB/scoring/2024/sheets/BB')),
      ],
      'PUT /api/v1/blocs/{code}/scoring/{year}/sheets/{board}': [
        forbidden("BB's sheet", () =>
          api.put('/api/v1/blocs/KBB/scoring/2024/sheets/BB', {
            version: 2,
            entries: [{ criterion: '1', passed: false }],
          }),
        ),
      ],
      'POST /api/v1/blocs/{code}/scoring/{year}/sheets/{board}/submit': [
        forbidden("BB's sheet", () =>
          api.post('/api/v1/blocs/KBB/scoring/2024/sheets/BB/submit', { version: 2 }),
        ),
      ],
      'PUT /api/v1/blocs/{code}/scoring/{year}/sheets/{board}/review': [
        forbidden("BB's sheet", () =>
          api.put('/api/v1/blocs/KBB/scoring/2024/sheets/BB/review', {
            version: 2,
            entries: [{ criterion: '1', passed: false }],
          }),
        ),
      ],
      'POST /api/v1/blocs/{code}/scoring/{year}/sheets/{board}/reviewed': [
        forbidden("BB's sheet", () =>
          api.post('/api/v1/blocs/KBB/scoring/2024/sheets/BB/reviewed', { version: 2 }),
        ),
      ],

      // ── Commendation (commendation-v1): BB's subjects, rating, registration, initiative, proposal,
      //    decision and award ──
      'GET /api/v1/commendation/subjects': [
        hidden('subjects', () => api.get('/api/v1/commendation/subjects'), a.subject),
        hidden('subjects by name', () => api.get('/api/v1/commendation/subjects?search=be%20be')),
        notFound('subjects of BB', () => api.get('/api/v1/commendation/subjects?board=BB')),
        hidden('members of a BB collective', () =>
          api.get(`/api/v1/commendation/subjects?collectiveId=${b.collective}`),
        ),
      ],
      'POST /api/v1/commendation/subjects': [
        notFound('subject of BB', () =>
          api.post('/api/v1/commendation/subjects', { board: 'BB', kind: 'person', name: 'Người lạ' }),
        ),
        unknownReference(
          'person in a BB collective',
          () =>
            api.post('/api/v1/commendation/subjects', {
              kind: 'person',
              name: 'Người lạ',
              collectiveId: b.collective,
            }),
          'COMMENDATION_COLLECTIVE_INVALID',
        ),
      ],
      'GET /api/v1/commendation/subjects/{id}': [
        notFound('subject', () => api.get(`/api/v1/commendation/subjects/${b.subject}`)),
      ],
      'PATCH /api/v1/commendation/subjects/{id}': [
        notFound('subject', () =>
          api.patch(`/api/v1/commendation/subjects/${b.subject}`, { version: 1, position: 'Trưởng phòng' }),
        ),
      ],
      'POST /api/v1/commendation/subjects/{id}/leave': [
        notFound('subject', () =>
          api.post(`/api/v1/commendation/subjects/${b.subject}/leave`, { version: 1, leftOn: '2025-01-01' }),
        ),
      ],
      'GET /api/v1/commendation/subjects/{id}/ratings': [
        notFound('ratings', () => api.get(`/api/v1/commendation/subjects/${b.subject}/ratings`)),
      ],
      'PUT /api/v1/commendation/subjects/{id}/ratings/{year}': [
        notFound('rating', () =>
          api.put(`/api/v1/commendation/subjects/${b.subject}/ratings/2024`, { rating: 'excellent' }),
        ),
      ],
      'DELETE /api/v1/commendation/subjects/{id}/ratings/{year}': [
        notFound('rating', () => api.delete(`/api/v1/commendation/subjects/${b.subject}/ratings/2024`)),
      ],
      'GET /api/v1/commendation/subjects/{id}/history': [
        notFound('history', () => api.get(`/api/v1/commendation/subjects/${b.subject}/history`)),
      ],
      'GET /api/v1/commendation/subjects/{id}/eligibility': [
        notFound('eligibility', () =>
          api.get(`/api/v1/commendation/subjects/${b.subject}/eligibility?year=2025`),
        ),
      ],
      'GET /api/v1/commendation/eligibility': [
        hidden('eligibility of AA', () => api.get('/api/v1/commendation/eligibility?year=2025')),
        notFound('eligibility of BB', () => api.get('/api/v1/commendation/eligibility?board=BB&year=2025')),
      ],
      'GET /api/v1/commendation/awards': [
        hidden('awards', () => api.get('/api/v1/commendation/awards')),
        hidden('awards of a BB subject', () => api.get(`/api/v1/commendation/awards?subjectId=${b.subject}`)),
        hidden('awards (xlsx)', fileText('/api/v1/commendation/awards?format=xlsx')),
        notFound('awards of BB', () => api.get('/api/v1/commendation/awards?board=BB')),
        notFound('awards of BB (xlsx)', fileText('/api/v1/commendation/awards?board=BB&format=xlsx')),
      ],
      'POST /api/v1/commendation/awards': [
        notFound('award of a BB subject', () =>
          api.post('/api/v1/commendation/awards', {
            subjectId: b.subject,
            year: 2023,
            award: 'GIAY_KHEN',
            decisionText: 'Quyết định số 1/QĐ ngày 01/02/2024',
          }),
        ),
        notFound('award in BB', () =>
          api.post('/api/v1/commendation/awards', {
            board: 'BB',
            subjectId: b.subject,
            year: 2023,
            award: 'GIAY_KHEN',
            decisionText: 'Quyết định số 1/QĐ ngày 01/02/2024',
          }),
        ),
      ],
      'POST /api/v1/commendation/awards/{id}/revoke': [
        notFound('award', () =>
          api.post(`/api/v1/commendation/awards/${b.award}/revoke`, {
            version: 1,
            revokedOn: '2026-03-01',
            reason: 'Thu hồi lạ',
          }),
        ),
      ],
      'GET /api/v1/commendation/registrations': [
        hidden('registrations', () => api.get('/api/v1/commendation/registrations?year=2026')),
        notFound('registrations of BB', () =>
          api.get('/api/v1/commendation/registrations?board=BB&year=2026'),
        ),
      ],
      'POST /api/v1/commendation/registrations': [
        notFound('registration of a BB subject', () =>
          api.post('/api/v1/commendation/registrations', { year: 2027, subjectId: b.subject, award: 'LDTT' }),
        ),
      ],
      'DELETE /api/v1/commendation/registrations/{id}': [
        notFound('registration', () =>
          api.delete(`/api/v1/commendation/registrations/${b.registration}?version=1`),
        ),
      ],
      'GET /api/v1/commendation/initiatives': [
        hidden('initiatives', () => api.get('/api/v1/commendation/initiatives')),
        hidden('initiatives of a BB subject', () =>
          api.get(`/api/v1/commendation/initiatives?subjectId=${b.subject}`),
        ),
        notFound('initiatives of BB', () => api.get('/api/v1/commendation/initiatives?board=BB')),
      ],
      'POST /api/v1/commendation/initiatives': [
        notFound(
          'initiative by a BB subject',
          () =>
            api.post('/api/v1/commendation/initiatives', {
              title: 'Sáng kiến lạ',
              year: 2024,
              level: 'unit',
              authorIds: [b.subject],
            }),
          'COMMENDATION_SUBJECT_NOT_FOUND',
        ),
      ],
      'GET /api/v1/commendation/initiatives/{id}': [
        notFound('initiative', () => api.get(`/api/v1/commendation/initiatives/${b.initiative}`)),
      ],
      'PATCH /api/v1/commendation/initiatives/{id}': [
        notFound('initiative', () =>
          api.patch(`/api/v1/commendation/initiatives/${b.initiative}`, { version: 1, title: 'Đổi tên' }),
        ),
      ],
      'DELETE /api/v1/commendation/initiatives/{id}': [
        notFound('initiative', () =>
          api.delete(`/api/v1/commendation/initiatives/${b.initiative}?version=1`),
        ),
      ],
      'GET /api/v1/commendation/proposals': [
        hidden('proposals', () => api.get('/api/v1/commendation/proposals')),
        notFound('proposals of BB', () => api.get('/api/v1/commendation/proposals?board=BB')),
      ],
      'POST /api/v1/commendation/proposals': [
        notFound('proposal of BB', () =>
          api.post('/api/v1/commendation/proposals', {
            board: 'BB',
            year: 2025,
            kind: 'annual',
            title: 'Đề nghị lạ',
          }),
        ),
        notFound('proposal for a BB subject', () =>
          api.post('/api/v1/commendation/proposals', {
            year: 2025,
            kind: 'annual',
            title: 'Đề nghị lạ',
            items: [{ subjectId: b.subject, award: 'LDTT' }],
          }),
        ),
      ],
      'GET /api/v1/commendation/proposals/{id}': [
        notFound('proposal', () => api.get(`/api/v1/commendation/proposals/${b.proposal}`)),
      ],
      'PATCH /api/v1/commendation/proposals/{id}': [
        notFound('proposal', () =>
          api.patch(`/api/v1/commendation/proposals/${b.proposal}`, { version: 4, title: 'Đổi tên' }),
        ),
      ],
      'POST /api/v1/commendation/proposals/{id}/submit': [
        notFound('proposal', () =>
          api.post(`/api/v1/commendation/proposals/${b.proposal}/submit`, { version: 4 }),
        ),
      ],
      'POST /api/v1/commendation/proposals/{id}/review': [
        notFound('proposal', () =>
          api.post(`/api/v1/commendation/proposals/${b.proposal}/review`, {
            version: 4,
            reviewedOn: '2025-01-07',
            items: [{ itemId: b.proposalItem, agreed: false, votesFor: 0, votesTotal: 5 }],
          }),
        ),
      ],
      'POST /api/v1/commendation/proposals/{id}/return': [
        notFound('proposal', () =>
          api.post(`/api/v1/commendation/proposals/${b.proposal}/return`, { version: 4, note: 'Trả lại' }),
        ),
      ],
      'GET /api/v1/commendation/decisions': [
        hidden('decisions', () => api.get('/api/v1/commendation/decisions')),
        notFound('decisions of BB', () => api.get('/api/v1/commendation/decisions?board=BB')),
      ],
      'POST /api/v1/commendation/decisions': [
        notFound('decision on a BB proposal', () =>
          api.post('/api/v1/commendation/decisions', {
            number: '10/QĐ-LẠ',
            signedOn: '2025-01-10',
            issuer: 'Trưởng ban',
            level: 'unit',
            proposalId: b.proposal,
          }),
        ),
        notFound('decision for a BB subject', () =>
          api.post('/api/v1/commendation/decisions', {
            number: '11/QĐ-LẠ',
            signedOn: '2025-01-10',
            issuer: 'Trưởng ban',
            level: 'unit',
            items: [{ subjectId: b.subject, award: 'LDTT', year: 2025 }],
          }),
        ),
      ],
      'GET /api/v1/commendation/decisions/{id}': [
        notFound('decision', () => api.get(`/api/v1/commendation/decisions/${b.decision}`)),
      ],
      ...Object.assign({}, ...TENANCY_MODULES.map((module) => module.probes(parties))),
    };
  });

  it('probes or exempts every route of the OpenAPI document, and lists no other', () => {
    const spec = ctx.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const listed = Object.keys(routes);
    expect(
      documented.filter((route) => !listed.includes(route)),
      'routes of the document with no probe: add one, or an exemption with its reason',
    ).toEqual([]);
    expect(
      listed.filter((route) => !documented.includes(route)),
      'probes of routes the document does not have',
    ).toEqual([]);
    for (const [route, entry] of Object.entries(routes)) {
      if ('exempt' in entry) expect(entry.exempt.length, route).toBeGreaterThan(10);
      else expect(entry.length, route).toBeGreaterThan(0);
    }
  });

  it("keeps board B's records from board A on every route, and changes none of them", async () => {
    const before = await boardRows(ctx, b.board!, b.bloc!);
    const failures: string[] = [];
    for (const [route, entry] of Object.entries(routes)) {
      if ('exempt' in entry) continue;
      for (const { label, send, expect: expected } of entry) {
        const response = await send();
        const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
        const where = `${route} (${label}): ${response.status} ${text.slice(0, 300)}`;
        if ('hidden' in expected) {
          const leaked = bbMarkers.filter((marker) => text.includes(marker));
          if (response.status !== 200) failures.push(`expected 200 — ${where}`);
          else if (leaked.length > 0) failures.push(`LEAK of ${leaked.join(', ')} — ${where}`);
          else if (expected.shows !== undefined && !text.includes(expected.shows))
            failures.push(`expected board AA's ${expected.shows} in the answer — ${where}`);
        } else {
          const code = response.body?.error?.code as string | undefined;
          const codeMatches =
            code !== undefined &&
            (typeof expected.code === 'string' ? code === expected.code : expected.code.test(code));
          const details = JSON.stringify(response.body?.error?.details ?? []);
          if (
            response.status !== expected.status ||
            !codeMatches ||
            (expected.detail !== undefined && !details.includes(`"${expected.detail}"`))
          )
            failures.push(
              `expected ${expected.status} ${String(expected.code)} ${expected.detail ?? ''} — ${where}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    // The markers are what BB's own answers hold: their absence above means something.
    const own = JSON.stringify([
      (await staffB.api.get('/api/v1/packages/export')).body,
      (await staffB.api.get('/api/v1/projects')).body,
    ]);
    for (const marker of ['"BB"', '"B-ZONE"', '"P-BB"', '0200000002', 'Investor P-BB', b.board!, b.project!])
      expect(own, marker).toContain(marker);
    const ownBlocAndCommendation = JSON.stringify(
      await Promise.all(
        [
          '/api/v1/blocs',
          '/api/v1/blocs/KBB/covenants/2024',
          '/api/v1/emulation/movements',
          '/api/v1/commendation/subjects',
          '/api/v1/commendation/initiatives',
          `/api/v1/commendation/proposals/${b.proposal}`,
          '/api/v1/commendation/awards',
        ].map(async (url) => (await staffB.api.get(url)).body),
      ),
    );
    for (const marker of [
      '"KBB"',
      'Khối thi đua riêng của BB',
      'Giao ước thi đua năm 2024 của khối riêng BB',
      'Phong trào thi đua riêng của BB',
      'Phòng Thi đua riêng BB',
      'Hoàng Văn BB',
      'Sáng kiến riêng của BB',
      'Đề nghị khen thưởng riêng của BB',
      '09/QĐ-BQLBB',
      b.award!,
    ])
      expect(ownBlocAndCommendation, marker).toContain(marker);
    expect(await boardRows(ctx, b.board!, b.bloc!)).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(10);
    // BB's staff still signs in with its session, and keeps its token.
    const tokens = await staffB.api.get('/api/v1/auth/tokens');
    expect(tokens.body.items.map((t: { id: string }) => t.id)).toEqual([b.token]);
  });

  it('lets a bloc user read its member boards together, and write nothing', async () => {
    const system = await ctx.system();
    const [bloc] = await ctx.database.db
      .insert(blocs)
      .values({ code: 'DBSH', name: 'Khối thi đua đồng bằng sông Hồng' })
      .returning();
    await ctx.database.db
      .insert(blocYears)
      .values({ blocId: bloc!.id, year: 2024, leaderBoardId: system.visibleBoardIds[0]! });
    await ctx.database.db.insert(blocYearMembers).values(
      system.visibleBoardIds.map((boardId, position) => ({
        blocId: bloc!.id,
        year: 2024,
        boardId,
        position,
      })),
    );
    const admin = await ctx.createUser({ role: 'admin' });
    const created = await admin.api.post('/api/v1/users', {
      username: 'lanh.dao.khoi',
      fullName: 'Lãnh đạo khối',
      role: 'leader',
      scope: 'bloc',
      blocId: bloc!.id,
    });
    expect(created.status).toBe(201);
    const leader = await signIn(ctx, 'lanh.dao.khoi', created.body.generatedPassword);
    const report = (await leader.get('/api/v1/reports/investment?from=2019-01-01&to=2019-12-31')).body;
    expect(report.boards).toEqual(['AA', 'BB']);
    expect(report.licensing.new.count).toBe(2);
    const write = await leader.patch(`/api/v1/zones/${b.zone}`, { version: 1, name: 'Khối sửa' });
    expect(write.status).toBe(403);
  });
});
