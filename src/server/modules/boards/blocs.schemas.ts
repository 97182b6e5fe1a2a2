/**
 * Emulation blocs as data (blocs-v1): a bloc, its years (members, leader, deputy) and the members'
 * returns (số liệu thành viên gửi). The web's bloc settings and returns pages use these schemas.
 */
import { z } from 'zod';
import { isStorableUsd, isStorableVnd } from '../../../domain/money.ts';
import { Hectares, PeriodParam, Timestamp, Version } from '../../kernel/schemas.ts';
import { BoardCode } from './boards.schemas.ts';

/** A bloc's code: upper-case letters, digits or "-", at most 16 (e.g. DBSH). */
export const BLOC_CODE_PATTERN = /^[A-Z0-9-]{1,16}$/;
/** The years a bloc may have (as the table's check). */
export const BLOC_YEAR_MIN = 1990;
export const BLOC_YEAR_MAX = 2200;
/** Members of one bloc year at most (the Red River Delta bloc has 11). */
export const BLOC_MEMBERS_MAX = 100;

export const BlocCode = z.string().regex(BLOC_CODE_PATTERN, {
  message: 'Mã khối thi đua gồm chữ in hoa, chữ số hoặc "-", tối đa 16 ký tự.',
});

/** The code in a path: checked by the service (BLOC_CODE_INVALID), not by the route. */
export const BlocCodeParams = z.strictObject({ code: z.string().max(100) });
/** Code and year in a path: the year's range is checked by the service (BLOC_YEAR_OUT_OF_RANGE). */
export const BlocYearParams = z.strictObject({
  code: z.string().max(100),
  year: z.coerce.number({ error: 'Năm phải là số nguyên.' }).int({ error: 'Năm phải là số nguyên.' }),
});

/** `PUT /blocs/{code}`: create the bloc or rename it. */
export const SetBlocBody = z.strictObject({
  name: z.string().trim().min(3).max(300),
});
export type SetBlocBody = z.infer<typeof SetBlocBody>;

/** `PUT /blocs/{code}/years/{year}`: the year's members (in order), leader and deputy. */
export const SetBlocYearBody = z.strictObject({
  members: z.array(z.string().max(100)).min(1).max(BLOC_MEMBERS_MAX),
  leader: z.string().max(100),
  /** Left out or null: no deputy (a bloc of one member has none). */
  deputy: z.string().max(100).nullable().optional(),
  /** The year's version read before editing (optimistic lock); left out: no check. */
  version: Version.optional(),
});
export type SetBlocYearBody = z.infer<typeof SetBlocYearBody>;

/** A member board of a bloc year as the pages show it. */
export const BlocMemberBoard = z.object({
  code: BoardCode,
  name: z.string(),
  /** Set when the board was dissolved by a merge (organisation-v1). */
  dissolvedOn: z.iso.date().nullable(),
});
export type BlocMemberBoard = z.infer<typeof BlocMemberBoard>;

