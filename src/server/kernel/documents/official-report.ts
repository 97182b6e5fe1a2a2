/**
 * A report as the state's administrative document (Decree 30/2020/NĐ-CP, Annex I), written as a
 * Word file with the `docx` package:
 *
 * - A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman
 *   throughout; page numbers centred in the top margin from page 2 (none on page 1).
 * - The header: on the left the governing body (capitals), the issuing agency (capitals, bold)
 *   with a short rule, the number line `Số: 05/BC-BQL`; on the right the national motto (bold
 *   capitals, 12 pt), the slogan (bold, 13 pt) with a rule under it as long as its text (a
 *   paragraph border, not underlined text), then the place and date line in italics.
 * - The type (BÁO CÁO) and the summary, bold and centred, a short rule under them; the body's
 *   paragraphs justified with a first-line indent; tables of figures; `Nơi nhận:` and the
 *   signer's block side by side.
 *
 * `docx` sizes are half-points (13 pt is `size: 26`); lengths are twentieths of a point (twips:
 * 1 mm ≈ 56.7). Nothing here knows which report it writes: the modules give the words and tables.
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
import {
  formatFigure,
  measureHeader,
  measuresUsed,
  type FigureMeasure,
  type FigureRow,
} from './figure-table.ts';

export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_SLOGAN = 'Độc lập - Tự do - Hạnh phúc';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const FONT = 'Times New Roman';

/** A4 and the margins, in twips (1 mm = 1440 / 25,4 twips). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);
export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const HEADER_LEFT = 3700;
const HEADER_RIGHT = CONTENT_WIDTH - HEADER_LEFT;

/** Half-points. */
const PT = (points: number) => points * 2;
const BODY_SIZE = PT(14);

export type OfficialBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | {
      kind: 'figures';
      /** The table's caption, above it. */
      caption: string;
      measures: readonly FigureMeasure[];
      rows: readonly FigureRow[];
    }
  | { kind: 'note'; text: string };

export interface OfficialReport {
  /** The file's title (document properties). */
  title: string;
  /** Cơ quan chủ quản, in capitals ("UBND TỈNH THÁI BÌNH"); none for an agency without one. */
  governingBody?: string;
  /** The issuing agency's name, in capitals; several lines for several boards. */
  issuer: readonly string[];
  /** The whole number line: "Số: 05/BC-BQL". */
  numberLine: string;
  /** The place and date line: "Thái Bình, ngày 05 tháng 01 năm 2020". */
  dateLine: string;
  /** The document's type, "BÁO CÁO". */
  type: string;
  /** Trích yếu: what the report is about. */
  summary: string;
  body: readonly OfficialBlock[];
  /** "Nơi nhận:" and its lines ("- UBND tỉnh (để báo cáo);", "- Lưu: VT."). */
  recipientsHeading: string;
  recipients: readonly string[];
  /** The signer's authority and title lines, in capitals ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"). */
  signerTitle: readonly string[];
  /** The signer's name; none leaves the place blank. */
  signerName?: string;
  /** The headers of a figure table's first two columns: "Chỉ tiêu", "Mã số". */
  indicatorHeader: string;
  codeHeader: string;
}

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

// Characters XML 1.0 cannot carry.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.replace(XML_INVALID, ''),
    font: FONT,
    size: style.size ?? BODY_SIZE,
    bold: style.bold,
    italics: style.italics,
  });
}

function centred(text: string, style: RunStyle & { after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    children: [run(text, style)],
  });
}

/** An empty paragraph whose bottom border is a centred rule `length` twips long in `width`. */
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

/** An approximate width in twips of bold text at `points` (Times New Roman averages ½ em a letter). */
function textWidth(text: string, points: number, perEm = 0.5): number {
  return Math.round(text.length * points * 20 * perEm);
}

function cell(children: Paragraph[], width: number, options: { borders?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: options.borders
      ? { top: thin, bottom: thin, left: thin, right: thin }
      : { top: none, bottom: none, left: none, right: none },
    margins: { left: 57, right: 57, top: 20, bottom: 20 },
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}

/** The header of Annex I: agency and number on the left, motto, slogan and date on the right. */
function documentHeader(report: OfficialReport): Table {
  const left: Paragraph[] = [];
  if (report.governingBody) left.push(centred(report.governingBody, { size: PT(12) }));
  for (const line of report.issuer) left.push(centred(line, { size: PT(12), bold: true }));
  const longest = Math.max(...report.issuer.map((line) => Math.min(textWidth(line, 12, 0.62), HEADER_LEFT)));
  left.push(shortRule(HEADER_LEFT, Math.round(Math.max(longest / 3, 700)), 120));
  left.push(centred(report.numberLine, { size: PT(13) }));

  const sloganWidth = textWidth(NATIONAL_SLOGAN, 13, 0.47);
  const sloganIndent = Math.max(0, Math.round((HEADER_RIGHT - 114 - sloganWidth) / 2));
  const right: Paragraph[] = [
    centred(NATIONAL_MOTTO, { size: PT(12), bold: true }),
    // The rule under the slogan is the paragraph's bottom border, as long as the slogan's text.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: sloganIndent, right: sloganIndent },
      spacing: { before: 0, after: 240 },
      border: { bottom: rule },
      children: [run(NATIONAL_SLOGAN, { size: PT(13), bold: true })],
    }),
    centred(report.dateLine, { size: PT(13), italics: true }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, HEADER_LEFT), cell(right, HEADER_RIGHT)] })],
  });
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO },
    children: [run(text)],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    keepNext: true,
    spacing: { before: 120, after: 120, line: 288, lineRule: LineRuleType.AUTO },
    children: [run(text, { bold: true })],
  });
}

