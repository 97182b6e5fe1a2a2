import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../../src/server/kernel/db/database.ts';
import { boards } from '../../src/server/modules/boards/boards.tables.ts';
import { startSmtp } from '../smtp.ts';
import {
  adminApi,
  button,
  choose,
  confirmPopup,
  it as journey,
  openInApp,
  signIn,
  startApp,
  type Account,
  type RunningApp,
} from './harness.ts';

const PERIOD = '2021-Q2';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/reminders-and-boards');
const SECOND_BOARD = { code: 'HY', name: 'Ban Quản lý các KCN tỉnh Hưng Yên', provinceCode: '33' };

/** A second board beside the demo one, so the national administrator sees two. */
async function addSecondBoard(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    await database.db.insert(boards).values(SECOND_BOARD);
  } finally {
    await database.close();
  }
}

type Smtp = Awaited<ReturnType<typeof startSmtp>>;

/** The app with e-mail through a real SMTP server started here, and two boards. */
const it = journey.extend<{ smtp: Smtp; app: RunningApp }>({
  smtp: [
    // eslint-disable-next-line no-empty-pattern -- Vitest reads fixture dependencies from this pattern
    async ({}, use) => {
      const smtp = await startSmtp();
      await use(smtp);
      await smtp.close();
    },
    { scope: 'file' },
  ],
  app: [
    async ({ smtp }, use) => {
      const app = await startApp({
        prepare: addSecondBoard,
        env: {
          SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
          MAIL_FROM: 'Ban Quản lý KKT và các KCN Thái Bình <bql@thaibinh.example.vn>',
        },
      });
      await use(app);
      await app.stop();
    },
    { scope: 'file' },
  ],
});

async function pageAs(browser: Browser, app: RunningApp, account: Account, width = 1440): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await signIn(page, app, account);
  return page;
}

