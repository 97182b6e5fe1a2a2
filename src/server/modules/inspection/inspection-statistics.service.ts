/**
 * The year's inspection statistics: inspections done against the approved plans, findings by
 * topic (fines exact in đồng; closed, open, overdue on asOf), enterprises inspected. One
 * computation; the Word and Excel files are laid out from its JSON.
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { findingState, INSPECTION_TOPICS } from '../../../domain/inspection.ts';
import { boardDirectory } from '../boards/index.ts';
import * as repo from './inspection.repository.ts';
import type { InspectionStatistics } from './inspection.schemas.ts';
import { boardOf } from './inspection.service.ts';

type Figures = InspectionStatistics['total'];

function figuresOf(inspectionCount: number, findings: readonly repo.FindingRow[], asOf: string): Figures {
  const states = findings.map((f) =>
    findingState({ status: f.status as 'open' | 'closed', remedyDueOn: f.remedyDueOn }, asOf),
  );
  return {
    inspections: inspectionCount,
    findings: findings.length,
    finesDong: findings.reduce((sum, f) => sum + (f.fineDong ?? 0n), 0n).toString(),
    findingsClosed: states.filter((s) => s === 'closed').length,
    findingsOpen: states.filter((s) => s !== 'closed').length,
    findingsOverdue: states.filter((s) => s === 'overdue').length,
  };
}

export async function inspectionStatistics(
  db: Executor,
  actor: Actor,
  query: { board?: string | undefined; year: number; asOf?: string | undefined },
): Promise<InspectionStatistics> {
  const boardId = await boardOf(db, actor, query.board, 'records.read');
  const asOf = query.asOf ?? vietnamToday();
  const code = (await boardDirectory(db, { ids: [boardId] })).codeById.get(boardId) ?? '';
  const items = (await repo.itemsOfBoardYear(db, boardId, query.year)).filter(
    (r) => r.plan.status === 'approved',
  );
  const done = await repo.inspectionsUnderItems(
    db,
    items.map((r) => r.item.id),
  );
  const doneInPlan = items.filter((r) => (done.get(r.item.id) ?? []).length > 0).length;
  const yearInspections = await repo.inspectionsOfBoardYear(db, boardId, query.year);
  const findings = await repo.findingsOfInspections(
    db,
    yearInspections.map((i) => i.id),
  );
  return {
    report: 'inspection',
    boards: [code],
    year: query.year,
    asOf,
    plan: {
      planItems: items.length,
      doneInPlan,
      notYetDone: items.length - doneInPlan,
      doneOutOfPlan: yearInspections.filter((i) => i.kind === 'unplanned').length,
      inspections: yearInspections.length,
      concluded: yearInspections.filter((i) => i.status === 'concluded').length,
    },
    byTopic: INSPECTION_TOPICS.map((topic) => ({
      topic,
      ...figuresOf(
        yearInspections.filter((i) => i.topics.includes(topic)).length,
        findings.filter((f) => f.topic === topic),
        asOf,
      ),
    })),
    total: figuresOf(yearInspections.length, findings, asOf),
    enterprisesInspected: new Set(yearInspections.map((i) => i.enterpriseId)).size,
  };
}
