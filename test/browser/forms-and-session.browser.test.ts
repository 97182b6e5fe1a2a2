import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { button, choose, it, signIn } from './harness.ts';

/** Pages answer within seconds even on a busy machine. */
const WAIT = { timeout: 20_000 };

/** The writes (POST, PUT, PATCH, DELETE) the page sends to the API, as "METHOD /path". */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && request.url().includes('/api/v1/'))
      writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  return writes;
}

/** Types a date into a date picker and presses Enter, as people do to confirm it. */
async function typeDateAndEnter(page: Page, label: string, date: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.fill(date);
  await page.keyboard.press('Enter');
  // What Enter would set off (a request, a page change) happens at once; give it the time.
  await page.waitForTimeout(800);
}

/**
 * Everything the page ever showed or logged that a user must never see: React Router's crash
 * screen (in English) and the session hook's internal error, even for a moment.
 */
async function watchForCrashes(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/useSession|Unexpected Application Error|HydrateFallback/.test(message.text()))
      seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`error: ${error.message}`));
  await page.exposeFunction('__kcnSawCrash', (text: string) => seen.push(`screen: ${text}`));
  // As a string: these tests are compiled without the DOM's types.
  await page.addInitScript(`
    new MutationObserver(() => {
      const text = document.body ? document.body.innerText : '';
      const match = /Unexpected Application Error|useSession outside|404 Not Found/.exec(text);
      if (match) window.__kcnSawCrash(match[0]);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  `);
  return seen;
}

describe('forms: Enter in a date field', () => {
  it('registering a project: Enter confirms the date and sends nothing; the button sends', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const writes = recordWrites(page);
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/projects/new`);
    await page.getByRole('heading', { name: 'Đăng ký dự án mới' }).waitFor();

    // Every field filled except the date, which is typed last and confirmed with Enter.
    await page.getByLabel('Mã số dự án').fill('2121999101');
    await page.getByLabel('Tên dự án').fill('Nhà máy bao bì Phím Enter');
    // The pickers find their options typed without accents.
    await choose(page, 'Khu', 'tien hai');
    await page.getByLabel('Đầu tư trong nước').check();
    await page.getByLabel('Tên nhà đầu tư').fill('Công ty TNHH Bao bì Enter');
    await choose(page, 'Quốc gia', 'viet nam');
    await page.getByLabel('Số GCNĐKĐT').fill('2121999101');
    await page.getByLabel('Vốn đầu tư đăng ký (đồng)').fill('50000000000');
    await typeDateAndEnter(page, 'Ngày cấp', '15/03/2025');

    expect(writes.filter((w) => w.startsWith('POST /api/v1/projects'))).toEqual([]);
    expect(page.url()).toMatch(/\/projects\/new$/);
    await expect.poll(() => page.getByLabel('Ngày cấp', { exact: true }).inputValue()).toBe('15/03/2025');

    // The button sends it, with the date Enter confirmed.
    await button(page, 'Đăng ký dự án').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/, WAIT);
    await page.getByRole('heading', { name: 'Nhà máy bao bì Phím Enter' }).waitFor();
    await expect.poll(() => page.getByText('15/03/2025').count(), WAIT).toBeGreaterThan(0);

    // Adjusting: Enter in the date keeps the dialog open and records nothing.
    await button(page, 'Điều chỉnh').click();
    const adjust = page.getByRole('dialog');
    await page.getByLabel('Số GCNĐKĐT điều chỉnh').fill('2121999101-ĐC1');
    await typeDateAndEnter(page, 'Ngày điều chỉnh', '20/06/2025');
    expect(writes.filter((w) => w.includes('/licensing-events'))).toEqual([]);
    expect(await adjust.isVisible()).toBe(true);
    await page.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (đồng)').fill('60000000000');
    await page.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
    await page.getByText('Điều chỉnh lần 1').waitFor(WAIT);
    expect(writes.filter((w) => w.includes('/licensing-events'))).toHaveLength(1);

    // Implemented capital: the same.
    await button(page, 'Ghi vốn thực hiện').click();
    await page.getByLabel('Vốn thực hiện lũy kế (đồng)').fill('1000000000');
    await typeDateAndEnter(page, 'Tính đến ngày', '30/06/2025');
    expect(writes.filter((w) => w.includes('/capital-implementations'))).toEqual([]);
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    await page.close();
  });

  it('a dialog opened for another project starts empty', async ({ app, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/projects?status=active`);
    const rows = page.getByRole('row');
    await rows.nth(2).getByRole('link').first().waitFor(WAIT);
    const second = (await rows.nth(2).getByRole('link').first().textContent())!;
    await rows.nth(1).getByRole('link').first().click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);

    // Half an adjustment typed on the first project, then abandoned.
    await button(page, 'Điều chỉnh').click();
    await page.getByLabel('Số GCNĐKĐT điều chỉnh').fill('SO-CU-DU-AN-KHAC');
    await page.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (đồng)').fill('123000000000');
    await page.getByRole('button', { name: 'Hủy' }).click();

    // Another project, reached without reloading the page.
    await page.goBack();
    await page.getByRole('link', { name: second, exact: true }).first().click();
    await page.getByRole('heading', { name: second }).waitFor(WAIT);
    await button(page, 'Điều chỉnh').click();
    await expect.poll(() => page.getByLabel('Số GCNĐKĐT điều chỉnh').inputValue()).toBe('');
    await expect
      .poll(() => page.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (đồng)').inputValue())
      .toBe('');
    // The certificate number is the record's own: the browser offers no number typed elsewhere.
    expect(await page.getByLabel('Số GCNĐKĐT điều chỉnh').getAttribute('autocomplete')).toBe('off');
    await page.close();
  });
});

