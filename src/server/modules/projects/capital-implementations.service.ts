import { insertImplementationsInBulk } from './projects.bulk.repository.ts';
import { slicer } from '../../kernel/cooperative.ts';
import type { BulkWriteOptions } from './licensing-events.service.ts';
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { implementationFindings, LICENSING_RULE_MESSAGES } from '../../../domain/licensing-rules.ts';
import * as repo from './capital-implementations.repository.ts';
import { eventsOfProjects } from './licensing-events.repository.ts';
import { ledgerOf } from './licensing-events.service.ts';
import { ProjectErrors } from './projects.errors.ts';
import { findProjectById, type ProjectRow } from './projects.repository.ts';
import type { CapitalImplementation } from './projects.schemas.ts';
import { capitalImplementations } from './projects.tables.ts';

/** Something a write accepted but the user should look at. */
export interface ImplementationWarning {
  path: string;
  message: string;
  reason: string;
}

export type { CapitalImplementationRow } from './capital-implementations.repository.ts';

export function presentImplementation(row: repo.CapitalImplementationRow): CapitalImplementation {
  return {
    id: row.id,
    projectId: row.projectId,
    asOf: row.asOf,
    implementedVnd: row.implementedVnd.toString(),
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

/**
 * An implemented-capital figure against the project's licensing history: refused when dated
 * after the termination; above the registered capital at its date, a warning to show.
 */
async function implementationWarnings(
  tx: Executor,
  project: ProjectRow,
  entry: { asOf: string; implementedVnd: bigint },
): Promise<ImplementationWarning[]> {
  const findings = implementationFindings(ledgerOf(await eventsOfProjects(tx, [project.id])), entry);
  if (findings.refusal)
    throw ProjectErrors.CAPITAL_IMPLEMENTATION_INVALID([
      {
        path: 'body.asOf',
        message: `${LICENSING_RULE_MESSAGES[findings.refusal]} (${project.terminatedOn ?? ''})`,
        reason: findings.refusal,
      },
    ]);
  return findings.warnings.map((reason) => ({
    path: 'body.implementedVnd',
    message: LICENSING_RULE_MESSAGES[reason],
    reason,
  }));
}

async function writableProject(tx: Executor, actor: Actor, projectId: string): Promise<ProjectRow> {
  const project = await findProjectById(tx, actor.visibleBoardIds, projectId);
  if (!project) throw ProjectErrors.PROJECT_NOT_FOUND();
  assertCan(actor, 'records.write', project.boardId);
  return project;
}

/** Records the cumulative implemented capital (vốn thực hiện lũy kế) of a project at a date. */
export async function recordImplementation(
  db: Db,
  actor: Actor,
  projectId: string,
  body: { asOf: string; implementedVnd: string },
): Promise<{ projectId: string; warnings: ImplementationWarning[] }> {
  return db.transaction(async (tx) => {
    const project = await writableProject(tx, actor, projectId);
    const existing = await repo.implementationsOfProjects(tx, [project.id]);
    if (existing.some((row) => row.asOf === body.asOf)) {
      throw ProjectErrors.CAPITAL_IMPLEMENTATION_EXISTS([
        { path: 'body.asOf', message: 'Đã có số liệu tại ngày này.', reason: 'duplicate' },
      ]);
    }
    const warnings = await implementationWarnings(tx, project, {
      asOf: body.asOf,
      implementedVnd: BigInt(body.implementedVnd),
    });
    const [row] = await repo.insertImplementations(tx, [
      {
        boardId: project.boardId,
        projectId: project.id,
        asOf: body.asOf,
        implementedVnd: BigInt(body.implementedVnd),
      },
    ]);
    await recordAudit(tx, actor, [
      {
        boardId: project.boardId,
        action: 'create',
        entityType: 'capital_implementation',
        entityId: row!.id,
        entityKey: `${project.code} ${body.asOf}`,
        after: row,
      },
    ]);
    return { projectId: project.id, warnings };
  });
}

export async function updateImplementation(
  db: Db,
  actor: Actor,
  id: string,
  body: { version: number; reason: string; asOf?: string | undefined; implementedVnd?: string | undefined },
): Promise<{ projectId: string; warnings: ImplementationWarning[] }> {
  return db.transaction(async (tx) => {
    const current = await repo.findImplementationById(tx, actor.visibleBoardIds, id);
    if (!current) throw ProjectErrors.CAPITAL_IMPLEMENTATION_NOT_FOUND();
    const project = await writableProject(tx, actor, current.projectId);
    if (body.asOf && body.asOf !== current.asOf) {
      const clash = (await repo.implementationsOfProjects(tx, [project.id])).some(
        (row) => row.asOf === body.asOf,
      );
      if (clash)
        throw ProjectErrors.CAPITAL_IMPLEMENTATION_EXISTS([
          { path: 'body.asOf', message: 'Đã có số liệu tại ngày này.', reason: 'duplicate' },
        ]);
    }
    const next = {
      asOf: body.asOf ?? current.asOf,
      implementedVnd:
        body.implementedVnd === undefined ? current.implementedVnd : BigInt(body.implementedVnd),
    };
    const warnings = await implementationWarnings(tx, project, next);
    const row = await updateVersioned(tx, capitalImplementations, id, body.version, current.version, next);
    await recordAudit(tx, actor, [
      {
        boardId: project.boardId,
        action: 'update',
        entityType: 'capital_implementation',
        entityId: id,
        entityKey: `${project.code} ${row.asOf}`,
        before: current,
        after: row,
        reason: body.reason,
      },
    ]);
    return { projectId: project.id, warnings };
  });
}

export async function deleteImplementation(
  db: Db,
  actor: Actor,
  id: string,
  query: { version: number; reason: string },
) {
  return db.transaction(async (tx) => {
    const current = await repo.findImplementationById(tx, actor.visibleBoardIds, id);
    if (!current) throw ProjectErrors.CAPITAL_IMPLEMENTATION_NOT_FOUND();
    const project = await writableProject(tx, actor, current.projectId);
    if (query.version !== current.version) throw versionConflict(current.version);
    await repo.deleteImplementation(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: project.boardId,
        action: 'delete',
        entityType: 'capital_implementation',
        entityId: id,
        entityKey: `${project.code} ${current.asOf}`,
        before: current,
        reason: query.reason,
      },
    ]);
    return project.id;
  });
}

