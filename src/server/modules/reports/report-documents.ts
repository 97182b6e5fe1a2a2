/**
 * Every report as an official Word report (Decree 30 layout) and as an Excel statistical form
 * (documents-v1), laid out from the report's own JSON — the same read model, never a second
 * computation. The body's paragraphs are the same functions the command line and the web page
 * call (src/domain/report-text.ts, production-report-text.ts); the tables are one FigureTable
 * per report, written by the kernel's Word and Excel writers.
 *
 * The words are Vietnamese only: an official document of a Vietnamese board has no other form.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import {
  withCodes,
  type FigureMeasure,
  type FigureRow,
  type FigureSection,
  type FigureTable,
} from '../../kernel/documents/figure-table.ts';
import {
  DOCX_CONTENT_TYPE,
  numberAndSymbol,
  placeAndDate,
  writeOfficialReport,
  type OfficialBlock,
} from '../../kernel/documents/official-report.ts';
import { writeStatisticalForm } from '../../kernel/documents/statistical-form.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { createTranslator } from '../../kernel/translate.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { formatDate, formatNumber } from '../../../domain/number-format.ts';
import { periodEnd } from '../../../domain/periods.ts';
import { periodPhrase, productionReportText } from '../../../domain/production-report-text.ts';
import { provinceAt } from '../../../domain/provinces.ts';
import { compareDecimal } from '../../../domain/decimal.ts';
import { investmentReportParagraphs, zonesReportParagraphs } from '../../../domain/report-text.ts';
import { resolveBoards, type BoardRow } from '../boards/index.ts';
import type { InvestmentReport, ProductionReport, ZonesReport } from './reports.schemas.ts';

export type DocumentFormat = 'docx' | 'xlsx';

/** The Word report's own parameters (documents-v1). */
export interface DocumentOptions {
  /** The document's number: "125/BC-BQL", or "5" (→ "05/BC-BQL"). */
  number?: string | undefined;
  /** Its date, YYYY-MM-DD; default today in Vietnam. */
  date?: string | undefined;
  signer?: string | undefined;
  /** The signer's title ("Trưởng ban"; lines split by "\n", e.g. "KT. Trưởng ban\nPhó Trưởng ban"). */
  signerTitle?: string | undefined;
}

export interface ReportFile {
  /** ASCII only: bao-cao-thu-hut-dau-tu_TB_2019-01-01_2019-11-30.docx. */
  fileName: string;
  contentType: string;
  content: Buffer;
}

export type AnyReport = InvestmentReport | ZonesReport | ProductionReport;

const SYMBOL = 'BC-BQL';
const WORDS = {
  type: 'BÁO CÁO',
  indicator: 'Chỉ tiêu',
  code: 'Mã số',
  pageLabel: 'Trang {page}/{pages}',
  recipientsHeading: 'Nơi nhận:',
  signerTitle: 'TRƯỞNG BAN',
  manyBoards: 'CÁC BAN QUẢN LÝ KHU KINH TẾ, KHU CÔNG NGHIỆP',
  ddi: 'Đầu tư trong nước',
  fdi: 'Đầu tư nước ngoài (FDI)',
  fdiSector: 'Trong đó: khu vực FDI',
  ddiSector: 'Khu vực trong nước',
};

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** What a report is called, in its summary line, its file name and its title row. */
interface Described {
  /** The form's name: "Thu hút đầu tư vào các KCN, KKT". */
  name: string;
  /** The period in words: "từ ngày 01/01/2019 đến ngày 30/11/2019". */
  period: string;
  /** The period in the file name: "2019-01-01_2019-11-30". */
  periodSlug: string;
  slug: string;
  /** The last day the figures count (the province is named as of then when the date is earlier). */
  endDate: string;
}

