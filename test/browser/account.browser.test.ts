import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { button, it as journey, pick, signIn, type Account, type RunningApp } from './harness.ts';

/** The account page at a desk's and a phone's width, for review by a person (not committed). */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/account');
/** The demo's bloc (khối thi đua), of which the demo board is a member. */
const BLOC = { code: 'DBSH', name: 'Khối thi đua các Ban Quản lý KCN, KKT vùng Đồng bằng sông Hồng' };

const it = journey;

async function pageFor(browser: Browser, app: RunningApp, account: Account, width = 1440): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, app, account);
  return page;
}

async function login(app: RunningApp, username: string, password: string) {
  return fetch(`${app.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

/** GET /auth/me with a script's API token. */
async function meWithToken(app: RunningApp, secret: string) {
  return fetch(`${app.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
}

/** The error messages antd shows under the form field with this label. */
function fieldErrors(page: Page, label: string) {
  return page
    .locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');
}

describe('my account', () => {
  it('a staff member changes their password, then makes, uses and revokes an API token', async ({
    app,
    browser,
  }) => {
    // Another session of the same person (another computer): the change of password ends it.
    const other = await login(app, app.staff.username, app.staff.password);
    const otherCookie = other.headers.get('set-cookie')!.split(';')[0]!;

    const page = await pageFor(browser, app, app.staff);
    // From the header: the user's name opens their account.
    await page.getByRole('link', { name: 'Nguyễn Thị Lan' }).click();
    await page.waitForURL(/\/account$/);
    await expect.poll(() => page.getByRole('heading', { name: 'Tài khoản của tôi' }).count()).toBe(1);
    const profile = page.locator('.ant-card', { hasText: 'Thông tin tài khoản' });
    await expect.poll(() => profile.textContent()).toContain('can.bo');
    expect(await profile.textContent()).toMatch(/Vai trò\s*Cán bộ/);
    expect(await profile.textContent()).toContain(
      (await page.getByTestId('board-name').textContent())!.trim(),
    );

    // A guessable password is refused, with the server's advice on the field.
    await page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill(app.staff.password);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('nguyenthilan2024');
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill('nguyenthilan2024');
    await button(page, 'Đổi mật khẩu').click();
    await expect
      .poll(() => fieldErrors(page, 'Mật khẩu mới').textContent())
      .toContain('Mật khẩu quá dễ đoán.');
    expect(await fieldErrors(page, 'Mật khẩu mới').textContent()).toContain('Hãy dùng một cụm vài từ ít gặp');
    expect((await login(app, app.staff.username, app.staff.password)).status).toBe(200);

    // A strong one is taken; the page says the other sessions were signed out, and they were.
    const strong = 'Mua-Thu-Ha-Noi-Sen-Hong-77';
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(strong);
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(strong);
    await button(page, 'Đổi mật khẩu').click();
    const done = page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu.' });
    await expect.poll(() => done.count()).toBe(1);
    expect(await done.textContent()).toContain('Các phiên đăng nhập khác của bạn');
    expect(await page.getByLabel('Mật khẩu mới', { exact: true }).inputValue()).toBe('');
    expect((await fetch(`${app.url}/api/v1/auth/me`, { headers: { cookie: otherCookie } })).status).toBe(401);
    expect((await login(app, app.staff.username, app.staff.password)).status).toBe(401);
    expect((await login(app, app.staff.username, strong)).status).toBe(200);
    // This session stays signed in.
    expect((await page.request.get(`${app.url}/api/v1/auth/me`)).status()).toBe(200);

    // An API token: its secret is shown once, works as a Bearer token, and stops when revoked.
    await page.getByRole('button', { name: 'Tạo mã truy cập' }).click();
    const create = page.getByRole('dialog', { name: 'Tạo mã truy cập API' });
    await create.getByLabel('Tên mã').fill('Đồng bộ số liệu');
    await create.getByRole('button', { name: 'Tạo mã' }).click();
    const shown = page.getByRole('dialog', { name: 'Mã truy cập "Đồng bộ số liệu"' });
    await expect.poll(() => shown.getByText('Mã chỉ hiển thị một lần này').count()).toBe(1);
    const secret = (await shown.getByTestId('token-secret').textContent())!.trim();
    expect(secret).toMatch(/^kcn_/);
    const me = await meWithToken(app, secret);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { username: string }).username).toBe(app.staff.username);
    await shown.getByRole('button', { name: /Tôi đã lưu mã/ }).click();
    await expect.poll(() => shown.isVisible()).toBe(false);
    await expect.poll(() => page.getByText(secret).count()).toBe(0);

    // The list shows it with its dates, the use just made included.
    await page.reload();
    const row = page.getByRole('row', { name: /Đồng bộ số liệu/ });
    await expect.poll(() => row.textContent()).toContain(secret.slice(0, 10));
    expect(await row.textContent()).not.toContain('Chưa dùng');
    expect(await row.textContent()).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d/);

    await row.getByRole('button', { name: 'Thu hồi' }).click();
    const ok = page.getByRole('button', { name: 'Đồng ý' });
    await expect.poll(() => ok.count()).toBe(1);
    await ok.click();
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => page.getByText('Bạn chưa có mã truy cập nào.').count()).toBe(1);
    expect((await meWithToken(app, secret)).status).toBe(401);

    // For review: the page at a desk's width, then on a phone, where it must not overflow.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'account-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(async () =>
        Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')),
      )
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'account-390.png'), fullPage: true });
    await page.context().close();
  });

  it('a national administrator creates a bloc user, who then sees the bloc’s boards', async ({
    app,
    browser,
  }) => {
    const page = await pageFor(browser, app, app.admin);
    await page.goto(`${app.url}/admin/users`);
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.getByLabel('Tên đăng nhập').fill('khoi.dbsh');
    await dialog.getByLabel('Họ và tên').fill('Đặng Thu Hà');
    await pick(page, dialog.getByLabel('Vai trò'), 'Xem —');
    // Ant Design's radio buttons hide the input itself: the button is its label.
    await dialog.locator('label', { has: page.getByRole('radio', { name: 'Khối thi đua' }) }).click();
    await pick(page, dialog.getByRole('combobox', { name: 'Khối thi đua' }), `${BLOC.name} (${BLOC.code})`);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const shown = page.getByRole('dialog', { name: 'Đã tạo tài khoản khoi.dbsh' });
    const password = (await shown.getByTestId('one-time-password').textContent())!.trim();
    await shown.getByRole('button', { name: /Tôi đã lưu mật khẩu/ }).click();
    const row = page.getByRole('row', { name: /khoi\.dbsh/ });
    await expect.poll(() => row.textContent()).toContain(`Khối thi đua: ${BLOC.name}`);

    const signedIn = await login(app, 'khoi.dbsh', password);
    expect(signedIn.status).toBe(200);
    const me = (await signedIn.json()) as { scope: string; visibleBoards: { code: string }[] };
    expect(me.scope).toBe('bloc');
    expect(me.visibleBoards.map((b) => b.code)).toEqual(['TB']);
    await page.context().close();
  });
});
