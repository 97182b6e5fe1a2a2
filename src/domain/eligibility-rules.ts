/**
 * The criteria for emulation titles and commendation as versioned data (domain.md §4): one rule set
 * per legal regime, each rule a list of conditions of a few kinds, all read by the one evaluator
 * in eligibility.ts. A new decree is a new rule set here, not new code.
 *
 * Sources: Law 06/2022/QH15 with Decree 98/2023/NĐ-CP (in force 01/01/2024) and, before it, the
 * Law on Emulation and Commendation 2003 as amended in 2005 and 2013 with Decree 91/2017/NĐ-CP.
 * Marks as in domain.md: criteria not checked against the text in force carry `unverified`.
 */
import type { AwardCode, Discipline, InitiativeLevel, PerformanceRating } from './commendation.ts';

/** An exact share: `numerator / denominator` (integers), compared by cross-multiplication. */
export interface Share {
  numerator: number;
  denominator: number;
}

/**
 * One condition of a rule, evaluated for the year of the achievements (Y). Every year window ends
 * at Y. The kinds:
 * - `rating`: the subject's rating of Y is at least `atLeast`;
 * - `noDiscipline`: no discipline of Y at level `from` or graver;
 * - `awardRun`: `award` held (not revoked) in each of the `years` consecutive years ending at Y;
 *   with `currentYear: 'heldOrQualifies'` the subject may instead meet the award's own rule in Y
 *   (titles of the same year are decided together: a CSTĐCS need not wait for the LĐTT decision);
 * - `initiatives`: at least `count` initiatives of level `atLeast` or above recognised within the
 *   `withinYears` years ending at Y;
 * - `ratingRunWithInitiatives`: rated at least `atLeast` in each of at least `minYears` consecutive
 *   years ending at Y, with `initiatives.count` initiatives of level `initiatives.atLeast` or above
 *   recognised within that run;
 * - `priorAwardThenRun`: one of `awards` held in some year P, then each of the `years` years after
 *   it — the years ending at Y, all after P — rated at least `atLeast`, with `initiatives.count`
 *   initiatives of level `initiatives.atLeast` or above within them;
 * - `membersAward`: among the collective's members of Y, those holding `award` of Y make up more
 *   than (`strict`) or at least `minShare`, and/or number at least `minCount`;
 * - `membersRating`: members rated at least `atLeast` in Y make up at least `minShare`;
 * - `membersNoDiscipline`: no member disciplined in Y at level `from` or graver;
 * - `anyOf`: one of the options holds (each option: all of its conditions).
 */
export type Condition =
  | { kind: 'rating'; atLeast: PerformanceRating }
  | { kind: 'noDiscipline'; from: Discipline }
  | { kind: 'awardRun'; award: AwardCode; years: number; currentYear: 'held' | 'heldOrQualifies' }
  | { kind: 'initiatives'; atLeast: InitiativeLevel; count: number; withinYears: number }
  | {
      kind: 'ratingRunWithInitiatives';
      atLeast: PerformanceRating;
      minYears: number;
      initiatives: { atLeast: InitiativeLevel; count: number };
    }
  | {
      kind: 'priorAwardThenRun';
      awards: AwardCode[];
      years: number;
      atLeast: PerformanceRating;
      initiatives: { atLeast: InitiativeLevel; count: number };
    }
  | { kind: 'membersAward'; award: AwardCode; minShare?: Share; strict?: boolean; minCount?: number }
  | { kind: 'membersRating'; atLeast: PerformanceRating; minShare: Share }
  | { kind: 'membersNoDiscipline'; from: Discipline }
  | { kind: 'anyOf'; options: Condition[][] };

/** The criteria of one title or form of commendation for one kind of subject. */
export interface AwardRule {
  award: AwardCode;
  subject: 'person' | 'collective';
  /** The legal basis in words (article, law or decree). */
  basis: string;
  conditions: Condition[];
  /** Why the rule is not certain (domain.md [U]); absent when checked. */
  unverified?: string;
}

export interface RuleSet {
  id: string;
  title: string;
  /** First day in force (ISO date); a year's achievements are judged by the set in force that year. */
  effectiveFrom: string;
  /** Last day in force (ISO date), null while in force. */
  effectiveTo: string | null;
  /** Chiến sĩ thi đua cơ sở ≤ this share of Lao động tiên tiến recipients. */
  cstdcsCap: Share;
  /** Where the cap comes from, and whether it is certain. */
  cstdcsCapBasis: string;
  rules: AwardRule[];
}

