import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fillDate, it, pick, signIn, type Account, type RunningApp } from './harness.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/document-register');

async function pageAs(browser: Browser, app: RunningApp, account: Account, width = 1440): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await signIn(page, app, account);
  return page;
}

describe('the register of outgoing documents', () => {
  it('staff take numbers in the yearly sequence, 01 then 02, and a viewer only reads the register', async ({
    app,
    browser,
  }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const staff = await pageAs(browser, app, app.staff);
    await staff.getByRole('menuitem', { name: /Sổ văn bản đi/ }).click();
    await staff.waitForURL(/\/documents\/outgoing$/);
    await staff.getByText('Chưa có văn bản nào được lấy số.').waitFor();

    const take = async (summary: string, date: string, signer?: string) => {
      await staff.getByRole('button', { name: /Lấy số văn bản/ }).click();
      const dialog = staff.getByRole('dialog', { name: 'Lấy số văn bản đi' });
      await dialog.getByLabel('Trích yếu', { exact: true }).fill(summary);
      await fillDate(staff, 'Ngày văn bản', date);
      if (signer) {
        await dialog.getByLabel('Người ký', { exact: true }).fill(signer);
        await dialog.getByLabel('Chức vụ người ký').fill('TRƯỞNG BAN');
      }
      await dialog.getByRole('button', { name: 'Lấy số', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await take('Tình hình thu hút đầu tư 11 tháng năm 2019', '30/11/2019', 'Nguyễn Văn Hải');
    await staff.getByText('Đã lấy số 01/BC-BQL.').waitFor();
    // A wrong abbreviation is refused on its field, and nothing is taken.
    await staff.getByRole('button', { name: /Lấy số văn bản/ }).click();
    const dialog = staff.getByRole('dialog', { name: 'Lấy số văn bản đi' });
    await dialog
      .getByLabel('Trích yếu', { exact: true })
      .fill('Báo cáo tình hình hoạt động các KCN năm 2019');
    await dialog.getByLabel('Chữ viết tắt của Ban').fill('B Q L');
    await dialog.getByRole('button', { name: 'Lấy số', exact: true }).click();
    await dialog.getByText('Chỉ chữ cái không dấu (và Đ) với chữ số, 2–12 ký tự, ví dụ BQL.').waitFor();
    await dialog.getByLabel('Chữ viết tắt của Ban').fill('BQL');
    await fillDate(staff, 'Ngày văn bản', '05/01/2020');
    await dialog.getByRole('button', { name: 'Lấy số', exact: true }).click();
    await staff.getByText('Đã lấy số 01/BC-BQL.').last().waitFor();
    await take('Kế hoạch xúc tiến đầu tư năm 2020', '10/01/2020');
    await staff.getByText('Đã lấy số 02/BC-BQL.').waitFor();

    await expect
      .poll(() => staff.locator('tbody tr.ant-table-row td:first-child').allTextContents())
      .toEqual(['02/BC-BQL', '01/BC-BQL', '01/BC-BQL']);
    await expect
      .poll(() => staff.getByRole('row', { name: /Nguyễn Văn Hải/ }).textContent())
      .toContain('30/11/2019');
    await staff.screenshot({ path: path.join(SCREENSHOTS, 'register-1440.png'), fullPage: true });

    // The year filter keeps 2019's register alone.
    await pick(staff, staff.getByRole('combobox', { name: 'Năm' }), '2019');
    await expect
      .poll(() => staff.locator('tbody tr.ant-table-row td:first-child').allTextContents())
      .toEqual(['01/BC-BQL']);

    const viewer = await pageAs(browser, app, app.viewer, 390);
    await viewer.goto(`${app.url}/documents/outgoing`);
    await viewer.getByText('02/BC-BQL').waitFor();
    expect(await viewer.getByRole('button', { name: 'Lấy số văn bản' }).count()).toBe(0);
    expect(await viewer.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await viewer.screenshot({ path: path.join(SCREENSHOTS, 'register-390.png'), fullPage: true });
    await staff.context().close();
    await viewer.context().close();
  });
});
