import { assertCan, type Actor } from '../../kernel/actor.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actingBoard, readableBoardIds, type BoardChoiceErrors } from '../../kernel/scope.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { findOrInsert, versionConflict } from '../../kernel/db/versioned.ts';
import { formatScaled, parseDecimal } from '../../../domain/decimal.ts';
import { growthPercent, percent } from '../../../domain/percent.ts';
import * as repo from './targets.repository.ts';
import { TargetErrors } from './targets.errors.ts';
import type {
  ProvinceTotal,
  SetProvinceTotalBody,
  SetTargetBody,
  Target,
  TargetIndicator,
} from './targets.schemas.ts';

type TargetRow = repo.TargetRow;
type ProvinceTotalRow = repo.ProvinceTotalRow;

function presentTarget(row: TargetRow): Target {
  return {
    id: row.id,
    boardId: row.boardId,
    year: row.year,
    indicator: row.indicator as TargetIndicator,
    targetValue: row.targetValue === null ? null : trimDecimal(row.targetValue),
    targetGrowthPct: row.targetGrowthPct === null ? null : Number(row.targetGrowthPct),
    version: row.version,
  };
}

function presentProvinceTotal(row: ProvinceTotalRow): ProvinceTotal {
  return {
    id: row.id,
    boardId: row.boardId,
    period: row.period,
    indicator: row.indicator as TargetIndicator,
    value: trimDecimal(row.value),
    version: row.version,
  };
}

/** numeric(24,2) gives "2000.00"; whole amounts read better as "2000". */
function trimDecimal(value: string): string {
  return value.replace(/\.00$/, '');
}

/** How targets word a board choice: a national user names the board. */
const TARGET_BOARD: BoardChoiceErrors = {
  required: TargetErrors.TARGET_BOARD_REQUIRED,
  // Another board's targets: refused as before, without saying whether the board exists.
  notFound: (details) => CommonErrors.FORBIDDEN(details),
};

/**
 * An edit names the version it read (a new target or total names none): refused when the record
 * changed meanwhile — or was deleted meanwhile (the insert is then rolled back).
 */
function assertEditedVersion(before: { version: number } | undefined, version: number | undefined) {
  if (version !== undefined && before?.version !== version) throw versionConflict(before?.version ?? 0);
}

/** A board's yearly targets (chỉ tiêu kế hoạch). */
export async function listTargets(db: Db, actor: Actor, query: { boardId?: string; year?: number }) {
  const boards = readableBoardIds(actor, 'records.read', query.boardId);
  const rows = await repo.listTargets(db, boards, query.year);
  return { items: rows.map(presentTarget) };
}

/** Sets a board's target for an indicator and year (replacing the one it had), audited. */
export async function setTarget(db: Db, actor: Actor, body: SetTargetBody): Promise<Target> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'records.write',
    path: 'body.boardId',
    errors: TARGET_BOARD,
  });
  return db.transaction(async (tx) => {
    const values = {
      targetValue: body.targetValue ?? null,
      targetGrowthPct: body.targetGrowthPct == null ? null : String(body.targetGrowthPct),
    };
    const claimed = await findOrInsert(
      () => repo.findTargetForUpdate(tx, boardId, body.year, body.indicator),
      () => repo.insertTarget(tx, { boardId, year: body.year, indicator: body.indicator, ...values }),
    );
    const before = claimed.inserted ? undefined : claimed.row;
    assertEditedVersion(before, body.version);
    const unchanged =
      before &&
      presentTarget(before).targetValue ===
        (values.targetValue === null ? null : trimDecimal(values.targetValue)) &&
      presentTarget(before).targetGrowthPct === (body.targetGrowthPct ?? null);
    if (unchanged) return presentTarget(before);
    const row = before ? await repo.updateTarget(tx, before, values) : claimed.row;
    const after = presentTarget(row);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: before ? 'update' : 'create',
        entityType: 'board_target',
        entityId: after.id,
        entityKey: `${body.year} ${body.indicator}`,
        before: before ? presentTarget(before) : null,
        after,
      },
    ]);
    return after;
  });
}

export async function deleteTarget(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.findTargetById(tx, id, actor.visibleBoardIds);
    if (!row) throw TargetErrors.TARGET_NOT_FOUND();
    assertCan(actor, 'records.write', row.boardId);
    await repo.deleteTarget(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'delete',
        entityType: 'board_target',
        entityId: id,
        entityKey: `${row.year} ${row.indicator}`,
        before: presentTarget(row),
        after: null,
      },
    ]);
  });
}