describe('session: signing out, deep links, errors', () => {
  it('signs out without a crash screen and without saying the session expired', async ({ app, browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const crashes = await watchForCrashes(page);
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/projects`);
    await page.getByTestId('list-total').waitFor(WAIT);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await page.waitForTimeout(500);
    expect(crashes).toEqual([]);
    expect(await page.getByText('Phiên làm việc đã hết hạn').count()).toBe(0);

    // After signing out, a page of the app asks to sign in — the session did not "expire".
    await page.goto(`${app.url}/zones`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByText('Phiên làm việc đã hết hạn').count()).toBe(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('a first visit to a deep link shows the login page, then the page asked for', async ({
    app,
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const crashes = await watchForCrashes(page);
    await page.goto(`${app.url}/projects?investmentType=FDI`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByText('Phiên làm việc đã hết hạn').count()).toBe(0);
    await page.getByLabel('Tên đăng nhập').fill(app.viewer.username);
    await page.getByLabel('Mật khẩu').fill(app.viewer.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/projects\?investmentType=FDI$/);
    await page.getByTestId('list-total').waitFor(WAIT);
    // No load warns that a lazy page has nothing to show while it loads.
    expect(crashes).toEqual([]);
    await context.close();
  });

  it("a page that cannot be loaded gets a Vietnamese page with a way on, not the router's crash screen", async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage();
    const crashes = await watchForCrashes(page);
    await signIn(page, app, app.viewer);
    await page.goto(`${app.url}/projects`);
    await page.getByTestId('list-total').waitFor(WAIT);
    // A new version was installed while the tab was open: the zones page's old chunk is gone.
    await page.route(/\/assets\/ZonesPage-[^/]+\.js$/, (route) => route.abort());
    await page.getByRole('link', { name: 'Khu công nghiệp, khu kinh tế', exact: true }).click();
    await page.getByText('Không mở được trang này').waitFor(WAIT);
    expect(await page.getByText(/Unexpected Application Error|Hey developer/).count()).toBe(0);
    // Still inside the app: the menu is there, and reloading loads the new version.
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(1);
    await page.unroute(/\/assets\/ZonesPage-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Tải lại trang' }).click();
    await page.getByRole('link', { name: 'KCN Phúc Khánh' }).waitFor(WAIT);
    expect(crashes).toEqual([]);
    await page.close();
  });
});

describe('the projects list at 1440 px, the pickers, the API documentation', () => {
  /** "7.607,400 tỷ đồng" → 7607.4 */
  const ty = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

  it('sorts by either capital, and shows both capitals whole, none under the sticky column', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.viewer);
    await page.goto(`${app.url}/projects`);
    await page.getByTestId('list-total').waitFor(WAIT);
    const column = (index: number) =>
      page.locator('.ant-table-tbody tr.ant-table-row').locator(`td:nth-child(${index})`);
    const headers = await page.locator('.ant-table-thead th').allInnerTexts();
    const registered = headers.findIndex((h) => h.includes('Vốn đăng ký hiện tại')) + 1;
    const implemented = headers.findIndex((h) => h.includes('Vốn thực hiện')) + 1;
    expect(registered).toBeGreaterThan(0);
    expect(implemented).toBeGreaterThan(0);

    // The largest registered capital first, then the smallest.
    await page
      .locator('.ant-table-thead th')
      .nth(registered - 1)
      .click();
    await page.waitForURL(/sort=-registeredCapitalVnd/);
    await expect
      .poll(async () => {
        const values = (await column(registered).allInnerTexts()).slice(0, 5).map(ty);
        return values.length === 5 && values.every((v, i) => i === 0 || values[i - 1]! >= v);
      }, WAIT)
      .toBe(true);
    await page
      .locator('.ant-table-thead th')
      .nth(registered - 1)
      .click();
    await page.waitForURL(/sort=registeredCapitalVnd/);
    await page
      .locator('.ant-table-thead th')
      .nth(implemented - 1)
      .click();
    await page.waitForURL(/sort=-implementedVnd/);
    await expect
      .poll(async () => ty((await column(implemented).allInnerTexts())[0] ?? ''), WAIT)
      .toBe(6647.987);

    // Every capital is seen whole where it is: inside its cell, nothing drawn over it.
    await page.waitForTimeout(300);
    const hidden = await page.evaluate(`(() => {
      const problems = [];
      const container = document.querySelector('.ant-table-content, .ant-table-body');
      if (container.scrollWidth > container.clientWidth) problems.push('the table scrolls sideways');
      for (const index of [${registered}, ${implemented}]) {
        for (const td of document.querySelectorAll('.ant-table-tbody tr.ant-table-row td:nth-child(' + index + ')')) {
          const text = td.querySelector('span') || td;
          const box = text.getBoundingClientRect();
          const cell = td.getBoundingClientRect();
          if (box.right > cell.right || box.left < cell.left) problems.push('outside its cell: ' + td.innerText);
          if (box.bottom > window.innerHeight) continue;
          const top = document.elementFromPoint(box.right - 2, box.top + box.height / 2);
          if (!text.contains(top)) problems.push('covered: ' + td.innerText);
        }
      }
      return problems;
    })()`);
    expect(hidden).toEqual([]);
    await page.close();
  });

  it('the API documentation is drawn with its styles, nothing blocked; the site has an icon', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${app.url}/api/docs`);
    await page.locator('.swagger-ui .info').waitFor(WAIT);
    await page.waitForTimeout(500);
    expect(blocked).toEqual([]);
    const icon = await page.request.get(`${app.url}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    await page.close();
  });
});
