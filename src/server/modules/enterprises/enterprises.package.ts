import { eachInSlices } from '../../kernel/cooperative.ts';
import type {
  PackageBoards,
  PackageContext,
  PackageEnterprises,
  PackageProjects,
  PackageZones,
  Declaration,
} from '../packages/index.ts';
import { declare, str } from '../packages/index.ts';
import { findEnterprisesByTaxCodes, type EnterpriseRow } from './enterprises.service.ts';

/**
 * A data package's enterprises: each tax code once per board, a board the actor may write, a
 * zone and projects of that board (in the package or the database). Gives what reports need to
 * resolve the tax codes they name.
 */
export async function checkPackageEnterprises(
  ctx: PackageContext,
  { boards, zones, projects }: { boards: PackageBoards; zones: PackageZones; projects: PackageProjects },
): Promise<PackageEnterprises> {
  const { problems } = ctx;
  await zones.lookUp(ctx.raw.enterprises);
  await projects.lookUp(
    ctx.raw.enterprises.flatMap((record) => {
      const codes =
        typeof record === 'object' && record !== null
          ? (record as { projectCodes?: unknown }).projectCodes
          : undefined;
      return Array.isArray(codes) ? codes.filter((code) => typeof code === 'string') : [];
    }),
  );
  const declarations = new Map<string, Declaration[]>(); // taxCode → its declarations
  await eachInSlices(ctx.raw.enterprises, (record, index) => {
    const code = str(record, 'taxCode');
    const boardCode = str(record, 'boardCode');
    if (!code || !boardCode) return;
    if (!declare(declarations, code, boardCode, index)) {
      problems.add(
        'enterprises',
        index,
        code,
        'taxCode',
        'DUPLICATE_CODE',
        `Mã số thuế "${code}" xuất hiện nhiều lần trong gói.`,
      );
      return;
    }
    if (!ctx.valid.enterprises.has(index)) return;
    if (!boards.checkReference('enterprises', index, code, boardCode)) return;
    zones.checkReference('enterprises', index, code, boardCode, str(record, 'zoneCode')!);
    const projectCodes = (record as { projectCodes?: string[] | null }).projectCodes ?? [];
    projectCodes.forEach((projectCode, k) => {
      if (!projects.inBoard(boardCode, projectCode)) {
        problems.add(
          'enterprises',
          index,
          code,
          `projectCodes.${k}`,
          'REFERENCE_NOT_FOUND',
          `Không tìm thấy dự án "${projectCode}" của Ban Quản lý "${boardCode}".`,
        );
      }
    });
  });

  const stored = new Map<string, EnterpriseRow[]>(); // taxCode → rows in the boards the actor sees
  return {
    async lookUp(taxCodes) {
      const rows = await findEnterprisesByTaxCodes(
        ctx.executor,
        ctx.actor.visibleBoardIds,
        taxCodes.filter((code) => !declarations.has(code) && !stored.has(code)),
      );
      for (const row of rows) stored.set(row.taxCode, [...(stored.get(row.taxCode) ?? []), row]);
    },
    boardsOf(taxCode) {
      const declared = declarations.get(taxCode) ?? [];
      return declared.length > 0
        ? declared.map((d) => d.boardCode)
        : (stored.get(taxCode) ?? []).map((e) => boards.codeOf(e.boardId)!);
    },
  };
}
