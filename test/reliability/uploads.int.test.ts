import { monitorEventLoopDelay } from 'node:perf_hooks';
import { deflateRawSync, crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx, XLSX_CONTENT_TYPE, type CellInput } from '../../src/server/kernel/documents/xlsx.ts';
import { HEADERS, REPORT_SHEET } from '../../src/server/modules/statistics-excel/statistics-excel.ts';
import { createTestContext, type TestContext, type TestUser } from '../test-app.ts';

/**
 * Big and hostile uploads: refused before they are read when the role may not import, checked
 * with bounded error lists, and read off the request thread — while they are processed, the
 * server keeps answering others (measured as the slowest of /health pings sent every 25 ms).
 */

/** A zip of one entry, its sizes declared as given (an honest or a lying zip bomb). */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const fileName = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  const localSize = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/**
 * Runs `work` and measures the longest time the event loop was blocked meanwhile: how long any
 * other user's request would have waited (a /health request is also sent every 25 ms).
 */
async function whileMeasuring<T>(
  ctx: TestContext,
  work: () => Promise<T>,
): Promise<{ result: T; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let running = true;
  const pinger = (async () => {
    while (running) {
      await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  delay.enable();
  try {
    return { result: await work(), stallMs: delay.max / 1e6 };
  } finally {
    delay.disable();
    running = false;
    await pinger;
  }
}

describe('big and hostile uploads', () => {
  let ctx: TestContext;
  let viewer: TestUser;
  let staff: TestUser;
  let junkPackage: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    viewer = await ctx.createUser({ role: 'viewer', board: 'UP' });
    staff = await ctx.createUser({ role: 'staff', board: 'UP' });
    // 20 MB of projects, every one wrong in two ways.
    const project = (i: number) => ({
      code: `bad code ${i}`,
      boardCode: 'UP',
      zoneCode: 'UP-Z',
      name: 'x',
      investmentType: 'FDI',
      investors: [{ name: `Investor ${i}`, country: 'KR' }],
    });
    const projects = [];
    let size = 0;
    for (let i = 0; size < 20 * 1024 * 1024; i++) {
      projects.push(project(i));
      size += 130;
    }
    junkPackage = JSON.stringify({ format: 'kcn-data-package', version: 1, projects });
  }, 60_000);

  const postPackage = (user: TestUser, payload: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/packages/import',
      headers: { cookie: user.cookie, 'content-type': 'application/json' },
      payload,
    });
  const postWorkbook = (user: TestUser, payload: Buffer) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/excel/import?period=2019',
      headers: { cookie: user.cookie, 'content-type': XLSX_CONTENT_TYPE },
      payload,
    });

  it("refuses a viewer's 20 MB package before reading it", async () => {
    expect(junkPackage.length).toBeGreaterThan(20 * 1024 * 1024);
    const { result, stallMs } = await whileMeasuring(ctx, () => postPackage(viewer, junkPackage));
    expect(result.statusCode).toBe(403);
    expect(JSON.parse(result.body).error.code).toBe('FORBIDDEN');
    expect(stallMs).toBeLessThan(250);
  });

  it("answers a writer's 20 MB package of bad records with a bounded list, serving others meanwhile", async () => {
    const start = performance.now();
    const { result, stallMs } = await whileMeasuring(ctx, () => postPackage(staff, junkPackage));
    const elapsed = performance.now() - start;
    expect(result.statusCode).toBe(422);
    const envelope = JSON.parse(result.body).error;
    expect(envelope.code).toBe('PACKAGE_INVALID');
    expect(envelope.details).toHaveLength(1000);
    expect(envelope.omittedDetails).toBeGreaterThan(100_000);
    expect(result.body.length).toBeLessThan(1024 * 1024);
    // One JSON.parse of 20 MB and the collection of its garbage are the longest the server stops
    // (0,5–1,3 s measured on a quiet machine, against 6–7 s before); the checks run in slices.
    // The bound allows for a machine shared with the rest of the suite.
    expect(
      stallMs,
      `the event loop stopped for ${Math.round(stallMs)} ms at most, of ${Math.round(elapsed)} ms`,
    ).toBeLessThan(2_000);
    expect(elapsed).toBeGreaterThan(stallMs * 2);
  });

  it("refuses a viewer's spreadsheet before reading it", async () => {
    const result = await postWorkbook(viewer, Buffer.alloc(10 * 1024 * 1024, 1));
    expect(result.statusCode).toBe(403);
  });

  it('refuses a zip bomb by its directory, at once', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(110 * 1024 * 1024, 0x30));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const start = performance.now();
    const result = await postWorkbook(staff, bomb);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(result.statusCode).toBe(422);
    expect(JSON.parse(result.body).error.details[0].reason).toMatch(/quá lớn|bất thường/);
  });

  it('survives a zip bomb that lies about its size: its worker dies, the server answers 422 and goes on', async () => {
    const liar = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x30), 1024);
    const { result, stallMs } = await whileMeasuring(ctx, () => postWorkbook(staff, liar));
    expect(result.statusCode).toBe(422);
    expect(JSON.parse(result.body).error.code).toBe('STATISTICS_IMPORT_INVALID');
    expect(stallMs).toBeLessThan(250);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });

  it('reads a 10 000-row workbook in a worker: others are answered while it is read', async () => {
    const rows: CellInput[][] = [HEADERS];
    for (let i = 0; i < 10_000; i++)
      rows.push([
        String(2_000_000_000 + i),
        `Công ty số ${i}`,
        { number: '1200000000' },
        { number: '1500000000' },
        { number: '25000.5' },
        { number: '1000' },
        { number: '30000000' },
        { number: '120' },
        { number: '100' },
        { number: '7500000' },
      ]);
    const workbook = await writeXlsx([{ name: REPORT_SHEET, rows, header: true }]);
    const { result, stallMs } = await whileMeasuring(ctx, () => postWorkbook(staff, workbook));
    // None of these enterprises exist on the board: every row is listed, up to the bound.
    expect(result.statusCode).toBe(422);
    const envelope = JSON.parse(result.body).error;
    expect(envelope.details).toHaveLength(1000);
    expect(envelope.omittedDetails).toBe(9_000);
    // Read on the main thread, the workbook would stall it for the whole read (1,3–2,2 s here). What
    // stays on it — checking 10 000 rows against the board — stalls it 20–40 ms on PGlite but
    // 340–375 ms on PostgreSQL, measured alone on two cores (the same before the one-stop shop);
    // with the suite running beside it that reached 455 and 575 ms. Left for the scale issue.
    expect(stallMs).toBeLessThan(750);
  });
});
