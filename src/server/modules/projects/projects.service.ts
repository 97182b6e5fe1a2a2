import type { BulkWriteOptions } from './licensing-events.service.ts';
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard, readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { countryName } from '../../../domain/countries.ts';
import { compareDecimal } from '../../../domain/decimal.ts';
import type { LedgerEvent } from '../../../domain/licensing-ledger.ts';
import { normaliseUsd, usdToCents } from '../../../domain/money.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import { findInvestorsByIds, resolveInvestors, type InvestorRow } from '../investors/index.ts';
import { findVisibleZone } from '../zones/index.ts';
import { presentImplementation } from './capital-implementations.service.ts';
import * as implementationsRepo from './capital-implementations.repository.ts';
import * as eventsRepo from './licensing-events.repository.ts';
import { presentLedger, writtenEventProblems } from './licensing-events.service.ts';
import { ProjectErrors } from './projects.errors.ts';
import * as repo from './projects.repository.ts';
import type {
  InvestorRef,
  ListProjectsQuery,
  ProjectDetail,
  ProjectSummary,
  RegisterProjectBody,
  UpdateProjectBody,
} from './projects.schemas.ts';
import { projects } from './projects.tables.ts';

export type { ProjectRow } from './projects.repository.ts';

/** A project as the data package describes it (investors by name and country). */
export interface ProjectRecord {
  code: string;
  zoneId: string;
  name: string;
  investmentType: repo.ProjectRow['investmentType'];
  investors: { name: string; country: string }[];
  sector?: string | null | undefined;
  landHa?: string | null | undefined;
}

export const projectSearchText = (p: { code: string; name: string }) =>
  normaliseForSearch(`${p.code} ${p.name}`);

function presentSummary(view: repo.ProjectViewRow, investorRows: InvestorRow[]): ProjectSummary {
  const p = view.project;
  const [implementedVnd, implementedAsOf] = view.implemented ? view.implemented.split('@') : [null, null];
  return {
    id: p.id,
    boardId: p.boardId,
    code: p.code,
    name: p.name,
    zone: { id: p.zoneId, code: view.zoneCode, name: view.zoneName },
    investmentType: p.investmentType,
    sector: p.sector,
    landHa: p.landHa,
    status: p.status,
    licensedOn: p.licensedOn,
    terminatedOn: p.terminatedOn,
    investors: investorRows.map((i) => ({
      id: i.id,
      name: i.name,
      country: i.country,
      countryName: countryName(i.country),
    })),
    registeredCapitalVnd: view.registeredCapitalVnd,
    registeredCapitalUsd: view.registeredCapitalUsd,
    implementedVnd: implementedVnd ?? null,
    implementedAsOf: implementedAsOf ?? null,
    version: p.version,
    createdAt: toVietnamTimestamp(p.createdAt),
    updatedAt: toVietnamTimestamp(p.updatedAt),
  };
}

