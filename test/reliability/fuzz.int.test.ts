import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../package-builder.ts';
import { createTestContext, type TestContext, type TestUser } from '../test-app.ts';

/**
 * A walk over the OpenAPI document with hostile values, as an attacker would send them: every
 * route gets a well-formed request built from its own schema, with real record ids, in which
 * one field at a time (body, query and path) is replaced by a NUL character, a lone UTF-16
 * surrogate, 20-digit money or a huge number; and every route that takes a body gets 5 000
 * unknown keys and nesting 10 000 deep. Not one answer may be a 5xx, none may take a second,
 * and none may be large.
 */
type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  example?: unknown;
  minimum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

const HOSTILE_STRINGS = ['a\u0000b', '\ud801 X', '99999999999999999999'];
const HOSTILE_NUMBERS = [1e308, 1e20, -1];
const MAX_MS = 1000;
const MAX_ANSWER_BYTES = 64 * 1024;

/** Sample strings for fields whose pattern a generic value would not match. */
const SAMPLE_BY_NAME: Record<string, string> = {
  code: 'FZ-1',
  boardCode: 'FZ',
  zoneCode: 'FZ-Z',
  taxCode: '1000000099',
  username: 'fuzz.user',
  period: '2019',
  vndPerUsd: '23155',
  country: 'VN',
  sector: '2610',
  email: 'fuzz@example.vn',
  password: 'Trống-Đồng-Đông-Sơn-1925',
  newPassword: 'Trống-Đồng-Đông-Sơn-1926',
  currentPassword: 'Trống-Đồng-Đông-Sơn-1925',
};

function sample(schema: Schema | undefined, name: string, ids: Record<string, string>): unknown {
  if (!schema) return 'x';
  const variant = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (variant) return sample(variant.find((s) => s.type !== 'null') ?? variant[0], name, ids);
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (schema.example !== undefined && type !== 'object' && type !== 'array') return schema.example;
  switch (type) {
    case 'string':
      if (schema.format === 'date') return '2019-06-30';
      if (schema.format === 'uuid') return ids[name] ?? randomUUID();
      if (schema.format === 'date-time') return '2019-06-30T00:00:00+07:00';
      if (SAMPLE_BY_NAME[name]) return SAMPLE_BY_NAME[name];
      if (schema.pattern && /\\d/.test(schema.pattern)) return '1000';
      return 'Giá trị thử';
    case 'integer':
    case 'number':
      return name === 'version' ? 1 : Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => sample(schema.items, name, ids));
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        value[key] = sample(property, key, ids);
      return value;
    }
    default:
      return 'x';
  }
}

