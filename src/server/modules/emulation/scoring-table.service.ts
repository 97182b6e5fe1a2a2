/**
 * Bảng tiêu chí, thang điểm thi đua: a bloc's scoring table of a year — a tree of criteria, each
 * with its kind and maximum, and members' targets for the quantitative ones. Kept by the year's
 * leader or the bloc's administrators until a member submits its sheet; checked by the domain's
 * `criteriaProblems` before it is stored.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import type { Db, Executor } from '../../kernel/db/database.ts';
import { updateVersioned, versionConflict } from '../../kernel/db/versioned.ts';
import type { ErrorDetail } from '../../kernel/errors.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { addDecimal } from '../../../domain/decimal.ts';
import { criteriaProblems, type Criterion } from '../../../domain/scoring.ts';
import { assertBlocWriter, assertReadBlocYear, loadBlocYearByCode, type BlocYear } from './bloc-access.ts';
import { EMULATION_ENTITY } from './emulation-audit.ts';
import { EmulationErrors } from './emulation.errors.ts';
import { scoreSheets, scoringCriteria, scoringTables, scoringTargets } from './emulation.tables.ts';
import * as repo from './scoring.repository.ts';
import type { CriterionInput, ScoringTable, SetScoringTableBody } from './scoring.schemas.ts';
import { describeSource } from './scoring-sources.ts';

/** A table has at most this many criteria, this many levels deep. */
export const MAX_CRITERIA = 300;
export const MAX_DEPTH = 5;

/** A criterion of the body, flattened in the table's order, with where it is in the body. */
interface FlatCriterion {
  input: CriterionInput;
  parentCode: string | null;
  path: string;
  depth: number;
}

function flatten(criteria: readonly CriterionInput[]): FlatCriterion[] {
  const flat: FlatCriterion[] = [];
  const visit = (list: readonly CriterionInput[], parentCode: string | null, path: string, depth: number) => {
    list.forEach((input, i) => {
      const here = `${path}[${i}]`;
      flat.push({ input, parentCode, path: here, depth });
      if (input.children?.length) visit(input.children, input.code, `${here}.children`, depth + 1);
    });
  };
  visit(criteria, null, 'body.criteria', 1);
  return flat;
}

/** The most points a member can have: Σ of the top-level maxima, penalties excepted. */
export function maxTotal(
  rows: readonly { parentId: string | null; kind: string; maxPoints: string }[],
): string {
  return repo.trimPoints(
    rows
      .filter((r) => r.parentId === null && r.kind !== 'penalty')
      .reduce((total, r) => addDecimal(total, r.maxPoints), '0'),
  );
}

/** Refuses a table the domain cannot score, or one too large, listing every problem (bounded). */
function checkCriteria(flat: readonly FlatCriterion[]): void {
  if (flat.length > MAX_CRITERIA || flat.some((c) => c.depth > MAX_DEPTH))
    throw EmulationErrors.SCORING_TABLE_TOO_LARGE([
      {
        path: 'body.criteria',
        message: `Bảng có ${flat.length} tiêu chí, sâu ${Math.max(...flat.map((c) => c.depth))} cấp.`,
        reason: 'too_large',
      },
    ]);
  const sourceProblems: ErrorDetail[] = [];
  for (const c of flat) {
    if (!c.input.source) continue;
    if (c.input.kind !== 'quantitative')
      sourceProblems.push({
        path: `${c.path}.source`,
        message: `Tiêu chí ${c.input.code} không phải tiêu chí định lượng nên không lấy số liệu từ báo cáo.`,
        reason: 'not_quantitative',
      });
    else if (c.input.unit && c.input.unit !== describeSource(c.input.source).unit)
      sourceProblems.push({
        path: `${c.path}.unit`,
        message: `Số liệu "${c.input.source}" tính bằng ${describeSource(c.input.source).unit}, không phải ${c.input.unit}.`,
        reason: 'unit',
      });
  }
  if (sourceProblems.length > 0) throw EmulationErrors.SCORING_SOURCE_INVALID(sourceProblems);
  const domain: Criterion[] = flat.map((c) => ({
    id: c.input.code,
    parentId: c.parentCode,
    code: c.input.code,
    name: c.input.name,
    kind: c.input.kind,
    maxPoints: c.input.maxPoints,
    pointsPerOccurrence: c.input.pointsPerOccurrence ?? null,
  }));
  const problems = criteriaProblems(domain);
  if (problems.length > 0) {
    // Codes are the ids here: a duplicate's problem names its second occurrence.
    const seen = new Map<string, number>();
    const pathOf = flat.map((c) => {
      const n = seen.get(c.input.code) ?? 0;
      seen.set(c.input.code, n + 1);
      return { code: c.input.code, n, path: c.path };
    });
    throw EmulationErrors.SCORING_TABLE_INVALID(
      problems.map((p) => {
        const nth = p.code === 'SCORING_DUPLICATE_CODE' ? 1 : 0;
        const at =
          pathOf.find((x) => x.code === p.criterionId && x.n === nth) ??
          pathOf.find((x) => x.code === p.criterionId);
        return {
          path: at?.path ?? 'body.criteria',
          message: p.message,
          reason: p.code,
          criterion: p.criterionId,
        };
      }),
    );
  }
}

