import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { it, signIn } from './harness.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist/web');
const PERIOD = 'from=2019-01-01&to=2019-11-30';

/** The seed's figures for 01/01/2019–30/11/2019, as the page shows them. */
async function expectSeedFigures(page: Page) {
  const group = (name: string) => page.getByRole('group', { name, exact: true });
  const link = (scope: ReturnType<Page['getByRole']>, name: string) =>
    scope.getByRole('link', { name, exact: true });
  await expect.poll(() => link(group('Lượt dự án cấp mới và điều chỉnh'), '51').count()).toBe(1);
  await expect.poll(() => link(group('Dự án cấp mới'), '21').count()).toBe(1);
  await expect.poll(() => link(group('Dự án cấp mới'), '4.466,777 tỷ đồng').count()).toBe(1);
  await expect.poll(() => link(group('Lượt điều chỉnh'), '30').count()).toBe(1);
  await expect.poll(() => link(group('Lượt điều chỉnh'), '899,413 tỷ đồng').count()).toBe(1);
  const increases = page.getByRole('row', { name: /Điều chỉnh tăng vốn/ });
  await expect.poll(() => link(increases, '14').count()).toBe(1);
  await expect.poll(() => link(increases, '907,538 tỷ đồng').count()).toBe(1);
  await expect.poll(() => link(group('Dự án còn hiệu lực'), '284').count()).toBe(1);
  await expect
    .poll(() => group('Vốn đầu tư đăng ký').textContent())
    .toBe('Vốn đầu tư đăng ký81.770,544tỷ đồng');
  await expect
    .poll(() => group('Vốn đầu tư thực hiện').textContent())
    .toBe('Vốn đầu tư thực hiện55.555,4tỷ đồng');
  await expect.poll(() => link(group('Tỷ lệ vốn thực hiện/đăng ký'), '67,9%').count()).toBe(1);
  const total = page.getByRole('row', { name: /^Tổng cộng/ });
  await expect.poll(() => link(total, '81.770,544 tỷ đồng').count()).toBe(1);
  await expect.poll(() => link(total, '55.555,4 tỷ đồng').count()).toBe(1);
  await expect.poll(() => page.getByText('231 (81,3%)', { exact: true }).count()).toBe(1);
  await expect.poll(() => page.getByText('53 (18,7%)', { exact: true }).count()).toBe(1);
  await expect
    .poll(() => page.getByTestId('report-text').textContent())
    .toContain(
      'cấp mới và điều chỉnh Quyết định chủ trương đầu tư/Giấy chứng nhận đăng ký đầu tư cho 51 lượt dự án',
    );
  await page.locator('canvas').first().waitFor();
  expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(2);
}

describe('investment and zones reports', () => {
  it('shows the seed figures for a period named in the address, in Vietnamese format, quickly', async ({
    app,
    browser,
  }) => {
    // A fresh browser context (nothing cached), signed in through the API.
    const context = await browser.newContext();
    const login = await context.request.post(`${app.url}/api/v1/auth/login`, { data: app.staff });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${app.url}/reports/investment?${PERIOD}`);
    await page.getByText('4.466,777').first().waitFor();
    const figuresMs = performance.now() - started;
    await expectSeedFigures(page);
    console.log(`figures visible ${Math.round(figuresMs)} ms after navigation (cold cache)`);
    expect(figuresMs).toBeLessThan(5000);
    await context.close();
  });

  it('takes the period from the picker: year 2019, "11 tháng"', async ({ app, browser }) => {
    const page = await browser.newPage();
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/reports/investment`);
    await page.getByRole('group', { name: 'Dự án cấp mới', exact: true }).waitFor();
    const year = page.getByLabel('Năm', { exact: true });
    await year.click();
    await year.fill('2019');
    await page.getByTitle('2019', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2019-01-01');
    await page.getByText('11 tháng', { exact: true }).click();
    await page.waitForURL((url) => url.search.includes(PERIOD));
    await expectSeedFigures(page);
    expect(await page.getByLabel('Từ ngày – đến ngày').inputValue()).toBe('01/01/2019');
    await page.close();
  });

  it('opens the licensing events behind "điều chỉnh tăng vốn" with the report period', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage();
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/reports/investment?${PERIOD}`);
    const link = page
      .getByRole('row', { name: /Điều chỉnh tăng vốn/ })
      .getByRole('link', { name: '14', exact: true });
    // Retried as a whole: on a loaded machine a click while the charts below load and move the
    // page was seen to land beside the link.
    await vi.waitFor(
      async () => {
        if (new URL(page.url()).pathname !== '/licensing-events') await link.click({ timeout: 2_000 });
        await page.waitForURL((url) => url.pathname === '/licensing-events', { timeout: 3_000 });
      },
      { timeout: 30_000, interval: 200 },
    );
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe('2019-01-01');
    expect(params.get('to')).toBe('2019-11-30');
    expect(params.getAll('kind')).toEqual(['adjustment']);
    expect(params.get('change')).toBe('increase');
    // The server gives the list those parameters name: 14 events.
    const list = await page.request.get(`${app.url}/api/v1/licensing-events?${params.toString()}`);
    expect(((await list.json()) as { total: number }).total).toBe(14);
    await expect.poll(() => page.getByTestId('events-total').textContent()).toContain('14');
    await page.close();
  });

  it('counts zones by status at a date, each count a link to those zones', async ({ app, browser }) => {
    const page = await browser.newPage();
    await signIn(page, app, app.viewer);
    await page.goto(`${app.url}/reports/zones?asOf=2024-06-30`);
    const operating = page.getByRole('row', { name: /^Đã đi vào hoạt động/ });
    await expect.poll(() => operating.getByRole('link').first().textContent()).toBe('8');
    await expect
      .poll(() => page.getByTestId('report-text').textContent())
      .toContain('Đến ngày 30/06/2024: 12 khu');
    await page.locator('canvas').first().waitFor();
    await operating.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === '/zones');
    const params = new URL(page.url()).searchParams;
    expect(params.get('status')).toBe('operating');
    expect(params.get('asOf')).toBe('2024-06-30');
    await expect.poll(() => page.getByText('8 bản ghi').count()).toBe(1);
    await page.close();
  });

  it("shows the year's plan in the board's words and units, and never one axis for đồng and USD", async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage();
    await signIn(page, app, app.viewer);
    await page.goto(`${app.url}/reports/production?period=2019`);
    const plan = page
      .getByRole('region', { name: 'Thực hiện kế hoạch năm' })
      .or(page.locator('.ant-card').filter({ hasText: 'Thực hiện kế hoạch năm' }));
    await expect.poll(() => plan.first().textContent()).toContain('Việc làm mới');
    const text = (await plan.first().textContent())!;
    expect(text).toContain('Vốn đầu tư thu hút');
    expect(text).not.toMatch(/newJobs|attractedCapitalVnd|5000000000000/);
    // The plan of 5 000 tỷ đồng is written as the results are: in tỷ đồng.
    const attracted = page.getByRole('row', { name: /^Vốn đầu tư thu hút/ });
    expect(await attracted.textContent()).toContain('5.000');
    expect(text).toContain('So với cùng kỳ');
    // One chart per unit.
    await expect.poll(() => page.getByRole('img', { name: /\(tỷ đồng\)$/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /\(triệu USD\)$/ }).count()).toBe(1);
    await page.close();
  });

  it('keeps the first load small: the entry and its preloads', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const files = [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g),
    ].map((m) => m[1]!);
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file))).length, 0);
    console.log(`first load: ${files.length} JS files, ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(files.length).toBeGreaterThan(1);
    expect(gzip).toBeLessThan(400 * 1024);
  });
});
