import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { assertDownloadable, LIST_DOWNLOAD_MAX_ROWS } from './list-download.ts';
import { listFileName, scaledNumber, writeListWorkbook, type ListColumn } from './list-workbook.ts';

interface Row {
  code: string;
  name: string;
  on: string | null;
  capitalVnd: string | null;
  usd: string | null;
  workers: number | null;
}

const columns: ListColumn<Row>[] = [
  { header: 'Mã', kind: 'text', value: (r) => r.code },
  { header: 'Tên dự án', kind: 'text', width: 20, value: (r) => r.name },
  { header: 'Ngày cấp phép', kind: 'date', value: (r) => r.on },
  { header: 'Vốn đăng ký (tỷ đồng)', kind: 'money', scale: 9, value: (r) => r.capitalVnd },
  { header: 'Vốn (USD)', kind: 'money', decimals: 2, value: (r) => r.usd },
  { header: 'Số lao động', kind: 'count', value: (r) => r.workers },
];

const rows: Row[] = [
  {
    code: '3212000021',
    name: 'Nhà máy sản xuất đế giày Jinwoo Việt Nam, một cái tên dài để xuống dòng',
    on: '2019-11-30',
    capitalVnd: '4466777123456',
    usd: '434340000.50',
    workers: 1250,
  },
  { code: '0012', name: 'Dự án\u0001 không vốn', on: null, capitalVnd: null, usd: null, workers: null },
  { code: 'X', name: 'Giảm vốn', on: '2020-02-29', capitalVnd: '-70400000000', usd: '0', workers: 0 },
];

async function load(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

describe('scaledNumber (money in the unit its header names)', () => {
  it('divides the exact decimal by a power of ten, a number only at the end', () => {
    expect(scaledNumber('4466777000000', 9)).toBe(4466.777);
    expect(scaledNumber('4466777123456', 9)).toBe(4466.777123456);
    expect(scaledNumber('-70400000000', 9)).toBe(-70.4);
    expect(scaledNumber('12.50', 0)).toBe(12.5);
    expect(scaledNumber('1', 9)).toBe(0.000000001);
    // 0.1 + 0.2 is never computed: the decimal text is read once.
    expect(scaledNumber('300000000', 9)).toBe(0.3);
    expect(scaledNumber('9223372036854775807', 9)).toBe(Number('9223372036.854775807'));
  });
});

describe('writeListWorkbook', () => {
  it('lays out a title block, a frozen filtered header row and typed cells', async () => {
    const buffer = await writeListWorkbook({
      sheetName: 'Dự án: 2019/2020',
      title: 'Danh sách dự án',
      lines: ['Ban Quản lý: Thái Bình', 'Bộ lọc: loại đầu tư: FDI', 'Xuất lúc 10:00 ngày 30/11/2026'],
      columns,
      rows,
      pageLabel: 'Trang {page}/{pages}',
      numberHeader: 'STT',
    });
    const sheet = await load(buffer);
    expect(sheet.name).toBe('Dự án  2019 2020');
    expect(sheet.getCell('A1').value).toBe('Danh sách dự án');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    // The workbook's own face, not the office suite's default (a serif in LibreOffice).
    expect(sheet.getCell('A1').font.name).toBe('Calibri');
    expect(sheet.getCell('A3').value).toBe('Bộ lọc: loại đầu tư: FDI');
    // Title, three lines, a blank row, then the header (row 6).
    const header = 6;
    expect(sheet.getRow(header).values).toEqual([
      undefined,
      'STT',
      'Mã',
      'Tên dự án',
      'Ngày cấp phép',
      'Vốn đăng ký (tỷ đồng)',
      'Vốn (USD)',
      'Số lao động',
    ]);
    expect(sheet.getCell(header, 2).font.bold).toBe(true);
    expect(sheet.getCell(header, 2).alignment.wrapText).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.autoFilter).toBe(`A${header}:G${header + 3}`);

    const first = sheet.getRow(header + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('3212000021');
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2019, 10, 30)));
    expect(first.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(5).value).toBe(4466.777123456);
    expect(first.getCell(5).numFmt).toBe('#,##0.000');
    expect(first.getCell(6).value).toBe(434340000.5);
    expect(first.getCell(6).numFmt).toBe('#,##0.00');
    expect(first.getCell(7).value).toBe(1250);
    expect(first.getCell(7).numFmt).toBe('#,##0');
    // A wrapped name makes its row taller.
    expect(first.height).toBeGreaterThan(15);

    const second = sheet.getRow(header + 2);
    expect(second.getCell(2).value).toBe('0012'); // text stays text, leading zeros kept
    expect(second.getCell(3).value).toBe('Dự án không vốn'); // no control characters
    expect(second.getCell(4).value).toBeNull();
    expect(second.getCell(5).value).toBeNull();
    const third = sheet.getRow(header + 3);
    expect(third.getCell(5).value).toBe(-70.4);
    expect(third.getCell(7).value).toBe(0);
  });

  it('prints A4 landscape, one page wide, the header row on every page, page numbers below', async () => {
    const sheet = await load(
      await writeListWorkbook({
        sheetName: 'Dự án',
        title: 'Danh sách A & B',
        lines: ['Ban Quản lý: Thái Bình'],
        columns,
        rows,
        pageLabel: 'Trang {page}/{pages}',
      }),
    );
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(sheet.headerFooter.oddFooter).toBe('&L&8Danh sách A && B&R&8Trang &P/&N');
    // Widths from the values: the date column fits dd/mm/yyyy, no column is absurdly wide.
    const widths = sheet.columns.map((c) => c.width ?? 0);
    expect(widths[2]).toBeGreaterThanOrEqual(10);
    expect(Math.max(...widths)).toBeLessThanOrEqual(48);
  });

  it('writes an empty list with its header', async () => {
    const sheet = await load(
      await writeListWorkbook({
        sheetName: 'Trống',
        title: 'Danh sách',
        lines: [],
        columns,
        rows: [],
        pageLabel: 'Trang {page}',
      }),
    );
    expect(sheet.getRow(3).getCell(1).value).toBe('Mã');
    expect(sheet.actualRowCount).toBe(2);
  });
});

