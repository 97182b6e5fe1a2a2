import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard, readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { countryName } from '../../../domain/countries.ts';
import { normaliseForSearch } from '../../../domain/text.ts';
import { InvestorErrors } from './investors.errors.ts';
import * as repo from './investors.repository.ts';
import type {
  CreateInvestorBody,
  Investor,
  ListInvestorsQuery,
  UpdateInvestorBody,
} from './investors.schemas.ts';
import { investors } from './investors.tables.ts';

export type { InvestorRow } from './investors.repository.ts';

export function presentInvestor(row: repo.InvestorRow): Investor {
  return {
    id: row.id,
    boardId: row.boardId,
    name: row.name,
    country: row.country,
    countryName: countryName(row.country),
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  };
}

const searchText = (i: { name: string; country: string }) =>
  normaliseForSearch(`${i.name} ${i.country} ${countryName(i.country)}`);

export async function listInvestors(db: Db, actor: Actor, query: ListInvestorsQuery) {
  const boardIds = readableBoardIds(actor, 'records.read', query.boardId);
  const { rows, total } = await repo.listInvestors(
    db,
    { boardIds, countries: query.country, q: query.q },
    query,
  );
  return { items: rows.map(presentInvestor), page: query.page, pageSize: query.pageSize, total };
}

async function loadInvestor(executor: Executor, actor: Actor, id: string) {
  const row = await repo.findInvestorById(executor, actor.visibleBoardIds, id);
  if (!row) throw InvestorErrors.INVESTOR_NOT_FOUND();
  return row;
}

export async function getInvestor(db: Db, actor: Actor, id: string): Promise<Investor> {
  return presentInvestor(await loadInvestor(db, actor, id));
}

export async function createInvestor(db: Db, actor: Actor, body: CreateInvestorBody): Promise<Investor> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'records.write',
    path: 'body.boardId',
    errors: { required: InvestorErrors.INVESTOR_NOT_FOUND, notFound: InvestorErrors.INVESTOR_NOT_FOUND },
  });
  return db.transaction(async (tx) => {
    if ((await repo.findInvestorsByIdentity(tx, boardId, [body])).length > 0) {
      throw InvestorErrors.INVESTOR_DUPLICATE([
        { path: 'body.name', message: 'Nhà đầu tư đã có.', reason: 'taken' },
      ]);
    }
    const [row] = await resolveInvestors(tx, actor, boardId, [body]);
    return presentInvestor(row!);
  });
}

export async function updateInvestor(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateInvestorBody,
): Promise<Investor> {
  return db.transaction(async (tx) => {
    const current = await loadInvestor(tx, actor, id);
    assertCan(actor, 'records.write', current.boardId);
    const next = { name: body.name ?? current.name, country: body.country ?? current.country };
    const clash = (await repo.findInvestorsByIdentity(tx, current.boardId, [next])).find((i) => i.id !== id);
    if (clash)
      throw InvestorErrors.INVESTOR_DUPLICATE([
        { path: 'body.name', message: 'Nhà đầu tư đã có.', reason: 'taken' },
      ]);
    const row = await updateVersioned(tx, investors, id, body.version, current.version, {
      ...next,
      searchText: searchText(next),
    });
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'update',
        entityType: 'investor',
        entityId: id,
        entityKey: row.name,
        before: current,
        after: row,
        reason: body.reason,
      },
    ]);
    return presentInvestor(row);
  });
}

/**
 * The investors of a board with these names and countries, creating those not yet known
 * (used when a project is registered or a data package names its investors).
 */
export async function resolveInvestors(
  tx: Executor,
  actor: Actor,
  boardId: string,
  identities: { name: string; country: string }[],
): Promise<repo.InvestorRow[]> {
  const existing = new Map(
    (await repo.findInvestorsByIdentity(tx, boardId, identities)).map((i) => [repo.investorKey(i), i]),
  );
  const missing = new Map<string, { name: string; country: string }>();
  for (const identity of identities) {
    const key = repo.investorKey(identity);
    if (!existing.has(key)) missing.set(key, identity);
  }
  if (missing.size > 0) {
    const inserted = await repo.insertInvestors(
      tx,
      [...missing.values()].map((i) => ({
        boardId,
        name: i.name,
        country: i.country,
        searchText: searchText(i),
      })),
    );
    for (const row of inserted) existing.set(repo.investorKey(row), row);
    // Added meanwhile by a concurrent request: read them now (they are committed).
    const addedElsewhere = [...missing.keys()].filter((key) => !existing.has(key));
    for (const row of await repo.findInvestorsByIdentity(
      tx,
      boardId,
      addedElsewhere.map((key) => missing.get(key)!),
    ))
      existing.set(repo.investorKey(row), row);
    await recordAudit(
      tx,
      actor,
      inserted.map((row) => ({
        boardId,
        action: 'create' as const,
        entityType: 'investor',
        entityId: row.id,
        entityKey: row.name,
        after: row,
      })),
    );
  }
  return identities.map((identity) => existing.get(repo.investorKey(identity))!);
}

export { findInvestorsByIds } from './investors.repository.ts';
