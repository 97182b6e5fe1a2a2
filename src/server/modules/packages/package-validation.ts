import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { eachInSlices } from '../../kernel/cooperative.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { checkPackageBlocReturns, checkPackageBlocs, type BoardRow } from '../boards/index.ts';
import { checkPackageEnterprises } from '../enterprises/index.ts';
import { checkPackageEnterpriseReports } from '../filing/index.ts';
import {
  checkPackageCalendarYears,
  checkPackageDossiers,
  checkPackageProcedures,
} from '../one-stop/index.ts';
import { checkPackageCapitalImplementations } from '../projects/index.ts';
import { checkPackageLicensingEvents } from '../projects/index.ts';
import { checkPackageProjects } from '../projects/index.ts';
import { checkPackageBoards } from './boards.package.ts';
import {
  PACKAGE_FORMAT,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type DataPackage,
  type RecordKind,
} from './data-package.schema.ts';
import { packageIssueMessage } from './package-messages.ts';
import { PackageProblems, type PackageContext, type PackageProblem } from './package-validator.ts';
import { checkPackageZones } from './zones.package.ts';

export type { PackageProblem } from './package-validator.ts';

/** What validation learned that writing needs: which board each referenced code lives in. */
export interface ImportPlan {
  pkg: DataPackage;
  /** Every board the actor sees, by code. */
  existingBoards: Map<string, BoardRow>;
  /** projectCode (as events, implementations and reports name it) → board code. */
  boardOfProject: Map<string, string>;
  /** taxCode → board code. */
  boardOfEnterprise: Map<string, string>;
}

/** What checking a package found: the problems (the first listed, all counted), or the plan. */
export interface PackageCheck {
  problems: PackageProblem[];
  problemCount: number;
  plan?: ImportPlan;
  /** Each record against its schema (what depends on the document alone), for a second check to reuse. */
  parsed?: ParsedRecords;
}

/** The records of a package that passed their schemas, by kind and index, and the package of them. */
type ParsedRecords = Awaited<ReturnType<typeof parseRecords>>;

const ALLOWED_TOP_LEVEL = new Set(['format', 'version', 'exportedAt', ...RECORD_KINDS]);

/** The key that names a record in error lists (its code, or what it refers to). */
function recordCode(kind: RecordKind, raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (kind === 'calendarYears') return typeof r.year === 'number' ? String(r.year) : null;
  if (kind === 'blocReturns') return typeof r.board === 'string' ? r.board : null;
  const value =
    kind === 'licensingEvents' || kind === 'capitalImplementations'
      ? r.projectCode
      : kind === 'enterprises' || kind === 'enterpriseReports'
        ? r.taxCode
        : r.code;
  return typeof value === 'string' ? value : null;
}

function zodReason(issue: z.core.$ZodIssue): string {
  const params = (issue as { params?: { reason?: string } }).params;
  return params?.reason ?? issue.code;
}

const outcome = (problems: PackageProblems): PackageCheck => ({
  problems: problems.list,
  problemCount: problems.count,
});

/** The document itself: an object of format and version 1, with no unknown top-level key. */
function checkDocument(input: unknown, problems: PackageProblems): Record<string, unknown> | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.add('package', null, null, null, 'not_an_object', 'Gói dữ liệu phải là một đối tượng JSON.');
    return null;
  }
  const doc = input as Record<string, unknown>;
  if (doc.format !== PACKAGE_FORMAT) {
    problems.add('package', null, null, 'format', 'invalid_format', `"format" phải là "${PACKAGE_FORMAT}".`);
  }
  if (doc.version !== 1)
    problems.add(
      'package',
      null,
      null,
      'version',
      'unsupported_version',
      'Chỉ hỗ trợ gói dữ liệu phiên bản 1.',
    );
  if (problems.count > 0) return null;
  if (
    doc.exportedAt !== undefined &&
    (typeof doc.exportedAt !== 'string' || Number.isNaN(Date.parse(doc.exportedAt)))
  ) {
    problems.add(
      'package',
      null,
      null,
      'exportedAt',
      'invalid_timestamp',
      '"exportedAt" phải là thời điểm ISO 8601 có múi giờ.',
    );
  }
  for (const key of Object.keys(doc)) {
    if (!ALLOWED_TOP_LEVEL.has(key))
      problems.add(
        'package',
        null,
        null,
        key,
        'unrecognized_key',
        `Khóa "${key}" không có trong định dạng gói dữ liệu.`,
      );
  }
  return doc;
}