const PERCENT_15: Share = { numerator: 15, denominator: 100 };
const HALF: Share = { numerator: 1, denominator: 2 };
const ALL: Share = { numerator: 1, denominator: 1 };
const PERCENT_70: Share = { numerator: 70, denominator: 100 };

/**
 * Lao động tiên tiến: rated at least "hoàn thành tốt nhiệm vụ" and no discipline of warning
 * (cảnh cáo) or graver in the year. Reading [U]: the brief and domain.md name warning as the
 * threshold, so a reprimand (khiển trách) alone does not bar the title; under the civil-service
 * rating rules a disciplined person is usually rated below "tốt" anyway, which the rating condition
 * catches.
 */
const LDTT: AwardRule = {
  award: 'LDTT',
  subject: 'person',
  basis: 'Điều 24 Luật Thi đua, khen thưởng 2022',
  conditions: [
    { kind: 'rating', atLeast: 'good' },
    { kind: 'noDiscipline', from: 'warning' },
  ],
};

/** CSTĐCS since 2024: LĐTT and (excellent or an initiative at unit level or above) — no longer a must. */
const CSTDCS_2022: AwardRule = {
  award: 'CSTDCS',
  subject: 'person',
  basis: 'Điều 21 Luật Thi đua, khen thưởng 2022',
  conditions: [
    { kind: 'awardRun', award: 'LDTT', years: 1, currentYear: 'heldOrQualifies' },
    {
      kind: 'anyOf',
      options: [
        [{ kind: 'rating', atLeast: 'excellent' }],
        [{ kind: 'initiatives', atLeast: 'unit', count: 1, withinYears: 1 }],
      ],
    },
  ],
};

/** CSTĐCS before 2024: LĐTT and an initiative (or accepted research) recognised at unit level — mandatory. */
const CSTDCS_2013: AwardRule = {
  award: 'CSTDCS',
  subject: 'person',
  basis: 'Điều 23 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)',
  conditions: [
    { kind: 'awardRun', award: 'LDTT', years: 1, currentYear: 'heldOrQualifies' },
    { kind: 'initiatives', atLeast: 'unit', count: 1, withinYears: 1 },
  ],
};

/** CSTĐ cấp tỉnh: CSTĐCS 3 consecutive years ending at the year, a provincial initiative within them. */
const CSTD_TINH = (basis: string): AwardRule => ({
  award: 'CSTD_TINH',
  subject: 'person',
  basis,
  conditions: [
    { kind: 'awardRun', award: 'CSTDCS', years: 3, currentYear: 'held' },
    { kind: 'initiatives', atLeast: 'province', count: 1, withinYears: 3 },
  ],
});

/**
 * CSTĐ toàn quốc: CSTĐ cấp tỉnh 2 consecutive times ending at the year and an initiative of national
 * effect. The window for the initiative is not stated in domain.md [U]; read as the two years of the
 * run.
 */
const CSTD_TOAN_QUOC = (basis: string): AwardRule => ({
  award: 'CSTD_TOAN_QUOC',
  subject: 'person',
  basis,
  conditions: [
    { kind: 'awardRun', award: 'CSTD_TINH', years: 2, currentYear: 'held' },
    { kind: 'initiatives', atLeast: 'national', count: 1, withinYears: 2 },
  ],
  unverified: 'Khoảng thời gian tính sáng kiến toàn quốc chưa đối chiếu văn bản (hiểu là 2 năm của chuỗi).',
});

/**
 * Bằng khen của Chủ tịch UBND tỉnh for a person (Art. 74(1)(d) Law 2022): CSTĐCS 2 consecutive years,
 * or at least 2 consecutive excellent years with 2 unit-level initiatives within them.
 */
const BANG_KHEN_TINH = (basis: string, unverified?: string): AwardRule => ({
  award: 'BANG_KHEN_TINH',
  subject: 'person',
  basis,
  conditions: [
    {
      kind: 'anyOf',
      options: [
        [{ kind: 'awardRun', award: 'CSTDCS', years: 2, currentYear: 'held' }],
        [
          {
            kind: 'ratingRunWithInitiatives',
            atLeast: 'excellent',
            minYears: 2,
            initiatives: { atLeast: 'unit', count: 2 },
          },
        ],
      ],
    },
  ],
  ...(unverified === undefined ? {} : { unverified }),
});

