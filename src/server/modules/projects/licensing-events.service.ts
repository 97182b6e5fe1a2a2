import { assertCan, type Actor } from '../../kernel/actor.ts';
import { slicer } from '../../kernel/cooperative.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { toVietnamTimestamp, vietnamToday } from '../../../domain/calendar-date.ts';
import { lifecycleOf, orderLedger, walkLedger, type LedgerEvent } from '../../../domain/licensing-ledger.ts';
import {
  certificateNumberTaken,
  fdiWithoutUsd,
  isAfter,
  LICENSING_RULE_MESSAGES,
} from '../../../domain/licensing-rules.ts';
import { implementationsOfProjects } from './capital-implementations.repository.ts';
import { centsToUsd, normaliseUsd, usdToCents } from '../../../domain/money.ts';
import * as repo from './licensing-events.repository.ts';
import { eventKey, mergeLedger, type IncomingEvent, type LedgerMerge } from './licensing-ledger.merge.ts';
import { LEDGER_PROBLEM_MESSAGES, ProjectErrors } from './projects.errors.ts';
import { findProjectById, lockProject, setLifecycle, type ProjectRow } from './projects.repository.ts';
import type {
  LicensingEvent,
  ListLicensingEventsQuery,
  RecordLicensingEventBody,
  UpdateLicensingEventBody,
} from './projects.schemas.ts';
import { licensingEvents } from './projects.tables.ts';
import { insertEventsInBulk, setLifecycles } from './projects.bulk.repository.ts';

export type { LicensingEventRow } from './licensing-events.repository.ts';
export type { IncomingEvent } from './licensing-ledger.merge.ts';
export { mergeLedger } from './licensing-ledger.merge.ts';

function asLedgerEvent(row: repo.LicensingEventRow): LedgerEvent & { row: repo.LicensingEventRow } {
  return {
    kind: row.kind,
    date: row.eventDate,
    seq: row.seq,
    capitalVnd: row.capitalVnd,
    capitalUsdCents: row.capitalUsd === null ? null : usdToCents(row.capitalUsd),
    row,
  };
}

/** A project's recorded events as its ordered licensing history. */
export function ledgerOf(rows: readonly repo.LicensingEventRow[]): LedgerEvent[] {
  return orderLedger(rows.map(asLedgerEvent));
}

const text = (value: bigint | null) => (value === null ? null : value.toString());
const usd = (cents: bigint | null) => (cents === null ? null : centsToUsd(cents));

/** A project's events as certificate versions: the capital before and after each. */
export function presentLedger(rows: repo.LicensingEventRow[]): LicensingEvent[] {
  return walkLedger(orderLedger(rows.map(asLedgerEvent))).map((entry) => {
    const row = entry.event.row;
    return {
      id: row.id,
      projectId: row.projectId,
      kind: row.kind,
      date: row.eventDate,
      seq: row.seq,
      documentNo: row.documentNo,
      capitalVnd: text(row.capitalVnd),
      capitalUsd: row.capitalUsd,
      note: row.note,
      capitalVndBefore: text(entry.vndBefore),
      capitalVndAfter: text(entry.vndAfter),
      capitalUsdBefore: usd(entry.usdBefore),
      capitalUsdAfter: usd(entry.usdAfter),
      capitalChangeVnd: row.kind === 'new' ? text(row.capitalVnd) : text(entry.vndChange),
      version: row.version,
      createdAt: toVietnamTimestamp(row.createdAt),
      updatedAt: toVietnamTimestamp(row.updatedAt),
    };
  });
}

/** The contract's problems with a merged history, as error details naming each event. */
export function ledgerProblemDetails(
  merge: LedgerMerge,
  pathOf: (event: LedgerMerge['ordered'][number] | null) => string,
): ErrorDetail[] {
  return merge.problems.map((problem) => ({
    path: pathOf(problem.event),
    message: LEDGER_PROBLEM_MESSAGES[problem.reason],
    reason: problem.reason,
  }));
}

