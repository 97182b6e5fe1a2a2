/**
 * Who qualifies for which title or award (Law 06/2022/QH15 and Decree 98/2023/NĐ-CP; domain.md §4),
 * evaluated over a subject's register: its yearly ratings, its titles and awards, its initiatives
 * and — for a collective — its members' records of the year. The rules are versioned data
 * (RULE_SETS, each with the date it took effect); every answer carries the records behind it.
 * Pure: no database, used by the server and the web app.
 *
 * One evaluator reads the rules of eligibility-rules.ts. Each condition yields its Vietnamese text,
 * whether it holds, the records behind it and — for the outlook — what must still happen in the
 * year for it to hold, or `null` when records of earlier years already rule it out (a gap in a run,
 * a missing prior award). Only awards not revoked count.
 */
import {
  AWARD_WORDS,
  DISCIPLINES,
  INITIATIVE_LEVELS,
  PERFORMANCE_RATINGS,
  RATING_WORDS,
  type AwardCode,
  type Discipline,
  type InitiativeLevel,
  type PerformanceRating,
} from './commendation.ts';
import { RULE_SETS, type AwardRule, type Condition, type RuleSet, type Share } from './eligibility-rules.ts';

export { RULE_SETS, type AwardRule, type Condition, type RuleSet, type Share } from './eligibility-rules.ts';

export interface RatingRecord {
  year: number;
  rating: PerformanceRating;
  discipline: Discipline | null;
}

export interface AwardRecord {
  /** The register entry's id (awards.id), so an answer can point at it. */
  id: string;
  year: number;
  award: AwardCode;
  /** Revoked awards never count. */
  revoked: boolean;
  /** The decision in words (number, date, issuer) for the answer's evidence. */
  decision: string;
}

export interface InitiativeRecord {
  id: string;
  year: number;
  level: InitiativeLevel;
  title: string;
}

/** A member of a collective in one year: their rating and the titles they received that year. */
export interface MemberRecord {
  subjectId: string;
  name: string;
  rating: PerformanceRating | null;
  discipline: Discipline | null;
  awards: AwardCode[];
}

export interface SubjectRecords {
  subjectId: string;
  name: string;
  kind: 'person' | 'collective';
  ratings: RatingRecord[];
  awards: AwardRecord[];
  initiatives: InitiativeRecord[];
  /** A collective's members by year (the persons whose rating of that year names it). */
  membersByYear?: Record<number, MemberRecord[]>;
}

/** A record an answer rests on. */
export interface Evidence {
  kind: 'rating' | 'award' | 'initiative' | 'member';
  /** Id of the register entry, initiative or member subject; the rating's subject for a rating. */
  id: string;
  year: number;
  /** What it shows, in Vietnamese. */
  text: string;
}

export interface EligibilityAnswer {
  award: AwardCode;
  year: number;
  /** eligible: every condition holds on the records; missing: some condition does not. */
  eligible: boolean;
  /** Every condition of the rule, in Vietnamese, each with whether it holds. */
  conditions: { text: string; met: boolean }[];
  evidence: Evidence[];
  /** The rule set (law and decree, version) the answer follows. */
  ruleSet: string;
  /** The rule set's id (RuleSetInfo.id). */
  ruleSetId?: string;
  /** The legal basis of the rule (article, law or decree). */
  basis?: string;
  /** Set when the rule is not checked against the text in force (domain.md [U]): why. */
  unverified?: string;
}

/** "Who will qualify next year if …": what the subject still needs in `year` to qualify in `year + 1`. */
export interface Outlook {
  award: AwardCode;
  /** The year the award could be proposed: the year after the achievements (`achievementYear + 1`). */
  year: number;
  /** The year of the achievements the award would be for: the `year` passed to outlook(). */
  achievementYear?: number;
  /** What must happen first, in Vietnamese (e.g. "Được công nhận Chiến sĩ thi đua cơ sở năm 2026"). */
  needs: string[];
  evidence: Evidence[];
  ruleSet: string;
  /** The rule set's id (RuleSetInfo.id). */
  ruleSetId?: string;
  /** Set when the rule is not checked against the text in force (domain.md [U]): why. */
  unverified?: string;
}

