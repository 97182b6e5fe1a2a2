/**
 * Discharge standards of a board (quy chuẩn xả thải) and their parameters with limits: entered by
 * staff or copied from the built-in QCVN 40:2011/BTNMT columns. Parameters are replaced as a whole
 * list; samples keep the limits they were judged by.
 */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { compareDecimal, trimDecimal } from '../../../domain/decimal.ts';
import { builtinStandard } from '../../../domain/wastewater.ts';
import { ENVIRONMENT_ENTITY } from './environment-audit.ts';
import {
  assertManage,
  boardOf,
  decimalOrNull,
  loadStandard,
  readableBoards,
  type StandardRow,
} from './environment-access.ts';
import { EnvironmentErrors } from './environment.errors.ts';
import type {
  CreateStandardBody,
  DischargeStandard,
  StandardParameterInput,
  UpdateStandardBody,
} from './environment.schemas.ts';
import { dischargeStandardParameters, dischargeStandards, wastewaterPlants } from './environment.tables.ts';

type ParameterRow = typeof dischargeStandardParameters.$inferSelect;

/** The parameters of standards, in their order. */
export async function parametersOf(executor: Executor, standardIds: string[]): Promise<ParameterRow[]> {
  if (standardIds.length === 0) return [];
  return executor
    .select()
    .from(dischargeStandardParameters)
    .where(inArray(dischargeStandardParameters.standardId, standardIds))
    .orderBy(asc(dischargeStandardParameters.position), asc(dischargeStandardParameters.code));
}

async function present(executor: Executor, rows: StandardRow[]): Promise<DischargeStandard[]> {
  const ids = rows.map((r) => r.id);
  const parameters = await parametersOf(executor, ids);
  const uses =
    ids.length === 0
      ? []
      : await executor
          .select({ standardId: wastewaterPlants.standardId, n: count() })
          .from(wastewaterPlants)
          .where(inArray(wastewaterPlants.standardId, ids))
          .groupBy(wastewaterPlants.standardId);
  return rows.map((row) => ({
    id: row.id,
    boardId: row.boardId,
    code: row.code,
    name: row.name,
    source: row.source,
    parameters: parameters
      .filter((p) => p.standardId === row.id)
      .map((p) => ({
        code: p.code,
        name: p.name,
        unit: p.unit,
        minValue: decimalOrNull(p.minValue),
        maxValue: decimalOrNull(p.maxValue),
        appliesKqKf: p.appliesKqKf,
      })),
    plantCount: Number(uses.find((u) => u.standardId === row.id)?.n ?? 0),
    version: row.version,
    createdAt: toVietnamTimestamp(row.createdAt),
    updatedAt: toVietnamTimestamp(row.updatedAt),
  }));
}

/** Each parameter has a limit, min ≤ max, codes unique within the standard. */
function checkParameters(parameters: StandardParameterInput[], path: string): void {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  parameters.forEach((p, i) => {
    const at = `${path}[${i}]`;
    if (p.minValue === null && p.maxValue === null)
      details.push({
        path: `${at}.maxValue`,
        message: 'Cần ít nhất một giới hạn (tối thiểu hoặc tối đa).',
        reason: 'no_limit',
      });
    if (p.minValue !== null && p.maxValue !== null && compareDecimal(p.minValue, p.maxValue) > 0)
      details.push({
        path: `${at}.minValue`,
        message: 'Giới hạn tối thiểu lớn hơn giới hạn tối đa.',
        reason: 'min_above_max',
      });
    const key = p.code.toLowerCase();
    if (seen.has(key))
      details.push({
        path: `${at}.code`,
        message: `Mã thông số ${p.code} bị lặp.`,
        reason: 'duplicate',
        value: p.code,
      });
    seen.add(key);
  });
  if (details.length > 0) throw EnvironmentErrors.ENVIRONMENT_PARAMETER_INVALID(details);
}

async function insertParameters(
  executor: Executor,
  boardId: string,
  standardId: string,
  parameters: StandardParameterInput[],
): Promise<void> {
  await executor.insert(dischargeStandardParameters).values(
    parameters.map((p, position) => ({
      boardId,
      standardId,
      code: p.code,
      name: p.name,
      unit: p.unit,
      minValue: p.minValue === null ? null : trimDecimal(p.minValue),
      maxValue: p.maxValue === null ? null : trimDecimal(p.maxValue),
      appliesKqKf: p.appliesKqKf,
      position,
    })),
  );
}

