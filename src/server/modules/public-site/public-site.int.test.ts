/**
 * The public site over the Thái Bình demo: every page answers without sign-in in both languages,
 * never shows an unpublished zone or draft, nor a suppressed cell; the enquiry form lands in the
 * promotion module; bad input gets the site's own error pages and changes nothing.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { queryRows } from '../../kernel/db/database.ts';
import { createInvestorPortalRecords } from '../../../../test/investor-portal-fixtures.ts';
import { lastCompleteYear } from '../open-data/index.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';

type Html = { status: number; body: string; headers: Record<string, unknown> };

describe('the public site over the Thái Bình demo', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let published: { id: string; code: string; name: string }[];
  let unpublished: { id: string; name: string }[];

  const get = async (
    url: string,
    headers: Record<string, string> = {},
    remoteAddress = '127.0.0.1',
  ): Promise<Html> => {
    const response = await ctx.app.inject({
      method: 'GET',
      url,
      remoteAddress,
      headers: { accept: 'text/html', ...headers },
    });
    return { status: response.statusCode, body: response.body, headers: response.headers };
  };
  const post = async (url: string, form: Record<string, string>): Promise<Html> => {
    const response = await ctx.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });
    return { status: response.statusCode, body: response.body, headers: response.headers };
  };
  /** Every page of the site in both languages, with the zones' pages. */
  const everyPage = () => [
    '/',
    '/en',
    ...published.flatMap((z) => [`/khu/${z.id}`, `/en/zones/${z.id}`]),
    '/thu-tuc',
    '/en/procedures',
    '/tra-cuu',
    '/en/lookup',
    '/so-lieu',
    '/en/figures',
    '/lien-he',
    '/en/enquiry',
    '/lien-he/da-gui',
    '/en/enquiry/sent',
  ];
  const enquiries = () =>
    queryRows<{ full_name: string; status: string; language: string; zone_id: string | null; email: string }>(
      ctx.database.db,
      sql`select full_name, status, language, zone_id, email from promotion_enquiries order by received_at`,
    );

  beforeAll(async () => {
    // Many pages from one address in a few seconds: the page limit is tested on its own below.
    ctx = await createTestContext({ demo: true, publicPageRateLimit: 10_000 });
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    const list = await ctx.anonymous.get('/api/v1/public/zones?board=TB');
    published = list.body.items;
    unpublished = (
      await queryRows<{ id: string; name: string }>(
        ctx.database.db,
        sql`select z.id, z.name from zones z join boards b on b.id = z.board_id
            where b.code = 'TB' and z.id not in (select zone_id from zone_public_pages where published_content is not null)`,
      )
    ).filter((z) => !published.some((p) => p.name.includes(z.name)));
  }, 300_000);
  afterAll(() => ctx.close());

  it('answers every page without sign-in, in its language, with the other language linked', async () => {
    expect(published.length).toBe(4);
    for (const url of everyPage()) {
      const page = await get(url);
      expect(page.status, url).toBe(200);
      expect(page.headers['content-type'], url).toBe('text/html; charset=utf-8');
      const language = url.startsWith('/en') ? 'en' : 'vi';
      const other = language === 'en' ? 'vi' : 'en';
      expect(page.body.startsWith(`<!doctype html><html lang="${language}">`), url).toBe(true);
      const alternate = new RegExp(`<link rel="alternate" hrefLang="${other}" href="([^"]+)"`).exec(
        page.body,
      );
      expect(alternate, url).not.toBeNull();
      const counterpart = await get(alternate![1]!.replace(/&amp;/g, '&'));
      expect(counterpart.status, alternate![1]).toBe(200);
      expect(counterpart.body).toContain(`<html lang="${other}">`);
      // Its own policy: scripts only from the site itself, no inline script.
      expect(page.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(page.body, url).not.toMatch(/<script(?![^>]*(type="application\/json"|src=))/);
    }
    // The zone pages in English speak English, the Vietnamese ones Vietnamese.
    const zone = published.find((z) => z.code === 'TB-TH')!;
    expect((await get(`/en/zones/${zone.id}`)).body).toContain('Land available for lease');
    expect((await get(`/khu/${zone.id}`)).body).toContain('Đất còn cho thuê');
  });

  it('never shows an unpublished zone, nor a draft, nor an unpublished page at all', async () => {
    expect(unpublished.map((z) => z.name)).toContain('KCN Gia Lễ');
    const draft = await staff.api.get(
      `/api/v1/investor-portal/zones/${unpublished.find((z) => z.name === 'KCN Gia Lễ')!.id}/page`,
    );
    const draftSummary = draft.body.content.vi.summary as string;
    expect(draftSummary.length).toBeGreaterThan(20);
    for (const url of [...everyPage(), '/sitemap.xml']) {
      const { body } = await get(url);
      for (const zone of unpublished) expect(body, `${url} shows ${zone.name}`).not.toContain(zone.name);
      expect(body, url).not.toContain(draftSummary.slice(0, 40));
    }
    for (const zone of unpublished) {
      for (const url of [`/khu/${zone.id}`, `/en/zones/${zone.id}`]) {
        const page = await get(url);
        expect(page.status, url).toBe(404);
        expect(page.body).toContain(url.startsWith('/en') ? 'Page not found' : 'Không tìm thấy trang');
      }
    }

    // A published zone's draft changes nothing public until it is published again.
    const zone = published.find((z) => z.code === 'TB-PK')!;
    const pageUrl = `/api/v1/investor-portal/zones/${zone.id}/page`;
    const current = (await staff.api.get(pageUrl)).body;
    const marker = 'Bản nháp mới chưa công bố của khu Phúc Khánh';
    const saved = await staff.api.put(pageUrl, {
      version: current.version,
      content: { ...current.content, vi: { ...current.content.vi, summary: marker } },
    });
    expect(saved.status).toBe(200);
    expect((await get(`/khu/${zone.id}`)).body).not.toContain(marker);
    const republished = await staff.api.post(`${pageUrl}/publish`, { version: saved.body.version });
    expect(republished.status).toBe(200);
    expect((await get(`/khu/${zone.id}`)).body).toContain(marker);

    // Unpublished: gone from the home page, the map, the sitemap and its own address.
    const unpublishing = await staff.api.post(`${pageUrl}/unpublish`, { version: republished.body.version });
    expect(unpublishing.status).toBe(200);
    expect((await get(`/khu/${zone.id}`)).status).toBe(404);
    for (const url of ['/', '/en', '/sitemap.xml', '/lien-he']) {
      expect((await get(url)).body, url).not.toContain(zone.id);
    }
    const again = await staff.api.post(`${pageUrl}/publish`, { version: unpublishing.body.version });
    expect(again.status).toBe(200);
    expect((await get('/')).body).toContain(zone.id);
  });

  it('draws the published zones on the home map from their GeoJSON: boundaries as paths, points as circles', async () => {
    const map = await ctx.anonymous.get('/api/v1/public/zones/map?board=TB');
    expect(map.status).toBe(200);
    const features = map.body.features as { id: string; geometry: { type: string } }[];
    expect(features.length).toBeGreaterThan(0);
    expect(features.every((f) => published.some((z) => z.id === f.id))).toBe(true);
    const home = (await get('/')).body;
    for (const feature of features) {
      const drawn = new RegExp(
        `<a href="/khu/${feature.id}" data-zone-id="${feature.id}"><(path|circle) class="zone-(shape|point)"`,
      ).exec(home);
      expect(drawn, feature.id).not.toBeNull();
      expect(drawn![1]).toBe(feature.geometry.type === 'Point' ? 'circle' : 'path');
    }
    // Without a tile layer: no script on the page, and nothing but our own origin for images.
    expect(home).not.toContain('<script type="module"');
    expect((await get('/')).headers['content-security-policy']).toContain("img-src 'self' data:;");
  });

  it('with a tile layer, the map pages bring the map script and allow only that tile server', async () => {
    const settings = (await staff.api.get('/api/v1/investor-portal/settings')).body;
    const set = await staff.api.put('/api/v1/investor-portal/settings', {
      version: settings.version ?? 0,
      tileUrlTemplate: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
      tileAttribution: '© OpenStreetMap contributors',
    });
    expect(set.status).toBe(200);
    try {
      const zone = published.find((z) => z.code === 'TB-TH')!;
      for (const url of ['/', `/en/zones/${zone.id}`]) {
        const page = await get(url);
        expect(page.headers['content-security-policy'], url).toContain(
          "img-src 'self' data: https://*.tile.openstreetmap.org;",
        );
        expect(page.body, url).toContain('data-tiles="https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"');
        expect(page.body, url).toContain('<script type="application/json" id="zone-map-data">');
        // The map script is in the page when the web app is built (npm start builds it).
        if (page.body.includes('<script type="module"'))
          expect(page.body).toMatch(/src="\/assets\/site-map-[^"]+\.js"/);
      }
      // Pages without a map bring nothing.
      expect((await get('/so-lieu')).body).not.toContain('<script type="module"');
    } finally {
      const now = (await staff.api.get('/api/v1/investor-portal/settings')).body;
      await staff.api.put('/api/v1/investor-portal/settings', {
        version: now.version,
        tileUrlTemplate: null,
        tileAttribution: null,
      });
    }
  });

  it('shows only what the open figures publish: a suppressed cell says so and shows no figure', async () => {
    const latest = lastCompleteYear(vietnamToday());
    let suppressedSeen = 0;
    let shownSeen = 0;
    for (let year = latest; year > latest - 10; year--) {
      const figures = (await ctx.anonymous.get(`/api/v1/public/figures?board=TB&year=${year}`)).body;
      for (const language of ['vi', 'en'] as const) {
        // The figures page's own request counts against the visitor as the API would (30 a
        // minute): each language from its own address.
        const page = await get(
          `${language === 'vi' ? '/so-lieu' : '/en/figures'}?year=${year}`,
          {},
          language === 'vi' ? '198.51.100.1' : '198.51.100.2',
        );
        expect(page.status).toBe(200);
        const tables = {
          'figures-investment': figures.tables.investment,
          'figures-country': figures.tables.byCountry,
          'figures-sector': figures.tables.bySector,
          'figures-zones': figures.tables.zones,
        };
        for (const [testId, table] of Object.entries(tables) as [string, { total: any; rows: any[] }][]) {
          const html = page.body.slice(page.body.indexOf(`data-testid="${testId}"`));
          const tableHtml = html.slice(0, html.indexOf('</table>'));
          for (const cell of [...table.rows, table.total]) {
            const row = new RegExp(`<tr[^>]*data-key="${cell.key}">(.*?)</tr>`).exec(tableHtml);
            expect(row, `${year} ${testId} ${cell.key}`).not.toBeNull();
            const cells = [...row![1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
            if (cell.suppressed) {
              suppressedSeen++;
              expect(cells).toHaveLength(2);
              expect(cells[1]).toContain(`data-suppressed="${cell.suppressed}"`);
              // Nothing but words: no count, no capital, no area.
              expect(
                cells[1]!.replace(/\{\{[^}]*\}\}/g, '').replace(/ít hơn 3|fewer than 3/g, ''),
              ).not.toMatch(/\d/);
            } else {
              shownSeen++;
              expect(cells).toHaveLength(3);
              expect(cells[1]!.replace(/[.,]/g, '')).toBe(String(cell.count));
            }
          }
        }
      }
    }
    expect(suppressedSeen).toBeGreaterThan(0);
    expect(shownSeen).toBeGreaterThan(0);
    // The downloads are the API's, with the licence.
    const page = (await get(`/so-lieu?year=${latest}`)).body;
    expect(page).toContain(`/api/v1/public/figures?board=TB&amp;year=${latest}&amp;format=csv`);
    expect(page).toContain('https://creativecommons.org/licenses/by/4.0/');
  });

  it('lists the procedures in force and looks a dossier up by its code', async () => {
    const procedures = (await ctx.anonymous.get('/api/v1/public/procedures?board=TB')).body;
    expect(procedures.items.length).toBeGreaterThan(5);
    for (const url of ['/thu-tuc', '/en/procedures']) {
      const { body } = await get(url);
      for (const p of procedures.items) expect(body, p.code).toContain(p.code);
      expect(body.match(/data-testid="procedure"/g)).toHaveLength(procedures.items.length);
    }
    const [dossier] = await queryRows<{ code: string; status: string }>(
      ctx.database.db,
      sql`select code, status from dossiers where status = 'processing' order by code limit 1`,
    );
    const found = await get(`/tra-cuu?code=${encodeURIComponent(dossier!.code)}`);
    expect(found.body).toContain('data-testid="dossier"');
    expect(found.body).toContain('Đã tiếp nhận / Đang xử lý');
    expect((await get(`/en/lookup?code=${encodeURIComponent(dossier!.code)}`)).body).toContain(
      'Received / being processed',
    );
    const missing = await get('/tra-cuu?code=KHONG-CO-HO-SO-NAY');
    expect(missing.status).toBe(200);
    expect(missing.body).toContain('Không tìm thấy hồ sơ có mã KHONG-CO-HO-SO-NAY');
    // What a visitor types is shown as text, never as markup.
    const hostile = await get(`/tra-cuu?code=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(hostile.body).not.toContain('<script>alert(1)</script>');
    expect(hostile.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('sends an enquiry to the promotion module: a person as new, a hurried robot as spam, a honeypot not at all', async () => {
    const before = (await enquiries()).length;
    const zone = published.find((z) => z.code === 'TB-TH')!;
    const form = await get(`/en/enquiry?zone=${zone.id}`);
    expect(form.body).toContain(`<option value="${zone.id}" selected="">`);
    const token = /name="token" value="([^"]+)"/.exec(form.body)![1]!;
    const fields = {
      token,
      zone: zone.id,
      fullName: 'Jane Investor',
      organisation: 'Example Electronics Ltd',
      email: 'jane@example.com',
      phone: '+81 3 0000 0000',
      country: 'JP',
      message: 'We look for 5 ha of industrial land for an electronics plant in 2027.',
      website: '',
    };
    // At once (under 3 s after the form was served): kept as spam, answered as if received.
    const hurried = await post('/en/enquiry', fields);
    expect(hurried.status).toBe(303);
    expect(hurried.headers.location).toBe('/en/enquiry/sent');
    // The honeypot filled: answered the same, kept nowhere.
    const robot = await post('/en/enquiry', { ...fields, website: 'http://spam.example' });
    expect(robot.status).toBe(303);
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const person = await post('/en/enquiry', fields);
    expect(person.status).toBe(303);
    const rows = (await enquiries()).slice(before);
    expect(rows.map((r) => r.status)).toEqual(['spam', 'new']);
    expect(rows[1]).toMatchObject({
      full_name: 'Jane Investor',
      language: 'en',
      zone_id: zone.id,
      email: 'jane@example.com',
    });
    // Staff see it in the promotion module.
    const listed = await staff.api.get('/api/v1/promotion/enquiries?board=TB');
    expect(
      listed.body.some(
        (e: { fullName: string; status: string }) => e.fullName === 'Jane Investor' && e.status === 'new',
      ),
    ).toBe(true);
  }, 20_000);

  it('refuses a bad enquiry with the fields marked and what was typed kept, storing nothing', async () => {
    const before = (await enquiries()).length;
    const form = await get('/lien-he');
    const token = /name="token" value="([^"]+)"/.exec(form.body)![1]!;
    const refused = await post('/lien-he', {
      token,
      fullName: 'Nguyễn Văn A',
      email: 'khong-phai-thu',
      message: 'Cần thuê 2 ha đất.',
      zone: '',
      organisation: '',
      phone: '',
      country: '',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Chưa gửi được: xem các ô được đánh dấu.');
    expect(refused.body).toMatch(/id="email"[^>]*aria-invalid="true"/);
    expect(refused.body).toContain('Nhập địa chỉ thư điện tử đúng dạng, ví dụ ten@congty.vn.');
    // In English, the English words — not the API's Vietnamese message.
    const english = await post('/en/enquiry', {
      token,
      fullName: 'Jane',
      email: 'not-an-email',
      message: 'Hello',
      zone: 'not-a-zone',
    });
    expect(english.status).toBe(400);
    expect(english.body).toContain('Enter a valid e-mail address, such as name@company.com.');
    expect(english.body).toContain('Choose a zone from the list.');
    expect(english.body).not.toMatch(/không hợp lệ/);
    expect(refused.body).toContain('value="Nguyễn Văn A"');
    expect(refused.body).toContain('Cần thuê 2 ha đất.');
    expect(await enquiries()).toHaveLength(before);
  });

  it('answers bad addresses with its own pages, and a signed-in user gets the staff app at /', async () => {
    expect((await get('/khu/khong-phai-ma')).status).toBe(404);
    // An address under the site's own paths that is no page: the site's 404, not the staff app.
    for (const url of ['/en/foo', '/en/zones/a/b', '/thu-tuc/abc', '/so-lieu/2024', '/lien-he/x/y']) {
      const missing = await get(url);
      expect(missing.status, url).toBe(404);
      expect(missing.body, url).toContain(url.startsWith('/en') ? 'Page not found' : 'Không tìm thấy trang');
    }
    expect((await get('/so-lieu?year=abc')).status).toBe(400);
    expect((await get(`/so-lieu?year=${lastCompleteYear(vietnamToday()) + 1}`)).status).toBe(400);
    expect((await get('/so-lieu?board=KHONGCO')).status).toBe(404);
    expect((await get('/?board=%3Cb%3E')).status).toBe(400);
    const tooBig = await ctx.app.inject({
      method: 'POST',
      url: '/lien-he',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'message=' + 'a'.repeat(40 * 1024),
    });
    expect(tooBig.statusCode).toBe(413);
    // Another site's form cannot post here.
    const crossSite = await ctx.app.inject({
      method: 'POST',
      url: '/lien-he',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      payload: 'fullName=x',
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.headers['content-type']).toBe('text/html; charset=utf-8');

    const visitor = await get('/');
    expect(visitor.body).toContain('data-testid="zone-cards"');
    expect(visitor.headers.vary).toContain('Cookie');
    const signedIn = await get('/', { cookie: staff.cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.vary).toContain('Cookie');
    expect(signedIn.body).not.toContain('data-testid="zone-cards"');
    // A stale cookie is a visitor.
    expect((await get('/', { cookie: 'kcn_session=stale' })).body).toContain('data-testid="zone-cards"');
  });

  it('tells search engines what to read: robots.txt and a sitemap of every published page in both languages', async () => {
    const robots = await get('/robots.txt');
    expect(robots.body).toContain('Sitemap: http://localhost:80/sitemap.xml');
    expect(robots.body).toContain('Disallow: /api/');
    const sitemap = (await get('/sitemap.xml')).body;
    for (const zone of published) {
      expect(sitemap).toContain(`/khu/${zone.id}</loc>`);
      expect(sitemap).toContain(`/en/zones/${zone.id}</loc>`);
    }
    expect(sitemap).toContain('/en/figures</loc>');
  });
});

describe('the public site of a server with two boards', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ publicPageRateLimit: 10_000 });
    for (const [board, name] of [
      ['HY', 'KCN Phố Nối A'],
      ['TB', 'KCN Tiền Hải'],
    ] as const) {
      const staff = await ctx.createUser({ role: 'staff', board });
      const zone = await staff.api.post('/api/v1/zones', {
        code: `${board}-Z`,
        name,
        kind: 'KCN',
        status: 'operating',
        areaHa: '100',
      });
      expect(zone.status).toBe(201);
      await createInvestorPortalRecords(ctx, { staff, board, label: board });
    }
  });
  afterAll(() => ctx.close());

  it('shows the board named by board=, the first by name without it, and a zone on its own board’s page', async () => {
    const boards = (await ctx.anonymous.get('/api/v1/public/boards')).body.items as {
      code: string;
      name: string;
    }[];
    expect(boards.map((b) => b.code)).toEqual(['HY', 'TB']);
    const home = (await ctx.app.inject({ method: 'GET', url: '/en?board=TB' })).body;
    expect(home).toContain('KCN Tiền Hải');
    expect(home).not.toContain('KCN Phố Nối A');
    // Every address of TB's pages keeps board=TB; the other board is offered in the footer.
    expect(home).toContain('href="/en/procedures?board=TB"');
    expect(home).toContain('href="/en?board=HY"');
    const first = (await ctx.app.inject({ method: 'GET', url: '/en' })).body;
    expect(first).toContain('KCN Phố Nối A');
    // TB's zone without board=: shown as TB's page; named under HY: not HY's page.
    const tb = (await ctx.anonymous.get('/api/v1/public/zones?board=TB')).body.items[0].id;
    const zonePage = await ctx.app.inject({ method: 'GET', url: `/en/zones/${tb}` });
    expect(zonePage.statusCode).toBe(200);
    expect(zonePage.body).toContain('<strong>Ban Quản lý TB</strong>');
    expect((await ctx.app.inject({ method: 'GET', url: `/en/zones/${tb}?board=HY` })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `/en/zones/${tb}?board=TB` })).statusCode).toBe(200);
  });

  it("is no way round the API's own limits: look-ups and enquiries count as the visitor's", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (await ctx.app.inject({ method: 'GET', url: `/en/lookup?code=X-${i}`, remoteAddress: '192.0.2.44' }))
          .statusCode,
      );
    // 30 a minute, as GET /public/dossiers/{code} allows one address; Vietnamese or English alike.
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    const vietnamese = await ctx.app.inject({
      method: 'GET',
      url: '/tra-cuu?code=X-99',
      remoteAddress: '192.0.2.44',
    });
    expect(vietnamese.statusCode).toBe(429);
    expect(vietnamese.body).toContain('Quá nhiều yêu cầu');
    // The pages themselves still open from there: only the counted request is held back.
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/en/lookup', remoteAddress: '192.0.2.44' })).statusCode,
    ).toBe(200);
  });
});

describe('the public site under a flood of requests', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ publicPageRateLimit: 3 });
  });
  afterAll(() => ctx.close());

  it('counts pages per address, not the API requests a page makes, and says so in the page’s language', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await ctx.app.inject({ method: 'GET', url: '/en/figures', remoteAddress: '203.0.113.7' }))
          .statusCode,
      );
    }
    // Each figures page asks the API three times (boards, board's figures…): only pages count.
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await ctx.app.inject({ method: 'GET', url: '/en/figures', remoteAddress: '203.0.113.7' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(limited.headers['retry-after']).toBe('60');
    expect(limited.body).toContain('You opened too many pages in a minute.');
    // The home at / too: the site's page, not the API's JSON.
    const homes: number[] = [];
    let last = '';
    for (let i = 0; i < 4; i++) {
      const home = await ctx.app.inject({ method: 'GET', url: '/', remoteAddress: '203.0.113.8' });
      homes.push(home.statusCode);
      last = home.body;
    }
    expect(homes).toEqual([200, 200, 200, 429]);
    expect(last).toContain('Quá nhiều yêu cầu');
    // Another address is not held back by the first.
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/en/figures', remoteAddress: '198.51.100.9' })).statusCode,
    ).toBe(200);
    // The public API answers a visitor by its own limits: the site's reading did not use them up.
    const api = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/public/boards',
      remoteAddress: '203.0.113.7',
    });
    expect(api.statusCode).toBe(200);
  });
});
