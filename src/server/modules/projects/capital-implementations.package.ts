import { eachInSlices } from '../../kernel/cooperative.ts';
import { implementationFindings, LICENSING_RULE_MESSAGES } from '../../../domain/licensing-rules.ts';
import type { PackageContext, PackageProjects } from '../packages/index.ts';
import { str } from '../packages/index.ts';
import { eventsOfProjects, type LicensingEventRow } from './licensing-events.repository.ts';
import type { PackageLedgers } from './licensing-events.package.ts';
import { ledgerOf } from './licensing-events.service.ts';

/**
 * A data package's implemented capital: a project that resolves to one board the actor may
 * write, one figure per project and date, none dated after the project's termination (its
 * history as the import leaves it: `ledgers`, else what the database holds) — the API's rule,
 * same reason.
 */
export async function checkPackageCapitalImplementations(
  ctx: PackageContext,
  { projects, ledgers }: { projects: PackageProjects; ledgers: PackageLedgers },
): Promise<void> {
  await projects.lookUp(
    ctx.raw.capitalImplementations.map((r) => str(r, 'projectCode')).filter((c) => c !== null),
  );
  const keys = new Set<string>();
  const toCheck: { index: number; code: string; boardCode: string; asOf: string; implementedVnd: bigint }[] =
    [];
  await eachInSlices(ctx.raw.capitalImplementations, (record, index) => {
    const code = str(record, 'projectCode');
    const entry = ctx.valid.capitalImplementations.get(index);
    if (!code || !entry) return;
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
    if (boardCode)
      toCheck.push({
        index,
        code,
        boardCode,
        asOf: entry.asOf,
        implementedVnd: BigInt(entry.implementedVnd),
      });
  });

  // Projects whose history the package leaves as the database holds it.
  const storedIds = new Map<string, string>(); // project id → `${boardCode}|${code}`
  for (const { code, boardCode } of toCheck) {
    const key = `${boardCode}|${code}`;
    const row = ledgers.has(key) ? null : projects.findStored(boardCode, code);
    if (row) storedIds.set(row.id, key);
  }
  const stored = new Map<string, LicensingEventRow[]>();
  for (const row of await eventsOfProjects(ctx.executor, [...storedIds.keys()])) {
    const key = storedIds.get(row.projectId)!;
    stored.set(key, [...(stored.get(key) ?? []), row]);
  }
  await eachInSlices(toCheck, ({ index, code, boardCode, asOf, implementedVnd }) => {
    const key = `${boardCode}|${code}`;
    const ordered = ledgers.get(key) ?? ledgerOf(stored.get(key) ?? []);
    const { refusal } = implementationFindings(ordered, { asOf, implementedVnd });
    if (refusal)
      ctx.problems.add(
        'capitalImplementations',
        index,
        code,
        'asOf',
        refusal,
        LICENSING_RULE_MESSAGES[refusal],
      );
  });
}
