import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.ts';
import type { Criterion } from '../../../domain/scoring.ts';
import type { BlocYear } from './bloc-access.ts';
import {
  scoreEntries,
  scoreSheets,
  scoringCriteria,
  scoringTables,
  scoringTargets,
} from './emulation.tables.ts';
import type { CriterionNode } from './scoring.schemas.ts';
import type { ScoringSource } from './scoring-sources.ts';

export type ScoringTableRow = typeof scoringTables.$inferSelect;
export type CriterionRow = typeof scoringCriteria.$inferSelect;
export type TargetRow = typeof scoringTargets.$inferSelect;
export type SheetRow = typeof scoreSheets.$inferSelect;
export type EntryRow = typeof scoreEntries.$inferSelect;

export async function findTable(
  executor: Executor,
  year: BlocYear,
  forUpdate = false,
): Promise<ScoringTableRow | null> {
  const query = executor
    .select()
    .from(scoringTables)
    .where(and(eq(scoringTables.blocId, year.bloc.id), eq(scoringTables.year, year.year)))
    .limit(1);
  const rows = forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** A table's criteria in the table's order (parents before children, siblings in order). */
export async function tableCriteria(executor: Executor, tableId: string): Promise<CriterionRow[]> {
  return executor
    .select()
    .from(scoringCriteria)
    .where(eq(scoringCriteria.tableId, tableId))
    .orderBy(asc(scoringCriteria.position));
}

export async function tableTargets(
  executor: Executor,
  criterionIds: readonly string[],
): Promise<TargetRow[]> {
  if (criterionIds.length === 0) return [];
  return executor
    .select()
    .from(scoringTargets)
    .where(inArray(scoringTargets.criterionId, [...criterionIds]));
}

export async function tableSheets(executor: Executor, tableId: string): Promise<SheetRow[]> {
  return executor.select().from(scoreSheets).where(eq(scoreSheets.tableId, tableId));
}

export async function findSheet(
  executor: Executor,
  tableId: string,
  boardId: string,
  forUpdate = false,
): Promise<SheetRow | null> {
  const query = executor
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.tableId, tableId), eq(scoreSheets.boardId, boardId)))
    .limit(1);
  const rows = forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

export async function sheetEntries(executor: Executor, sheetIds: readonly string[]): Promise<EntryRow[]> {
  if (sheetIds.length === 0) return [];
  return executor
    .select()
    .from(scoreEntries)
    .where(inArray(scoreEntries.sheetId, [...sheetIds]));
}

/** The domain's view of the criteria (scoring.ts). */
export function domainCriteria(rows: readonly CriterionRow[]): Criterion[] {
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    name: row.name,
    kind: row.kind as Criterion['kind'],
    maxPoints: trimPoints(row.maxPoints),
    pointsPerOccurrence: row.pointsPerOccurrence === null ? null : trimPoints(row.pointsPerOccurrence),
  }));
}

/** "20.00" → "20", "2.50" → "2.5": numbers as people typed them. */
export function trimPoints(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** The criteria as a tree, as the API shows them. */
export function criteriaTree(rows: readonly CriterionRow[]): CriterionNode[] {
  const nodes = new Map<string, CriterionNode>();
  const roots: CriterionNode[] = [];
  for (const row of rows) {
    const node: CriterionNode = {
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind as CriterionNode['kind'],
      maxPoints: trimPoints(row.maxPoints),
      pointsPerOccurrence: row.pointsPerOccurrence === null ? null : trimPoints(row.pointsPerOccurrence),
      unit: row.unit,
      source: row.source as ScoringSource | null,
      children: [],
    };
    nodes.set(row.id, node);
  }
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
