import { describe, expect, it } from 'vitest';
import type { AwardCode, Discipline, InitiativeLevel, PerformanceRating } from './commendation.ts';
import {
  cstdcsCap,
  evaluateEligibility,
  outlook,
  ruleSetFor,
  type AwardRecord,
  type EligibilityAnswer,
  type InitiativeRecord,
  type MemberRecord,
  type RatingRecord,
  type SubjectRecords,
} from './eligibility.ts';

let seq = 0;
const person = (records: Partial<SubjectRecords> = {}): SubjectRecords => ({
  subjectId: 'p1',
  name: 'Nguyễn Văn An',
  kind: 'person',
  ratings: [],
  awards: [],
  initiatives: [],
  ...records,
});
const rated = (
  year: number,
  rating: PerformanceRating = 'excellent',
  discipline: Discipline | null = null,
): RatingRecord => ({
  year,
  rating,
  discipline,
});
const ratedYears = (from: number, to: number, rating: PerformanceRating = 'excellent') =>
  Array.from({ length: to - from + 1 }, (_, i) => rated(from + i, rating));
const award = (code: AwardCode, year: number, revoked = false): AwardRecord => {
  seq += 1;
  return { id: `aw-${seq}`, year, award: code, revoked, decision: `Quyết định số ${seq}/QĐ-UBND` };
};
const initiative = (year: number, level: InitiativeLevel = 'unit'): InitiativeRecord => {
  seq += 1;
  return { id: `sk-${seq}`, year, level, title: `Sáng kiến ${seq}` };
};
const answerFor = (subject: SubjectRecords, year: number, code: AwardCode): EligibilityAnswer => {
  const found = evaluateEligibility(subject, year).find((answer) => answer.award === code);
  if (!found) throw new Error(`no answer for ${code}`);
  return found;
};
const eligible = (subject: SubjectRecords, year: number, code: AwardCode) =>
  answerFor(subject, year, code).eligible;
const outlookFor = (subject: SubjectRecords, year: number, code: AwardCode) =>
  outlook(subject, year).find((item) => item.award === code);

/** A collective of `size` members, the first `ldtt` of them LĐTT, the first `cstdcs` CSTĐCS. */
const members = (
  size: number,
  ldtt: number,
  options: {
    cstdcs?: number;
    rating?: (i: number) => PerformanceRating | null;
    discipline?: (i: number) => Discipline | null;
  } = {},
): MemberRecord[] =>
  Array.from({ length: size }, (_, i) => ({
    subjectId: `m${i + 1}`,
    name: `Thành viên ${i + 1}`,
    rating: options.rating ? options.rating(i) : i < ldtt ? 'good' : 'completed',
    discipline: options.discipline ? options.discipline(i) : null,
    awards: [
      ...(i < ldtt ? (['LDTT'] as const) : []),
      ...(i < (options.cstdcs ?? 0) ? (['CSTDCS'] as const) : []),
    ],
  }));
const collective = (
  year: number,
  rating: PerformanceRating,
  list: MemberRecord[] | undefined,
): SubjectRecords => ({
  subjectId: 'c1',
  name: 'Phòng Quản lý doanh nghiệp',
  kind: 'collective',
  ratings: [rated(year, rating)],
  awards: [],
  initiatives: [],
  ...(list === undefined ? {} : { membersByYear: { [year]: list } }),
});

