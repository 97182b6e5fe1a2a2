import { insertEnterpriseProjectsInBulk } from './enterprises.bulk.repository.ts';
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { recordAudit, type AuditEntry } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { periodEnd, periodStart } from '../../../domain/periods.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import {
  createEnterpriseUser,
  enterpriseUsersByIds,
  moveUsersToBoard,
  resetEnterpriseUserPassword,
  setEnterpriseUserDisabled,
  type User,
} from '../users/index.ts';
import { findVisibleZone } from '../zones/index.ts';
import type {
  CreateEnterpriseBody,
  Enterprise,
  EnterpriseAccountUser,
  EnterpriseDetail,
  ListEnterprisesQuery,
  UpdateEnterpriseAccountBody,
  UpdateEnterpriseBody,
} from './enterprises.schemas.ts';
import { EnterpriseErrors } from './enterprises.errors.ts';
import * as repo from './enterprises.repository.ts';
import { enterprises } from './enterprises.tables.ts';

export type { EnterpriseRow } from './enterprises.repository.ts';

/** An enterprise as the data package describes it, references resolved to ids. */
export interface EnterpriseRecord {
  taxCode: string;
  zoneId: string;
  name: string;
  investmentType: 'FDI' | 'DDI';
  projectIds: string[];
}

/** No enterprise has this id: an enterprise user without a linked enterprise sees nothing. */
const NO_ENTERPRISE = '00000000-0000-0000-0000-000000000000';

/** For an enterprise user, the one enterprise it may see; undefined for everyone else. */
export function ownEnterpriseOf(actor: Actor): string | undefined {
  return actor.role === 'enterprise' ? (actor.enterpriseId ?? NO_ENTERPRISE) : undefined;
}

/** How the statistics modules word a board choice (kernel/scope.ts#actingBoard). */
export const STATISTICS_BOARD_CHOICE: BoardChoiceErrors = {
  required: EnterpriseErrors.STATISTICS_BOARD_REQUIRED,
  notFound: EnterpriseErrors.STATISTICS_BOARD_REQUIRED,
};

export function presentEnterprise(row: repo.EnterpriseRow, projectIds: string[]): Enterprise {
  return {
    id: row.id,
    boardId: row.boardId,
    taxCode: row.taxCode,
    name: row.name,
    zoneId: row.zoneId,
    investmentType: row.investmentType,
    operatingSince: row.operatingSince,
    operatingUntil: row.operatingUntil,
    projectIds,
    version: row.version,
  };
}

async function present(executor: Executor, rows: repo.EnterpriseRow[]): Promise<Enterprise[]> {
  const projects = await repo.projectIdsOfEnterprises(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentEnterprise(row, projects.get(row.id) ?? []));
}

export async function listEnterprises(db: Db, actor: Actor, query: ListEnterprisesQuery) {
  const { rows, total } = await repo.listEnterprises(
    db,
    {
      boardIds: readableBoardIds(actor, 'statistics.read', query.boardId),
      enterpriseId: ownEnterpriseOf(actor),
      q: query.q,
      zoneId: query.zoneId,
      investmentType: query.investmentType,
      operatingFrom: query.period ? periodStart(query.period) : undefined,
      operatingTo: query.period ? periodEnd(query.period) : undefined,
      state: query.operating ? { on: vietnamToday(), operating: query.operating } : undefined,
    },
    query,
  );
  return { items: await present(db, rows), total, page: query.page, pageSize: query.pageSize };
}

/** An enterprise the actor may see (an enterprise user: only its own), else 404. */
export async function loadEnterprise(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<repo.EnterpriseRow> {
  const own = ownEnterpriseOf(actor);
  const row =
    own !== undefined && own !== id
      ? null
      : await repo.findEnterpriseById(executor, readableBoardIds(actor, 'statistics.read'), id);
  if (!row) throw EnterpriseErrors.ENTERPRISE_NOT_FOUND();
  return row;
}

/** One enterprise with its zone and projects named. */
export async function getEnterprise(db: Db, actor: Actor, id: string): Promise<EnterpriseDetail> {
  const enterprise = (await present(db, [await loadEnterprise(db, actor, id)]))[0]!;
  return { ...enterprise, ...(await repo.namedReferences(db, enterprise.zoneId, enterprise.projectIds)) };
}

async function checkReferences(
  tx: Executor,
  actor: Actor,
  boardId: string,
  zoneId: string,
  projectIds: string[] | undefined,
) {
  const zone = await findVisibleZone(tx, actor, zoneId);
  if (!zone || zone.boardId !== boardId) {
    throw EnterpriseErrors.ENTERPRISE_REFERENCE_INVALID([
      { path: 'body.zoneId', message: 'Không tìm thấy khu trong Ban Quản lý.', reason: 'not_found' },
    ]);
  }
  if (projectIds?.length) {
    const found = new Set(await repo.projectIdsInBoard(tx, boardId, [...new Set(projectIds)]));
    const missing = projectIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !found.has(id))
      .map(({ index }) => ({
        path: `body.projectIds[${index}]`,
        message: 'Không tìm thấy dự án trong Ban Quản lý.',
        reason: 'not_found',
      }));
    if (missing.length > 0) throw EnterpriseErrors.ENTERPRISE_REFERENCE_INVALID(missing);
  }
}

