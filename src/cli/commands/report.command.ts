import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type z } from 'zod';
import type { Actor } from '../../server/kernel/actor.ts';
import type { Executor } from '../../server/kernel/db/database.ts';
import { CommonErrors } from '../../server/kernel/errors.ts';
import { investmentReport } from '../../server/modules/reports/investment-report.service.ts';
import { blocReportFile, blocReportParagraphs } from '../../server/modules/reports/bloc-report-document.ts';
import { BlocReportQuery, type BlocReport } from '../../server/modules/reports/bloc-report.schemas.ts';
import { blocReport } from '../../server/modules/reports/bloc-report.service.ts';
import { productionReportText } from '../../domain/production-report-text.ts';
import { investmentReportParagraphs, zonesReportParagraphs } from '../../domain/report-text.ts';
import { createTranslator } from '../../server/kernel/translate.ts';
import { productionReport } from '../../server/modules/reports/production-report.service.ts';
import {
  periodicReportBody,
  periodicReportFile,
  periodInWords,
} from '../../server/modules/reports/periodic-report-document.ts';
import {
  PeriodicReportQuery,
  type PeriodicReport,
} from '../../server/modules/reports/periodic-report.schemas.ts';
import { periodicReport } from '../../server/modules/reports/periodic-report.service.ts';
import {
  reportFile,
  type AnyReport,
  type DocumentOptions,
} from '../../server/modules/reports/report-documents.ts';
import {
  DocumentParams,
  InvestmentReportQuery,
  ProductionReportQuery,
  ZonesReportQuery,
  type InvestmentReport,
  type ProductionReport,
  type ZonesReport,
} from '../../server/modules/reports/reports.schemas.ts';
import { zonesReport } from '../../server/modules/reports/zones-report.service.ts';
import {
  dossiersReportFile,
  dossiersReportParagraphs,
} from '../../server/modules/one-stop/dossiers-report.documents.ts';
import {
  DossiersReportQueryWithDocument,
  type DossiersReport,
} from '../../server/modules/one-stop/dossiers-report.schemas.ts';
import { dossiersReport } from '../../server/modules/one-stop/dossiers-report.service.ts';
import {
  addDatabaseOption,
  callServer,
  callServerFile,
  stderr,
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
  format?: string;
  out?: string;
  number?: string;
  date?: string;
  signer?: string;
  signerTitle?: string;
}

/** The document options (documents-v1) every report command takes. */
function addDocumentOptions(command: Command): Command {
  return command
    .option(
      '--format <format>',
      'json, docx (báo cáo Word theo Nghị định 30) hoặc xlsx (biểu thống kê Excel)',
    )
    .option('--out <file>', 'tệp ghi báo cáo Word hoặc Excel (bắt buộc với --format docx|xlsx)')
    .option('--number <number>', 'Word: số văn bản, ví dụ 125/BC-BQL')
    .option('--date <date>', 'Word: ngày văn bản, YYYY-MM-DD (mặc định: hôm nay)')
    .option('--signer <name>', 'Word: họ tên người ký')
    .option('--signer-title <title>', 'Word: chức vụ người ký, ví dụ "Trưởng ban"');
}

/** The document options as the route's query has them (the same schema checks them). */
function documentQuery(options: ReportOptions) {
  if (options.json && options.format && options.format !== 'json')
    throw CommonErrors.VALIDATION_FAILED([
      {
        path: '--json',
        message: '--json chỉ dùng với --format json (hoặc không có --format).',
        reason: 'conflict',
      },
    ]);
  const wantsFile = options.format === 'docx' || options.format === 'xlsx';
  if (wantsFile && !options.out)
    throw CommonErrors.VALIDATION_FAILED([
      { path: '--out', message: `Cần --out FILE để ghi tệp ${options.format}.`, reason: 'required' },
    ]);
  return {
    format: options.format,
    number: options.number,
    date: options.date,
    signer: options.signer,
    signerTitle: options.signerTitle,
  };
}

