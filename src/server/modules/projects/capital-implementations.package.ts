import { eachInSlices } from '../../kernel/cooperative.ts';
import type { PackageContext, PackageProjects } from '../packages/index.ts';
import { str } from '../packages/index.ts';

/**
 * A data package's implemented capital: a project that resolves to one board the actor may
 * write, one figure per project and date.
 */
export async function checkPackageCapitalImplementations(
  ctx: PackageContext,
  { projects }: { projects: PackageProjects },
): Promise<void> {
  await projects.lookUp(
    ctx.raw.capitalImplementations.map((r) => str(r, 'projectCode')).filter((c) => c !== null),
  );
  const keys = new Set<string>();
  await eachInSlices(ctx.raw.capitalImplementations, (record, index) => {
    const code = str(record, 'projectCode');
    if (!code || !ctx.valid.capitalImplementations.has(index)) return;
    const boardCode = projects.resolve('capitalImplementations', index, code, 'projectCode');
    const key = `${boardCode}|${code}|${str(record, 'asOf')}`;
    if (boardCode && keys.has(key)) {
      ctx.problems.add(
        'capitalImplementations',
        index,
        code,
        'asOf',
        'DUPLICATE_CODE',
        `Dự án "${code}" có hai số liệu vốn thực hiện cùng ngày.`,
      );
    }
    keys.add(key);
  });
}