function checkOperatingSpan(since: string | null | undefined, until: string | null | undefined) {
  if (since && until && until < since) {
    throw CommonErrors.VALIDATION_FAILED([
      {
        path: 'body.operatingUntil',
        message: 'Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động.',
        reason: 'before_start',
      },
    ]);
  }
}

function taxCodeTaken() {
  return EnterpriseErrors.ENTERPRISE_TAX_CODE_TAKEN([
    { path: 'body.taxCode', message: 'Mã số thuế đã được dùng.', reason: 'taken' },
  ]);
}

export async function createEnterprise(
  db: Db,
  actor: Actor,
  body: CreateEnterpriseBody,
): Promise<Enterprise> {
  checkOperatingSpan(body.operatingSince, body.operatingUntil);
  return db.transaction(async (tx) => {
    const zone = await findVisibleZone(tx, actor, body.zoneId);
    if (!zone) {
      throw EnterpriseErrors.ENTERPRISE_REFERENCE_INVALID([
        { path: 'body.zoneId', message: 'Không tìm thấy khu.', reason: 'not_found' },
      ]);
    }
    const boardId = zone.boardId;
    assertCan(actor, 'records.write', boardId);
    await checkReferences(tx, actor, boardId, body.zoneId, body.projectIds);
    if (await repo.findEnterpriseByTaxCode(tx, boardId, body.taxCode)) throw taxCodeTaken();
    const row = await repo.insertEnterprise(tx, {
      boardId,
      zoneId: body.zoneId,
      taxCode: body.taxCode,
      name: body.name,
      investmentType: body.investmentType,
      operatingSince: body.operatingSince ?? null,
      operatingUntil: body.operatingUntil ?? null,
      searchText: normaliseForSearch(`${body.taxCode} ${body.name}`),
    });
    const projectIds = [...new Set(body.projectIds ?? [])];
    await repo.replaceEnterpriseProjects(tx, boardId, row.id, projectIds);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: 'enterprise',
        entityId: row.id,
        entityKey: row.taxCode,
        after: { ...row, projectIds },
      },
    ]);
    return (await present(tx, [row]))[0]!;
  });
}

export async function updateEnterprise(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateEnterpriseBody,
): Promise<Enterprise> {
  return db.transaction(async (tx) => {
    const current = await loadEnterprise(tx, actor, id);
    assertCan(actor, 'records.write', current.boardId);
    const { version, projectIds, ...fields } = body;
    const next = {
      taxCode: fields.taxCode ?? current.taxCode,
      name: fields.name ?? current.name,
      zoneId: fields.zoneId ?? current.zoneId,
      investmentType: fields.investmentType ?? current.investmentType,
      operatingSince: fields.operatingSince === undefined ? current.operatingSince : fields.operatingSince,
      operatingUntil: fields.operatingUntil === undefined ? current.operatingUntil : fields.operatingUntil,
    };
    checkOperatingSpan(next.operatingSince, next.operatingUntil);
    await checkReferences(tx, actor, current.boardId, next.zoneId, projectIds);
    if (next.taxCode !== current.taxCode) {
      const other = await repo.findEnterpriseByTaxCode(tx, current.boardId, next.taxCode);
      if (other && other.id !== id) throw taxCodeTaken();
    }
    const beforeProjects = (await repo.projectIdsOfEnterprises(tx, [id])).get(id) ?? [];
    const row = await updateVersioned(tx, enterprises, id, version, current.version, {
      ...next,
      searchText: normaliseForSearch(`${next.taxCode} ${next.name}`),
    });
    if (projectIds !== undefined) await repo.replaceEnterpriseProjects(tx, current.boardId, id, projectIds);
    const afterProjects = projectIds === undefined ? beforeProjects : [...new Set(projectIds)].sort();
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'enterprise',
        entityId: id,
        entityKey: row.taxCode,
        before: { ...current, projectIds: beforeProjects },
        after: { ...row, projectIds: afterProjects },
      },
    ]);
    return (await present(tx, [row]))[0]!;
  });
}

