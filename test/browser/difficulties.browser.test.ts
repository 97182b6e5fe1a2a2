import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminApi, button, it, pick, signIn, type Account, type RunningApp } from './harness.ts';

const TITLE = 'Chậm bàn giao mặt bằng lô CN-07';
const CONTENT =
  'Doanh nghiệp đã nộp đủ tiền thuê đất nhưng đến nay chưa được bàn giao mặt bằng lô CN-07, ảnh hưởng tiến độ xây dựng nhà xưởng.';
const RESPONSIBLE = 'Phòng Quản lý quy hoạch và xây dựng';
const ANSWER =
  'Ban Quản lý đã làm việc với chủ đầu tư hạ tầng; mặt bằng lô CN-07 được bàn giao trong tháng này.';

async function pageAs(browser: Browser, app: RunningApp, account: Account, width = 1440): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await signIn(page, app, account);
  return page;
}

/** Opens a page of the difficulties menu (Khó khăn, vướng mắc → the page). */
async function openFromMenu(page: Page, name: string) {
  const group = page.getByRole('menuitem', { name: /Khó khăn, vướng mắc$/ });
  const item = page.getByRole('menuitem', { name, exact: true });
  await group.waitFor();
  if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
  await item.click();
}

/** Whether the page is wider than the window (a page that does not fit a phone). */
async function overflows(page: Page): Promise<boolean> {
  const { scrollWidth, innerWidth } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  )) as { scrollWidth: number; innerWidth: number };
  return scrollWidth > innerWidth;
}