/** An event about to be written, with the document number it bears and where the request states it. */
export interface WrittenEvent {
  event: LedgerEvent;
  documentNo: string;
  /** The request's path of the event ("body", "body.certificate"). */
  path: string;
}

/**
 * The rules of domain/licensing-rules.ts for events about to be written to one project (the API's
 * forms; the package importer applies the same functions): not dated after today in Vietnam, a
 * certificate number no other project of the board bears, USD stated where an FDI project needs
 * it (`ordered` is the project's whole history as it will be, holding the written events), and
 * no implemented capital after a termination. Each problem as an error detail.
 */
export async function writtenEventProblems(
  executor: Executor,
  project: { id: string | null; boardId: string; investmentType: 'FDI' | 'DDI' },
  ordered: readonly LedgerEvent[],
  written: readonly WrittenEvent[],
  today: string = vietnamToday(),
): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  for (const { event, path } of written) {
    if (isAfter(event.date, today))
      problems.push({
        path: `${path}.date`,
        message: LICENSING_RULE_MESSAGES.EVENT_DATE_IN_FUTURE,
        reason: 'EVENT_DATE_IN_FUTURE',
      });
  }
  const lacking = new Set(fdiWithoutUsd(ordered, project.investmentType).map((index) => ordered[index]));
  for (const { event, path } of written) {
    if (lacking.has(event))
      problems.push({
        path: `${path}.capitalUsd`,
        message: LICENSING_RULE_MESSAGES.FDI_WITHOUT_USD,
        reason: 'FDI_WITHOUT_USD',
      });
  }
  const used = await repo.certificatesNumbered(
    executor,
    [project.boardId],
    written.map((w) => w.documentNo),
  );
  for (const { event, documentNo, path } of written) {
    if (certificateNumberTaken({ kind: event.kind, documentNo, projectId: project.id ?? '' }, used))
      problems.push({
        path: `${path}.documentNo`,
        message: LICENSING_RULE_MESSAGES.DOCUMENT_NO_TAKEN,
        reason: 'DOCUMENT_NO_TAKEN',
      });
  }
  const termination = written.find((w) => w.event.kind === 'termination');
  if (termination && project.id !== null) {
    const end = ordered.find((e) => e.kind === 'termination')?.date ?? termination.event.date;
    const later = (await implementationsOfProjects(executor, [project.id])).filter((row) => row.asOf > end);
    if (later.length > 0)
      problems.push({
        path: `${termination.path}.date`,
        message: `${LICENSING_RULE_MESSAGES.IMPLEMENTED_AFTER_TERMINATION} (${later.map((row) => row.asOf).join(', ')})`,
        reason: 'IMPLEMENTED_AFTER_TERMINATION',
      });
  }
  return problems;
}

async function refreshLifecycle(tx: Executor, project: ProjectRow, rows: repo.LicensingEventRow[]) {
  const lifecycle = lifecycleOf(orderLedger(rows.map(asLedgerEvent)));
  if (
    lifecycle.status !== project.status ||
    lifecycle.licensedOn !== project.licensedOn ||
    lifecycle.terminatedOn !== project.terminatedOn
  ) {
    await setLifecycle(tx, project.id, lifecycle);
  }
}

async function loadProjectForWrite(tx: Executor, actor: Actor, projectId: string): Promise<ProjectRow> {
  const project = await findProjectById(tx, actor.visibleBoardIds, projectId);
  if (!project) throw ProjectErrors.PROJECT_NOT_FOUND();
  assertCan(actor, 'records.write', project.boardId);
  await lockProject(tx, project.id);
  return project;
}

function incomingFrom(body: {
  kind: repo.LicensingEventRow['kind'];
  date: string;
  documentNo: string;
  capitalVnd?: string | null | undefined;
  capitalUsd?: string | null | undefined;
}): IncomingEvent {
  return {
    kind: body.kind,
    date: body.date,
    documentNo: body.documentNo,
    capitalVnd: body.capitalVnd ? BigInt(body.capitalVnd) : null,
    capitalUsd: body.capitalUsd ? normaliseUsd(body.capitalUsd) : null,
    sourceIndex: 0,
  };
}

