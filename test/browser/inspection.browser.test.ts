import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, vi } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { addDays, vietnamToday } from '../../src/domain/calendar-date.ts';
import { wordParagraphs, zipParts } from '../office-files.ts';
import { adminApi, it, pick, signIn, type Account, type RunningApp } from './harness.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/inspection');

/** The journey's days: the board's calendar day in Vietnam, as the server counts deadlines. */
const TODAY = vietnamToday();
const YEAR = Number(TODAY.slice(0, 4));
/** Five days ahead: within the week, so the finding is "Sắp đến hạn". */
const DUE = addDays(TODAY, 5);
const PLAN = `Kế hoạch kiểm tra doanh nghiệp năm ${YEAR}`;

/** 2026-03-15 → 15/03/2026, as people type a date here. */
const dayFirst = (iso: string) => iso.split('-').reverse().join('/');

async function pageAs(browser: Browser, app: RunningApp, account: Account, width = 1440): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await signIn(page, app, account);
  return page;
}

/** Opens a page of the inspection menu (Kiểm tra → the page). */
async function openFromMenu(page: Page, name: string) {
  const group = page.getByRole('menuitem', { name: /Kiểm tra$/ });
  const item = page.getByRole('menuitem', { name, exact: true });
  await group.waitFor();
  if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
  await item.click();
}

/** The antd select a combobox (its search input) belongs to. */
const selectOf = (combobox: Locator) =>
  combobox.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );

/**
 * Picks the option whose title starts with `title` in an antd select whose options the server
 * finds — typing `typed` first — and returns once the select shows it. Retried as a whole: a click
 * during the list's opening animation can land on nothing on a loaded machine.
 */
async function pickFound(page: Page, combobox: Locator, title: string, typed: string) {
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const shown = async () => (await selectOf(combobox).textContent()) ?? '';
  await vi.waitFor(
    async () => {
      if ((await shown()).includes(title)) return;
      if ((await openList.count()) === 0) await combobox.click({ timeout: 2_000 });
      await combobox.fill(typed, { timeout: 2_000 });
      await expect
        .poll(() => openList.last().getAttribute('class'), { timeout: 2_000 })
        .not.toMatch(/-(appear|enter)(-active)?\b/);
      await openList.last().locator(`.ant-select-item-option[title^="${title}"]`).click({ timeout: 2_000 });
      await expect.poll(shown, { timeout: 2_000 }).toContain(title);
    },
    { timeout: 20_000, interval: 200 },
  );
}

/** Picks options of a multiple select in a dialog, then closes its list (not the dialog). */
async function pickMany(page: Page, dialog: Locator, combobox: Locator, titles: string[]) {
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (const title of titles)
    await vi.waitFor(
      async () => {
        if ((await selectOf(combobox).textContent())?.includes(title)) return;
        if ((await openList.count()) === 0) await combobox.click({ timeout: 2_000 });
        await expect
          .poll(() => openList.last().getAttribute('class'), { timeout: 2_000 })
          .not.toMatch(/-(appear|enter)(-active)?\b/);
        await openList.last().locator(`.ant-select-item-option[title^="${title}"]`).click({ timeout: 2_000 });
        await expect.poll(async () => (await selectOf(combobox).textContent()) ?? '').toContain(title);
      },
      { timeout: 20_000, interval: 200 },
    );
  await dialog.locator('.ant-modal-title').click();
  await expect.poll(() => openList.count()).toBe(0);
}

/** Types a date day first into a date field of a dialog and leaves the field. */
async function typeDate(dialog: Locator, label: string, iso: string) {
  const field = dialog.getByLabel(label, { exact: true });
  await field.fill(dayFirst(iso));
  await field.press('Tab');
}

/** Sends a dialog with its own button (the page behind may have one of the same name). */
async function submit(dialog: Locator, text: string) {
  await dialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: new RegExp(`^(loading )?${text}$`) })
    .click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The text of a downloaded Word file, paragraph by paragraph. */
const wordText = async (content: Buffer) =>
  wordParagraphs((await zipParts(content)).get('word/document.xml')!).join('\n');