/** An account for the enterprise's own people (role enterprise), password shown once. */
export async function createEnterpriseAccount(
  db: Db,
  actor: Actor,
  id: string,
  body: { username: string; fullName: string },
) {
  return db.transaction(async (tx) => {
    const enterprise = await loadEnterprise(tx, actor, id);
    assertCan(actor, 'records.write', enterprise.boardId);
    const { user, password } = await createEnterpriseUser(tx, actor, {
      username: body.username,
      fullName: body.fullName,
      boardId: enterprise.boardId,
    });
    await repo.insertEnterpriseAccount(tx, {
      userId: user.id,
      enterpriseId: id,
      boardId: enterprise.boardId,
    });
    await recordAudit(tx, actor, [
      {
        boardId: enterprise.boardId,
        action: 'create',
        entityType: 'enterprise_account',
        entityId: user.id,
        entityKey: `${enterprise.taxCode} ${user.username}`,
        after: { userId: user.id, username: user.username, enterpriseId: id },
      },
    ]);
    return { user: { id: user.id, username: user.username }, password };
  });
}

function presentAccount(user: User): EnterpriseAccountUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    disabled: user.disabled,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    version: user.version,
  };
}

/** The enterprise's accounts, for whoever may see the enterprise (staff, viewers). */
export async function listEnterpriseAccounts(db: Db, actor: Actor, id: string) {
  const enterprise = await loadEnterprise(db, actor, id);
  const users = await enterpriseUsersByIds(db, await repo.accountUserIdsOfEnterprise(db, enterprise.id));
  return { items: users.map(presentAccount) };
}

/** One of the enterprise's accounts, for staff who may change the enterprise's records; else 404. */
async function loadAccount(tx: Executor, actor: Actor, id: string, userId: string) {
  const enterprise = await loadEnterprise(tx, actor, id);
  assertCan(actor, 'records.write', enterprise.boardId);
  if (!(await repo.isAccountOfEnterprise(tx, id, userId)))
    throw EnterpriseErrors.ENTERPRISE_ACCOUNT_NOT_FOUND();
  return enterprise;
}

/**
 * Disables or enables one of the enterprise's accounts (version checked): a disabled account
 * cannot sign in, its sessions and API tokens end at once. Audited by the users module.
 */
export async function updateEnterpriseAccount(
  db: Db,
  actor: Actor,
  id: string,
  userId: string,
  body: UpdateEnterpriseAccountBody,
): Promise<EnterpriseAccountUser> {
  return db.transaction(async (tx) => {
    await loadAccount(tx, actor, id, userId);
    return presentAccount(await setEnterpriseUserDisabled(tx, actor, userId, body));
  });
}

/** A new password for one of the enterprise's accounts, shown once; its sessions end. */
export async function resetEnterpriseAccountPassword(db: Db, actor: Actor, id: string, userId: string) {
  return db.transaction(async (tx) => {
    await loadAccount(tx, actor, id, userId);
    const { user, password } = await resetEnterpriseUserPassword(tx, actor, userId);
    return { user: { id: user.id, username: user.username }, password };
  });
}

