import { eachInSlices } from '../../kernel/cooperative.ts';
import type { PackageBoards, PackageContext, PackageEnterprises } from '../packages/index.ts';
import { str } from '../packages/index.ts';

/**
 * A data package's enterprise reports: a tax code that resolves to one board the actor may
 * write, one report per enterprise and period. Returns the board of each tax code (what the
 * writer needs).
 */
export async function checkPackageEnterpriseReports(
  ctx: PackageContext,
  { boards, enterprises }: { boards: PackageBoards; enterprises: PackageEnterprises },
): Promise<Map<string, string>> {
  const { problems } = ctx;
  await enterprises.lookUp([
    ...new Set(ctx.raw.enterpriseReports.map((r) => str(r, 'taxCode')).filter((c) => c !== null)),
  ]);
  const boardOfEnterprise = new Map<string, string>();
  const reportKeys = new Map<string, number>();
  await eachInSlices(ctx.raw.enterpriseReports, (record, index) => {
    const code = str(record, 'taxCode');
    if (!code || !ctx.valid.enterpriseReports.has(index)) return;
    const candidates = enterprises.boardsOf(code);
    if (candidates.length !== 1) {
      problems.add(
        'enterpriseReports',
        index,
        code,
        'taxCode',
        candidates.length === 0 ? 'REFERENCE_NOT_FOUND' : 'AMBIGUOUS_REFERENCE',
        candidates.length === 0
          ? `Không tìm thấy doanh nghiệp có mã số thuế "${code}".`
          : `Mã số thuế "${code}" có ở nhiều Ban Quản lý.`,
      );
      return;
    }
    const boardCode = candidates[0]!;
    if (!boards.writable(boardCode)) {
      problems.add(
        'enterpriseReports',
        index,
        code,
        'taxCode',
        'BOARD_READ_ONLY',
        `Bạn không có quyền ghi dữ liệu của Ban Quản lý "${boardCode}".`,
      );
      return;
    }
    boardOfEnterprise.set(code, boardCode);
    const key = `${boardCode}|${code}|${str(record, 'period')}`;
    if (reportKeys.has(key)) {
      problems.add(
        'enterpriseReports',
        index,
        code,
        'period',
        'DUPLICATE_CODE',
        `Doanh nghiệp "${code}" có hai báo cáo cùng kỳ trong gói (vị trí ${reportKeys.get(key)}).`,
      );
    }
    reportKeys.set(key, index);
  });
  return boardOfEnterprise;
}