function describe(report: AnyReport): Described {
  switch (report.report) {
    case 'investment':
      return {
        name: 'Tình hình thu hút đầu tư vào các KCN, KKT',
        period: `từ ngày ${formatDate(report.from)} đến ngày ${formatDate(report.to)}`,
        periodSlug: `${report.from}_${report.to}`,
        slug: 'bao-cao-thu-hut-dau-tu',
        endDate: report.to,
      };
    case 'zones':
      return {
        name: 'Tình hình xây dựng, phát triển các KCN, KKT',
        period: `đến ngày ${formatDate(report.asOf)}`,
        periodSlug: report.asOf,
        slug: 'bao-cao-cac-khu',
        endDate: report.asOf,
      };
    case 'production': {
      const phrase = periodPhrase(report.period, createTranslator('vi'));
      return {
        name: 'Tình hình sản xuất kinh doanh của doanh nghiệp trong các KCN, KKT',
        period: phrase.charAt(0).toLocaleLowerCase('vi-VN') + phrase.slice(1),
        periodSlug: report.period,
        slug: 'bao-cao-san-xuat-kinh-doanh',
        endDate: periodEnd(report.period),
      };
    }
  }
}

// ---- the figure tables ------------------------------------------------------------------------

const count = (key: string, label: string, unit: string): FigureMeasure => ({
  key,
  label,
  unit,
  kind: 'count',
});
const pct = (key: string, label: string): FigureMeasure => ({ key, label, unit: '%', kind: 'percent' });
const ty = (key: string, label: string, decimals = 3): FigureMeasure => ({
  key,
  label,
  unit: 'tỷ đồng',
  kind: 'money',
  scale: 9,
  decimals,
});
const trUsd = (key: string, label: string): FigureMeasure => ({
  key,
  label,
  unit: 'triệu USD',
  kind: 'money',
  scale: 6,
  decimals: 2,
});
const ha = (key: string, label: string): FigureMeasure => ({
  key,
  label,
  unit: 'ha',
  kind: 'money',
  scale: 0,
  decimals: 2,
});

