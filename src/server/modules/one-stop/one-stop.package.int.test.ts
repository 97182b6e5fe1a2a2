import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../kernel/db/database.ts';
import { dueDate, workingCalendar } from '../../../domain/working-days.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { PackageBuilder } from '../../../../test/package-builder.ts';

/**
 * The data package's one-stop kinds (one-stop-v1): calendarYears, procedures, dossiers —
 * located problems, all-or-nothing, twice = once, export → import, due dates computed.
 */

async function oneStopCounts(ctx: TestContext) {
  const rows = await queryRows<{ name: string; n: number }>(
    ctx.database.db,
    sql`select 'calendar_years' as name, count(*)::int as n from calendar_years
        union all select 'procedures', count(*)::int from procedures
        union all select 'procedure_versions', count(*)::int from procedure_versions
        union all select 'dossiers', count(*)::int from dossiers
        union all select 'dossier_supplements', count(*)::int from dossier_supplements
        union all select 'audit_log', count(*)::int from audit_log`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

interface DossierState {
  code: string;
  board: string;
  procedure: string;
  effective_from: string;
  channel: string;
  status: string;
  applicant_name: string;
  received_at: string;
  deadline_value: number;
  deadline_unit: string;
  due_date: string | null;
  result_kind: string | null;
  result_at: string | null;
  summary: string | null;
  enterprise: string | null;
  supplements: string;
}

/** Every dossier as stored, without ids: what an export → import must reproduce. */
async function dossierStates(ctx: TestContext): Promise<DossierState[]> {
  return queryRows<DossierState>(
    ctx.database.db,
    sql`select d.code, b.code as board, p.code as procedure, v.effective_from::text as effective_from,
               d.channel, d.status, d.applicant_name, to_char(d.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as received_at,
               d.deadline_value, d.deadline_unit, d.due_date::text as due_date, d.result_kind,
               to_char(d.result_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as result_at, d.summary,
               (select e.tax_code from enterprises e where e.id = d.enterprise_id) as enterprise,
               coalesce((select string_agg(to_char(s.requested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') || '→' ||
                         coalesce(to_char(s.supplied_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI'), '…') || ' ' || s.reason, '; '
                         order by s.requested_at) from dossier_supplements s where s.dossier_id = d.id), '') as supplements
          from dossiers d join boards b on b.id = d.board_id join procedures p on p.id = d.procedure_id
          join procedure_versions v on v.id = d.procedure_version_id
         order by d.code`,
  );
}

async function procedureStates(ctx: TestContext) {
  return queryRows(
    ctx.database.db,
    sql`select b.code as board, p.code, p.retired_on::text as retired_on, v.effective_from::text as effective_from, v.name, v.field,
               v.legal_basis, v.deadline_value, v.deadline_unit, v.online_level, v.fee, v.documents, v.steps, v.result_name
          from procedures p join boards b on b.id = p.board_id join procedure_versions v on v.procedure_id = p.id
         order by b.code, p.code, v.effective_from`,
  );
}

async function calendarStates(ctx: TestContext) {
  return queryRows(
    ctx.database.db,
    sql`select year, days_off::text[] as days_off, workdays::text[] as workdays, note from calendar_years order by year`,
  );
}

/** Board AA: an IRC procedure with a 15-day version and a 10-day one from 03/9/2025, a 3-wd one; dossiers. */
function validPackage() {
  return new PackageBuilder()
    .board('AA')
    .zone('AA', 'AA-Z1')
    .enterprise('AA', 'AA-Z1', '0101234567', 'DDI', { name: 'Công ty Cổ phần Minh Long' })
    .procedure('AA', 'BQL-DT-01', {
      name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
      field: 'Đầu tư',
      effectiveFrom: '2025-09-03',
      deadline: { value: 10, unit: 'days' },
      legalBasis: 'Nghị định 31/2021/NĐ-CP, sửa đổi bởi Nghị định 239/2025/NĐ-CP',
      fee: 'Không',
      documents: [{ name: 'Văn bản đề nghị', originals: 1, copies: 0 }],
      steps: [{ name: 'Thẩm định', department: 'Phòng Quản lý đầu tư', workingDays: 6 }],
      resultName: 'Giấy chứng nhận đăng ký đầu tư',
      versions: [
        {
          effectiveFrom: '2021-01-01',
          name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
          deadline: { value: 15, unit: 'days' },
          onlineLevel: 'full',
        },
      ],
    })
    .procedure('AA', 'BQL-DT-02', {
      deadline: { value: 3, unit: 'working_days' },
      onlineLevel: 'partial',
      extraKey: 'allowed',
    })
    .dossier('AA', 'AA-250815-0001', 'BQL-DT-01', '2025-08-15T09:30:00+07:00', {
      result: { kind: 'approved', at: '2025-08-28T15:00:00+07:00' },
    })
    .dossier('AA', 'AA-260213-0001', 'BQL-DT-01', '2026-02-13T09:30:00+07:00', {
      channel: 'counter',
      supplements: [
        {
          requestedAt: '2026-02-24T10:00:00+07:00',
          suppliedAt: '2026-03-02T08:15:00+07:00',
          reason: 'Bổ sung bản vẽ',
        },
      ],
      result: { kind: 'approved', at: '2026-03-05T16:00:00+07:00' },
      summary: 'Cấp GCNĐKĐT dự án nhà máy',
      applicant: 'Công ty Cổ phần Minh Long',
      applicantTaxCode: '0101234567',
    })
    .dossier('AA', 'AA-260213-0002', 'BQL-DT-02', '2026-02-13T02:30:00Z', {
      channel: 'post',
      supplements: [{ requestedAt: '2026-02-24T10:00:00+07:00' }],
      dueDate: '2000-01-01', // never taken: the system computes it
    })
    .dossier('AA', 'AA-260302-0001', 'BQL-DT-02', '2026-03-02T14:00:00+07:00');
}

describe('one-stop kinds of the data package', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let staffBB: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.createUser({ role: 'admin' });
    staffBB = await ctx.createUser({ role: 'staff', board: 'BB' });
  });
  afterAll(() => ctx.close());

  it('lists every problem of each kind, located by kind, index, code and field, and changes nothing', async () => {
    // A dossier code BB already holds.
    const bb = new PackageBuilder()
      .procedure('BB', 'BQL-LD-01', { deadline: { value: 5, unit: 'working_days' } })
      .dossier('BB', 'BB-260105-0001', 'BQL-LD-01', '2026-01-05T09:00:00+07:00')
      .build();
    expect((await staffBB.api.post('/api/v1/packages/import', bb)).status).toBe(200);

    const pkg = validPackage()
      .calendarYear(2031, ['2031-01-01', '2032-01-01']) // 1 outside its year
      .calendarYear(2032, ['2032-01-01'], ['2032-01-05']) // 2 a Monday as a make-up day
      .calendarYear(2033, ['2033-01-01'], ['2033-01-01']) // 3 both off and worked
      .calendarYear(2031, []) // 4 the year twice
      .procedure('AA', 'BQL-DT-02') // 5 the code twice in the board
      .procedure('AA', 'BQL-XD-01', {
        steps: [
          { name: 'Thẩm định', department: 'Phòng Quản lý quy hoạch và xây dựng', workingDays: 6 },
          { name: 'Trình ký', department: 'Lãnh đạo Ban', workingDays: 2 },
        ],
      }) // 6 steps longer than the 7 working days
      .dossier('AA', 'AA-X-1', 'NOPE', '2026-03-02T09:00:00+07:00') // 7 unknown procedure
      .dossier('AA', 'AA-X-2', 'BQL-DT-02', '2026-03-02T09:00:00') // 8 no offset
      .dossier('AA', 'AA-X-3', 'BQL-DT-02', '2026-03-02T09:00:00+07:00', {
        supplements: [{ requestedAt: '2026-03-04T09:00:00+07:00', suppliedAt: '2026-03-03T09:00:00+07:00' }],
      }) // 9 supplied before requested
      .dossier('AA', 'AA-X-4', 'BQL-DT-02', '2026-03-02T09:00:00+07:00', {
        result: { kind: 'approved', at: '2026-03-01T09:00:00+07:00' },
      }) // 10 result before the receipt
      .dossier('AA', 'BB-260105-0001', 'BQL-DT-02', '2026-03-02T09:00:00+07:00') // 11 another board's code
      .dossier('AA', 'AA-X-6', 'BQL-DT-01', '2020-12-31T09:00:00+07:00') // 12 no version in force yet
      .dossier('AA', 'AA-X-1', 'BQL-DT-02', '2026-03-02T09:00:00+07:00') // 13 the code twice
      .dossier('AA', 'AA-X-8', 'BQL-DT-02', '2026-03-02T09:00:00+07:00', { channel: 'fax' }) // 14
      .dossier('AA', 'AA-X-9', 'BQL-DT-02', '2026-03-02T09:00:00+07:00', {
        result: { kind: 'approved', at: '2026-03-03T09:00:00+07:00' },
        supplements: [{ requestedAt: '2026-03-02T10:00:00+07:00', suppliedAt: '2026-03-04T09:00:00+07:00' }],
      }) // 15 result before the supplement arrived
      .dossier('AA', 'AA-X-10', 'BQL-DT-02', '2026-03-02T09:00:00+07:00', { enterpriseTaxCode: '0109999999' }) // 16
      .build();
    const before = await oneStopCounts(ctx);

    const { status, body } = await admin.api.post('/api/v1/packages/import', pkg);

    expect(status).toBe(422);
    expect(body.error.code).toBe('PACKAGE_INVALID');
    const problems = body.error.details.map(
      (d: any) => `${d.kind}[${d.index}] ${d.code} ${d.field} ${d.reason}`,
    );
    expect(problems.sort()).toEqual(
      [
        'calendarYears[0] 2031 daysOff.1 DATE_OUTSIDE_YEAR',
        'calendarYears[1] 2032 workdays.0 WORKDAY_NOT_WEEKEND',
        'calendarYears[2] 2033 workdays.0 DATE_BOTH_OFF_AND_WORKDAY',
        'calendarYears[3] 2031 year DUPLICATE_CODE',
        'procedures[2] BQL-DT-02 code DUPLICATE_CODE',
        'procedures[3] BQL-XD-01 steps STEPS_EXCEED_DEADLINE',
        'dossiers[4] AA-X-1 procedureCode REFERENCE_NOT_FOUND',
        'dossiers[5] AA-X-2 receivedAt invalid_format',
        'dossiers[6] AA-X-3 supplements.0.suppliedAt SUPPLIED_BEFORE_REQUEST',
        'dossiers[7] AA-X-4 result.at RESULT_BEFORE_RECEIPT',
        'dossiers[8] BB-260105-0001 code DOSSIER_CODE_TAKEN',
        'dossiers[9] AA-X-6 receivedAt NO_VERSION_IN_FORCE',
        'dossiers[10] AA-X-1 code DUPLICATE_CODE',
        'dossiers[11] AA-X-8 channel invalid_value',
        'dossiers[12] AA-X-9 result.at RESULT_BEFORE_SUPPLEMENT',
        'dossiers[13] AA-X-10 enterpriseTaxCode REFERENCE_NOT_FOUND',
      ].sort(),
    );
    for (const detail of body.error.details) {
      expect(detail.message.length).toBeGreaterThan(5);
      expect(detail.path).toBe(`${detail.kind}[${detail.index}]${detail.field ? `.${detail.field}` : ''}`);
    }
    expect(await oneStopCounts(ctx)).toEqual(before);
  });

  it('lets only a calendar manager set a year (database-wide) and a board write its own procedures', async () => {
    const pkg = new PackageBuilder().calendarYear(2031, ['2031-01-01']).procedure('AA', 'BQL-DT-09').build();
    const { status, body } = await staffBB.api.post('/api/v1/packages/import', pkg);
    expect(status).toBe(422);
    expect(body.error.details.map((d: any) => `${d.path} ${d.reason}`).sort()).toEqual(
      ['calendarYears[0].year FORBIDDEN', 'procedures[0].boardCode REFERENCE_NOT_FOUND'].sort(),
    );
  });

  it('imports procedures and dossiers, derives status, links the version in force, computes due dates; twice = once', async () => {
    const before = await oneStopCounts(ctx);
    const first = await admin.api.post('/api/v1/packages/import', validPackage().build());
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      procedures: { created: 2, updated: 0, unchanged: 0 },
      dossiers: { created: 4, updated: 0, unchanged: 0 },
      calendarYears: { created: 0, updated: 0, unchanged: 0 },
    });
    const after = await oneStopCounts(ctx);
    expect(after.procedures! - before.procedures!).toBe(2);
    expect(after.procedure_versions! - before.procedure_versions!).toBe(3);
    expect(after.dossiers! - before.dossiers!).toBe(4);
    expect(after.dossier_supplements! - before.dossier_supplements!).toBe(2);

    const calendar = workingCalendar();
    const states = new Map((await dossierStates(ctx)).map((d) => [d.code, d]));
    // Received before Decree 239/2025: the 15-day version; after: the 10-day one.
    expect(states.get('AA-250815-0001')).toMatchObject({
      effective_from: '2021-01-01',
      deadline_value: 15,
      deadline_unit: 'days',
      status: 'resolved',
      result_kind: 'approved',
      due_date: dueDate(calendar, {
        receivedAt: '2025-08-15T09:30:00+07:00',
        deadline: { value: 15, unit: 'days' },
      }).dueDate,
    });
    expect(states.get('AA-260213-0001')).toMatchObject({
      effective_from: '2025-09-03',
      deadline_value: 10,
      channel: 'counter',
      summary: 'Cấp GCNĐKĐT dự án nhà máy',
      supplements: '2026-02-24T03:00→2026-03-02T01:15 Bổ sung bản vẽ',
      enterprise: '0101234567', // linked by the applicant's tax code
      due_date: dueDate(calendar, {
        receivedAt: '2026-02-13T09:30:00+07:00',
        deadline: { value: 10, unit: 'days' },
        supplements: [{ requestedAt: '2026-02-24T10:00:00+07:00', suppliedAt: '2026-03-02T08:15:00+07:00' }],
      }).dueDate,
    });
    // A supplement still awaited; the package's dueDate is ignored; the contract's example date.
    expect(states.get('AA-260213-0002')).toMatchObject({
      status: 'awaiting_supplement',
      deadline_value: 3,
      deadline_unit: 'working_days',
      due_date: '2026-02-25',
    });
    expect(states.get('AA-260302-0001')).toMatchObject({
      status: 'processing',
      channel: 'online',
      enterprise: null,
    });

    const second = await admin.api.post('/api/v1/packages/import', validPackage().build());
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      procedures: { created: 0, updated: 0, unchanged: 2 },
      dossiers: { created: 0, updated: 0, unchanged: 4 },
    });
    expect(await oneStopCounts(ctx)).toEqual(after); // not even an audit entry
    expect(new Map((await dossierStates(ctx)).map((d) => [d.code, d]))).toEqual(states);
  });

  it('updates a dossier by its code and replaces its supplements as a whole', async () => {
    const pkg = validPackage();
    const dossier = pkg.dossiers.find((d) => d.code === 'AA-260213-0002')!;
    dossier.supplements = [
      { requestedAt: '2026-02-16T10:00:00+07:00', suppliedAt: '2026-02-18T10:00:00+07:00' },
      { requestedAt: '2026-02-19T10:00:00+07:00', suppliedAt: '2026-02-20T10:00:00+07:00' },
    ];
    dossier.result = { kind: 'refused', at: '2026-02-26T15:00:00+07:00' };
    const { status, body } = await admin.api.post('/api/v1/packages/import', pkg.build());
    expect(status).toBe(200);
    expect(body.dossiers).toEqual({ created: 0, updated: 1, unchanged: 3 });
    const state = (await dossierStates(ctx)).find((d) => d.code === 'AA-260213-0002')!;
    expect(state).toMatchObject({ status: 'resolved', result_kind: 'refused' });
    expect(state.supplements.split('; ')).toHaveLength(2);
    // 16/2 and 17/2 (Tết 14–22/2 is off in 2026) … the clock stood still for the working days waited.
    expect(state.due_date).toBe(
      dueDate(workingCalendar(), {
        receivedAt: '2026-02-13T09:30:00+07:00',
        deadline: { value: 3, unit: 'working_days' },
        supplements: dossier.supplements as never,
      }).dueDate,
    );
  });

  it('keeps the deadline of a version dossiers hold; a version from a later date takes the change', async () => {
    const changed = validPackage();
    changed.procedures[1]!.deadline = { value: 5, unit: 'working_days' };
    const refused = await admin.api.post('/api/v1/packages/import', changed.build());
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d: any) => `${d.path} ${d.reason}`)).toEqual([
      'procedures[1].deadline PROCEDURE_VERSION_IN_USE',
    ]);

    const later = validPackage();
    Object.assign(later.procedures[1]!, {
      effectiveFrom: '2026-07-01',
      deadline: { value: 5, unit: 'working_days' },
      versions: [
        {
          effectiveFrom: '2021-01-01',
          name: 'Thủ tục BQL-DT-02',
          deadline: { value: 3, unit: 'working_days' },
          onlineLevel: 'partial',
        },
      ],
    });
    later.dossier('AA', 'AA-260701-0001', 'BQL-DT-02', '2026-07-01T09:00:00+07:00');
    const accepted = await admin.api.post('/api/v1/packages/import', later.build());
    expect(accepted.status).toBe(200);
    expect(accepted.body.procedures).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const states = new Map((await dossierStates(ctx)).map((d) => [d.code, d]));
    expect(states.get('AA-260302-0001')).toMatchObject({ effective_from: '2021-01-01', deadline_value: 3 });
    expect(states.get('AA-260701-0001')).toMatchObject({ effective_from: '2026-07-01', deadline_value: 5 });
  });

  it('a package with one bad dossier imports nothing', async () => {
    const pkg = new PackageBuilder()
      .board('CC')
      .procedure('CC', 'BQL-DT-02')
      .dossier('CC', 'CC-1', 'BQL-DT-02', '2026-03-02T09:00:00+07:00')
      .dossier('CC', 'CC-2', 'BQL-DT-02', '2026-03-02T09:00:00+07:00')
      .dossier('CC', 'CC-3', 'BQL-DT-02', '2026-03-02T09:00:00+07:00', {
        result: { kind: 'approved', at: '2026-03-01T09:00:00+07:00' },
      })
      .build();
    const before = await oneStopCounts(ctx);
    const boards = await queryRows(ctx.database.db, sql`select count(*)::int as n from boards`);
    const { status, body } = await admin.api.post('/api/v1/packages/import', pkg);
    expect(status).toBe(422);
    expect(body.error.details).toHaveLength(1);
    expect(body.error.details[0]).toMatchObject({
      kind: 'dossiers',
      index: 2,
      code: 'CC-3',
      field: 'result.at',
    });
    expect(await oneStopCounts(ctx)).toEqual(before);
    expect(await queryRows(ctx.database.db, sql`select count(*)::int as n from boards`)).toEqual(boards);
  });

  it('a year set by a package changes the due dates of the dossiers it touches', async () => {
    // Received Monday 3/3/2031, 5 working days (BQL-DT-02 from 1/7/2026): due Monday 10/3 by the default schedule.
    const pkg = new PackageBuilder().dossier(
      'AA',
      'AA-310303-0001',
      'BQL-DT-02',
      '2031-03-03T09:00:00+07:00',
    );
    expect((await admin.api.post('/api/v1/packages/import', pkg.build())).status).toBe(200);
    const dueOf = async () => (await dossierStates(ctx)).find((d) => d.code === 'AA-310303-0001')!.due_date;
    const input = {
      receivedAt: '2031-03-03T09:00:00+07:00',
      deadline: { value: 5, unit: 'working_days' as const },
    };
    expect(await dueOf()).toBe(dueDate(workingCalendar(), input).dueDate);
    expect(await dueOf()).toBe('2031-03-10');

    const year = {
      year: 2031,
      daysOff: ['2031-01-01', '2031-03-04', '2031-03-05'],
      workdays: ['2031-03-08'],
    };
    const set = await admin.api.post(
      '/api/v1/packages/import',
      new PackageBuilder()
        .calendarYear(year.year, year.daysOff, year.workdays, { note: 'Thông báo thử' })
        .build(),
    );
    expect(set.status).toBe(200);
    expect(set.body.calendarYears).toEqual({ created: 1, updated: 0, unchanged: 0 });
    // 4/3 and 5/3 off, Saturday 8/3 worked: 6/3, 7/3, 8/3, 10/3, 11/3.
    expect(await dueOf()).toBe(dueDate(workingCalendar([year]), input).dueDate);
    expect(await dueOf()).toBe('2031-03-11');
    const again = await admin.api.post(
      '/api/v1/packages/import',
      new PackageBuilder()
        .calendarYear(year.year, year.daysOff, year.workdays, { note: 'Thông báo thử' })
        .build(),
    );
    expect(again.body.calendarYears).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const audit = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'calendar_year' and entity_key = '2031'`,
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('exports the kinds, and the export imported into a fresh database gives the same rows', async () => {
    const exported = await admin.api.get('/api/v1/packages/export?board=AA');
    expect(exported.status).toBe(200);
    const pkg = exported.body;
    expect(pkg.calendarYears).toEqual([
      {
        year: 2031,
        daysOff: ['2031-01-01', '2031-03-04', '2031-03-05'],
        workdays: ['2031-03-08'],
        note: 'Thông báo thử',
      },
    ]);
    const irc = pkg.procedures.find((p: any) => p.code === 'BQL-DT-01');
    expect(irc).toMatchObject({
      boardCode: 'AA',
      effectiveFrom: '2025-09-03',
      deadline: { value: 10, unit: 'days' },
      versions: [{ effectiveFrom: '2021-01-01', deadline: { value: 15, unit: 'days' } }],
    });
    expect(pkg.dossiers.map((d: any) => d.code)).toEqual([
      'AA-250815-0001',
      'AA-260213-0001',
      'AA-260213-0002',
      'AA-260302-0001',
      'AA-260701-0001',
      'AA-310303-0001',
    ]);
    expect(pkg.dossiers[1]).toMatchObject({
      receivedAt: '2026-02-13T09:30:00+07:00',
      supplements: [{ requestedAt: '2026-02-24T10:00:00+07:00', suppliedAt: '2026-03-02T08:15:00+07:00' }],
      result: { kind: 'approved', at: '2026-03-05T16:00:00+07:00' },
      applicantTaxCode: '0101234567',
      enterpriseTaxCode: '0101234567',
    });
    for (const d of pkg.dossiers) expect(d).not.toHaveProperty('dueDate');

    // Imported again here: nothing changes.
    const again = await admin.api.post('/api/v1/packages/import', pkg);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      calendarYears: { created: 0, updated: 0, unchanged: 1 },
      procedures: { created: 0, updated: 0, unchanged: 2 },
      dossiers: { created: 0, updated: 0, unchanged: 6 },
    });

    const fresh = await createTestContext();
    try {
      const imported = await fresh.importPackage(pkg);
      expect(imported.dossiers).toEqual({ created: 6, updated: 0, unchanged: 0 });
      const mine = (await dossierStates(ctx)).filter((d) => d.board === 'AA');
      expect(await dossierStates(fresh)).toEqual(mine);
      expect(await procedureStates(fresh)).toEqual(
        (await procedureStates(ctx)).filter((p: any) => p.board === 'AA'),
      );
      expect(await calendarStates(fresh)).toEqual(await calendarStates(ctx));
    } finally {
      await fresh.close();
    }
  });
});