/** Records an adjustment (điều chỉnh) or a termination (chấm dứt) of a project. */
export async function recordLicensingEvent(
  db: Db,
  actor: Actor,
  projectId: string,
  body: RecordLicensingEventBody,
): Promise<string> {
  return db.transaction(async (tx) => {
    const project = await loadProjectForWrite(tx, actor, projectId);
    const existing = await repo.eventsOfProjects(tx, [project.id]);
    const incoming = incomingFrom(body);
    if (
      existing.some(
        (row) =>
          eventKey({ kind: row.kind, date: row.eventDate, documentNo: row.documentNo }) ===
          eventKey(incoming),
      )
    ) {
      throw ProjectErrors.LICENSING_EVENT_DUPLICATE([
        { path: 'body.documentNo', message: 'Đã có lần cấp phép này.', reason: 'duplicate' },
      ]);
    }
    const merge = mergeLedger(existing, [incoming]);
    if (merge.problems.length > 0) {
      throw ProjectErrors.LICENSING_HISTORY_INVALID(ledgerProblemDetails(merge, () => 'body.date'));
    }
    const written: LedgerEvent = {
      kind: incoming.kind,
      date: incoming.date,
      seq: merge.inserts[0]!.seq,
      capitalVnd: incoming.capitalVnd,
      capitalUsdCents: incoming.capitalUsd === null ? null : usdToCents(incoming.capitalUsd),
    };
    const invalid = await writtenEventProblems(
      tx,
      project,
      orderLedger([...existing.map(asLedgerEvent), written]),
      [{ event: written, documentNo: incoming.documentNo, path: 'body' }],
    );
    if (invalid.length > 0) throw ProjectErrors.LICENSING_EVENT_INVALID(invalid);
    const [row] = await repo.insertEvents(tx, [
      {
        boardId: project.boardId,
        projectId: project.id,
        kind: body.kind,
        eventDate: body.date,
        seq: merge.inserts[0]!.seq,
        documentNo: body.documentNo,
        capitalVnd: incoming.capitalVnd,
        capitalUsd: incoming.capitalUsd,
        note: body.note ?? null,
      },
    ]);
    const rows = [...existing, row!];
    await refreshLifecycle(tx, project, rows);
    await recordAudit(tx, actor, [
      {
        boardId: project.boardId,
        action: 'create',
        entityType: 'licensing_event',
        entityId: row!.id,
        entityKey: `${project.code} ${body.documentNo}`,
        after: row,
      },
    ]);
    return project.id;
  });
}