function investmentTable(report: InvestmentReport): FigureTable {
  const { licensing: l, cumulative: c } = report;
  const measures = [
    count('count', 'Số dự án', 'dự án'),
    ty('registeredVnd', 'Vốn đầu tư đăng ký'),
    trUsd('registeredUsd', 'Vốn đầu tư đăng ký'),
    ty('implementedVnd', 'Vốn đầu tư thực hiện', 1),
    pct('implementedPct', 'Tỷ lệ vốn thực hiện so với vốn đăng ký'),
    pct('projectsShare', 'Tỷ trọng trong tổng số dự án'),
    pct('registeredShare', 'Tỷ trọng trong tổng vốn đăng ký'),
  ];
  const row = (indicator: string, values: FigureRow['values'], level: 0 | 1 = 0): FigureRow => ({
    indicator,
    level,
    values,
  });
  const sections: FigureSection[] = [
    {
      title: `Cấp phép đầu tư ${describe(report).period}`,
      rows: [
        row('Lượt dự án cấp mới và điều chỉnh', { count: l.turns }),
        row('Dự án cấp mới', {
          count: l.new.count,
          registeredVnd: l.new.capitalVnd,
          registeredUsd: l.new.capitalUsd,
        }),
        row(WORDS.ddi, { count: l.new.ddi.count, registeredVnd: l.new.ddi.capitalVnd }, 1),
        row(
          WORDS.fdi,
          {
            count: l.new.fdi.count,
            registeredVnd: l.new.fdi.capitalVnd,
            registeredUsd: l.new.fdi.capitalUsd,
          },
          1,
        ),
        row('Lượt dự án điều chỉnh vốn (vốn tăng thêm, giảm là số âm)', {
          count: l.adjustments.count,
          registeredVnd: l.adjustments.capitalChangeVnd,
        }),
        row(
          'Điều chỉnh tăng vốn',
          { count: l.adjustments.increases.count, registeredVnd: l.adjustments.increases.capitalVnd },
          1,
        ),
        row(
          'Điều chỉnh giảm vốn (vốn giảm)',
          { count: l.adjustments.decreases.count, registeredVnd: l.adjustments.decreases.capitalVnd },
          1,
        ),
        row(
          WORDS.ddi,
          { count: l.adjustments.ddi.count, registeredVnd: l.adjustments.ddi.capitalChangeVnd },
          1,
        ),
        row(
          WORDS.fdi,
          {
            count: l.adjustments.fdi.count,
            registeredVnd: l.adjustments.fdi.capitalChangeVnd,
            registeredUsd: l.adjustments.fdi.capitalChangeUsd,
          },
          1,
        ),
        row('Dự án chấm dứt hoạt động', {
          count: l.terminations.count,
          registeredVnd: l.terminations.capitalVnd,
        }),
        row(WORDS.ddi, { count: l.terminations.ddi.count }, 1),
        row(WORDS.fdi, { count: l.terminations.fdi.count }, 1),
      ],
    },
    {
      title: `Dự án còn hiệu lực lũy kế đến ngày ${formatDate(c.asOf)}`,
      rows: [
        row('Tổng số dự án còn hiệu lực', {
          count: c.total.projects,
          registeredVnd: c.total.registeredVnd,
          implementedVnd: c.total.implementedVnd,
          implementedPct: c.total.implementedPct,
        }),
        row(
          WORDS.ddi,
          {
            count: c.ddi.projects,
            registeredVnd: c.ddi.registeredVnd,
            implementedVnd: c.ddi.implementedVnd,
            implementedPct: c.ddi.implementedPct,
          },
          1,
        ),
        row(
          WORDS.fdi,
          {
            count: c.fdi.projects,
            registeredVnd: c.fdi.registeredVnd,
            registeredUsd: c.fdi.registeredUsd,
            implementedVnd: c.fdi.implementedVnd,
            implementedPct: c.fdi.implementedPct,
          },
          1,
        ),
      ],
    },
    {
      title: `Cơ cấu dự án còn hiệu lực đến ngày ${formatDate(c.asOf)} theo nguồn vốn`,
      rows: [
        row(WORDS.ddi, { projectsShare: c.ddi.projectsSharePct, registeredShare: c.ddi.registeredSharePct }),
        row(WORDS.fdi, { projectsShare: c.fdi.projectsSharePct, registeredShare: c.fdi.registeredSharePct }),
      ],
    },
  ];
  return {
    sheetName: 'Thu hút đầu tư',
    title: 'Thu hút đầu tư và dự án còn hiệu lực',
    measures,
    sections: withCodes(sections),
  };
}

const ZONE_STATUSES = [
  ['planned', 'Khu trong quy hoạch'],
  ['established', 'Khu đã thành lập'],
  ['under_construction', 'Khu đang xây dựng cơ bản'],
] as const;

function zonesTable(report: ZonesReport): FigureTable {
  const op = report.byStatus.operating;
  return {
    sheetName: 'Các khu',
    title: 'Các KCN, KKT theo tình trạng',
    measures: [
      count('count', 'Số khu', 'khu'),
      ha('areaHa', 'Tổng diện tích'),
      ha('industrialLandHa', 'Đất công nghiệp, dịch vụ'),
      ha('leasedLandHa', 'Đất đã cho thuê'),
      pct('occupancyPct', 'Tỷ lệ lấp đầy'),
    ],
    sections: withCodes([
      {
        title: `Các KCN, KKT theo tình trạng đến ngày ${formatDate(report.asOf)}`,
        rows: [
          {
            indicator: 'Tổng số khu',
            level: 0,
            values: { count: report.total.count, areaHa: report.total.areaHa },
          },
          ...ZONE_STATUSES.map(([status, indicator]) => ({
            indicator,
            level: 1 as const,
            values: { count: report.byStatus[status].count, areaHa: report.byStatus[status].areaHa },
          })),
          {
            indicator: 'Khu đã đi vào hoạt động',
            level: 1,
            values: {
              count: op.count,
              areaHa: op.areaHa,
              industrialLandHa: op.industrialLandHa,
              leasedLandHa: op.leasedLandHa,
              occupancyPct: op.occupancyPct,
            },
          },
          // zones-v1: shown only when they say something the rows above do not.
          ...(compareDecimal(report.total.ownAreaHa, report.total.areaHa) !== 0
            ? [
                {
                  indicator: 'Tổng diện tích không tính trùng các khu nằm trong khu kinh tế',
                  level: 1 as const,
                  values: { areaHa: report.total.ownAreaHa },
                },
              ]
            : []),
          ...(op.occupancyDecree35Pct !== null
            ? [
                {
                  indicator: 'Khu đã đi vào hoạt động, theo Nghị định 35/2022 (gồm đất dịch vụ)',
                  level: 1 as const,
                  values: { occupancyPct: op.occupancyDecree35Pct },
                },
              ]
            : []),
          ...(compareDecimal(op.serviceLandHa, '0') !== 0
            ? [
                {
                  indicator: 'Đất dịch vụ của các khu đã đi vào hoạt động',
                  level: 1 as const,
                  values: { industrialLandHa: op.serviceLandHa, leasedLandHa: op.leasedServiceLandHa },
                },
              ]
            : []),
        ],
      },
    ]),
  };
}

