import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { choose, it, signIn } from './harness.ts';

/** Pages answer within seconds even on a busy machine. */
const WAIT = { timeout: 20_000 };

/** The data rows of a downloaded list workbook, by header (the header row is the frozen one). */
async function workbookRows(path: string): Promise<Record<string, ExcelJS.CellValue>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const headerRow = (sheet.views[0] as { ySplit?: number }).ySplit!;
  const headers: string[] = [];
  sheet.getRow(headerRow).eachCell((cell, c) => (headers[c - 1] = String(cell.value)));
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.hasValues) rows.push(Object.fromEntries(headers.map((h, c) => [h, row.getCell(c + 1).value])));
  }
  return rows;
}

/** Clicks "Tải Excel" and waits for the file the browser saves. */
async function downloadExcel(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', WAIT),
    page.getByRole('button', { name: 'Tải Excel' }).click(),
  ]);
  return { name: download.suggestedFilename(), rows: await workbookRows((await download.path())!) };
}

/** The JSON list as the page's own session sees it (every page). */
async function apiList<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    return (await response.json()) as T;
  }, `/api/v1${path}`);
}

describe('lists downloaded as Excel', () => {
  it('a filtered project list downloads with exactly the rows the page shows', async ({ app, browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, app, app.staff);
    await page.goto(`${app.url}/projects`);
    await page.getByTestId('list-total').waitFor(WAIT);

    // Filter as a person would: a zone, then foreign investment.
    await choose(page, 'Khu', 'Tiền Hải');
    await page.keyboard.press('Escape');
    await choose(page, 'Loại hình đầu tư', 'nước ngoài');
    // Both choices reach the address, each in its own time on a loaded machine.
    await expect.poll(() => new URL(page.url()).searchParams.get('investmentType'), WAIT).toBe('FDI');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('zoneId') ?? '', WAIT)
      .toMatch(/^[0-9a-f-]{36}$/);
    const zoneId = new URL(page.url()).searchParams.get('zoneId');
    const expected = await apiList<{ total: number; items: { code: string }[] }>(
      page,
      `/projects?zoneId=${zoneId}&investmentType=FDI&pageSize=500`,
    );
    expect(expected.total).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('list-total').textContent(), WAIT)
      .toBe(`${expected.total} dự án`);

    const file = await downloadExcel(page);
    expect(file.name).toMatch(/^du-an_TB_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.rows).toHaveLength(expected.total);
    expect(file.rows.map((r) => r['Mã dự án'])).toEqual(expected.items.map((p) => p.code));
    expect(new Set(file.rows.map((r) => r['Khu công nghiệp, khu kinh tế']))).toEqual(
      new Set(['KCN Tiền Hải']),
    );
    expect(new Set(file.rows.map((r) => r['Loại đầu tư']))).toEqual(new Set(['FDI']));

    // A refusal reads as a message in Vietnamese, not as a file of JSON.
    await page.route('**/api/v1/projects?*format=xlsx*', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'LIST_DOWNLOAD_TOO_LARGE', message: 'Danh sách có quá nhiều dòng.', details: [] },
        }),
      }),
    );
    await page.getByRole('button', { name: 'Tải Excel' }).click();
    await expect
      .poll(
        () => page.getByText(/^Không tải được tệp Excel: Danh sách có quá nhiều dòng để tải một lần/).count(),
        WAIT,
      )
      .toBe(1);
    await context.close();
  });

  it('the licensing events and the filing completeness download too', async ({ app, browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, app, app.staff);

    await page.goto(`${app.url}/licensing-events?kind=termination`);
    await page.getByTestId('events-total').waitFor(WAIT);
    const events = await apiList<{ total: number }>(page, '/licensing-events?kind=termination&pageSize=1');
    await expect.poll(() => page.getByTestId('events-total').textContent(), WAIT).toBe(String(events.total));
    const eventsFile = await downloadExcel(page);
    expect(eventsFile.name).toMatch(/^luot-cap-phep_TB_/);
    expect(eventsFile.rows).toHaveLength(events.total);
    expect(new Set(eventsFile.rows.map((r) => r['Loại lượt']))).toEqual(new Set(['Chấm dứt']));

    await page.goto(`${app.url}/statistics/completeness?period=2019`);
    await page.getByTestId('completeness-expected').waitFor(WAIT);
    const completeness = await apiList<{ expected: number }>(page, '/statistics/completeness?period=2019');
    const completenessFile = await downloadExcel(page);
    expect(completenessFile.name).toMatch(/^nop-bao-cao-2019_TB_/);
    expect(completenessFile.rows).toHaveLength(completeness.expected);
    await context.close();
  });
});
