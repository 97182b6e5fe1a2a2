/** What every promotion service shares: the board a request acts on, the records the actor sees, references checked. */
import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { assertCan, type Actor, type Permission } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import type { AppError, ErrorDetail } from '../../kernel/errors.ts';
import { readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { actingBoardByCode } from '../boards/index.ts';
import { zones } from '../zones/index.ts';
import { PromotionErrors } from './promotion.errors.ts';
import {
  investmentLeads,
  promotionContacts,
  promotionEvents,
  promotionOrganisations,
} from './promotion.tables.ts';

const PROMOTION_BOARD: BoardChoiceErrors = {
  required: PromotionErrors.PROMOTION_BOARD_NOT_FOUND,
  notFound: PromotionErrors.PROMOTION_BOARD_NOT_FOUND,
};

/** The one board a request acts on: named by its code, else the actor's own. */
export function boardOf(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
  permission: Permission,
  path = 'query.board',
): Promise<string> {
  return actingBoardByCode(executor, actor, { code, permission, path, errors: PROMOTION_BOARD });
}

/** The boards a list covers: the one named, else every board the actor reads. */
export async function listBoards(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
): Promise<string[]> {
  return code === undefined
    ? readableBoardIds(actor, 'records.read')
    : [await boardOf(executor, actor, code, 'records.read')];
}

export const readableBoards = (actor: Actor): string[] => readableBoardIds(actor, 'records.read');

export function assertWrite(actor: Actor, boardId: string): void {
  assertCan(actor, 'records.write', boardId);
}

type BoardTable = PgTable & { id: PgColumn; boardId: PgColumn };

/** A record of a table the actor may see (locked when asked), else the error (404). */
export async function loadVisible<T extends BoardTable>(
  executor: Executor,
  actor: Actor,
  table: T,
  id: string,
  notFound: () => AppError,
  lock = false,
): Promise<T['$inferSelect']> {
  const ids = readableBoards(actor);
  if (ids.length === 0) throw notFound();
  const query = executor
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), inArray(table.boardId, ids)));
  const [row] = (lock ? await query.for('update') : await query) as T['$inferSelect'][];
  if (!row) throw notFound();
  return row;
}

const REFERENCES = {
  organisationId: promotionOrganisations,
  contactId: promotionContacts,
  eventId: promotionEvents,
  leadId: investmentLeads,
  zoneId: zones,
} as const;
export type ReferenceName = keyof typeof REFERENCES;

/** Each reference given must be a record of the same board: otherwise PROMOTION_REFERENCE_NOT_FOUND, one detail each. */
export async function assertReferences(
  executor: Executor,
  boardId: string,
  refs: Partial<Record<ReferenceName, string | null | undefined>>,
): Promise<void> {
  const details: ErrorDetail[] = [];
  for (const [name, id] of Object.entries(refs) as [ReferenceName, string | null | undefined][]) {
    if (!id) continue;
    const table = REFERENCES[name] as unknown as BoardTable;
    const [found] = await executor
      .select({ id: table.id })
      .from(table as PgTable)
      .where(and(eq(table.id, id), eq(table.boardId, boardId)));
    if (!found)
      details.push({
        path: `body.${name}`,
        message: 'Không có bản ghi này trong Ban Quản lý.',
        reason: 'not_found',
        value: id,
      });
  }
  if (details.length > 0) throw PromotionErrors.PROMOTION_REFERENCE_NOT_FOUND(details);
}
