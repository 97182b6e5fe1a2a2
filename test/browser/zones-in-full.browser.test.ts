import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { vietnamToday } from '../../src/domain/calendar-date.ts';
import { formatNumber } from '../../src/domain/number-format.ts';
import { button, it, signIn } from './harness.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/zones-in-full');
const TODAY = vietnamToday();
/** A date after the demo's last land entry (31/12/2024) and before today. */
const EARLIER = '2025-06-30';

interface ZonesReport {
  byStatus: { operating: { occupancyPct: number | null; leasedLandHa: string } };
}

async function report(page: Page, url: string, asOf: string): Promise<ZonesReport> {
  const response = await page.request.get(`${url}/api/v1/reports/zones?asOf=${asOf}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ZonesReport;
}

/** The occupancy as the report page writes it: 68,4%. */
const shown = (pct: number | null) => (pct === null ? '—' : `${formatNumber(pct.toFixed(1))}%`);

async function openZone(page: Page, url: string, name: RegExp) {
  await page.goto(`${url}/zones?status=operating`);
  await page.getByRole('link', { name }).first().click();
  await page.waitForURL(/\/zones\/[0-9a-f-]+$/);
}

describe('a zone in full: land over time, works, decisions, boundary', () => {
  it('staff record a land change and a work’s progress; the report at an earlier date keeps the earlier occupancy', async ({
    app,
    browser,
  }) => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(page, app, app.staff);
    const before = await report(page, app.url, EARLIER);
    const todayBefore = await report(page, app.url, TODAY);

    await openZone(page, app.url, /Tiền Hải/);
    const zoneId = page.url().split('/').pop()!;
    const zone = (await (await page.request.get(`${app.url}/api/v1/zones/${zoneId}`)).json()) as {
      industrialLandHa: string;
      leasedLandHa: string;
      landHistory: unknown[];
    };
    expect(zone.landHistory.length).toBeGreaterThan(1);

    // The page shows the zone's decisions with its status history, its works and its boundary.
    const decisions = page.locator('.ant-card', { hasText: 'Quyết định và quá trình của khu' });
    await expect.poll(() => decisions.getByText('2150/QĐ-UBND').count()).toBeGreaterThan(0);
    await expect.poll(() => decisions.getByText('Đã đi vào hoạt động').count()).toBeGreaterThan(0);
    const boundary = page.locator('.ant-card', { hasText: 'Ranh giới' }).filter({ hasText: 'Hệ tọa độ' });
    await expect.poll(() => boundary.getByText(/VN-2000, kinh tuyến trục/).count()).toBe(1);
    await boundary.locator('canvas').first().waitFor();
    const works = page.locator('.ant-card', { hasText: 'Công trình hạ tầng' });
    await expect.poll(() => works.getByRole('row').count()).toBeGreaterThan(1);
    const landCard = page.locator('.ant-card', { hasText: 'Đất của khu theo thời gian' });
    await landCard.locator('canvas').first().waitFor();

    // A land change from today: 20 ha more leased (within the industrial land).
    const leasedNow = Math.min(Number(zone.leasedLandHa) + 20, Number(zone.industrialLandHa));
    await button(page, 'Ghi nhận thay đổi đất').click();
    const land = page.getByRole('dialog', { name: /Thay đổi đất của khu TB-TH/ });
    await land.getByLabel('Đã cho thuê (ha)', { exact: true }).fill(formatNumber(leasedNow.toFixed(1)));
    await land.getByLabel('Căn cứ (quyết định, đo đạc…)').fill('Biên bản bàn giao đất cho nhà đầu tư mới');
    await land.locator('.ant-modal-footer').getByRole('button', { name: 'Ghi nhận' }).click();
    await expect.poll(() => land.count()).toBe(0);
    await expect.poll(() => landCard.getByText('Biên bản bàn giao đất cho nhà đầu tư mới').count()).toBe(1);

    // A work's progress: the power line, reported today a little further on.
    const row = works.getByRole('row', { name: /Trạm biến áp 110 kV/ });
    const workList = (await (
      await page.request.get(`${app.url}/api/v1/infrastructure/works?zone=${zoneId}&kind=power_supply`)
    ).json()) as { items: { id: string; latest: { progressPct: string } | null }[] };
    const latest = Number(workList.items[0]?.latest?.progressPct ?? '0');
    const next = Math.min(100, Math.floor(latest) + 5);
    await row.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const progress = page.getByRole('dialog', { name: /Báo cáo tiến độ: Trạm biến áp 110 kV/ });
    await progress.getByLabel('Tiến độ (%)').fill(String(next));
    await progress.locator('.ant-modal-footer').getByRole('button', { name: 'Ghi báo cáo' }).click();
    await expect.poll(() => progress.count()).toBe(0);
    await expect.poll(() => row.getByText(`${next}%`, { exact: true }).count()).toBe(1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'zone-1440.png'), fullPage: true });

    // The report: today's occupancy moved, the earlier date's did not.
    const after = await report(page, app.url, EARLIER);
    expect(after).toEqual(before);
    const todayAfter = await report(page, app.url, TODAY);
    expect(todayAfter.byStatus.operating.leasedLandHa).not.toBe(todayBefore.byStatus.operating.leasedLandHa);
    await page.goto(`${app.url}/reports/zones?asOf=${EARLIER}`);
    const occupancy = page
      .locator('.ant-descriptions-item')
      .filter({ has: page.getByText('Tỷ lệ lấp đầy', { exact: true }) });
    await expect
      .poll(() => occupancy.first().textContent())
      .toContain(shown(before.byStatus.operating.occupancyPct));
    await page.close();
  });

  it('a viewer reads the zone page at 390 px with no change offered', async ({ app, browser }) => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signIn(page, app, app.viewer);
    await openZone(page, app.url, /Tiền Hải/);
    await expect.poll(() => page.getByText('Công trình hạ tầng').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('2150/QĐ-UBND').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Ghi nhận thay đổi đất' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Báo cáo tiến độ' }).count()).toBe(0);
    // Nothing wider than the screen but the tables, which scroll inside their cards.
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'zone-390.png'), fullPage: true });
    await page.close();
  });
});