/** The unit an indicator's amounts are in (targets and province totals). */
type Unit = 'ty' | 'usd' | 'people';
function unitOf(indicator: string): Unit {
  if (indicator.endsWith('Usd')) return 'usd';
  if (indicator.endsWith('Vnd')) return 'ty';
  return 'people';
}
const UNIT_TITLES: Record<Unit, string> = { ty: 'tỷ đồng', usd: 'triệu USD', people: 'người' };

function indicatorName(indicator: string): string {
  const t = createTranslator('vi');
  const name = t(`reportText:production.indicators.${indicator}`, { defaultValue: indicator });
  return name.charAt(0).toLocaleUpperCase('vi-VN') + name.slice(1);
}

function productionTables(report: ProductionReport): FigureTable[] {
  const t = createTranslator('vi');
  const current = periodPhrase(report.period, t);
  const previous = periodPhrase(report.previousPeriod, t);
  const measures = [
    ty('currentTy', current, 2),
    ty('previousTy', previous, 2),
    trUsd('currentUsd', current),
    trUsd('previousUsd', previous),
    count('currentPeople', current, 'người'),
    count('previousPeople', previous, 'người'),
    pct('growth', 'So với cùng kỳ, tăng (+)/giảm (−)'),
    {
      key: 'income',
      label: 'Thu nhập bình quân',
      unit: 'triệu đồng/người/tháng',
      kind: 'money',
      scale: 6,
      decimals: 2,
    } satisfies FigureMeasure,
    pct('insured', 'Lao động tham gia BHXH'),
  ];
  const i = report.indicators;
  const money = (
    indicator: keyof ProductionReport['indicators'],
    name: string,
    unit: 'Ty' | 'Usd',
  ): FigureRow[] =>
    (
      [
        ['total', name, 0],
        ['fdi', WORDS.fdiSector, 1],
        ['ddi', WORDS.ddiSector, 1],
      ] as const
    ).map(([sector, label, level]) => ({
      indicator: label,
      level,
      values: {
        [`current${unit}`]: i[indicator][sector].value,
        [`previous${unit}`]: i[indicator][sector].previous,
        growth: i[indicator][sector].growthPct,
      },
    }));
  const w = report.labour.workers;
  const tables: FigureTable[] = [
    {
      sheetName: 'Sản xuất kinh doanh',
      title: 'Sản xuất kinh doanh so với cùng kỳ năm trước',
      measures,
      sections: withCodes([
        {
          title: 'Giá trị sản xuất, doanh thu, nộp ngân sách',
          rows: [
            ...money('productionValueVnd', 'Giá trị sản xuất công nghiệp', 'Ty'),
            ...money('revenueVnd', 'Doanh thu', 'Ty'),
            ...money('budgetPaidVnd', 'Nộp ngân sách nhà nước', 'Ty'),
          ],
        },
        {
          title: 'Xuất khẩu, nhập khẩu',
          rows: [
            ...money('exportUsd', 'Kim ngạch xuất khẩu', 'Usd'),
            ...money('importUsd', 'Kim ngạch nhập khẩu', 'Usd'),
          ],
        },
        {
          title: 'Lao động',
          rows: [
            {
              indicator: 'Tổng số lao động',
              level: 0,
              values: {
                currentPeople: w.total.value,
                previousPeople: w.total.previous,
                growth: w.total.growthPct,
                income: report.labour.averageIncomeVnd,
                insured: report.labour.insuredPct,
              },
            },
            {
              indicator: WORDS.fdiSector,
              level: 1,
              values: { currentPeople: w.fdi.value, previousPeople: w.fdi.previous, growth: w.fdi.growthPct },
            },
            {
              indicator: WORDS.ddiSector,
              level: 1,
              values: { currentPeople: w.ddi.value, previousPeople: w.ddi.previous, growth: w.ddi.growthPct },
            },
          ],
        },
      ]),
    },
  ];

  const byUnit = <T extends { indicator: string }>(items: readonly T[]) =>
    (['ty', 'usd', 'people'] as const)
      .map((unit) => ({ unit, items: items.filter((item) => unitOf(item.indicator) === unit) }))
      .filter((group) => group.items.length > 0);
  const unitMeasures = (key: string, label: string): FigureMeasure[] => [
    ty(`${key}Ty`, label, 2),
    trUsd(`${key}Usd`, label),
    count(`${key}People`, label, 'người'),
  ];
  const unitKey = { ty: 'Ty', usd: 'Usd', people: 'People' } as const;

  const targets = report.targets ?? [];
  if (targets.length > 0) {
    const year = targets[0]!.year;
    tables.push({
      sheetName: 'Kế hoạch năm',
      title: `Thực hiện so với kế hoạch năm ${year}`,
      measures: [
        ...unitMeasures('plan', `Kế hoạch năm ${year}`),
        ...unitMeasures(
          'actual',
          `Thực hiện ${current.charAt(0).toLocaleLowerCase('vi-VN')}${current.slice(1)}`,
        ),
        pct('planGrowth', 'Kế hoạch tăng so với năm trước'),
        pct('growth', 'Thực hiện so với cùng kỳ, tăng (+)/giảm (−)'),
        pct('achieved', 'Đạt so với kế hoạch'),
      ],
      sections: withCodes(
        byUnit(targets).map(({ unit, items }) => ({
          title: `Thực hiện so với kế hoạch năm ${year} (${UNIT_TITLES[unit]})`,
          rows: items.map((target) => ({
            indicator: indicatorName(target.indicator),
            level: 0 as const,
            values: {
              [`plan${unitKey[unit]}`]: target.targetValue,
              [`actual${unitKey[unit]}`]: target.actual,
              planGrowth: target.targetGrowthPct,
              growth: target.growthPct,
              achieved: target.achievedPct,
            },
          })),
        })),
      ),
    });
  }
  const province = report.province ?? [];
  if (province.length > 0) {
    tables.push({
      sheetName: 'So với toàn tỉnh',
      title: 'Các KCN so với toàn tỉnh',
      measures: [
        ...unitMeasures('province', 'Toàn tỉnh'),
        ...unitMeasures('zones', 'Các KCN, KKT'),
        pct('share', 'Tỷ trọng của các KCN, KKT'),
      ],
      sections: withCodes(
        byUnit(province).map(({ unit, items }) => ({
          title: `Các KCN, KKT so với toàn tỉnh (${UNIT_TITLES[unit]})`,
          rows: items.map((share) => ({
            indicator: indicatorName(share.indicator),
            level: 0 as const,
            values: {
              [`province${unitKey[unit]}`]: share.provinceValue,
              [`zones${unitKey[unit]}`]: share.zonesValue,
              share: share.sharePct,
            },
          })),
        })),
      ),
    });
  }
  return tables;
}

