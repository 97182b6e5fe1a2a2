import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, vi } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { adminApi, it, signIn, type Account, type RunningApp } from './harness.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/commendation');

/** The year of the achievements the journey decides, and the year before it (already in the register). */
const YEAR = 2025;
const PERSON = 'Phạm Thị Ngọc Diệp';
const BANG_KHEN_TINH = 'Bằng khen của Chủ tịch UBND tỉnh';

async function pageAs(browser: Browser, app: RunningApp, account: Account, width = 1440): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await signIn(page, app, account);
  return page;
}

/** Opens a page of the commendation menu (Thi đua – Khen thưởng → the page). */
async function openFromMenu(page: Page, name: string) {
  const group = page.getByRole('menuitem', { name: /Thi đua – Khen thưởng$/ });
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
 * Picks the option whose title starts with `title` in an antd select — typing `typed` first when
 * the select searches the server — and returns once the select shows it. On a loaded machine a
 * click during the list's opening animation can land on nothing, so the gesture is retried.
 */
async function pickOption(page: Page, combobox: Locator, title: string, typed?: string) {
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const shown = async () => (await selectOf(combobox).textContent()) ?? '';
  await vi.waitFor(
    async () => {
      if ((await shown()).includes(title)) return;
      if ((await openList.count()) === 0) await combobox.click({ timeout: 5_000 });
      if (typed !== undefined) await combobox.fill(typed, { timeout: 5_000 });
      await expect
        .poll(() => openList.last().getAttribute('class'), { timeout: 5_000 })
        .not.toMatch(/-(appear|enter)(-active)?\b/);
      await openList.last().locator(`.ant-select-item-option[title^="${title}"]`).click({ timeout: 5_000 });
      await expect.poll(shown, { timeout: 5_000 }).toContain(title);
    },
    // A server search answers in seconds on a machine running three journeys at once.
    { timeout: 45_000, interval: 200 },
  );
}

/** Picks options of a multiple select in a dialog, then closes its list (not the dialog). */
async function pickMany(page: Page, dialog: Locator, combobox: Locator, titles: string[]) {
  for (const title of titles) await pickOption(page, combobox, title);
  await dialog.locator('.ant-modal-title').click();
  await expect
    .poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count())
    .toBe(0);
}

/**
 * The prior history, through the API as the board's records would hold it: the person and six
 * colleagues, their ratings, the year before's decision (all seven Lao động tiên tiến, the person
 * Chiến sĩ thi đua cơ sở — within the 15 % cap), and this year's Lao động tiên tiến of the
 * colleagues, so that this year's CSTĐCS of the person fits the cap once her own LĐTT is decided.
 */
async function prepareHistory(app: RunningApp): Promise<string> {
  const api = await adminApi(app);
  const person = async (name: string) =>
    (
      await api<{ id: string }>('POST', '/commendation/subjects', {
        board: 'TB',
        kind: 'person',
        name,
        position: 'Chuyên viên Phòng Quản lý đầu tư',
      })
    ).id;
  const diep = await person(PERSON);
  const colleagues: string[] = [];
  for (const name of [
    'Lê Văn An',
    'Trần Thị Bình',
    'Đỗ Văn Cường',
    'Vũ Thị Dung',
    'Hoàng Văn Em',
    'Ngô Thị Giang',
  ])
    colleagues.push(await person(name));
  for (const id of [diep, ...colleagues])
    for (const year of [YEAR - 1, YEAR])
      await api('PUT', `/commendation/subjects/${id}/ratings/${year}`, {
        rating: id === diep ? 'excellent' : 'good',
        discipline: null,
      });
  await api('POST', '/commendation/decisions', {
    board: 'TB',
    number: '21/QĐ-BQL',
    signedOn: `${YEAR}-01-15`,
    issuer: 'Trưởng ban Ban Quản lý các KCN tỉnh Thái Bình',
    level: 'unit',
    items: [
      ...[diep, ...colleagues].map((subjectId) => ({ subjectId, award: 'LDTT', year: YEAR - 1 })),
      { subjectId: diep, award: 'CSTDCS', year: YEAR - 1 },
    ],
  });
  await api('POST', '/commendation/decisions', {
    board: 'TB',
    number: '04/QĐ-BQL',
    signedOn: `${YEAR + 1}-01-10`,
    issuer: 'Trưởng ban Ban Quản lý các KCN tỉnh Thái Bình',
    level: 'unit',
    items: colleagues.map((subjectId) => ({ subjectId, award: 'LDTT', year: YEAR })),
  });
  return diep;
}