/** Corrects a recorded event; the whole history must still hold afterwards. */
export async function updateLicensingEvent(
  db: Db,
  actor: Actor,
  eventId: string,
  body: UpdateLicensingEventBody,
): Promise<string> {
  return db.transaction(async (tx) => {
    const current = await repo.findEventById(tx, actor.visibleBoardIds, eventId);
    if (!current) throw ProjectErrors.LICENSING_EVENT_NOT_FOUND();
    const project = await loadProjectForWrite(tx, actor, current.projectId);
    if (body.version !== current.version) throw versionConflict(current.version);
    const next: repo.LicensingEventRow = {
      ...current,
      eventDate: body.date ?? current.eventDate,
      documentNo: body.documentNo ?? current.documentNo,
      capitalVnd:
        body.capitalVnd === undefined
          ? current.capitalVnd
          : body.capitalVnd === null
            ? null
            : BigInt(body.capitalVnd),
      capitalUsd:
        body.capitalUsd === undefined
          ? current.capitalUsd
          : body.capitalUsd === null
            ? null
            : normaliseUsd(body.capitalUsd),
      note: body.note === undefined ? current.note : body.note,
    };
    const existing = await repo.eventsOfProjects(tx, [project.id]);
    const others = existing.filter((row) => row.id !== current.id);
    if (
      others.some(
        (row) =>
          eventKey({ kind: row.kind, date: row.eventDate, documentNo: row.documentNo }) ===
          eventKey({ kind: next.kind, date: next.eventDate, documentNo: next.documentNo }),
      )
    ) {
      throw ProjectErrors.LICENSING_EVENT_DUPLICATE([
        { path: 'body.documentNo', message: 'Đã có lần cấp phép này.', reason: 'duplicate' },
      ]);
    }
    const rows = [...others, next];
    const merge = mergeLedger(rows, []);
    if (merge.problems.length > 0)
      throw ProjectErrors.LICENSING_HISTORY_INVALID(ledgerProblemDetails(merge, () => 'body'));
    const written = asLedgerEvent(next);
    const invalid = await writtenEventProblems(
      tx,
      project,
      orderLedger([...others.map(asLedgerEvent), written]),
      [{ event: written, documentNo: next.documentNo, path: 'body' }],
    );
    if (invalid.length > 0) throw ProjectErrors.LICENSING_EVENT_INVALID(invalid);
    const row = await updateVersioned(tx, licensingEvents, current.id, body.version, current.version, {
      eventDate: next.eventDate,
      documentNo: next.documentNo,
      capitalVnd: next.capitalVnd,
      capitalUsd: next.capitalUsd,
      note: next.note,
    });
    const after = [...others, row];
    await refreshLifecycle(tx, project, after);
    await recordAudit(tx, actor, [
      {
        boardId: project.boardId,
        action: 'update',
        entityType: 'licensing_event',
        entityId: row.id,
        entityKey: `${project.code} ${row.documentNo}`,
        before: current,
        after: row,
        reason: body.reason,
      },
    ]);
    return project.id;
  });
}

const vnDate = (date: string) => date.split('-').reverse().join('/');

/**
 * What deleting an event would break in the rest of the history: an FDI adjustment that, with the
 * deleted event gone, changes the capital without stating USD (it stated the capital of the
 * deleted one again). Problems the history already had are not the deletion's.
 */
function deletionProblems(
  project: ProjectRow,
  rows: readonly repo.LicensingEventRow[],
  deleted: repo.LicensingEventRow,
): ErrorDetail[] {
  const before = orderLedger(rows.map(asLedgerEvent));
  const after = before.filter((event) => event.row.id !== deleted.id);
  const merge = mergeLedger(
    rows.filter((row) => row.id !== deleted.id),
    [],
  );
  const problems = ledgerProblemDetails(merge, () => 'params.id');
  const lackingBefore = new Set(
    fdiWithoutUsd(before, project.investmentType).map((index) => before[index]!.row.id),
  );
  for (const index of fdiWithoutUsd(after, project.investmentType)) {
    const row = after[index]!.row;
    if (lackingBefore.has(row.id)) continue;
    problems.push({
      path: 'params.id',
      message: `Sau khi xóa, lần điều chỉnh ngày ${vnDate(row.eventDate)} (số ${row.documentNo}) làm thay đổi vốn mà không ghi vốn USD. ${LICENSING_RULE_MESSAGES.FDI_WITHOUT_USD} Hãy ghi vốn USD cho lần điều chỉnh đó trước khi xóa.`,
      reason: 'FDI_WITHOUT_USD',
    });
  }
  return problems;
}

/**
 * Deletes an adjustment or a termination (deleting the termination undoes it: the project is in
 * force again). The new certificate is never deleted: the project itself is.
 */