/** Paths (as key lists) of every string and number leaf of a sampled value. */
function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; kind: 'string' | 'number' }[] {
  if (typeof value === 'string') return [{ path, kind: 'string' }];
  if (typeof value === 'number') return [{ path, kind: 'number' }];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

function withLeaf(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[path[0]!] = withLeaf(copy[path[0]!], path.slice(1), replacement);
  return copy;
}

/** Percent-encodes a value; a lone surrogate becomes the bytes it would be (invalid UTF-8). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value
      .split(/([\uD800-\uDFFF])/)
      .map((part) => (/[\uD800-\uDFFF]/.test(part) ? '%ED%A0%81' : encodeURIComponent(part)))
      .join('');
  }
}

function deepNesting(depth: number): string {
  return `{"nested":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

describe('hostile input on every route', () => {
  let ctx: TestContext;
  let admin: TestUser;
  const ids: Record<string, string> = {};
  /** The id a path parameter takes, by the path's first segment. */
  const idFor: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('FZ')
        .zone('FZ', 'FZ-Z')
        .project('FZ', 'FZ-Z', 'FZ-P', 'FDI')
        .event('FZ-P', 'new', '2019-01-10', '10', '430000.00')
        .event('FZ-P', 'adjustment', '2019-05-10', '12', '516000.00')
        .implemented('FZ-P', '2019-06-30', '5')
        .enterprise('FZ', 'FZ-Z', '1000000001', 'FDI', { projectCodes: ['FZ-P'] })
        .build(),
    );
    admin = await ctx.createUser({ role: 'admin', board: 'FZ' });
    const other = await ctx.createUser({ role: 'staff', board: 'FZ' });
    const get = async (url: string) => (await admin.api.get(url)).body;
    const board = (await get('/api/v1/boards')).items[0];
    const zone = (await get('/api/v1/zones')).items[0];
    const project = (await get('/api/v1/projects')).items[0];
    const detail = await get(`/api/v1/projects/${project.id}`);
    const enterprise = (await get('/api/v1/enterprises')).items[0];
    const period = await admin.api.post('/api/v1/reporting/periods', { period: '2019-Q2' });
    const report = await admin.api.put(`/api/v1/enterprises/${enterprise.id}/reports/2019-Q2`, {
      productionValueVnd: '1000000000',
      revenueVnd: '1000000000',
      exportUsd: '1000.00',
      importUsd: '1000.00',
      budgetPaidVnd: '10000000',
      workers: 10,
      insuredWorkers: 9,
      averageIncomeVnd: '7000000',
    });
    const target = await admin.api.put('/api/v1/targets', {
      year: 2019,
      indicator: 'revenueVnd',
      targetValue: '1000000000',
    });
    const total = await admin.api.put('/api/v1/province-totals', {
      period: '2019',
      indicator: 'revenueVnd',
      value: '9000000000',
    });
    const token = await admin.api.post('/api/v1/auth/tokens', { name: 'fuzz' });
    Object.assign(idFor, {
      users: other.id,
      boards: board.id,
      zones: zone.id,
      investors: detail.investors[0].id,
      projects: project.id,
      'licensing-events': detail.licensingEvents[1].id,
      'capital-implementations': detail.capitalImplementations[0].id,
      targets: target.body.id,
      'province-totals': total.body.id,
      enterprises: enterprise.id,
      'enterprise-reports': report.body.id,
      'unlock-requests': randomUUID(),
      periods: period.body.id,
      tokens: token.body.token.id,
    });
    Object.assign(ids, {
      boardId: board.id,
      zoneId: zone.id,
      projectId: project.id,
      investorId: detail.investors[0].id,
      enterpriseId: enterprise.id,
    });
  });

  it('answers every request in under a second, bounded, and never with a 5xx', async () => {
    const spec = ctx.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const failures: string[] = [];
    let requests = 0;
    const send = async (label: string, method: string, url: string, payload?: string) => {
      requests++;
      const start = performance.now();
      const response = await ctx.app.inject({
        method: method.toUpperCase() as 'GET',
        url,
        headers: {
          cookie: admin.cookie,
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(payload === undefined ? {} : { payload }),
      });
      const ms = performance.now() - start;
      if (response.statusCode >= 500)
        failures.push(`${label}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      if (ms > MAX_MS) failures.push(`${label}: ${Math.round(ms)} ms`);
      if (response.body.length > MAX_ANSWER_BYTES && response.statusCode >= 400)
        failures.push(`${label}: ${response.body.length} bytes of error`);
      return response;
    };

    for (const [template, operations] of Object.entries(spec.paths)) {
      if (template.startsWith('/api/v1/backup')) continue; // a whole-database download, not an input
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${template}`;
        const pathParams = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const segment = template.split('/')[3]!;
        const paramValue = (name: string) =>
          name === 'period'
            ? '2019-Q2'
            : name === 'periodKind'
              ? 'quarter'
              : name === 'code'
                ? 'yoy_ratio'
                : name === 'enterpriseId'
                  ? ids.enterpriseId!
                  : (idFor[segment === 'reporting' ? 'periods' : segment === 'auth' ? 'tokens' : segment] ??
                    randomUUID());
        const pathValues = Object.fromEntries(pathParams.map((name) => [name, paramValue(name)]));
        const query = Object.fromEntries(
          (operation.parameters ?? [])
            .filter((p) => p.in === 'query' && (p.required || p.name === 'q' || p.name === 'from'))
            .map((p) => [p.name, String(sample(p.schema, p.name, ids))]),
        );
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const body = bodySchema ? sample(bodySchema, 'body', ids) : undefined;
        const url = (params: Record<string, string>, q: Record<string, string>) =>
          template.replace(/\{(\w+)\}/g, (_m, name: string) => encode(params[name]!)) +
          (Object.keys(q).length
            ? `?${Object.entries(q)
                .map(([k, v]) => `${k}=${encode(v)}`)
                .join('&')}`
            : '');

        // One hostile value at a time in each path parameter, query parameter and body field.
        let turn = 0;
        for (const name of pathParams)
          for (const hostile of HOSTILE_STRINGS)
            await send(
              `${route} path ${name}=${JSON.stringify(hostile)}`,
              method,
              url({ ...pathValues, [name]: hostile }, query),
              body === undefined ? undefined : JSON.stringify(body),
            );
        for (const name of Object.keys(query))
          for (const hostile of HOSTILE_STRINGS)
            await send(
              `${route} query ${name}=${JSON.stringify(hostile)}`,
              method,
              url(pathValues, { ...query, [name]: hostile }),
              body === undefined ? undefined : JSON.stringify(body),
            );
        if (body !== undefined) {
          for (const leaf of leaves(body)) {
            const choices = leaf.kind === 'string' ? HOSTILE_STRINGS : HOSTILE_NUMBERS;
            for (const hostile of [choices[turn++ % choices.length]!, choices[turn++ % choices.length]!])
              await send(
                `${route} body.${leaf.path.join('.')}=${JSON.stringify(hostile)}`,
                method,
                url(pathValues, query),
                JSON.stringify(withLeaf(body, leaf.path, hostile)),
              );
          }
          const manyKeys: Record<string, unknown> = { ...(body as object) };
          for (let i = 0; i < 5000; i++) manyKeys[`k${i}`] = i;
          const answer = await send(
            `${route} 5000 unknown keys`,
            method,
            url(pathValues, query),
            JSON.stringify(manyKeys),
          );
          if (answer.statusCode < 400) failures.push(`${route}: 5000 unknown keys accepted`);
          await send(`${route} nesting 10000 deep`, method, url(pathValues, query), deepNesting(10_000));
        }
      }
    }
    // A NUL in a static file's address, and the usual traversals.
    for (const path of [
      '/api/docs/static/%00',
      '/api/docs/static/..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/%00',
    ])
      await send(`GET ${path}`, 'get', path);

    expect(failures, failures.join('\n')).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  });

  it('answers 12 000 unknown keys on the anonymous sign-in in milliseconds, with a bounded list', async () => {
    const body: Record<string, unknown> = { username: 'x', password: 'y' };
    for (let i = 0; i < 12_000; i++) body[`k${i}`] = i;
    const payload = JSON.stringify(body);
    // The sign-in takes a few hundred bytes: a 150 KB body is refused before it is parsed.
    const start = performance.now();
    const tooLarge = await ctx.anonymous.post('/api/v1/auth/login', payload);
    expect(performance.now() - start).toBeLessThan(200);
    expect(tooLarge.status).toBe(413);
    // Where such a body fits the route's limit, the envelope lists 100 details and counts the rest.
    const zones = await admin.api.post(
      '/api/v1/zones',
      payload.slice(0, 60_000).replace(/,"k\d*"?:?\d*$/, '}'),
    );
    expect(zones.status).toBe(400);
    expect(zones.body.error.details).toHaveLength(100);
    expect(zones.body.error.omittedDetails).toBeGreaterThan(1000);
    expect(JSON.stringify(zones.body).length).toBeLessThan(20_000);
  });

  it('names the field of a NUL, a lone surrogate and a 20-digit amount', async () => {
    const project = await admin.api.get(`/api/v1/projects/${idFor.projects}`);
    const event = project.body.licensingEvents[1];
    const cases: [string, unknown, string][] = [
      ['/api/v1/projects?q=a%00b', undefined, 'query.q'],
      [
        `/api/v1/licensing-events/${event.id}`,
        { version: event.version, reason: 'Sửa vốn đăng ký', capitalVnd: '99999999999999999999' },
        'body.capitalVnd',
      ],
      [`/api/v1/zones/${idFor.zones}`, { version: 1, name: '\ud801 X' }, 'body.name'],
      [`/api/v1/zones/${idFor.zones}`, { version: 1, name: 'KCN\u0000' }, 'body.name'],
    ];
    for (const [url, body, path] of cases) {
      const response = body === undefined ? await admin.api.get(url) : await admin.api.patch(url, body);
      expect(response.status, url).toBe(400);
      expect(
        response.body.error.details.map((d: { path: string }) => d.path),
        url,
      ).toContain(path);
    }
  });
});