/** The report's tables, the first one first (the Excel form's first sheet). */
export function reportTables(report: AnyReport): FigureTable[] {
  switch (report.report) {
    case 'investment':
      return [investmentTable(report)];
    case 'zones':
      return [zonesTable(report)];
    case 'production':
      return productionTables(report);
  }
}

/** The body's paragraphs: exactly the lines the command line prints under its title line. */
export function reportParagraphs(report: AnyReport): string[] {
  const t = createTranslator('vi');
  switch (report.report) {
    case 'investment':
      return investmentReportParagraphs(report, t, 'vi');
    case 'zones':
      return zonesReportParagraphs(report, t, 'vi');
    case 'production':
      return productionReportText(report, t, 'vi');
  }
}

// ---- who issues it --------------------------------------------------------------------------------

export interface Issuer {
  governingBody?: string;
  /** The people's committee as a recipient writes it: "UBND tỉnh Thái Bình". */
  committee?: string;
  issuer: string[];
  place: string;
  names: string[];
}

/** The board(s) issuing the report: their names, the province's people's committee, the place. */
function issuerOf(boards: readonly BoardRow[], date: string, endDate: string): Issuer {
  const names = boards.map((board) => board.name);
  const provinces = [
    ...new Set(
      boards.map((board) => {
        if (!board.provinceCode) return null;
        return provinceAt(board.provinceCode, date) ?? provinceAt(board.provinceCode, endDate);
      }),
    ),
  ];
  const province = provinces.length === 1 ? provinces[0] : null;
  const governingBody = province
    ? `UBND ${province.city ? 'THÀNH PHỐ' : 'TỈNH'} ${upper(province.name)}`
    : undefined;
  const issuer = boards.length === 0 || boards.length > 3 ? [WORDS.manyBoards] : names.map(upper);
  return {
    ...(governingBody && province
      ? { governingBody, committee: `UBND ${province.city ? 'thành phố' : 'tỉnh'} ${province.name}` }
      : {}),
    issuer,
    place: province?.name ?? '',
    names,
  };
}

