import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  adminApi,
  button,
  choose,
  confirmPopup,
  fillDate,
  it,
  signIn,
  type Account,
  type RunningApp,
} from './harness.ts';

/** What a person looks at (test-results/ is not committed). */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/enterprises');
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** As typed on a keyboard without Vietnamese input: "Tiền Hải" → "tien hai". */
const unaccented = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

async function pageAs(browser: Browser, app: RunningApp, account: Account, size = WIDE): Promise<Page> {
  const page = await (await browser.newContext({ viewport: size })).newPage();
  await signIn(page, app, account);
  return page;
}

/** Tries to sign in; the address it ends on (a refused sign-in stays on /login). */
async function trySignIn(browser: Browser, app: RunningApp, account: Account) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${app.url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}

async function shoot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  // Let opening and closing animations finish.
  await page.waitForTimeout(500);
  // With a dialog open, the page behind it is locked (antd pads it): the dialog must fit.
  const { right, innerWidth } = (await page.evaluate(`({
    right: Math.max(...[...document.querySelectorAll('.ant-modal')].map((e) => e.getBoundingClientRect().right),
      document.querySelector('.ant-modal') ? 0 : document.documentElement.scrollWidth),
    innerWidth: window.innerWidth,
  })`)) as { right: number; innerWidth: number };
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const wide = await page.evaluate(
    `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(-6).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))`,
  );
  expect(right, `${name}: wider than the window ${JSON.stringify(wide)}`).toBeLessThanOrEqual(innerWidth);
}

