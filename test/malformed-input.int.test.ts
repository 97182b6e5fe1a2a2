import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/server/kernel/db/database.ts';
import { PackageBuilder } from './package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from './test-app.ts';

/** Routes that take no parameters, query or body: nothing malformed can be sent to them. */
const NO_INPUT = new Set([
  'GET /api/v1/health',
  'GET /api/v1/boards',
  'GET /api/v1/blocs',
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/tokens',
  'GET /api/v1/users',
  'GET /api/v1/backup',
  'GET /api/v1/reminders/mine',
  // A public form's token: nothing to send but the request.
  'GET /api/v1/public/enquiries/form-token',
  // The boards that publish zone pages (the public site's board list): nothing to send.
  'GET /api/v1/public/boards',
]);

async function snapshot(ctx: TestContext) {
  const tables = [
    'boards',
    'zones',
    'zone_status_changes',
    'investors',
    'projects',
    'project_investors',
    'licensing_events',
    'capital_implementations',
    'users',
    'api_tokens',
    'audit_log',
    // The one-stop shop.
    'calendar_years',
    'one_stop_offices',
    'procedures',
    'procedure_versions',
    'dossiers',
    'dossier_supplements',
    'dossier_steps',
    'dossier_events',
    'dossier_attachments',
    // Inspections, the zones' environment, complaints and difficulties.
    'inspection_plans',
    'inspection_plan_items',
    'inspections',
    'inspection_findings',
    'inspection_follow_ups',
    'discharge_standards',
    'discharge_standard_parameters',
    'wastewater_plants',
    'wastewater_connections',
    'monitoring_samples',
    'monitoring_results',
    'complaints',
    'complaint_reporters',
    'difficulties',
    'difficulty_events',
    // Zones in full: land over time, master data, works, decisions, boundaries.
    'zone_land_history',
    'zone_profiles',
    'infrastructure_works',
    'infrastructure_progress_reports',
    'zone_decisions',
    'zone_boundaries',
    // The investor portal and investment promotion.
    'zone_public_pages',
    'zone_public_photos',
    'public_site_settings',
    'promotion_organisations',
    'promotion_contacts',
    'promotion_events',
    'investment_leads',
    'lead_stage_changes',
    'promotion_meetings',
    'promotion_enquiries',
  ];
  /** Tables without a version column: their rows are counted. */
  const unversioned = new Set([
    'audit_log',
    'project_investors',
    'zone_status_changes',
    'api_tokens',
    'dossier_events',
    'dossier_attachments',
    'inspection_follow_ups',
    'monitoring_results',
    'difficulty_events',
    'zone_land_history',
    'infrastructure_progress_reports',
    'zone_boundaries',
    'zone_public_photos',
    'lead_stage_changes',
  ]);
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number; v: number }>(
      ctx.database.db,
      sql.raw(
        `select count(*)::int as n, coalesce(sum(${unversioned.has(table) ? 1 : 'version'}), 0)::int as v from ${table}`,
      ),
    );
    counts[table] = row!.n * 100_000 + row!.v;
  }
  return counts;
}

describe('malformed input on every route', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('AA')
        .zone('AA', 'Z')
        .project('AA', 'Z', 'P', 'DDI')
        .event('P', 'new', '2019-01-01', '1')
        .build(),
    );
    admin = await ctx.createUser({ role: 'admin' });
  });

  it('answers 4xx in the error envelope and changes nothing', async () => {
    const spec = ctx.app.swagger() as {
      paths: Record<
        string,
        Record<string, { parameters?: { in: string; required?: boolean }[]; requestBody?: unknown }>
      >;
    };
    const before = await snapshot(ctx);
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        const hasParams = path.includes('{');
        const hasQuery = (operation.parameters ?? []).some((p) => p.in === 'query');
        const hasBody = operation.requestBody !== undefined;
        if (!hasParams && !hasQuery && !hasBody) {
          expect(
            NO_INPUT.has(route),
            `${route} takes no input: list it in NO_INPUT or give it a schema`,
          ).toBe(true);
          continue;
        }
        const url = path.replace(/\{[^}]+\}/g, 'not-a-uuid') + (hasQuery ? '?__unknown=1&page=-1' : '');
        const body = hasBody ? { __unknown: 1, version: 'one', name: 42 } : undefined;
        const response = await (method === 'get'
          ? admin.api.get(url)
          : method === 'delete'
            ? admin.api.delete(url)
            : (admin.api as any)[method](url, body));
        expect(response.status, route).toBeGreaterThanOrEqual(400);
        expect(response.status, route).toBeLessThan(500);
        expect(response.body, route).toMatchObject({
          error: { code: expect.any(String), message: expect.any(String), details: expect.any(Array) },
        });
        checked.push(route);
      }
    }
    expect(checked.length).toBeGreaterThan(25);
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('lists every problem of a body at once, each with its field', async () => {
    const response = await admin.api.post('/api/v1/projects', {
      code: 'bad code!',
      zoneId: 'x',
      name: '',
      investmentType: 'BOTH',
      investors: [],
      certificate: { date: '2019-02-30', documentNo: '', capitalVnd: '-5', capitalUsd: '1.234' },
      color: 'red',
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(
      [
        'body.code',
        'body.zoneId',
        'body.name',
        'body.investmentType',
        'body.investors',
        'body.certificate.date',
        'body.certificate.documentNo',
        'body.certificate.capitalVnd',
        'body.certificate.capitalUsd',
        'body.color',
      ].sort(),
    );
  });

  it('refuses bodies that are not JSON', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/zones',
      headers: { cookie: admin.cookie, 'content-type': 'text/plain' },
      payload: 'code=x',
    });
    expect(response.statusCode).toBe(415);
    expect(JSON.parse(response.body).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(JSON.parse(response.body).error.message).toContain('application/json');
  });

  it("names the media types a dossier's attachment takes when it gets another", async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers/00000000-0000-4000-8000-000000000000/attachments?fileName=a.pdf',
      headers: { cookie: admin.cookie, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--',
    });
    expect(response.statusCode).toBe(415);
    const { code, message } = JSON.parse(response.body).error;
    expect(code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(message).toContain('application/pdf');
    expect(message).toContain('image/png');
    expect(message).not.toContain('application/json');
  });

  it('names the media types an upload takes when it gets another', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/excel/import?period=2019',
      headers: { cookie: admin.cookie, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--',
    });
    expect(response.statusCode).toBe(415);
    const { code, message } = JSON.parse(response.body).error;
    expect(code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(message).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(message).toContain('application/octet-stream');
    expect(message).not.toContain('application/json');
  });
});
