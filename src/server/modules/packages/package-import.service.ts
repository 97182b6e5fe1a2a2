import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { uuidArray, type Db, type Executor } from '../../kernel/db/database.ts';
import { eachInSlices } from '../../kernel/cooperative.ts';
import { inBulkChunks } from '../../kernel/db/sql-arrays.ts';
import { normaliseUsd } from '../../../domain/money.ts';
import { applySuccessions, upsertBoards, upsertPackageBlocs } from '../boards/index.ts';
import { upsertImplementations } from '../projects/index.ts';
import { upsertLicensingEvents, type IncomingEvent } from '../projects/index.ts';
import { findProjectsByCodes, upsertProjects, type ProjectRow } from '../projects/index.ts';
import { findEnterprisesByTaxCodes, upsertEnterprises, type EnterpriseRow } from '../enterprises/index.ts';
import { recordAcceptedReports, recordAcceptedReportsInBulk } from '../filing/index.ts';
import { upsertPackageOneStop } from '../one-stop/index.ts';
import { findZonesByCodes, replaceBoardHistories, upsertZones } from '../zones/index.ts';
import type { DataPackage, RecordKind } from './data-package.schema.ts';
import {
  validatePackage,
  type ImportPlan,
  type PackageCheck,
  type PackageProblem,
} from './package-validation.ts';
import { PackageErrors } from './packages.errors.ts';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
export type ImportSummary = { dryRun: boolean } & Record<RecordKind, Counts>;

/** Where a running import is (the web page's progress bar): its phase and the records written so far. */
export interface ImportProgress {
  /** checking: both validations; writing: the records, kind by kind; done: committed (or rolled back). */
  phase: 'checking' | 'writing' | 'done';
  /** The kind being written (phase writing). */
  kind: RecordKind | null;
  /** Records of the package written so far, and in the whole package. */
  recordsDone: number;
  recordsTotal: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** sha256 of the package as sent (hex), for the audit entry; else that of its JSON text. */
  contentHash?: string;
  /** Told of each step of the import (the web page's progress bar). */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Writes set-based, audited once for the package (its counts and content hash) instead of once
   * per record. By default for packages of more than BULK_IMPORT_RECORDS records.
   */
  bulk?: boolean;
}

/**
 * Above this many records a package is written in bulk: a board's day-to-day package keeps one
 * audit entry per changed record; a national load or a backup restore is audited as one package.
 */
export const BULK_IMPORT_RECORDS = 5_000;
/** From this many records an import rebuilds its boards' report summaries once at the end. */
const SUMMARIES_REBUILT_FROM_RECORDS = 1_000;

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The refusal of a package: its problems as details (bounded), and how many there are. */
function packageInvalid(check: PackageCheck) {
  const details = problemDetails(check.problems);
  return PackageErrors.PACKAGE_INVALID(
    details,
    check.problemCount > details.length ? { omittedDetails: check.problemCount - details.length } : {},
  );
}

export function problemDetails(problems: PackageProblem[]) {
  return problems.map((p) => ({
    path: p.path,
    message: p.message,
    reason: p.reason,
    kind: p.kind,
    index: p.index,
    code: p.code,
    field: p.field,
  }));
}

/**
 * Imports a data package all-or-nothing: every record is validated first and every problem
 * listed (PACKAGE_INVALID, nothing written); otherwise records are upserted by code and events
 * by (project, kind, date, document number) in one transaction, so importing twice equals
 * importing once. A dry run does everything and rolls back, reporting what would change.
 *
 * The package is checked twice. First outside any transaction, in slices: a package with
 * problems — a mistake or an attack, up to the body limit — is refused without holding the
 * database (on the embedded database, its only connection) and while other users are served.
 * Then again inside the writing transaction, against the data as it is at that moment.
 */
