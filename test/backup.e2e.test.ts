import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { processStart } from '../src/server/runtime.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from './package-builder.ts';
import { PG_ADMIN_URL, ROOT, runKcn } from './processes.ts';

function run(args: string[], env: Record<string, string> = {}, stdin?: string) {
  return runKcn(args, { env, ...(stdin === undefined ? {} : { stdin }) });
}

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-backup-e2e-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const REPORT = [
  'report',
  'investment',
  '--board',
  'AA',
  '--from',
  '2019-01-01',
  '--to',
  '2019-12-31',
  '--json',
];

/** A running server as the command line sees one: the lock file of the embedded database. */
function pretendServerHolds(dataDir: string, port: number) {
  writeFileSync(
    path.join(dataDir, '.kcn-lock.json'),
    JSON.stringify({
      pid: process.pid,
      processStart: processStart(process.pid),
      kind: 'server',
      port,
      secret: 'local_e2e',
      startedAt: new Date().toISOString(),
    }),
  );
}

describe('kcn backup and kcn restore, as an operator runs them', () => {
  const source = tmp();
  const file = path.join(tmp(), 'kcn-backup-2026-11-30.jsonl.gz');
  const fresh = tmp();

  it('backs up an embedded database and restores it into a fresh one (and into PostgreSQL): the same report', async () => {
    const pkg = new PackageBuilder()
      .board('AA')
      .zone('AA', 'AA-1')
      .project('AA', 'AA-1', 'P1', 'FDI')
      .project('AA', 'AA-1', 'P2', 'DDI')
      .event('P1', 'new', '2019-02-01', '4466.777', '190000000.25')
      .event('P2', 'new', '2019-05-01', '12.5')
      .event('P1', 'adjustment', '2019-09-01', '5000', '212000000.00')
      .implemented('P1', '2019-11-30', '1200')
      .build();
    const imported = await run(['import', '-', '--data-dir', source], {}, JSON.stringify(pkg));
    expect(imported.code, imported.stderr).toBe(0);

    const backup = await run(['backup', '--out', file, '--data-dir', source]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Đã sao lưu \d+ bảng, [\d.]+ dòng \([\d,]+ KB\) vào /);
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);

    const name = `kcn_backup_e2e_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    try {
      const env = { DATABASE_URL: url.toString() };
      const [restored, intoPostgres] = await Promise.all([
        run(['restore', file, '--data-dir', fresh]),
        run(['restore', file], env),
      ]);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toMatch(/^Đã khôi phục \d+ bảng, [\d.]+ dòng từ .* từ pglite, KCN Hub /);
      expect(intoPostgres.code, intoPostgres.stderr).toBe(0);
      const [original, again, postgres] = await Promise.all([
        run([...REPORT, '--data-dir', source]),
        run([...REPORT, '--data-dir', fresh]),
        run(REPORT, env),
      ]);
      expect(original.code, original.stderr).toBe(0);
      expect(JSON.parse(original.stdout).licensing.turns).toBe(3);
      expect(again.stdout).toBe(original.stdout);
      expect(postgres.stdout).toBe(original.stdout);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  // The two below need the first's backup file and nothing of each other: they run at once.
  it.concurrent(
    'backs up through the server that holds the database, and keeps no file from a cut download',
    async () => {
      const backupFile = readFileSync(file);
      let body = backupFile;
      const server: Server = createServer((request, response) => {
        if (request.url !== '/api/v1/backup' || request.headers.authorization !== 'Bearer local_e2e') {
          response.writeHead(401, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              error: { code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập.', details: [] },
            }),
          );
          return;
        }
        response.writeHead(200, { 'content-type': 'application/gzip' });
        response.end(body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      const held = tmp();
      pretendServerHolds(held, port);
      try {
        const out = path.join(tmp(), 'qua-may-chu.jsonl.gz');
        const through = await run(['backup', '--out', out, '--data-dir', held]);
        expect(through.code, through.stderr).toBe(0);
        expect(through.stderr).toContain('sao lưu qua máy chủ');
        expect(readFileSync(out).equals(backupFile)).toBe(true);

        body = backupFile.subarray(0, Math.floor(backupFile.length / 2));
        const cutOut = path.join(tmp(), 'bi-cat.jsonl.gz');
        const cut = await run(['backup', '--out', cutOut, '--data-dir', held]);
        expect(cut.code).toBe(2);
        expect(cut.stderr).toMatch(/BACKUP_(FILE_CORRUPT|NOT_A_BACKUP)/);
        expect(readdirSync(path.dirname(cutOut))).toEqual([]);

        // Restoring under a running server is refused, saying to stop it.
        const restore = await run(['restore', file, '--data-dir', held]);
        expect(restore.code).toBe(2);
        expect(restore.stderr).toContain('BACKUP_SERVER_RUNNING');
        expect(restore.stderr).toContain('Hãy dừng máy chủ');
      } finally {
        server.close();
      }
    },
  );

  it.concurrent(
    'explains itself: --help, a missing file, a file that is not a backup, a database with data',
    async () => {
      const untouched = path.join(tmp(), 'moi');
      const [backupHelp, missing, notBackup, twice] = await Promise.all([
        run(['backup', '--help']),
        run(['restore', path.join(tmp(), 'khong-co.jsonl.gz'), '--data-dir', tmp()]),
        run(['restore', path.join(ROOT, 'package.json'), '--data-dir', untouched]),
        // Only into an empty database: the one restored above has data now.
        run(['restore', file, '--data-dir', fresh]),
      ]);
      expect(backupHelp.code).toBe(0);
      expect(backupHelp.stdout).toContain('Usage: kcn backup');
      expect(backupHelp.stdout).toContain('--out <file>');
      expect(backupHelp.stdout).toContain('--data-dir <dir>');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('BACKUP_FILE_NOT_FOUND');
      expect(notBackup.code).toBe(2);
      expect(notBackup.stderr).toContain('BACKUP_NOT_A_BACKUP');
      expect(existsSync(untouched), 'no database is created for a file that is no backup').toBe(false);
      expect(twice.code).toBe(2);
      expect(twice.stderr).toContain('BACKUP_TARGET_NOT_EMPTY');
      expect(twice.stderr).toContain('Chỉ khôi phục vào một cơ sở dữ liệu trống');
    },
  );
});