describe('rule sets by the year of the achievements', () => {
  it('judges 2023 by the 2003/2013 law and 2024 by Law 06/2022', () => {
    expect(ruleSetFor(2023)).toMatchObject({ id: 'luat-2003-sua-doi-2013', effectiveTo: '2023-12-31' });
    expect(ruleSetFor(2024)).toMatchObject({
      id: 'luat-06-2022',
      effectiveFrom: '2024-01-01',
      effectiveTo: null,
    });
    expect(ruleSetFor(2030).id).toBe('luat-06-2022');
  });

  it('judges years before the oldest set by the oldest, and refuses a year that is not one', () => {
    expect(ruleSetFor(2010).id).toBe('luat-2003-sua-doi-2013');
    expect(() => ruleSetFor(2024.5)).toThrow(RangeError);
    expect(() => evaluateEligibility(person(), Number.NaN)).toThrow(RangeError);
  });

  it('names the rule set and the legal basis on every answer', () => {
    const answer = answerFor(person({ ratings: [rated(2025)] }), 2025, 'LDTT');
    expect(answer.ruleSet).toContain('06/2022/QH15');
    expect(answer.ruleSetId).toBe('luat-06-2022');
    expect(answer.basis).toContain('Điều 24');
  });

  it('gives a person only person rules and a collective only collective rules', () => {
    expect(evaluateEligibility(person(), 2025).map((a) => a.award)).toEqual([
      'LDTT',
      'CSTDCS',
      'CSTD_TINH',
      'CSTD_TOAN_QUOC',
      'BANG_KHEN_TINH',
      'BANG_KHEN_TTG',
    ]);
    expect(evaluateEligibility(collective(2025, 'good', []), 2025).map((a) => a.award)).toEqual([
      'TTLDTT',
      'TTLDXS',
    ]);
  });
});

describe('cstdcsCap: at most 15 % of the LĐTT, rounded down exactly', () => {
  it.each([
    [0, 0],
    [6, 0],
    [7, 1],
    [13, 1],
    [14, 2],
    [20, 3],
    [100, 15],
    [1_000_001, 150_000],
  ])('%i LĐTT → %i CSTĐCS', (count, cap) => {
    expect(cstdcsCap(count, 2025)).toBe(cap);
  });

  it('applies under the old regime too', () => {
    expect(cstdcsCap(7, 2023)).toBe(1);
    expect(cstdcsCap(6, 2023)).toBe(0);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => cstdcsCap(-1, 2025)).toThrow(RangeError);
    expect(() => cstdcsCap(6.5, 2025)).toThrow(RangeError);
  });
});

describe('Lao động tiên tiến', () => {
  it('goes to a person rated "hoàn thành tốt" without discipline', () => {
    const answer = answerFor(person({ ratings: [rated(2025, 'good')] }), 2025, 'LDTT');
    expect(answer.eligible).toBe(true);
    expect(answer.conditions.every((c) => c.met)).toBe(true);
    expect(answer.evidence).toEqual([
      { kind: 'rating', id: 'p1', year: 2025, text: 'Năm 2025: Hoàn thành tốt nhiệm vụ' },
    ]);
  });

  it('is refused below "hoàn thành tốt"', () => {
    const answer = answerFor(person({ ratings: [rated(2025, 'completed')] }), 2025, 'LDTT');
    expect(answer.eligible).toBe(false);
    expect(answer.conditions[0]).toMatchObject({ met: false });
    expect(answer.conditions[0]!.text).toContain('Hoàn thành tốt nhiệm vụ trở lên năm 2025');
  });

  it('survives a reprimand but not a warning or graver', () => {
    const withDiscipline = (d: Discipline) =>
      eligible(person({ ratings: [rated(2025, 'good', d)] }), 2025, 'LDTT');
    expect(withDiscipline('reprimand')).toBe(true);
    expect(withDiscipline('warning')).toBe(false);
    expect(withDiscipline('demotion')).toBe(false);
    expect(withDiscipline('dismissal')).toBe(false);
  });

  it('is not met on a year without a rating', () => {
    const answer = answerFor(person({ ratings: [rated(2024)] }), 2025, 'LDTT');
    expect(answer.eligible).toBe(false);
    expect(answer.conditions[0]!.text).toContain('chưa có đánh giá');
  });
});