export async function importPackage(
  db: Db,
  actor: Actor,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const progress = new ProgressReporter(input, options.onProgress);
  progress.phase('checking');
  const precheck = await validatePackage(db, actor, input);
  if (!precheck.plan) throw packageInvalid(precheck);
  try {
    const summary = await db.transaction(async (tx) => {
      // Against the data as it is now; the records' schema checks of the precheck stand.
      const check = await validatePackage(tx, actor, input, precheck);
      const { plan } = check;
      if (!plan) throw packageInvalid(check);
      progress.phase('writing');
      const summary = await applyPlan(
        tx,
        actor,
        plan,
        options.dryRun ?? false,
        progress,
        () => packageHash(input, options.contentHash),
        options.bulk ?? progress.total > BULK_IMPORT_RECORDS,
      );
      if (options.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
    progress.phase('done');
    return summary;
  } catch (error) {
    if (error instanceof DryRunRollback) {
      progress.phase('done');
      return error.summary;
    }
    throw error;
  }
}

/** The content hash of the audit entry: the one given (of the bytes sent), else of the JSON text. */
function packageHash(input: unknown, given: string | undefined): string {
  return given ?? createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

/** Counts the records written and tells the listener, if any. */
class ProgressReporter {
  private readonly state: ImportProgress;
  get total() {
    return this.state.recordsTotal;
  }
  constructor(
    input: unknown,
    private readonly listener: ((progress: ImportProgress) => void) | undefined,
  ) {
    let total = 0;
    if (typeof input === 'object' && input !== null)
      for (const value of Object.values(input)) if (Array.isArray(value)) total += value.length;
    this.state = { phase: 'checking', kind: null, recordsDone: 0, recordsTotal: total };
  }
  phase(phase: ImportProgress['phase']) {
    this.state.phase = phase;
    this.state.kind = null;
    if (phase === 'done') this.state.recordsDone = this.state.recordsTotal;
    this.emit();
  }
  /** Writing `kind` begins. */
  begin(kind: RecordKind) {
    this.state.kind = kind;
    this.emit();
  }
  /** `count` more records of `kind` are written. */
  wrote(kind: RecordKind, count: number) {
    this.state.kind = kind;
    this.state.recordsDone = Math.min(this.state.recordsTotal, this.state.recordsDone + count);
    this.emit();
  }
  private emit() {
    this.listener?.({ ...this.state });
  }
}

async function applyPlan(
  tx: Executor,
  actor: Actor,
  plan: ImportPlan,
  dryRun: boolean,
  progress: ProgressReporter,
  contentHash: () => string,
  bulk: boolean,
): Promise<ImportSummary> {
  const { pkg } = plan;
  const empty = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
  const summary: ImportSummary = {
    dryRun,
    boards: empty(),
    zones: empty(),
    projects: empty(),
    licensingEvents: empty(),
    capitalImplementations: empty(),
    enterprises: empty(),
    enterpriseReports: empty(),
    calendarYears: empty(),
    procedures: empty(),
    dossiers: empty(),
    blocs: empty(),
    blocReturns: empty(),
  };
  // The reports' summaries (decision 024): for a large package, rebuilt once for its boards at the
  // end rather than by their triggers statement by statement (every row written below belongs to
  // one of these boards); a small one leaves them to the triggers, which touch only its records.
  const rebuildSummaries = progress.total >= SUMMARIES_REBUILT_FROM_RECORDS;
  if (rebuildSummaries) await tx.execute(sql`set local kcn.summaries = 'deferred'`);
  const add = (kind: RecordKind, counts: Counts) => {
    summary[kind].created += counts.created;
    summary[kind].updated += counts.updated;
    summary[kind].unchanged += counts.unchanged;
    progress.wrote(kind, counts.created + counts.updated + counts.unchanged);
  };

  // Boards, then their successions (a successor may come later in the package).
  const upserted = await upsertBoards(tx, actor, pkg.boards);
  const boardIds = new Map([
    ...[...plan.existingBoards].map(([code, row]): [string, string] => [code, row.id]),
    ...upserted.ids,
  ]);
  const succeeded = await applySuccessions(tx, actor, pkg.boards, boardIds);
  add('boards', {
    created: upserted.created,
    updated: upserted.updated + Math.min(succeeded, upserted.unchanged),
    unchanged: upserted.unchanged - Math.min(succeeded, upserted.unchanged),
  });
  // Boards created here become visible (and writable) to the national actor for the rest of the import.
  const writer: Actor = {
    ...actor,
    visibleBoardIds: [...new Set([...actor.visibleBoardIds, ...boardIds.values()])],
  };
  const boardIdOf = (code: string) => boardIds.get(code)!;

  // Zones.
  const zoneIds = new Map<string, string>();
  for (const [boardCode, records] of groupBy(pkg.zones, (z) => z.boardCode)) {
    // The package states the whole record: no history in it means the zone has none.
    const outcome = await upsertZones(
      tx,
      writer,
      boardIdOf(boardCode),
      records.map((z) => ({
        ...z,
        statusHistory: z.statusHistory ?? [],
        landHistory: z.landHistory ?? [],
        parentZoneCode: z.parentZoneCode ?? null,
      })),
    );
    for (const row of outcome.rows) zoneIds.set(`${boardCode}|${row.code}`, row.id);
    // Which boards held the zones before (organisation-v1); none stated: as stored.
    const histories = records.flatMap((record) => {
      const zone = outcome.rows.find((row) => row.code === record.code);
      return zone && record.boardHistory
        ? [
            {
              zone,
              history: record.boardHistory.map((h) => ({
                boardId: boardIdOf(h.boardCode),
                since: h.since ?? null,
              })),
            },
          ]
        : [];
    });
    const moved = await replaceBoardHistories(tx, writer, histories);
    add('zones', {
      ...outcome,
      updated: outcome.updated + Math.min(moved, outcome.unchanged),
      unchanged: outcome.unchanged - Math.min(moved, outcome.unchanged),
    });
  }
  const zoneIdOf = async (boardCode: string, codes: string[]) => {
    const missing = codes.filter((c) => !zoneIds.has(`${boardCode}|${c}`));
    for (const row of await findZonesByCodes(tx, boardIdOf(boardCode), [...new Set(missing)]))
      zoneIds.set(`${boardCode}|${row.code}`, row.id);
    return (code: string) => zoneIds.get(`${boardCode}|${code}`)!;
  };

  // Projects.
  progress.begin('projects');
  const projectRows = new Map<string, ProjectRow>();
  for (const [boardCode, records] of groupBy(pkg.projects, (p) => p.boardCode)) {
    const zoneId = await zoneIdOf(
      boardCode,
      records.map((r) => r.zoneCode),
    );
    const outcome = await upsertProjects(
      tx,
      writer,
      boardIdOf(boardCode),
      records.map((r) => ({ ...r, zoneId: zoneId(r.zoneCode) })),
      { bulk },
    );
    for (const row of outcome.rows) projectRows.set(`${boardCode}|${row.code}`, row);
    add('projects', outcome);
  }
  const projectOf = async (pairs: [string, string][]) => {
    for (const [boardCode, codes] of groupBy(
      pairs.filter(([b, c]) => !projectRows.has(`${b}|${c}`)),
      ([b]) => b,
    )) {
      for (const row of await findProjectsByCodes(tx, boardIdOf(boardCode), [
        ...new Set(codes.map(([, c]) => c)),
      ])) {
        projectRows.set(`${boardCode}|${row.code}`, row);
      }
    }
    return (boardCode: string, code: string) => projectRows.get(`${boardCode}|${code}`)!;
  };

  // Licensing events, in package order per project.
  progress.begin('licensingEvents');
  const eventProject = await projectOf(
    pkg.licensingEvents.map((e) => [plan.boardOfProject.get(e.projectCode)!, e.projectCode]),
  );
  const incoming = new Map<string, IncomingEvent[]>();
  const projectsById = new Map<string, ProjectRow>();
  await eachInSlices(pkg.licensingEvents, (event, sourceIndex) => {
    const project = eventProject(plan.boardOfProject.get(event.projectCode)!, event.projectCode);
    projectsById.set(project.id, project);
    incoming.set(project.id, [
      ...(incoming.get(project.id) ?? []),
      {
        kind: event.kind,
        date: event.date,
        documentNo: event.documentNo,
        capitalVnd: event.capitalVnd ? BigInt(event.capitalVnd) : null,
        capitalUsd: event.capitalUsd ? normaliseUsd(event.capitalUsd) : null,
        sourceIndex,
      },
    ]);
  });
  add('licensingEvents', await upsertLicensingEvents(tx, writer, projectsById, incoming, { bulk }));

  // Implemented capital.
  progress.begin('capitalImplementations');
  const implementationProject = await projectOf(
    pkg.capitalImplementations.map((i) => [plan.boardOfProject.get(i.projectCode)!, i.projectCode]),
  );
  const implementationItems = pkg.capitalImplementations.map((item) => {
    const project = implementationProject(plan.boardOfProject.get(item.projectCode)!, item.projectCode);
    projectsById.set(project.id, project);
    return { projectId: project.id, asOf: item.asOf, implementedVnd: BigInt(item.implementedVnd) };
  });
  add(
    'capitalImplementations',
    await upsertImplementations(tx, writer, projectsById, implementationItems, { bulk }),
  );

  // Enterprises and their reports.
  progress.begin('enterprises');
  const enterpriseRows = new Map<string, EnterpriseRow>();
  for (const [boardCode, records] of groupBy(pkg.enterprises, (e) => e.boardCode)) {
    const zoneId = await zoneIdOf(
      boardCode,
      records.map((r) => r.zoneCode),
    );
    const project = await projectOf(
      records.flatMap((r) => (r.projectCodes ?? []).map((c): [string, string] => [boardCode, c])),
    );
    const outcome = await upsertEnterprises(
      tx,
      writer,
      boardIdOf(boardCode),
      records.map((r) => ({
        taxCode: r.taxCode,
        zoneId: zoneId(r.zoneCode),
        name: r.name,
        investmentType: r.investmentType,
        projectIds: (r.projectCodes ?? []).map((c) => project(boardCode, c).id),
      })),
      { bulk },
    );
    for (const row of outcome.rows) enterpriseRows.set(`${boardCode}|${row.taxCode}`, row);
    add('enterprises', outcome);
  }
  const missingEnterprises = pkg.enterpriseReports.filter(
    (r) => !enterpriseRows.has(`${plan.boardOfEnterprise.get(r.taxCode)}|${r.taxCode}`),
  );
  for (const row of await findEnterprisesByTaxCodes(tx, writer.visibleBoardIds, [
    ...new Set(missingEnterprises.map((r) => r.taxCode)),
  ])) {
    const boardCode = plan.boardOfEnterprise.get(row.taxCode);
    if (boardCode && boardIds.get(boardCode) === row.boardId)
      enterpriseRows.set(`${boardCode}|${row.taxCode}`, row);
  }
  // A package is the board's own data: what it carries is accepted (and locked), whatever state
  // an enterprise's filing of the period was in.
  progress.begin('enterpriseReports');
  const accepted = (records: readonly DataPackage['enterpriseReports'][number][]) =>
    records.map(({ taxCode, ...figures }) => ({
      enterprise: enterpriseRows.get(`${plan.boardOfEnterprise.get(taxCode)}|${taxCode}`)!,
      ...figures,
    }));
  if (bulk) {
    // A chunk at a time (a national package holds millions), counted as written: the progress
    // bar moves; the summary once at the end.
    await inBulkChunks(pkg.enterpriseReports, async (records) => {
      const counts = await recordAcceptedReportsInBulk(tx, writer, accepted(records), (count) =>
        progress.wrote('enterpriseReports', count),
      );
      for (const key of ['created', 'updated', 'unchanged'] as const)
        summary.enterpriseReports[key] += counts[key];
    });
  } else {
    add('enterpriseReports', await recordAcceptedReports(tx, writer, accepted(pkg.enterpriseReports)));
  }

  // The one-stop shop: calendar years, procedures and dossiers, then the due dates (one-stop-v1).
  const oneStop = await upsertPackageOneStop(tx, writer, pkg, boardIdOf);
  add('calendarYears', oneStop.calendarYears);
  add('procedures', oneStop.procedures);
  add('dossiers', oneStop.dossiers);

  // Blocs, their years and the members' returns (blocs-v1).
  const blocs = await upsertPackageBlocs(tx, writer, pkg);
  add('blocs', blocs.blocs);
  add('blocReturns', blocs.blocReturns);

  const changed = Object.values(summary).some((c) => typeof c === 'object' && c.created + c.updated > 0);
  if (rebuildSummaries) {
    if (changed) await tx.execute(sql`select summaries_rebuild(${uuidArray([...boardIds.values()])})`);
    await tx.execute(sql`set local kcn.summaries = ''`);
  }
  if (changed && !dryRun) {
    await recordAudit(tx, actor, [
      {
        boardId: boardIds.size === 1 ? [...boardIds.values()][0]! : null,
        action: 'import',
        entityType: 'data_package',
        entityId: randomUUID(),
        entityKey: [...boardIds.keys()].join(','),
        after: { exportedAt: pkg.exportedAt ?? null, contentHash: contentHash(), ...summary },
      },
    ]);
  }
  return summary;
}

export type { DataPackage };
