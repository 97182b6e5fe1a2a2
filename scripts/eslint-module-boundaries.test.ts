import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** The project's own ESLint configuration (eslint.config.js), on code placed at a given path. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let eslint: ESLint;

async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'kcn/module-boundaries').map((m) => m.message);
}

describe('module boundaries (eslint.config.js, kcn/module-boundaries)', { timeout: 60_000 }, () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  it("refuses another server module's repository, service or tables; allows its face", async () => {
    const file = 'src/server/modules/reports/x.ts';
    expect(
      await boundaryProblems(
        file,
        "import { x } from '../projects/projects.repository.ts';\nexport { x };\n",
      ),
    ).toEqual([
      "Import module 'projects' through its face 'projects/index.ts', not its file 'projects/projects.repository.ts' (decision 013).",
    ]);
    expect(
      await boundaryProblems(file, "export { x } from '../projects/projects.service.ts';\n"),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(file, "import { zones } from '../zones/zones.tables.ts';\nexport { zones };\n"),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(file, "export * from '../../modules/zones/zones.schemas.ts';\n"),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(file, "import { x } from '../projects/index.ts';\nexport { x };\n"),
    ).toEqual([]);
  });

  it("lets a module's files, tests included, import its own files freely", async () => {
    expect(
      await boundaryProblems(
        'src/server/modules/reports/x.int.test.ts',
        "import { x } from './investment-report.repository.ts';\nimport { y } from '../reports/reports.schemas.ts';\nexport { x, y };\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryProblems(
        'src/server/modules/reports/x.int.test.ts',
        "import { x } from '../filing/filing.repository.ts';\nexport { x };\n",
      ),
    ).toHaveLength(1);
  });

  it("lets a tables file name another module's tables file (foreign keys), and nothing else", async () => {
    const code = "import { boards } from '../boards/boards.tables.ts';\nexport { boards };\n";
    expect(await boundaryProblems('src/server/modules/zones/x.tables.ts', code)).toEqual([]);
    expect(await boundaryProblems('src/server/modules/zones/x.repository.ts', code)).toHaveLength(1);
    expect(
      await boundaryProblems(
        'src/server/modules/zones/x.tables.ts',
        "import { x } from '../boards/boards.service.ts';\nexport { x };\n",
      ),
    ).toHaveLength(1);
  });

  it('holds for the web modules too, dynamic imports included', async () => {
    const file = 'src/web/modules/projects/X.tsx';
    expect(
      await boundaryProblems(
        file,
        "import { useAllZones } from '../zones/zones.api.ts';\nexport { useAllZones };\n",
      ),
    ).toEqual([
      "Import module 'zones' through its face 'zones/index.ts', not its file 'zones/zones.api.ts' (decision 013).",
    ]);
    expect(
      await boundaryProblems(file, "export const page = () => import('../zones/ZonesPage.tsx');\n"),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(
        file,
        "import { useAllZones } from '../zones/index.ts';\nexport { useAllZones };\n",
      ),
    ).toEqual([]);
  });

  it('keeps the kernel and the domain free of modules, faces included', async () => {
    expect(
      await boundaryProblems(
        'src/server/kernel/x.ts',
        "import { zones } from '../modules/zones/index.ts';\nexport { zones };\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(
        'src/domain/x.ts',
        "import { x } from '../server/modules/users/users.service.ts';\nexport { x };\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryProblems(
        'src/server/kernel/x.ts',
        "import { z } from 'zod';\nimport { y } from './errors.ts';\nexport { y, z };\n",
      ),
    ).toEqual([]);
  });
});