/** A figure table: indicator, code, then the measures its rows have values for. */
function figureTable(
  report: OfficialReport,
  block: Extract<OfficialBlock, { kind: 'figures' }>,
): (Paragraph | Table)[] {
  const measures = measuresUsed(block.measures, block.rows);
  const size = measures.length <= 3 ? PT(12) : measures.length <= 5 ? PT(11) : PT(10);
  // Twips a character takes at this size (digits are half an em), and a cell's side margins.
  const perChar = size * 5;
  const air = 160;
  const codeWidth = Math.max(780, 5 * perChar + air);
  const needed = measures.map((measure) => {
    const longestValue = Math.max(
      0,
      ...block.rows.map((row) => formatFigure(measure, row.values[measure.key]).length),
    );
    const longestWord = Math.max(
      ...measureHeader(measure)
        .split(/\s+/)
        .map((word) => word.length),
    );
    return Math.max(900, longestValue * perChar + air, Math.ceil(longestWord * perChar * 1.25) + air);
  });
  const room = CONTENT_WIDTH - codeWidth;
  const total = needed.reduce((a, b) => a + b, 0);
  // The indicator column takes what the figures leave, at least a third of the width; the
  // figures share the rest in proportion to what they need.
  const figuresRoom = Math.min(
    Math.max(total, Math.round(room * 0.45)),
    Math.round((CONTENT_WIDTH * 2) / 3) - codeWidth,
  );
  const measureWidths = needed.map((n) => Math.floor((n / total) * figuresRoom));
  const indicatorWidth = CONTENT_WIDTH - codeWidth - measureWidths.reduce((a, b) => a + b, 0);
  const widths = [indicatorWidth, codeWidth, ...measureWidths];
  const paragraph = (
    text: string,
    alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
    style: RunStyle & { indent?: number } = {},
  ) =>
    new Paragraph({
      alignment,
      ...(style.indent ? { indent: { left: style.indent } } : {}),
      spacing: { before: 20, after: 20 },
      children: [run(text, { size, ...style })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [report.indicatorHeader, report.codeHeader, ...measures.map(measureHeader)].map((text, c) =>
      cell([paragraph(text, AlignmentType.CENTER, { bold: true })], widths[c]!, { borders: true }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              paragraph(row.indicator, AlignmentType.LEFT, {
                bold: (row.level ?? 0) === 0,
                indent: row.level === 1 ? 170 : 0,
              }),
            ],
            widths[0]!,
            { borders: true },
          ),
          cell([paragraph(row.code ?? '', AlignmentType.CENTER)], widths[1]!, { borders: true }),
          ...measures.map((measure, m) =>
            cell(
              [paragraph(formatFigure(measure, row.values[measure.key]), AlignmentType.RIGHT)],
              widths[2 + m]!,
              {
                borders: true,
              },
            ),
          ),
        ],
      }),
  );
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 200, after: 80 },
      children: [run(block.caption, { size: PT(13), bold: true })],
    }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
  ];
}

/** Nơi nhận on the left, the signer's block on the right. */
function closing(report: OfficialReport): Table {
  const leftWidth = Math.round(CONTENT_WIDTH * 0.48);
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const left = [
    new Paragraph({ children: [run(report.recipientsHeading, { size: PT(12), bold: true, italics: true })] }),
    ...report.recipients.map((line) => new Paragraph({ children: [run(line, { size: PT(11) })] })),
  ];
  const right = [
    ...report.signerTitle.map((line) => centred(line, { size: PT(13), bold: true })),
    // The place for the signature and the seal.
    ...[1, 2, 3, 4].map(() => centred('', { size: PT(13) })),
    centred(report.signerName ?? '', { size: PT(14), bold: true }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

/** Writes the report's .docx. */
export async function writeOfficialReport(report: OfficialReport): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [];
  for (const block of report.body) {
    if (block.kind === 'paragraph') body.push(bodyParagraph(block.text));
    else if (block.kind === 'heading') body.push(heading(block.text));
    else if (block.kind === 'note')
      body.push(
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { before: 60, after: 60 },
          children: [run(block.text, { size: PT(11), italics: true })],
        }),
      );
    else body.push(...figureTable(report, block));
  }
  const document = new Document({
    title: report.title,
    creator: 'KCN Hub',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
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
          // No page number on the first page; from page 2 the number centred in the top margin.
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
          documentHeader(report),
          centred(report.type, { size: PT(14), bold: true, before: 360 }),
          centred(report.summary, { size: PT(14), bold: true }),
          shortRule(CONTENT_WIDTH, Math.round(CONTENT_WIDTH / 3), 240),
          ...body,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          closing(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "Thái Bình, ngày 05 tháng 01 năm 2020": days below 10 and months below 3 with a leading zero. */
export function placeAndDate(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mmText = month < 3 ? String(month).padStart(2, '0') : String(month);
  return `${place ? `${place}, ` : ''}ngày ${dd} tháng ${mmText} năm ${year}`;
}

/**
 * The number and symbol as Decree 30 writes them: "5" → "05/BC-BQL", "125/BC-BQL" as it is; a
 * number below 10 gets a leading zero. None: the blank a clerk fills in ("     /BC-BQL").
 */
export function numberAndSymbol(number: string | undefined, symbol: string): string {
  if (!number || !number.trim()) return `\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/${symbol}`;
  const trimmed = number.trim();
  const [first, ...rest] = trimmed.split('/');
  const padded = /^\d$/.test(first!) ? `0${first}` : first!;
  return rest.length > 0 ? [padded, ...rest].join('/') : `${padded}/${symbol}`;
}