describe('enterprises’ difficulties', () => {
  it('an enterprise raises a difficulty from its account, staff route and answer it, the enterprise confirms it resolved', async ({
    app,
    browser,
  }) => {
    // An account for one of the board's enterprises, as the board's administrator makes it.
    const api = await adminApi(app);
    const boards = await api<{ items: { id: string; code: string }[] }>('GET', '/boards');
    const tb = boards.items.find((b) => b.code === 'TB')!;
    const enterprise = (
      await api<{ items: { id: string; name: string }[] }>('GET', `/enterprises?boardId=${tb.id}&pageSize=1`)
    ).items[0]!;
    const created = await api<{ user: { username: string }; password: string }>(
      'POST',
      `/enterprises/${enterprise.id}/accounts`,
      { username: 'dn.kiennghi', fullName: 'Đặng Thị Thu Hà' },
    );
    const firmAccount: Account = { username: created.user.username, password: created.password };

    // The enterprise, on its phone, raises the difficulty from its own menu.
    const firm = await pageAs(browser, app, firmAccount, 390);
    await firm.waitForURL((url) => url.pathname === '/filing');
    await firm.getByRole('button', { name: 'Mở menu chức năng' }).click();
    await firm
      .getByRole('menu', { name: 'Chức năng' })
      .getByRole('menuitem', { name: /Khó khăn, kiến nghị$/ })
      .click();
    await firm.waitForURL((url) => url.pathname === '/my-difficulties');
    await firm.getByRole('heading', { name: 'Khó khăn, kiến nghị' }).waitFor();
    await firm.getByRole('button', { name: /Gửi kiến nghị$/ }).click();
    const raise = firm.getByRole('dialog', { name: 'Gửi khó khăn, kiến nghị tới Ban Quản lý' });
    await pick(firm, raise.getByLabel('Lĩnh vực', { exact: true }), 'Giải phóng mặt bằng');
    await raise.getByLabel('Tiêu đề', { exact: true }).fill(TITLE);
    await raise.getByLabel('Nội dung khó khăn, kiến nghị', { exact: true }).fill(CONTENT);
    await raise.locator('.ant-modal-footer').getByRole('button', { name: 'Gửi' }).click();
    await firm.waitForURL(/\/my-difficulties\/[0-9a-f-]{36}$/);
    const address = new URL(firm.url()).pathname;
    const id = address.split('/').pop()!;
    await firm.getByRole('heading', { name: TITLE }).waitFor();
    await firm.getByText('Chưa chuyển xử lý', { exact: true }).waitFor();
    expect(await overflows(firm)).toBe(false);

    // Staff find it in the board's list, still not routed, with its age.
    const staff = await pageAs(browser, app, app.staff);
    await openFromMenu(staff, 'Danh sách khó khăn');
    await staff.waitForURL((url) => url.pathname === '/difficulties');
    const row = staff.getByRole('row', { name: new RegExp(TITLE) });
    await expect.poll(() => row.textContent()).toContain('Chưa chuyển xử lý');
    await expect.poll(() => row.textContent()).toContain(enterprise.name);
    await expect.poll(() => row.textContent()).toMatch(/\d+ ngày/);
    await row.getByRole('link', { name: TITLE }).click();
    await staff.waitForURL((url) => url.pathname === `/difficulties/${id}`);
    await staff.getByText(CONTENT).waitFor();

    // Routed to a department of the board (the due date left to the board's standard)…
    await button(staff, 'Chuyển xử lý').click();
    const route = staff.getByRole('dialog', { name: /^Chuyển xử lý / });
    await route.getByLabel('Đơn vị xử lý', { exact: true }).fill(RESPONSIBLE);
    await route.locator('.ant-modal-title').click();
    await route.locator('.ant-modal-footer').getByRole('button', { name: 'Chuyển xử lý' }).click();
    await route.waitFor({ state: 'hidden' });
    await staff.getByText('Đang xử lý', { exact: true }).waitFor();
    await expect.poll(() => staff.locator('.ant-descriptions').textContent()).toContain(RESPONSIBLE);

    // …and answered.
    await button(staff, 'Trả lời').click();
    const answer = staff.getByRole('dialog', { name: /^Trả lời / });
    await answer.getByLabel('Nội dung trả lời', { exact: true }).fill(ANSWER);
    await answer.locator('.ant-modal-footer').getByRole('button', { name: 'Ghi trả lời' }).click();
    await answer.waitFor({ state: 'hidden' });
    await staff.getByText('Đã trả lời', { exact: true }).waitFor();
    await expect.poll(() => staff.getByTestId('difficulty-answer').textContent()).toContain(ANSWER);

    // The enterprise sees the answer and confirms it resolved.
    await firm.goto(`${app.url}/my-difficulties`);
    const own = firm.getByRole('row', { name: new RegExp(TITLE) });
    await expect.poll(() => own.textContent()).toContain('Đã trả lời');
    await own.getByRole('link', { name: TITLE }).click();
    await firm.waitForURL((url) => url.pathname === address);
    await expect.poll(() => firm.getByTestId('difficulty-answer').textContent()).toContain(ANSWER);
    await button(firm, 'Đã được giải quyết').click();
    const confirm = firm.getByRole('dialog', { name: 'Xác nhận khó khăn, vướng mắc đã được giải quyết' });
    await confirm.getByLabel('Ý kiến (không bắt buộc)', { exact: true }).fill('Cảm ơn Ban Quản lý.');
    await confirm.locator('.ant-modal-footer').getByRole('button', { name: 'Xác nhận' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await firm.getByText('Đã giải quyết xong', { exact: true }).waitFor();
    await expect.poll(() => firm.getByRole('button', { name: 'Chưa thỏa đáng' }).count()).toBe(0);
    expect(await overflows(firm)).toBe(false);

    // The staff list shows it resolved; its timeline has every step.
    await staff.goto(`${app.url}/difficulties?status=resolved`);
    const resolved = staff.getByRole('row', { name: new RegExp(TITLE) });
    await expect.poll(() => resolved.textContent()).toContain('Đã giải quyết xong');
    await resolved.getByRole('link', { name: TITLE }).click();
    const timeline = staff.locator('.ant-timeline');
    await expect.poll(() => timeline.textContent()).toContain('Doanh nghiệp xác nhận đã giải quyết');
    await expect.poll(() => timeline.textContent()).toContain('Chuyển xử lý');
    await staff.getByText('Cảm ơn Ban Quản lý.').first().waitFor();
  });
});