/** Each record against its kind's schema; the records that pass, by index, and the package of them. */
async function parseRecords(doc: Record<string, unknown>, problems: PackageProblems) {
  const raw = {} as PackageContext['raw'];
  const valid = {} as PackageContext['valid'];
  const pkg = { format: PACKAGE_FORMAT, version: 1 } as DataPackage;
  for (const kind of RECORD_KINDS) {
    const section = doc[kind] ?? [];
    raw[kind] = Array.isArray(section) ? section : [];
    const parsedRecords = new Map<number, unknown>();
    (valid as Record<RecordKind, Map<number, unknown>>)[kind] = parsedRecords;
    if (!Array.isArray(section)) {
      problems.add('package', null, null, kind, 'not_an_array', `"${kind}" phải là một mảng.`);
      continue;
    }
    await eachInSlices(section, (record, index) => {
      const parsed = RECORD_SCHEMAS[kind].safeParse(record);
      const code = recordCode(kind, record);
      if (parsed.success) {
        parsedRecords.set(index, sameFields(parsed.data, record) ? record : parsed.data);
        return;
      }
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
        for (const key of keys) {
          const field = [...issue.path.map(String), ...(key ? [key] : [])].join('.') || null;
          problems.add(
            kind,
            index,
            code,
            field,
            zodReason(issue),
            packageIssueMessage(issue, record, key ?? undefined),
          );
        }
      }
    });
    (pkg as unknown as Record<string, unknown[]>)[kind] = [...parsedRecords.values()];
  }
  return { raw, valid, pkg };
}

/**
 * Whether a record passed its schema unchanged (nothing trimmed, no nested value): then the record
 * itself is kept, and not a copy of it as well — a national package holds millions.
 */
function sameFields(parsed: unknown, record: unknown): boolean {
  if (typeof parsed !== 'object' || parsed === null || typeof record !== 'object' || record === null)
    return false;
  const a = parsed as Record<string, unknown>;
  const b = record as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/**
 * Checks a whole package against the contract and the database without writing anything,
 * and lists every problem found. Returns a plan for writing when there is none.
 *
 * The document first, then each record against its schema, then each kind's own checks in the
 * order the writer writes them (data-package.schema.ts#RECORD_SCHEMAS), by the validator of the
 * module that owns the kind: each gets the package and what the kinds before it learned about
 * the codes records name.
 */
export async function validatePackage(
  executor: Executor,
  actor: Actor,
  input: unknown,
  /**
   * An earlier check of the same document that found no problem: its schema checks stand (they
   * depend on the document alone), only the checks against the database run again.
   */
  earlier?: PackageCheck,
): Promise<PackageCheck> {
  const problems = new PackageProblems();
  const reuse = earlier?.parsed && earlier.problemCount === 0 ? earlier.parsed : undefined;
  const doc = reuse ? null : checkDocument(input, problems);
  if (!reuse && !doc) return outcome(problems);
  const parsed = reuse ?? (await parseRecords(doc!, problems));
  const { raw, valid, pkg } = parsed;
  const ctx: PackageContext = { executor, actor, problems, raw, valid };

  const boards = await checkPackageBoards(ctx);
  const zones = await checkPackageZones(ctx, { boards });
  const projects = await checkPackageProjects(ctx, { boards, zones });
  const ledgers = await checkPackageLicensingEvents(ctx, { projects, boards });
  await checkPackageCapitalImplementations(ctx, { projects, ledgers });
  const enterprises = await checkPackageEnterprises(ctx, { boards, zones, projects });
  const boardOfEnterprise = await checkPackageEnterpriseReports(ctx, { boards, enterprises });
  await checkPackageCalendarYears(ctx);
  const procedures = await checkPackageProcedures(ctx, { boards });
  await checkPackageDossiers(ctx, { boards, procedures, enterprises });
  await checkPackageBlocReturns(ctx, await checkPackageBlocs(ctx));

  if (problems.count > 0) return outcome(problems);
  return {
    problems: [],
    problemCount: 0,
    plan: { pkg, existingBoards: boards.existing, boardOfProject: projects.boardOf, boardOfEnterprise },
    parsed,
  };
}
