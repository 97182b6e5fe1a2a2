import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { wordParagraphs, zipParts } from '../office-files.ts';
import { it, signIn } from './harness.ts';

const INVESTMENT_2019 = '/reports/investment?from=2019-01-01&to=2019-11-30';

/** Clicks and returns what the browser downloaded: its name and its bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
}

describe("a report's documents from its page", () => {
  it('downloads the Word report with a number taken in the register and its signer, the Excel form, and remembers the signer', async ({
    app,
    browser,
  }) => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}${INVESTMENT_2019}`);
    await page.getByTestId('report-text').waitFor();
    // In (print): the report alone, without the menu, the header or the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kcn-sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Tải Word/ }).isVisible()).toBe(false);
    expect(await page.getByTestId('report-text').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: /Tải Word/ }).click();
    const word = page.getByRole('dialog', { name: 'Tải báo cáo Word (thể thức Nghị định 30)' });
    await word.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Hải');
    await word.getByLabel('Chức vụ người ký').fill('TRƯỞNG BAN');
    // A number from the board's register, the report's summary already written.
    await word.getByRole('button', { name: /Lấy số/ }).click();
    const take = page.getByRole('dialog', { name: 'Lấy số văn bản đi' });
    await expect
      .poll(() => take.getByLabel('Trích yếu', { exact: true }).inputValue())
      .toBe('Tình hình thu hút đầu tư từ ngày 01/01/2019 đến ngày 30/11/2019');
    await take.getByRole('button', { name: 'Lấy số', exact: true }).click();
    await take.waitFor({ state: 'hidden' });
    await expect.poll(() => word.getByLabel('Số, ký hiệu').inputValue()).toBe('01/BC-BQL');

    const docx = await download(page, () => word.getByRole('button', { name: 'Tải về' }).click());
    expect(docx.name).toMatch(/\.docx$/);
    const text = wordParagraphs((await zipParts(docx.content)).get('word/document.xml')!).join('\n');
    expect(text).toContain('01/BC-BQL');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('51 lượt dự án');
    expect(text).toContain('4.466,777 tỷ đồng');
    expect(text).toContain('Nguyễn Văn Hải');
    await word.waitFor({ state: 'hidden' });

    const xlsx = await download(page, () => page.getByRole('button', { name: /Tải Excel/ }).click());
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const numbers = workbook.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v) => typeof v === 'number');
    expect(numbers.length).toBeGreaterThan(5);

    // The signer is remembered for the board's next report; the register lists the number.
    await page.goto(`${app.url}/reports/zones?asOf=2019-11-30`);
    await page.getByRole('button', { name: /Tải Word/ }).click();
    const again = page.getByRole('dialog', { name: 'Tải báo cáo Word (thể thức Nghị định 30)' });
    await expect
      .poll(() => again.getByLabel('Người ký', { exact: true }).inputValue())
      .toBe('Nguyễn Văn Hải');
    await again.getByRole('button', { name: 'Hủy' }).click();
    await page.goto(`${app.url}/documents/outgoing`);
    await page.getByRole('row', { name: /01\/BC-BQL.*Tình hình thu hút đầu tư/ }).waitFor();
    await page.context().close();
  });
});
