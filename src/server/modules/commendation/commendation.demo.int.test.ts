import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { loadCommendationDemo, type CommendationDemoSummary } from './index.ts';

const API = '/api/v1/commendation';

/** The demo register loaded into a board, read back through the API. */
describe('the Thái Bình demo’s commendation register', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let boardId: string;
  let summary: CommendationDemoSummary;

  beforeAll(async () => {
    ctx = await createTestContext();
    boardId = (await ctx.createBoard('TB')).id;
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    summary = await ctx.database.db.transaction((tx) => loadCommendationDemo(tx, boardId));
  }, 120_000);

  it('loads departments, officials, ratings, decisions, initiatives and registrations, all audited', async () => {
    expect(summary).toEqual({
      subjects: 11,
      ratings: 44,
      decisions: 3,
      // 2023: 8 LĐTT + 1 CSTĐCS; 2024 and 2025: 8 LĐTT + 1 CSTĐCS + 3 TTLĐTT.
      awards: 9 + 12 + 12,
      initiatives: 2,
      registrations: 11,
    });
    const decisions = (await staff.api.get(`${API}/decisions`)).body;
    expect(
      decisions.items.map((d: { number: string; awardCount: number }) => [d.number, d.awardCount]),
    ).toEqual([
      ['06/QĐ-BQL', 12],
      ['09/QĐ-BQL', 12],
      ['15/QĐ-BQL', 9],
    ]);
    const proposals = (await staff.api.get(`${API}/proposals`)).body;
    expect(proposals.items).toMatchObject([{ year: 2025, state: 'decided', agreedCount: 12 }]);
    const [audit] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_log where board_id = ${boardId} and entity_type = 'award'`,
    );
    expect(audit!.n).toBe(33);
    // Loading again changes nothing.
    expect(await ctx.database.db.transaction((tx) => loadCommendationDemo(tx, boardId))).toMatchObject({
      subjects: 0,
      awards: 0,
    });
  });

  it('makes Trần Thị Thu Hà eligible for Bằng khen tỉnh 2025, with CSTĐ cấp tỉnh in reach for 2026', async () => {
    const found = (await staff.api.get(`${API}/subjects?search=tran%20thi%20thu%20ha`)).body.items;
    expect(found).toHaveLength(1);
    const ha = found[0];
    const answers = (await staff.api.get(`${API}/subjects/${ha.id}/eligibility?year=2025`)).body;
    expect(answers.answers.find((a: { award: string }) => a.award === 'BANG_KHEN_TINH').eligible).toBe(true);
    expect(answers.answers.find((a: { award: string }) => a.award === 'CSTD_TINH').eligible).toBe(false);
    const next = answers.outlook.find((o: { award: string }) => o.award === 'CSTD_TINH');
    expect(next).toMatchObject({ achievementYear: 2026, year: 2027 });
    // Her provincial initiative of 2025 counts: only CSTĐCS 2026 is still needed.
    expect(next.needs).toHaveLength(1);
    expect(next.needs[0]).toContain('Chiến sĩ thi đua cơ sở năm 2026');

    const board = (await staff.api.get(`${API}/eligibility?year=2025`)).body;
    expect(board.cap).toEqual({ year: 2025, ldttCount: 8, cap: 1, cstdcsCount: 1 });
    const eligibleForMerit = board.subjects
      .filter((s: { eligible: { award: string }[] }) => s.eligible.some((a) => a.award === 'BANG_KHEN_TINH'))
      .map((s: { subject: { name: string } }) => s.subject.name);
    expect(eligibleForMerit).toEqual(['Trần Thị Thu Hà']);

    const history = (await staff.api.get(`${API}/subjects/${ha.id}/history`)).body;
    expect(history.initiatives.map((i: { level: string }) => i.level)).toEqual(['province', 'unit']);
    expect(history.awards.map((a: { year: number; award: string }) => `${a.year} ${a.award}`)).toEqual([
      '2025 CSTDCS',
      '2025 LDTT',
      '2024 CSTDCS',
      '2024 LDTT',
      '2023 LDTT',
    ]);
  });
});
