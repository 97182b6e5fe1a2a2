import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  a4PageSetup,
  frozenHeader,
  LINE_HEIGHT,
  pageFooter,
  wrappedLines,
  writeHeaderRow,
  writeTitleBlock,
} from './print-setup.ts';

async function roundTrip(workbook: ExcelJS.Workbook) {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return read.worksheets[0]!;
}

describe('print set-up pieces', () => {
  it('sets A4 up, fit to one page wide with the flag that enables the fit, the header rows repeated', async () => {
    expect(a4PageSetup({ orientation: 'portrait' })).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(a4PageSetup({ orientation: 'portrait' })).not.toHaveProperty('printTitlesRow');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Bảng', {
      views: frozenHeader(4),
      pageSetup: a4PageSetup({ orientation: 'landscape', titleRows: { first: 4, last: 4 } }),
      headerFooter: pageFooter('Báo cáo A & B', 'Trang {page}/{pages}'),
    });
    const sheet = await roundTrip(workbook);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, topLeftCell: 'A5' });
    expect(sheet.headerFooter.oddFooter).toBe('&L&8Báo cáo A && B&R&8Trang &P/&N');
  });

  it('writes a title block across the table and a header row as tall as its wrapped headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Bảng');
    sheet.columns = [{ width: 10 }, { width: 12 }];
    const next = writeTitleBlock(
      sheet,
      1,
      [
        { text: 'TIÊU ĐỀ', font: { bold: true, size: 14 }, center: true },
        { text: 'Ban Quản lý\u0001: Thái Bình', font: {} },
      ],
      2,
      22,
    );
    expect(next).toBe(3);
    writeHeaderRow(
      sheet.getRow(4),
      [
        { header: 'Mã', horizontal: 'left' },
        { header: 'Giá trị sản xuất công nghiệp (đồng)', horizontal: 'center' },
      ],
      [10, 12],
    );
    const read = await roundTrip(workbook);
    expect(read.getCell('A1').value).toBe('TIÊU ĐỀ');
    expect(read.getCell('A1').isMerged).toBe(true);
    expect(read.getCell('A1').font).toMatchObject({ name: 'Calibri', bold: true, size: 14 });
    expect(read.getCell('A1').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(read.getCell('A2').value).toBe('Ban Quản lý: Thái Bình');
    expect(read.getCell('B4').font).toMatchObject({ name: 'Calibri', bold: true });
    expect(read.getCell('B4').alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    // "Giá trị sản xuất công nghiệp (đồng)" in 12 characters of bold: 4 lines.
    expect(read.getRow(4).height).toBe(4 * LINE_HEIGHT + 4);
  });

  it('counts the lines a text wraps to, words kept whole', () => {
    expect(wrappedLines('ngắn', 10)).toBe(1);
    expect(wrappedLines('Công ty TNHH Sản xuất và Thương mại Hưng Thịnh', 20)).toBe(3);
    expect(wrappedLines('một\nhai', 40)).toBe(2);
    expect(wrappedLines('x'.repeat(44), 11)).toBe(4); // 11 a line
  });
});