export async function listProjects(db: Db, actor: Actor, query: ListProjectsQuery) {
  const boardIds = readableBoardIds(actor, 'records.read', query.boardId);
  const { rows, total } = await repo.listProjects(
    db,
    {
      boardIds,
      zoneIds: query.zoneId,
      investmentTypes: query.investmentType,
      statuses: query.status,
      licensedFrom: query.licensedFrom,
      licensedTo: query.licensedTo,
      inForceAt: query.inForceAt,
      investorId: query.investorId,
      q: query.q,
    },
    query,
  );
  const investorsByProject = await repo.investorsOfProjects(
    db,
    rows.map((r) => r.project.id),
  );
  return {
    items: rows.map((row) => presentSummary(row, investorsByProject.get(row.project.id) ?? [])),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

export async function getProject(db: Executor, actor: Actor, id: string): Promise<ProjectDetail> {
  const view = await repo.findProjectView(db, actor.visibleBoardIds, id);
  if (!view) throw ProjectErrors.PROJECT_NOT_FOUND();
  const [investorsByProject, events, implementations] = [
    await repo.investorsOfProjects(db, [id]),
    await eventsRepo.eventsOfProjects(db, [id]),
    await implementationsRepo.implementationsOfProjects(db, [id]),
  ];
  return {
    ...presentSummary(view, investorsByProject.get(id) ?? []),
    licensingEvents: presentLedger(events),
    capitalImplementations: implementations.map(presentImplementation),
  };
}

/** Resolves investor references of a form to investors of the board, creating named new ones. */
async function investorIdsFor(
  tx: Executor,
  actor: Actor,
  boardId: string,
  refs: InvestorRef[],
): Promise<string[]> {
  const byId = refs.flatMap((ref, index) => ('investorId' in ref ? [{ id: ref.investorId, index }] : []));
  const known = new Map(
    (
      await findInvestorsByIds(
        tx,
        boardId,
        byId.map((r) => r.id),
      )
    ).map((i) => [i.id, i]),
  );
  const missing: ErrorDetail[] = byId
    .filter((r) => !known.has(r.id))
    .map((r) => ({
      path: `body.investors.${r.index}.investorId`,
      message: 'Không có nhà đầu tư này trong Ban Quản lý.',
      reason: 'not_found',
    }));
  if (missing.length > 0) throw ProjectErrors.PROJECT_INVESTOR_NOT_FOUND(missing);
  const named = refs.flatMap((ref) => ('name' in ref ? [{ name: ref.name, country: ref.country }] : []));
  const created = await resolveInvestors(tx, actor, boardId, named);
  let namedIndex = 0;
  return refs.map((ref) => ('investorId' in ref ? ref.investorId : created[namedIndex++]!.id));
}

async function zoneOfBoard(tx: Executor, actor: Actor, boardId: string, zoneId: string) {
  const zone = await findVisibleZone(tx, actor, zoneId);
  if (!zone || zone.boardId !== boardId) {
    throw ProjectErrors.PROJECT_ZONE_NOT_FOUND([
      { path: 'body.zoneId', message: 'Khu không thuộc Ban Quản lý của dự án.', reason: 'not_found' },
    ]);
  }
  return zone;
}

/** Registers a project with its first certificate (cấp mới GCNĐKĐT / quyết định chủ trương). */
export async function registerProject(
  db: Db,
  actor: Actor,
  body: RegisterProjectBody,
): Promise<ProjectDetail> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'records.write',
    path: 'body.boardId',
    errors: {
      required: ProjectErrors.PROJECT_ZONE_NOT_FOUND,
      notFound: ProjectErrors.PROJECT_ZONE_NOT_FOUND,
    },
  });
  return db.transaction(async (tx) => {
    await zoneOfBoard(tx, actor, boardId, body.zoneId);
    if ((await repo.findProjectsByCodes(tx, boardId, [body.code])).length > 0) {
      throw ProjectErrors.PROJECT_CODE_TAKEN([
        { path: 'body.code', message: 'Mã số dự án đã được dùng.', reason: 'taken' },
      ]);
    }
    const investorIds = await investorIdsFor(tx, actor, boardId, body.investors);
    const certificate: LedgerEvent = {
      kind: 'new',
      date: body.certificate.date,
      seq: 1,
      capitalVnd: BigInt(body.certificate.capitalVnd),
      capitalUsdCents: body.certificate.capitalUsd ? usdToCents(body.certificate.capitalUsd) : null,
    };
    const invalid = await writtenEventProblems(
      tx,
      { id: null, boardId, investmentType: body.investmentType },
      [certificate],
      [{ event: certificate, documentNo: body.certificate.documentNo, path: 'body.certificate' }],
    );
    if (invalid.length > 0) throw ProjectErrors.LICENSING_EVENT_INVALID(invalid);
    const [project] = await repo.insertProjects(tx, [
      {
        boardId,
        zoneId: body.zoneId,
        code: body.code,
        name: body.name,
        investmentType: body.investmentType,
        sector: body.sector ?? null,
        landHa: body.landHa ?? null,
        status: 'active',
        licensedOn: body.certificate.date,
        searchText: projectSearchText(body),
      },
    ]);
    await repo.replaceProjectInvestors(tx, boardId, project!.id, investorIds);
    const [event] = await eventsRepo.insertEvents(tx, [
      {
        boardId,
        projectId: project!.id,
        kind: 'new',
        eventDate: body.certificate.date,
        seq: 1,
        documentNo: body.certificate.documentNo,
        capitalVnd: BigInt(body.certificate.capitalVnd),
        capitalUsd: body.certificate.capitalUsd ? normaliseUsd(body.certificate.capitalUsd) : null,
        note: body.certificate.note ?? null,
      },
    ]);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'project',
        entityId: project!.id,
        entityKey: project!.code,
        after: { ...project, investorIds },
      },
      {
        boardId,
        action: 'create',
        entityType: 'licensing_event',
        entityId: event!.id,
        entityKey: `${project!.code} ${event!.documentNo}`,
        after: event,
      },
    ]);
    return getProject(tx, actor, project!.id);
  });
}

