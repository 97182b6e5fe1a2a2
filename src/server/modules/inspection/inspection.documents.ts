/**
 * Inspection's documents: the record of an inspection (biên bản kiểm tra) and its conclusion
 * (kết luận kiểm tra) as Word files in the Decree 30/2020/NĐ-CP layout — the board's header with
 * the number, the national motto, place and date; the parties; what was checked; the findings
 * with their legal basis, severity, fine (đồng, Vietnamese digits), remedy and deadline; the
 * signatures — and the year's statistics as a Word report and an Excel form, laid out from the
 * statistics' JSON with the reports module's writers. Vietnamese only, as every official document.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { withCodes, type FigureMeasure, type FigureTable } from '../../kernel/documents/figure-table.ts';
import {
  DOCX_CONTENT_TYPE,
  FONT,
  NATIONAL_MOTTO,
  NATIONAL_SLOGAN,
  numberAndSymbol,
  PAGE,
  placeAndDate,
  type OfficialBlock,
} from '../../kernel/documents/official-report.ts';
import { XLSX_CONTENT_TYPE } from '../../kernel/documents/xlsx.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import {
  FINDING_SEVERITY_LABELS,
  INSPECTION_KIND_LABELS,
  INSPECTION_TOPIC_LABELS,
  type InspectionTopic,
} from '../../../domain/inspection.ts';
import { formatDate, formatNumber } from '../../../domain/number-format.ts';
import {
  figureBlocks,
  reportFileName,
  reportIssuer,
  writeReportForm,
  writeWordReport,
  type DocumentOptions,
  type ReportFile,
} from '../reports/index.ts';
import type { InspectionDetail, InspectionStatistics } from './inspection.schemas.ts';

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');
const mm = (value: number) => Math.round((value * 1440) / 25.4);
const PT = (points: number) => points * 2;
const BODY = PT(14);
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const HEADER_LEFT = 3700;
const HEADER_RIGHT = CONTENT_WIDTH - HEADER_LEFT;
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

/** "12.500.000 đồng". */
export function dongWords(fine: string | null): string {
  return fine === null ? 'không phạt tiền' : `${formatNumber(fine)} đồng`;
}

export function topicWords(topics: readonly string[]): string {
  return topics.map((t) => INSPECTION_TOPIC_LABELS[t as InspectionTopic].toLowerCase()).join(', ');
}

// Characters XML 1.0 cannot carry.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.replace(XML_INVALID, ''),
    font: FONT,
    size: style.size ?? BODY,
    bold: style.bold,
    italics: style.italics,
  });
}

function centred(text: string, style: RunStyle & { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    children: [run(text, style)],
  });
}

function shortRule(width: number, length: number, after = 0): Paragraph {
  const indent = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    spacing: { before: 0, after, line: 120, lineRule: LineRuleType.EXACT },
    border: { bottom: rule },
    children: [run('', { size: PT(2) })],
  });
}

