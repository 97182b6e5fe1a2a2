import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from './package-builder.ts';
import { runKcn } from './processes.ts';
import { startServer, type ServerProcess } from './reliability/server-process.ts';

/**
 * organisation-v1 from the command line, as an operator runs it: `kcn board merge` on the
 * embedded database, `kcn zone transfer` through the running server that holds it, and reports
 * with `--boundaries-as-of`.
 */
const dirs: string[] = [];
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const investment = (dataDir: string, board: string, ...extra: string[]) =>
  runKcn([
    'report',
    'investment',
    '--board',
    board,
    '--from',
    '2019-01-01',
    '--to',
    '2019-11-30',
    '--json',
    '--data-dir',
    dataDir,
    ...extra,
  ]);

describe('kcn board merge, kcn zone transfer and --boundaries-as-of', () => {
  it('merges Thái Bình into Hưng Yên, keeps 2019 under TB, sums both on the new boundaries, and transfers through the server', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-organisation-'));
    dirs.push(dir);
    const dataDir = path.join(dir, 'data');
    const hy = path.join(dir, 'hy.json');
    writeFileSync(
      hy,
      JSON.stringify(
        new PackageBuilder()
          .board('HY', 'Ban Quản lý các KCN tỉnh Hưng Yên')
          .zone('HY', 'HY-MD')
          .project('HY', 'HY-MD', 'HY-001', 'DDI')
          .event('HY-001', 'new', '2019-05-02', '150')
          .board('HD')
          .build(),
      ),
    );
    // The first report on a new data directory loads the demo board (TB).
    const tbBefore = await investment(dataDir, 'TB');
    expect(tbBefore.code, tbBefore.stderr).toBe(0);
    const imported = await runKcn(['import', hy, '--data-dir', dataDir]);
    expect(imported.code, imported.stderr).toBe(0);

    const merged = await runKcn([
      'board',
      'merge',
      '--from',
      'TB',
      '--into',
      'HY',
      '--on',
      '2025-07-01',
      '--decision',
      'Nghị quyết 202/2025/QH15',
      '--data-dir',
      dataDir,
    ]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toContain('Hợp nhất TB vào HY từ ngày 2025-07-01');

    const tbAfter = await investment(dataDir, 'TB');
    expect(JSON.parse(tbAfter.stdout)).toEqual(JSON.parse(tbBefore.stdout));
    const both = JSON.parse((await investment(dataDir, 'HY', '--boundaries-as-of', '2025-07-01')).stdout);
    expect(both.boundariesAsOf).toBe('2025-07-01');
    expect(both.licensing.new.count).toBe(JSON.parse(tbBefore.stdout).licensing.new.count + 1);

    // A refusal says why, with its code, and exits 2.
    const refused = await runKcn([
      'board',
      'merge',
      '--from',
      'HD',
      '--into',
      'TB',
      '--on',
      '2026-01-01',
      '--data-dir',
      dataDir,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ORGANISATION_BOARD_DISSOLVED');

    // With the server holding the database, the command goes through it.
    const server = await startServer({ dataDir });
    servers.push(server);
    const transfer = [
      'zone',
      'transfer',
      'TB-PK',
      '--board',
      'HY',
      '--to',
      'HD',
      '--on',
      '2026-01-01',
      '--json',
    ];
    const moved = await runKcn([...transfer, '--data-dir', dataDir]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({ zone: 'TB-PK', from: 'HY', to: 'HD', changed: true });
    const again = await runKcn([...transfer, '--data-dir', dataDir]);
    expect(JSON.parse(again.stdout)).toMatchObject({ changed: false });
    const zones = await runKcn([
      'report',
      'zones',
      '--board',
      'HD',
      '--as-of',
      '2026-01-01',
      '--json',
      '--data-dir',
      dataDir,
    ]);
    expect(JSON.parse(zones.stdout).total.count).toBe(1);
  });
});