/** Clicks and returns what the browser downloaded: its name and its bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
}

describe('inspection', () => {
  it('staff plan an inspection of a demo enterprise, approve the plan, record the inspection, follow a finding to its close and conclude', async ({
    app,
    browser,
  }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const api = await adminApi(app);
    const boards = await api<{ items: { id: string; code: string }[] }>('GET', '/boards');
    const tb = boards.items.find((b) => b.code === 'TB')!;
    const { items } = await api<{ items: { id: string; name: string; taxCode: string }[] }>(
      'GET',
      `/enterprises?boardId=${tb.id}&pageSize=1`,
    );
    const enterprise = items[0]!;
    // Earlier this year the fire police inspected it out of plan on fire safety: planning it again
    // on that topic overlaps.
    await api('POST', '/inspection/inspections', {
      board: 'TB',
      enterpriseId: enterprise.id,
      topics: ['fire_safety'],
      basis: 'Quyết định số 05/QĐ-PCCC',
      startedOn: TODAY,
      teamLeader: 'Trần Văn Hùng – Đội trưởng Đội Cảnh sát PCCC',
    });

    const staff = await pageAs(browser, app, app.staff);

    // Kế hoạch kiểm tra: a new plan for the year.
    await openFromMenu(staff, 'Kế hoạch kiểm tra');
    await staff.waitForURL(/\/inspection\/plans/);
    await staff.goto(`${app.url}/inspection/plans?year=${YEAR}`);
    await staff.getByText(`Chưa có kế hoạch kiểm tra năm ${YEAR}.`).waitFor();
    await staff.getByRole('button', { name: /Lập kế hoạch$/ }).click();
    const newPlan = staff.getByRole('dialog', { name: 'Lập kế hoạch kiểm tra' });
    await expect.poll(() => newPlan.getByLabel('Tên kế hoạch').inputValue()).toBe(PLAN);
    await submit(newPlan, 'Lập kế hoạch');
    await staff.waitForURL(/\/inspection\/plans\/[0-9a-f-]{36}$/);
    const planUrl = staff.url();
    await staff.getByRole('heading', { name: PLAN }).waitFor();
    await staff.getByText('Dự thảo', { exact: true }).waitFor();
    await staff.getByText('Kế hoạch chưa có doanh nghiệp nào.').waitFor();

    // An item: the enterprise, found by its tax code; environment and fire safety; in May; with the environment department.
    await staff.getByRole('button', { name: /Thêm doanh nghiệp$/ }).click();
    const item = staff.getByRole('dialog', { name: 'Thêm doanh nghiệp vào kế hoạch' });
    await pickFound(
      staff,
      item.getByLabel('Doanh nghiệp', { exact: true }),
      `${enterprise.name} — ${enterprise.taxCode}`,
      enterprise.taxCode,
    );
    await pickMany(staff, item, item.getByLabel('Nội dung kiểm tra', { exact: true }), [
      'Bảo vệ môi trường',
      'Phòng cháy, chữa cháy',
    ]);
    await pick(staff, item.getByLabel('Thời gian dự kiến', { exact: true }), 'Tháng 5');
    await pickMany(staff, item, item.getByLabel('Cơ quan phối hợp', { exact: true }), [
      'Sở Tài nguyên và Môi trường',
    ]);
    await item.getByLabel('Đơn vị chủ trì').fill('Phòng Quản lý môi trường');
    await submit(item, 'Thêm');
    const line = staff.getByRole('row', { name: new RegExp(enterprise.name) });
    await expect.poll(() => line.textContent()).toContain('Tháng 5');
    const lineText = (await line.textContent()) ?? '';
    for (const shown of [
      'Bảo vệ môi trường',
      'Phòng cháy, chữa cháy',
      'Sở Tài nguyên và Môi trường',
      'Chưa kiểm tra',
      'Trùng lặp',
    ])
      expect(lineText).toContain(shown);

    // The overlap with this year's fire-safety inspection is said above the plan.
    const overlap = staff.getByRole('alert').filter({ hasText: 'Trùng lặp kiểm tra trong năm' });
    await expect.poll(() => overlap.textContent()).toContain(`${enterprise.name}`);
    expect(await overlap.textContent()).toContain('Phòng cháy, chữa cháy (2 lần)');
    expect(await overlap.textContent()).not.toContain('Bảo vệ môi trường');
    await staff.screenshot({ path: path.join(SCREENSHOTS, 'plan-draft-1440.png'), fullPage: true });

    // Phê duyệt by decision, knowing the overlap.
    await staff.getByRole('button', { name: /^Phê duyệt$/ }).click();
    const approve = staff.getByRole('dialog', { name: 'Phê duyệt kế hoạch kiểm tra' });
    await approve.getByText('Kế hoạch còn trùng lặp kiểm tra').waitFor();
    await approve.getByLabel('Số quyết định').fill('15/QĐ-BQL');
    await typeDate(approve, 'Ngày quyết định', TODAY);
    await approve.getByLabel('Người ký').fill('Trưởng ban Nguyễn Văn Thành');
    await submit(approve, 'Phê duyệt');
    await staff.getByText('Đã phê duyệt', { exact: true }).waitFor();
    await staff.getByText(`Quyết định số 15/QĐ-BQL ngày ${dayFirst(TODAY)}`).waitFor();
    await staff.getByText('Trưởng ban Nguyễn Văn Thành').waitFor();
    expect(await staff.getByRole('button', { name: /Thêm doanh nghiệp$/ }).count()).toBe(0);

    // Ghi cuộc kiểm tra from the plan's line: the enterprise and topics are the line's.
    await line.getByRole('button', { name: /Ghi cuộc kiểm tra$/ }).click();
    const record = staff.getByRole('dialog', { name: 'Ghi cuộc kiểm tra' });
    await record.getByText(`${enterprise.name} — ${enterprise.taxCode}`).waitFor();
    expect(await selectOf(record.getByLabel('Nội dung kiểm tra', { exact: true })).textContent()).toContain(
      'Bảo vệ môi trường',
    );
    await record
      .getByLabel('Căn cứ (quyết định kiểm tra)')
      .fill(`Quyết định số 30/QĐ-BQL ngày ${dayFirst(TODAY)} của Trưởng ban`);
    await typeDate(record, 'Ngày bắt đầu', TODAY);
    await record.getByLabel('Trưởng đoàn').fill('Nguyễn Thị Lan – Trưởng phòng Quản lý môi trường');
    await record
      .getByLabel('Thành viên đoàn')
      .fill('Lê Văn Nam – Chuyên viên\nPhạm Thu Hà – Sở Tài nguyên và Môi trường');
    await record.getByLabel('Đại diện doanh nghiệp').fill('Ông Kim Min-jun – Giám đốc nhà máy');
    await submit(record, 'Ghi');
    await staff.waitForURL(/\/inspection\/inspections\/[0-9a-f-]{36}$/);
    const inspectionUrl = staff.url();
    await staff.getByRole('heading', { name: `Kiểm tra ${enterprise.name}` }).waitFor();
    await staff.getByText('Đang kiểm tra', { exact: true }).waitFor();
    await staff.getByRole('link', { name: `Theo ${PLAN}` }).waitFor();
    await staff.getByText('Lê Văn Nam – Chuyên viên; Phạm Thu Hà – Sở Tài nguyên và Môi trường').waitFor();
    await staff.getByText('Chưa ghi vi phạm nào.').waitFor();

    // A finding with its fine and a remedy due in five days.
    await staff.getByRole('button', { name: /Thêm vi phạm$/ }).click();
    const finding = staff.getByRole('dialog', { name: 'Thêm vi phạm' });
    await pick(staff, finding.getByLabel('Nội dung', { exact: true }), 'Bảo vệ môi trường');
    await finding
      .getByLabel('Nội dung vi phạm')
      .fill('Xả nước thải vượt quy chuẩn kỹ thuật về chất thải từ 02 đến dưới 05 lần');
    await finding.getByLabel('Căn cứ pháp lý').fill('Khoản 4 Điều 18 Nghị định 45/2022/NĐ-CP');
    await pick(staff, finding.getByLabel('Mức độ', { exact: true }), 'Nghiêm trọng');
    await finding.getByLabel('Tiền phạt').fill('150000000');
    await finding.getByLabel('Biện pháp khắc phục').fill('Cải tạo hệ thống xử lý nước thải, quan trắc lại');
    await typeDate(finding, 'Hạn khắc phục', DUE);
    await submit(finding, 'Thêm vi phạm');
    const violation = staff.getByRole('row', { name: /Xả nước thải vượt quy chuẩn/ });
    await expect.poll(() => violation.textContent()).toContain('150.000.000 đồng');
    const violationText = (await violation.textContent()) ?? '';
    for (const shown of [
      'Bảo vệ môi trường',
      'Khoản 4 Điều 18',
      'Nghiêm trọng',
      dayFirst(DUE),
      'Sắp đến hạn',
    ])
      expect(violationText).toContain(shown);
    await expect.poll(() => violation.getByRole('button', { name: /Đóng$/ }).isDisabled()).toBe(true);

    // It shows in the follow-up list, among those not yet remedied.
    await staff.goto(`${app.url}/inspection/findings`);
    const followed = staff.getByRole('row', { name: /Xả nước thải vượt quy chuẩn/ });
    await expect.poll(() => followed.textContent()).toContain('Sắp đến hạn');
    expect(await followed.getByRole('link', { name: enterprise.name }).getAttribute('href')).toBe(
      new URL(inspectionUrl).pathname,
    );
    await followed.getByRole('link', { name: enterprise.name }).click();
    await staff.waitForURL(inspectionUrl);

    // The enterprise reports its remedy, with evidence.
    await violation.getByRole('button', { name: /Ghi khắc phục$/ }).click();
    const followUp = staff.getByRole('dialog', { name: 'Ghi kết quả khắc phục' });
    await typeDate(followUp, 'Ngày báo cáo', TODAY);
    await followUp.getByLabel('Kết quả khắc phục').fill('Đã cải tạo bể lắng, bổ sung hóa chất keo tụ');
    await followUp
      .getByLabel('Tài liệu, chứng cứ')
      .fill('Báo cáo số 12/BC-CTY kèm phiếu kết quả quan trắc nước thải');
    // With it, the photo of the rebuilt settling tank (a PNG), sent once the follow-up is recorded.
    const photo = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256)),
    ]);
    await followUp
      .locator('input[type=file]')
      .setInputFiles({ name: 'ảnh bể lắng.png', mimeType: 'image/png', buffer: photo });
    await followUp.getByText('ảnh bể lắng.png').waitFor();
    await submit(followUp, 'Ghi');
    await expect.poll(() => violation.getByRole('button', { name: /Đóng$/ }).isDisabled()).toBe(false);
    await violation.getByRole('button', { name: 'Mở rộng dòng' }).click();
    await staff.getByText('Chứng cứ: Báo cáo số 12/BC-CTY kèm phiếu kết quả quan trắc nước thải').waitFor();
    // The opened row's history, as it shows under the row.
    await staff
      .locator('.ant-table-wrapper')
      .last()
      .screenshot({ path: path.join(SCREENSHOTS, 'findings-expanded-1440.png') });
    // The history offers the photo back, byte for byte, under its name.
    const evidence = await download(staff, () =>
      staff.getByRole('button', { name: /Tệp: ảnh bể lắng\.png \(3 KB\)$/ }).click(),
    );
    expect(evidence.name).toBe('ảnh bể lắng.png');
    expect(evidence.content.equals(photo)).toBe(true);

    // Closed: remedied.
    await violation.getByRole('button', { name: /Đóng$/ }).click();
    const close = staff.getByRole('dialog', { name: 'Đóng vi phạm (đã khắc phục)' });
    await typeDate(close, 'Ngày đóng', TODAY);
    await close
      .getByLabel('Đánh giá kết quả khắc phục')
      .fill('Kết quả quan trắc lại đạt QCVN 40:2011/BTNMT cột B');
    await submit(close, 'Đóng');
    await expect.poll(() => violation.textContent()).toContain('Đã khắc phục');
    await staff.getByText(`Đã khắc phục, đóng ngày ${dayFirst(TODAY)}: Kết quả quan trắc lại đạt`).waitFor();
    await staff.getByText('0 chưa khắc phục / 1').waitFor();
    expect(await violation.getByRole('button', { name: /Mở lại$/ }).count()).toBe(1);

    // Kết luận: issued; its Word file is offered beside the record's.
    expect(await staff.getByRole('button', { name: /Tải kết luận \(Word\)$/ }).count()).toBe(0);
    await staff.getByRole('button', { name: /Kết luận$/ }).click();
    const conclude = staff.getByRole('dialog', { name: 'Ban hành kết luận kiểm tra' });
    await conclude.getByLabel('Số kết luận').fill('20/KL-BQL');
    await typeDate(conclude, 'Ngày kết luận', TODAY);
    await conclude
      .getByLabel('Nội dung kết luận')
      .fill('Doanh nghiệp đã khắc phục vi phạm về xả nước thải; yêu cầu duy trì quan trắc định kỳ.');
    await submit(conclude, 'Kết luận');
    await staff.getByText('Đã kết luận', { exact: true }).waitFor();
    await staff.getByText(`Số 20/KL-BQL ngày ${dayFirst(TODAY)}`).waitFor();
    expect(await staff.getByRole('button', { name: /Kết luận$/ }).count()).toBe(0);
    const conclusion = await download(staff, () =>
      staff.getByRole('button', { name: /Tải kết luận \(Word\)$/ }).click(),
    );
    expect(conclusion.name).toMatch(/\.docx$/);
    expect(await wordText(conclusion.content)).toContain('Số: 20/KL-BQL');
    const recordFile = await download(staff, () =>
      staff.getByRole('button', { name: /Tải biên bản \(Word\)$/ }).click(),
    );
    expect(recordFile.name).toMatch(/\.docx$/);
    expect(await wordText(recordFile.content)).toContain(`Tên doanh nghiệp: ${enterprise.name}`);
    await staff.screenshot({ path: path.join(SCREENSHOTS, 'inspection-1440.png'), fullPage: true });

    // The plan's line is done; the follow-up list has nothing left for it; the closed view shows it.
    await staff.goto(planUrl);
    await expect.poll(() => line.textContent()).toContain('Cuộc 1');
    await staff.getByText('Đã kiểm tra 1/1 doanh nghiệp').waitFor();
    await staff.goto(`${app.url}/inspection/findings`);
    await staff.getByText('Không có vi phạm nào.').waitFor();
    await staff.goto(`${app.url}/inspection/findings?state=closed`);
    await expect
      .poll(() => staff.getByRole('row', { name: /Xả nước thải vượt quy chuẩn/ }).textContent())
      .toContain('Đã khắc phục');

    // Cuộc kiểm tra: the list, filtered in the address.
    await staff.goto(`${app.url}/inspection/inspections?year=${YEAR}&kind=planned`);
    const listed = staff.getByRole('row', { name: new RegExp(enterprise.name) });
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('Đã kết luận');
    await staff.goto(`${app.url}/inspection/inspections?year=${YEAR}`);
    await expect.poll(() => listed.count()).toBe(2);

    // A viewer reads the inspection on a phone, without the staff's buttons and without sideways scrolling.
    const viewer = await pageAs(browser, app, app.viewer, 390);
    await viewer.goto(inspectionUrl);
    await viewer.getByRole('heading', { name: `Kiểm tra ${enterprise.name}` }).waitFor();
    await expect
      .poll(() => viewer.getByRole('row', { name: /Xả nước thải vượt quy chuẩn/ }).textContent())
      .toContain('Đã khắc phục');
    expect(await viewer.getByRole('button', { name: /Thêm vi phạm$/ }).count()).toBe(0);
    expect(await viewer.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await viewer.screenshot({ path: path.join(SCREENSHOTS, 'inspection-390.png'), fullPage: true });
    await viewer.goto(planUrl);
    await viewer.getByRole('heading', { name: PLAN }).waitFor();
    expect(await viewer.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await staff.context().close();
    await viewer.context().close();
  });
});