export interface RuleSetInfo {
  id: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The rule set (its data) in force for a year's achievements; years before the earliest set take the earliest. */
export function ruleSetDataFor(year: number): RuleSet {
  assertYear(year);
  const yearOf = (date: string) => Number(date.slice(0, 4));
  const found = RULE_SETS.find(
    (set) =>
      yearOf(set.effectiveFrom) <= year && (set.effectiveTo === null || year <= yearOf(set.effectiveTo)),
  );
  if (found) return found;
  // Earlier than every set: judged by the oldest regime the engine knows.
  return RULE_SETS.reduce((oldest, set) => (set.effectiveFrom < oldest.effectiveFrom ? set : oldest));
}

/** The rule set in force for a year's awards. */
export function ruleSetFor(year: number): RuleSetInfo {
  const set = ruleSetDataFor(year);
  return { id: set.id, title: set.title, effectiveFrom: set.effectiveFrom, effectiveTo: set.effectiveTo };
}

/** What `subject` qualifies for in `year` (every award its kind can receive), with the records behind each. */
export function evaluateEligibility(subject: SubjectRecords, year: number): EligibilityAnswer[] {
  const set = ruleSetDataFor(year);
  const register = new Register(subject, set);
  return set.rules
    .filter((rule) => rule.subject === subject.kind)
    .map((rule) => {
      const outcomes = register.evaluateRule(rule, year);
      return {
        award: rule.award,
        year,
        eligible: outcomes.every((outcome) => outcome.met),
        conditions: outcomes.map((outcome) => ({ text: outcome.text, met: outcome.met })),
        evidence: mergeEvidence(outcomes),
        ruleSet: set.title,
        ruleSetId: set.id,
        basis: rule.basis,
        ...(rule.unverified === undefined ? {} : { unverified: rule.unverified }),
      };
    });
}

/**
 * What `subject` could qualify for in `year + 1` (proposed then, for the achievements of `year`),
 * and what must still happen in `year` for it, given its records: e.g. a person with CSTĐCS 2024
 * and 2025 gets, for `outlook(p, 2026)`, CSTĐ cấp tỉnh for 2026 (proposed 2027) needing CSTĐCS
 * 2026 and a provincial initiative within 2024–2026. Judged by the rule set of `year`. Awards that
 * earlier records rule out (a gap year, a missing prior award) are left out; an award the records
 * of `year` already meet comes with no needs.
 */
export function outlook(subject: SubjectRecords, year: number): Outlook[] {
  assertYear(year);
  const target = year;
  const set = ruleSetDataFor(target);
  const register = new Register(subject, set);
  const result: Outlook[] = [];
  for (const rule of set.rules) {
    if (rule.subject !== subject.kind) continue;
    const outcomes = register.evaluateRule(rule, target);
    const needs: string[] = [];
    let reachable = true;
    for (const outcome of outcomes) {
      if (outcome.needs === null) reachable = false;
      else needs.push(...outcome.needs);
    }
    if (!reachable) continue;
    result.push({
      award: rule.award,
      year: target + 1,
      achievementYear: target,
      needs,
      evidence: mergeEvidence(outcomes),
      ruleSet: set.title,
      ruleSetId: set.id,
      ...(rule.unverified === undefined ? {} : { unverified: rule.unverified }),
    });
  }
  return result;
}

/** The most Chiến sĩ thi đua cơ sở a unit may recognise among `ldttCount` Lao động tiên tiến (the 15 % cap). */
export function cstdcsCap(ldttCount: number, year: number): number {
  if (!Number.isSafeInteger(ldttCount) || ldttCount < 0) {
    throw new RangeError(`Số Lao động tiên tiến phải là số nguyên không âm: ${ldttCount}`);
  }
  const { numerator, denominator } = ruleSetDataFor(year).cstdcsCap;
  const scaled = ldttCount * numerator;
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`Số Lao động tiên tiến quá lớn: ${ldttCount}`);
  // Exact floor of a non-negative integer ratio.
  return (scaled - (scaled % denominator)) / denominator;
}

