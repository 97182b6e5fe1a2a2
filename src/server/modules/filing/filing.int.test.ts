import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type ApiClient,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { enterpriseReports } from './filing.tables.ts';

/** A signed-in client for an account created through the API (enterprise accounts). */
async function signIn(ctx: TestContext, username: string, password: string): Promise<ApiClient> {
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
  expect(login.statusCode).toBe(200);
  const cookie = `kcn_session=${login.cookies.find((c) => c.name === 'kcn_session')!.value}`;
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return {
      status: response.statusCode,
      body: response.body ? JSON.parse(response.body) : null,
      headers: response.headers,
    };
  };
  return {
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    delete: (url) => send('DELETE', url),
  };
}

/** A report stating every figure the default rule required_figures asks for. */
const COMPLETE = {
  productionValueVnd: '1000000000',
  revenueVnd: '1200000000',
  exportUsd: '0',
  importUsd: '0',
  budgetPaidVnd: '50000000',
  workers: 10,
  insuredWorkers: 10,
  averageIncomeVnd: '6000000',
};

describe('enterprise statistics filing', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let admin: TestUser;
  let otherStaff: TestUser;
  let zoneId: string;
  let ent1: any;
  let ent2: any;
  let entOther: any;
  let firm: ApiClient;

  async function enterprise(
    api: ApiClient,
    taxCode: string,
    name: string,
    extra: Record<string, unknown> = {},
  ) {
    const zone = extra.zoneId ?? zoneId;
    const res = await api.post('/api/v1/enterprises', {
      taxCode,
      name,
      zoneId: zone,
      investmentType: 'FDI',
      ...extra,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  async function openPeriod(period: string, extra: Record<string, unknown> = {}) {
    const res = await staff.api.post('/api/v1/reporting/periods', { period, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    admin = await ctx.createUser({ role: 'admin', board: 'TB' });
    otherStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    const zone = await staff.api.post('/api/v1/zones', {
      code: 'TB-PK',
      name: 'KCN Phúc Khánh',
      kind: 'KCN',
      status: 'operating',
      areaHa: '120.5',
    });
    zoneId = zone.body.id;
    const otherZone = await otherStaff.api.post('/api/v1/zones', {
      code: 'HY-PN',
      name: 'KCN Phố Nối',
      kind: 'KCN',
      status: 'operating',
      areaHa: '300',
    });
    ent1 = await enterprise(staff.api, '1000000001', 'Công ty TNHH May Thái Bình');
    ent2 = await enterprise(staff.api, '1000000002', 'Công ty CP Điện tử Đông Á');
    entOther = await enterprise(otherStaff.api, '0900000001', 'Công ty Hưng Yên', {
      zoneId: otherZone.body.id,
    });
    const account = await staff.api.post(`/api/v1/enterprises/${ent1.id}/accounts`, {
      username: 'dn.maythaibinh',
      fullName: 'Kế toán May Thái Bình',
    });
    expect(account.status, JSON.stringify(account.body)).toBe(201);
    expect(account.body.password.length).toBeGreaterThanOrEqual(16);
    firm = await signIn(ctx, 'dn.maythaibinh', account.body.password);
  });

  it('keeps enterprises: search, filters, update with version, tax codes checked', async () => {
    const found = await staff.api.get('/api/v1/enterprises?q=dong a');
    expect(found.body.items.map((e: any) => e.taxCode)).toEqual(['1000000002']);
    expect((await staff.api.get('/api/v1/enterprises')).body.total).toBe(2);
    const bad = await staff.api.post('/api/v1/enterprises', {
      taxCode: '12345',
      name: 'Sai mã',
      zoneId,
      investmentType: 'DDI',
    });
    expect(bad.status).toBe(400);
    const dup = await staff.api.post('/api/v1/enterprises', {
      taxCode: '1000000001',
      name: 'Trùng',
      zoneId,
      investmentType: 'DDI',
    });
    expect(dup.body.error.code).toBe('ENTERPRISE_TAX_CODE_TAKEN');
    const updated = await staff.api.patch(`/api/v1/enterprises/${ent2.id}`, {
      version: ent2.version,
      investmentType: 'DDI',
    });
    expect(updated.body).toMatchObject({ investmentType: 'DDI', version: ent2.version + 1 });
    const stale = await staff.api.patch(`/api/v1/enterprises/${ent2.id}`, {
      version: ent2.version,
      name: 'X Y',
    });
    expect(stale.status).toBe(409);
    ent2 = updated.body;
    expect((await staff.api.get('/api/v1/enterprises?investmentType=DDI')).body.items).toHaveLength(1);
    // Another board's staff does not see them.
    expect((await otherStaff.api.get(`/api/v1/enterprises/${ent1.id}`)).status).toBe(404);
    // Enterprise accounts only through the enterprise.
    const generic = await admin.api.post('/api/v1/users', {
      username: 'dn.khac',
      fullName: 'Doanh nghiệp khác',
      role: 'enterprise',
    });
    expect(generic.status).toBe(400);
    expect(generic.body.error.details[0].reason).toBe('enterprise_role_reserved');
  });

  it('gives reporting calendar defaults and due dates from the schedule', async () => {
    const schedules = await staff.api.get('/api/v1/reporting/schedules');
    expect(schedules.status).toBe(200);
    expect(schedules.body.map((s: any) => [s.periodKind, s.collected, s.dueMonthsAfter, s.dueDay])).toEqual([
      ['month', false, 1, 10],
      ['quarter', true, 1, 10],
      ['half', false, 1, 10],
      ['year', true, 3, 31],
    ]);
    expect((await openPeriod('2019-Q3')).dueDate).toBe('2019-10-10');
    expect((await openPeriod('2019')).dueDate).toBe('2020-03-31');
    const half = schedules.body.find((s: any) => s.periodKind === 'half');
    const changed = await staff.api.put('/api/v1/reporting/schedules/half', {
      collected: true,
      dueMonthsAfter: 2,
      dueDay: 31,
      version: half.version,
    });
    expect(changed.status).toBe(200);
    expect((await openPeriod('2019-H1')).dueDate).toBe('2019-08-31');
    const again = await staff.api.post('/api/v1/reporting/periods', { period: '2019-Q3' });
    expect(again.body.error.code).toBe('STATISTICS_PERIOD_EXISTS');
    const list = await staff.api.get('/api/v1/reporting/periods?year=2019');
    expect(list.body.map((p: any) => p.period)).toEqual(['2019', '2019-H1', '2019-Q3']);
    expect((await firm.get('/api/v1/reporting/periods?year=2019')).status).toBe(200);
    expect((await firm.post('/api/v1/reporting/periods', { period: '2019-Q4' })).status).toBe(403);

    // Someone who sees several boards lists every board's periods (a period picker across
    // boards), or one board's when named; acting on one still needs the choice.
    await otherStaff.api.post('/api/v1/reporting/periods', { period: '2019-Q3' });
    const national = await ctx.createUser({ role: 'viewer', scope: 'national' });
    const all = await national.api.get('/api/v1/reporting/periods?year=2019');
    expect(all.status).toBe(200);
    expect(all.body.map((p: any) => p.period)).toEqual(['2019', '2019-H1', '2019-Q3', '2019-Q3']);
    const hy = (await otherStaff.api.get('/api/v1/auth/me')).body.board.id;
    const one = await national.api.get(`/api/v1/reporting/periods?year=2019&boardId=${hy}`);
    expect(one.body.map((p: any) => [p.period, p.boardId])).toEqual([['2019-Q3', hy]]);
    expect((await national.api.get('/api/v1/reporting/schedules')).body.error.code).toBe(
      'STATISTICS_BOARD_REQUIRED',
    );
  });

  it('lets an enterprise user see and file only its own enterprise', async () => {
    expect((await firm.get('/api/v1/projects')).status).toBe(403);
    expect((await firm.get('/api/v1/zones')).status).toBe(403);
    expect((await firm.get('/api/v1/users')).status).toBe(403);
    expect((await firm.get('/api/v1/audit')).status).toBe(403);
    expect((await firm.get('/api/v1/auth/me')).body).toMatchObject({ role: 'enterprise' });
    const mine = await firm.get('/api/v1/enterprises');
    expect(mine.body.items.map((e: any) => e.id)).toEqual([ent1.id]);
    expect((await firm.get(`/api/v1/enterprises/${ent2.id}`)).status).toBe(404);
    expect((await firm.get(`/api/v1/enterprises/${entOther.id}`)).status).toBe(404);
    expect((await firm.patch(`/api/v1/enterprises/${ent1.id}`, { version: 1, name: 'Đổi tên' })).status).toBe(
      403,
    );
    const foreign = await firm.put(`/api/v1/enterprises/${ent2.id}/reports/2019-Q3`, { workers: 10 });
    expect(foreign.status).toBe(404);
    // Staff file for the other enterprise; the enterprise user neither sees nor touches it.
    const theirs = await staff.api.put(`/api/v1/enterprises/${ent2.id}/reports/2019-Q3`, {
      workers: 50,
      averageIncomeVnd: '8000000',
    });
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(200);
    expect((await firm.get(`/api/v1/enterprise-reports/${theirs.body.id}`)).status).toBe(404);
    expect(
      (await firm.post(`/api/v1/enterprise-reports/${theirs.body.id}/submit`, { version: 1 })).status,
    ).toBe(404);
    const listed = await firm.get(`/api/v1/enterprise-reports?enterpriseId=${ent2.id}`);
    expect(listed.body.items).toEqual([]);
    expect(
      (await firm.get('/api/v1/enterprise-reports')).body.items.every((r: any) => r.enterpriseId === ent1.id),
    ).toBe(true);
    expect((await firm.get('/api/v1/statistics/completeness?period=2019-Q3')).status).toBe(403);
    expect((await otherStaff.api.get(`/api/v1/enterprise-reports/${theirs.body.id}`)).status).toBe(404);
  });

  it('drafts, submits, returns, resubmits and accepts; locked until an unlock is granted', async () => {
    const draft = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, {
      productionValueVnd: '5000000000',
      revenueVnd: '6000000000',
      exportUsd: '0',
      importUsd: '0',
      budgetPaidVnd: '300000000',
      workers: 120,
      insuredWorkers: 100,
      averageIncomeVnd: '7500000',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body).toMatchObject({ status: 'draft', submittedAt: null, checks: [] });
    const edited = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, {
      productionValueVnd: '5100000000',
      revenueVnd: '6000000000',
      exportUsd: '0',
      importUsd: '0',
      budgetPaidVnd: '300000000',
      workers: 120,
      insuredWorkers: 100,
      averageIncomeVnd: '7500000',
      version: draft.body.version,
    });
    expect(edited.body.productionValueVnd).toBe('5100000000');
    const missingVersion = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, { workers: 1 });
    expect(missingVersion.status).toBe(409);
    const id = draft.body.id;

    const acceptDraft = await staff.api.post(`/api/v1/enterprise-reports/${id}/accept`, {
      version: edited.body.version,
    });
    expect(acceptDraft.body.error.code).toBe('STATISTICS_REPORT_NOT_SUBMITTED');
    const submitted = await firm.post(`/api/v1/enterprise-reports/${id}/submit`, {
      version: edited.body.version,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.submittedAt).toMatch(/\+07:00$/);
    const whileSubmitted = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, {
      workers: 1,
      version: submitted.body.version,
    });
    expect(whileSubmitted.body.error.code).toBe('STATISTICS_REPORT_NOT_EDITABLE');
    expect(
      (await firm.post(`/api/v1/enterprise-reports/${id}/accept`, { version: submitted.body.version }))
        .status,
    ).toBe(403);
    const noReason = await staff.api.post(`/api/v1/enterprise-reports/${id}/return`, {
      version: submitted.body.version,
    });
    expect(noReason.status).toBe(400);
    const returned = await staff.api.post(`/api/v1/enterprise-reports/${id}/return`, {
      version: submitted.body.version,
      reason: 'Số lao động chưa khớp với bảo hiểm xã hội.',
    });
    expect(returned.body).toMatchObject({
      status: 'returned',
      returnReason: 'Số lao động chưa khớp với bảo hiểm xã hội.',
    });

    const corrected = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, {
      productionValueVnd: '5100000000',
      revenueVnd: '6000000000',
      exportUsd: '0',
      importUsd: '0',
      budgetPaidVnd: '300000000',
      workers: 125,
      insuredWorkers: 110,
      averageIncomeVnd: '7500000',
      version: returned.body.version,
    });
    expect(corrected.status).toBe(200);
    const resubmitted = await firm.post(`/api/v1/enterprise-reports/${id}/submit`, {
      version: corrected.body.version,
    });
    expect(resubmitted.body.status).toBe('submitted');
    const accepted = await staff.api.post(`/api/v1/enterprise-reports/${id}/accept`, {
      version: resubmitted.body.version,
    });
    expect(accepted.body).toMatchObject({ status: 'accepted', reviewedBy: staff.id });
    expect(accepted.body.reviewedAt).not.toBeNull();

    const locked = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, {
      workers: 130,
      version: accepted.body.version,
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('STATISTICS_REPORT_LOCKED');

    const request = await firm.post(`/api/v1/enterprise-reports/${id}/unlock-requests`, {
      reason: 'Sai số lao động tháng 9.',
    });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    expect(request.body.status).toBe('pending');
    const twice = await firm.post(`/api/v1/enterprise-reports/${id}/unlock-requests`, { reason: 'Lần nữa' });
    expect(twice.body.error.code).toBe('STATISTICS_UNLOCK_PENDING');
    expect((await firm.post(`/api/v1/unlock-requests/${request.body.id}/grant`, {})).status).toBe(403);
    const refused = await staff.api.post(`/api/v1/unlock-requests/${request.body.id}/refuse`, {
      note: 'Số liệu đã công bố.',
    });
    expect(refused.body.status).toBe('refused');
    expect((await firm.get(`/api/v1/enterprise-reports/${id}`)).body.status).toBe('accepted');
    expect(
      (
        await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, {
          workers: 130,
          version: accepted.body.version,
        })
      ).body.error.code,
    ).toBe('STATISTICS_REPORT_LOCKED');

    const second = await firm.post(`/api/v1/enterprise-reports/${id}/unlock-requests`, {
      reason: 'Xin sửa lại.',
    });
    const pendingList = await staff.api.get('/api/v1/unlock-requests?status=pending');
    expect(pendingList.body.items.map((r: any) => r.id)).toEqual([second.body.id]);
    expect(pendingList.body.items[0]).toMatchObject({ taxCode: '1000000001', period: '2019-Q3' });
    const granted = await staff.api.post(`/api/v1/unlock-requests/${second.body.id}/grant`, {});
    expect(granted.body.status).toBe('granted');
    const reopened = await firm.get(`/api/v1/enterprise-reports/${id}`);
    expect(reopened.body.status).toBe('returned');
    const fixed = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q3`, {
      productionValueVnd: '5100000000',
      revenueVnd: '6000000000',
      exportUsd: '0',
      importUsd: '0',
      budgetPaidVnd: '300000000',
      workers: 130,
      insuredWorkers: 110,
      averageIncomeVnd: '7500000',
      version: reopened.body.version,
    });
    expect(fixed.status).toBe(200);
    const again = await firm.post(`/api/v1/enterprise-reports/${id}/submit`, { version: fixed.body.version });
    expect(again.body.status).toBe('submitted');
    const final = await staff.api.post(`/api/v1/enterprise-reports/${id}/accept`, {
      version: again.body.version,
    });
    expect(final.body).toMatchObject({ status: 'accepted', workers: 130 });

    const detail = await firm.get(`/api/v1/enterprise-reports/${id}`);
    expect(detail.body.history.map((h: any) => [h.action, h.after?.status])).toEqual([
      ['create', 'draft'],
      ['update', 'draft'],
      ['update', 'submitted'],
      ['update', 'returned'],
      ['update', 'returned'],
      ['update', 'submitted'],
      ['update', 'accepted'],
      ['update', 'returned'],
      ['update', 'returned'],
      ['update', 'submitted'],
      ['update', 'accepted'],
    ]);
    const audit = await admin.api.get(`/api/v1/audit?entityId=${id}&pageSize=100`);
    expect(audit.body.total).toBe(11);
    const submitEntry = audit.body.items.find(
      (e: any) => e.after?.status === 'submitted' && e.before?.status === 'draft',
    );
    expect(submitEntry.before.submittedAt).toBeNull();
    expect(submitEntry.after.submittedAt).not.toBeNull();
    const unlockAudit = await admin.api.get(`/api/v1/audit?entityType=report_unlock_request&pageSize=100`);
    expect(unlockAudit.body.items.map((e: any) => e.after.status).sort()).toEqual([
      'granted',
      'pending',
      'pending',
      'refused',
    ]);
    const entAudit = await admin.api.get(`/api/v1/audit?entityId=${ent2.id}`);
    expect(entAudit.body.items[0]).toMatchObject({
      action: 'update',
      before: { investmentType: 'FDI' },
      after: { investmentType: 'DDI' },
    });
  });

  it('refuses hard-rule failures listing every problem and changing nothing', async () => {
    const closed = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-Q2`, { workers: 10 });
    expect(closed.status).toBe(422);
    expect(closed.body.error.details.map((d: any) => d.reason)).toEqual(['period_open']);

    const first = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-H1`, {
      revenueVnd: '1000000000',
      workers: 10,
      insuredWorkers: 5,
    });
    expect(first.status).toBe(200);
    const bad = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2019-H1`, {
      revenueVnd: '-5',
      exportUsd: '-1.50',
      workers: 10,
      insuredWorkers: 12,
      version: first.body.version,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('STATISTICS_RULES_FAILED');
    expect(bad.body.error.details.map((d: any) => [d.reason, d.field])).toEqual([
      ['non_negative', 'revenueVnd'],
      ['non_negative', 'exportUsd'],
      ['insured_le_workers', 'insuredWorkers'],
    ]);
    const unchanged = await firm.get(`/api/v1/enterprise-reports/${first.body.id}`);
    expect(unchanged.body).toMatchObject({
      revenueVnd: '1000000000',
      insuredWorkers: 5,
      version: first.body.version,
    });

    // Closing the period stops submission too.
    const periods = await staff.api.get('/api/v1/reporting/periods?year=2019');
    const h1 = periods.body.find((p: any) => p.period === '2019-H1');
    await staff.api.patch(`/api/v1/reporting/periods/${h1.id}`, { open: false, version: h1.version });
    const submit = await firm.post(`/api/v1/enterprise-reports/${first.body.id}/submit`, {
      version: first.body.version,
    });
    expect(submit.body.error.code).toBe('STATISTICS_RULES_FAILED');
    expect(submit.body.error.details[0].reason).toBe('period_open');
    await staff.api.patch(`/api/v1/reporting/periods/${h1.id}`, { open: true, version: h1.version + 1 });
  });

  it('needs a comment for each soft warning, and follows the board’s rule settings', async () => {
    await openPeriod('2018-Q4');
    await openPeriod('2019-Q4');
    const lastYear = await staff.api.put(`/api/v1/enterprises/${ent2.id}/reports/2018-Q4`, {
      productionValueVnd: '1000000000',
      workers: 100,
    });
    expect(lastYear.status).toBe(200);
    const rate = await staff.api.put('/api/v1/statistics/exchange-rates', {
      period: '2019',
      vndPerUsd: '23000',
    });
    expect(rate.status, JSON.stringify(rate.body)).toBe(200);
    const report = await staff.api.put(`/api/v1/enterprises/${ent2.id}/reports/2019-Q4`, {
      productionValueVnd: '4000000000',
      revenueVnd: '2000000000',
      exportUsd: '100000',
      importUsd: '0',
      budgetPaidVnd: '50000000',
      workers: 110,
      insuredWorkers: 100,
      averageIncomeVnd: '500000',
    });
    expect(report.status).toBe(200);
    expect(report.body.checks.map((c: any) => [c.rule, c.severity, c.field])).toEqual([
      ['yoy_ratio', 'soft', 'productionValueVnd'],
      ['export_over_revenue', 'soft', 'exportUsd'],
      ['income_range', 'soft', 'averageIncomeVnd'],
    ]);
    expect(report.body.checks[0].params).toEqual({ factor: 3 });
    const noComment = await staff.api.post(`/api/v1/enterprise-reports/${report.body.id}/submit`, {
      version: report.body.version,
      comments: { yoy_ratio: 'Nhà máy mới đi vào hoạt động.' },
    });
    expect(noComment.status).toBe(422);
    expect(noComment.body.error.code).toBe('STATISTICS_COMMENT_REQUIRED');
    expect(noComment.body.error.details.map((d: any) => d.reason)).toEqual([
      'export_over_revenue',
      'income_range',
    ]);
    expect((await staff.api.get(`/api/v1/enterprise-reports/${report.body.id}`)).body.status).toBe('draft');

    // The board relaxes and tightens its rules.
    const rules = await staff.api.get('/api/v1/statistics/rules');
    expect(rules.body.find((r: any) => r.code === 'yoy_ratio')).toMatchObject({
      severity: 'soft',
      params: { factor: 3 },
      version: null,
    });
    const relaxed = await staff.api.put('/api/v1/statistics/rules/yoy_ratio', {
      severity: 'soft',
      params: { factor: 5 },
    });
    expect(relaxed.body).toMatchObject({ params: { factor: 5 }, version: 1 });
    await staff.api.put('/api/v1/statistics/rules/export_over_revenue', { severity: 'off', params: {} });
    const hardIncome = await staff.api.put('/api/v1/statistics/rules/income_range', {
      severity: 'hard',
      params: { minVnd: 400000 },
    });
    expect(hardIncome.body.params).toEqual({ minVnd: 400000, maxVnd: 100000000 });
    const badParam = await staff.api.put('/api/v1/statistics/rules/income_range', {
      severity: 'hard',
      params: { foo: 1 },
      version: 1,
    });
    expect(badParam.body.error.code).toBe('STATISTICS_RULE_PARAMS_INVALID');
    expect(
      (await staff.api.put('/api/v1/statistics/rules/nope', { severity: 'off', params: {} })).status,
    ).toBe(404);
    const view = await staff.api.get(`/api/v1/enterprise-reports/${report.body.id}`);
    expect(view.body.checks).toEqual([]);
    // Another board keeps the defaults.
    const hy = await otherStaff.api.get('/api/v1/statistics/rules');
    expect(hy.body.find((r: any) => r.code === 'yoy_ratio').params).toEqual({ factor: 3 });

    await staff.api.put('/api/v1/statistics/rules/income_range', {
      severity: 'hard',
      params: { minVnd: 600000 },
      version: 1,
    });
    const refused = await staff.api.post(`/api/v1/enterprise-reports/${report.body.id}/submit`, {
      version: report.body.version,
    });
    expect(refused.body.error.code).toBe('STATISTICS_RULES_FAILED');
    expect(refused.body.error.details.map((d: any) => d.reason)).toEqual(['income_range']);
    await staff.api.put('/api/v1/statistics/rules/income_range', {
      severity: 'soft',
      params: {},
      version: 2,
    });
    const commented = await staff.api.post(`/api/v1/enterprise-reports/${report.body.id}/submit`, {
      version: report.body.version,
      comments: { income_range: 'Lao động thời vụ.' },
    });
    expect(commented.status, JSON.stringify(commented.body)).toBe(200);
    expect(commented.body).toMatchObject({
      status: 'submitted',
      comments: { income_range: 'Lao động thời vụ.' },
    });
  });

  it('counts completeness: expected, on time, late, missing, not yet operating', async () => {
    await openPeriod('2020-Q1');
    const late = await enterprise(staff.api, '1000000003', 'Công ty Nộp Muộn');
    await enterprise(staff.api, '1000000004', 'Công ty Chưa Hoạt Động', { operatingSince: '2020-04-01' });
    await enterprise(staff.api, '1000000005', 'Công ty Đã Ngừng', { operatingUntil: '2019-12-31' });
    const file = async (id: string, at: string) => {
      const saved = await staff.api.put(`/api/v1/enterprises/${id}/reports/2020-Q1`, COMPLETE);
      const sent = await staff.api.post(`/api/v1/enterprise-reports/${saved.body.id}/submit`, {
        version: saved.body.version,
      });
      expect(sent.status).toBe(200);
      await ctx.database.db
        .update(enterpriseReports)
        .set({ submittedAt: new Date(at) })
        .where(eq(enterpriseReports.id, saved.body.id));
      return sent.body;
    };
    // Due 2020-04-10 (Vietnam): 23:30 that evening is on time, 00:30 the next day is late.
    const onTime = await file(ent1.id, '2020-04-10T23:30:00+07:00');
    await file(late.id, '2020-04-11T00:30:00+07:00');
    await staff.api.post(`/api/v1/enterprise-reports/${onTime.id}/accept`, { version: onTime.version });

    const result = await staff.api.get('/api/v1/statistics/completeness?period=2020-Q1');
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toMatchObject({
      period: '2020-Q1',
      dueDate: '2020-04-10',
      expected: 3,
      submitted: 2,
      accepted: 1,
      onTime: 1,
      late: 1,
      missing: 1,
      onTimePct: 50,
    });
    const byTax = Object.fromEntries(result.body.enterprises.map((e: any) => [e.taxCode, e]));
    expect(byTax['1000000001']).toMatchObject({ status: 'accepted', onTime: true, daysLate: 0 });
    expect(byTax['1000000003']).toMatchObject({ status: 'submitted', onTime: false, daysLate: 1 });
    expect(byTax['1000000002']).toMatchObject({ status: 'missing', onTime: null, submittedAt: null });
    expect(byTax['1000000004']).toBeUndefined();
    expect(byTax['1000000005']).toBeUndefined();

    const reminders = await staff.api.get('/api/v1/statistics/reminders?period=2020-Q1');
    expect(reminders.body.items.map((i: any) => [i.taxCode, i.usernames])).toEqual([['1000000002', []]]);
    const q3 = await staff.api.get('/api/v1/statistics/reminders?period=2019-Q3');
    expect(q3.body.items.map((i: any) => i.taxCode).sort()).toEqual([
      '1000000002',
      '1000000003',
      '1000000005',
    ]);

    const empty = await staff.api.get('/api/v1/statistics/completeness?period=2021');
    expect(empty.body).toMatchObject({ dueDate: '2022-03-31', submitted: 0, onTimePct: null });

    const inOperation = await staff.api.get('/api/v1/enterprises?period=2020-Q1');
    expect(inOperation.body.total).toBe(3);
    const fdi = await staff.api.get(
      '/api/v1/enterprise-reports?period=2020-Q1&investmentType=FDI&status=accepted',
    );
    expect(fdi.body.items.map((r: any) => r.taxCode)).toEqual(['1000000001']);
  });

  it('refuses to file a report without its required figures, listing each, and says when it is overdue', async () => {
    await openPeriod('2020-Q2');
    const empty = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2020-Q2`, {});
    expect(empty.status, JSON.stringify(empty.body)).toBe(200);
    expect(empty.body).toMatchObject({ status: 'draft', dueDate: '2020-07-10', overdue: true });
    const refused = await firm.post(`/api/v1/enterprise-reports/${empty.body.id}/submit`, {
      version: empty.body.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('STATISTICS_RULES_FAILED');
    expect(refused.body.error.details.map((d: any) => [d.reason, d.path])).toEqual([
      ['required_figures', 'body.productionValueVnd'],
      ['required_figures', 'body.revenueVnd'],
      ['required_figures', 'body.exportUsd'],
      ['required_figures', 'body.importUsd'],
      ['required_figures', 'body.budgetPaidVnd'],
      ['required_figures', 'body.workers'],
      ['required_figures', 'body.insuredWorkers'],
      ['required_figures', 'body.averageIncomeVnd'],
    ]);
    expect(refused.body.error.details[1].message).toContain('Doanh thu');
    const unchanged = await firm.get(`/api/v1/enterprise-reports/${empty.body.id}`);
    expect(unchanged.body).toMatchObject({ status: 'draft', submittedAt: null, version: empty.body.version });

    // A draft may stay incomplete; one figure short is still refused.
    const partial = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2020-Q2`, {
      ...COMPLETE,
      budgetPaidVnd: null,
      version: empty.body.version,
    });
    expect(partial.status).toBe(200);
    const short = await firm.post(`/api/v1/enterprise-reports/${partial.body.id}/submit`, {
      version: partial.body.version,
    });
    expect(short.body.error.details.map((d: any) => d.field)).toEqual(['budgetPaidVnd']);
    const complete = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2020-Q2`, {
      ...COMPLETE,
      version: partial.body.version,
    });
    const filed = await firm.post(`/api/v1/enterprise-reports/${complete.body.id}/submit`, {
      version: complete.body.version,
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    expect(filed.body).toMatchObject({ status: 'submitted', dueDate: '2020-07-10', overdue: true });
    expect(filed.body.daysLate).toBeGreaterThan(2000);

    // A period not yet due: not overdue.
    await openPeriod('2099-Q1');
    const early = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2099-Q1`, COMPLETE);
    expect(early.body).toMatchObject({ dueDate: '2099-04-10', overdue: false, daysLate: 0 });
  });

  it('keeps the required figures among the board’s rules, and staff accept only a complete report', async () => {
    const rules = await staff.api.get('/api/v1/statistics/rules');
    const required = rules.body.find((r: any) => r.code === 'required_figures');
    expect(required).toMatchObject({ severity: 'hard', version: null });
    expect(required.params).toMatchObject({ revenueVnd: 1, exportUsd: 1, workers: 1 });
    const bad = await staff.api.put('/api/v1/statistics/rules/required_figures', {
      severity: 'hard',
      params: { exportUsd: 2 },
    });
    expect(bad.body.error.code).toBe('STATISTICS_RULE_PARAMS_INVALID');
    // The board makes export and import optional; a report without them is filed.
    const relaxed = await staff.api.put('/api/v1/statistics/rules/required_figures', {
      severity: 'hard',
      params: { exportUsd: 0, importUsd: 0 },
    });
    expect(relaxed.status, JSON.stringify(relaxed.body)).toBe(200);
    await openPeriod('2021-Q1');
    const saved = await firm.put(`/api/v1/enterprises/${ent1.id}/reports/2021-Q1`, {
      ...COMPLETE,
      exportUsd: null,
      importUsd: null,
    });
    const filed = await firm.post(`/api/v1/enterprise-reports/${saved.body.id}/submit`, {
      version: saved.body.version,
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    // The board requires them again before staff review it: accepting is refused, nothing changes.
    await staff.api.put('/api/v1/statistics/rules/required_figures', {
      severity: 'hard',
      params: { exportUsd: 1, importUsd: 1 },
      version: relaxed.body.version,
    });
    const accept = await staff.api.post(`/api/v1/enterprise-reports/${saved.body.id}/accept`, {
      version: filed.body.version,
    });
    expect(accept.status).toBe(422);
    expect(accept.body.error.details.map((d: any) => [d.reason, d.field])).toEqual([
      ['required_figures', 'exportUsd'],
      ['required_figures', 'importUsd'],
    ]);
    expect((await staff.api.get(`/api/v1/enterprise-reports/${saved.body.id}`)).body.status).toBe(
      'submitted',
    );
    const returned = await staff.api.post(`/api/v1/enterprise-reports/${saved.body.id}/return`, {
      version: filed.body.version,
      reason: 'Thiếu kim ngạch xuất nhập khẩu.',
    });
    expect(returned.status).toBe(200);
  });
});