describe('Chiến sĩ thi đua cơ sở', () => {
  it('since 2024: LĐTT and excellent, without an initiative', () => {
    const p = person({ ratings: [rated(2025)], awards: [award('LDTT', 2025)] });
    expect(eligible(p, 2025, 'CSTDCS')).toBe(true);
  });

  it('since 2024: LĐTT rated good with a unit initiative of the year', () => {
    const p = person({ ratings: [rated(2025, 'good')], initiatives: [initiative(2025)] });
    const answer = answerFor(p, 2025, 'CSTDCS');
    expect(answer.eligible).toBe(true);
    // LĐTT not yet decided: met on its own criteria.
    expect(answer.conditions[0]!.text).toContain('đủ tiêu chuẩn');
  });

  it('an initiative of the year before is just outside the window', () => {
    const p = person({ ratings: [rated(2025, 'good')], initiatives: [initiative(2024)] });
    expect(eligible(p, 2025, 'CSTDCS')).toBe(false);
  });

  it('fails when LĐTT fails (a warning), even rated excellent', () => {
    const p = person({ ratings: [rated(2025, 'excellent', 'warning')] });
    expect(eligible(p, 2025, 'CSTDCS')).toBe(false);
  });

  it('does not count a revoked LĐTT', () => {
    const p = person({ ratings: [rated(2025, 'completed')], awards: [award('LDTT', 2025, true)] });
    const answer = answerFor(p, 2025, 'CSTDCS');
    expect(answer.eligible).toBe(false);
    expect(answer.evidence.some((e) => e.kind === 'award' && e.text.includes('đã hủy bỏ'))).toBe(true);
  });

  it('before 2024 an initiative was required: excellent alone is not enough in 2023', () => {
    const p = person({
      ratings: [rated(2023), rated(2024)],
      awards: [award('LDTT', 2023), award('LDTT', 2024)],
    });
    expect(eligible(p, 2023, 'CSTDCS')).toBe(false);
    expect(eligible(p, 2024, 'CSTDCS')).toBe(true);
    const withInitiative = { ...p, initiatives: [initiative(2023)] };
    expect(eligible(withInitiative, 2023, 'CSTDCS')).toBe(true);
    expect(answerFor(p, 2023, 'CSTDCS').ruleSetId).toBe('luat-2003-sua-doi-2013');
  });
});

describe('Chiến sĩ thi đua cấp tỉnh', () => {
  const three = () => [award('CSTDCS', 2024), award('CSTDCS', 2025), award('CSTDCS', 2026)];

  it('CSTĐCS in 3 consecutive years ending at the year and a provincial initiative within them', () => {
    const awards = three();
    const sk = initiative(2024, 'province');
    const answer = answerFor(person({ awards, initiatives: [sk] }), 2026, 'CSTD_TINH');
    expect(answer.eligible).toBe(true);
    expect(answer.evidence.map((e) => e.id)).toEqual([...awards.map((a) => a.id), sk.id]);
    expect(answer.evidence[0]!.text).toContain(awards[0]!.decision);
  });

  it('2 consecutive years are not enough', () => {
    const p = person({ awards: three().slice(1), initiatives: [initiative(2025, 'province')] });
    const answer = answerFor(p, 2026, 'CSTD_TINH');
    expect(answer.eligible).toBe(false);
    expect(answer.conditions[0]!.text).toContain('thiếu năm 2024');
  });

  it('a gap year breaks the run', () => {
    const p = person({
      awards: [award('CSTDCS', 2023), award('CSTDCS', 2025), award('CSTDCS', 2026)],
      initiatives: [initiative(2025, 'province')],
    });
    expect(eligible(p, 2026, 'CSTD_TINH')).toBe(false);
  });

  it('a revoked CSTĐCS in the run does not count', () => {
    const awards = [award('CSTDCS', 2024), award('CSTDCS', 2025, true), award('CSTDCS', 2026)];
    expect(eligible(person({ awards, initiatives: [initiative(2025, 'province')] }), 2026, 'CSTD_TINH')).toBe(
      false,
    );
  });

  it('a provincial initiative of the year before the run is just outside the window', () => {
    expect(
      eligible(person({ awards: three(), initiatives: [initiative(2023, 'province')] }), 2026, 'CSTD_TINH'),
    ).toBe(false);
  });

  it('a unit initiative is not enough; a national one is above provincial and counts', () => {
    expect(
      eligible(person({ awards: three(), initiatives: [initiative(2025, 'unit')] }), 2026, 'CSTD_TINH'),
    ).toBe(false);
    expect(
      eligible(person({ awards: three(), initiatives: [initiative(2026, 'national')] }), 2026, 'CSTD_TINH'),
    ).toBe(true);
  });
});

