import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { THAI_BINH_PRODUCTION_FIGURES } from '../src/server/modules/demo/thai-binh-enterprises.demo.ts';
import { wordParagraphs, zipParts } from './office-files.ts';
import { freePort, PG_ADMIN_URL, ROOT, runKcn } from './processes.ts';

/** The figures of seed 004 (Thái Bình, 01/01–30/11/2019) as reports-v1 states them. */
const SEED_2019_11M = {
  licensing: {
    turns: 51,
    new: { count: 21, capitalVnd: '4466777000000' },
    adjustments: {
      count: 30,
      capitalChangeVnd: '899413000000',
      increases: { count: 14, capitalVnd: '907538000000' },
    },
  },
  cumulative: {
    asOf: '2019-11-30',
    total: {
      projects: 284,
      registeredVnd: '81770544000000',
      implementedVnd: '55555400000000',
      implementedPct: 67.9,
    },
    ddi: {
      projects: 231,
      projectsSharePct: 81.3,
      registeredVnd: '70527829000000',
      registeredSharePct: 86.3,
      implementedVnd: '48063700000000',
      implementedPct: 68.1,
    },
    fdi: {
      projects: 53,
      projectsSharePct: 18.7,
      registeredVnd: '11242715000000',
      registeredSharePct: 13.7,
      implementedVnd: '7491700000000',
      implementedPct: 66.6,
    },
  },
};

/** `kcn report investment` for the board's eleven months of 2019. */
const INVESTMENT_TB_2019_11M = [
  'report',
  'investment',
  '--board',
  'TB',
  '--from',
  '2019-01-01',
  '--to',
  '2019-11-30',
];

/** `kcn report production` for the board's year 2019 (against 2018). */
const PRODUCTION_TB_2019 = ['report', 'production', '--board', 'TB', '--period', '2019'];

/**
 * The tests below run at the same time, and so do the independent commands within a test, so the
 * file keeps both cores of a small machine busy instead of waiting on one process after another.
 * At most this many `kcn` processes run at once (each loads the whole program), so none starves;
 * the tests' longer chains (demo, then reports) go first, single quick commands after them.
 */
const MAX_PROCESSES = os.availableParallelism() + 1;
let running = 0;
const queues = { first: [] as (() => void)[], later: [] as (() => void)[] };
async function slot(turn: keyof typeof queues): Promise<() => void> {
  if (running < MAX_PROCESSES) running++;
  else await new Promise<void>((resolve) => queues[turn].push(resolve)); // handed over on release
  return () => {
    const next = queues.first.shift() ?? queues.later.shift();
    if (next) next();
    else running--;
  };
}

async function run(args: string[], env: Record<string, string> = {}, stdin?: string) {
  const release = await slot('first');
  try {
    return await runNow(args, env, stdin);
  } finally {
    release();
  }
}

/** `run` for a command nothing else waits for: it lets the tests' chains go first. */
async function runLater(args: string[], env: Record<string, string> = {}, stdin?: string) {
  const release = await slot('later');
  try {
    return await runNow(args, env, stdin);
  } finally {
    release();
  }
}

/** `run` without waiting for a slot: for a command that must start at a given moment. */
function runNow(args: string[], env: Record<string, string> = {}, stdin?: string) {
  return runKcn(args, { env, ...(stdin === undefined ? {} : { stdin }) });
}

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-e2e-'));
  dirs.push(dir);
  return dir;
};
/**
 * Runs a command on its own copy of a closed embedded database (an embedded database is one
 * process's at a time, so this lets several commands read the same data at once).
 */
async function runOnCopy(args: string[], dataDir: string) {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'kcn-e2e-copy-'));
  cpSync(dataDir, copy, { recursive: true });
  try {
    return await run([...args, '--data-dir', copy]);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}, 60_000);