function checkTargets(
  input: SetScoringTableBody,
  flat: readonly FlatCriterion[],
  year: BlocYear,
): { code: string; boardId: string; target: string }[] {
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  const targets = input.targets.flatMap((t, i) => {
    const criterion = flat.find((c) => c.input.code === t.criterion)?.input;
    const member = year.members.find((m) => m.code === t.board);
    const path = `body.targets[${i}]`;
    if (!criterion || criterion.kind !== 'quantitative')
      problems.push({
        path: `${path}.criterion`,
        message: criterion
          ? `Tiêu chí ${t.criterion} không phải tiêu chí định lượng: không có chỉ tiêu.`
          : `Bảng không có tiêu chí ${t.criterion}.`,
        reason: criterion ? 'not_quantitative' : 'unknown_criterion',
      });
    if (!member)
      problems.push({
        path: `${path}.board`,
        message: `${t.board} không là thành viên khối ${year.bloc.code} năm ${year.year}.`,
        reason: 'not_member',
      });
    const key = `${t.criterion}|${t.board}`;
    if (seen.has(key))
      problems.push({
        path,
        message: `Chỉ tiêu ${t.criterion} của ${t.board} được nêu hai lần.`,
        reason: 'duplicate',
      });
    seen.add(key);
    return criterion && member ? [{ code: t.criterion, boardId: member.id, target: t.target }] : [];
  });
  if (problems.length > 0) throw EmulationErrors.SCORING_TARGET_INVALID(problems);
  return targets;
}

/** The table as the API shows it. */
export async function presentTable(
  executor: Executor,
  year: BlocYear,
  table: repo.ScoringTableRow,
): Promise<ScoringTable> {
  const criteria = await repo.tableCriteria(executor, table.id);
  const targets = await repo.tableTargets(
    executor,
    criteria.map((c) => c.id),
  );
  const sheets = await repo.tableSheets(executor, table.id);
  const codeOfCriterion = new Map(criteria.map((c) => [c.id, c.code]));
  const codeOfBoard = new Map(year.members.map((m) => [m.id, m.code]));
  const position = new Map(criteria.map((c, i) => [c.id, i]));
  const memberIndex = new Map(year.members.map((m, i) => [m.id, i]));
  return {
    id: table.id,
    bloc: year.bloc.code,
    blocName: year.bloc.name,
    year: year.year,
    name: table.name,
    adoptedBy: table.adoptedBy,
    leader: codeOfBoard.get(year.leaderBoardId) ?? '',
    members: year.members.map((m) => ({
      code: m.code,
      name: m.name,
      sheetState: (sheets.find((s) => s.boardId === m.id)?.state ??
        null) as ScoringTable['members'][number]['sheetState'],
    })),
    criteria: repo.criteriaTree(criteria),
    maxTotal: maxTotal(criteria),
    targets: targets
      .filter((t) => codeOfBoard.has(t.boardId))
      .sort(
        (a, b) =>
          position.get(a.criterionId)! - position.get(b.criterionId)! ||
          memberIndex.get(a.boardId)! - memberIndex.get(b.boardId)!,
      )
      .map((t) => ({
        criterion: codeOfCriterion.get(t.criterionId)!,
        board: codeOfBoard.get(t.boardId)!,
        target: repo.trimPoints(t.target),
      })),
    version: table.version,
    createdAt: toVietnamTimestamp(table.createdAt),
    updatedAt: toVietnamTimestamp(table.updatedAt),
  };
}

/** The bloc's table of a year, or SCORING_TABLE_NOT_FOUND. */
export async function loadTable(
  executor: Executor,
  year: BlocYear,
  forUpdate = false,
): Promise<repo.ScoringTableRow> {
  const table = await repo.findTable(executor, year, forUpdate);
  if (!table) throw EmulationErrors.SCORING_TABLE_NOT_FOUND();
  return table;
}