describe('Chiến sĩ thi đua toàn quốc', () => {
  it('2 consecutive CSTĐ cấp tỉnh ending at the year and a national initiative', () => {
    const awards = [award('CSTD_TINH', 2025), award('CSTD_TINH', 2026)];
    expect(
      eligible(person({ awards, initiatives: [initiative(2026, 'national')] }), 2026, 'CSTD_TOAN_QUOC'),
    ).toBe(true);
    expect(
      eligible(person({ awards, initiatives: [initiative(2026, 'province')] }), 2026, 'CSTD_TOAN_QUOC'),
    ).toBe(false);
    expect(
      eligible(
        person({ awards: awards.slice(1), initiatives: [initiative(2026, 'national')] }),
        2026,
        'CSTD_TOAN_QUOC',
      ),
    ).toBe(false);
  });

  it('marks the initiative window as not checked against the text', () => {
    expect(answerFor(person(), 2026, 'CSTD_TOAN_QUOC').unverified).toBeTruthy();
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh', () => {
  it('2 consecutive CSTĐCS ending at the year', () => {
    expect(
      eligible(person({ awards: [award('CSTDCS', 2025), award('CSTDCS', 2026)] }), 2026, 'BANG_KHEN_TINH'),
    ).toBe(true);
  });

  it('CSTĐCS with a gap year is not 2 consecutive', () => {
    const p = person({
      ratings: [rated(2024, 'good'), rated(2026, 'good')],
      awards: [award('CSTDCS', 2024), award('CSTDCS', 2026)],
    });
    expect(eligible(p, 2026, 'BANG_KHEN_TINH')).toBe(false);
  });

  it('or 2 consecutive excellent years with 2 unit initiatives within them', () => {
    const p = person({ ratings: ratedYears(2025, 2026), initiatives: [initiative(2025), initiative(2026)] });
    expect(eligible(p, 2026, 'BANG_KHEN_TINH')).toBe(true);
    expect(eligible({ ...p, initiatives: [initiative(2025)] }, 2026, 'BANG_KHEN_TINH')).toBe(false);
  });

  it('one excellent year is not a run, even with 2 initiatives', () => {
    const p = person({
      ratings: [rated(2025, 'good'), rated(2026)],
      initiatives: [initiative(2026), initiative(2026)],
    });
    expect(eligible(p, 2026, 'BANG_KHEN_TINH')).toBe(false);
  });

  it('a longer run counts initiatives from its first year, not from before it', () => {
    const longRun = person({
      ratings: ratedYears(2024, 2026),
      initiatives: [initiative(2024), initiative(2026)],
    });
    expect(eligible(longRun, 2026, 'BANG_KHEN_TINH')).toBe(true);
    const before = person({
      ratings: [rated(2023, 'good'), ...ratedYears(2024, 2026)],
      initiatives: [initiative(2023), initiative(2026)],
    });
    expect(eligible(before, 2026, 'BANG_KHEN_TINH')).toBe(false);
  });
});

describe('Bằng khen của Thủ tướng (rule of Decree 65/2014)', () => {
  const fiveInitiatives = () => [2021, 2022, 2023, 2024, 2025].map((y) => initiative(y));

  it('a provincial Bằng khen, then 5 consecutive excellent years with 5 initiatives', () => {
    const bk = award('BANG_KHEN_TINH', 2020);
    const answer = answerFor(
      person({ ratings: ratedYears(2021, 2025), awards: [bk], initiatives: fiveInitiatives() }),
      2025,
      'BANG_KHEN_TTG',
    );
    expect(answer.eligible).toBe(true);
    expect(answer.unverified).toContain('65/2014');
    expect(answer.evidence.some((e) => e.id === bk.id)).toBe(true);
  });

  it('counts a ministry Bằng khen as the prior award, not a CSTĐCS', () => {
    const base = { ratings: ratedYears(2021, 2025), initiatives: fiveInitiatives() };
    expect(eligible(person({ ...base, awards: [award('BANG_KHEN_BO', 2019)] }), 2025, 'BANG_KHEN_TTG')).toBe(
      true,
    );
    expect(eligible(person({ ...base, awards: [award('CSTDCS', 2020)] }), 2025, 'BANG_KHEN_TTG')).toBe(false);
  });

  it('fails with 4 initiatives, a Bằng khen inside the run, a good year in it, or a revoked Bằng khen', () => {
    const base = {
      ratings: ratedYears(2021, 2025),
      awards: [award('BANG_KHEN_TINH', 2020)],
      initiatives: fiveInitiatives(),
    };
    expect(eligible(person({ ...base, initiatives: base.initiatives.slice(1) }), 2025, 'BANG_KHEN_TTG')).toBe(
      false,
    );
    expect(
      eligible(person({ ...base, awards: [award('BANG_KHEN_TINH', 2021)] }), 2025, 'BANG_KHEN_TTG'),
    ).toBe(false);
    const oneGood = [...ratedYears(2021, 2022), rated(2023, 'good'), ...ratedYears(2024, 2025)];
    expect(eligible(person({ ...base, ratings: oneGood }), 2025, 'BANG_KHEN_TTG')).toBe(false);
    expect(
      eligible(person({ ...base, awards: [award('BANG_KHEN_TINH', 2020, true)] }), 2025, 'BANG_KHEN_TTG'),
    ).toBe(false);
  });
});

describe('Tập thể lao động tiên tiến', () => {
  it('more than 50 % of members LĐTT: 3/5 and 4/7 yes; exactly 50 % (2/4, 3/6) no', () => {
    expect(eligible(collective(2025, 'good', members(5, 3)), 2025, 'TTLDTT')).toBe(true);
    expect(eligible(collective(2025, 'good', members(7, 4)), 2025, 'TTLDTT')).toBe(true);
    expect(eligible(collective(2025, 'good', members(4, 2)), 2025, 'TTLDTT')).toBe(false);
    expect(eligible(collective(2025, 'good', members(6, 3)), 2025, 'TTLDTT')).toBe(false);
  });

  it('no member disciplined with warning or graver; a reprimand does not bar it', () => {
    const warned = members(5, 4, { discipline: (i) => (i === 4 ? 'warning' : null) });
    const reprimanded = members(5, 4, { discipline: (i) => (i === 4 ? 'reprimand' : null) });
    const answer = answerFor(collective(2025, 'good', warned), 2025, 'TTLDTT');
    expect(answer.eligible).toBe(false);
    expect(answer.evidence).toContainEqual({
      kind: 'member',
      id: 'm5',
      year: 2025,
      text: 'Thành viên 5: kỷ luật cảnh cáo',
    });
    expect(eligible(collective(2025, 'good', reprimanded), 2025, 'TTLDTT')).toBe(true);
  });

  it('the collective itself rated at least good', () => {
    expect(eligible(collective(2025, 'completed', members(5, 5)), 2025, 'TTLDTT')).toBe(false);
  });

  it('is not met without the members of the year', () => {
    const answer = answerFor(collective(2025, 'good', undefined), 2025, 'TTLDTT');
    expect(answer.eligible).toBe(false);
    expect(answer.conditions[1]!.text).toContain('chưa có danh sách thành viên');
  });

  it('shows the count and the members behind it', () => {
    const answer = answerFor(collective(2025, 'good', members(5, 3)), 2025, 'TTLDTT');
    expect(answer.conditions[1]!.text).toContain('3/5 người');
    expect(answer.evidence.filter((e) => e.kind === 'member').map((e) => e.id)).toEqual(['m1', 'm2', 'm3']);
  });
});

describe('condition texts', () => {
  it('shows both ways to CSTĐCS on one line, numbered', () => {
    const answer = answerFor(person({ ratings: [rated(2025, 'good')] }), 2025, 'CSTDCS');
    expect(answer.conditions[1]).toEqual({
      text:
        '(1) Hoàn thành xuất sắc nhiệm vụ năm 2025 — hoàn thành tốt nhiệm vụ hoặc ' +
        '(2) có sáng kiến cấp cơ sở trở lên được công nhận trong năm 2025 — có 0',
      met: false,
    });
  });
});

describe('Tập thể lao động xuất sắc', () => {
  it('70 % LĐTT qualifies, 69 % does not', () => {
    expect(eligible(collective(2025, 'excellent', members(10, 7, { cstdcs: 1 })), 2025, 'TTLDXS')).toBe(true);
    expect(eligible(collective(2025, 'excellent', members(100, 70, { cstdcs: 1 })), 2025, 'TTLDXS')).toBe(
      true,
    );
    expect(eligible(collective(2025, 'excellent', members(100, 69, { cstdcs: 1 })), 2025, 'TTLDXS')).toBe(
      false,
    );
  });

  it('needs every member at least "hoàn thành nhiệm vụ"', () => {
    const oneFailed = members(10, 8, { cstdcs: 1, rating: (i) => (i === 9 ? 'not_completed' : 'good') });
    const answer = answerFor(collective(2025, 'excellent', oneFailed), 2025, 'TTLDXS');
    expect(answer.eligible).toBe(false);
    expect(answer.conditions[1]).toMatchObject({ met: false });
    expect(answer.conditions[1]!.text).toContain('9/10');
    const unrated = members(10, 8, { cstdcs: 1, rating: (i) => (i === 9 ? null : 'good') });
    expect(eligible(collective(2025, 'excellent', unrated), 2025, 'TTLDXS')).toBe(false);
  });

  it('needs at least one CSTĐCS', () => {
    expect(eligible(collective(2025, 'excellent', members(10, 10)), 2025, 'TTLDXS')).toBe(false);
  });

  it('needs the collective rated excellent', () => {
    expect(eligible(collective(2025, 'good', members(10, 10, { cstdcs: 2 })), 2025, 'TTLDXS')).toBe(false);
  });
});

describe('outlook: what the year after needs', () => {
  it('CSTĐCS in 2025 → Bằng khen tỉnh 2026 if CSTĐCS 2026', () => {
    const p = person({
      ratings: [rated(2025, 'good')],
      awards: [award('CSTDCS', 2025)],
      initiatives: [initiative(2025)],
    });
    const item = outlookFor(p, 2026, 'BANG_KHEN_TINH');
    expect(item).toMatchObject({
      year: 2027,
      achievementYear: 2026,
      needs: ['Đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2026'],
    });
    expect(outlookFor(p, 2026, 'CSTD_TINH')).toBeUndefined();
  });

  it('CSTĐCS 2024 and 2025 → CSTĐ tỉnh 2026 if CSTĐCS 2026 and a provincial initiative within 2024–2026', () => {
    const p = person({ awards: [award('CSTDCS', 2024), award('CSTDCS', 2025)] });
    expect(outlookFor(p, 2026, 'CSTD_TINH')?.needs).toEqual([
      'Đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2026',
      'Có sáng kiến cấp tỉnh trở lên được công nhận trong giai đoạn 2024–2026',
    ]);
    const withInitiative = { ...p, initiatives: [initiative(2024, 'province')] };
    expect(outlookFor(withInitiative, 2026, 'CSTD_TINH')?.needs).toEqual([
      'Đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2026',
    ]);
  });

  it('a gap year rules CSTĐ tỉnh out of the outlook', () => {
    const p = person({ awards: [award('CSTDCS', 2023), award('CSTDCS', 2025)] });
    expect(outlookFor(p, 2026, 'CSTD_TINH')).toBeUndefined();
  });

  it('offers both ways to the Bằng khen tỉnh when both are open', () => {
    const p = person({
      ratings: [rated(2025)],
      awards: [award('CSTDCS', 2025)],
      initiatives: [initiative(2025)],
    });
    expect(outlookFor(p, 2026, 'BANG_KHEN_TINH')?.needs).toEqual([
      'Đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2026 hoặc hoàn thành xuất sắc nhiệm vụ năm 2026 và ' +
        'có thêm sáng kiến cấp cơ sở trở lên được công nhận trong giai đoạn 2025–2026',
    ]);
  });

  it('follows the rule set of the year: 2024 no longer needs, 2023 needed an initiative for CSTĐCS', () => {
    const item = outlookFor(person(), 2024, 'CSTDCS');
    expect(item?.ruleSetId).toBe('luat-06-2022');
    expect(item?.needs).toEqual([
      'Đạt danh hiệu Lao động tiên tiến năm 2024',
      'Hoàn thành xuất sắc nhiệm vụ năm 2024 hoặc có sáng kiến cấp cơ sở trở lên được công nhận trong năm 2024',
    ]);
    expect(outlookFor(person(), 2023, 'CSTDCS')?.needs).toEqual([
      'Đạt danh hiệu Lao động tiên tiến năm 2023',
      'Có sáng kiến cấp cơ sở trở lên được công nhận trong năm 2023',
    ]);
  });

  it('Bằng khen Thủ tướng: the last excellent year and the missing initiatives', () => {
    const p = person({
      ratings: ratedYears(2022, 2025),
      awards: [award('BANG_KHEN_TINH', 2021)],
      initiatives: [initiative(2022), initiative(2023), initiative(2025)],
    });
    expect(outlookFor(p, 2026, 'BANG_KHEN_TTG')?.needs).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      'Có thêm 2 sáng kiến cấp cơ sở trở lên được công nhận trong giai đoạn 2022–2026',
    ]);
    // A good year inside the five rules it out.
    const broken = { ...p, ratings: [rated(2022), rated(2023, 'good'), ...ratedYears(2024, 2025)] };
    expect(outlookFor(broken, 2026, 'BANG_KHEN_TTG')).toBeUndefined();
  });

  it('counts what the year already holds: met conditions need nothing, a low rating rules out', () => {
    const done = person({ ratings: [rated(2026, 'good')] });
    expect(outlookFor(done, 2026, 'LDTT')?.needs).toEqual([]);
    expect(outlookFor(done, 2026, 'CSTDCS')?.needs).toEqual([
      'Có sáng kiến cấp cơ sở trở lên được công nhận trong năm 2026',
    ]);
    const low = person({ ratings: [rated(2026, 'completed')] });
    expect(outlookFor(low, 2026, 'LDTT')).toBeUndefined();
    expect(outlookFor(low, 2026, 'CSTDCS')).toBeUndefined();
  });

  it('a person with nothing yet sees only LĐTT and CSTĐCS', () => {
    expect(outlook(person({ ratings: [rated(2025, 'good')] }), 2026).map((o) => o.award)).toEqual([
      'LDTT',
      'CSTDCS',
    ]);
  });

  it('a collective sees what its members must reach', () => {
    const item = outlook(collective(2025, 'good', members(5, 3)), 2026).find((o) => o.award === 'TTLDTT');
    expect(item?.needs).toEqual([
      'Hoàn thành tốt nhiệm vụ trở lên năm 2026',
      'Trên 50 % cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến năm 2026',
      'Không có cá nhân trong tập thể bị kỷ luật từ hình thức cảnh cáo trở lên năm 2026',
    ]);
  });
});