export async function updateProject(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateProjectBody,
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const current = await repo.findProjectById(tx, actor.visibleBoardIds, id);
    if (!current) throw ProjectErrors.PROJECT_NOT_FOUND();
    assertCan(actor, 'records.write', current.boardId);
    if (body.version !== current.version) throw versionConflict(current.version);
    if (body.zoneId && body.zoneId !== current.zoneId)
      await zoneOfBoard(tx, actor, current.boardId, body.zoneId);
    const beforeInvestors = (await repo.investorsOfProjects(tx, [id])).get(id)?.map((i) => i.id) ?? [];
    const investorIds = body.investors
      ? await investorIdsFor(tx, actor, current.boardId, body.investors)
      : beforeInvestors;
    const next = { code: current.code, name: body.name ?? current.name };
    const row = await updateVersioned(tx, projects, id, body.version, current.version, {
      name: next.name,
      zoneId: body.zoneId ?? current.zoneId,
      investmentType: body.investmentType ?? current.investmentType,
      sector: body.sector === undefined ? current.sector : body.sector,
      landHa: body.landHa === undefined ? current.landHa : body.landHa,
      searchText: projectSearchText(next),
    });
    if (body.investors) await repo.replaceProjectInvestors(tx, current.boardId, id, investorIds);
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'update',
        entityType: 'project',
        entityId: id,
        entityKey: current.code,
        before: { ...current, investorIds: beforeInvestors },
        after: { ...row, investorIds },
      },
    ]);
    return getProject(tx, actor, id);
  });
}

/** Deletes a project recorded by mistake, with its licensing history and implemented capital. */
export async function deleteProject(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await repo.findProjectById(tx, actor.visibleBoardIds, id);
    if (!current) throw ProjectErrors.PROJECT_NOT_FOUND();
    assertCan(actor, 'records.write', current.boardId);
    if (version !== current.version) throw versionConflict(current.version);
    const events = await eventsRepo.eventsOfProjects(tx, [id]);
    const implementations = await implementationsRepo.implementationsOfProjects(tx, [id]);
    await repo.deleteProject(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'delete',
        entityType: 'project',
        entityId: id,
        entityKey: current.code,
        before: { ...current, licensingEvents: events, capitalImplementations: implementations },
      },
    ]);
  });
}

/** The stored columns of a project record (all but its board and code). */
function projectValues(record: ProjectRecord) {
  return {
    zoneId: record.zoneId,
    name: record.name,
    investmentType: record.investmentType,
    sector: record.sector ?? null,
    landHa: record.landHa ?? null,
    searchText: projectSearchText(record),
  };
}

function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return compareDecimal(a, b) === 0;
}

/**
 * Creates or updates projects of one board by project code (data package import). A project's
 * investors are replaced by the record's list. Audited in the caller's transaction.
 */