/** The province's own totals (số liệu toàn tỉnh) a board has entered. */
export async function listProvinceTotals(db: Db, actor: Actor, query: { boardId?: string; period?: string }) {
  const boards = readableBoardIds(actor, 'records.read', query.boardId);
  const rows = await repo.listProvinceTotals(db, boards, query.period);
  return { items: rows.map(presentProvinceTotal) };
}

export async function setProvinceTotal(
  db: Db,
  actor: Actor,
  body: SetProvinceTotalBody,
): Promise<ProvinceTotal> {
  const boardId = actingBoard(actor, {
    boardId: body.boardId,
    permission: 'records.write',
    path: 'body.boardId',
    errors: TARGET_BOARD,
  });
  return db.transaction(async (tx) => {
    const claimed = await findOrInsert(
      () => repo.findProvinceTotalForUpdate(tx, boardId, body.period, body.indicator),
      () =>
        repo.insertProvinceTotal(tx, {
          boardId,
          period: body.period,
          indicator: body.indicator,
          value: body.value,
        }),
    );
    const before = claimed.inserted ? undefined : claimed.row;
    assertEditedVersion(before, body.version);
    if (before && trimDecimal(before.value) === body.value) return presentProvinceTotal(before);
    const row = before ? await repo.updateProvinceTotal(tx, before, body.value) : claimed.row;
    const after = presentProvinceTotal(row);
    await recordAudit(tx, actor, [
      {
        boardId,
        action: before ? 'update' : 'create',
        entityType: 'province_total',
        entityId: after.id,
        entityKey: `${body.period} ${body.indicator}`,
        before: before ? presentProvinceTotal(before) : null,
        after,
      },
    ]);
    return after;
  });
}

export async function deleteProvinceTotal(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.findProvinceTotalById(tx, id, actor.visibleBoardIds);
    if (!row) throw TargetErrors.PROVINCE_TOTAL_NOT_FOUND();
    assertCan(actor, 'records.write', row.boardId);
    await repo.deleteProvinceTotal(tx, id);
    await recordAudit(tx, actor, [
      {
        boardId: row.boardId,
        action: 'delete',
        entityType: 'province_total',
        entityId: id,
        entityKey: `${row.period} ${row.indicator}`,
        before: presentProvinceTotal(row),
        after: null,
      },
    ]);
  });
}

/** A board's targets for a year and the province's totals it entered for a period. */
export async function boardPlan(executor: Executor, boardId: string, year: number, period: string) {
  const [targets, totals] = await Promise.all([
    repo.listTargets(executor, [boardId], year),
    repo.listProvinceTotals(executor, [boardId], period),
  ]);
  const indicators = new Set([...targets, ...totals].map((row) => row.indicator as TargetIndicator));
  return { targets, totals, indicators };
}

/** An indicator's result this period and the year before, as the production report has them. */
export type Results = Partial<Record<TargetIndicator, { value: string; previous: string | null }>>;

/**
 * Results against the board's targets for the year ("đạt 105% kế hoạch"): an amount target is
 * reached at result / target; a growth target at result / (last year × (1 + growth)).
 */
export function targetsAgainstResults(rows: TargetRow[], results: Results) {
  return rows.flatMap((row) => {
    const result = results[row.indicator as TargetIndicator];
    if (!result) return [];
    const target = presentTarget(row);
    const growthPct = growthPercent(result.value, result.previous);
    let achievedPct: number | null = null;
    if (target.targetValue !== null) achievedPct = percent(result.value, target.targetValue);
    else if (target.targetGrowthPct !== null && result.previous !== null) {
      // plan = previous × (100 + g) / 100, in hundredths to stay exact.
      const g = Math.round(target.targetGrowthPct * 100);
      achievedPct = percent(
        scaled(result.value, 1_000_000n),
        scaled(result.previous, BigInt(10_000 + g) * 100n),
      );
    }
    return [
      {
        indicator: target.indicator,
        year: target.year,
        targetValue: target.targetValue,
        targetGrowthPct: target.targetGrowthPct,
        actual: result.value,
        growthPct,
        achievedPct,
      },
    ];
  });
}

/** The zones' share of the province's totals entered for the period ("chiếm trên 60%"). */
export function provinceShares(rows: ProvinceTotalRow[], results: Results) {
  return rows.flatMap((row) => {
    const result = results[row.indicator as TargetIndicator];
    if (!result) return [];
    const provinceValue = trimDecimal(row.value);
    return [
      {
        indicator: row.indicator,
        period: row.period,
        provinceValue,
        zonesValue: result.value,
        sharePct: percent(result.value, provinceValue),
      },
    ];
  });
}

/** A decimal string times an integer factor, as a decimal string (for exact ratios). */
function scaled(value: string, factor: bigint): string {
  const { units, scale } = parseDecimal(value);
  return formatScaled({ units: units * factor, scale });
}
