/**
 * A board's validation rules (quy tắc kiểm tra): the built-in rules with the board's severity
 * and parameters (statistics_rules rows), read by the filing checks and set by staff.
 */
import { assertCan, type Actor } from '../../kernel/actor.ts';
import { actingBoard, readableBoardIds } from '../../kernel/scope.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { createdMeanwhile, updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import { STATISTICS_BOARD_CHOICE } from '../enterprises/index.ts';
import { FilingErrors } from './filing.errors.ts';
import { statisticsRules } from './filing.tables.ts';
import * as repo from './statistics-rules.repository.ts';
import {
  effectiveRules,
  isRuleCode,
  RULE_CODES,
  RULES,
  type RuleParams,
  type RuleSeverity,
} from './statistics-rules.ts';

/** The board's effective rules (defaults with its overrides). */
export async function rulesFor(executor: Executor, boardId: string) {
  return effectiveRules(await repo.rulesOfBoard(executor, boardId));
}

export async function listRules(db: Db, actor: Actor, boardId: string | undefined) {
  readableBoardIds(actor, 'statistics.read');
  const board = actingBoard(actor, { boardId: boardId, errors: STATISTICS_BOARD_CHOICE });
  const rows = await repo.rulesOfBoard(db, board);
  const effective = effectiveRules(rows);
  return RULE_CODES.map((code) => {
    const row = rows.find((r) => r.code === code);
    const rule = effective.get(code)!;
    return {
      code,
      boardId: board,
      description: RULES[code].description,
      severity: rule.severity,
      params: rule.params,
      defaultSeverity: RULES[code].severity as RuleSeverity,
      defaultParams: RULES[code].params as RuleParams,
      /** null until the board overrides the rule. */
      version: row?.version ?? null,
    };
  });
}

export async function updateRule(
  db: Db,
  actor: Actor,
  code: string,
  body: {
    boardId?: string | undefined;
    severity: RuleSeverity;
    params: RuleParams;
    version?: number | undefined;
  },
) {
  if (!isRuleCode(code)) throw FilingErrors.STATISTICS_RULE_NOT_FOUND();
  const board = actingBoard(actor, {
    boardId: body.boardId,
    path: 'body.boardId',
    errors: STATISTICS_BOARD_CHOICE,
  });
  assertCan(actor, 'records.write', board);
  const allowed = Object.keys(RULES[code].params);
  const problems = Object.entries(body.params)
    .filter(
      ([key, value]) =>
        !allowed.includes(key) ||
        !Number.isFinite(value) ||
        value < 0 ||
        (code === 'required_figures' && value !== 0 && value !== 1),
    )
    .map(([key]) => ({
      path: `body.params.${key}`,
      message: !allowed.includes(key)
        ? `Quy tắc không có tham số này (có: ${allowed.join(', ') || 'không có'}).`
        : code === 'required_figures'
          ? 'Tham số là 1 (bắt buộc) hoặc 0 (không bắt buộc).'
          : 'Tham số phải là số không âm.',
      reason: allowed.includes(key) ? 'invalid' : 'unknown_param',
    }));
  if (problems.length > 0) throw FilingErrors.STATISTICS_RULE_PARAMS_INVALID(problems);
  await db.transaction(async (tx) => {
    const current = (await repo.rulesOfBoard(tx, board)).find((r) => r.code === code);
    if (!current) {
      if (body.version !== undefined) throw versionConflict(0);
      const row =
        (await repo.insertRule(tx, { boardId: board, code, severity: body.severity, params: body.params })) ??
        (await createdMeanwhile(
          async () => (await repo.rulesOfBoard(tx, board)).find((r) => r.code === code)?.version,
        ));
      await recordAudit(tx, actor, [
        {
          boardId: board,
          action: 'create',
          entityType: 'statistics_rule',
          entityId: row.id,
          entityKey: code,
          after: row,
        },
      ]);
      return;
    }
    if (body.version === undefined) throw versionConflict(current.version);
    const row = await updateVersioned(tx, statisticsRules, current.id, body.version, current.version, {
      severity: body.severity,
      params: body.params,
    });
    await recordAudit(tx, actor, [
      {
        boardId: board,
        action: 'update',
        entityType: 'statistics_rule',
        entityId: row.id,
        entityKey: code,
        before: current,
        after: row,
      },
    ]);
  });
  return (await listRules(db, actor, board)).find((r) => r.code === code)!;
}