/** One year of a bloc: its members in the bloc's order, leader (khối trưởng) and deputy (khối phó). */
export const BlocYear = z
  .object({
    bloc: BlocCode,
    year: z.number().int(),
    members: z.array(BoardCode),
    leader: BoardCode,
    deputy: BoardCode.nullable(),
    /** The members with their names, in the order of `members`. */
    boards: z.array(BlocMemberBoard),
    version: z.number().int(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'BlocYear' });
export type BlocYear = z.infer<typeof BlocYear>;

/** A bloc with every year it has, oldest first. */
export const BlocDetail = z
  .object({
    id: z.uuid(),
    code: BlocCode,
    name: z.string(),
    version: z.number().int(),
    years: z.array(BlocYear),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'BlocDetail' });
export type BlocDetail = z.infer<typeof BlocDetail>;

/**
 * `GET /blocs`: the blocs the caller may see (a national administrator all of them, a bloc user its
 * own), each with its boards today (the `Bloc` schema of boards.schemas.ts).
 */
export { Bloc } from './boards.schemas.ts';

// ── Returns (số liệu thành viên gửi) ───────────────────────────────────────────────────────────

const SIGNED_USD = /^-?\d+(\.\d{1,2})?$/;
const SIGNED_VND = /^-?\d+$/;

const Count = z
  .number({ error: 'Phải là số nguyên không âm.' })
  .int({ error: 'Phải là số nguyên không âm.' })
  .min(0, { error: 'Phải là số nguyên không âm.' })
  .max(1_000_000, { error: 'Số quá lớn (tối đa 1.000.000).' });

/** USD with at most 2 decimals; may be negative (capital adjustments can reduce it). */
const SignedUsd = z
  .string()
  .max(21)
  .refine((v) => SIGNED_USD.test(v) && isStorableUsd(v.replace(/^-/, '')), {
    message: 'Số tiền USD phải là số, tối đa 2 chữ số thập phân, tối đa 16 chữ số phần nguyên.',
  })
  .meta({ example: '15000000.50' });
const Usd = SignedUsd.refine((v) => !v.startsWith('-'), { message: 'Số tiền USD không được âm.' });

/** Whole đồng; may be negative (capital adjustments can reduce it). */
const SignedVnd = z
  .string()
  .max(21)
  .refine((v) => SIGNED_VND.test(v) && isStorableVnd(v.replace(/^-/, '')), {
    message: 'Số tiền VND phải là số nguyên (đơn vị đồng).',
  })
  .meta({ example: '4466777000000' });
const Vnd = SignedVnd.refine((v) => !v.startsWith('-'), { message: 'Số tiền VND không được âm.' });

const Area = Hectares.refine((v) => /^\d{1,10}(\.\d{1,4})?$/.test(v), {
  message: 'Diện tích (ha) tối đa 10 chữ số phần nguyên và 4 chữ số thập phân.',
});

/**
 * A member's figures of one period — the consolidated report's leaves (blocs-v1): counts of new
 * projects, capital new and adjusted, revenue and budget paid (FDI in USD with cents, domestic in
 * whole đồng), zones by status with their planned area in hectares.
 */
export const BlocReturnFigures = z.strictObject({
  newProjectsFdi: Count,
  newProjectsDdi: Count,
  capitalFdiUsd: SignedUsd,
  capitalDdiVnd: SignedVnd,
  revenueFdiUsd: Usd,
  revenueDdiVnd: Vnd,
  budgetPaidFdiUsd: Usd,
  budgetPaidDdiVnd: Vnd,
  zonesInPlanCount: Count,
  zonesInPlanAreaHa: Area,
  zonesOperatingCount: Count,
  zonesOperatingAreaHa: Area,
  zonesUnderConstructionCount: Count,
  zonesUnderConstructionAreaHa: Area,
});
export type BlocReturnFigures = z.infer<typeof BlocReturnFigures>;

/** The figure keys, in the order of the template's columns. */
export const BLOC_RETURN_FIGURES = Object.keys(BlocReturnFigures.shape) as (keyof BlocReturnFigures)[];

/** `PUT /blocs/{code}/returns/{board}/{period}`: the figures, a note, the version read. */
export const SetBlocReturnBody = BlocReturnFigures.extend({
  note: z.string().trim().max(2000).nullable().optional(),
  version: Version.optional(),
});
export type SetBlocReturnBody = z.infer<typeof SetBlocReturnBody>;

export const BlocReturnParams = z.strictObject({
  code: z.string().max(100),
  board: z.string().max(100),
  period: PeriodParam,
});

export const BlocReturnsQuery = z.strictObject({ period: PeriodParam });

export const BlocReturnSource = z.enum(['form', 'import', 'package']);

/** One member's return for one period. */
const BlocReturnShape = BlocReturnFigures.extend({
  bloc: BlocCode,
  board: BoardCode,
  boardName: z.string(),
  period: z.string(),
  /** How the figures came: typed in the form, the Excel template, or a data package. */
  source: BlocReturnSource,
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const BlocReturn = BlocReturnShape.meta({ id: 'BlocReturn' });
export type BlocReturn = z.infer<typeof BlocReturn>;

/** A member of the period's year and its return, if one was entered. */
export const BlocReturnMember = z.object({
  code: BoardCode,
  name: z.string(),
  /** Inline (not a reference) so that it may be null in the OpenAPI document. */
  return: BlocReturnShape.nullable(),
});
export type BlocReturnMember = z.infer<typeof BlocReturnMember>;

/**
 * A period's returns of a bloc: the members of the period's year in the bloc's order, each with
 * its return or null; `items` lists the returns entered (a member no longer in the year's list
 * keeps its return listed there).
 */
export const BlocReturnList = z
  .object({
    bloc: BlocCode,
    period: z.string(),
    year: z.number().int(),
    /** Null when the period's year is not set. */
    leader: BoardCode.nullable(),
    deputy: BoardCode.nullable(),
    members: z.array(BlocReturnMember),
    items: z.array(BlocReturn),
  })
  .meta({ id: 'BlocReturnList' });
export type BlocReturnList = z.infer<typeof BlocReturnList>;

/** What importing a filled template did (all or nothing). */
export const BlocReturnsImportResult = z
  .object({
    bloc: BlocCode,
    period: z.string(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** Template rows left blank (no figure at all): skipped. */
    skipped: z.array(BoardCode),
    items: z.array(BlocReturn),
  })
  .meta({ id: 'BlocReturnsImportResult' });
export type BlocReturnsImportResult = z.infer<typeof BlocReturnsImportResult>;

// ── Data package (additive to data-package-v1) ────────────────────────────────────────────────

/** `blocs[].years[]` in a data package. */
export const PackageBlocYear = z.strictObject({
  year: z.number().int(),
  members: z.array(z.string()).min(1).max(BLOC_MEMBERS_MAX),
  leader: z.string(),
  deputy: z.string().nullable().optional(),
});
export type PackageBlocYear = z.infer<typeof PackageBlocYear>;

/** `blocs[]` in a data package. */
export const PackageBloc = z.strictObject({
  code: z.string(),
  name: z.string().trim().min(3).max(300),
  years: z.array(PackageBlocYear).max(500).default([]),
});
export type PackageBloc = z.infer<typeof PackageBloc>;

/** `blocReturns[]` in a data package: a member's return of a period. */
export const PackageBlocReturn = BlocReturnFigures.extend({
  bloc: z.string(),
  board: z.string(),
  period: PeriodParam,
  note: z.string().max(2000).nullable().optional(),
});
export type PackageBlocReturn = z.infer<typeof PackageBlocReturn>;
