/**
 * Complaints, denunciations and petitions' public face (khiếu nại, tố cáo, kiến nghị): receipt,
 * classification, assignment, statutory deadlines in working days, result and publication; the
 * reporter's identity protected; the statistics report.
 */
import type { AgendaItem } from '../../../domain/agenda.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { complaintsRoutes } from './complaints.routes.ts';
import { complaintsAgenda as agenda } from './complaints.service.ts';

export * from './complaints.tables.ts';
export { ComplaintErrors } from './complaints.errors.ts';
export { Complaint, ComplaintList, ComplaintStatistics } from './complaints.schemas.ts';
export { complaintStatistics } from './complaints-statistics.service.ts';
export { loadComplaintsDemo, type ComplaintsDemoSummary } from './complaints.demo.ts';

/** Complaints past or near their deadline (to accept or to settle), of the actor's boards. */
export async function complaintsAgenda(db: Db, actor: Actor, today: string): Promise<AgendaItem[]> {
  return agenda(db, actor, today);
}

export const complaintsModule = {
  name: 'complaints',
  routes: (context) => [complaintsRoutes(context)],
} satisfies ServerModule<ModuleContext>;