// ---------------------------------------------------------------------------------------------
// The evaluator

/** One condition's result: its text (with what the records show), whether it holds, the records behind it. */
interface Outcome {
  text: string;
  met: boolean;
  evidence: Evidence[];
  /** What must still happen in the year for it to hold ([] when it holds); null when it no longer can. */
  needs: string[] | null;
}

const DISCIPLINE_WORDS: Record<Discipline, string> = {
  reprimand: 'khiển trách',
  warning: 'cảnh cáo',
  demotion: 'hạ bậc lương, giáng chức',
  dismissal: 'cách chức, buộc thôi việc',
};

const LEVEL_FROM_WORDS: Record<InitiativeLevel, string> = {
  unit: 'cấp cơ sở trở lên',
  province: 'cấp tỉnh trở lên',
  national: 'cấp toàn quốc',
};

const ratingRank = (rating: PerformanceRating) =>
  PERFORMANCE_RATINGS.length - PERFORMANCE_RATINGS.indexOf(rating);
const atLeastRating = (rating: PerformanceRating | null | undefined, floor: PerformanceRating) =>
  rating != null && ratingRank(rating) >= ratingRank(floor);
const levelRank = (level: InitiativeLevel) => INITIATIVE_LEVELS.indexOf(level);
const atLeastDiscipline = (discipline: Discipline | null | undefined, from: Discipline) =>
  discipline != null && DISCIPLINES.indexOf(discipline) >= DISCIPLINES.indexOf(from);

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`Năm không hợp lệ: ${year}`);
  }
}

const span = (from: number, to: number) => (from === to ? `năm ${to}` : `giai đoạn ${from}–${to}`);

function ratingWords(floor: PerformanceRating): string {
  return floor === 'excellent' ? RATING_WORDS.excellent : `${RATING_WORDS[floor]} trở lên`;
}

function shareWords(share: Share, strict: boolean): string {
  if (share.numerator === share.denominator && !strict) return '100 %';
  const hundredths = share.numerator * 100;
  const figure =
    hundredths % share.denominator === 0
      ? `${hundredths / share.denominator} %`
      : `${share.numerator}/${share.denominator}`;
  return strict ? `trên ${figure}` : `ít nhất ${figure}`;
}

/** part/whole > share (strict) or ≥ share, exactly. */
function reaches(part: number, whole: number, share: Share, strict: boolean): boolean {
  if (whole === 0) return false;
  const left = part * share.denominator;
  const right = whole * share.numerator;
  return strict ? left > right : left >= right;
}

