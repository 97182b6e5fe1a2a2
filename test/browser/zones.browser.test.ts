import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { button, fillDate, it, signIn } from './harness.ts';

/** The zones report's count of a status at a date, as the API answers it. */
async function reportCount(page: Page, url: string, asOf: string, status: string): Promise<number> {
  const response = await page.request.get(`${url}/api/v1/reports/zones?asOf=${asOf}`);
  const body = (await response.json()) as { byStatus: Record<string, { count: number }> };
  return body.byStatus[status]!.count;
}

/** Presses the modal's button unless Enter in its last field already sent the form. */
async function submitModal(page: Page, title: string, text: string) {
  const dialog = page.getByRole('dialog', { name: title });
  if (await dialog.isVisible())
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: text }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('zones in the web app', () => {
  it('a staff member records a zone status change, and the zones report counts it from that date', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, app, app.staff);
    const establishedBefore = await reportCount(page, app.url, '2026-03-16', 'established');
    const plannedBefore = await reportCount(page, app.url, '2026-03-16', 'planned');
    expect(plannedBefore).toBeGreaterThan(0);

    // A planned zone of the demo board: KCN Xuân Hải.
    await page.goto(`${app.url}/zones?status=planned`);
    await page.getByRole('link', { name: /Xuân Hải/ }).click();
    await page.waitForURL(/\/zones\/[0-9a-f-]+$/);
    await button(page, 'Ghi nhận thay đổi trạng thái').click();
    const dialog = page.getByRole('dialog', { name: /Thay đổi trạng thái của khu/ });
    await expect.poll(() => dialog.count()).toBe(1);
    // The next status is offered first: "Đã thành lập".
    await expect.poll(() => dialog.getByText('Đã thành lập').count()).toBeGreaterThan(0);
    await fillDate(page, 'Từ ngày', '16/03/2026');
    await submitModal(page, 'Thay đổi trạng thái của khu TB-XH', 'Ghi nhận');
    await expect.poll(() => page.getByText('16/03/2026 — Đã thành lập').count()).toBe(1);

    // The report: one more established zone from that date, none the day before.
    expect(await reportCount(page, app.url, '2026-03-16', 'established')).toBe(establishedBefore + 1);
    expect(await reportCount(page, app.url, '2026-03-16', 'planned')).toBe(plannedBefore - 1);
    expect(await reportCount(page, app.url, '2026-03-15', 'established')).toBe(establishedBefore);
    await page.goto(`${app.url}/reports/zones?asOf=2026-03-16`);
    const established = page.getByRole('row', { name: /^Đã thành lập/ });
    await expect
      .poll(() => established.getByRole('link').first().textContent())
      .toBe(String(establishedBefore + 1));
    await page.close();
  });

  it('adds a zone and corrects its land figures, typed as people type them', async ({ app, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/zones`);
    await page.getByRole('button', { name: /Thêm khu$/ }).click();
    const create = page.getByRole('dialog', { name: 'Thêm khu công nghiệp, khu kinh tế' });
    await create.getByLabel('Mã khu').fill('TB-KCN-THUY-NGUYEN');
    await create.getByLabel('Tên khu').fill('KCN Thụy Nguyên');
    await create.getByLabel('Diện tích quy hoạch (ha)').fill('abc');
    await create.locator('.ant-modal-footer').getByRole('button', { name: 'Thêm khu' }).click();
    await expect.poll(() => create.getByText('Nhập số héc-ta, ví dụ 120 hoặc 120,5.').count()).toBe(1);
    await create.getByLabel('Diện tích quy hoạch (ha)').fill('250,5');
    await create.locator('.ant-modal-footer').getByRole('button', { name: 'Thêm khu' }).click();
    await page.waitForURL(/\/zones\/[0-9a-f-]+$/);
    await expect.poll(() => page.getByText('250,5 ha').count()).toBeGreaterThan(0);

    await button(page, 'Sửa thông tin').click();
    const edit = page.getByRole('dialog', { name: 'Sửa thông tin khu TB-KCN-THUY-NGUYEN' });
    await edit.getByLabel('Đất công nghiệp (ha)', { exact: true }).fill('180');
    await edit.getByLabel('Đã cho thuê (ha)', { exact: true }).fill('45');
    await edit.locator('.ant-modal-footer').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    // 45 of 180 ha leased: the occupancy follows.
    await expect.poll(() => page.getByText(/^25(,0)?%$/).count()).toBeGreaterThan(0);
    // A viewer sees the zone but is offered no change.
    const viewer = await browser.newPage();
    await signIn(viewer, app, app.viewer);
    await viewer.goto(page.url());
    await expect.poll(() => viewer.getByText('KCN Thụy Nguyên').count()).toBeGreaterThan(0);
    expect(await viewer.getByRole('button', { name: 'Sửa thông tin' }).count()).toBe(0);
    await viewer.close();
    await page.close();
  });
});
