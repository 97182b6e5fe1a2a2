import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { button, choose, fillDate, it, signIn } from './harness.ts';

const WAIT = { timeout: 20_000 };
/** A year the demo data leaves empty, so every figure of it comes from this story. */
const REPORT_2025 = '/reports/investment?from=2025-01-01&to=2025-12-31';

const figure = (page: Page, group: string, value: string) =>
  page.getByRole('group', { name: group, exact: true }).getByRole('link', { name: value, exact: true });

/**
 * The board's everyday story, end to end in the browser: a staff member registers a project with
 * its certificate, adjusts its capital, sees the report's figures change, clicks a figure and finds
 * the project behind it.
 */
describe('from a certificate to the report figure and back', () => {
  it('registers, adjusts, sees the report change, and finds the project from the figure', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.staff);

    // Before: nothing licensed in 2025.
    await page.goto(`${app.url}${REPORT_2025}`);
    await expect.poll(() => figure(page, 'Dự án cấp mới', '0').count(), WAIT).toBe(1);

    // A new investment registration certificate.
    await page.goto(`${app.url}/projects/new`);
    await page.getByLabel('Mã số dự án').fill('2121777001');
    await page.getByLabel('Tên dự án').fill('Nhà máy linh kiện điện tử Đông Hưng');
    await choose(page, 'Khu', 'Tiền Hải');
    await page.getByLabel('Đầu tư nước ngoài (FDI)').check();
    await page.getByLabel('Tên nhà đầu tư').fill('Hanbit Electronics Co., Ltd.');
    await choose(page, 'Quốc gia', 'Hàn Quốc');
    await fillDate(page, 'Ngày cấp', '15/03/2025');
    await page.getByLabel('Số GCNĐKĐT').fill('2121777001');
    await page.getByLabel('Vốn đầu tư đăng ký (đồng)').fill('230000000000');
    await page.getByLabel('Vốn đầu tư đăng ký (USD)').fill('9000000');
    await button(page, 'Đăng ký dự án').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/, WAIT);
    await page.getByText('Cấp mới GCNĐKĐT').waitFor(WAIT);
    const projectPage = page.url();

    // The report now counts it: 1 new project, 230,000 tỷ đồng.
    await page.goto(`${app.url}${REPORT_2025}`);
    await expect.poll(() => figure(page, 'Dự án cấp mới', '1').count(), WAIT).toBe(1);
    await expect.poll(() => figure(page, 'Dự án cấp mới', '230,000 tỷ đồng').count(), WAIT).toBe(1);
    await expect.poll(() => figure(page, 'Lượt điều chỉnh', '0').count(), WAIT).toBe(1);

    // Its capital is adjusted up to 280 tỷ đồng.
    await page.goto(projectPage);
    await button(page, 'Điều chỉnh').click();
    await fillDate(page, 'Ngày điều chỉnh', '02/09/2025');
    await page.getByLabel('Số GCNĐKĐT điều chỉnh').fill('2121777001-ĐC1');
    await page.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (đồng)').fill('280000000000');
    // A foreign project states its capital in USD too (else the report's USD figures drift).
    await page.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (USD)').fill('12000000');
    await page.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
    await page.getByText('Điều chỉnh lần 1').waitFor(WAIT);
    await page.getByText('Tăng 50,000 tỷ đồng').waitFor(WAIT);

    // The report's figures change: one adjustment, capital up 50,000 tỷ đồng, one increase.
    await page.goto(`${app.url}${REPORT_2025}`);
    await expect.poll(() => figure(page, 'Lượt điều chỉnh', '1').count(), WAIT).toBe(1);
    await expect.poll(() => figure(page, 'Lượt điều chỉnh', '50,000 tỷ đồng').count(), WAIT).toBe(1);
    await expect.poll(() => figure(page, 'Lượt dự án cấp mới và điều chỉnh', '2').count(), WAIT).toBe(1);
    await expect
      .poll(() => page.getByTestId('report-text').textContent(), WAIT)
      .toContain('cho 2 lượt dự án');

    // The "tăng vốn" figure opens the event behind it, and the event the project.
    await page
      .getByRole('row', { name: /Điều chỉnh tăng vốn/ })
      .getByRole('link', { name: '1', exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === '/licensing-events', WAIT);
    await expect.poll(() => page.getByTestId('events-total').textContent(), WAIT).toContain('1');
    await page.getByRole('link', { name: /2121777001 — Nhà máy linh kiện điện tử Đông Hưng/ }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/, WAIT);
    await page.getByText('Hanbit Electronics Co., Ltd.').waitFor(WAIT);
    await page.close();
  });
});
