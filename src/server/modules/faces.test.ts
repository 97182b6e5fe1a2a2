import { execFile } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const MODULES = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(MODULES, '../../..');
const FACES = readdirSync(MODULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(MODULES, entry.name, 'index.ts')))
  .map((entry) => entry.name);

/**
 * Faces import each other, and a loop between modules (packages ↔ the kinds it validates) can
 * leave a value undefined while a module is evaluated, depending on which module a program loads
 * first. Each face, loaded first in a fresh process, must load — as must the registry and the app.
 */
describe('module faces (src/server/modules/*/index.ts)', () => {
  it('every module has one', () => {
    const folders = readdirSync(MODULES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(FACES).toEqual(folders.map((entry) => entry.name));
  });

  it('each loads on its own, first in a fresh process', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    const queue = [...FACES.map((face) => `${face}/index.ts`), 'index.ts', '../app.ts'];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let face = queue.shift(); face; face = queue.shift()) {
          const file = path.join(MODULES, face);
          try {
            await run(process.execPath, ['--import', 'tsx', '-e', `await import(${JSON.stringify(file)})`], {
              cwd: ROOT,
            });
          } catch (error) {
            failures.push(
              `${path.relative(ROOT, file)}: ${(error as { stderr?: string }).stderr ?? String(error)}`,
            );
          }
        }
      }),
    );
    expect(failures).toEqual([]);
  });
});