/** Creates or updates implemented-capital entries by (project, date) — data package import. */
export async function upsertImplementations(
  tx: Executor,
  actor: Actor,
  projectsById: Map<string, ProjectRow>,
  items: { projectId: string; asOf: string; implementedVnd: bigint }[],
  options: BulkWriteOptions = {},
): Promise<{ created: number; updated: number; unchanged: number }> {
  const existing = await repo.implementationsOfProjects(tx, [...new Set(items.map((i) => i.projectId))]);
  const byKey = new Map(existing.map((row) => [`${row.projectId}|${row.asOf}`, row]));
  const outcome = { created: 0, updated: 0, unchanged: 0 };
  const audit: AuditEntry[] = [];
  const toInsert: (typeof capitalImplementations.$inferInsert)[] = [];
  const pause = slicer();
  for (const item of items) {
    await pause();
    const project = projectsById.get(item.projectId)!;
    assertCan(actor, 'records.write', project.boardId);
    const current = byKey.get(`${item.projectId}|${item.asOf}`);
    if (!current) {
      toInsert.push({
        boardId: project.boardId,
        projectId: item.projectId,
        asOf: item.asOf,
        implementedVnd: item.implementedVnd,
      });
    } else if (current.implementedVnd === item.implementedVnd) {
      outcome.unchanged++;
    } else {
      const row = await updateVersioned(
        tx,
        capitalImplementations,
        current.id,
        current.version,
        current.version,
        {
          implementedVnd: item.implementedVnd,
        },
      );
      if (!options.bulk)
        audit.push({
          boardId: project.boardId,
          action: 'update',
          entityType: 'capital_implementation',
          entityId: row.id,
          entityKey: `${project.code} ${row.asOf}`,
          before: current,
          after: row,
        });
      outcome.updated++;
    }
  }
  if (options.bulk) {
    // Set-based, audited once for the package by the importer.
    outcome.created = await insertImplementationsInBulk(
      tx,
      toInsert.map((i) => ({
        boardId: i.boardId,
        projectId: i.projectId,
        asOf: i.asOf,
        implementedVnd: i.implementedVnd,
      })),
    );
    return outcome;
  }
  const inserted = await repo.insertImplementations(tx, toInsert);
  outcome.created = inserted.length;
  for (const row of inserted) {
    audit.push({
      boardId: row.boardId,
      action: 'create',
      entityType: 'capital_implementation',
      entityId: row.id,
      entityKey: `${projectsById.get(row.projectId)!.code} ${row.asOf}`,
      after: row,
    });
  }
  await recordAudit(tx, actor, audit);
  return outcome;
}

export { implementationsOfBoards } from './capital-implementations.repository.ts';