/**
 * Bằng khen của Thủ tướng for a person, by the old Decree 65/2014 rule (domain.md [U] for 2022): a
 * Bằng khen of a ministry/sector or province, then 5 further consecutive excellent years with 5
 * initiatives recognised at unit level within them.
 */
const BANG_KHEN_TTG: AwardRule = {
  award: 'BANG_KHEN_TTG',
  subject: 'person',
  basis: 'Điều 38 Nghị định 65/2014/NĐ-CP (quy định cũ)',
  conditions: [
    {
      kind: 'priorAwardThenRun',
      awards: ['BANG_KHEN_TINH', 'BANG_KHEN_BO'],
      years: 5,
      atLeast: 'excellent',
      initiatives: { atLeast: 'unit', count: 5 },
    },
  ],
  unverified: 'Theo Nghị định 65/2014/NĐ-CP; tiêu chuẩn theo Luật 2022 chưa đối chiếu.',
};

/** Tập thể lao động tiên tiến: rated at least good, more than 50 % of members LĐTT, no member disciplined with warning or graver. */
const TTLDTT = (basis: string): AwardRule => ({
  award: 'TTLDTT',
  subject: 'collective',
  basis,
  conditions: [
    { kind: 'rating', atLeast: 'good' },
    { kind: 'membersAward', award: 'LDTT', minShare: HALF, strict: true },
    { kind: 'membersNoDiscipline', from: 'warning' },
  ],
});

/** Tập thể lao động xuất sắc: excellent, every member at least "completed", ≥ 70 % LĐTT, at least one CSTĐCS. */
const TTLDXS = (basis: string): AwardRule => ({
  award: 'TTLDXS',
  subject: 'collective',
  basis,
  conditions: [
    { kind: 'rating', atLeast: 'excellent' },
    { kind: 'membersRating', atLeast: 'completed', minShare: ALL },
    { kind: 'membersAward', award: 'LDTT', minShare: PERCENT_70 },
    { kind: 'membersAward', award: 'CSTDCS', minCount: 1 },
  ],
});

/** Law 06/2022/QH15 + Decree 98/2023/NĐ-CP: achievements from 2024 on. */
export const RULE_SET_2022: RuleSet = {
  id: 'luat-06-2022',
  title: 'Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  cstdcsCap: PERCENT_15,
  cstdcsCapBasis:
    'Tỷ lệ 15 % theo Nghị định 91/2017/NĐ-CP, giữ nguyên theo Nghị định 98/2023/NĐ-CP [chưa đối chiếu]',
  rules: [
    LDTT,
    CSTDCS_2022,
    CSTD_TINH('Điều 22 Luật Thi đua, khen thưởng 2022'),
    CSTD_TOAN_QUOC('Điều 22 Luật Thi đua, khen thưởng 2022'),
    BANG_KHEN_TINH('Điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng 2022'),
    BANG_KHEN_TTG,
    TTLDTT('Điều 28 Luật Thi đua, khen thưởng 2022'),
    TTLDXS('Điều 27 Luật Thi đua, khen thưởng 2022'),
  ],
};

/**
 * The Law of 2003 as amended in 2005 and 2013 (Law 39/2013/QH13 in force 01/06/2014), with Decree
 * 91/2017/NĐ-CP (Decree 65/2014 before it): achievements up to 2023. Differs from 2022 in the
 * initiative being mandatory for CSTĐCS.
 */
export const RULE_SET_2013: RuleSet = {
  id: 'luat-2003-sua-doi-2013',
  title: 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013) và Nghị định 91/2017/NĐ-CP',
  effectiveFrom: '2014-06-01',
  effectiveTo: '2023-12-31',
  cstdcsCap: PERCENT_15,
  cstdcsCapBasis: 'Tỷ lệ 15 % theo Nghị định 91/2017/NĐ-CP',
  rules: [
    { ...LDTT, basis: 'Điều 24 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)' },
    CSTDCS_2013,
    CSTD_TINH('Điều 22 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)'),
    CSTD_TOAN_QUOC('Điều 21 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)'),
    BANG_KHEN_TINH(
      'Điều 39 Nghị định 91/2017/NĐ-CP',
      'Nhánh "2 lần liên tục CSTĐCS" theo Luật 2022; áp dụng cho chế độ cũ chưa đối chiếu.',
    ),
    BANG_KHEN_TTG,
    TTLDTT('Điều 28 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)'),
    TTLDXS('Điều 27 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)'),
  ],
};

/** Every rule set, newest first. */
export const RULE_SETS: readonly RuleSet[] = [RULE_SET_2022, RULE_SET_2013];