/**
 * Runs a report: through the running server when one holds the database, else on the database
 * itself; prints its JSON or its text, or writes its Word or Excel file (--format … --out …).
 */
async function runReport<R extends AnyReport | PeriodicReport | DossiersReport | BlocReport>(
  options: ReportOptions,
  query: Record<string, string | string[] | undefined> & { format?: string | undefined },
  path: string,
  compute: (executor: Executor, actor: Actor) => Promise<R>,
  print: (report: R) => string,
  document: (
    executor: Executor,
    actor: Actor,
    report: R,
    format: 'docx' | 'xlsx',
    options: DocumentOptions,
  ) => Promise<{ content: Buffer }> = (executor, actor, report, format, documentOptions) =>
    reportFile(executor, actor, report as AnyReport, format, documentOptions),
) {
  const target = resolveTarget({ dataDir: options.dataDir });
  const server = await runningServer(target);
  const format = query.format;
  if (format === 'docx' || format === 'xlsx') {
    const content = server
      ? await callServerFile(server, `${path}${queryString(query)}`)
      : await withDatabase(
          options,
          async (database, actor) =>
            (
              await document(database.db, actor, await compute(database.db, actor), format, {
                number: query.number as string | undefined,
                date: query.date as string | undefined,
                signer: query.signer as string | undefined,
                signerTitle: query.signerTitle as string | undefined,
              })
            ).content,
          { demo: true },
        );
    writeFileSync(options.out!, content);
    stderr(`Đã ghi ${options.out} (${content.length} byte).`);
    return;
  }
  const { format: _format, number: _n, date: _d, signer: _s, signerTitle: _t, ...jsonQuery } = query;
  const result = server
    ? ((await callServer(server, 'GET', `${path}${queryString(jsonQuery)}`)) as R)
    : await withDatabase(options, (database, actor) => compute(database.db, actor), { demo: true });
  if (options.json || format === 'json') printJson(result);
  else process.stdout.write(print(result));
}

const BOUNDARIES_HELP =
  'tính theo địa giới (các khu mỗi Ban quản lý) tại ngày này, YYYY-MM-DD (mặc định: ngày cuối kỳ báo cáo)';