describe.concurrent('the kcn command line and npm start, as a user runs them', () => {
  it('reproduces the seed figures from a fresh embedded database: report investment … and report production --board TB --period 2019 --json', async () => {
    // The first-run promise: a report asked of an empty data directory loads the demo data first.
    const dataDir = tmp();
    const result = await run([...INVESTMENT_TB_2019_11M, '--json', '--data-dir', dataDir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('đang nạp dữ liệu mẫu');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      report: 'investment',
      boards: ['TB'],
      from: '2019-01-01',
      to: '2019-11-30',
      boundariesAsOf: '2019-11-30',
      ...SEED_2019_11M,
    });

    // The other commands read that database at once, each from its own copy.
    const files = tmp();
    const [text, production, productionText, zonesRun, exported, word, excel, periodic, periodicWord] =
      await Promise.all([
        runOnCopy(INVESTMENT_TB_2019_11M, dataDir),
        runOnCopy([...PRODUCTION_TB_2019, '--json'], dataDir),
        runOnCopy(PRODUCTION_TB_2019, dataDir),
        runOnCopy(['report', 'zones', '--board', 'TB', '--as-of', '2019-11-30', '--json'], dataDir),
        runOnCopy(['export', '--board', 'TB'], dataDir),
        runOnCopy(
          [
            ...INVESTMENT_TB_2019_11M,
            ...['--format', 'docx', '--out', path.join(files, 'bao-cao.docx'), '--number', '7'],
            ...['--date', '2020-01-05', '--signer', 'Nguyễn Văn A'],
          ],
          dataDir,
        ),
        runOnCopy(
          [...PRODUCTION_TB_2019, '--format', 'xlsx', '--out', path.join(files, 'bieu.xlsx')],
          dataDir,
        ),
        runOnCopy(['report', 'periodic', '--board', 'TB', '--period', '2019', '--json'], dataDir),
        runOnCopy(
          [
            ...['report', 'periodic', '--board', 'TB', '--period', '2019', '--format', 'docx'],
            ...['--out', path.join(files, 'bao-cao-dinh-ky.docx'), '--date', '2020-01-06'],
          ],
          dataDir,
        ),
      ]);
    // The board's periodic report: the three reports for 2019, and one Word report with its sections.
    expect(periodic.code, periodic.stderr).toBe(0);
    const periodicJson = JSON.parse(periodic.stdout);
    expect(periodicJson).toMatchObject({
      report: 'periodic',
      period: '2019',
      from: '2019-01-01',
      to: '2019-12-31',
    });
    expect(periodicJson.production.indicators).toEqual(JSON.parse(production.stdout).indicators);
    expect(periodicJson.investment.licensing.turns).toBe(53);
    expect(periodicWord.code, periodicWord.stderr).toBe(0);
    const periodicDocument = wordParagraphs(
      (await zipParts(readFileSync(path.join(files, 'bao-cao-dinh-ky.docx')))).get('word/document.xml')!,
    );
    for (const line of [
      'TÌNH HÌNH HOẠT ĐỘNG CÁC KCN, KKT NĂM 2019',
      'I. Tình hình thu hút đầu tư',
      'II. Tình hình sản xuất kinh doanh của doanh nghiệp',
      'III. Tình hình các khu công nghiệp, khu kinh tế',
      'Thái Bình, ngày 06 tháng 01 năm 2020',
    ])
      expect(periodicDocument).toContain(line);
    // The Word report and the Excel form (their contents: test/report-documents.int.test.ts).
    expect(word.code, word.stderr).toBe(0);
    const document = wordParagraphs(
      (await zipParts(readFileSync(path.join(files, 'bao-cao.docx')))).get('word/document.xml')!,
    );
    expect(document).toContain('Số: 07/BC-BQL');
    expect(document).toContain('Thái Bình, ngày 05 tháng 01 năm 2020');
    expect(document.join('\n')).toContain('cho 51 lượt dự án');
    expect(document.join('\n')).toContain('4.466,777 tỷ đồng');
    expect(excel.code, excel.stderr).toBe(0);
    const sheet = (await zipParts(readFileSync(path.join(files, 'bieu.xlsx')))).get(
      'xl/worksheets/sheet1.xml',
    )!;
    expect(sheet).toContain('<v>44078.11</v>');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('cho 51 lượt dự án');
    expect(text.stdout).toContain('Cấp mới cho 21 dự án, với tổng vốn đầu tư đăng ký là 4.466,777 tỷ đồng');
    expect(text.stdout).toContain(
      'tăng thêm 899,413 tỷ đồng (trong đó 14 lượt dự án điều chỉnh tăng vốn, tăng thêm 907,538 tỷ đồng',
    );
    expect(text.stdout).toContain(
      'có 284 dự án còn hiệu lực với tổng vốn đầu tư đăng ký là 81.770,544 tỷ đồng',
    );
    expect(text.stdout).toContain('vốn đầu tư thực hiện là 55.555,4 tỷ đồng, đạt 67,9%');

    // Production and business, 2019 against 2018 (seed 004), from the demo enterprises' reports.
    expect(production.code, production.stderr).toBe(0);
    const p = JSON.parse(production.stdout);
    expect(p).toMatchObject({ report: 'production', boards: ['TB'], period: '2019', previousPeriod: '2018' });
    const figures = THAI_BINH_PRODUCTION_FIGURES;
    for (const key of ['productionValueVnd', 'revenueVnd', 'exportUsd', 'importUsd'] as const) {
      expect(p.indicators[key].total).toMatchObject({
        value: figures[key].total,
        growthPct: figures[key].growthPct,
      });
      expect(p.indicators[key].fdi).toMatchObject({
        value: figures[key].fdi,
        growthPct: figures[key].fdiGrowthPct,
      });
    }
    expect(p.indicators.budgetPaidVnd.total).toMatchObject({
      value: figures.budgetPaidVnd.total,
      growthPct: figures.budgetPaidVnd.growthPct,
    });
    expect(BigInt(p.indicators.budgetPaidVnd.total.value)).toBeGreaterThan(3_300_000_000_000n);
    expect(p.labour).toEqual({
      workers: {
        total: { value: 72000, previous: 71570, growthPct: 0.6 },
        fdi: expect.objectContaining({ value: 34500 }),
        ddi: expect.objectContaining({ value: 37500 }),
      },
      insuredPct: 85.0,
      averageIncomeVnd: '5200000',
    });
    expect(p.coverage).toEqual({ enterprises: figures.enterprises, reported: figures.reported });
    expect(productionText.code, productionText.stderr).toBe(0);
    expect(productionText.stdout).toContain(
      'Năm 2019, giá trị sản xuất công nghiệp của các doanh nghiệp trong các KCN đạt 44.078,11 tỷ đồng, tăng 18,5% so với cùng kỳ (khu vực FDI đạt 11.117,34 tỷ đồng, tăng 17,0%)',
    );

    // The zones report agrees with the zone records (the exported package).
    expect(zonesRun.code, zonesRun.stderr).toBe(0);
    expect(exported.code, exported.stderr).toBe(0);
    const zones = JSON.parse(zonesRun.stdout);
    const pkg = JSON.parse(exported.stdout);
    const statusAt = (zone: any) => {
      if (!zone.statusHistory) return zone.status;
      const entries = zone.statusHistory.filter((h: any) => h.since <= '2019-11-30');
      return entries.length ? entries[entries.length - 1].status : null;
    };
    const counted = pkg.zones.filter((z: any) => statusAt(z) !== null);
    expect(zones.total.count).toBe(counted.length);
    for (const status of ['planned', 'established', 'under_construction', 'operating']) {
      const group = counted.filter((z: any) => statusAt(z) === status);
      expect(zones.byStatus[status].count, status).toBe(group.length);
      expect(Number(zones.byStatus[status].areaHa), status).toBeCloseTo(
        group.reduce((s: number, z: any) => s + Number(z.areaHa), 0),
        6,
      );
    }
  });

  it('npm start serves /api/v1/health and / on PORT, prints the first password once, and the CLI goes through it', async () => {
    const dataDir = tmp();
    const port = await freePort();
    // Its own process group, signalled as a whole like Ctrl-C in a terminal (npm does not forward SIGTERM).
    const server = spawn('npm', ['start'], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, PORT: String(port), KCN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });
    children.push(server);
    let output = '';
    server.stdout.setEncoding('utf8');
    server.stderr.setEncoding('utf8');
    server.stdout.on('data', (d) => (output += d));
    server.stderr.on('data', (d) => (output += d));
    // A report asked while the server is still loading the demo data waits for it, then goes through it.
    const lockFile = path.join(dataDir, '.kcn-lock.json');
    while (!existsSync(lockFile)) await new Promise((r) => setTimeout(r, 20));
    const early = runNow([...INVESTMENT_TB_2019_11M, '--json'], { KCN_DATA_DIR: dataDir });
    // Generous: the other tests of this file (three more demo loads) and of the run keep both cores
    // busy meanwhile; on a slow CI machine the load took over 150 s.
    const deadline = Date.now() + 220_000;
    while (!output.includes('đang chạy') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(output, output).toContain('đang chạy');

    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    // A visitor gets the public site at /, a signed-in user the staff app (below).
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    const homePage = await home.text();
    expect(homePage).toContain('KCN Hub');
    expect(homePage).toContain('Cán bộ đăng nhập');
    expect((await fetch(`http://127.0.0.1:${port}/api/docs/json`)).status).toBe(200);

    const password = /Mật khẩu:\s+(\S+)/.exec(output)?.[1];
    expect(password).toBeDefined();
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const app = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie } })).text();
    expect(app).toContain('<div id="root">');
    const viaApi = await (
      await fetch(
        `http://127.0.0.1:${port}/api/v1/reports/investment?board=TB&from=2019-01-01&to=2019-11-30`,
        { headers: { cookie } },
      )
    ).json();
    expect(viaApi).toMatchObject(SEED_2019_11M);

    // The embedded database belongs to the server: the CLI asks the server instead of opening it,
    // and a command that would write it directly is refused.
    const zonesFile = path.join(tmp(), 'cac-khu.xlsx');
    const [viaCli, demo, zonesForm] = await Promise.all([
      run([...INVESTMENT_TB_2019_11M, '--json'], { KCN_DATA_DIR: dataDir }),
      run(['demo', '--data-dir', dataDir]),
      run(
        ['report', 'zones', '--board', 'TB', '--as-of', '2019-11-30', '--format', 'xlsx', '--out', zonesFile],
        {
          KCN_DATA_DIR: dataDir,
        },
      ),
    ]);
    expect(viaCli.code, viaCli.stderr).toBe(0);
    // A file too comes from the server that holds the database.
    expect(zonesForm.code, zonesForm.stderr).toBe(0);
    expect((await zipParts(readFileSync(zonesFile))).get('xl/sharedStrings.xml')).toContain('Tỷ lệ lấp đầy');
    expect(JSON.parse(viaCli.stdout)).toEqual(viaApi);
    const earlyResult = await early;
    expect(earlyResult.code, earlyResult.stderr).toBe(0);
    expect(earlyResult.stderr).toContain('đang chờ');
    expect(JSON.parse(earlyResult.stdout)).toEqual(viaApi);
    expect(demo.code).toBe(1);
    expect(demo.stderr).toContain('đang được máy chủ');

    const closed = new Promise((resolve) => server.on('close', resolve));
    process.kill(-server.pid!, 'SIGTERM');
    await closed;
    expect(existsSync(path.join(dataDir, '.kcn-lock.json'))).toBe(false);
    // Stopped, the server leaves its data: the command line opens it itself, with no second load.
    const again = await run([
      'report',
      'zones',
      '--board',
      'TB',
      '--as-of',
      '2024-06-30',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('đang nạp dữ liệu mẫu');
  });

  it('works on PostgreSQL through DATABASE_URL: demo, then the same figures', async () => {
    const name = `kcn_e2e_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    try {
      const env = { DATABASE_URL: url.toString() };
      const demo = await run(['demo'], env);
      expect(demo.code, demo.stderr).toBe(0);
      expect(demo.stdout).toContain('Đã nạp dữ liệu mẫu');
      // The server takes several commands at once.
      const [again, report, user, exported] = await Promise.all([
        run(['demo'], env),
        run([...INVESTMENT_TB_2019_11M, '--json'], env),
        run(
          [
            'user',
            'create',
            '--username',
            'lanh.dao',
            '--full-name',
            'Lãnh đạo Ban',
            '--role',
            'leader',
            '--board',
            'TB',
          ],
          env,
        ),
        run(['export', '--board', 'TB'], env),
      ]);
      expect(again.stdout, again.stderr).toContain('không có gì thay đổi');
      expect(JSON.parse(report.stdout)).toMatchObject(SEED_2019_11M);
      expect(user.stdout, user.stderr).toMatch(/Mật khẩu \(chỉ hiện một lần\): \S{20}/);
      expect(exported.code, exported.stderr).toBe(0);
      const roundTrip = await run(['import', '-', '--json'], env, exported.stdout);
      const summary = JSON.parse(roundTrip.stdout);
      expect(summary.projects).toMatchObject({ created: 0, updated: 0 });
      expect(summary.licensingEvents).toMatchObject({ created: 0, updated: 0 });
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  it("explains bad input and exits non-zero; --help answers (every command's text: src/cli/program.test.ts)", async () => {
    const helps = [[], ['report', 'investment']];
    const [bad, invalid, ...helpRuns] = await Promise.all([
      runLater([
        'report',
        'investment',
        '--board',
        'TB',
        '--from',
        '2019-02-30',
        '--to',
        '2019-11-30',
        '--json',
        '--data-dir',
        tmp(),
      ]),
      runLater(
        ['import', '-', '--data-dir', tmp()],
        {},
        JSON.stringify({ format: 'kcn-data-package', version: 1, zones: [{ code: 'X' }] }),
      ),
      ...helps.map((command) => runLater([...command, '--help'])),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('VALIDATION_FAILED');
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('PACKAGE_INVALID');
    expect(invalid.stderr).toContain('zones[0].boardCode');
    for (const [index, help] of helpRuns.entries()) {
      expect(help.code, helps[index]!.join(' ')).toBe(0);
      expect(help.stdout).toContain('Usage: kcn');
    }
  });
});
