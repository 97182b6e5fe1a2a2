import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { button, fillDate, it, signIn, type RunningApp } from './harness.ts';

const WAIT = { timeout: 20_000 };
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/corrections');
/** The demo board's 11-month 2019 report. */
const PERIOD = { from: '2019-01-01', to: '2019-11-30' };
const REPORT = `/reports/investment?from=${PERIOD.from}&to=${PERIOD.to}`;

/** The links of a report figure's group: its number, then its capital ("30", "1.234,567 tỷ đồng"). */
const figureTexts = async (page: Page, group: string) =>
  (await page.getByRole('group', { name: group, exact: true }).getByRole('link').allTextContents()).map(
    (text) => text.trim(),
  );

/** "1.234,567 tỷ đồng" → 1234567 (millions of đồng), exactly. */
function millions(text: string): number {
  const match = /^(-?[\d.]+)(?:,(\d{1,3}))? tỷ đồng$/.exec(text.trim());
  if (!match) throw new Error(`not an amount in tỷ đồng: ${text}`);
  return Number(match[1]!.replace(/\./g, '') + (match[2] ?? '').padEnd(3, '0'));
}

async function readReport(page: Page, app: RunningApp) {
  await page.goto(`${app.url}${REPORT}`);
  await page.getByRole('group', { name: 'Lượt điều chỉnh', exact: true }).waitFor(WAIT);
  await expect.poll(async () => (await figureTexts(page, 'Lượt điều chỉnh')).length, WAIT).toBe(2);
  const [, adjustmentChange] = await figureTexts(page, 'Lượt điều chỉnh');
  const [terminations] = await figureTexts(page, 'Dự án chấm dứt hoạt động');
  const [inForce] = await figureTexts(page, 'Dự án còn hiệu lực');
  return {
    adjustmentChange: millions(adjustmentChange!),
    terminations: Number(terminations),
    inForce: Number(inForce!.replace(/\./g, '')),
  };
}