export async function getScoringTable(
  db: Db,
  actor: Actor,
  code: string,
  yearNumber: number,
): Promise<ScoringTable> {
  const year = await loadBlocYearByCode(db, code, yearNumber);
  await assertReadBlocYear(db, actor, year);
  return presentTable(db, year, await loadTable(db, year));
}

/**
 * Sets the table of a bloc's year: its criteria (kept by code, so sheets' values of criteria that
 * stay keep them) and targets. Refused once a member has submitted its sheet.
 */
export async function setScoringTable(
  db: Executor,
  actor: Actor,
  code: string,
  yearNumber: number,
  input: SetScoringTableBody,
): Promise<ScoringTable> {
  const flat = flatten(input.criteria);
  checkCriteria(flat);
  return db.transaction(async (tx) => {
    const year = await loadBlocYearByCode(tx, code, yearNumber);
    await assertBlocWriter(tx, actor, year);
    const targets = checkTargets(input, flat, year);
    let table = await repo.findTable(tx, year, true);
    const before = table ? await presentTable(tx, year, table) : null;
    const values = { name: input.name, adoptedBy: input.adoptedBy };
    if (!table) {
      if (input.version !== undefined) throw EmulationErrors.SCORING_TABLE_NOT_FOUND();
      const [row] = await tx
        .insert(scoringTables)
        .values({ blocId: year.bloc.id, year: year.year, ...values })
        .onConflictDoNothing()
        .returning();
      if (!row) throw versionConflict((await repo.findTable(tx, year))?.version ?? 1);
      table = row;
    } else {
      if (input.version !== table.version) throw versionConflict(table.version);
      const locked = await tx
        .select({ id: scoreSheets.id })
        .from(scoreSheets)
        .where(and(eq(scoreSheets.tableId, table.id), ne(scoreSheets.state, 'draft')))
        .limit(1);
      if (locked.length > 0) throw EmulationErrors.SCORING_TABLE_LOCKED();
      table = await updateVersioned(tx, scoringTables, table.id, input.version, table.version, values);
    }
    // Criteria by code: those that stay keep their id (and the sheets' values), parents first.
    const existing = new Map((await repo.tableCriteria(tx, table.id)).map((c) => [c.code, c]));
    const idOf = new Map<string, string>();
    for (const [position, c] of flat.entries()) {
      const row = {
        parentId: c.parentCode === null ? null : idOf.get(c.parentCode)!,
        position,
        name: c.input.name,
        kind: c.input.kind,
        maxPoints: c.input.maxPoints,
        pointsPerOccurrence: c.input.kind === 'per_occurrence' ? (c.input.pointsPerOccurrence ?? null) : null,
        unit: c.input.unit ?? (c.input.source ? describeSource(c.input.source).unit : null),
        source: c.input.kind === 'quantitative' ? (c.input.source ?? null) : null,
      };
      const found = existing.get(c.input.code);
      if (found) {
        await tx.update(scoringCriteria).set(row).where(eq(scoringCriteria.id, found.id));
        idOf.set(c.input.code, found.id);
      } else {
        const [inserted] = await tx
          .insert(scoringCriteria)
          .values({ tableId: table.id, code: c.input.code, ...row })
          .returning({ id: scoringCriteria.id });
        idOf.set(c.input.code, inserted!.id);
      }
    }
    const removed = [...existing.values()].filter((c) => !idOf.has(c.code)).map((c) => c.id);
    if (removed.length > 0) await tx.delete(scoringCriteria).where(inArray(scoringCriteria.id, removed));
    const ids = [...idOf.values()];
    await tx.delete(scoringTargets).where(inArray(scoringTargets.criterionId, ids));
    if (targets.length > 0)
      await tx
        .insert(scoringTargets)
        .values(
          targets.map((t) => ({ criterionId: idOf.get(t.code)!, boardId: t.boardId, target: t.target })),
        );
    const after = await presentTable(tx, year, table);
    await recordAudit(tx, actor, [
      {
        boardId: null,
        action: before ? 'update' : 'create',
        entityType: EMULATION_ENTITY.scoringTable,
        entityId: table.id,
        entityKey: `${year.bloc.code}/${year.year}`,
        ...(before ? { before } : {}),
        after,
      },
    ]);
    return after;
  });
}
