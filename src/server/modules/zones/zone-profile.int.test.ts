import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackageBuilder } from '../../../../test/package-builder.ts';
import {
  createTestContext,
  type ApiResponse,
  type TestContext,
  type TestUser,
} from '../../../../test/test-app.ts';
import { queryRows } from '../../kernel/db/database.ts';

function ok(response: ApiResponse, status = 200) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

function refused(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error;
}

const profileUrl = (zoneId: string) => `/api/v1/zones/${zoneId}/profile`;

/**
 * A zone's master data: board TB with a KCN established on 10/5/2008 whose infrastructure project
 * HT-01 (two investors) was licensed on 1/6/2008 and adjusted on 20/3/2015; a KKT and a KCN inside
 * it; another zone with project P-02; board HY with its own zone, investor and project.
 */
describe('the master data of a zone', () => {
  let ctx: TestContext;
  let staff: TestUser;
  let viewer: TestUser;
  let hyStaff: TestUser;
  const z: Record<string, string> = {};
  const p: Record<string, string> = {};
  const inv: Record<string, string> = {};

  async function auditRows() {
    return queryRows<{ action: string; entity_key: string; before: any; after: any }>(
      ctx.database.db,
      sql`select action, entity_key, before, after from audit_log where entity_type = 'zone_profile' order by id`,
    );
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.importPackage(
      new PackageBuilder()
        .board('TB')
        .board('HY')
        .zone('TB', 'TB-KCN1', {
          status: 'operating',
          statusHistory: [
            { status: 'planned', since: '2005-01-01' },
            { status: 'established', since: '2008-05-10' },
            { status: 'operating', since: '2012-01-01' },
          ],
        })
        .zone('TB', 'TB-KKT', { kind: 'KKT', name: 'KKT Thái Bình', areaHa: '30583' })
        .zone('TB', 'TB-KCN2')
        .zone('TB', 'TB-KCN3')
        .zone('HY', 'HY-Z')
        .project('TB', 'TB-KCN1', 'HT-01', 'DDI', {
          investors: [
            { name: 'Công ty CP Hạ tầng A', country: 'VN' },
            { name: 'Công ty TNHH B', country: 'SG' },
          ],
        })
        .event('HT-01', 'new', '2008-06-01', '1000', undefined, 'GCN-001')
        .event('HT-01', 'adjustment', '2015-03-20', '1250.5', undefined, 'GCN-001-DC1')
        .project('TB', 'TB-KCN3', 'P-02', 'DDI', { investors: [{ name: 'Công ty CP C', country: 'VN' }] })
        .event('P-02', 'new', '2019-01-02', '10')
        .project('HY', 'HY-Z', 'HY-P', 'DDI', {
          investors: [{ name: 'Công ty CP Hạ tầng A', country: 'VN' }],
        })
        .event('HY-P', 'new', '2019-01-02', '10')
        .build(),
    );
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    for (const zone of ok(await staff.api.get('/api/v1/zones')).items) z[zone.code] = zone.id;
    z['HY-Z'] = ok(await hyStaff.api.get('/api/v1/zones')).items[0].id;
    for (const project of ok(await staff.api.get('/api/v1/projects')).items) p[project.code] = project.id;
    p['HY-P'] = ok(await hyStaff.api.get('/api/v1/projects')).items[0].id;
    for (const investor of ok(await staff.api.get('/api/v1/investors')).items)
      inv[investor.name] = investor.id;
    inv['HY-A'] = ok(await hyStaff.api.get('/api/v1/investors')).items[0].id;
    // The KCN2 lies inside the KKT (the lead's parent_zone_id; set directly here).
    await ctx.database.db.execute(
      sql`update zones set parent_zone_id = ${z['TB-KKT']!} where id = ${z['TB-KCN2']!}`,
    );
  });

  it('is empty before it is written, with the class the zone’s place gives', async () => {
    const kcn1 = ok(await viewer.api.get(profileUrl(z['TB-KCN1']!)));
    expect(kcn1).toMatchObject({
      zoneId: z['TB-KCN1'],
      zoneKind: 'KCN',
      parentZone: null,
      positionClass: null,
      defaultPositionClass: 'outside_ez',
      economicZoneType: null,
      communeName: null,
      province: null,
      formerProvince: null,
      developerInvestor: null,
      developerProject: null,
      landLeaseTermYears: null,
      landLeaseUntil: null,
      establishedOn: '2008-05-10',
      infrastructureCapitalVnd: null,
      infrastructureCapitalUsd: null,
      note: null,
      problems: [],
      version: 0,
      updatedAt: null,
    });
    expect(ok(await staff.api.get(profileUrl(z['TB-KKT']!))).defaultPositionClass).toBeNull();
    // Inside a KKT whose type is not recorded yet: no default.
    const kcn2 = ok(await staff.api.get(profileUrl(z['TB-KCN2']!)));
    expect(kcn2.parentZone).toEqual({
      id: z['TB-KKT'],
      code: 'TB-KKT',
      name: 'KKT Thái Bình',
      economicZoneType: null,
    });
    expect(kcn2.defaultPositionClass).toBeNull();
  });

  it('another board sees no zone; a viewer reads but does not write', async () => {
    refused(await hyStaff.api.get(profileUrl(z['TB-KCN1']!)), 404, 'ZONE_NOT_FOUND');
    refused(await hyStaff.api.put(profileUrl(z['TB-KCN1']!), { note: 'x' }), 404, 'ZONE_NOT_FOUND');
    refused(await staff.api.get(profileUrl('00000000-0000-4000-8000-000000000000')), 404, 'ZONE_NOT_FOUND');
    refused(await viewer.api.put(profileUrl(z['TB-KCN1']!), { note: 'x' }), 403, 'FORBIDDEN');
    refused(await ctx.anonymous.get(profileUrl(z['TB-KCN1']!)), 401, 'UNAUTHENTICATED');
    expect(await auditRows()).toEqual([]);
    expect(ok(await staff.api.get(profileUrl(z['TB-KCN1']!))).version).toBe(0);
  });

  const kcn1Profile = {
    positionClass: 'outside_ez',
    communeName: 'Xã Thái Thụy',
    provinceCode: '33',
    formerCommuneName: 'Xã Thụy Trường',
    formerDistrictName: 'Huyện Thái Thụy',
    formerProvinceCode: '34',
    landLeaseTermYears: 50,
    infrastructureCapitalVnd: '1250500000000',
    infrastructureCapitalUsd: '120500000.5',
    note: 'Theo GCNĐKĐT điều chỉnh lần 1',
  };

  it('is created with its developer, the certificate shown and the lease end derived', async () => {
    const created = ok(
      await staff.api.put(profileUrl(z['TB-KCN1']!), {
        ...kcn1Profile,
        developerInvestorId: inv['Công ty CP Hạ tầng A'],
        developerProjectId: p['HT-01'],
      }),
    );
    expect(created).toMatchObject({
      positionClass: 'outside_ez',
      defaultPositionClass: 'outside_ez',
      communeName: 'Xã Thái Thụy',
      province: { code: '33', name: 'Hưng Yên' },
      formerCommuneName: 'Xã Thụy Trường',
      formerDistrictName: 'Huyện Thái Thụy',
      formerProvince: { code: '34', name: 'Thái Bình' },
      developerInvestor: {
        id: inv['Công ty CP Hạ tầng A'],
        name: 'Công ty CP Hạ tầng A',
        country: 'VN',
        countryName: 'Việt Nam',
      },
      developerProject: {
        id: p['HT-01'],
        code: 'HT-01',
        name: 'Dự án HT-01',
        // The latest licensing event: the adjustment of 20/3/2015.
        certificate: { documentNo: 'GCN-001-DC1', date: '2015-03-20', kind: 'adjustment' },
      },
      landLeaseTermYears: 50,
      // 10/5/2008 (established) + 50 years.
      landLeaseUntil: '2058-05-10',
      infrastructureCapitalVnd: '1250500000000',
      infrastructureCapitalUsd: '120500000.50',
      problems: [],
      version: 1,
    });
    expect(ok(await viewer.api.get(profileUrl(z['TB-KCN1']!)))).toEqual(created);
    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_key: 'TB-KCN1', before: null });
    expect(audit[0]!.after).toMatchObject({
      zoneId: z['TB-KCN1'],
      infrastructureCapitalVnd: '1250500000000',
      landLeaseUntil: '2058-05-10',
      version: 1,
    });
  });

  it('is updated with the version read; a stale or missing version changes nothing', async () => {
    const url = profileUrl(z['TB-KCN1']!);
    const updated = ok(
      await staff.api.put(url, {
        ...kcn1Profile,
        version: 1,
        developerProjectId: p['HT-01'],
        landLeaseTermYears: 70,
        landLeaseUntil: '2070-01-01',
        note: null,
      }),
    );
    expect(updated).toMatchObject({
      version: 2,
      landLeaseTermYears: 70,
      landLeaseUntil: '2070-01-01',
      developerInvestor: null,
      developerProject: { code: 'HT-01' },
      note: null,
    });
    const stale = refused(await staff.api.put(url, { ...kcn1Profile, version: 1 }), 409, 'VERSION_CONFLICT');
    expect(stale.currentVersion).toBe(2);
    refused(await staff.api.put(url, kcn1Profile), 409, 'VERSION_CONFLICT');
    // Writing a profile never created, with a version, conflicts too.
    const never = refused(
      await staff.api.put(profileUrl(z['TB-KCN3']!), { version: 3, note: 'x' }),
      409,
      'VERSION_CONFLICT',
    );
    expect(never.currentVersion).toBe(0);
    expect(ok(await staff.api.get(url))).toEqual(updated);
    const audit = await auditRows();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]!.before).toMatchObject({ version: 1, landLeaseTermYears: 50, note: kcn1Profile.note });
    expect(audit[1]!.after).toMatchObject({ version: 2, landLeaseTermYears: 70, note: null });
  });

  it('refuses what breaks a rule, each with its code, changing nothing', async () => {
    const url = profileUrl(z['TB-KCN1']!);
    const before = ok(await staff.api.get(url));
    const put = (fields: Record<string, unknown>) => staff.api.put(url, { version: 2, ...fields });
    const invalid = async (fields: Record<string, unknown>, reasons: string[]) => {
      const error = refused(await put(fields), 422, 'ZONE_PROFILE_INVALID');
      expect(error.details.map((d: any) => `${d.path}:${d.reason}`)).toEqual(reasons);
    };
    await invalid({ positionClass: 'coastal_ez' }, ['body.positionClass:POSITION_CLASS_NOT_OUTSIDE']);
    await invalid({ economicZoneType: 'coastal' }, ['body.economicZoneType:ECONOMIC_ZONE_TYPE_ON_PARK']);
    await invalid({ provinceCode: '34' }, ['body.provinceCode:PROVINCE_NOT_IN_FORCE']);
    await invalid({ formerProvinceCode: '99' }, ['body.formerProvinceCode:FORMER_PROVINCE_NOT_IN_FORCE']);
    // Thái Bình (34) became part of Hưng Yên, not Hải Phòng (31).
    await invalid({ provinceCode: '31', formerProvinceCode: '34' }, [
      'body.provinceCode:PROVINCE_NOT_SUCCESSOR',
    ]);
    await invalid({ landLeaseTermYears: 71 }, ['body.landLeaseTermYears:LEASE_TERM_OUT_OF_RANGE']);
    await invalid({ landLeaseTermYears: 0 }, ['body.landLeaseTermYears:LEASE_TERM_OUT_OF_RANGE']);
    // 10/5/2008 + 50 years = 10/5/2058.
    await invalid({ landLeaseTermYears: 50, landLeaseUntil: '2058-05-11' }, [
      'body.landLeaseUntil:LEASE_UNTIL_BEYOND_TERM',
    ]);
    await invalid({ landLeaseUntil: '2008-05-10' }, ['body.landLeaseUntil:LEASE_UNTIL_BEFORE_START']);

    refused(await put({ developerInvestorId: inv['HY-A'] }), 422, 'ZONE_PROFILE_INVESTOR_NOT_FOUND');
    refused(
      await put({ developerInvestorId: '00000000-0000-4000-8000-000000000000' }),
      422,
      'ZONE_PROFILE_INVESTOR_NOT_FOUND',
    );
    // A project of another zone of the board, and one of another board.
    refused(await put({ developerProjectId: p['P-02'] }), 422, 'ZONE_PROFILE_PROJECT_NOT_FOUND');
    refused(await put({ developerProjectId: p['HY-P'] }), 422, 'ZONE_PROFILE_PROJECT_NOT_FOUND');
    const notOf = refused(
      await put({ developerProjectId: p['HT-01'], developerInvestorId: inv['Công ty CP C'] }),
      422,
      'ZONE_PROFILE_INVESTOR_NOT_OF_PROJECT',
    );
    expect(notOf.details[0].path).toBe('body.developerInvestorId');

    // Shapes the schema refuses: negative or fractional đồng, three decimals of USD, a fraction of a year.
    refused(await put({ infrastructureCapitalVnd: '-5' }), 400, 'VALIDATION_FAILED');
    refused(await put({ infrastructureCapitalVnd: '12.5' }), 400, 'VALIDATION_FAILED');
    refused(await put({ infrastructureCapitalUsd: '1.234' }), 400, 'VALIDATION_FAILED');
    refused(await put({ landLeaseTermYears: 50.5 }), 400, 'VALIDATION_FAILED');
    refused(await put({ provinceCode: 'HY' }), 400, 'VALIDATION_FAILED');
    refused(await put({ zoneId: z['TB-KCN3'] }), 400, 'VALIDATION_FAILED');
    refused(await put({ note: 'x'.repeat(2001) }), 400, 'VALIDATION_FAILED');

    expect(ok(await staff.api.get(url))).toEqual(before);
    expect((await auditRows()).length).toBe(2);
  });

  it('a KKT has a type; the park inside takes its class, and shows when the type changes', async () => {
    const kkt = profileUrl(z['TB-KKT']!);
    const kcn2 = profileUrl(z['TB-KCN2']!);
    const refusedKkt = refused(
      await staff.api.put(kkt, { economicZoneType: 'coastal', positionClass: 'coastal_ez' }),
      422,
      'ZONE_PROFILE_INVALID',
    );
    expect(refusedKkt.details[0].reason).toBe('POSITION_CLASS_ON_ECONOMIC_ZONE');
    // The parent's type unknown: a class inside an EZ, never outside.
    refused(await staff.api.put(kcn2, { positionClass: 'outside_ez' }), 422, 'ZONE_PROFILE_INVALID');
    ok(await staff.api.put(kkt, { economicZoneType: 'coastal', provinceCode: '33' }));
    const park = ok(await staff.api.get(kcn2));
    expect(park.defaultPositionClass).toBe('coastal_ez');
    expect(park.parentZone.economicZoneType).toBe('coastal');
    const wrong = refused(
      await staff.api.put(kcn2, { positionClass: 'border_gate_ez' }),
      422,
      'ZONE_PROFILE_INVALID',
    );
    expect(wrong.details).toEqual([
      {
        path: 'body.positionClass',
        reason: 'POSITION_CLASS_NOT_PARENTS',
        message: 'Khu nằm trong khu kinh tế: vị trí phải theo loại của khu kinh tế đó.',
      },
    ]);
    expect(ok(await staff.api.put(kcn2, { version: 0, positionClass: 'coastal_ez' })).version).toBe(1);
    // The KKT becomes a border-gate EZ: the park's stored class no longer agrees.
    ok(await staff.api.put(kkt, { version: 1, economicZoneType: 'border_gate' }));
    const after = ok(await staff.api.get(kcn2));
    expect(after.positionClass).toBe('coastal_ez');
    expect(after.defaultPositionClass).toBe('border_gate_ez');
    expect(after.problems.map((problem: any) => problem.reason)).toEqual(['POSITION_CLASS_NOT_PARENTS']);
    expect((await auditRows()).map((a) => `${a.entity_key}:${a.action}`)).toEqual([
      'TB-KCN1:create',
      'TB-KCN1:update',
      'TB-KKT:create',
      'TB-KCN2:create',
      'TB-KKT:update',
    ]);
  });
});
