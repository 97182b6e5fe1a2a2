import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminApi, button, confirmPopup, it, signIn, type Account, type RunningApp } from './harness.ts';

const PERIOD = '2021-Q1';

async function pageAs(browser: Browser, app: RunningApp, account: Account): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, app, account);
  return page;
}

async function fillFigure(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.blur();
}

describe('enterprise statistics', () => {
  it('an enterprise files a quarter, staff return it, it is corrected and accepted; completeness and the production report follow', async ({
    app,
    browser,
  }) => {
    // Set-up in the web app, as the board's staff would: the quarter opened for filing, and an
    // account for one enterprise operating in it (which one is read from the API).
    const staff = await pageAs(browser, app, app.staff);
    await staff.getByRole('menuitem', { name: 'Kỳ báo cáo', exact: true }).click();
    await staff.waitForURL(/\/statistics\/periods$/);
    await staff.getByLabel('Kỳ', { exact: true }).fill('2021-Quý 1');
    await button(staff, 'Mở kỳ').click();
    await staff.getByText('Kỳ có dạng 2026, 2026-H1, 2026-Q1 hoặc 2026-01.').waitFor();
    await staff.getByLabel('Kỳ', { exact: true }).fill(PERIOD);
    await button(staff, 'Mở kỳ').click();
    const periodRow = staff.getByRole('row', { name: new RegExp(`^${PERIOD}`) });
    await expect.poll(() => periodRow.textContent()).toContain('Đang mở');

    const api = await adminApi(app);
    const boards = await api<{ items: { id: string; code: string }[] }>('GET', '/boards');
    const tb = boards.items.find((b) => b.code === 'TB')!;
    const enterprises = await api<{ items: { id: string; name: string; taxCode: string }[] }>(
      'GET',
      `/enterprises?boardId=${tb.id}&period=${PERIOD}&pageSize=1`,
    );
    const enterprise = enterprises.items[0]!;
    await staff.getByRole('menuitem', { name: 'Doanh nghiệp', exact: true }).click();
    await staff.waitForURL(/\/statistics\/enterprises/);
    await staff.getByLabel('Tìm', { exact: true }).fill(enterprise.taxCode);
    await staff.keyboard.press('Enter');
    const enterpriseRow = staff.getByRole('row', { name: new RegExp(enterprise.taxCode) });
    await enterpriseRow.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const accountDialog = staff.getByRole('dialog', { name: /Tài khoản nộp báo cáo/ });
    await accountDialog.getByLabel('Tên đăng nhập').fill('dn.thongke');
    await accountDialog.getByLabel('Người phụ trách (họ và tên)').fill('Phạm Văn Kế Toán');
    await accountDialog.locator('.ant-modal-footer').getByRole('button', { name: 'Tạo tài khoản' }).click();
    const shown = staff.getByTestId('one-time-password');
    await shown.waitFor();
    const filer: Account = { username: 'dn.thongke', password: (await shown.textContent())!.trim() };
    await staff.getByRole('button', { name: /Tôi đã lưu mật khẩu/ }).click();

    // Before anyone has filed: remind them all from completeness (no SMTP server here: notices).
    await staff.goto(`${app.url}/statistics/completeness?period=${PERIOD}`);
    await button(staff, 'Gửi nhắc nhở').click();
    await confirmPopup(staff, 'Gửi nhắc nhở');
    await expect
      .poll(() => staff.locator('.ant-message').textContent())
      .toMatch(/Đã nhắc \d+ doanh nghiệp bằng thông báo trong KCN Hub/);
    await expect.poll(() => staff.getByText(/^Đã nhắc ngày \d{2}\/\d{2}\/\d{4}$/).count()).toBe(1);

    // The enterprise lands on its filing page and sees no module but its filing and its dossiers.
    const firm = await pageAs(browser, app, filer);
    await firm.waitForURL((url) => url.pathname === '/filing');
    const card = firm.getByTestId(`filing-${PERIOD}`);
    await card.waitFor();
    // The board's reminder waits on its home.
    await expect
      .poll(() =>
        firm.getByRole('alert').filter({ hasText: 'Ban Quản lý nhắc doanh nghiệp nộp báo cáo' }).count(),
      )
      .toBe(1);
    // An empty report cannot be submitted: each required figure is named on its field.
    await button(firm, 'Nộp báo cáo').click();
    await expect
      .poll(() => firm.getByText(/^Chưa nhập .*\(chỉ tiêu bắt buộc; ghi 0 nếu không phát sinh\)\.$/).count())
      .toBe(8);
    expect(await firm.getByText('Báo cáo đã nộp, đang chờ Ban Quản lý duyệt.').count()).toBe(0);
    await expect
      .poll(() => firm.getByRole('menuitem').allTextContents())
      .toEqual(['Báo cáo thống kê', 'Hồ sơ thủ tục', 'Nộp hồ sơ trực tuyến', 'Khó khăn, kiến nghị']);
    await firm.goto(`${app.url}/reports/investment`);
    await firm.waitForURL((url) => url.pathname === '/filing');
    await card.waitFor();

    await fillFigure(firm, 'Giá trị sản xuất công nghiệp', '12340000000');
    await fillFigure(firm, 'Doanh thu', '13000000000');
    await fillFigure(firm, 'Kim ngạch xuất khẩu', '250000');
    await fillFigure(firm, 'Kim ngạch nhập khẩu', '200000');
    await fillFigure(firm, 'Nộp ngân sách nhà nước', '500000000');
    await fillFigure(firm, 'Tổng số lao động', '120');
    await fillFigure(firm, 'Lao động tham gia BHXH', '100');
    await fillFigure(firm, 'Thu nhập bình quân (đồng/người/tháng)', '8000000');
    await button(firm, 'Nộp báo cáo').click();
    await firm.getByText('Báo cáo đã nộp, đang chờ Ban Quản lý duyệt.').waitFor();

    // Staff open the review queue and send it back with a reason.
    const review = async () => {
      await staff.goto(`${app.url}/statistics/review?period=${PERIOD}`);
      const row = staff.getByRole('row', { name: new RegExp(enterprise.taxCode) });
      await row.getByRole('button', { name: 'Xem' }).click();
      await staff.getByText('12.340.000.000 đồng').waitFor();
    };
    await review();
    await button(staff, 'Trả lại').first().click();
    await staff.getByLabel('Lý do trả lại').fill('Số lao động chưa khớp với bảng lương quý I.');
    await staff.locator('.ant-modal-footer').getByRole('button', { name: 'Trả lại' }).click();
    await staff.getByText('Đã trả lại báo cáo.').waitFor();

    // The enterprise sees why, corrects and submits again.
    await firm.reload();
    await firm
      .getByText('Ban Quản lý trả lại báo cáo: Số lao động chưa khớp với bảng lương quý I.')
      .waitFor();
    await fillFigure(firm, 'Tổng số lao động', '130');
    await button(firm, 'Nộp báo cáo').click();
    await firm.getByText('Báo cáo đã nộp, đang chờ Ban Quản lý duyệt.').waitFor();

    // Completeness and the production report before acceptance: submitted, nothing published yet.
    await staff.goto(`${app.url}/statistics/completeness?period=${PERIOD}`);
    await expect.poll(() => staff.getByTestId('completeness-submitted').textContent()).toContain('1');
    await expect.poll(() => staff.getByTestId('completeness-accepted').textContent()).toBe('Đã duyệt0');
    await staff.goto(`${app.url}/reports/production?period=${PERIOD}`);
    await expect
      .poll(() => staff.getByTestId('report-text').textContent())
      .toContain('Quý I/2021, chưa có doanh nghiệp nào có số liệu.');

    // Staff accept it: locked for the enterprise.
    await review();
    await staff.getByText('130 người').waitFor();
    await button(staff, 'Duyệt').click();
    await staff.getByText('Đã duyệt báo cáo.').waitFor();
    await firm.reload();
    await firm.getByText('Báo cáo đã được duyệt và khóa. Muốn sửa, hãy gửi yêu cầu điều chỉnh.').waitFor();
    await button(firm, 'Yêu cầu điều chỉnh').waitFor();

    // Completeness counts it accepted; the quarter's production report is made of it.
    await staff.goto(`${app.url}/statistics/completeness?period=${PERIOD}`);
    await expect.poll(() => staff.getByTestId('completeness-accepted').textContent()).toBe('Đã duyệt1');
    await expect.poll(() => staff.getByTestId('completeness-submitted').textContent()).toBe('Đã nộp1');
    await staff.goto(`${app.url}/reports/production?period=${PERIOD}`);
    await expect
      .poll(() => staff.getByTestId('report-text').textContent())
      .toContain(
        'Quý I/2021, giá trị sản xuất công nghiệp của các doanh nghiệp trong các KCN đạt 12,34 tỷ đồng',
      );
    const text = await staff.getByTestId('report-text').textContent();
    expect(text).toContain('tổng số lao động 130 người');
    expect(text).toContain('thu nhập bình quân 8,0 triệu đồng/người/tháng');
    expect(text).toContain('76,9% lao động tham gia BHXH');

    // Every figure opens the reports behind it.
    await staff.getByRole('link', { name: '12,34 tỷ đồng' }).first().click();
    await staff.waitForURL((url) => url.pathname === '/statistics/reports');
    await staff.getByRole('row', { name: new RegExp(enterprise.taxCode) }).waitFor();
  });
});
