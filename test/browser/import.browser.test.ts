import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it, signIn } from './harness.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kcn-import-'));
function packageFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const zone = {
  code: 'TB-KCN-MOI',
  boardCode: 'TB',
  name: 'KCN Thái Thụy mở rộng',
  kind: 'KCN',
  status: 'established',
  areaHa: '150.5',
};
const project = {
  code: 'TB-2026-0001',
  boardCode: 'TB',
  zoneCode: 'TB-KCN-MOI',
  name: 'Nhà máy sản xuất bao bì Hưng Thịnh',
  investmentType: 'DDI',
  investors: [{ name: 'Công ty TNHH Bao bì Hưng Thịnh', country: 'VN' }],
};
const event = {
  projectCode: 'TB-2026-0001',
  kind: 'new',
  date: '2026-01-15',
  documentNo: 'TB-2026-0001',
  capitalVnd: '120000000000',
};

/** Several mistakes at once: an unknown field, a missing zone, an impossible date, an unknown project. */
const broken = {
  format: 'kcn-data-package',
  version: 1,
  zones: [{ ...zone, colour: 'xanh' }],
  projects: [{ ...project, zoneCode: 'KHONG-CO' }],
  licensingEvents: [{ ...event, date: '2026-02-30' }],
  capitalImplementations: [{ projectCode: 'KHONG-CO-DU-AN', asOf: '2026-06-30', implementedVnd: '1000' }],
};
const valid = {
  format: 'kcn-data-package',
  version: 1,
  zones: [zone],
  projects: [project],
  licensingEvents: [event],
};

async function upload(page: Page, file: string, { dryRun = false } = {}) {
  await page.locator('input[type=file]').setInputFiles(file);
  const checkbox = page.getByRole('checkbox', { name: 'Chỉ kiểm tra, không ghi' });
  if ((await checkbox.isChecked()) !== dryRun) await checkbox.click();
  await page.getByRole('button', { name: dryRun ? 'Kiểm tra gói dữ liệu' : 'Nhập dữ liệu' }).click();
}

/** The number a summary row shows in its column (1 added, 2 changed, 3 unchanged). */
async function summaryCell(page: Page, kind: string, column: 1 | 2 | 3) {
  const row = page
    .getByRole('region', { name: 'Kết quả nhập theo loại bản ghi' })
    .getByRole('row', { name: new RegExp(`^${kind}`) });
  return (await row.getByRole('cell').nth(column).textContent())?.trim();
}

