/**
 * Enterprises' difficulties and requests' public face (khó khăn, vướng mắc, kiến nghị): raised
 * by an enterprise or recorded by staff, routed, answered, confirmed or reopened; the open list
 * with ages, the leader's view of what is stuck, the statistics report.
 */
import type { AgendaItem } from '../../../domain/agenda.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { difficultiesAgendaItems } from './difficulties-agenda.ts';
import { difficultiesRoutes } from './difficulties.routes.ts';

export * from './difficulties.tables.ts';
export * from './difficulties.schemas.ts';
export { DifficultyErrors } from './difficulties.errors.ts';
export { difficultyStatistics } from './difficulties-report.service.ts';
export { loadDifficultiesDemo, type DifficultiesDemoSummary } from './difficulties.demo.ts';

/**
 * Difficulties not yet routed, or routed and not yet answered (overdue first), of the boards
 * where the actor holds difficulties.manage.
 */
export async function difficultiesAgenda(db: Db, actor: Actor, today: string): Promise<AgendaItem[]> {
  return difficultiesAgendaItems(db, actor, today);
}

export const difficultiesModule = {
  name: 'difficulties',
  routes: (context) => [difficultiesRoutes(context)],
} satisfies ServerModule<ModuleContext>;
