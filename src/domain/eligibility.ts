/**
 * Who qualifies for which title or award (Law 06/2022/QH15 and Decree 98/2023/NĐ-CP; domain.md §4),
 * evaluated over a subject's register: its yearly ratings, its titles and awards, its initiatives
 * and — for a collective — its members' records of the year. The rules are versioned data
 * (RULE_SETS, each with the date it took effect); every answer carries the records behind it.
 * Pure: no database, used by the server and the web app.
 *
 * (Foundation stub: signatures fixed, bodies written by the eligibility work.)
 */
import type { AwardCode, Discipline, InitiativeLevel, PerformanceRating } from './commendation.ts';

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
}

/** "Who will qualify next year if …": what the subject still needs in `year` to qualify in `year + 1`. */
export interface Outlook {
  award: AwardCode;
  /** The year the award could be proposed. */
  year: number;
  /** What must happen first, in Vietnamese (e.g. "Được công nhận Chiến sĩ thi đua cơ sở năm 2026"). */
  needs: string[];
  evidence: Evidence[];
  ruleSet: string;
}

export interface RuleSetInfo {
  id: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The rule set in force for a year's awards. */
export declare function ruleSetFor(year: number): RuleSetInfo;

/** What `subject` qualifies for in `year` (every award its kind can receive), with the records behind each. */
export declare function evaluateEligibility(subject: SubjectRecords, year: number): EligibilityAnswer[];

/** What `subject` could qualify for in `year + 1`, and what must happen in `year` for it. */
export declare function outlook(subject: SubjectRecords, year: number): Outlook[];

/** The most Chiến sĩ thi đua cơ sở a unit may recognise among `ldttCount` Lao động tiên tiến (the 15 % cap). */
export declare function cstdcsCap(ldttCount: number, year: number): number;