/** The file's name, ASCII only: the report, the board(s), the period. */
export function reportFileName(
  slug: string,
  boards: readonly string[],
  period: string,
  extension: string,
): string {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const board = boards.length === 0 ? '' : boards.length <= 3 ? boards.map(ascii).join('-') : 'cac-ban';
  return `${[slug, board, period].filter(Boolean).join('_')}.${extension}`;
}

/** Lines that say what the figures cover beyond the period: the zones, the boundaries' date. */
export function scopeLines(report: AnyReport, endDate: string): string[] {
  const lines: string[] = [];
  if (report.zones?.length) lines.push(`Chỉ tính các khu: ${report.zones.join(', ')}.`);
  if (report.boundariesAsOf !== endDate)
    lines.push(`Tính theo địa giới (các khu mỗi Ban quản lý) tại ngày ${formatDate(report.boundariesAsOf)}.`);
  if (report.report === 'production')
    lines.push(
      `Số doanh nghiệp có số liệu: ${formatNumber(report.coverage.reported)}/${formatNumber(report.coverage.enterprises)} doanh nghiệp.`,
    );
  return lines;
}

/** Tables as the Word report's figure blocks, captioned "Biểu 01. …" from `first` on. */
export function figureBlocks(tables: readonly FigureTable[], first = 1): OfficialBlock[] {
  let table = first - 1;
  return tables.flatMap((t) =>
    t.sections.map((section) => ({
      kind: 'figures' as const,
      caption: `Biểu ${String(++table).padStart(2, '0')}. ${section.title}`,
      measures: t.measures,
      rows: section.rows,
    })),
  );
}

/** The issuing boards (names, governing body, province) of a report's boards on its date. */
export async function reportIssuer(
  executor: Executor,
  actor: Actor,
  boardCodes: readonly string[],
  date: string,
  endDate: string,
): Promise<Issuer> {
  const boards = boardCodes.length > 0 ? await resolveBoards(executor, actor, [...boardCodes]) : [];
  return issuerOf(boards, date, endDate);
}

