import { describe, expect } from 'vitest';

import { it, signIn } from './harness.ts';

describe('signing in', () => {
  it('refuses a wrong password in Vietnamese, then signs in and shows the board', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/projects`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Tên đăng nhập').fill(app.staff.username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();
    await page.getByLabel('Mật khẩu').fill(app.staff.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/projects$/);
    await expect
      .poll(() => page.getByTestId('board-name').textContent())
      .toBe('Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh Thái Bình');
  });

  it('sends a user whose session ended back to the login page, and back again after signing in', async ({
    app,
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/zones`);
    await page.getByRole('link', { name: 'KCN Phúc Khánh' }).waitFor();
    // The session ends (as after 8 hours idle) while the page is open.
    await context.clearCookies();
    await page.getByRole('link', { name: /Thu hút đầu tư/ }).click();
    await page.waitForURL(/\/login\?.*expired=1/);
    await expect.poll(() => page.getByText('Phiên làm việc đã hết hạn').count()).toBe(1);
    await page.getByLabel('Tên đăng nhập').fill(app.staff.username);
    await page.getByLabel('Mật khẩu').fill(app.staff.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/reports\/investment/);
    await context.close();
  });

  it('signs out', async ({ app, browser }) => {
    const page = await browser.newPage();
    await signIn(page, app, app.viewer);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${app.url}/zones`);
    await page.waitForURL(/\/login/);
  });

  it("speaks English when asked: a module's words arrive on the switch, and again after a reload", async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage();
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/inspection/plans`);
    await page.getByRole('heading', { name: 'Kế hoạch kiểm tra' }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    // The module's English is its own chunk, fetched on the first switch.
    await page.getByRole('heading', { name: 'Inspection plans' }).waitFor();
    await page.getByRole('menuitem', { name: 'Inspections', exact: true }).waitFor();
    // Chosen once, kept: a fresh load starts in English, the module's words included.
    await page.reload();
    await page.getByRole('heading', { name: 'Inspection plans' }).waitFor();
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Kế hoạch kiểm tra' }).waitFor();
  });
});
