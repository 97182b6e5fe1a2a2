/**
 * Inspection's public face (kiểm tra doanh nghiệp): yearly plans approved by decision, inspections
 * in and out of plan, findings with their legal basis, fines and remedies, follow-up to closure;
 * the record (biên bản) and conclusion (kết luận) as Word; the statistics report.
 */
import { and, eq, inArray, lte } from 'drizzle-orm';
import { addDays, daysBetween } from '../../../domain/calendar-date.ts';
import type { AgendaItem } from '../../../domain/agenda.ts';
import {
  DUE_SOON_DAYS,
  findingDaysOverdue,
  findingState,
  INSPECTION_TOPIC_LABELS,
  type InspectionTopic,
} from '../../../domain/inspection.ts';
import { formatDate } from '../../../domain/number-format.ts';
import { can, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { ServerModule } from '../../kernel/module.ts';
import { boardDirectory } from '../boards/index.ts';
import type { ModuleContext } from '../index.ts';
import { inspectionRoutes } from './inspection.routes.ts';
import { enterprisesByIds } from './inspection.repository.ts';
import { inspectionFindings, inspections } from './inspection.tables.ts';

export * from './inspection.tables.ts';
export * from './inspection.schemas.ts';
export { InspectionErrors } from './inspection.errors.ts';
export { inspectionStatistics } from './inspection-statistics.service.ts';
export { statisticsFile as inspectionStatisticsFile } from './inspection.documents.ts';
export { inspectionRoutes };

/** Findings overdue or due within a week, of the boards the actor keeps inspections for. */
export async function inspectionAgenda(db: Db, actor: Actor, today: string): Promise<AgendaItem[]> {
  const boardIds = actor.visibleBoardIds.filter((id) => can(actor, 'inspection.manage', id));
  if (boardIds.length === 0) return [];
  const rows = await db
    .select({ finding: inspectionFindings, inspection: inspections })
    .from(inspectionFindings)
    .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
    .where(
      and(
        inArray(inspectionFindings.boardId, boardIds),
        eq(inspectionFindings.status, 'open'),
        lte(inspectionFindings.remedyDueOn, addDays(today, DUE_SOON_DAYS)),
      ),
    );
  const names = await enterprisesByIds(
    db,
    rows.map((r) => r.inspection.enterpriseId),
  );
  const directory = await boardDirectory(db, { ids: boardIds });
  return rows
    .map(({ finding, inspection }): AgendaItem => {
      const standing = { status: 'open' as const, remedyDueOn: finding.remedyDueOn };
      const state = findingState(standing, today);
      const topic = INSPECTION_TOPIC_LABELS[finding.topic as InspectionTopic];
      const enterprise = names.get(inspection.enterpriseId)?.name ?? '';
      return {
        kind: 'finding_follow_up',
        id: finding.id,
        board: directory.codeById.get(finding.boardId) ?? '',
        urgency: state === 'overdue' ? 'overdue' : 'due_soon',
        title: `${enterprise}: ${finding.description}`,
        detail: `${topic} · kiểm tra ngày ${formatDate(inspection.startedOn)} · hạn khắc phục ${formatDate(finding.remedyDueOn!)}`,
        dueOn: finding.remedyDueOn,
        days:
          state === 'overdue'
            ? findingDaysOverdue(standing, today)
            : daysBetween(finding.remedyDueOn!, today),
        link: `/inspection/inspections/${inspection.id}`,
      };
    })
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.id.localeCompare(b.id));
}

export const inspectionModule = {
  name: 'inspection',
  routes: (context) => [inspectionRoutes(context)],
} satisfies ServerModule<ModuleContext>;
