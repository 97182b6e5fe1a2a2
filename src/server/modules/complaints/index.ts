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

export * from './complaints.tables.ts';

/** Complaints past or near their deadline (to accept or to settle), of the actor's boards. */
export async function complaintsAgenda(_db: Db, _actor: Actor, _today: string): Promise<AgendaItem[]> {
  return [];
}

export const complaintsModule = {
  name: 'complaints',
  routes: () => [],
} satisfies ServerModule<ModuleContext>;
