import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { createTestContext, type TestContext } from '../../../../test/test-app.ts';
import { loadDemoData } from './demo.service.ts';
import { THAI_BINH_ONE_STOP_FIGURES } from './thai-binh-one-stop.demo.ts';
import { buildThaiBinhDemoPackage } from './thai-binh.demo.ts';

/** The demo loaded into a database: its one-stop office, procedures and dossiers with due dates. */
describe('the Thái Bình demo’s one-stop shop, loaded', () => {
  let ctx: TestContext;
  const pkg = buildThaiBinhDemoPackage();

  beforeAll(async () => {
    // The demo as `kcn demo` loads it, once per run (test/global-setup.ts).
    ctx = await createTestContext({ demo: true });
    const [counts] = await queryRows<{ procedures: number; dossiers: number }>(
      ctx.database.db,
      sql`select (select count(*)::int from procedures) as procedures,
                 (select count(*)::int from dossiers) as dossiers`,
    );
    expect(counts).toEqual({ procedures: pkg.procedures.length, dossiers: pkg.dossiers.length });
  }, 300_000);
  afterAll(() => ctx.close());

  it('sets every due date, none late, none overdue on 30/11/2026, and loads again without a change', async () => {
    const rows = await queryRows<{
      code: string;
      status: string;
      due_date: string | null;
      resolved_on: string | null;
    }>(
      ctx.database.db,
      sql`select code, status, due_date::text as due_date,
                 to_char(result_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as resolved_on
            from dossiers order by code`,
    );
    expect(rows).toHaveLength(pkg.dossiers.length);
    expect(rows.filter((r) => r.due_date === null)).toEqual([]);
    expect(rows.filter((r) => r.resolved_on !== null && r.resolved_on > r.due_date!)).toEqual([]);
    const pending = rows.filter((r) => r.resolved_on === null);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.filter((r) => r.due_date! < THAI_BINH_ONE_STOP_FIGURES.asOf)).toEqual([]);
    expect(new Set(pending.map((r) => r.status))).toEqual(new Set(['processing', 'awaiting_supplement']));
    const office = await queryRows<{ code_prefix: string }>(
      ctx.database.db,
      sql`select code_prefix from one_stop_offices`,
    );
    expect(office).toEqual([{ code_prefix: 'H56.22' }]);
    // The zones' enterprises' dossiers are theirs (their accounts follow them online).
    const linked = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from dossiers where enterprise_id is not null`,
    );
    expect(linked[0]!.n).toBe(pkg.dossiers.filter((d) => d.applicantTaxCode).length);
    expect(linked[0]!.n).toBeGreaterThan(pkg.dossiers.length / 2);

    const again = await loadDemoData(ctx.database.db, await ctx.system());
    expect(again.procedures).toEqual({ created: 0, updated: 0, unchanged: pkg.procedures.length });
    expect(again.dossiers).toEqual({ created: 0, updated: 0, unchanged: pkg.dossiers.length });
  });

  it('reports the first half of 2026: 100 % on or before time, none late', async () => {
    const admin = await ctx.createUser({ role: 'admin' });
    const { status, body } = await admin.api.get(
      '/api/v1/reports/dossiers?board=TB&from=2026-01-01&to=2026-06-30',
    );
    expect(status).toBe(200);
    expect(body.resolved.late).toBe(0);
    expect(body.pending.overdue).toBe(0);
    expect(body.resolved.onTimePct).toBe(100);
    const received = pkg.dossiers.filter((d) => d.receivedAt >= '2026-01-01' && d.receivedAt < '2026-07-01');
    expect(body.received.new).toBe(received.length);
  });
});