function body(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO },
    children: [run(text, style)],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    keepNext: true,
    spacing: { before: 120, after: 120 },
    children: [run(text, { bold: true })],
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: none, bottom: none, left: none, right: none },
    margins: { left: 57, right: 57, top: 20, bottom: 20 },
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number): Table {
  const rightWidth = CONTENT_WIDTH - leftWidth;
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

/** A signature block: the title(s) in capitals, room for the signature, the name. */
function signature(titles: readonly string[], name: string, note?: string): Paragraph[] {
  return [
    ...titles.map((t) => centred(upper(t), { size: PT(13), bold: true })),
    ...(note ? [centred(note, { size: PT(12), italics: true })] : []),
    ...[1, 2, 3, 4].map(() => centred('', { size: PT(13) })),
    centred(name, { size: PT(14), bold: true }),
  ];
}

interface InspectionDocument {
  title: string;
  governingBody?: string | undefined;
  issuer: readonly string[];
  numberLine: string;
  dateLine: string;
  type: string;
  summary: string;
  content: Paragraph[];
  closing: Table;
}

async function writeInspectionDocument(doc: InspectionDocument): Promise<Buffer> {
  const left: Paragraph[] = [];
  if (doc.governingBody) left.push(centred(doc.governingBody, { size: PT(12) }));
  for (const line of doc.issuer) left.push(centred(line, { size: PT(12), bold: true }));
  left.push(shortRule(HEADER_LEFT, 900, 120));
  left.push(centred(doc.numberLine, { size: PT(13) }));
  const sloganWidth = Math.round(NATIONAL_SLOGAN.length * 13 * 20 * 0.47);
  const sloganIndent = Math.max(0, Math.round((HEADER_RIGHT - 114 - sloganWidth) / 2));
  const right: Paragraph[] = [
    centred(NATIONAL_MOTTO, { size: PT(12), bold: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: sloganIndent, right: sloganIndent },
      spacing: { before: 0, after: 240 },
      border: { bottom: rule },
      children: [run(NATIONAL_SLOGAN, { size: PT(13), bold: true })],
    }),
    centred(doc.dateLine, { size: PT(13), italics: true }),
  ];
  const document = new Document({
    title: doc.title,
    creator: 'KCN Hub',
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT(13) })],
              }),
            ],
          }),
        },
        children: [
          twoColumns(left, right, HEADER_LEFT),
          centred(doc.type, { size: PT(14), bold: true, before: 360 }),
          centred(doc.summary, { size: PT(14), bold: true }),
          shortRule(CONTENT_WIDTH, Math.round(CONTENT_WIDTH / 3), 240),
          ...doc.content,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          doc.closing,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The findings as numbered paragraphs: what, legal basis, severity, fine, remedy and deadline. */
function findingParagraphs(inspection: InspectionDetail): Paragraph[] {
  if (inspection.findings.length === 0)
    return [body('Qua kiểm tra, Đoàn kiểm tra không phát hiện vi phạm, tồn tại.')];
  return inspection.findings.flatMap((f, i) => [
    body(`${i + 1}. Về ${INSPECTION_TOPIC_LABELS[f.topic].toLowerCase()}: ${f.description}`),
    body(`Căn cứ pháp lý: ${f.legalBasis}.`),
    body(
      `Mức độ vi phạm: ${FINDING_SEVERITY_LABELS[f.severity].toLowerCase()}; mức phạt tiền: ${dongWords(f.fineDong)}.`,
    ),
    body(
      `Biện pháp khắc phục: ${f.remedy}${f.remedyDueOn ? `; thời hạn khắc phục: trước ngày ${formatDate(f.remedyDueOn)}` : ''}.`,
    ),
  ]);
}

function finesTotal(inspection: InspectionDetail): string {
  return inspection.findings.reduce((sum, f) => sum + BigInt(f.fineDong ?? '0'), 0n).toString();
}

function teamParagraphs(inspection: InspectionDetail): Paragraph[] {
  return [
    body(`- Trưởng đoàn: ${inspection.teamLeader}.`),
    ...(inspection.teamMembers.length > 0
      ? [body(`- Thành viên: ${inspection.teamMembers.join('; ')}.`)]
      : []),
    ...(inspection.cooperatingAgencies.length > 0
      ? [body(`- Cơ quan phối hợp: ${inspection.cooperatingAgencies.join('; ')}.`)]
      : []),
  ];
}

function periodWords(inspection: InspectionDetail): string {
  return inspection.endedOn && inspection.endedOn !== inspection.startedOn
    ? `từ ngày ${formatDate(inspection.startedOn)} đến ngày ${formatDate(inspection.endedOn)}`
    : `ngày ${formatDate(inspection.startedOn)}`;
}

const fileSlug = (inspection: InspectionDetail) => `${inspection.startedOn}_${inspection.enterprise.taxCode}`;

/** Biên bản kiểm tra: the parties, what was checked and seen, the findings, both parties' signatures. */
export async function inspectionRecordFile(
  executor: Executor,
  actor: Actor,
  inspection: InspectionDetail,
): Promise<ReportFile> {
  const date = inspection.recordedOn ?? inspection.endedOn ?? inspection.startedOn;
  const issuer = await reportIssuer(executor, actor, [inspection.board], date, date);
  const e = inspection.enterprise;
  const content: Paragraph[] = [
    body(
      `Thực hiện ${inspection.basis}, ${periodWords(inspection)}, Đoàn kiểm tra của ${issuer.names.join('; ')} đã tiến hành kiểm tra ${INSPECTION_KIND_LABELS[inspection.kind].toLowerCase()}${inspection.plan ? ` (${inspection.plan.name})` : ''} tại ${e.name}.`,
    ),
    heading('I. THÀNH PHẦN'),
    body('1. Đoàn kiểm tra:', { bold: true }),
    ...teamParagraphs(inspection),
    body('2. Doanh nghiệp được kiểm tra:', { bold: true }),
    body(`- Tên doanh nghiệp: ${e.name}; mã số thuế: ${e.taxCode}.`),
    body(`- Đại diện doanh nghiệp: ${inspection.enterpriseRepresentative || '………………………'}.`),
    heading('II. NỘI DUNG KIỂM TRA'),
    body(`Nội dung kiểm tra: ${topicWords(inspection.topics)}.`),
    ...(inspection.summary ? inspection.summary.split(/\n+/).map((line) => body(line)) : []),
    heading('III. KẾT QUẢ KIỂM TRA'),
    ...findingParagraphs(inspection),
    ...(inspection.findings.length > 0
      ? [body(`Tổng số tiền phạt: ${dongWords(finesTotal(inspection))}.`, { bold: true })]
      : []),
    body(
      'Biên bản kết thúc vào hồi ….. giờ ….. cùng ngày, được lập thành 02 bản có giá trị pháp lý như nhau, Đoàn kiểm tra giữ 01 bản, doanh nghiệp giữ 01 bản; đã được đọc lại cho những người có tên trên cùng nghe, thống nhất và ký tên.',
    ),
  ];
  const closing = twoColumns(
    signature(['Đại diện doanh nghiệp'], inspection.enterpriseRepresentative),
    signature(['Trưởng đoàn kiểm tra'], inspection.teamLeader),
    Math.round(CONTENT_WIDTH / 2),
  );
  const docx = await writeInspectionDocument({
    title: `Biên bản kiểm tra ${e.name}`,
    governingBody: issuer.governingBody,
    issuer: issuer.issuer,
    numberLine: `Số: ${numberAndSymbol(inspection.recordNumber ?? undefined, 'BB-BQL')}`,
    dateLine: placeAndDate(issuer.place, date),
    type: 'BIÊN BẢN',
    summary: upper(`Kiểm tra tại ${e.name}`),
    content,
    closing,
  });
  return {
    fileName: reportFileName('bien-ban-kiem-tra', [inspection.board], fileSlug(inspection), 'docx'),
    contentType: DOCX_CONTENT_TYPE,
    content: docx,
  };
}

/** Kết luận kiểm tra: what was checked, the findings, what the enterprise must do; the head of the board signs. */
export async function inspectionConclusionFile(
  executor: Executor,
  actor: Actor,
  inspection: InspectionDetail,
): Promise<ReportFile> {
  const date = inspection.concludedOn!;
  const issuer = await reportIssuer(executor, actor, [inspection.board], date, date);
  const e = inspection.enterprise;
  const remedies = inspection.findings.filter((f) => f.remedy);
  const content: Paragraph[] = [
    body(
      `Thực hiện ${inspection.basis}, ${periodWords(inspection)}, Đoàn kiểm tra do ông (bà) ${inspection.teamLeader} làm Trưởng đoàn đã tiến hành kiểm tra tại ${e.name} (mã số thuế ${e.taxCode}) về ${topicWords(inspection.topics)}${inspection.recordNumber ? `, kết quả ghi tại Biên bản kiểm tra số ${inspection.recordNumber}${inspection.recordedOn ? ` ngày ${formatDate(inspection.recordedOn)}` : ''}` : ''}.`,
    ),
    body(
      `Xét báo cáo kết quả kiểm tra của Trưởng đoàn kiểm tra, ${issuer.names.join('; ')} kết luận như sau:`,
    ),
    heading('I. KẾT QUẢ KIỂM TRA'),
    ...(inspection.summary ? inspection.summary.split(/\n+/).map((line) => body(line)) : []),
    heading('II. VI PHẠM, TỒN TẠI VÀ XỬ LÝ'),
    ...findingParagraphs(inspection),
    ...(inspection.findings.length > 0
      ? [body(`Tổng số tiền phạt: ${dongWords(finesTotal(inspection))}.`, { bold: true })]
      : []),
    heading('III. KẾT LUẬN VÀ YÊU CẦU'),
    ...inspection.conclusion.split(/\n+/).map((line) => body(line)),
    ...(remedies.length > 0
      ? [
          body(
            `Yêu cầu ${e.name} thực hiện các biện pháp khắc phục nêu tại Mục II đúng thời hạn và báo cáo kết quả, kèm tài liệu chứng minh, về ${issuer.names.join('; ')}.`,
          ),
        ]
      : []),
  ];
  const closing = twoColumns(
    [
      new Paragraph({ children: [run('Nơi nhận:', { size: PT(12), bold: true, italics: true })] }),
      ...[`- ${e.name} (để thực hiện);`, '- Đoàn kiểm tra;', '- Lưu: VT.'].map(
        (line) => new Paragraph({ children: [run(line, { size: PT(11) })] }),
      ),
    ],
    signature(['Trưởng ban'], ''),
    Math.round(CONTENT_WIDTH * 0.48),
  );
  const docx = await writeInspectionDocument({
    title: `Kết luận kiểm tra ${e.name}`,
    governingBody: issuer.governingBody,
    issuer: issuer.issuer,
    numberLine: `Số: ${numberAndSymbol(inspection.conclusionNumber ?? undefined, 'KL-BQL')}`,
    dateLine: placeAndDate(issuer.place, date),
    type: 'KẾT LUẬN',
    summary: upper(`Kiểm tra tại ${e.name}`),
    content,
    closing,
  });
  return {
    fileName: reportFileName('ket-luan-kiem-tra', [inspection.board], fileSlug(inspection), 'docx'),
    contentType: DOCX_CONTENT_TYPE,
    content: docx,
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

const STATS_NAME = 'Kết quả kiểm tra doanh nghiệp';
const count = (key: string, label: string, unit: string): FigureMeasure => ({
  key,
  label,
  unit,
  kind: 'count',
});
const money = (key: string, label: string): FigureMeasure => ({
  key,
  label,
  unit: 'đồng',
  kind: 'money',
  scale: 0,
  decimals: 0,
});

/** The body's paragraphs, in words. */
export function statisticsParagraphs(s: InspectionStatistics): string[] {
  const n = (v: number) => formatNumber(v);
  return [
    `Năm ${s.year}, kế hoạch kiểm tra đã phê duyệt có ${n(s.plan.planItems)} lượt doanh nghiệp; đã kiểm tra ${n(s.plan.doneInPlan)}, chưa kiểm tra ${n(s.plan.notYetDone)}. Kiểm tra đột xuất (ngoài kế hoạch) ${n(s.plan.doneOutOfPlan)} cuộc. Tổng số ${n(s.plan.inspections)} cuộc kiểm tra (đã kết luận ${n(s.plan.concluded)}) tại ${n(s.enterprisesInspected)} doanh nghiệp.`,
    `Phát hiện ${n(s.total.findings)} vi phạm, tồn tại; tổng số tiền phạt ${formatNumber(s.total.finesDong)} đồng. Tính đến ngày ${formatDate(s.asOf)}: đã khắc phục xong ${n(s.total.findingsClosed)}, đang khắc phục ${n(s.total.findingsOpen)}, trong đó quá hạn ${n(s.total.findingsOverdue)}.`,
  ];
}

export function statisticsTables(s: InspectionStatistics): FigureTable[] {
  const plan: FigureTable = {
    sheetName: 'Theo kế hoạch',
    title: `Kết quả thực hiện kế hoạch kiểm tra năm ${s.year}`,
    measures: [count('count', 'Số lượng', 'lượt')],
    sections: withCodes([
      {
        title: `Kết quả thực hiện kế hoạch kiểm tra năm ${s.year}`,
        rows: [
          {
            indicator: 'Doanh nghiệp trong kế hoạch đã phê duyệt',
            level: 0,
            values: { count: s.plan.planItems },
          },
          { indicator: 'Đã kiểm tra theo kế hoạch', level: 1, values: { count: s.plan.doneInPlan } },
          { indicator: 'Chưa kiểm tra', level: 1, values: { count: s.plan.notYetDone } },
          {
            indicator: 'Kiểm tra đột xuất (ngoài kế hoạch)',
            level: 0,
            values: { count: s.plan.doneOutOfPlan },
          },
          { indicator: 'Tổng số cuộc kiểm tra', level: 0, values: { count: s.plan.inspections } },
          { indicator: 'Trong đó: đã có kết luận', level: 1, values: { count: s.plan.concluded } },
          { indicator: 'Số doanh nghiệp được kiểm tra', level: 0, values: { count: s.enterprisesInspected } },
        ],
      },
    ]),
  };
  const values = (f: InspectionStatistics['total']) => ({
    inspections: f.inspections,
    findings: f.findings,
    fines: f.finesDong,
    closed: f.findingsClosed,
    open: f.findingsOpen,
    overdue: f.findingsOverdue,
  });
  const byTopic: FigureTable = {
    sheetName: 'Theo lĩnh vực',
    title: `Vi phạm, tồn tại theo lĩnh vực kiểm tra năm ${s.year}`,
    measures: [
      count('inspections', 'Cuộc kiểm tra', 'cuộc'),
      count('findings', 'Vi phạm, tồn tại', 'vi phạm'),
      money('fines', 'Tiền phạt'),
      count('closed', 'Đã khắc phục', 'vi phạm'),
      count('open', 'Đang khắc phục', 'vi phạm'),
      count('overdue', 'Quá hạn', 'vi phạm'),
    ],
    sections: withCodes([
      {
        title: `Vi phạm, tồn tại theo lĩnh vực (tình trạng khắc phục tính đến ngày ${formatDate(s.asOf)})`,
        rows: [
          ...s.byTopic.map((t) => ({
            indicator: INSPECTION_TOPIC_LABELS[t.topic],
            level: 1 as const,
            values: values(t),
          })),
          { indicator: 'Tổng cộng', level: 0 as const, values: values(s.total) },
        ],
      },
    ]),
  };
  return [plan, byTopic];
}

export async function statisticsFile(
  executor: Executor,
  actor: Actor,
  s: InspectionStatistics,
  format: 'docx' | 'xlsx',
  options: DocumentOptions = {},
): Promise<ReportFile> {
  const date = options.date ?? vietnamToday();
  const issuer = await reportIssuer(executor, actor, s.boards, date, `${s.year}-12-31`);
  const tables = statisticsTables(s);
  const period = `năm ${s.year}`;
  const fileName = reportFileName('bao-cao-kiem-tra-doanh-nghiep', s.boards, String(s.year), format);
  const lines = [
    `Tình trạng khắc phục vi phạm tính đến ngày ${formatDate(s.asOf)}. Một cuộc kiểm tra nhiều lĩnh vực được tính ở mỗi lĩnh vực, một lần ở dòng tổng cộng.`,
  ];
  if (format === 'xlsx') {
    const content = await writeReportForm(issuer, { name: STATS_NAME, period, date, lines, tables });
    return { fileName, contentType: XLSX_CONTENT_TYPE, content };
  }
  const blocks: OfficialBlock[] = [
    ...statisticsParagraphs(s).map((text) => ({ kind: 'paragraph' as const, text })),
    ...lines.map((text) => ({ kind: 'note' as const, text })),
    ...figureBlocks(tables),
  ];
  const content = await writeWordReport(issuer, { name: STATS_NAME, period, date, body: blocks, options });
  return { fileName, contentType: DOCX_CONTENT_TYPE, content };
}
