import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminApi, it, openInApp, pageLoaded, signIn, type Account, type RunningApp } from './harness.ts';

/** A phone and a tablet held upright. */
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };
/** Each page at the phone's width, for a person to look at (test-results/ is not committed). */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/small-screens');
/** A year of the demo data, opened for filing: completeness lists its 310 enterprises. */
const PERIOD = '2019';

/** Resizes the window and waits for the page to lay itself out again (charts follow on resize). */
async function resize(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
}

/** The page's width against the window's: wider is a failure. */
async function overflow(page: Page, address: string): Promise<string[]> {
  const { scrollWidth, innerWidth } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  )) as { scrollWidth: number; innerWidth: number };
  return scrollWidth > innerWidth ? [`${address} at ${innerWidth} px is ${scrollWidth} px wide`] : [];
}

/** The lines the signed-in user's name takes, opening the account button when it hides behind it. */
async function userNameLines(page: Page): Promise<number> {
  const name = page.getByTestId('user-name');
  const account = page.getByRole('button', { name: 'Tài khoản đang đăng nhập' });
  const behindButton = await account.isVisible();
  if (behindButton) await account.click();
  await name.waitFor();
  const lines = await name.evaluate((element: any) => {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  if (behindButton) {
    await page.keyboard.press('Escape');
    await name.waitFor({ state: 'hidden' });
  }
  return lines;
}

/**
 * A phone signed in as the account: the pages its menu offers, read from the drawer the menu
 * button opens over the page; the user's name on one line at the phone's and the tablet's width.
 */
async function phoneOf(browser: Browser, app: RunningApp, account: Account) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, app, account);
  await pageLoaded(page);
  await page.getByRole('button', { name: 'Mở menu chức năng' }).click();
  const menu = page.getByRole('menu', { name: 'Chức năng' });
  await menu.waitFor();
  // The drawer lies over the page: the page keeps its width.
  expect((await page.locator('.kcn-content').boundingBox())!.width).toBeGreaterThan(PHONE.width - 40);
  const pages = await menu
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as { href: string }).href).pathname));
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  expect(await userNameLines(page)).toBe(1);
  await resize(page, TABLET);
  expect(await userNameLines(page)).toBe(1);
  return { context, pages };
}

/**
 * Visits each page at a phone's width then a tablet's, screenshots it at the phone's width;
 * returns what did not fit.
 */
async function visit(app: RunningApp, page: Page, name: string, addresses: string[]) {
  const problems: string[] = [];
  for (const address of addresses) {
    await resize(page, PHONE);
    await openInApp(app, page, address);
    problems.push(...(await overflow(page, address)));
    const shown = address.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/, 'id');
    const file = `${name}${shown.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.png`;
    await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
    await resize(page, TABLET);
    problems.push(...(await overflow(page, address)));
  }
  return problems;
}

describe('small screens', () => {
  it('every page fits a 390 px phone and a 768 px tablet, for staff, an administrator and an enterprise', async ({
    app,
    browser,
  }) => {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    // A period open for filing and an account for one of its enterprises, as an administrator
    // sets them up; a project and a zone, whose pages the lists lead to.
    const api = await adminApi(app);
    const boards = await api<{ items: { id: string; code: string }[] }>('GET', '/boards');
    const tb = boards.items.find((b) => b.code === 'TB')!;
    await api('POST', '/reporting/periods', { boardId: tb.id, period: PERIOD, open: true });
    const first = async (list: string) =>
      (await api<{ items: { id: string }[] }>('GET', `${list}pageSize=1`)).items[0]!.id;
    const enterpriseId = await first(`/enterprises?boardId=${tb.id}&period=${PERIOD}&`);
    const created = await api<{ user: { username: string }; password: string }>(
      'POST',
      `/enterprises/${enterpriseId}/accounts`,
      { username: 'dn.dienthoai', fullName: 'Lê Thị Hồng Nhung' },
    );
    const enterprise: Account = { username: created.user.username, password: created.password };
    const details = [
      '/projects/new',
      `/projects/${await first('/projects?')}`,
      `/zones/${await first('/zones?')}`,
      `/statistics/enterprises/${enterpriseId}`,
    ];

    const [staff, admin, firm] = await Promise.all([
      phoneOf(browser, app, app.staff),
      phoneOf(browser, app, app.admin),
      phoneOf(browser, app, enterprise),
    ]);
    expect(staff.pages).toEqual(expect.arrayContaining(['/reports/investment', '/statistics/completeness']));
    expect(staff.pages).toEqual(
      expect.arrayContaining([
        '/settings/schedules',
        '/settings/rules',
        '/settings/exchange-rates',
        '/settings/targets',
        '/settings/province-totals',
        '/documents/outgoing',
      ]),
    );
    expect(admin.pages).toEqual(expect.arrayContaining(['/admin/users', '/admin/audit']));
    expect(firm.pages).toEqual(['/filing', '/my-dossiers', '/my-dossiers/new', '/my-difficulties']);

    // The login page; staff's pages on two tabs at once; the administrator's pages beyond staff's;
    // the enterprise's.
    const staffPages = [...staff.pages, ...details];
    const half = Math.ceil(staffPages.length / 2);
    const signedOut = await (await browser.newContext({ viewport: PHONE, locale: 'vi-VN' })).newPage();
    const problems = await Promise.all([
      visit(app, signedOut, 'signed-out', ['/login']),
      visit(app, staff.context.pages()[0]!, 'staff', staffPages.slice(0, half)),
      visit(app, await staff.context.newPage(), 'staff', staffPages.slice(half)),
      visit(
        app,
        admin.context.pages()[0]!,
        'admin',
        admin.pages.filter((address) => !staff.pages.includes(address)),
      ),
      visit(app, firm.context.pages()[0]!, 'enterprise', firm.pages),
    ]);
    expect(problems.flat()).toEqual([]);
    await Promise.all(
      [signedOut.context(), staff.context, admin.context, firm.context].map((context) => context.close()),
    );
  }, 300_000); // about 85 pages, each at two widths, for four users: the menu grows with the modules
});