describe('reminders by e-mail, and a board picker for users who see several boards', () => {
  it('staff open a period, an enterprise gives its e-mail, and the reminder reaches the SMTP server', async ({
    app,
    browser,
    smtp,
  }) => {
    const staff = await pageAs(browser, app, app.staff);
    await staff.goto(`${app.url}/statistics/periods`);
    await staff.getByLabel('Kỳ', { exact: true }).fill(PERIOD);
    await button(staff, 'Mở kỳ').click();
    await expect
      .poll(() => staff.getByRole('row', { name: new RegExp(`^${PERIOD}`) }).textContent())
      .toContain('Đang mở');

    // One enterprise of the demo board gets an account (the enterprises journey does this in the UI).
    const api = await adminApi(app);
    const tb = (await api<{ items: { id: string; code: string }[] }>('GET', '/boards')).items.find(
      (b) => b.code === 'TB',
    )!;
    const [enterprise] = (
      await api<{ items: { id: string; taxCode: string; name: string }[] }>(
        'GET',
        `/enterprises?boardId=${tb.id}&period=${PERIOD}&pageSize=1`,
      )
    ).items;
    const created = await api<{ password: string }>('POST', `/enterprises/${enterprise!.id}/accounts`, {
      username: 'dn.nhacnho',
      fullName: 'Vũ Thị Kế Toán',
    });

    // The enterprise's accountant gives the address reminders should go to, on "Tài khoản của tôi".
    const firm = await pageAs(browser, app, { username: 'dn.nhacnho', password: created.password });
    await firm.goto(`${app.url}/account`);
    await firm.getByRole('button', { name: 'Sửa' }).click();
    const dialog = firm.getByRole('dialog', { name: 'Sửa thông tin tài khoản' });
    await dialog.getByLabel('Thư điện tử').fill('ketoan@');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Địa chỉ thư điện tử không đúng, ví dụ ketoan@congty.vn.').waitFor();
    await dialog.getByLabel('Thư điện tử').fill('ketoan@doanhnghiep.example.vn');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => firm.getByTestId('account-email').textContent())
      .toBe('ketoan@doanhnghiep.example.vn');

    // Staff remind everyone still to file, from completeness.
    await staff.goto(`${app.url}/statistics/completeness?period=${PERIOD}`);
    await button(staff, 'Gửi nhắc nhở').click();
    await confirmPopup(staff, 'Gửi nhắc nhở');
    await expect
      .poll(() => staff.locator('.ant-message').textContent())
      .toMatch(/Đã nhắc \d+ doanh nghiệp; gửi thư điện tử cho 1, \d+ chưa có địa chỉ, 0 gửi không được\./);

    // The message is in the SMTP server's hands, addressed to the accountant, in Vietnamese.
    await expect.poll(() => smtp.received.length).toBe(1);
    expect(smtp.received[0]!.to).toEqual(['ketoan@doanhnghiep.example.vn']);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.from?.text).toContain('bql@thaibinh.example.vn');
    expect(mail.subject).toContain('Nhắc nộp báo cáo thống kê');
    expect(mail.text).toContain(enterprise!.name);

    // And the notice waits on the enterprise's filing page.
    await firm.goto(`${app.url}/filing`);
    await expect
      .poll(() =>
        firm.getByRole('alert').filter({ hasText: 'Ban Quản lý nhắc doanh nghiệp nộp báo cáo' }).count(),
      )
      .toBe(1);
    await staff.context().close();
    await firm.context().close();
  });

  it('a national administrator picks the board on completeness and periods, and never meets BOARD_REQUIRED', async ({
    app,
    browser,
  }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const refusals: string[] = [];
    for (const width of [1440, 390]) {
      const page = await pageAs(browser, app, app.admin, width);
      page.on('response', async (response) => {
        if (response.url().includes('/api/v1/') && response.status() === 400) {
          const text = await response.text().catch(() => '');
          if (/BOARD_REQUIRED/.test(text)) refusals.push(`${response.url()} ${text}`);
        }
      });
      // Completeness asks for a board first (no stale choice from another test: a fresh context).
      await page.goto(`${app.url}/statistics/completeness`);
      await page.getByText('Chọn Ban Quản lý để xem và làm việc trên trang này.').waitFor();
      await choose(page, 'Ban Quản lý', 'thai binh');
      const tbId = await tb(app, page);
      await expect.poll(() => new URL(page.url()).searchParams.get('boardId')).toBe(tbId);
      await page.getByTestId('period-select').click();
      await page.locator('.ant-select-item-option[title="Quý II/2021"]').click();
      await expect.poll(() => page.getByTestId('completeness-expected').textContent()).toMatch(/\d/);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, `completeness-${width}.png`), fullPage: true });

      // The next page remembers the choice; the other board is one pick away.
      await page.goto(`${app.url}/statistics/periods`);
      await expect.poll(() => page.getByRole('row', { name: /^2021-Q2/ }).count()).toBe(1);
      await choose(page, 'Ban Quản lý', 'hung yen');
      await expect.poll(() => page.getByRole('row', { name: /^2021-Q2/ }).count()).toBe(0);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, `periods-${width}.png`), fullPage: true });
      await page.context().close();
    }
    expect(refusals).toEqual([]);
  });

  it('every page of the menu works for a user of two boards: none asks the API without a board', async ({
    app,
    browser,
  }) => {
    const page = await pageAs(browser, app, app.admin);
    const refusals: string[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/api/v1/') && response.status() >= 400) {
        const text = await response.text().catch(() => '');
        if (/BOARD_REQUIRED/.test(text)) refusals.push(`${new URL(page.url()).pathname}: ${response.url()}`);
      }
    });
    const links = page.getByRole('menu').first().locator('a[href]');
    await links.first().waitFor();
    const pages = await links.evaluateAll((all) =>
      all.map((link) => new URL((link as { href: string }).href).pathname),
    );
    // Every group of the menu, the settings and the enterprises register among them.
    expect(pages, pages.join(' ')).toEqual(
      expect.arrayContaining([
        '/statistics/completeness',
        '/statistics/enterprises',
        '/settings/exchange-rates',
      ]),
    );
    for (const address of pages) {
      await openInApp(app, page, address);
      expect(await page.locator('.ant-alert-error').count(), address).toBe(0);
    }
    expect(refusals).toEqual([]);
    await page.context().close();
  });
});

/** The demo board's id, as the page's own session knows it. */
function tb(app: RunningApp, page: Page): Promise<string> {
  return page.evaluate(async (url) => {
    const me = (await (await fetch(`${url}/api/v1/auth/me`)).json()) as {
      visibleBoards: { id: string; code: string }[];
    };
    return me.visibleBoards.find((b) => b.code === 'TB')!.id;
  }, app.url);
}