/** The standards of the boards the actor reads (one board when named), by code. */
export async function listStandards(
  db: Db,
  actor: Actor,
  board: string | undefined,
): Promise<DischargeStandard[]> {
  const ids = board === undefined ? readableBoards(actor) : [await boardOf(db, actor, board, 'records.read')];
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(dischargeStandards)
    .where(inArray(dischargeStandards.boardId, ids))
    .orderBy(asc(dischargeStandards.code), asc(dischargeStandards.id));
  return present(db, rows);
}

export async function getStandard(db: Db, actor: Actor, id: string): Promise<DischargeStandard> {
  return (await present(db, [await loadStandard(db, actor, id)]))[0]!;
}

async function create(
  db: Db,
  actor: Actor,
  board: string | undefined,
  input: { code: string; name: string; source: string; parameters: StandardParameterInput[] },
  path: string,
): Promise<DischargeStandard> {
  checkParameters(input.parameters, `${path}.parameters`);
  const boardId = await boardOf(db, actor, board, 'environment.manage', `${path}.board`);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dischargeStandards)
      .values({ boardId, code: input.code, name: input.name, source: input.source })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw EnvironmentErrors.ENVIRONMENT_STANDARD_DUPLICATE([
        {
          path: `${path}.code`,
          message: `Đã có quy chuẩn mã ${input.code}.`,
          reason: 'duplicate',
          value: input.code,
        },
      ]);
    await insertParameters(tx, boardId, row.id, input.parameters);
    const [shown] = await present(tx, [row]);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: 'create',
        entityType: ENVIRONMENT_ENTITY.standard,
        entityId: row.id,
        entityKey: row.code,
        after: shown,
      },
    ]);
    return shown!;
  });
}

export function createStandard(db: Db, actor: Actor, body: CreateStandardBody): Promise<DischargeStandard> {
  return create(db, actor, body.board, body, 'body');
}

/** Copies a built-in standard (QCVN 40:2011/BTNMT cột A or B) into the board. */
export function copyBuiltinStandard(
  db: Db,
  actor: Actor,
  body: { board?: string | undefined; code: string },
): Promise<DischargeStandard> {
  const builtin = builtinStandard(body.code)!;
  return create(db, actor, body.board, builtin, 'body');
}

export async function updateStandard(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateStandardBody,
): Promise<DischargeStandard> {
  if (body.parameters) checkParameters(body.parameters, 'body.parameters');
  return db.transaction(async (tx) => {
    const current = await loadStandard(tx, actor, id, true);
    assertManage(actor, current.boardId);
    const [before] = await present(tx, [current]);
    const row = await updateVersioned(tx, dischargeStandards, id, body.version, current.version, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.source !== undefined ? { source: body.source } : {}),
    });
    if (body.parameters) {
      await tx.delete(dischargeStandardParameters).where(eq(dischargeStandardParameters.standardId, id));
      await insertParameters(tx, current.boardId, id, body.parameters);
    }
    const [after] = await present(tx, [row]);
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'update',
        entityType: ENVIRONMENT_ENTITY.standard,
        entityId: id,
        entityKey: current.code,
        before,
        after,
      },
    ]);
    return after!;
  });
}

/** Deletes a standard no plant is designed to. */
export async function deleteStandard(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadStandard(tx, actor, id, true);
    assertManage(actor, current.boardId);
    const [before] = await present(tx, [current]);
    if (before!.plantCount > 0) throw EnvironmentErrors.ENVIRONMENT_STANDARD_IN_USE();
    if (version !== current.version)
      await updateVersioned(tx, dischargeStandards, id, version, current.version, {});
    await tx.delete(dischargeStandards).where(and(eq(dischargeStandards.id, id)));
    await recordAudit(tx, actor, [
      {
        boardId: current.boardId,
        action: 'delete',
        entityType: ENVIRONMENT_ENTITY.standard,
        entityId: id,
        entityKey: current.code,
        before,
      },
    ]);
  });
}
