import { describe, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { button, choose, fillDate, it, signIn } from './harness.ts';

/** Pages answer within seconds even on a busy machine. */
const WAIT = { timeout: 20_000 };

/** The message shown under a form field (the element its input is described by), if any. */
async function fieldMessage(page: Page, field: Locator): Promise<string> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return '';
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

/** Fills the registration form with a valid foreign project. */
async function fillRegistration(page: Page, code: string, name: string) {
  await page.getByLabel('Mã số dự án').fill(code);
  await page.getByLabel('Tên dự án').fill(name);
  await choose(page, 'Khu', 'Tiền Hải');
  await page.getByLabel('Đầu tư nước ngoài (FDI)').check();
  await page.getByLabel('Tên nhà đầu tư').fill('Star Electronics Co., Ltd.');
  await choose(page, 'Quốc gia', 'Hàn Quốc');
  await fillDate(page, 'Ngày cấp', '15/03/2025');
  await page.getByLabel('Số GCNĐKĐT').fill(code);
  await page.getByLabel('Vốn đầu tư đăng ký (đồng)').fill('230000000000');
  await page.getByLabel('Vốn đầu tư đăng ký (USD)').fill('10000000');
}

describe('investment projects', () => {
  it('a staff member registers a project with its certificate, then adjusts its capital', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/projects`);
    await page.getByRole('button', { name: 'Đăng ký dự án mới' }).click();
    await page.waitForURL(/\/projects\/new$/);
    await page.getByRole('heading', { name: 'Đăng ký dự án mới' }).waitFor();

    await fillRegistration(page, '2121999001', 'Nhà máy linh kiện điện tử Thái Bình Star');
    await button(page, 'Đăng ký dự án').click();

    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Nhà máy linh kiện điện tử Thái Bình Star' }).waitFor();
    await expect.poll(() => page.getByText('Cấp mới GCNĐKĐT').count(), WAIT).toBe(1);
    await expect
      .poll(() => page.getByText('Vốn đăng ký: 230,000 tỷ đồng (10,00 triệu USD)').count(), WAIT)
      .toBe(1);
    await expect.poll(() => page.getByText('Star Electronics Co., Ltd.').count(), WAIT).toBe(1);

    // The certificate is adjusted: capital raised to 280 tỷ đồng.
    await button(page, 'Điều chỉnh').click();
    await fillDate(page, 'Ngày điều chỉnh', '20/06/2025');
    await page.getByLabel('Số GCNĐKĐT điều chỉnh').fill('2121999001-ĐC1');
    await page.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (đồng)').fill('280000000000');
    // A foreign project states its capital in USD too (else the report's USD figures drift).
    await page.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (USD)').fill('12000000');
    await page.getByRole('button', { name: 'Lưu điều chỉnh' }).click();

    await page.getByText('Điều chỉnh lần 1').waitFor();
    await expect.poll(() => page.getByText('Vốn đăng ký: 280,000 tỷ đồng').count(), WAIT).toBe(1);
    await expect.poll(() => page.getByText('Tăng 50,000 tỷ đồng').count(), WAIT).toBe(1);
    await expect.poll(() => page.getByText('280.000.000.000 đồng').count(), WAIT).toBe(1);

    // The list finds it without accents, with its capital now.
    await page.getByRole('link', { name: 'Dự án', exact: true }).click();
    await page.getByLabel('Tìm dự án', { exact: true }).fill('thai binh star');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Nhà máy linh kiện điện tử Thái Bình Star' }).waitFor();
    await expect.poll(() => page.getByTestId('list-total').textContent(), WAIT).toBe('1 dự án');
    await expect.poll(() => page.getByRole('cell', { name: '280,000 tỷ đồng' }).count(), WAIT).toBe(1);
    await page.close();
  });

  it('shows a bad input on its field: a project code already used, a missing or zero capital', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.staff);
    const existing = await page.evaluate(async () => {
      const response = await fetch('/api/v1/projects?pageSize=1');
      return ((await response.json()) as { items: { code: string }[] }).items[0]!.code;
    });
    await page.goto(`${app.url}/projects/new`);

    // Nothing typed: the form says what is missing, the capital among them.
    await button(page, 'Đăng ký dự án').click();
    const capital = page.getByLabel('Vốn đầu tư đăng ký (đồng)');
    await expect.poll(() => fieldMessage(page, capital), WAIT).toContain('Nhập vốn đầu tư đăng ký.');

    // A code another project of the board has: the server's answer lands under the code.
    await fillRegistration(page, existing, 'Nhà máy trùng mã số');
    await button(page, 'Đăng ký dự án').click();
    const code = page.getByLabel('Mã số dự án');
    await expect.poll(() => fieldMessage(page, code), WAIT).toContain('Đã được dùng.');
    expect(page.url()).toMatch(/\/projects\/new$/);

    // A code the register does not accept: the API's own rule, on the field.
    await code.fill('MÃ SỐ SAI');
    await button(page, 'Đăng ký dự án').click();
    await expect.poll(() => fieldMessage(page, code), WAIT).toContain('Mã số dự án gồm chữ, số');

    // A zero capital is refused; a minus sign cannot even be typed.
    await code.fill('2121999002');
    await capital.fill('0');
    await button(page, 'Đăng ký dự án').click();
    await expect.poll(() => fieldMessage(page, capital), WAIT).toContain('Vốn phải lớn hơn 0.');
    // A minus sign is refused with a message, not silently dropped (issue 9, defect 5).
    await capital.fill('-5000');
    await capital.blur();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Không được âm.' }).count(), WAIT)
      .toBe(1);
    await button(page, 'Đăng ký dự án').click();
    expect(page.url()).toMatch(/\/projects\/new$/);
    await page.close();
  });

  it('a viewer reads projects but is offered no change', async ({ app, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.viewer);
    await page.goto(`${app.url}/projects`);
    const first = page.getByRole('row').nth(1).getByRole('link').first();
    await first.waitFor();
    expect(await page.getByRole('button', { name: 'Đăng ký dự án mới' }).count()).toBe(0);

    await first.click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByText('Lịch sử cấp phép').waitFor();
    await page.getByText('Cấp mới GCNĐKĐT').waitFor();
    for (const label of ['Điều chỉnh', 'Chấm dứt hoạt động', 'Ghi vốn thực hiện', 'Sửa thông tin'])
      expect(await page.getByRole('button', { name: label, exact: true }).count()).toBe(0);
    await page.close();
  });

  it('opens the records behind a report figure from the address the report links to', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.viewer);

    // "In force at the end of November 2019: 284 projects … foreign 53".
    await page.goto(`${app.url}/projects?inForceAt=2019-11-30`);
    await expect.poll(() => page.getByTestId('list-total').textContent(), WAIT).toBe('284 dự án');
    await page.getByText('Còn hiệu lực tại ngày 30/11/2019').waitFor();
    await page.goto(`${app.url}/projects?inForceAt=2019-11-30&investmentType=FDI`);
    await expect.poll(() => page.getByTestId('list-total').textContent(), WAIT).toBe('53 dự án');

    // "… of which 14 capital increases".
    await page.goto(
      `${app.url}/licensing-events?kind=adjustment&change=increase&from=2019-01-01&to=2019-11-30`,
    );
    await expect.poll(() => page.getByTestId('events-total').textContent(), WAIT).toBe('14');
    await expect
      .poll(() => page.getByTestId('events-filter-sentence').textContent(), WAIT)
      .toBe('Điều chỉnh tăng vốn · 01/01/2019–30/11/2019');

    // "21 new projects".
    await page.goto(`${app.url}/licensing-events?kind=new&from=2019-01-01&to=2019-11-30`);
    await expect.poll(() => page.getByTestId('events-total').textContent(), WAIT).toBe('21');
    await expect
      .poll(() => page.getByTestId('events-filter-sentence').textContent(), WAIT)
      .toBe('Cấp mới · 01/01/2019–30/11/2019');
    await page.close();
  });
});