async function noOverflow(page: Page) {
  const { scrollWidth, innerWidth } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  )) as { scrollWidth: number; innerWidth: number };
  const wide =
    scrollWidth > innerWidth
      ? await page.evaluate(
          `[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(-5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))`,
        )
      : [];
  expect(scrollWidth, `${page.url()} at ${innerWidth} px: ${JSON.stringify(wide)}`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/**
 * A dialog fits the phone's width. (While any Ant Design modal is open the document itself measures
 * 8 px wider — the page's scroll bar is taken away — so the page is measured with the dialog closed.)
 */
async function dialogFits(page: Page) {
  const box = await page.getByRole('dialog').boundingBox();
  const width = page.viewportSize()!.width;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

async function api<T>(page: Page, app: RunningApp, url: string): Promise<T> {
  const response = await page.request.get(`${app.url}/api/v1${url}`);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

interface Event {
  id: string;
  kind: string;
  date: string;
  capitalVnd: string | null;
  projectId: string;
  project: { code: string };
}

/**
 * Issue 9: the board corrects what was recorded wrongly — a licensing event's capital, a
 * termination recorded by mistake — stating why; the report follows and the audit log keeps the reason.
 */
describe('correcting the licensing records', () => {
  it("corrects an adjustment's capital with a reason, sees the report change and the reason in the log", async ({
    app,
    browser,
  }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.staff);

    // A domestic adjustment raising the capital in the period, the last of its project to state a
    // capital up to the report date: its change is the report's change one for one.
    const events = await api<{ items: Event[] }>(
      page,
      app,
      `/licensing-events?kind=adjustment&investmentType=DDI&change=increase&from=${PERIOD.from}&to=${PERIOD.to}&pageSize=100`,
    );
    let chosen: Event | undefined;
    for (const event of events.items) {
      const project = await api<{ status: string; licensingEvents: Event[] }>(
        page,
        app,
        `/projects/${event.projectId}`,
      );
      const later = project.licensingEvents.filter(
        (e) =>
          e.date > event.date && e.date <= PERIOD.to && (e.capitalVnd !== null || e.kind === 'termination'),
      );
      if (project.status === 'active' && later.length === 0) {
        chosen = event;
        break;
      }
    }
    expect(chosen, 'a suitable adjustment in the demo data').toBeDefined();
    const event = chosen!;
    const before = await readReport(page, app);

    await page.goto(`${app.url}/projects/${event.projectId}`);
    await page.getByText('Lịch sử cấp phép', { exact: false }).first().waitFor(WAIT);
    const edit = page.getByRole('button', { name: /^Sửa Điều chỉnh lần \d+$/ });
    await expect.poll(() => edit.count(), WAIT).toBeGreaterThan(0);
    // The button of this event: the one whose item bears its date.
    const [y, m, d] = event.date.split('-');
    const row = page.getByTestId('licensing-event').filter({ hasText: `${d}/${m}/${y}` });
    await row.getByRole('button', { name: /^Sửa Điều chỉnh lần \d+$/ }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lý do sửa').waitFor(WAIT);
    // The capital +10 tỷ đồng; saved without a reason, the dialog asks for one.
    const capital = BigInt(event.capitalVnd!) + 10_000_000_000n;
    await dialog.getByLabel('Vốn đầu tư đăng ký sau điều chỉnh (đồng)').fill(capital.toString());
    await dialog.getByRole('button', { name: /^(loading )?Lưu$/ }).click();
    await dialog.getByText('Nhập lý do (từ 5 đến 500 ký tự).').waitFor(WAIT);
    const reason = 'Nhập nhầm vốn, sửa theo GCNĐKĐT bản gốc';
    await dialog.getByLabel('Lý do sửa').fill(reason);
    await expect.poll(() => dialog.getByText('Nhập lý do (từ 5 đến 500 ký tự).').count(), WAIT).toBe(0);
    // A date after today: the server refuses it, on the date field, and nothing is saved.
    await fillDate(page, 'Ngày điều chỉnh', '01/01/2099');
    await dialog.getByRole('button', { name: /^(loading )?Lưu$/ }).click();
    await dialog.getByText('Ngày cấp phép không được sau ngày hôm nay.').waitFor(WAIT);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'edit-event-refused-1440.png') });
    await fillDate(page, 'Ngày điều chỉnh', `${d}/${m}/${y}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'edit-event-1440.png') });
    await dialog.getByRole('button', { name: /^(loading )?Lưu$/ }).click();
    await page.getByText('Đã sửa lần cấp phép; các báo cáo được tính lại.').waitFor(WAIT);
    await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
    // The history marks the corrected event.
    await row.getByTestId('event-corrected').waitFor(WAIT);

    const after = await readReport(page, app);
    expect(after.adjustmentChange - before.adjustmentChange).toBe(10_000);
    expect(after.inForce).toBe(before.inForce);

    // The reason is in the audit log (read by the board's administrator).
    const adminPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(adminPage, app, app.admin);
    await adminPage.goto(`${app.url}/admin/audit?entityKey=${encodeURIComponent(event.project.code)}`);
    await adminPage.getByRole('cell', { name: reason }).waitFor(WAIT);
    await adminPage.waitForTimeout(500);
    await adminPage.screenshot({ path: path.join(SCREENSHOTS, 'audit-log-1440.png') });
    await adminPage.close();
  });

  it('undoes a termination from the project page, and the report counts the project in force again', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, app, app.staff);
    const terminations = await api<{ items: Event[] }>(
      page,
      app,
      `/licensing-events?kind=termination&from=${PERIOD.from}&to=${PERIOD.to}&pageSize=100`,
    );
    expect(terminations.items.length).toBeGreaterThan(0);
    const termination = terminations.items[0]!;
    const before = await readReport(page, app);

    await page.goto(`${app.url}/projects/${termination.projectId}`);
    await page.getByText('Đã chấm dứt').first().waitFor(WAIT);
    await page
      .getByTestId('licensing-event')
      .getByRole('button', { name: 'Hủy chấm dứt', exact: true })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lý do xóa').waitFor(WAIT);
    await dialog.getByText('dự án trở lại còn hiệu lực', { exact: false }).waitFor(WAIT);
    await dialog.getByLabel('Lý do xóa').fill('Quyết định chấm dứt đã bị thu hồi');
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'undo-termination-1440.png') });
    await dialog.getByRole('button', { name: /^(loading )?Hủy chấm dứt$/ }).click();
    // Asked once more, in words.
    await page
      .locator('.ant-modal-confirm-title')
      .filter({ hasText: 'Hủy chấm dứt hoạt động dự án?' })
      .waitFor(WAIT);
    await button(page, 'Xác nhận hủy chấm dứt').click();
    await page.getByText('Đã hủy chấm dứt; dự án còn hiệu lực.').waitFor(WAIT);
    await page.getByText('Còn hiệu lực').first().waitFor(WAIT);
    await expect
      .poll(() => page.getByRole('button', { name: 'Hủy chấm dứt', exact: true }).count(), WAIT)
      .toBe(0);

    const after = await readReport(page, app);
    expect(after.terminations).toBe(before.terminations - 1);
    expect(after.inForce).toBe(before.inForce + 1);
  });

  it('shows the correction dialogs on a phone without overflowing, and none to a viewer', async ({
    app,
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, app, app.staff);
    const projects = await api<{ items: { id: string }[] }>(
      page,
      app,
      '/projects?investmentType=FDI&status=active&pageSize=1&sort=-implementedVnd',
    );
    const projectId = projects.items[0]!.id;
    await page.goto(`${app.url}/projects/${projectId}`);
    await page.getByTestId('licensing-event').first().waitFor(WAIT);
    await noOverflow(page);
    await page.getByRole('button', { name: 'Sửa Cấp mới GCNĐKĐT' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lý do sửa').waitFor(WAIT);
    await dialogFits(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'edit-event-390.png') });
    await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);

    await page
      .getByRole('button', { name: /^Sửa nhà đầu tư / })
      .first()
      .click();
    await dialog.getByLabel('Tên nhà đầu tư').waitFor(WAIT);
    await expect.poll(() => dialog.getByLabel('Tên nhà đầu tư').inputValue(), WAIT).not.toBe('');
    await dialogFits(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'edit-investor-390.png') });
    await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();

    const implemented = page.getByRole('button', { name: /^Xóa vốn thực hiện tính đến / });
    if ((await implemented.count()) > 0) {
      await implemented.first().click();
      await dialog.getByLabel('Lý do xóa').waitFor(WAIT);
      await dialogFits(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'delete-implementation-390.png') });
      await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
    }
    await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
    await page.waitForTimeout(500);
    await noOverflow(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'project-390.png'), fullPage: true });

    // A viewer reads the same page without a single correction button.
    const viewer = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(viewer, app, app.viewer);
    await viewer.goto(`${app.url}/projects/${projectId}`);
    await viewer.getByTestId('licensing-event').first().waitFor(WAIT);
    expect(await viewer.getByRole('button', { name: /^(Sửa|Xóa|Hủy chấm dứt)/ }).count()).toBe(0);
    await viewer.close();
  });
});