export async function deleteLicensingEvent(
  db: Db,
  actor: Actor,
  eventId: string,
  query: { version: number; reason: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const current = await repo.findEventById(tx, actor.visibleBoardIds, eventId);
    if (!current) throw ProjectErrors.LICENSING_EVENT_NOT_FOUND();
    const project = await loadProjectForWrite(tx, actor, current.projectId);
    if (query.version !== current.version) throw versionConflict(current.version);
    if (current.kind === 'new') throw ProjectErrors.LICENSING_EVENT_NEW_UNDELETABLE();
    const existing = await repo.eventsOfProjects(tx, [project.id]);
    const problems = deletionProblems(project, existing, current);
    if (problems.length > 0) throw ProjectErrors.LICENSING_HISTORY_INVALID(problems);
    await repo.deleteEvent(tx, current.id);
    const rows = existing.filter((row) => row.id !== current.id);
    await refreshLifecycle(tx, project, rows);
    await recordAudit(tx, actor, [
      {
        boardId: project.boardId,
        action: 'delete',
        entityType: 'licensing_event',
        entityId: current.id,
        entityKey: `${project.code} ${current.documentNo}`,
        before: current,
        reason: query.reason,
      },
    ]);
    return project.id;
  });
}

export async function listLicensingEvents(db: Db, actor: Actor, query: ListLicensingEventsQuery) {
  const boardIds = readableBoardIds(actor, 'records.read', query.boardId);
  const { rows, total } = await repo.listBoardEvents(
    db,
    {
      boardIds,
      zoneIds: query.zoneId,
      projectId: query.projectId,
      kinds: query.kind,
      investmentTypes: query.investmentType,
      from: query.from,
      to: query.to,
      change: query.change,
    },
    query,
  );
  const items = rows.map((r) => {
    const vndBefore = r.vndBefore === null ? null : BigInt(r.vndBefore);
    const vndAfter = r.event.capitalVnd ?? vndBefore;
    const usdBefore = r.usdBefore;
    return {
      id: r.event.id,
      projectId: r.event.projectId,
      kind: r.event.kind,
      date: r.event.eventDate,
      seq: r.event.seq,
      documentNo: r.event.documentNo,
      capitalVnd: text(r.event.capitalVnd),
      capitalUsd: r.event.capitalUsd,
      note: r.event.note,
      capitalVndBefore: text(vndBefore),
      capitalVndAfter: text(vndAfter),
      capitalUsdBefore: usdBefore,
      capitalUsdAfter: r.event.capitalUsd ?? usdBefore,
      capitalChangeVnd:
        r.event.kind === 'new'
          ? text(r.event.capitalVnd)
          : r.event.capitalVnd === null
            ? null
            : (r.event.capitalVnd - (vndBefore ?? 0n)).toString(),
      version: r.event.version,
      createdAt: toVietnamTimestamp(r.event.createdAt),
      updatedAt: toVietnamTimestamp(r.event.updatedAt),
      project: {
        id: r.event.projectId,
        code: r.projectCode,
        name: r.projectName,
        investmentType: r.investmentType,
        zoneCode: r.zoneCode,
      },
    };
  });
  return { items, page: query.page, pageSize: query.pageSize, total };
}

/** How a data package's write goes: `bulk` is set-based, with no audit entry per record. */
export interface BulkWriteOptions {
  bulk?: boolean;
}

/**
 * Writes incoming events of several projects of one board (data package import): inserts,
 * in-place updates by (kind, date, document number), lifecycle refresh, audit. The caller has
 * validated the merged histories with mergeLedger(); this re-checks and refuses on any problem.
 */