export async function upsertProjects(
  tx: Executor,
  actor: Actor,
  boardId: string,
  records: ProjectRecord[],
  options: BulkWriteOptions = {},
): Promise<{ rows: repo.ProjectRow[]; created: number; updated: number; unchanged: number }> {
  assertCan(actor, 'records.write', boardId);
  const existing = new Map(
    (
      await repo.findProjectsByCodes(
        tx,
        boardId,
        records.map((r) => r.code),
      )
    ).map((p) => [p.code, p]),
  );
  const currentInvestors = await repo.investorsOfProjects(
    tx,
    [...existing.values()].map((p) => p.id),
  );
  const identities = records.flatMap((r) => r.investors);
  const resolved = await resolveInvestors(tx, actor, boardId, identities);
  const investorIdOf = new Map(
    identities.map((identity, i) => [`${identity.country}\u0000${identity.name}`, resolved[i]!.id]),
  );
  const outcome = { rows: [] as repo.ProjectRow[], created: 0, updated: 0, unchanged: 0 };
  const audit: AuditEntry[] = [];
  const toInsert: { record: ProjectRecord; investorIds: string[] }[] = [];
  for (const record of records) {
    const investorIds = [
      ...new Set(record.investors.map((i) => investorIdOf.get(`${i.country}\u0000${i.name}`)!)),
    ];
    const values = projectValues(record);
    const current = existing.get(record.code);
    if (!current) {
      toInsert.push({ record, investorIds });
      continue;
    }
    const beforeInvestors = currentInvestors.get(current.id)?.map((i) => i.id) ?? [];
    const sameInvestors =
      beforeInvestors.length === investorIds.length &&
      beforeInvestors.every((id, i) => id === investorIds[i]);
    const same =
      current.zoneId === values.zoneId &&
      current.name === values.name &&
      current.investmentType === values.investmentType &&
      current.sector === values.sector &&
      sameDecimal(current.landHa, values.landHa) &&
      sameInvestors;
    if (same) {
      outcome.unchanged++;
      outcome.rows.push(current);
      continue;
    }
    const row = await updateVersioned(tx, projects, current.id, current.version, current.version, values);
    if (!sameInvestors) await repo.replaceProjectInvestors(tx, boardId, current.id, investorIds);
    audit.push({
      boardId,
      action: 'update',
      entityType: 'project',
      entityId: current.id,
      entityKey: current.code,
      before: { ...current, investorIds: beforeInvestors },
      after: { ...row, investorIds },
    });
    outcome.updated++;
    outcome.rows.push(row);
  }
  const inserted = await repo.insertProjects(
    tx,
    toInsert.map(({ record }) => ({ boardId, code: record.code, ...projectValues(record) })),
  );
  await repo.insertProjectInvestors(
    tx,
    inserted.flatMap((row, i) =>
      toInsert[i]!.investorIds.map((investorId, position) => ({
        projectId: row.id,
        investorId,
        boardId,
        position,
      })),
    ),
  );
  for (const [i, row] of inserted.entries()) {
    audit.push({
      boardId,
      action: 'create',
      entityType: 'project',
      entityId: row.id,
      entityKey: row.code,
      after: { ...row, investorIds: toInsert[i]!.investorIds },
    });
  }
  outcome.created = inserted.length;
  outcome.rows.push(...inserted);
  // In bulk the importer audits the package once, with its counts and content hash.
  if (!options.bulk) await recordAudit(tx, actor, audit);
  return outcome;
}

/**
 * Moves the projects of these zones to another board (organisation-v1), in the caller's
 * transaction: with their licensing history and implemented capital, and their investors
 * re-pointed at the new board's records of the same investors (created there if new).
 */
export async function transferProjectsOfZones(
  tx: Executor,
  actor: Actor,
  move: { zoneIds: string[]; toBoardId: string; on: string },
): Promise<repo.ProjectRow[]> {
  const moving = await repo.projectsOfZones(tx, move.zoneIds);
  const ids = moving.map((p) => p.id);
  const links = await repo.investorLinksOfProjects(tx, ids);
  const resolved = await resolveInvestors(tx, actor, move.toBoardId, links);
  await repo.deleteInvestorLinks(tx, ids);
  await repo.setProjectsBoard(tx, ids, move.toBoardId);
  await repo.insertProjectInvestors(
    tx,
    links.map((link, i) => ({
      projectId: link.projectId,
      investorId: resolved[i]!.id,
      boardId: move.toBoardId,
      position: link.position,
    })),
  );
  await recordAudit(
    tx,
    actor,
    moving.map((project) => ({
      boardId: move.toBoardId,
      action: 'transfer' as const,
      entityType: 'project',
      entityId: project.id,
      entityKey: project.code,
      before: { boardId: project.boardId },
      after: { boardId: move.toBoardId, since: move.on },
    })),
  );
  return moving;
}

/** The codes of the projects of these zones that another board already uses. */
export async function projectCodesTaken(executor: Executor, boardId: string, zoneIds: string[]) {
  const moving = await repo.projectsOfZones(executor, zoneIds);
  const taken = await repo.findProjectsByCodes(
    executor,
    boardId,
    moving.map((p) => p.code),
  );
  return taken.map((p) => p.code);
}

export { findProjectsByCodes, projectsOfBoards, investorsOfProjects } from './projects.repository.ts';
