import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { freePort } from '../processes.ts';
import { expect, inject, test, vi } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESULTS = path.join(ROOT, 'test-results');
export const CHROMIUM = process.env.KCN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The journeys' own accounts get a strong passphrase (the server refuses guessable passwords and
 * ones made of the person's details), the same for every run so a failure can be replayed by hand;
 * each account adds its own ending.
 */
export const JOURNEY_PASSPHRASE = 'Sen-Vang-Tra-Ly-2019!';

export interface Account {
  username: string;
  password: string;
}

export interface RunningApp {
  url: string;
  admin: Account;
  /** Staff of the demo board TB (may write). */
  staff: Account;
  /** Viewer of the demo board TB (reads only). */
  viewer: Account;
  stop(): Promise<void>;
}

/**
 * The real application as a board would run it: the built web app (built once by global-setup.ts), the server
 * on a fresh embedded database with the Thái Bình demo data, and a staff and a viewer account.
 *
 * global-setup.ts loads the demo data once per run with `kcn demo`; each server starts on its own
 * copy of that closed database and, finding no user there, creates the first administrator and
 * prints its password exactly as on a first start. Without that copy (a run without the browser
 * project's global setup) the server loads the demo data itself, as `npm start` does.
 */
export async function startApp(
  options: {
    /** Runs on the data directory before the server opens it: what no route makes (blocs). */
    prepare?: (dataDir: string) => Promise<void>;
    /** The server's environment beyond the test's own (SMTP_URL, MAIL_FROM…). */
    env?: Record<string, string>;
  } = {},
): Promise<RunningApp> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'kcn-browser-'));
  const dataDir = path.join(home, 'data');
  const demo = inject('browserDemoDataDir');
  if (demo) cpSync(demo, dataDir, { recursive: true });
  await options.prepare?.(dataDir);
  const port = await freePort();
  const server: ChildProcess = spawn(
    path.join(ROOT, 'bin/kcn'),
    ['serve', '--data-dir', dataDir, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
    },
  );
  let output = '';
  server.stdout!.setEncoding('utf8');
  server.stderr!.setEncoding('utf8');
  server.stdout!.on('data', (d: string) => (output += d));
  server.stderr!.on('data', (d: string) => (output += d));
  const deadline = Date.now() + 120_000;
  while (!output.includes('đang chạy')) {
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = `http://127.0.0.1:${port}`;
  const admin = { username: 'admin', password: /Mật khẩu:\s+(\S+)/.exec(output)![1]! };

  // Accounts for the journeys, created as an administrator would, through the API.
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const boards = (await (await fetch(`${url}/api/v1/boards`, { headers: { cookie } })).json()) as {
    items: { id: string; code: string }[];
  };
  const tb = boards.items.find((b) => b.code === 'TB')!;
  const account = async (username: string, role: string, ending: string): Promise<Account> => {
    const password = `${JOURNEY_PASSPHRASE}${ending}`;
    const response = await fetch(`${url}/api/v1/users`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        username,
        fullName: username === 'can.bo' ? 'Nguyễn Thị Lan' : 'Trần Văn Minh',
        role,
        boardId: tb.id,
        password,
      }),
    });
    if (response.status !== 201) throw new Error(`cannot create ${username}: ${await response.text()}`);
    return { username, password };
  };
  const staff = await account('can.bo', 'staff', 'q7');
  const viewer = await account('nguoi.xem', 'viewer', 'x4');
  return {
    url,
    admin,
    staff,
    viewer,
    async stop() {
      const closed = new Promise((resolve) => server.on('close', resolve));
      server.kill('SIGTERM');
      await closed;
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with a fresh profile and no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi-VN',
      // The app turns antd's animations off for people who ask for less motion: a click never
      // lands on a dialog still zooming in (which, on a busy CI machine, lost clicks).
      '--force-prefers-reduced-motion',
    ],
  });
}

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, app: RunningApp, account: Account) {
  await page.goto(`${app.url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * A button by its text. Ant Design leaves a submit button's spinner (aria-label "loading") in the
 * DOM while it fades out, which prefixes the accessible name for a moment; this matches either way.
 */
export function button(page: Page, text: string) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('button', { name: new RegExp(`^(loading )?${escaped}$`) });
}

/** Types a date as people do in the board (dd/mm/yyyy) into an antd date picker. */
export async function fillDate(page: Page, label: string, date: string) {
  await page.getByLabel(label, { exact: true }).fill(date);
  await page.keyboard.press('Enter');
}

/**
 * Answers the open pop-up question (antd Popconfirm) with its button — once it has finished
 * zooming in: on a busy machine a click during the animation can land on nothing, and the
 * question stays open.
 */
export async function confirmPopup(page: Page, text: string) {
  const popup = page.locator('.ant-popconfirm:not(.ant-popover-hidden)').last();
  await popup.waitFor();
  await expect.poll(() => popup.getAttribute('class')).not.toMatch(/-(appear|enter)(-active)?\b/);
  await popup.getByRole('button', { name: text }).click();
  await popup.waitFor({ state: 'hidden' });
}

/**
 * Picks the option whose title starts with `title` in the list of the antd select `combobox`,
 * and returns once the list has closed. On a loaded machine a click during the list's opening
 * animation was seen to land on nothing (the list stayed open, nothing chosen), so the whole
 * gesture is retried until the list has closed.
 */
export async function pick(page: Page, combobox: Locator, title: string) {
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await vi.waitFor(
    async () => {
      if ((await openList.count()) === 0) await combobox.click({ timeout: 2_000 });
      await openList.last().waitFor({ timeout: 2_000 });
      await expect
        .poll(() => openList.last().getAttribute('class'), { timeout: 2_000 })
        .not.toMatch(/-(appear|enter)(-active)?\b/);
      await openList.last().locator(`.ant-select-item-option[title^="${title}"]`).click({ timeout: 2_000 });
      await expect.poll(() => openList.count(), { timeout: 2_000 }).toBe(0);
    },
    { timeout: 20_000, interval: 200 },
  );
}

/** Waits until the page has loaded what it shows: its data, its lazy parts, its charts. */
export async function pageLoaded(page: Page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
}

/** Requests each page has under way: what openInApp waits on. */
const inFlight = new WeakMap<Page, () => number>();

function trackRequests(page: Page) {
  let count = 0;
  page.on('request', () => count++);
  page.on('requestfinished', () => count--);
  page.on('requestfailed', () => count--);
  inFlight.set(page, () => count);
}

/**
 * Opens a page as the app's own links do (no reload of the app: a journey through every page
 * stays fast), and waits until it has loaded what it shows: nothing fetched and no spinner, twice
 * in a row.
 */
export async function openInApp(app: RunningApp, page: Page, address: string) {
  if (!inFlight.has(page)) trackRequests(page);
  // A new tab loads the app first.
  if (!page.url().startsWith(app.url)) {
    await page.goto(`${app.url}${address}`);
    return pageLoaded(page);
  }
  await page.evaluate(
    `history.pushState(null, '', ${JSON.stringify(address)}); dispatchEvent(new PopStateEvent('popstate'))`,
  );
  await page.waitForURL((url) => url.pathname === address);
  for (let quiet = 0; quiet < 2;) {
    await page.waitForTimeout(150);
    const busy =
      inFlight.get(page)!() > 0 ||
      (await page.locator('.ant-spin-spinning, .ant-skeleton-active').count()) > 0;
    quiet = busy ? 0 : quiet + 1;
  }
}

/** Picks an option of an antd select (on the page or in a dialog) by typing part of its text. */
export async function choose(where: Page | Locator, label: string, text: string) {
  const page = 'keyboard' in where ? where : where.page();
  const input = where.getByLabel(label, { exact: true });
  await input.click();
  await page.keyboard.type(text);
  // Enter picks the highlighted option: wait for this select's options to be there (a list still
  // loading on a busy machine would take Enter for nothing). The open select names its list.
  const list = await input.getAttribute('aria-controls');
  await page
    .locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option-active`)
    .waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

/**
 * `it` for browser journeys: each test file gets one running app and one browser, started on
 * first use and stopped after the file — tests take them as `async ({ app, browser }) => …`.
 */
export const it = test.extend<{ app: RunningApp; browser: Browser; screenshotsOnFailure: void }>({
  app: [
    // eslint-disable-next-line no-empty-pattern -- Vitest reads fixture dependencies from this pattern
    async ({}, use) => {
      const app = await startApp();
      await use(app);
      await app.stop();
    },
    { scope: 'file' },
  ],
  browser: [
    // eslint-disable-next-line no-empty-pattern -- as above
    async ({}, use) => {
      const browser = await launchBrowser();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  /** When a journey fails, every page it left open is saved to test-results/ (screenshot and HTML). */
  screenshotsOnFailure: [
    async ({ browser, task, onTestFailed }, use) => {
      onTestFailed(async () => {
        mkdirSync(RESULTS, { recursive: true });
        const pages = browser.contexts().flatMap((context) => context.pages());
        for (const [index, page] of pages.entries()) {
          const name = `${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}-${index}.png`;
          await page.screenshot({ path: path.join(RESULTS, name), fullPage: true }).catch(() => undefined);
          writeFileSync(
            path.join(RESULTS, name.replace(/\.png$/, '.html')),
            await page.content().catch(() => ''),
          );
        }
      });
      await use();
    },
    { auto: true },
  ],
});

/** The API as a signed-in account (cookie session, JSON), as the web app calls it. */
export async function apiAs(app: RunningApp, account: Account) {
  const login = await fetch(`${app.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!login.ok) throw new Error(`cannot sign in ${account.username}: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${app.url}/api/v1${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
}

/** The API as the administrator. */
export const adminApi = (app: RunningApp) => apiAs(app, app.admin);