/**
 * The Word report in the Decree 30 layout around a body: the header, BÁO CÁO and the summary
 * (the report's name and period), `Nơi nhận:` and the signer's block.
 */
export async function writeWordReport(
  issuer: Issuer,
  report: {
    name: string;
    period: string;
    date: string;
    body: readonly OfficialBlock[];
    options: DocumentOptions;
  },
): Promise<Buffer> {
  const { options, date } = report;
  const signerTitle = (options.signerTitle ?? WORDS.signerTitle)
    .split('\n')
    .map((line) => upper(line.trim()))
    .filter(Boolean);
  return writeOfficialReport({
    title: `${WORDS.type} ${report.name} ${report.period}`,
    ...(issuer.governingBody ? { governingBody: issuer.governingBody } : {}),
    issuer: issuer.issuer,
    numberLine: `Số: ${numberAndSymbol(options.number, SYMBOL)}`,
    dateLine: placeAndDate(issuer.place, date),
    type: WORDS.type,
    summary: upper(`${report.name} ${report.period}`),
    body: report.body,
    recipientsHeading: WORDS.recipientsHeading,
    recipients: [
      `- ${issuer.committee ?? 'UBND tỉnh'} (để báo cáo);`,
      // The ministry the boards report to: Planning and Investment, Finance from 01/3/2025.
      `- ${date >= '2025-03-01' ? 'Bộ Tài chính' : 'Bộ Kế hoạch và Đầu tư'} (để báo cáo);`,
      '- Lưu: VT.',
    ],
    signerTitle: signerTitle.length > 0 ? signerTitle : [WORDS.signerTitle],
    ...(options.signer ? { signerName: options.signer } : {}),
    indicatorHeader: WORDS.indicator,
    codeHeader: WORDS.code,
  });
}

/**
 * A report's Excel form: the title row (report, boards, period), the lines under it, then its
 * tables, one sheet each, in the state's statistical-form layout.
 */
export async function writeReportForm(
  issuer: Issuer,
  form: {
    name: string;
    period: string;
    date: string;
    lines: readonly string[];
    tables: readonly FigureTable[];
  },
): Promise<Buffer> {
  const boardsLine = issuer.names.length > 0 ? issuer.names.join('; ') : 'Các Ban quản lý';
  return writeStatisticalForm({
    title: `${form.name} — ${boardsLine} — ${form.period}`,
    lines: [
      `Đơn vị báo cáo: ${boardsLine}`,
      `Kỳ báo cáo: ${form.period}`,
      ...form.lines,
      `Lập ngày ${formatDate(form.date)}`,
    ],
    tables: form.tables,
    pageLabel: WORDS.pageLabel,
    indicatorHeader: WORDS.indicator,
    codeHeader: WORDS.code,
  });
}

/**
 * The report as a Word document or an Excel form, from its JSON (the caller computed it with the
 * report's service for the same actor), with the issuing boards' names and province.
 */
export async function reportFile(
  executor: Executor,
  actor: Actor,
  report: AnyReport,
  format: DocumentFormat,
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const described = describe(report);
  const date = options.date ?? vietnamToday();
  const issuer = await reportIssuer(executor, actor, report.boards, date, described.endDate);
  const tables = reportTables(report);
  const scope = scopeLines(report, described.endDate);
  const fileName = reportFileName(described.slug, report.boards, described.periodSlug, format);

  if (format === 'xlsx') {
    const content = await writeReportForm(issuer, {
      name: described.name,
      period: described.period,
      date,
      lines: scope,
      tables,
    });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }

  const body: OfficialBlock[] = [
    ...reportParagraphs(report).map((text) => ({ kind: 'paragraph' as const, text })),
    ...scope.map((text) => ({ kind: 'note' as const, text })),
    ...figureBlocks(tables),
  ];
  const content = await writeWordReport(issuer, {
    name: described.name,
    period: described.period,
    date,
    body,
    options,
  });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