describe('the enterprises register', () => {
  it('staff register an enterprise with its project, edit it, manage its account, record that it ceased', async ({
    app,
    browser,
  }) => {
    const api = await adminApi(app);
    const boards = await api<{ items: { id: string; code: string }[] }>('GET', '/boards');
    const tb = boards.items.find((b) => b.code === 'TB')!;
    const zones = await api<{ items: { id: string; name: string; boardId: string }[] }>(
      'GET',
      '/zones?pageSize=100',
    );
    const zone = zones.items.find((z) => z.boardId === tb.id)!;
    const projects = await api<{ items: { id: string; code: string; name: string }[] }>(
      'GET',
      `/projects?boardId=${tb.id}&pageSize=1`,
    );
    const project = projects.items[0]!;
    const taken = (
      await api<{ items: { taxCode: string }[] }>('GET', `/enterprises?boardId=${tb.id}&pageSize=1`)
    ).items[0]!.taxCode;

    const staff = await pageAs(browser, app, app.staff);
    await staff.getByRole('menuitem', { name: 'Doanh nghiệp', exact: true }).click();
    await staff.waitForURL(/\/statistics\/enterprises/);
    await staff.getByRole('row', { name: new RegExp(taken) }).waitFor();
    await shoot(staff, 'list-1440');

    // Register: the form checks the tax code before sending, the server its uniqueness.
    await staff.getByRole('button', { name: 'Thêm doanh nghiệp' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Thêm doanh nghiệp' });
    await dialog.waitFor();
    await dialog.getByLabel('Mã số thuế').fill('12345');
    await dialog.getByLabel('Tên doanh nghiệp').fill('Công ty TNHH Thiết bị Điện Sông Trà');
    await dialog.getByLabel('Đầu tư nước ngoài (FDI)').check();
    await choose(dialog, 'Khu', unaccented(zone.name));
    await fillDate(staff, 'Hoạt động từ', '01/03/2020');
    // Linked projects: searched on the server, without accents.
    await dialog.getByLabel('Dự án doanh nghiệp thực hiện').click();
    await staff.keyboard.type(unaccented(project.name).slice(0, 20));
    await staff.locator('.ant-select-item-option').filter({ hasText: project.code }).click();
    await dialog.locator('.ant-modal-title').click();
    await shoot(staff, 'form-1440');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Thêm doanh nghiệp' }).click();
    await dialog.getByText('Mã số thuế gồm 10 hoặc 13 chữ số, không có dấu cách hay dấu gạch.').waitFor();
    await dialog.getByLabel('Mã số thuế').fill(taken);
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Thêm doanh nghiệp' }).click();
    await dialog.getByText('Mã số thuế này đã có một doanh nghiệp khác của Ban Quản lý dùng.').waitFor();
    await dialog.getByLabel('Mã số thuế').fill('0109876543');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Thêm doanh nghiệp' }).click();

    // Its page: its record and project (a link to the project's page).
    await staff.waitForURL(/\/statistics\/enterprises\/[0-9a-f-]{36}$/);
    await staff.getByRole('heading', { name: 'Công ty TNHH Thiết bị Điện Sông Trà' }).waitFor();
    const projectLink = staff.getByRole('link', { name: new RegExp(project.code) });
    expect(await projectLink.getAttribute('href')).toBe(`/projects/${project.id}`);
    await staff.getByText('01/03/2020').waitFor();
    const enterpriseUrl = staff.url();

    // Edit it.
    await button(staff, 'Sửa').click();
    const edit = staff.getByRole('dialog', { name: /Sửa doanh nghiệp/ });
    await edit.getByLabel('Tên doanh nghiệp').fill('Công ty TNHH Thiết bị Điện Sông Trà Việt Nam');
    await edit.locator('.ant-modal-footer').getByRole('button', { name: 'Lưu' }).click();
    await staff.getByRole('heading', { name: 'Công ty TNHH Thiết bị Điện Sông Trà Việt Nam' }).waitFor();

    // Its account: the password shown once; the enterprise signs in with it.
    await staff.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const accountDialog = staff.getByRole('dialog', { name: /Tài khoản nộp báo cáo/ });
    await accountDialog.getByLabel('Tên đăng nhập').fill('dn.songtra');
    await accountDialog.getByLabel('Người phụ trách (họ và tên)').fill('Lê Thị Thu');
    await accountDialog.locator('.ant-modal-footer').getByRole('button', { name: 'Tạo tài khoản' }).click();
    const shown = staff.getByTestId('one-time-password');
    await shown.waitFor();
    const firm: Account = { username: 'dn.songtra', password: (await shown.textContent())!.trim() };
    await staff.getByRole('button', { name: /Tôi đã lưu mật khẩu/ }).click();
    const accountRow = staff.getByRole('row', { name: /dn\.songtra/ });
    await expect.poll(() => accountRow.textContent()).toContain('Chưa đăng nhập');
    const firmPage = await pageAs(browser, app, firm);
    await firmPage.waitForURL((url) => url.pathname === '/filing');

    // Disabled (after a confirmation): its open session ends, it cannot sign in.
    await accountRow.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await confirmPopup(staff, 'Khóa tài khoản');
    await expect.poll(() => accountRow.textContent()).toContain('Đã khóa');
    await firmPage.goto(`${app.url}/filing`);
    await firmPage.getByLabel('Tên đăng nhập').waitFor();
    expect(new URL(firmPage.url()).pathname).toBe('/login');
    const refused = await trySignIn(browser, app, firm);
    await refused
      .getByRole('alert')
      .filter({ hasText: /khóa|vô hiệu/i })
      .waitFor();
    expect(new URL(refused.url()).pathname).toBe('/login');

    // Enabled again: it signs in.
    await accountRow.getByRole('button', { name: 'Mở khóa' }).click();
    await confirmPopup(staff, 'Mở khóa');
    await expect.poll(() => accountRow.textContent()).toContain('Đang dùng');
    const again = await pageAs(browser, app, firm);
    await again.waitForURL((url) => url.pathname === '/filing');

    // A new password, shown once.
    await accountRow.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await confirmPopup(staff, 'Đặt lại mật khẩu');
    await shown.waitFor();
    const newPassword = (await shown.textContent())!.trim();
    expect(newPassword).not.toBe(firm.password);
    await staff.getByRole('button', { name: /Tôi đã lưu mật khẩu/ }).click();

    // It ceased operating on 30/06/2021.
    await button(staff, 'Ngừng hoạt động').click();
    const cease = staff.getByRole('dialog', { name: /Ngừng hoạt động/ });
    await cease.getByLabel('Ngày ngừng hoạt động').fill('30/06/2021');
    await staff.keyboard.press('Enter');
    await cease.locator('.ant-modal-footer').getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await staff.getByText('Đã ngừng hoạt động ngày 30/06/2021').first().waitFor();
    await cease.waitFor({ state: 'detached' });
    await shoot(staff, 'detail-1440');

    // Found without accents; listed among those that ceased.
    await staff.goto(`${app.url}/statistics/enterprises`);
    await staff.getByLabel('Tìm', { exact: true }).fill('cong ty tnhh thiet bi dien song tra');
    await staff.keyboard.press('Enter');
    const row = staff.getByRole('row', { name: /0109876543/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Đã ngừng hoạt động ngày 30/06/2021');
    await staff.getByLabel('Tìm', { exact: true }).fill('cong ty');
    await staff.keyboard.press('Enter');
    await staff.getByLabel('Tình trạng hoạt động').click();
    await staff.locator('.ant-select-item-option').filter({ hasText: 'Đã ngừng hoạt động' }).click();
    await expect.poll(() => staff.getByRole('row', { name: /0109876543/ }).count()).toBe(1);
    expect(new URL(staff.url()).searchParams.get('operating')).toBe('ceased');

    // A viewer reads it all and is offered no change.
    const viewer = await pageAs(browser, app, app.viewer);
    await viewer.goto(enterpriseUrl);
    await viewer.getByRole('heading', { name: 'Công ty TNHH Thiết bị Điện Sông Trà Việt Nam' }).waitFor();
    await viewer.getByRole('row', { name: /dn\.songtra/ }).waitFor();
    for (const label of ['Sửa', 'Ngừng hoạt động', 'Khóa tài khoản', 'Đặt lại mật khẩu', 'Tạo tài khoản'])
      expect(await viewer.getByRole('button', { name: label }).count(), label).toBe(0);
    await viewer.goto(`${app.url}/statistics/enterprises`);
    await viewer.getByRole('row', { name: new RegExp(taken) }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Thêm doanh nghiệp' }).count()).toBe(0);

    // On a phone: nothing wider than the screen.
    const phone = await pageAs(browser, app, app.staff, PHONE);
    await phone.goto(enterpriseUrl);
    await phone.getByRole('heading', { name: 'Công ty TNHH Thiết bị Điện Sông Trà Việt Nam' }).waitFor();
    await shoot(phone, 'detail-390');
    await phone.goto(`${app.url}/statistics/enterprises`);
    await phone.getByRole('row', { name: new RegExp(taken) }).waitFor();
    await shoot(phone, 'list-390');
    await phone.getByRole('button', { name: 'Thêm doanh nghiệp' }).click();
    await phone.getByRole('dialog', { name: 'Thêm doanh nghiệp' }).waitFor();
    await shoot(phone, 'form-390');
  });
});