/** Creates or updates enterprises of one board by tax code (data package import). */
export async function upsertEnterprises(
  tx: Executor,
  actor: Actor,
  boardId: string,
  records: EnterpriseRecord[],
  options: { bulk?: boolean } = {},
) {
  assertCan(actor, 'records.write', boardId);
  const existing = new Map(
    (
      await repo.findEnterprisesByTaxCodes(
        tx,
        [boardId],
        records.map((r) => r.taxCode),
      )
    ).map((e) => [e.taxCode, e]),
  );
  const currentProjects = await repo.projectIdsOfEnterprises(
    tx,
    [...existing.values()].map((e) => e.id),
  );
  const outcome = { rows: [] as repo.EnterpriseRow[], created: 0, updated: 0, unchanged: 0 };
  const audit: AuditEntry[] = [];
  const toInsert: EnterpriseRecord[] = [];
  for (const record of records) {
    const current = existing.get(record.taxCode);
    if (!current) {
      toInsert.push(record);
      continue;
    }
    const before = [...(currentProjects.get(current.id) ?? [])].sort();
    const after = [...new Set(record.projectIds)].sort();
    const sameProjects = before.length === after.length && before.every((id, i) => id === after[i]);
    if (
      current.zoneId === record.zoneId &&
      current.name === record.name &&
      current.investmentType === record.investmentType &&
      sameProjects
    ) {
      outcome.unchanged++;
      outcome.rows.push(current);
      continue;
    }
    const row = await updateVersioned(tx, enterprises, current.id, current.version, current.version, {
      zoneId: record.zoneId,
      name: record.name,
      investmentType: record.investmentType,
      searchText: normaliseForSearch(`${record.taxCode} ${record.name}`),
    });
    if (!sameProjects) await repo.replaceEnterpriseProjects(tx, boardId, current.id, record.projectIds);
    audit.push({
      boardId,
      action: 'update',
      entityType: 'enterprise',
      entityId: row.id,
      entityKey: row.taxCode,
      before: { ...current, projectIds: before },
      after: { ...row, projectIds: after },
    });
    outcome.updated++;
    outcome.rows.push(row);
  }
  const inserted = await repo.insertEnterprises(
    tx,
    toInsert.map((record) => ({
      boardId,
      zoneId: record.zoneId,
      taxCode: record.taxCode,
      name: record.name,
      investmentType: record.investmentType,
      searchText: normaliseForSearch(`${record.taxCode} ${record.name}`),
    })),
  );
  if (options.bulk) {
    // New enterprises have no links yet: all of theirs in one statement; the importer audits the package.
    await insertEnterpriseProjectsInBulk(
      tx,
      inserted.flatMap((row, i) =>
        [...new Set(toInsert[i]!.projectIds)].map((projectId) => ({
          enterpriseId: row.id,
          projectId,
          boardId,
        })),
      ),
    );
    outcome.created = inserted.length;
    outcome.rows.push(...inserted);
    return outcome;
  }
  for (const [i, row] of inserted.entries()) {
    await repo.replaceEnterpriseProjects(tx, boardId, row.id, toInsert[i]!.projectIds);
    audit.push({
      boardId,
      action: 'create',
      entityType: 'enterprise',
      entityId: row.id,
      entityKey: row.taxCode,
      after: { ...row, projectIds: toInsert[i]!.projectIds },
    });
  }
  outcome.created = inserted.length;
  outcome.rows.push(...inserted);
  await recordAudit(tx, actor, audit);
  return outcome;
}

/**
 * Moves the enterprises of these zones to another board (organisation-v1), in the caller's
 * transaction, with their project links and their accounts (whose users now file with the new
 * board). Their reports follow through the filing module.
 */
export async function transferEnterprisesOfZones(
  tx: Executor,
  actor: Actor,
  move: { zoneIds: string[]; toBoardId: string; on: string },
): Promise<repo.EnterpriseRow[]> {
  const moving = await repo.enterprisesOfZones(tx, move.zoneIds);
  const accountUserIds = await repo.setEnterprisesBoard(
    tx,
    moving.map((e) => e.id),
    move.toBoardId,
  );
  await moveUsersToBoard(tx, actor, accountUserIds, move.toBoardId);
  await recordAudit(
    tx,
    actor,
    moving.map((enterprise) => ({
      boardId: move.toBoardId,
      action: 'transfer' as const,
      entityType: 'enterprise',
      entityId: enterprise.id,
      entityKey: enterprise.taxCode,
      before: { boardId: enterprise.boardId },
      after: { boardId: move.toBoardId, since: move.on },
    })),
  );
  return moving;
}

/** The tax codes of the enterprises of these zones that another board already has. */
export async function taxCodesTaken(executor: Executor, boardId: string, zoneIds: string[]) {
  const moving = await repo.enterprisesOfZones(executor, zoneIds);
  const taken = await repo.findEnterprisesByTaxCodes(
    executor,
    [boardId],
    moving.map((e) => e.taxCode),
  );
  return taken.map((e) => e.taxCode);
}

export {
  enterpriseIdOfUser,
  enterprisesOfBoards,
  enterprisesOperating,
  findEnterprisesByTaxCodes,
  projectIdsOfEnterprises,
  usernamesOfEnterprises,
} from './enterprises.repository.ts';
