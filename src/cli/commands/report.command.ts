import type { Command } from 'commander';
import { type z } from 'zod';
import { CommonErrors } from '../../server/kernel/errors.ts';
import { investmentReport } from '../../server/modules/reports/investment-report.service.ts';
import { productionReportText } from '../../domain/production-report-text.ts';
import { investmentReportParagraphs, zonesReportParagraphs } from '../../domain/report-text.ts';
import { createTranslator } from '../../server/kernel/translate.ts';
import { productionReport } from '../../server/modules/reports/production-report.service.ts';
import {
  InvestmentReportQuery,
  ProductionReportQuery,
  ZonesReportQuery,
  type InvestmentReport,
  type ProductionReport,
  type ZonesReport,
} from '../../server/modules/reports/reports.schemas.ts';
import { zonesReport } from '../../server/modules/reports/zones-report.service.ts';
import {
  addDatabaseOption,
  callServer,
  printJson,
  resolveTarget,
  runningServer,
  withDatabase,
} from '../context.ts';

/** Parses options with the route's own query schema, so the CLI and the API accept the same input. */
function parseQuery<T extends z.ZodType>(schema: T, input: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw CommonErrors.VALIDATION_FAILED(
      parsed.error.issues.map((i) => ({ path: `--${i.path.join('.')}`, message: i.message, reason: i.code })),
    );
  }
  return parsed.data;
}

function queryString(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, v);
  }
  return `?${search.toString()}`;
}

interface ReportOptions {
  dataDir?: string;
  board?: string[];
  zone?: string[];
  boundariesAsOf?: string;
  json?: boolean;
}

const BOUNDARIES_HELP =
  'tính theo địa giới (các khu mỗi Ban quản lý) tại ngày này, YYYY-MM-DD (mặc định: ngày cuối kỳ báo cáo)';

export function registerReportCommands(program: Command) {
  const report = program
    .command('report')
    .description('báo cáo tổng hợp theo hợp đồng reports-v1 (JSON với --json)');

  addDatabaseOption(
    report
      .command('investment')
      .description('thu hút đầu tư trong kỳ và lũy kế dự án còn hiệu lực đến cuối kỳ')
      .requiredOption('--from <date>', 'ngày đầu kỳ, YYYY-MM-DD')
      .requiredOption('--to <date>', 'ngày cuối kỳ, YYYY-MM-DD')
      .option('--board <code...>', 'mã Ban Quản lý (lặp lại để cộng nhiều Ban; bỏ trống: mọi Ban)')
      .option('--zone <code...>', 'chỉ tính các khu này')
      .option('--boundaries-as-of <date>', BOUNDARIES_HELP)
      .option('--json', 'in JSON đúng hợp đồng reports-v1'),
  ).action(async (options: ReportOptions & { from: string; to: string }) => {
    const query = parseQuery(InvestmentReportQuery, {
      board: options.board,
      zone: options.zone,
      from: options.from,
      to: options.to,
      boundariesAsOf: options.boundariesAsOf,
    });
    const target = resolveTarget({ dataDir: options.dataDir });
    const server = await runningServer(target);
    const result = server
      ? ((await callServer(server, 'GET', `/reports/investment${queryString(query)}`)) as InvestmentReport)
      : await withDatabase(
          options,
          (database, actor) =>
            investmentReport(database.db, actor, {
              boards: query.board,
              zones: query.zone,
              from: query.from,
              to: query.to,
              boundariesAsOf: query.boundariesAsOf,
            }),
          { demo: true },
        );
    if (options.json) printJson(result);
    else
      process.stdout.write(
        `BÁO CÁO THU HÚT ĐẦU TƯ — ${result.boards.join(', ')}\n\n${investmentReportParagraphs(result, createTranslator('vi'), 'vi').join('\n')}\n`,
      );
  });

  addDatabaseOption(
    report
      .command('zones')
      .description('các khu theo trạng thái tại một ngày, diện tích và tỷ lệ lấp đầy')
      .requiredOption('--as-of <date>', 'ngày, YYYY-MM-DD')
      .option('--board <code...>', 'mã Ban Quản lý (lặp lại để cộng nhiều Ban; bỏ trống: mọi Ban)')
      .option('--zone <code...>', 'chỉ tính các khu này')
      .option('--boundaries-as-of <date>', BOUNDARIES_HELP)
      .option('--json', 'in JSON đúng hợp đồng reports-v1'),
  ).action(async (options: ReportOptions & { asOf: string }) => {
    const query = parseQuery(ZonesReportQuery, {
      board: options.board,
      zone: options.zone,
      asOf: options.asOf,
      boundariesAsOf: options.boundariesAsOf,
    });
    const target = resolveTarget({ dataDir: options.dataDir });
    const server = await runningServer(target);
    const result = server
      ? ((await callServer(server, 'GET', `/reports/zones${queryString(query)}`)) as ZonesReport)
      : await withDatabase(
          options,
          (database, actor) =>
            zonesReport(database.db, actor, {
              boards: query.board,
              zones: query.zone,
              asOf: query.asOf,
              boundariesAsOf: query.boundariesAsOf,
            }),
          { demo: true },
        );
    if (options.json) printJson(result);
    else
      process.stdout.write(
        `BÁO CÁO CÁC KHU — ${result.boards.join(', ')}\n\n${zonesReportParagraphs(result, createTranslator('vi'), 'vi').join('\n')}\n`,
      );
  });

  addDatabaseOption(
    report
      .command('production')
      .description('sản xuất kinh doanh của doanh nghiệp trong kỳ, so với cùng kỳ năm trước')
      .requiredOption(
        '--period <period>',
        'kỳ: 2019 (năm), 2019-H1 (6 tháng), 2019-Q3 (quý), 2019-11 (tháng)',
      )
      .option('--board <code...>', 'mã Ban Quản lý (lặp lại để cộng nhiều Ban; bỏ trống: mọi Ban)')
      .option('--zone <code...>', 'chỉ tính các khu này')
      .option('--boundaries-as-of <date>', BOUNDARIES_HELP)
      .option('--json', 'in JSON đúng hợp đồng reports-v1'),
  ).action(async (options: ReportOptions & { period: string }) => {
    const query = parseQuery(ProductionReportQuery, {
      board: options.board,
      zone: options.zone,
      period: options.period,
      boundariesAsOf: options.boundariesAsOf,
    });
    const target = resolveTarget({ dataDir: options.dataDir });
    const server = await runningServer(target);
    const result = server
      ? ((await callServer(server, 'GET', `/reports/production${queryString(query)}`)) as ProductionReport)
      : await withDatabase(
          options,
          (database, actor) =>
            productionReport(database.db, actor, {
              boards: query.board,
              zones: query.zone,
              period: query.period,
              boundariesAsOf: query.boundariesAsOf,
            }),
          { demo: true },
        );
    if (options.json) printJson(result);
    else
      process.stdout.write(
        `BÁO CÁO SẢN XUẤT KINH DOANH — ${result.boards.join(', ')}\n\n${productionReportText(result, createTranslator('vi'), 'vi').join('\n')}\n`,
      );
  });
}