export function registerReportCommands(program: Command) {
  const report = program
    .command('report')
    .description('báo cáo tổng hợp theo hợp đồng reports-v1 (JSON với --json)');

  addDatabaseOption(
    addDocumentOptions(
      report
        .command('investment')
        .description('thu hút đầu tư trong kỳ và lũy kế dự án còn hiệu lực đến cuối kỳ')
        .requiredOption('--from <date>', 'ngày đầu kỳ, YYYY-MM-DD')
        .requiredOption('--to <date>', 'ngày cuối kỳ, YYYY-MM-DD')
        .option('--board <code...>', 'mã Ban Quản lý (lặp lại để cộng nhiều Ban; bỏ trống: mọi Ban)')
        .option('--zone <code...>', 'chỉ tính các khu này')
        .option('--boundaries-as-of <date>', BOUNDARIES_HELP)
        .option('--json', 'in JSON đúng hợp đồng reports-v1'),
    ),
  ).action(async (options: ReportOptions & { from: string; to: string }) => {
    const query = parseQuery(InvestmentReportQuery.extend(DocumentParams), {
      board: options.board,
      zone: options.zone,
      from: options.from,
      to: options.to,
      boundariesAsOf: options.boundariesAsOf,
      ...documentQuery(options),
    });
    await runReport(
      options,
      query,
      '/reports/investment',
      (executor, actor) =>
        investmentReport(executor, actor, {
          boards: query.board,
          zones: query.zone,
          from: query.from,
          to: query.to,
          boundariesAsOf: query.boundariesAsOf,
        }),
      (result: InvestmentReport) =>
        `BÁO CÁO THU HÚT ĐẦU TƯ — ${result.boards.join(', ')}\n\n${investmentReportParagraphs(result, createTranslator('vi'), 'vi').join('\n')}\n`,
    );
  });

  addDatabaseOption(
    addDocumentOptions(
      report
        .command('zones')
        .description('các khu theo trạng thái tại một ngày, diện tích và tỷ lệ lấp đầy')
        .requiredOption('--as-of <date>', 'ngày, YYYY-MM-DD')
        .option('--board <code...>', 'mã Ban Quản lý (lặp lại để cộng nhiều Ban; bỏ trống: mọi Ban)')
        .option('--zone <code...>', 'chỉ tính các khu này')
        .option('--boundaries-as-of <date>', BOUNDARIES_HELP)
        .option('--json', 'in JSON đúng hợp đồng reports-v1'),
    ),
  ).action(async (options: ReportOptions & { asOf: string }) => {
    const query = parseQuery(ZonesReportQuery.extend(DocumentParams), {
      board: options.board,
      zone: options.zone,
      asOf: options.asOf,
      boundariesAsOf: options.boundariesAsOf,
      ...documentQuery(options),
    });
    await runReport(
      options,
      query,
      '/reports/zones',
      (executor, actor) =>
        zonesReport(executor, actor, {
          boards: query.board,
          zones: query.zone,
          asOf: query.asOf,
          boundariesAsOf: query.boundariesAsOf,
        }),
      (result: ZonesReport) =>
        `BÁO CÁO CÁC KHU — ${result.boards.join(', ')}\n\n${zonesReportParagraphs(result, createTranslator('vi'), 'vi').join('\n')}\n`,
    );
  });

  addDatabaseOption(
    addDocumentOptions(
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
    ),
  ).action(async (options: ReportOptions & { period: string }) => {
    const query = parseQuery(ProductionReportQuery.extend(DocumentParams), {
      board: options.board,
      zone: options.zone,
      period: options.period,
      boundariesAsOf: options.boundariesAsOf,
      ...documentQuery(options),
    });
    await runReport(
      options,
      query,
      '/reports/production',
      (executor, actor) =>
        productionReport(executor, actor, {
          boards: query.board,
          zones: query.zone,
          period: query.period,
          boundariesAsOf: query.boundariesAsOf,
        }),
      (result: ProductionReport) =>
        `BÁO CÁO SẢN XUẤT KINH DOANH — ${result.boards.join(', ')}\n\n${productionReportText(result, createTranslator('vi'), 'vi').join('\n')}\n`,
    );
  });

  addDatabaseOption(
    addDocumentOptions(
      report
        .command('periodic')
        .description(
          'báo cáo tình hình hoạt động các KCN, KKT của Ban trong kỳ (tháng, quý, 6 tháng, năm): thu hút đầu tư, sản xuất kinh doanh, các khu, so với cùng kỳ và kế hoạch năm',
        )
        .requiredOption(
          '--period <period>',
          'kỳ: 2019 (năm), 2019-H1 (6 tháng), 2019-Q3 (quý), 2019-11 (tháng)',
        )
        .option('--board <code...>', 'mã Ban Quản lý (bỏ trống: mọi Ban)')
        .option('--json', 'in JSON: kỳ, ngày đầu và cuối kỳ, ba báo cáo và kế hoạch năm'),
    ),
  ).action(async (options: ReportOptions & { period: string }) => {
    if (options.format === 'xlsx')
      throw CommonErrors.VALIDATION_FAILED([
        {
          path: '--format',
          message: 'Báo cáo định kỳ chỉ có dạng json hoặc docx (báo cáo Word).',
          reason: 'invalid_value',
        },
      ]);
    const query = parseQuery(PeriodicReportQuery.extend(DocumentParams), {
      board: options.board,
      period: options.period,
      ...documentQuery(options),
    });
    await runReport(
      options,
      query,
      '/reports/periodic',
      (executor, actor) => periodicReport(executor, actor, { boards: query.board, period: query.period }),
      (result: PeriodicReport) =>
        `BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG CÁC KCN, KKT ${periodInWords(result.period).toLocaleUpperCase('vi-VN')} — ${result.boards.join(', ')}\n\n${periodicReportBody(
          result,
        )
          .flatMap((block) => (block.kind === 'figures' ? [] : [block.text]))
          .join('\n')}\n`,
      (executor, actor, result, format, documentOptions) =>
        periodicReportFile(executor, actor, result, format, documentOptions),
    );
  });

  addDatabaseOption(
    addDocumentOptions(
      report
        .command('dossiers')
        .description(
          'hồ sơ thủ tục hành chính trong kỳ: tiếp nhận, đã giải quyết (trước hạn, đúng hạn, quá hạn), đang giải quyết, theo thủ tục, chỉ số Quyết định 766',
        )
        .requiredOption('--from <date>', 'ngày đầu kỳ, YYYY-MM-DD')
        .requiredOption('--to <date>', 'ngày cuối kỳ, YYYY-MM-DD')
        .option('--board <code...>', 'mã Ban Quản lý (lặp lại để cộng nhiều Ban; bỏ trống: mọi Ban)')
        .option('--json', 'in JSON đúng hợp đồng one-stop-v1'),
    ),
  ).action(async (options: ReportOptions & { from: string; to: string }) => {
    const query = parseQuery(DossiersReportQueryWithDocument, {
      board: options.board,
      from: options.from,
      to: options.to,
      ...documentQuery(options),
    });
    await runReport(
      options,
      query,
      '/reports/dossiers',
      (executor, actor) =>
        dossiersReport(executor, actor, { boards: query.board, from: query.from, to: query.to }),
      (result: DossiersReport) =>
        `BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH — ${result.boards.join(', ')}\n\n${dossiersReportParagraphs(result).join('\n')}\n`,
      (executor, actor, result, format, documentOptions) =>
        dossiersReportFile(executor, actor, result, format, documentOptions),
    );
  });

  addDatabaseOption(
    addDocumentOptions(
      report
        .command('bloc')
        .description(
          'báo cáo tổng hợp của khối thi đua: số liệu từng thành viên và toàn khối trong kỳ, so với cùng kỳ năm trước (blocs-v1)',
        )
        .requiredOption('--bloc <code>', 'mã khối thi đua, ví dụ DBSH')
        .requiredOption(
          '--period <period>',
          'kỳ: 2024 (năm), 2024-H1 (6 tháng), 2024-Q3 (quý), 2024-05 (tháng)',
        )
        .option(
          '--boundaries-as-of <date>',
          'tính theo địa giới (các khu mỗi thành viên) tại ngày này cho cả hai kỳ, YYYY-MM-DD (mặc định: ngày cuối kỳ)',
        )
        .option('--json', 'in JSON đúng hợp đồng blocs-v1'),
    ),
  ).action(async (options: ReportOptions & { bloc: string; period: string }) => {
    const query = parseQuery(BlocReportQuery.extend(DocumentParams), {
      bloc: options.bloc,
      period: options.period,
      boundariesAsOf: options.boundariesAsOf,
      ...documentQuery(options),
    });
    await runReport(
      options,
      query,
      '/reports/bloc',
      (executor, actor) =>
        blocReport(executor, actor, {
          bloc: query.bloc,
          period: query.period,
          boundariesAsOf: query.boundariesAsOf,
        }),
      (result: BlocReport) =>
        `BÁO CÁO TỔNG HỢP KHỐI THI ĐUA — ${result.bloc} — ${result.period}\n\n${blocReportParagraphs(result).join('\n')}\n`,
      (executor, actor, result, format, documentOptions) =>
        blocReportFile(executor, actor, result, format, documentOptions),
    );
  });
}
