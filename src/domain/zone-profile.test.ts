import { describe, expect, it } from 'vitest';
import {
  addYears,
  capitalInMillionUsd,
  capitalInTy,
  defaultPositionClass,
  establishedOn,
  findZoneProfileProblems,
  leaseUntilFrom,
  ZONE_PROFILE_PROBLEM_MESSAGES,
  ZONE_PROFILE_PROBLEM_REASONS,
  type ZoneProfileFacts,
} from './zone-profile.ts';

const EMPTY: ZoneProfileFacts = {
  positionClass: null,
  economicZoneType: null,
  provinceCode: null,
  formerProvinceCode: null,
  landLeaseTermYears: null,
  landLeaseUntil: null,
  infrastructureCapitalVnd: null,
  infrastructureCapitalUsd: null,
};
const facts = (fields: Partial<ZoneProfileFacts>): ZoneProfileFacts => ({ ...EMPTY, ...fields });
const KCN = { kind: 'KCN' as const, parent: null };
const KKT = { kind: 'KKT' as const, parent: null };
const inCoastal = { kind: 'KCN' as const, parent: { economicZoneType: 'coastal' as const } };
const inUntyped = { kind: 'KCX' as const, parent: { economicZoneType: null } };
const reasons = (...args: Parameters<typeof findZoneProfileProblems>) =>
  findZoneProfileProblems(...args).map((p) => `${p.field}:${p.reason}`);

describe('position of a zone', () => {
  it('defaults: a KKT none, a park outside, a park in a KKT its parent type’s class', () => {
    expect(defaultPositionClass(KKT)).toBeNull();
    expect(defaultPositionClass(KCN)).toBe('outside_ez');
    expect(defaultPositionClass(inCoastal)).toBe('coastal_ez');
    expect(defaultPositionClass({ kind: 'KCN', parent: { economicZoneType: 'border_gate' } })).toBe(
      'border_gate_ez',
    );
    expect(defaultPositionClass({ kind: 'KCX', parent: { economicZoneType: 'specialised' } })).toBe(
      'specialised_ez',
    );
    expect(defaultPositionClass(inUntyped)).toBeNull();
  });

  it('a KKT has a type and no position class', () => {
    expect(reasons(facts({ economicZoneType: 'coastal' }), KKT)).toEqual([]);
    expect(reasons(facts({ economicZoneType: 'coastal', positionClass: 'coastal_ez' }), KKT)).toEqual([
      'positionClass:POSITION_CLASS_ON_ECONOMIC_ZONE',
    ]);
  });

  it('a park has a class and no type; outside a KKT it lies outside', () => {
    expect(reasons(facts({ positionClass: 'outside_ez' }), KCN)).toEqual([]);
    expect(reasons(facts({ positionClass: 'coastal_ez', economicZoneType: 'coastal' }), KCN)).toEqual([
      'economicZoneType:ECONOMIC_ZONE_TYPE_ON_PARK',
      'positionClass:POSITION_CLASS_NOT_OUTSIDE',
    ]);
  });

  it('a park inside a KKT takes its parent’s class', () => {
    expect(reasons(facts({ positionClass: 'coastal_ez' }), inCoastal)).toEqual([]);
    expect(reasons(facts({ positionClass: 'outside_ez' }), inCoastal)).toEqual([
      'positionClass:POSITION_CLASS_NOT_PARENTS',
    ]);
    expect(reasons(facts({ positionClass: 'border_gate_ez' }), inCoastal)).toEqual([
      'positionClass:POSITION_CLASS_NOT_PARENTS',
    ]);
    // The parent's type unknown: any class inside an EZ, never outside.
    expect(reasons(facts({ positionClass: 'specialised_ez' }), inUntyped)).toEqual([]);
    expect(reasons(facts({ positionClass: 'outside_ez' }), inUntyped)).toEqual([
      'positionClass:POSITION_CLASS_NOT_PARENTS',
    ]);
  });
});

describe('location before and after 01/7/2025', () => {
  it('Thái Bình (34) became part of Hưng Yên (33)', () => {
    expect(reasons(facts({ provinceCode: '33', formerProvinceCode: '34' }), KCN)).toEqual([]);
    expect(reasons(facts({ provinceCode: '33', formerProvinceCode: '33' }), KCN)).toEqual([]);
  });

  it('an old code is not a province since 01/7/2025, nor a new one before', () => {
    // 34 Thái Bình exists only before; 30 Hải Dương too.
    expect(reasons(facts({ provinceCode: '34' }), KCN)).toEqual(['provinceCode:PROVINCE_NOT_IN_FORCE']);
    expect(reasons(facts({ provinceCode: '99', formerProvinceCode: '99' }), KCN)).toEqual([
      'provinceCode:PROVINCE_NOT_IN_FORCE',
      'formerProvinceCode:FORMER_PROVINCE_NOT_IN_FORCE',
    ]);
    // Every code since 2025 is an old code too (the centre's), so only unknown ones fail before.
    expect(reasons(facts({ formerProvinceCode: '30' }), KCN)).toEqual([]);
  });

  it('the province since 2025 is the one the former province merged into', () => {
    // 30 Hải Dương → 31 Hải Phòng, not 33 Hưng Yên.
    expect(reasons(facts({ provinceCode: '31', formerProvinceCode: '30' }), KCN)).toEqual([]);
    expect(reasons(facts({ provinceCode: '33', formerProvinceCode: '30' }), KCN)).toEqual([
      'provinceCode:PROVINCE_NOT_SUCCESSOR',
    ]);
  });
});