describe('emulation and commendation', () => {
  it('staff register a person for titles, record the decision recognising her CSTĐCS, and see her become eligible for the provincial certificate of merit', async ({
    app,
    browser,
  }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const diep = await prepareHistory(app);
    const staff = await pageAs(browser, app, app.staff);

    // Before this year's decision: eligible for nothing provincial yet, but next year's outlook says what is missing.
    await staff.goto(`${app.url}/commendation/eligibility?year=${YEAR - 1}&tab=outlook`);
    const outlook = staff.getByRole('row', { name: new RegExp(PERSON) });
    await expect
      .poll(() => outlook.textContent())
      .toContain(`Sẽ đủ điều kiện ${BANG_KHEN_TINH} năm ${YEAR} nếu:`);

    // Đăng ký thi đua: she registers for Lao động tiên tiến and Chiến sĩ thi đua cơ sở.
    await openFromMenu(staff, 'Đăng ký thi đua');
    await staff.waitForURL(/\/commendation\/registrations/);
    await staff.goto(`${app.url}/commendation/registrations?year=${YEAR}`);
    await staff.getByRole('heading', { name: `Đăng ký thi đua năm ${YEAR}` }).waitFor();
    await staff.getByRole('button', { name: /Đăng ký danh hiệu$/ }).click();
    const register = staff.getByRole('dialog', { name: `Đăng ký danh hiệu thi đua năm ${YEAR}` });
    await pickOption(staff, register.getByLabel('Cá nhân, tập thể', { exact: true }), PERSON, 'ngoc diep');
    await pickMany(staff, register, register.getByLabel('Danh hiệu đăng ký', { exact: true }), [
      'Lao động tiên tiến',
      'Chiến sĩ thi đua cơ sở',
    ]);
    await register.locator('.ant-modal-footer').getByRole('button', { name: 'Đăng ký' }).click();
    await register.waitFor({ state: 'hidden' });
    const registered = staff.getByRole('row', { name: new RegExp(PERSON) });
    await expect.poll(() => registered.count()).toBe(2);
    expect(await registered.allTextContents()).toEqual([
      expect.stringContaining('Chưa có quyết định'),
      expect.stringContaining('Chưa có quyết định'),
    ]);

    // Quyết định: recorded line by line — her Lao động tiên tiến and Chiến sĩ thi đua cơ sở of the year.
    await openFromMenu(staff, 'Quyết định');
    await staff.waitForURL(/\/commendation\/decisions/);
    await staff.getByRole('button', { name: /Ghi quyết định$/ }).click();
    const decision = staff.getByRole('dialog', { name: 'Ghi quyết định khen thưởng' });
    await decision.getByLabel('Số quyết định').fill('27/QĐ-BQL');
    await decision.getByLabel('Ngày ký', { exact: true }).fill(`20/01/${YEAR + 1}`);
    await decision.getByLabel('Ngày ký', { exact: true }).press('Tab');
    await decision.getByLabel('Cấp ký, người ký').fill('Trưởng ban Ban Quản lý các KCN tỉnh Thái Bình');
    await decision.getByLabel('Trích yếu').fill(`Công nhận danh hiệu thi đua năm ${YEAR}`);
    await decision.getByRole('button', { name: /Thêm dòng$/ }).click();
    const subjects = decision.getByLabel('Cá nhân, tập thể', { exact: true });
    const awards = decision.getByLabel('Danh hiệu, hình thức khen thưởng', { exact: true });
    const years = decision.getByLabel('Năm', { exact: true });
    for (const [line, award] of ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở'].entries()) {
      await pickOption(staff, subjects.nth(line), PERSON, 'ngoc diep');
      await pickOption(staff, awards.nth(line), award);
      await years.nth(line).fill(String(YEAR));
    }
    await decision.locator('.ant-modal-footer').getByRole('button', { name: 'Ghi quyết định' }).click();
    await decision.waitFor({ state: 'hidden' });
    await staff.getByText('Đã ghi quyết định 27/QĐ-BQL: 2 trường hợp vào sổ khen thưởng.').waitFor();
    await expect
      .poll(() => staff.getByRole('row', { name: /27\/QĐ-BQL/ }).textContent())
      .toContain('20/01/2026');

    // The registrations are now recognised.
    await staff.goto(`${app.url}/commendation/registrations?year=${YEAR}`);
    await expect
      .poll(() => staff.getByRole('row', { name: new RegExp(PERSON) }).allTextContents())
      .toEqual([expect.stringContaining('Đã được công nhận'), expect.stringContaining('Đã được công nhận')]);

    // Ai đủ điều kiện: two consecutive CSTĐCS — she qualifies for the provincial certificate of merit.
    await openFromMenu(staff, 'Ai đủ điều kiện');
    await staff.waitForURL(/\/commendation\/eligibility/);
    await staff.goto(`${app.url}/commendation/eligibility?year=${YEAR}`);
    const row = staff.getByRole('row', { name: new RegExp(PERSON) });
    await expect.poll(() => row.textContent()).toContain(BANG_KHEN_TINH);
    // The 15 % cap, as the board's register now has it (seven more Lao động tiên tiến allowed her CSTĐCS).
    const api = await adminApi(app);
    const { cap } = await api<{ cap: { ldttCount: number; cap: number; cstdcsCount: number } }>(
      'GET',
      `/commendation/eligibility?board=TB&year=${YEAR}`,
    );
    expect(cap.cstdcsCount).toBeLessThanOrEqual(cap.cap);
    expect(cap.ldttCount).toBeGreaterThanOrEqual(7);
    await expect
      .poll(() =>
        staff.locator('.ant-card', { hasText: `Tỷ lệ Chiến sĩ thi đua cơ sở năm ${YEAR}` }).textContent(),
      )
      .toContain(
        `Còn có thể công nhận ${cap.cap - cap.cstdcsCount} CSTĐCS (tối đa ${cap.cap} trên ${cap.ldttCount} Lao động tiên tiến).`,
      );
    // Her answer's conditions and the records behind it.
    await row.getByRole('button', { name: 'Mở rộng dòng' }).click();
    await staff.locator('.ant-collapse-header', { hasText: BANG_KHEN_TINH }).click();
    await staff
      .getByText(/27\/QĐ-BQL/)
      .first()
      .waitFor();
    await staff
      .getByText(/21\/QĐ-BQL/)
      .first()
      .waitFor();
    await staff.screenshot({ path: path.join(SCREENSHOTS, 'eligibility-1440.png'), fullPage: true });

    // Her own page says the same, condition by condition.
    await staff.goto(`${app.url}/commendation/subjects/${diep}?year=${YEAR}`);
    await staff.getByRole('heading', { name: PERSON }).waitFor();
    await expect
      .poll(() => staff.locator('.ant-collapse-header', { hasText: BANG_KHEN_TINH }).textContent())
      .toContain('Đủ điều kiện');
    await staff.screenshot({ path: path.join(SCREENSHOTS, 'subject-1440.png'), fullPage: true });

    // A viewer reads the same on a phone, without the staff's buttons and without sideways scrolling.
    const viewer = await pageAs(browser, app, app.viewer, 390);
    await viewer.goto(`${app.url}/commendation/eligibility?year=${YEAR}`);
    await expect
      .poll(() => viewer.getByRole('row', { name: new RegExp(PERSON) }).textContent())
      .toContain(BANG_KHEN_TINH);
    expect(await viewer.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await viewer.screenshot({ path: path.join(SCREENSHOTS, 'eligibility-390.png'), fullPage: true });
    await viewer.goto(`${app.url}/commendation/register?subject=${diep}`);
    await expect.poll(() => viewer.getByRole('row', { name: /Chiến sĩ thi đua cơ sở/ }).count()).toBe(2);
    expect(await viewer.getByRole('button', { name: 'Ghi khen thưởng của cấp khác' }).count()).toBe(0);
    expect(await viewer.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await viewer.screenshot({ path: path.join(SCREENSHOTS, 'register-390.png'), fullPage: true });
    await staff.context().close();
    await viewer.context().close();
  });
});