/** Clauses in one sentence: every clause after the first starts in lower case. */
function joinClauses(clauses: string[], joiner: string): string {
  return clauses.map((clause, i) => (i === 0 ? clause : lowerFirst(clause))).join(joiner);
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
const upperFirst = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function mergeEvidence(outcomes: Outcome[]): Evidence[] {
  const seen = new Set<string>();
  const merged: Evidence[] = [];
  for (const item of outcomes.flatMap((outcome) => outcome.evidence)) {
    const key = `${item.kind}|${item.id}|${item.year}|${item.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(item);
  }
  return merged;
}

/** A subject's records, indexed, read by the rules of one rule set. */
class Register {
  private readonly ratingsByYear = new Map<number, RatingRecord>();

  constructor(
    private readonly subject: SubjectRecords,
    private readonly set: RuleSet,
  ) {
    for (const rating of subject.ratings) {
      if (!this.ratingsByYear.has(rating.year)) this.ratingsByYear.set(rating.year, rating);
    }
  }

  evaluateRule(rule: AwardRule, year: number, depth = 0): Outcome[] {
    return rule.conditions.flatMap((condition) => this.evaluate(condition, year, depth));
  }

  private ratingEvidence(rating: RatingRecord): Evidence {
    const discipline = rating.discipline === null ? '' : `; kỷ luật ${DISCIPLINE_WORDS[rating.discipline]}`;
    return {
      kind: 'rating',
      id: this.subject.subjectId,
      year: rating.year,
      text: `Năm ${rating.year}: ${RATING_WORDS[rating.rating]}${discipline}`,
    };
  }

  private awardEvidence(award: AwardRecord): Evidence {
    const revoked = award.revoked ? ' — đã hủy bỏ, không tính' : '';
    return {
      kind: 'award',
      id: award.id,
      year: award.year,
      text: `${AWARD_WORDS[award.award]} năm ${award.year} (${award.decision})${revoked}`,
    };
  }

  private initiativeEvidence(initiative: InitiativeRecord): Evidence {
    const level = LEVEL_FROM_WORDS[initiative.level].replace(' trở lên', '');
    return {
      kind: 'initiative',
      id: initiative.id,
      year: initiative.year,
      text: `Sáng kiến "${initiative.title}" (${level}, năm ${initiative.year})`,
    };
  }

  /** Awards of a code in a year: those in force, and the revoked ones (shown, never counted). */
  private awardsIn(award: AwardCode, year: number) {
    const all = this.subject.awards.filter((record) => record.award === award && record.year === year);
    return { held: all.filter((record) => !record.revoked), revoked: all.filter((record) => record.revoked) };
  }

  private initiativesWithin(from: number, to: number, floor: InitiativeLevel): InitiativeRecord[] {
    return this.subject.initiatives
      .filter((item) => item.year >= from && item.year <= to && levelRank(item.level) >= levelRank(floor))
      .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  }

  /** Consecutive years ending at `year` (going back) rated at least `floor`. */
  private ratedRunEndingAt(year: number, floor: PerformanceRating): number[] {
    const years: number[] = [];
    for (let y = year; atLeastRating(this.ratingsByYear.get(y)?.rating, floor); y--) years.unshift(y);
    return years;
  }

  private evaluate(condition: Condition, year: number, depth: number): Outcome[] {
    switch (condition.kind) {
      case 'rating':
        return [this.rating(condition.atLeast, year)];
      case 'noDiscipline':
        return [this.noDiscipline(condition.from, year)];
      case 'awardRun':
        return [this.awardRun(condition, year, depth)];
      case 'initiatives':
        return [this.initiatives(condition.atLeast, condition.count, year - condition.withinYears + 1, year)];
      case 'ratingRunWithInitiatives':
        return this.ratingRunWithInitiatives(condition, year);
      case 'priorAwardThenRun':
        return this.priorAwardThenRun(condition, year);
      case 'membersAward':
        return [this.membersAward(condition, year)];
      case 'membersRating':
        return [this.membersRating(condition.atLeast, condition.minShare, year)];
      case 'membersNoDiscipline':
        return [this.membersNoDiscipline(condition.from, year)];
      case 'anyOf':
        return [this.anyOf(condition.options, year, depth)];
    }
  }

  private rating(floor: PerformanceRating, year: number): Outcome {
    const base = `${ratingWords(floor)} năm ${year}`;
    const record = this.ratingsByYear.get(year);
    if (!record) return { text: `${base} — chưa có đánh giá`, met: false, evidence: [], needs: [base] };
    const met = atLeastRating(record.rating, floor);
    return {
      text: `${base} — ${RATING_WORDS[record.rating].toLowerCase()}`,
      met,
      evidence: [this.ratingEvidence(record)],
      needs: met ? [] : null,
    };
  }

  private noDiscipline(from: Discipline, year: number): Outcome {
    const base = `Không bị kỷ luật từ hình thức ${DISCIPLINE_WORDS[from]} trở lên năm ${year}`;
    const record = this.ratingsByYear.get(year);
    if (!record) return { text: `${base} — chưa có đánh giá`, met: false, evidence: [], needs: [base] };
    const met = !atLeastDiscipline(record.discipline, from);
    const shown =
      record.discipline === null ? 'không bị kỷ luật' : `kỷ luật ${DISCIPLINE_WORDS[record.discipline]}`;
    return {
      text: `${base} — ${shown}`,
      met,
      evidence: [this.ratingEvidence(record)],
      needs: met ? [] : null,
    };
  }

  private awardRun(
    condition: Extract<Condition, { kind: 'awardRun' }>,
    year: number,
    depth: number,
  ): Outcome {
    const words = AWARD_WORDS[condition.award];
    const from = year - condition.years + 1;
    const base =
      condition.years === 1
        ? `Đạt danh hiệu ${words} năm ${year}`
        : `Đạt ${words} ${condition.years} năm liên tục ${span(from, year)}`;
    const evidence: Evidence[] = [];
    const missing: number[] = [];
    let qualified = false;
    let currentOutOfReach = false;
    for (let y = from; y <= year; y++) {
      const { held, revoked } = this.awardsIn(condition.award, y);
      evidence.push(...held.map((record) => this.awardEvidence(record)));
      evidence.push(...revoked.map((record) => this.awardEvidence(record)));
      if (held.length > 0) continue;
      const rule = this.set.rules.find((r) => r.award === condition.award && r.subject === this.subject.kind);
      if (y === year && condition.currentYear === 'heldOrQualifies' && rule && depth < 4) {
        const outcomes = this.evaluateRule(rule, y, depth + 1);
        evidence.push(...outcomes.flatMap((outcome) => outcome.evidence));
        if (outcomes.every((outcome) => outcome.met)) {
          qualified = true;
          continue;
        }
        if (outcomes.some((outcome) => outcome.needs === null)) currentOutOfReach = true;
      }
      missing.push(y);
    }
    const met = missing.length === 0;
    let shown: string;
    if (met) shown = qualified ? 'đủ tiêu chuẩn theo đánh giá năm ' + year : 'đạt';
    else shown = `thiếu năm ${missing.join(', ')}`;
    const pastGap = missing.some((y) => y < year);
    const needs = met ? [] : pastGap || currentOutOfReach ? null : [`Đạt danh hiệu ${words} năm ${year}`];
    return { text: `${base} — ${shown}`, met, evidence, needs };
  }

  private initiatives(floor: InitiativeLevel, count: number, from: number, to: number): Outcome {
    const level = LEVEL_FROM_WORDS[floor];
    const what = (n: number) => (n === 1 ? `sáng kiến ${level}` : `${n} sáng kiến ${level}`);
    const base = `Có ${what(count)} được công nhận trong ${span(from, to)}`;
    const found = this.initiativesWithin(from, to, floor);
    const met = found.length >= count;
    const lacking = count - found.length;
    const needs = met
      ? []
      : [found.length === 0 ? base : `Có thêm ${what(lacking)} được công nhận trong ${span(from, to)}`];
    return {
      text: `${base} — có ${found.length}`,
      met,
      evidence: found.map((item) => this.initiativeEvidence(item)),
      needs,
    };
  }

  /** A run of at least `minYears` years rated ≥ floor ending at the year, with initiatives within the run. */
  private ratingRunWithInitiatives(
    condition: Extract<Condition, { kind: 'ratingRunWithInitiatives' }>,
    year: number,
  ): Outcome[] {
    const runBase = `${ratingWords(condition.atLeast)} từ ${condition.minYears} năm liên tục trở lên đến năm ${year}`;
    const record = this.ratingsByYear.get(year);
    const run = this.ratedRunEndingAt(year, condition.atLeast);
    // With the year not yet rated, the run could end at it: the years before it count.
    const pending = !record;
    const pastRun = pending ? this.ratedRunEndingAt(year - 1, condition.atLeast) : [];
    const runYears = pending ? [...pastRun, year] : run;
    const runMet = !pending && run.length >= condition.minYears;
    const runReachable = pending && runYears.length >= condition.minYears;
    const ratingEvidence = (pending ? pastRun : run).flatMap((y) => {
      const r = this.ratingsByYear.get(y);
      return r ? [this.ratingEvidence(r)] : [];
    });
    const runShown = pending
      ? `năm ${year} chưa có đánh giá; ${pastRun.length} năm liền trước`
      : `${run.length} năm liên tục`;
    const runOutcome: Outcome = {
      text: `${runBase} — ${runShown}`,
      met: runMet,
      evidence: ratingEvidence,
      needs: runMet ? [] : runReachable ? [`${ratingWords(condition.atLeast)} năm ${year}`] : null,
    };
    const from = runYears.length > 0 ? runYears[0]! : year;
    const initiatives = this.initiatives(
      condition.initiatives.atLeast,
      condition.initiatives.count,
      from,
      year,
    );
    initiatives.text = `Trong thời gian đó: ${lowerFirst(initiatives.text)}`;
    if (runOutcome.needs === null) initiatives.needs = initiatives.met ? [] : null;
    return [runOutcome, initiatives];
  }

  /** One of `awards` held in some year P, then `years` years ending at the year, all after P, rated ≥ floor, with initiatives. */
  private priorAwardThenRun(
    condition: Extract<Condition, { kind: 'priorAwardThenRun' }>,
    year: number,
  ): Outcome[] {
    const from = year - condition.years + 1;
    const awardWords = condition.awards.map((award) => AWARD_WORDS[award]).join(' hoặc ');
    const prior = this.subject.awards
      .filter((record) => condition.awards.includes(record.award) && record.year < from)
      .sort((a, b) => b.year - a.year);
    const held = prior.filter((record) => !record.revoked);
    const priorBase = `Đã được tặng ${awardWords} trước năm ${from}`;
    const priorOutcome: Outcome = {
      text: `${priorBase} — ${held.length > 0 ? `năm ${held[0]!.year}` : 'chưa có'}`,
      met: held.length > 0,
      evidence: [...held.slice(0, 1), ...prior.filter((record) => record.revoked)].map((record) =>
        this.awardEvidence(record),
      ),
      needs: held.length > 0 ? [] : null,
    };
    const runBase = `Sau đó ${ratingWords(condition.atLeast).toLowerCase()} ${condition.years} năm liên tục ${span(from, year)}`;
    const evidence: Evidence[] = [];
    const short: number[] = [];
    let pendingCurrent = false;
    for (let y = from; y <= year; y++) {
      const record = this.ratingsByYear.get(y);
      if (record) evidence.push(this.ratingEvidence(record));
      if (atLeastRating(record?.rating, condition.atLeast)) continue;
      if (y === year && !record) pendingCurrent = true;
      short.push(y);
    }
    const runMet = short.length === 0;
    const runOutcome: Outcome = {
      text: `${runBase} — ${runMet ? 'đạt' : `chưa đạt năm ${short.join(', ')}`}`,
      met: runMet,
      evidence,
      needs: runMet
        ? []
        : short.length === 1 && pendingCurrent
          ? [`${ratingWords(condition.atLeast)} năm ${year}`]
          : null,
    };
    const initiatives = this.initiatives(
      condition.initiatives.atLeast,
      condition.initiatives.count,
      from,
      year,
    );
    initiatives.text = `Trong thời gian đó: ${lowerFirst(initiatives.text)}`;
    return [priorOutcome, runOutcome, initiatives];
  }

  private members(year: number): MemberRecord[] | null {
    const list = this.subject.membersByYear?.[year];
    return list && list.length > 0 ? list : null;
  }

  private memberEvidence(member: MemberRecord, year: number, shows: string): Evidence {
    return { kind: 'member', id: member.subjectId, year, text: `${member.name}: ${shows}` };
  }

  private membersAward(condition: Extract<Condition, { kind: 'membersAward' }>, year: number): Outcome {
    const words = AWARD_WORDS[condition.award];
    const parts: string[] = [];
    if (condition.minShare) {
      parts.push(
        `${shareWords(condition.minShare, condition.strict ?? false)} cá nhân trong tập thể đạt danh hiệu ${words} năm ${year}`,
      );
    }
    if (condition.minCount !== undefined) {
      parts.push(`Có ít nhất ${condition.minCount} cá nhân đạt danh hiệu ${words} năm ${year}`);
    }
    const base = upperFirst(parts.join('; '));
    const members = this.members(year);
    if (!members)
      return { text: `${base} — chưa có danh sách thành viên`, met: false, evidence: [], needs: [base] };
    const holders = members.filter((member) => member.awards.includes(condition.award));
    const met =
      (condition.minShare === undefined ||
        reaches(holders.length, members.length, condition.minShare, condition.strict ?? false)) &&
      (condition.minCount === undefined || holders.length >= condition.minCount);
    return {
      text: `${base} — ${holders.length}/${members.length} người`,
      met,
      evidence: holders.map((member) => this.memberEvidence(member, year, words)),
      needs: met ? [] : [base],
    };
  }

  private membersRating(floor: PerformanceRating, share: Share, year: number): Outcome {
    const base = upperFirst(
      `${shareWords(share, false)} cá nhân trong tập thể ${ratingWords(floor).toLowerCase()} năm ${year}`,
    );
    const members = this.members(year);
    if (!members)
      return { text: `${base} — chưa có danh sách thành viên`, met: false, evidence: [], needs: [base] };
    const rated = members.filter((member) => atLeastRating(member.rating, floor));
    const met = reaches(rated.length, members.length, share, false);
    const below = members.filter((member) => !atLeastRating(member.rating, floor));
    return {
      text: `${base} — ${rated.length}/${members.length} người`,
      met,
      evidence: below.map((member) =>
        this.memberEvidence(member, year, member.rating ? RATING_WORDS[member.rating] : 'chưa có đánh giá'),
      ),
      needs: met ? [] : [base],
    };
  }

  private membersNoDiscipline(from: Discipline, year: number): Outcome {
    const base = `Không có cá nhân trong tập thể bị kỷ luật từ hình thức ${DISCIPLINE_WORDS[from]} trở lên năm ${year}`;
    const members = this.members(year);
    if (!members)
      return { text: `${base} — chưa có danh sách thành viên`, met: false, evidence: [], needs: [base] };
    const disciplined = members.filter((member) => atLeastDiscipline(member.discipline, from));
    const met = disciplined.length === 0;
    return {
      text: `${base} — ${met ? 'không có' : `${disciplined.length} người`}`,
      met,
      evidence: disciplined.map((member) =>
        this.memberEvidence(member, year, `kỷ luật ${DISCIPLINE_WORDS[member.discipline!]}`),
      ),
      needs: met ? [] : [base],
    };
  }

  /** One line: the options joined by "hoặc"; holds when one option holds; needs: those of the reachable options. */
  private anyOf(options: Condition[][], year: number, depth: number): Outcome {
    const evaluated = options.map((option) =>
      option.flatMap((condition) => this.evaluate(condition, year, depth)),
    );
    const text = evaluated
      .map((outcomes, i) => {
        const clause = joinClauses(
          outcomes.map((outcome) => outcome.text),
          ' và ',
        );
        return `(${i + 1}) ${i === 0 ? clause : lowerFirst(clause)}`;
      })
      .join(' hoặc ');
    const metOption = evaluated.find((outcomes) => outcomes.every((outcome) => outcome.met));
    if (metOption) return { text, met: true, evidence: mergeEvidence(metOption), needs: [] };
    const reachable = evaluated
      .filter((outcomes) => outcomes.every((outcome) => outcome.needs !== null))
      .map((outcomes) => outcomes.flatMap((outcome) => outcome.needs!))
      .sort((a, b) => a.length - b.length);
    const needs =
      reachable.length === 0
        ? null
        : reachable.length === 1
          ? reachable[0]!
          : [
              joinClauses(
                reachable.map((list) => joinClauses(list, ' và ')),
                ' hoặc ',
              ),
            ];
    return { text, met: false, evidence: mergeEvidence(evaluated.flat()), needs };
  }
}