export async function upsertLicensingEvents(
  tx: Executor,
  actor: Actor,
  projectsById: Map<string, ProjectRow>,
  incomingByProject: Map<string, IncomingEvent[]>,
  options: BulkWriteOptions = {},
): Promise<{ created: number; updated: number; unchanged: number }> {
  const projectIds = [...incomingByProject.keys()];
  const existing = await repo.eventsOfProjects(tx, projectIds);
  const existingByProject = new Map<string, repo.LicensingEventRow[]>();
  for (const row of existing) {
    const rows = existingByProject.get(row.projectId);
    if (rows) rows.push(row);
    else existingByProject.set(row.projectId, [row]);
  }
  const outcome = { created: 0, updated: 0, unchanged: 0 };
  const toInsert: (typeof licensingEvents.$inferInsert)[] = [];
  const audit: AuditEntry[] = [];
  // A national package brings 100 000 events: other requests are served between slices.
  const pause = slicer();
  for (const [projectId, incoming] of incomingByProject) {
    await pause();
    const project = projectsById.get(projectId)!;
    assertCan(actor, 'records.write', project.boardId);
    const rows = existingByProject.get(projectId) ?? [];
    const merge = mergeLedger(rows, incoming);
    if (merge.problems.length > 0)
      throw ProjectErrors.LICENSING_HISTORY_INVALID(
        ledgerProblemDetails(merge, () => `projects.${project.code}`),
      );
    for (const { incoming: event, seq } of merge.inserts) {
      toInsert.push({
        boardId: project.boardId,
        projectId,
        kind: event.kind,
        eventDate: event.date,
        seq,
        documentNo: event.documentNo,
        capitalVnd: event.capitalVnd,
        capitalUsd: event.capitalUsd,
      });
    }
    for (const { row, incoming: event } of merge.updates) {
      const updated = await updateVersioned(tx, licensingEvents, row.id, row.version, row.version, {
        capitalVnd: event.capitalVnd,
        capitalUsd: event.capitalUsd,
      });
      if (!options.bulk)
        audit.push({
          boardId: project.boardId,
          action: 'update',
          entityType: 'licensing_event',
          entityId: row.id,
          entityKey: `${project.code} ${row.documentNo}`,
          before: row,
          after: updated,
        });
    }
    outcome.updated += merge.updates.length;
    outcome.unchanged += merge.unchanged;
  }
  if (options.bulk) {
    // Set-based, audited once for the package by the importer.
    outcome.created = await insertEventsInBulk(
      tx,
      toInsert.map((e) => ({
        boardId: e.boardId,
        projectId: e.projectId,
        kind: e.kind,
        eventDate: e.eventDate,
        seq: e.seq,
        documentNo: e.documentNo,
        capitalVnd: e.capitalVnd ?? null,
        capitalUsd: e.capitalUsd ?? null,
      })),
    );
    if (outcome.created + outcome.updated > 0) {
      const all = await repo.eventsOfProjects(tx, projectIds);
      const allByProject = new Map<string, repo.LicensingEventRow[]>();
      for (const row of all) {
        const rows = allByProject.get(row.projectId);
        if (rows) rows.push(row);
        else allByProject.set(row.projectId, [row]);
      }
      await setLifecycles(
        tx,
        projectIds.flatMap((projectId) => {
          const project = projectsById.get(projectId)!;
          const lifecycle = lifecycleOf(orderLedger((allByProject.get(projectId) ?? []).map(asLedgerEvent)));
          return lifecycle.status !== project.status ||
            lifecycle.licensedOn !== project.licensedOn ||
            lifecycle.terminatedOn !== project.terminatedOn
            ? [{ projectId, ...lifecycle }]
            : [];
        }),
      );
    }
    return outcome;
  }
  const inserted = await repo.insertEvents(tx, toInsert);
  outcome.created = inserted.length;
  for (const row of inserted) {
    const project = projectsById.get(row.projectId)!;
    audit.push({
      boardId: row.boardId,
      action: 'create',
      entityType: 'licensing_event',
      entityId: row.id,
      entityKey: `${project.code} ${row.documentNo}`,
      after: row,
    });
  }
  if (outcome.created + outcome.updated > 0) {
    const all = await repo.eventsOfProjects(tx, projectIds);
    const allByProject = new Map<string, repo.LicensingEventRow[]>();
    for (const row of all) allByProject.set(row.projectId, [...(allByProject.get(row.projectId) ?? []), row]);
    for (const projectId of projectIds) {
      await refreshLifecycle(tx, projectsById.get(projectId)!, allByProject.get(projectId) ?? []);
    }
  }
  await recordAudit(tx, actor, audit);
  return outcome;
}

export { eventsOfProjects, eventsOfBoards } from './licensing-events.repository.ts';