describe('importing a data package', () => {
  it('lists every error of a broken package and writes nothing; then imports a valid one', async ({
    app,
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app, app.staff);
    const count = async (resource: string, q: string) =>
      ((await (await page.request.get(`${app.url}/api/v1/${resource}?q=${q}`)).json()) as { total: number })
        .total;
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/packages/import')) sent += 1;
    });

    // The zones list, read before the import (and kept in the cache).
    await page.getByRole('menuitem', { name: /Khu công nghiệp, khu/ }).click();
    await page.waitForURL(/\/zones$/);
    const totalText = page.getByText(/^\d+ bản ghi$/);
    await expect.poll(() => totalText.count()).toBe(1);
    const zonesBefore = Number((await totalText.textContent())!.split(' ')[0]);

    await page.getByRole('menuitem', { name: 'Nhập gói dữ liệu' }).click();
    await page.waitForURL(/\/import$/);

    // A file that is not JSON: a clear message, nothing sent.
    await page.locator('input[type=file]').setInputFiles(packageFile('hong.json', '{ "format": "kcn-data-'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không phải là JSON hợp lệ');
    expect(await page.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
    // A missing comma: where it is, in Vietnamese, not the engine's English.
    await page
      .locator('input[type=file]')
      .setInputFiles(packageFile('thieu-phay.json', '{\n  "format": "kcn-data-package"\n  "version": 1\n}'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('lỗi ở dòng 3, cột 3');
    expect(await page.getByRole('alert').textContent()).not.toMatch(/Unexpected|Expected|position/);
    expect(sent).toBe(0);

    // The broken package: every problem in the table, the count in the title, nothing written.
    const expected = await page.request.post(`${app.url}/api/v1/packages/import?dryRun=true`, {
      data: broken,
    });
    expect(expected.status()).toBe(422);
    const problems = ((await expected.json()) as { error: { details: { reason: string }[] } }).error.details;
    expect(problems.length).toBeGreaterThanOrEqual(4);
    await upload(page, packageFile('goi-loi.json', broken));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain(`Gói dữ liệu có ${problems.length} lỗi; không có dữ liệu nào được ghi.`);
    expect(sent).toBe(1);
    const errors = page.getByRole('region', { name: 'Danh sách lỗi của gói dữ liệu' });
    const rows = errors.getByRole('row');
    expect(await rows.count()).toBe(problems.length + 1); // and the header
    const text = (await errors.textContent())!;
    expect(text).toContain('Trường "colour" không có trong định dạng gói dữ liệu'); // the unknown field
    expect(text).not.toMatch(/mong đợi|nhận được|Khóa không được nhận dạng/); // never zod's wording
    expect(text).toContain('Không tìm thấy khu có mã "KHONG-CO"'); // the missing zone
    expect(text).toContain('Phải là một ngày có thật'); // 30 February
    expect(text).toContain('KHONG-CO-DU-AN'); // the unknown project
    const unknownField = errors.getByRole('row', { name: /colour/ });
    expect(await unknownField.textContent()).toMatch(
      /Khu công nghiệp, khu kinh tế.*thứ 1.*zones\[0\].*TB-KCN-MOI/,
    );
    expect(await count('zones', 'TB-KCN-MOI')).toBe(0);
    expect(await count('projects', 'TB-2026-0001')).toBe(0);

    // The valid package, checked only: what would change, and still nothing written.
    const file = packageFile('goi-hop-le.json', valid);
    await upload(page, file, { dryRun: true });
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('(chưa ghi — chỉ kiểm tra)');
    expect(await summaryCell(page, 'Khu công nghiệp, khu kinh tế', 1)).toBe('1');
    expect(await count('zones', 'TB-KCN-MOI')).toBe(0);

    // Imported for real: one zone, one project and its licensing event added.
    await upload(page, file);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Đã nhập gói dữ liệu');
    expect(await page.getByText('chưa ghi').count()).toBe(0);
    expect(await summaryCell(page, 'Khu công nghiệp, khu kinh tế', 1)).toBe('1');
    expect(await summaryCell(page, 'Dự án', 1)).toBe('1');
    expect(await summaryCell(page, 'Lượt cấp phép', 1)).toBe('1');
    expect(await summaryCell(page, 'Vốn thực hiện', 1)).toBe('0');
    expect(await count('projects', 'TB-2026-0001')).toBe(1);
    expect(await count('zones', 'TB-KCN-MOI')).toBe(1);

    // The cached zones list was refreshed: it counts the new zone.
    await page.getByRole('menuitem', { name: /Khu công nghiệp, khu/ }).click();
    await expect.poll(() => totalText.textContent()).toBe(`${zonesBefore + 1} bản ghi`);
    await page.getByRole('link', { name: zone.name }).click();
    await expect.poll(() => page.getByRole('link', { name: project.name }).count()).toBe(1);

    // The same package again changes nothing.
    await page.goto(`${app.url}/import`);
    await upload(page, file);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('không có gì thay đổi');
    expect(await summaryCell(page, 'Dự án', 3)).toBe('1');

    // And the board's data leaves as a package file, the new project in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải gói dữ liệu (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kcn-goi-du-lieu-TB-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string;
      projects: { code: string }[];
    };
    expect(exported.format).toBe('kcn-data-package');
    expect(exported.projects.map((p) => p.code)).toContain('TB-2026-0001');
    await context.close();
  });
});
