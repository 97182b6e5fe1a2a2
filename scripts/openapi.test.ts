import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationIdFor } from '../src/server/kernel/openapi.ts';
import { openApiDocument, openApiJson, ROOT } from './openapi.ts';

/**
 * The API's OpenAPI document is the integrators' contract: checked here by an independent linter,
 * Redocly CLI with its `recommended` rules (redocly.yaml) — the very check `npm run openapi:lint`
 * runs — it must give no error and no warning.
 */
const REDOCLY_CLI = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { pointer?: string }[];
}
interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

/** Redocly CLI's lint of a document, as its JSON report. */
async function redoclyLint(document: unknown): Promise<LintReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kcn-openapi-'));
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, openApiJson(document));
  const args = [REDOCLY_CLI, 'lint', file, '--format=json', '--max-problems=1000'];
  const env = { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_TELEMETRY: 'off' };
  try {
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(process.execPath, args, {
        cwd: ROOT,
        env,
        maxBuffer: 1 << 26,
      }));
    } catch (error) {
      // Exit code 1 when there are errors: the report is on stdout all the same.
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (!stdout.trim().startsWith('{')) throw error;
    }
    return JSON.parse(stdout) as LintReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Operation = {
  operationId?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};

describe('the OpenAPI document', () => {
  let document: { paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    document = (await openApiDocument()) as typeof document;
  }, 30_000);

  it('passes Redocly CLI’s recommended rules with no error and no warning', { timeout: 30_000 }, async () => {
    const report = await redoclyLint(document);
    const problems = report.problems.map(
      (p) => `${p.severity} ${p.ruleId} at ${p.location?.[0]?.pointer ?? '?'}: ${p.message}`,
    );
    expect(problems, `npm run openapi:lint shows them in full:\n${problems.join('\n')}`).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('gives every operation its own operationId', () => {
    const ids = Object.values(document.paths).flatMap((operations) =>
      Object.values(operations).map((operation) => operation.operationId),
    );
    expect(ids.length).toBeGreaterThan(60);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says which routes need no sign-in, what the Excel exchange sends and takes', () => {
    const op = (route: string, method: string) => document.paths[`/api/v1${route}`]![method]!;
    expect(op('/health', 'get').security).toEqual([]);
    expect(op('/auth/login', 'post').security).toEqual([]);
    expect(op('/projects', 'get').security).toBeUndefined(); // the document's: session or token
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(op('/statistics/excel/template', 'get').responses['200']!.content).toHaveProperty([xlsx]);
    // The lists answer their JSON page, or with format=xlsx the whole list as a workbook.
    for (const list of ['/projects', '/licensing-events', '/enterprises', '/statistics/completeness'])
      expect(Object.keys(op(list, 'get').responses['200']!.content!)).toEqual(['application/json', xlsx]);
    expect(op('/projects', 'get').operationId).toBe('listProjects');
    expect(Object.keys(op('/statistics/excel/import', 'post').requestBody!.content)).toEqual([
      xlsx,
      'application/octet-stream',
    ]);
    expect(Object.keys(op('/statistics/excel/import', 'post').responses)).toEqual(
      expect.arrayContaining(['413', '415']),
    );
  });
});

describe('operationIdFor (a route that states none gets one from its method and URL)', () => {
  it.each([
    ['GET', '/api/v1/projects', true, 'listProjects'],
    ['GET', '/api/v1/projects/:id', false, 'getProject'],
    ['POST', '/api/v1/projects', false, 'createProject'],
    ['PATCH', '/api/v1/projects/:id', false, 'updateProject'],
    ['DELETE', '/api/v1/licensing-events/:id', false, 'deleteLicensingEvent'],
    ['POST', '/api/v1/projects/:id/licensing-events', false, 'createProjectLicensingEvent'],
    ['POST', '/api/v1/zones/:zoneCode/transfer', false, 'transferZone'],
    ['POST', '/api/v1/boards/:code/merge', false, 'mergeBoard'],
    ['POST', '/api/v1/users/:id/reset-password', false, 'resetUserPassword'],
    ['POST', '/api/v1/enterprise-reports/:id/submit', false, 'submitEnterpriseReport'],
    ['PUT', '/api/v1/statistics/rules/:code', false, 'setStatisticsRule'],
    ['GET', '/api/v1/reports/zones', false, 'getReportsZones'],
    ['GET', '/api/v1/statistics/completeness', false, 'getStatisticsCompleteness'],
  ])('%s %s (a list: %s) → %s', (method, url, list, id) => {
    expect(operationIdFor(method, url, list)).toBe(id);
  });
});