describe('listFileName', () => {
  it('names the list, the board(s) and the date in ASCII', () => {
    expect(listFileName('du-an', ['TB'], '2026-11-30')).toBe('du-an_TB_2026-11-30.xlsx');
    expect(listFileName('Nộp báo cáo 2019-Q3', ['TB', 'HY'], '2026-11-30')).toBe(
      'Nop-bao-cao-2019-Q3_TB-HY_2026-11-30.xlsx',
    );
    expect(listFileName('Đơn vị', ['A', 'B', 'C', 'D'], '2026-11-30')).toBe('Don-vi_cac-ban_2026-11-30.xlsx');
    expect(listFileName('du-an', [], '2026-11-30')).toBe('du-an_2026-11-30.xlsx');
  });
});

describe('the bound on a download', () => {
  it('refuses more than LIST_DOWNLOAD_MAX_ROWS rows with LIST_DOWNLOAD_TOO_LARGE (422)', () => {
    expect(() => assertDownloadable(LIST_DOWNLOAD_MAX_ROWS)).not.toThrow();
    let error: unknown;
    try {
      assertDownloadable(LIST_DOWNLOAD_MAX_ROWS + 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'LIST_DOWNLOAD_TOO_LARGE', statusCode: 422 });
  });

  it('writes the largest list it allows in reasonable time and size', { timeout: 120_000 }, async () => {
    const many: Row[] = Array.from({ length: LIST_DOWNLOAD_MAX_ROWS }, (_, i) => ({
      code: `32120${String(i).padStart(5, '0')}`,
      name: `Nhà máy sản xuất linh kiện điện tử số ${i + 1} Việt Nam`,
      on: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
      capitalVnd: `${1_000_000_000 + i * 123_456_789}`,
      usd: `${i}.25`,
      workers: i % 1000,
    }));
    const started = performance.now();
    const buffer = await writeListWorkbook({
      sheetName: 'Dự án',
      title: 'Danh sách dự án',
      lines: ['Ban Quản lý: Thái Bình'],
      columns,
      rows: many,
      pageLabel: 'Trang {page}/{pages}',
      numberHeader: 'STT',
    });
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `list workbook: ${many.length} rows in ${seconds.toFixed(1)} s, ${(buffer.length / 1e6).toFixed(1)} MB`,
    );
    expect(seconds).toBeLessThan(60);
    expect(buffer.length).toBeLessThan(20e6);
  });
});
