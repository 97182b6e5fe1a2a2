import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar-date.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import { createOffice, createProcedureVersions } from '../../../../test/one-stop-fixtures.ts';
import { signIn } from '../../../../test/tenancy/probes.ts';
import {
  createTestContext,
  type ApiClient,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';

const AGENDA = '/api/v1/agenda';

function ok<T = any>(response: ApiResponse<T>, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

interface Item {
  kind: string;
  id: string;
  board: string;
  urgency: string;
  title: string;
  detail: string;
  dueOn: string | null;
  days: number | null;
  link: string;
}
interface Agenda {
  today: string;
  board: { id: string; code: string; name: string };
  groups: { kind: string; items: Item[]; total: number }[];
  counts: { overdue: number; dueSoon: number; waiting: number };
}

const group = (agenda: Agenda, kind: string) => agenda.groups.find((g) => g.kind === kind);

describe('the agenda (việc cần làm hôm nay)', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let otherStaff: TestUser;
  let national: TestUser;
  let firm: ApiClient;
  /** TB's dossiers received at the counter: `early` due before `late`. */
  let early: { id: string; code: string; dueDate: string };
  let late: { id: string; code: string; dueDate: string };
  let submission: { id: string; code: string };
  let report: string;
  let hyDossier: string;
  let tbProcedureId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-Z')
        .zone('HY', 'HY-Z')
        .enterprise('TB', 'TB-Z', '0100000001', 'DDI')
        .enterprise('HY', 'HY-Z', '0200000001', 'DDI')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    otherStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    national = await ctx.createUser({ role: 'admin', scope: 'national' });
    const tb = await ctx.createBoard('TB');
    const hy = await ctx.createBoard('HY');
    await createOffice(ctx.database.db, { boardId: tb.id, codePrefix: 'H56.22' });
    await createOffice(ctx.database.db, { boardId: hy.id, codePrefix: 'H33.22' });
    const procedureOf = (boardId: string, code: string) =>
      createProcedureVersions(ctx.database.db, {
        boardId,
        code,
        versions: [
          {
            effectiveFrom: '2025-01-01',
            name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
            deadline: { value: 10, unit: 'working_days' },
          },
        ],
      });
    const tbProcedure = await procedureOf(tb.id, 'BQL-DT-02');
    const hyProcedure = await procedureOf(hy.id, 'HY-DT-02');
    tbProcedureId = tbProcedure;
    const receive = async (user: TestUser, procedureId: string, receivedAt: string, name: string) =>
      ok(
        await user.api.post('/api/v1/dossiers', {
          procedureId,
          channel: 'counter',
          applicant: { name },
          summary: 'Điều chỉnh vốn',
          receivedAt,
        }),
        201,
      );
    // Received in the wrong order on purpose: the agenda orders by due date, not by arrival.
    late = await receive(staff, tbProcedure, '2026-03-02T09:00:00+07:00', 'Công ty TNHH Hạn Sau');
    early = await receive(staff, tbProcedure, '2026-02-10T09:30:00+07:00', 'Công ty TNHH Hạn Trước');
    hyDossier = (await receive(otherStaff, hyProcedure, '2026-02-10T09:30:00+07:00', 'Công ty Hưng Yên')).id;
    expect(early.dueDate < late.dueDate).toBe(true);

    // An enterprise account of TB submits a dossier online: it waits for receipt.
    const enterpriseId = ok(await staff.api.get('/api/v1/enterprises?q=0100000001')).items[0].id;
    const account = ok(
      await staff.api.post(`/api/v1/enterprises/${enterpriseId}/accounts`, {
        username: 'dn.agenda',
        fullName: 'Kế toán doanh nghiệp',
      }),
      201,
    );
    firm = await signIn(ctx, 'dn.agenda', account.password);
    submission = ok(
      await firm.post('/api/v1/dossiers/submissions', { procedureId: tbProcedure, summary: 'Nộp qua mạng' }),
      201,
    );

    // The enterprise's statistics report of 2020-Q1, filed and awaiting review.
    ok(await staff.api.post('/api/v1/reporting/periods', { period: '2020-Q1' }), 201);
    const draft = ok(
      await staff.api.put(`/api/v1/enterprises/${enterpriseId}/reports/2020-Q1`, {
        productionValueVnd: '1000000000',
        revenueVnd: '1200000000',
        exportUsd: '0',
        importUsd: '0',
        budgetPaidVnd: '50000000',
        workers: 21,
        insuredWorkers: 21,
        averageIncomeVnd: '6000000',
      }),
    );
    ok(await staff.api.post(`/api/v1/enterprise-reports/${draft.id}/submit`, { version: draft.version }));
    report = draft.id;
  });

  it('lists the dossiers overdue, the online submission and the report to review, most urgent first', async () => {
    const agenda: Agenda = ok(await staff.api.get(AGENDA));
    expect(agenda.board).toMatchObject({ code: 'TB' });
    expect(agenda.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(agenda.groups.map((g) => g.kind)).toEqual(['dossier', 'dossier_submission', 'report_review']);
    const dossiers = group(agenda, 'dossier')!;
    expect(dossiers.total).toBe(2);
    expect(dossiers.items.map((i) => [i.id, i.urgency, i.dueOn])).toEqual([
      [early.id, 'overdue', early.dueDate],
      [late.id, 'overdue', late.dueDate],
    ]);
    expect(dossiers.items[0]).toMatchObject({
      board: 'TB',
      title: `${early.code} — Công ty TNHH Hạn Trước`,
      link: `/one-stop/dossiers/${early.id}`,
    });
    expect(dossiers.items[0]!.days).toBeGreaterThan(dossiers.items[1]!.days!);
    expect(group(agenda, 'dossier_submission')).toMatchObject({
      total: 1,
      items: [
        { id: submission.id, urgency: 'waiting', dueOn: null, link: `/one-stop/dossiers/${submission.id}` },
      ],
    });
    // Submitted just now (a day at most, should the test run across midnight).
    expect(group(agenda, 'dossier_submission')!.items[0]!.days).toBeLessThanOrEqual(1);
    expect(group(agenda, 'report_review')).toMatchObject({
      total: 1,
      items: [{ id: report, urgency: 'waiting', dueOn: null }],
    });
    const review = group(agenda, 'report_review')!.items[0]!;
    expect(review.title).toContain('MST 0100000001');
    expect(review.detail).toContain('Quý I/2020');
    expect(review.link).toBe(`/statistics/review?open=${report}`);
    expect(agenda.counts).toEqual({ overdue: 2, dueSoon: 0, waiting: 2 });
    // Another board's overdue dossier never appears.
    expect(JSON.stringify(agenda)).not.toContain(hyDossier);
  });

  it('moves a dossier from due soon to overdue as `today` moves', async () => {
    const onDueDate: Agenda = ok(await staff.api.get(`${AGENDA}?today=${early.dueDate}`));
    expect(onDueDate.today).toBe(early.dueDate);
    expect(group(onDueDate, 'dossier')!.items.map((i) => [i.id, i.urgency, i.days])).toEqual([
      [early.id, 'due_soon', 0],
    ]);
    expect(onDueDate.counts).toMatchObject({ overdue: 0, dueSoon: 1 });

    const dayAfter: Agenda = ok(await staff.api.get(`${AGENDA}?today=${addDays(early.dueDate, 1)}`));
    expect(group(dayAfter, 'dossier')!.items.map((i) => [i.id, i.urgency, i.days])).toEqual([
      [early.id, 'overdue', 1],
    ]);

    // On the later dossier's due date: the earlier one overdue first, then the later one due soon.
    const later: Agenda = ok(await staff.api.get(`${AGENDA}?today=${late.dueDate}`));
    expect(group(later, 'dossier')!.items.map((i) => [i.id, i.urgency])).toEqual([
      [early.id, 'overdue'],
      [late.id, 'due_soon'],
    ]);
    expect(later.counts).toMatchObject({ overdue: 1, dueSoon: 1 });

    // Long before: nothing is due yet.
    const before: Agenda = ok(await staff.api.get(`${AGENDA}?today=2026-01-05`));
    expect(group(before, 'dossier')).toBeUndefined();
  });

  it('gives a viewer without the permissions no such group, and refuses no one the page', async () => {
    const agenda: Agenda = ok(await viewer.api.get(AGENDA));
    expect(agenda.board.code).toBe('TB');
    expect(agenda.groups).toEqual([]);
    expect(agenda.counts).toEqual({ overdue: 0, dueSoon: 0, waiting: 0 });
  });

  it('keeps each board to its own records, and names a board only among those one sees', async () => {
    const hy: Agenda = ok(await otherStaff.api.get(AGENDA));
    expect(hy.board.code).toBe('HY');
    expect(group(hy, 'dossier')!.items.map((i) => i.id)).toEqual([hyDossier]);
    const text = JSON.stringify(hy);
    for (const id of [early.id, late.id, submission.id, report]) expect(text).not.toContain(id);

    const named = await staff.api.get(`${AGENDA}?board=HY`);
    expect(named.status).toBe(404);
    expect(named.body.error.code).toBe('AGENDA_BOARD_NOT_FOUND');
    const unknown = await staff.api.get(`${AGENDA}?board=ZZ`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('AGENDA_BOARD_NOT_FOUND');
    expect(ok(await staff.api.get(`${AGENDA}?board=TB`)).board.code).toBe('TB');
  });

  it('asks a user who sees several boards to name one, and reads it with what they may do there', async () => {
    const required = await national.api.get(AGENDA);
    expect(required.status).toBe(400);
    expect(required.body.error.code).toBe('AGENDA_BOARD_REQUIRED');
    const tb: Agenda = ok(await national.api.get(`${AGENDA}?board=TB`));
    expect(tb.board.code).toBe('TB');
    // A national administrator may process every board's dossiers and review its reports.
    expect(tb.groups.map((g) => g.kind)).toEqual(['dossier', 'dossier_submission', 'report_review']);
    const hy: Agenda = ok(await national.api.get(`${AGENDA}?board=HY`));
    expect(hy.groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([['dossier', [hyDossier]]]);
  });

  it('refuses malformed input and enterprise accounts', async () => {
    for (const query of ['today=2026-02-30', 'today=9999-01-01', 'board=tb', 'other=1']) {
      const response = await staff.api.get(`${AGENDA}?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code, query).toBe('VALIDATION_FAILED');
    }
    expect((await firm.get(AGENDA)).status).toBe(403);
  });

  // Last: it adds dossiers the tests above do not expect.
  it('lists at most 20 of a group, the most urgent, and counts them all', async () => {
    for (let i = 0; i < 20; i++)
      ok(
        await staff.api.post('/api/v1/dossiers', {
          procedureId: tbProcedureId,
          channel: 'post',
          applicant: { name: `Công ty số ${i + 1}` },
          receivedAt: `2026-04-${String(i + 1).padStart(2, '0')}T08:00:00+07:00`,
        }),
        201,
      );
    const agenda: Agenda = ok(await staff.api.get(AGENDA));
    const dossiers = group(agenda, 'dossier')!;
    expect(dossiers.total).toBe(22);
    expect(dossiers.items).toHaveLength(20);
    expect(dossiers.items.slice(0, 2).map((i) => i.id)).toEqual([early.id, late.id]);
    const dues = dossiers.items.map((i) => i.dueOn!);
    expect(dues).toEqual([...dues].sort());
    expect(agenda.counts).toEqual({ overdue: 22, dueSoon: 0, waiting: 2 });
  });
});
