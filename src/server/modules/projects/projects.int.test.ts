import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { ty } from '../../../../test/package-builder.ts';
import { addDays, vietnamToday } from '../../../domain/calendar-date.ts';

describe('projects, licensing events and implemented capital over the API', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let zoneId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    const zone = await staff.api.post('/api/v1/zones', {
      code: 'TB-PK',
      name: 'KCN Phúc Khánh',
      kind: 'KCN',
      status: 'operating',
      statusHistory: [{ status: 'operating', since: '2005-01-15' }],
      areaHa: '120.5',
      industrialLandHa: '85.0',
      leasedLandHa: '80.1',
    });
    expect(zone.status).toBe(201);
    zoneId = zone.body.id;
  });

  async function register(code: string, extra: Record<string, unknown> = {}) {
    return staff.api.post('/api/v1/projects', {
      code,
      zoneId,
      name: `Nhà máy may mặc Thái Bình ${code}`,
      investmentType: 'FDI',
      investors: [{ name: 'Shinwon Corporation', country: 'KR' }],
      sector: 'C1410',
      landHa: '5.2',
      certificate: { date: '2019-03-15', documentNo: code, capitalVnd: ty('230'), capitalUsd: '10000000' },
      ...extra,
    });
  }

  it('registers a project with its first certificate, then adjusts, terminates and records implemented capital', async () => {
    const created = await register('2121000123');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: '2121000123',
      status: 'active',
      licensedOn: '2019-03-15',
      registeredCapitalVnd: ty('230'),
      registeredCapitalUsd: '10000000.00',
      investors: [{ name: 'Shinwon Corporation', country: 'KR', countryName: 'Hàn Quốc' }],
    });
    const id = created.body.id;
    const adjusted = await staff.api.post(`/api/v1/projects/${id}/licensing-events`, {
      kind: 'adjustment',
      date: '2019-09-02',
      documentNo: '2121000123-ĐC1',
      capitalVnd: ty('345'),
      capitalUsd: '15000000.00',
    });
    expect(adjusted.status).toBe(201);
    expect(adjusted.body.registeredCapitalVnd).toBe(ty('345'));
    const [first, second] = adjusted.body.licensingEvents;
    expect(first).toMatchObject({
      kind: 'new',
      capitalVndBefore: null,
      capitalVndAfter: ty('230'),
      capitalChangeVnd: ty('230'),
    });
    expect(second).toMatchObject({
      kind: 'adjustment',
      capitalVndBefore: ty('230'),
      capitalVndAfter: ty('345'),
      capitalChangeVnd: ty('115'),
    });

    const implemented = await staff.api.post(`/api/v1/projects/${id}/capital-implementations`, {
      asOf: '2019-12-31',
      implementedVnd: ty('120'),
    });
    expect(implemented.status).toBe(201);
    expect(implemented.body).toMatchObject({ implementedVnd: ty('120'), implementedAsOf: '2019-12-31' });

    const terminated = await staff.api.post(`/api/v1/projects/${id}/licensing-events`, {
      kind: 'termination',
      date: '2023-12-20',
      documentNo: 'QĐ 123/QĐ-BQL',
    });
    expect(terminated.body).toMatchObject({ status: 'terminated', terminatedOn: '2023-12-20' });

    const afterTermination = await staff.api.post(`/api/v1/projects/${id}/licensing-events`, {
      kind: 'adjustment',
      date: '2024-01-05',
      documentNo: 'X',
      capitalVnd: ty('1'),
    });
    expect(afterTermination.status).toBe(422);
    expect(afterTermination.body.error.code).toBe('LICENSING_HISTORY_INVALID');
    expect(afterTermination.body.error.details[0].reason).toBe('LEDGER_EVENT_AFTER_TERMINATION');

    const beforeNew = await staff.api.post(`/api/v1/projects/${id}/licensing-events`, {
      kind: 'adjustment',
      date: '2018-01-05',
      documentNo: 'Y',
    });
    expect(beforeNew.body.error.details[0].reason).toBe('LEDGER_EVENT_BEFORE_NEW');

    const duplicate = await staff.api.post(`/api/v1/projects/${id}/licensing-events`, {
      kind: 'adjustment',
      date: '2019-09-02',
      documentNo: '2121000123-ĐC1',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('LICENSING_EVENT_DUPLICATE');

    const detail = await staff.api.get(`/api/v1/projects/${id}`);
    expect(detail.body.licensingEvents).toHaveLength(3);
  });

  it('corrects and deletes licensing events, keeping the history valid', async () => {
    const { body: project } = await register('2121000200');
    const adjusted = await staff.api.post(`/api/v1/projects/${project.id}/licensing-events`, {
      kind: 'adjustment',
      date: '2019-10-01',
      documentNo: 'ĐC1',
      capitalVnd: ty('200'),
      capitalUsd: '8700000',
    });
    const event = adjusted.body.licensingEvents[1];
    const corrected = await staff.api.patch(`/api/v1/licensing-events/${event.id}`, {
      version: event.version,
      reason: 'Sửa theo GCNĐKĐT bản gốc',
      capitalVnd: ty('210'),
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.licensingEvents[1]).toMatchObject({
      capitalVnd: ty('210'),
      capitalChangeVnd: ty('-20'),
    });
    const stale = await staff.api.patch(`/api/v1/licensing-events/${event.id}`, {
      version: event.version,
      reason: 'Sửa theo GCNĐKĐT bản gốc',
      capitalVnd: ty('999'),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: event.version + 1 });
    const movedBeforeNew = await staff.api.patch(`/api/v1/licensing-events/${event.id}`, {
      version: event.version + 1,
      reason: 'Sửa theo GCNĐKĐT bản gốc',
      date: '2019-01-01',
    });
    expect(movedBeforeNew.status).toBe(422);
    const newEvent = adjusted.body.licensingEvents[0];
    const undeletable = await staff.api.delete(
      `/api/v1/licensing-events/${newEvent.id}?version=${newEvent.version}&reason=${encodeURIComponent('Nhập nhầm lần cấp')}`,
    );
    expect(undeletable.body.error.code).toBe('LICENSING_EVENT_NEW_UNDELETABLE');
    const deleted = await staff.api.delete(
      `/api/v1/licensing-events/${event.id}?version=${event.version + 1}&reason=${encodeURIComponent('Nhập nhầm lần điều chỉnh')}`,
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body.licensingEvents).toHaveLength(1);
  });

  it('refuses a project in a zone of another board, an unknown investor, a taken code', async () => {
    const otherStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    const otherZone = await otherStaff.api.post('/api/v1/zones', {
      code: 'HY-PN',
      name: 'KCN Phố Nối A',
      kind: 'KCN',
      status: 'operating',
      areaHa: '390',
    });
    const foreignZone = await register('2121000300', { zoneId: otherZone.body.id });
    expect(foreignZone.status).toBe(422);
    expect(foreignZone.body.error).toMatchObject({
      code: 'PROJECT_ZONE_NOT_FOUND',
      details: [{ path: 'body.zoneId' }],
    });
    const unknownInvestor = await register('2121000301', {
      investors: [{ investorId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknownInvestor.body.error.details[0].path).toBe('body.investors.0.investorId');
    const taken = await register('2121000123');
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('PROJECT_CODE_TAKEN');
  });

  it('lists projects with filters and accent-insensitive search over names and investors', async () => {
    await staff.api.post('/api/v1/projects', {
      code: '0100000001',
      zoneId,
      name: 'Nhà máy chế biến nông sản Đông Hưng',
      investmentType: 'DDI',
      investors: [{ name: 'Công ty Cổ phần Đầu tư Hưng Yên', country: 'VN' }],
      certificate: { date: '2010-05-05', documentNo: '0100000001', capitalVnd: ty('50') },
    });
    const search = async (q: string) =>
      (await staff.api.get(`/api/v1/projects?q=${encodeURIComponent(q)}`)).body.items.map((p: any) => p.code);
    expect(await search('thai binh')).toEqual(expect.arrayContaining(['2121000123', '2121000200']));
    expect(await search('THÁI BÌNH')).toEqual(await search('thai binh'));
    expect(await search('dong hung')).toEqual(['0100000001']);
    expect(await search('hung yen')).toEqual(['0100000001']); // investor name
    expect(await search('shinwon')).not.toContain('0100000001');
    expect(await search('100%')).toEqual([]);
    const ddi = await staff.api.get('/api/v1/projects?investmentType=DDI');
    expect(ddi.body.items.map((p: any) => p.code)).toEqual(['0100000001']);
    const terminated = await staff.api.get('/api/v1/projects?status=terminated');
    expect(terminated.body.items.map((p: any) => p.code)).toEqual(['2121000123']);
    const licensed2019 = await staff.api.get(
      '/api/v1/projects?licensedFrom=2019-01-01&licensedTo=2019-12-31&pageSize=1',
    );
    expect(licensed2019.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(licensed2019.body.items).toHaveLength(1);
    const events = await staff.api.get('/api/v1/licensing-events?kind=adjustment&change=increase');
    expect(events.body.items.map((e: any) => e.project.code)).toEqual(['2121000123']);
  });

  it('makes the second of two editors reload instead of overwriting', async () => {
    const { body: zone } = await staff.api.get(`/api/v1/zones/${zoneId}`);
    const first = await staff.api.patch(`/api/v1/zones/${zoneId}`, {
      version: zone.version,
      leasedLandHa: '82.0',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: zone.version + 1, leasedLandHa: '82.0', occupancyPct: 96.5 });
    const second = await staff.api.patch(`/api/v1/zones/${zoneId}`, {
      version: zone.version,
      name: 'KCN Phúc Khánh (mở rộng)',
    });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: zone.version + 1 });
    expect((await staff.api.get(`/api/v1/zones/${zoneId}`)).body.name).toBe('KCN Phúc Khánh');
  });

  it('records zone status changes in order', async () => {
    const { body: zone } = await staff.api.get(`/api/v1/zones/${zoneId}`);
    const bad = await staff.api.post(`/api/v1/zones/${zoneId}/status-changes`, {
      version: zone.version,
      status: 'established',
      since: '2001-01-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ZONE_STATUS_HISTORY_INVALID');
    const replaced = await staff.api.put(`/api/v1/zones/${zoneId}/status-history`, {
      version: zone.version,
      statusHistory: [
        { status: 'established', since: '2003-06-01' },
        { status: 'operating', since: '2005-01-15' },
      ],
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.statusHistory).toHaveLength(2);
  });

  it('lets a viewer read but not write', async () => {
    const viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    expect((await viewer.api.get('/api/v1/projects')).status).toBe(200);
    const refused = await viewer.api.post('/api/v1/zones', {
      code: 'TB-X',
      name: 'KCN X',
      kind: 'KCN',
      status: 'planned',
      areaHa: '10',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
  });

  it('refuses a certificate dated after today, a certificate number of another project, FDI capital without USD', async () => {
    const tomorrow = addDays(vietnamToday(), 1);
    const future = await register('2121000300', {
      certificate: { date: tomorrow, documentNo: '2121000300', capitalVnd: ty('100'), capitalUsd: '4000000' },
    });
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe('LICENSING_EVENT_INVALID');
    expect(future.body.error.details.map((d: any) => [d.reason, d.path])).toEqual([
      ['EVENT_DATE_IN_FUTURE', 'body.certificate.date'],
    ]);
    const noUsd = await register('2121000301', {
      certificate: { date: '2020-01-10', documentNo: '2121000301', capitalVnd: ty('100') },
    });
    expect(noUsd.status).toBe(422);
    expect(noUsd.body.error.details.map((d: any) => [d.reason, d.path])).toEqual([
      ['FDI_WITHOUT_USD', 'body.certificate.capitalUsd'],
    ]);
    const other = await register('2121000302', {
      certificate: {
        date: '2020-01-10',
        documentNo: '2121000302',
        capitalVnd: ty('100'),
        capitalUsd: '4300000',
      },
    });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    // The certificate number of another project (a stale number carried over from a form).
    const taken = await register('2121000303', {
      certificate: {
        date: '2020-02-10',
        documentNo: '2121000302',
        capitalVnd: ty('50'),
        capitalUsd: '2100000',
      },
    });
    expect(taken.status).toBe(422);
    expect(taken.body.error.details.map((d: any) => [d.reason, d.path])).toEqual([
      ['DOCUMENT_NO_TAKEN', 'body.certificate.documentNo'],
    ]);
    expect((await staff.api.get('/api/v1/projects?q=2121000303')).body.total).toBe(0);

    const { body: project } = await register('2121000304', {
      certificate: {
        date: '2020-03-10',
        documentNo: '2121000304',
        capitalVnd: ty('230'),
        capitalUsd: '10000000',
      },
    });
    const post = (body: Record<string, unknown>) =>
      staff.api.post(`/api/v1/projects/${project.id}/licensing-events`, body);
    const otherNumber = await post({ kind: 'adjustment', date: '2020-05-04', documentNo: '2121000302' });
    expect(otherNumber.body.error.details.map((d: any) => d.reason)).toEqual(['DOCUMENT_NO_TAKEN']);
    const tomorrowAdjustment = await post({ kind: 'adjustment', date: tomorrow, documentNo: '2121000304' });
    expect(tomorrowAdjustment.body.error.details.map((d: any) => d.reason)).toEqual(['EVENT_DATE_IN_FUTURE']);
    // +20 tỷ without USD would count in the report as no change in USD.
    const vndOnly = await post({
      kind: 'adjustment',
      date: '2020-05-04',
      documentNo: '2121000304',
      capitalVnd: ty('250'),
    });
    expect(vndOnly.status).toBe(422);
    expect(vndOnly.body.error.details.map((d: any) => [d.reason, d.path])).toEqual([
      ['FDI_WITHOUT_USD', 'body.capitalUsd'],
    ]);
    // An adjusted certificate keeps its number; no capital change needs no USD.
    const sameNumber = await post({ kind: 'adjustment', date: '2020-05-04', documentNo: '2121000304' });
    expect(sameNumber.status, JSON.stringify(sameNumber.body)).toBe(201);
    const restated = await post({
      kind: 'adjustment',
      date: '2020-06-04',
      documentNo: '2121000304',
      capitalVnd: ty('230'),
    });
    expect(restated.status, JSON.stringify(restated.body)).toBe(201);
    const withUsd = await post({
      kind: 'adjustment',
      date: '2020-07-06',
      documentNo: '2121000304',
      capitalVnd: ty('250'),
      capitalUsd: '10800000',
    });
    expect(withUsd.status).toBe(201);
    // Correcting an event keeps the rules: dropping its USD is refused.
    const event = withUsd.body.licensingEvents.at(-1);
    const dropped = await staff.api.patch(`/api/v1/licensing-events/${event.id}`, {
      version: event.version,
      reason: 'Sửa theo GCNĐKĐT bản gốc',
      capitalUsd: null,
    });
    expect(dropped.body.error.details.map((d: any) => d.reason)).toEqual(['FDI_WITHOUT_USD']);

    // A termination decision is not a certificate: numbered per year, it may repeat another's number.
    const decision = 'QĐ 12/QĐ-BQL';
    const first = await staff.api.post(`/api/v1/projects/${other.body.id}/licensing-events`, {
      kind: 'termination',
      date: '2021-03-01',
      documentNo: decision,
    });
    expect(first.status).toBe(201);
    const implemented = await staff.api.post(`/api/v1/projects/${project.id}/capital-implementations`, {
      asOf: '2022-12-31',
      implementedVnd: ty('100'),
    });
    expect(implemented.status).toBe(201);
    expect(implemented.body.warnings).toEqual([]);
    const early = await post({ kind: 'termination', date: '2022-03-01', documentNo: decision });
    expect(early.status).toBe(422);
    expect(early.body.error.details.map((d: any) => [d.reason, d.path])).toEqual([
      ['IMPLEMENTED_AFTER_TERMINATION', 'body.date'],
    ]);
    const second = await post({ kind: 'termination', date: '2023-03-01', documentNo: decision });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
  });

  it('refuses implemented capital after the termination, and warns above the registered capital', async () => {
    const { body: project } = await register('2121000400', {
      certificate: {
        date: '2019-03-15',
        documentNo: '2121000400',
        capitalVnd: ty('230'),
        capitalUsd: '10000000',
      },
    });
    const url = `/api/v1/projects/${project.id}/capital-implementations`;
    const above = await staff.api.post(url, { asOf: '2019-12-31', implementedVnd: ty('240') });
    expect(above.status, JSON.stringify(above.body)).toBe(201);
    expect(above.body.implementedVnd).toBe(ty('240'));
    expect(above.body.warnings).toEqual([
      {
        path: 'body.implementedVnd',
        reason: 'IMPLEMENTED_ABOVE_REGISTERED',
        message: expect.stringContaining('lớn hơn vốn đăng ký'),
      },
    ]);
    // Registered capital at the entry's date: an increase after it does not count.
    await staff.api.post(`/api/v1/projects/${project.id}/licensing-events`, {
      kind: 'adjustment',
      date: '2020-06-01',
      documentNo: '2121000400',
      capitalVnd: ty('300'),
      capitalUsd: '13000000',
    });
    const entry = above.body.capitalImplementations[0];
    const corrected = await staff.api.patch(`/api/v1/capital-implementations/${entry.id}`, {
      version: entry.version,
      reason: 'Sửa ngày theo báo cáo của doanh nghiệp',
      asOf: '2020-12-31',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.warnings).toEqual([]);
    const terminated = await staff.api.post(`/api/v1/projects/${project.id}/licensing-events`, {
      kind: 'termination',
      date: '2021-06-30',
      documentNo: 'QĐ 40/QĐ-BQL',
    });
    expect(terminated.status).toBe(201);
    const onTheDay = await staff.api.post(url, { asOf: '2021-06-30', implementedVnd: ty('250') });
    expect(onTheDay.status).toBe(201);
    const after = await staff.api.post(url, { asOf: '2021-12-31', implementedVnd: ty('260') });
    expect(after.status).toBe(422);
    expect(after.body.error.code).toBe('CAPITAL_IMPLEMENTATION_INVALID');
    expect(after.body.error.details.map((d: any) => [d.reason, d.path])).toEqual([
      ['IMPLEMENTED_AFTER_TERMINATION', 'body.asOf'],
    ]);
    const moved = await staff.api.patch(`/api/v1/capital-implementations/${entry.id}`, {
      version: entry.version + 1,
      reason: 'Sửa ngày theo báo cáo của doanh nghiệp',
      asOf: '2022-01-01',
    });
    expect(moved.body.error.details[0].reason).toBe('IMPLEMENTED_AFTER_TERMINATION');
    const detail = await staff.api.get(`/api/v1/projects/${project.id}`);
    expect(detail.body.capitalImplementations.map((i: any) => i.asOf)).toEqual(['2020-12-31', '2021-06-30']);
  });
});
