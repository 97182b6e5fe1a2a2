/**
 * What every environment service shares: the board a request acts on, the records the actor may
 * see (another board's answer 404), and the permission to change them.
 */
import { trimDecimal } from '../../../domain/decimal.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { assertCan, type Actor, type Permission } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import {} from '../../../domain/wastewater.ts';
import { actingBoardByCode } from '../boards/index.ts';
import { EnvironmentErrors } from './environment.errors.ts';
import { dischargeStandards, wastewaterPlants } from './environment.tables.ts';

const ENVIRONMENT_BOARD: BoardChoiceErrors = {
  required: EnvironmentErrors.ENVIRONMENT_BOARD_NOT_FOUND,
  notFound: EnvironmentErrors.ENVIRONMENT_BOARD_NOT_FOUND,
};

/** The one board a request acts on: named by its code, else the actor's own. */
export function boardOf(
  executor: Executor,
  actor: Actor,
  code: string | undefined,
  permission: Permission,
  path = 'query.board',
): Promise<string> {
  return actingBoardByCode(executor, actor, { code, permission, path, errors: ENVIRONMENT_BOARD });
}

/** The boards whose environment records the actor reads. */
export function readableBoards(actor: Actor): string[] {
  return readableBoardIds(actor, 'records.read');
}

/** Changes need environment.manage on the record's board. */
export function assertManage(actor: Actor, boardId: string): void {
  assertCan(actor, 'environment.manage', boardId);
}

export type StandardRow = typeof dischargeStandards.$inferSelect;
export type PlantRow = typeof wastewaterPlants.$inferSelect;

/** A standard the actor may see, else 404. */
export async function loadStandard(
  executor: Executor,
  actor: Actor,
  id: string,
  lock = false,
): Promise<StandardRow> {
  const query = executor
    .select()
    .from(dischargeStandards)
    .where(and(eq(dischargeStandards.id, id), inArray(dischargeStandards.boardId, readableBoards(actor))));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw EnvironmentErrors.ENVIRONMENT_STANDARD_NOT_FOUND();
  return row;
}

/** A plant the actor may see, else 404. */
export async function loadPlant(
  executor: Executor,
  actor: Actor,
  id: string,
  lock = false,
): Promise<PlantRow> {
  const query = executor
    .select()
    .from(wastewaterPlants)
    .where(and(eq(wastewaterPlants.id, id), inArray(wastewaterPlants.boardId, readableBoards(actor))));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw EnvironmentErrors.ENVIRONMENT_PLANT_NOT_FOUND();
  return row;
}

/** Stored decimals as the API shows them ("148.50" → "148.5"). */
export const decimalOrNull = (value: string | null): string | null =>
  value === null ? null : trimDecimal(value);
