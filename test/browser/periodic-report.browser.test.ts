import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { wordParagraphs, zipParts } from '../office-files.ts';
import { it, signIn } from './harness.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/periodic-report');

describe("the board's periodic report from its page", () => {
  it('is reached from the Báo cáo menu and downloads the year as one Word report with its three sections', async ({
    app,
    browser,
  }) => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(page, app, app.staff);
    // Under Báo cáo, beside the other reports.
    await page.goto(`${app.url}/reports/production?period=2019`);
    await page.getByRole('menuitem', { name: 'Báo cáo định kỳ' }).click();
    await page.waitForURL(/\/reports\/periodic$/);
    await page.goto(`${app.url}/reports/periodic?period=2019`);
    const contents = page.getByTestId('periodic-contents');
    await contents.waitFor();
    expect(await contents.innerText()).toContain('BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG CÁC KCN, KKT NĂM 2019');
    expect(await contents.innerText()).toContain('so với cùng kỳ năm 2018');
    await page.getByRole('button', { name: /Tải Word/ }).waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'periodic-1440.png'), fullPage: true });
    // Its Excel form too: every table of the three sections, a sheet each.
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Tải Excel/ }).click(),
    ]);
    expect(workbook.suggestedFilename()).toBe('bao-cao-dinh-ky_TB_2019.xlsx');

    await page.getByRole('button', { name: /Tải Word/ }).click();
    const word = page.getByRole('dialog', { name: 'Tải báo cáo Word (thể thức Nghị định 30)' });
    await word.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Hải');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      word.getByRole('button', { name: 'Tải về' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('bao-cao-dinh-ky_TB_2019.docx');
    const paragraphs = wordParagraphs(
      (await zipParts(readFileSync((await file.path())!))).get('word/document.xml')!,
    );
    for (const line of [
      'TÌNH HÌNH HOẠT ĐỘNG CÁC KCN, KKT NĂM 2019',
      'I. Tình hình thu hút đầu tư',
      'II. Tình hình sản xuất kinh doanh của doanh nghiệp',
      'III. Tình hình các khu công nghiệp, khu kinh tế',
      'Nguyễn Văn Hải',
    ])
      expect(paragraphs).toContain(line);
    expect(paragraphs.join('\n')).toContain('cho 53 lượt dự án');
  });
});