describe('land lease', () => {
  it('term from 1 to 70 years, whole', () => {
    expect(reasons(facts({ landLeaseTermYears: 1 }), KCN)).toEqual([]);
    expect(reasons(facts({ landLeaseTermYears: 70 }), KCN)).toEqual([]);
    for (const years of [0, 71, 50.5, -1])
      expect(reasons(facts({ landLeaseTermYears: years }), KCN)).toEqual([
        'landLeaseTermYears:LEASE_TERM_OUT_OF_RANGE',
      ]);
  });

  it('years are added on the calendar; 29/2 falls to 28/2', () => {
    expect(addYears('2008-05-10', 50)).toBe('2058-05-10');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(leaseUntilFrom('2010-01-01', 70)).toBe('2080-01-01');
  });

  it('the end, against the establishment date: after it and within the term', () => {
    const lease = (until: string, term: number | null = 50) =>
      reasons(facts({ landLeaseTermYears: term, landLeaseUntil: until }), KCN, '2008-05-10');
    expect(lease('2058-05-10')).toEqual([]);
    expect(lease('2058-05-09')).toEqual([]);
    expect(lease('2058-05-11')).toEqual(['landLeaseUntil:LEASE_UNTIL_BEYOND_TERM']);
    expect(lease('2008-05-10')).toEqual(['landLeaseUntil:LEASE_UNTIL_BEFORE_START']);
    expect(lease('2100-01-01', null)).toEqual([]);
    expect(lease('2058-02-30')).toEqual(['landLeaseUntil:LEASE_UNTIL_INVALID']);
    // Without an establishment date only the date itself is checked.
    expect(reasons(facts({ landLeaseTermYears: 50, landLeaseUntil: '1990-01-01' }), KCN)).toEqual([]);
  });

  it('the establishment date is the first status after "planned"', () => {
    expect(
      establishedOn([
        { status: 'planned', since: '2005-01-01' },
        { status: 'established', since: '2008-05-10' },
        { status: 'operating', since: '2012-01-01' },
      ]),
    ).toBe('2008-05-10');
    expect(establishedOn([{ status: 'operating', since: '2012-01-01' }])).toBe('2012-01-01');
    expect(establishedOn([{ status: 'planned', since: '2005-01-01' }])).toBeNull();
    expect(establishedOn([])).toBeNull();
  });
});

describe('infrastructure capital', () => {
  it('đồng whole, USD with at most two decimals, never negative', () => {
    expect(
      reasons(
        facts({ infrastructureCapitalVnd: '1250500000000', infrastructureCapitalUsd: '120500000.50' }),
        KCN,
      ),
    ).toEqual([]);
    expect(
      reasons(facts({ infrastructureCapitalVnd: '-1', infrastructureCapitalUsd: '1.234' }), KCN),
    ).toEqual([
      'infrastructureCapitalVnd:CAPITAL_VND_INVALID',
      'infrastructureCapitalUsd:CAPITAL_USD_INVALID',
    ]);
    expect(reasons(facts({ infrastructureCapitalVnd: '9223372036854775808' }), KCN)).toEqual([
      'infrastructureCapitalVnd:CAPITAL_VND_INVALID',
    ]);
  });

  it('every problem has its Vietnamese wording', () => {
    for (const reason of ZONE_PROFILE_PROBLEM_REASONS)
      expect(ZONE_PROFILE_PROBLEM_MESSAGES[reason].length).toBeGreaterThan(10);
  });
});

describe('capital as the forms write it', () => {
  it('tỷ đồng and million USD without trailing zeros', () => {
    expect(capitalInTy('1250500000000')).toBe('1250.5');
    expect(capitalInTy('7000000000')).toBe('7');
    expect(capitalInTy('1234567890')).toBe('1.235');
    expect(capitalInTy('0')).toBe('0');
    expect(capitalInMillionUsd('120500000.50')).toBe('120.5');
    expect(capitalInMillionUsd('434340000.00')).toBe('434.34');
    expect(capitalInMillionUsd('1000000')).toBe('1');
  });
});
