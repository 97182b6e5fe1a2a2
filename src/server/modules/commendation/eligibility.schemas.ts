/**
 * Who qualifies for what (src/domain/eligibility.ts over the register): a board's year, a
 * subject's every answer, and the year's 15 % cap on Chiến sĩ thi đua cơ sở.
 */
import { z } from 'zod';
import { Uuid } from '../../kernel/schemas.ts';
import { AwardCodeParam, BoardChoice, SubjectRef, Year } from './commendation.schemas.ts';

export const EligibilityEvidence = z
  .object({
    kind: z.enum(['rating', 'award', 'initiative', 'member']),
    id: z.string(),
    year: z.number().int(),
    text: z.string(),
  })
  .meta({ id: 'EligibilityEvidence' });

export const EligibilityAnswer = z
  .object({
    award: AwardCodeParam,
    year: z.number().int(),
    eligible: z.boolean(),
    conditions: z.array(z.object({ text: z.string(), met: z.boolean() })),
    evidence: z.array(EligibilityEvidence),
    ruleSet: z.string(),
    /** The rule set's id. */
    ruleSetId: z.string().optional(),
    /** The legal basis of the rule (article, law or decree). */
    basis: z.string().optional(),
    /** Set when the rule is not checked against the text in force: why. */
    unverified: z.string().optional(),
  })
  .meta({ id: 'EligibilityAnswer' });

export const EligibilityOutlook = z
  .object({
    award: AwardCodeParam,
    /** The year the award could be proposed: the year after the achievements. */
    year: z.number().int(),
    /** The year of the achievements the award would be for (the eligibility year + 1). */
    achievementYear: z.number().int().optional(),
    /** What must happen first, in Vietnamese. */
    needs: z.array(z.string()),
    evidence: z.array(EligibilityEvidence),
    ruleSet: z.string(),
    ruleSetId: z.string().optional(),
    unverified: z.string().optional(),
  })
  .meta({ id: 'EligibilityOutlook' });

export const RuleSet = z
  .object({
    id: z.string(),
    title: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
  })
  .meta({ id: 'EligibilityRuleSet' });

/** The 15 % cap: Lao động tiên tiến of the year on the board, the most CSTĐCS allowed, and those recognised. */
export const CstdcsCap = z
  .object({
    year: z.number().int(),
    ldttCount: z.number().int(),
    cap: z.number().int(),
    cstdcsCount: z.number().int(),
  })
  .meta({ id: 'CommendationCstdcsCap' });
export type CstdcsCap = z.infer<typeof CstdcsCap>;

export const EligibilityQuery = z.strictObject({ ...BoardChoice, year: Year });
export type EligibilityQuery = z.infer<typeof EligibilityQuery>;
export const SubjectEligibilityQuery = z.strictObject({ year: Year });

/** A board's year: for each subject the awards it qualifies for in `year`, and its outlook for `year + 1`. */
export const BoardEligibility = z
  .object({
    boardId: Uuid,
    year: z.number().int(),
    ruleSet: RuleSet,
    cap: CstdcsCap,
    subjects: z.array(
      z.object({
        subject: SubjectRef,
        /** The eligible answers only. */
        eligible: z.array(EligibilityAnswer),
        /** What it could get for the achievements of `year + 1`, and what must happen that year. */
        outlook: z.array(EligibilityOutlook),
      }),
    ),
  })
  .meta({ id: 'CommendationBoardEligibility' });
export type BoardEligibility = z.infer<typeof BoardEligibility>;

/** One subject's every answer for `year` (met or not) and its outlook for the achievements of `year + 1`. */
export const SubjectEligibility = z
  .object({
    subject: SubjectRef,
    year: z.number().int(),
    ruleSet: RuleSet,
    answers: z.array(EligibilityAnswer),
    outlook: z.array(EligibilityOutlook),
  })
  .meta({ id: 'CommendationSubjectEligibility' });
export type SubjectEligibility = z.infer<typeof SubjectEligibility>;
