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

export * from './difficulties.tables.ts';

/** Difficulties not yet answered (and those past their answer date), of the actor's boards. */
export async function difficultiesAgenda(_db: Db, _actor: Actor, _today: string): Promise<AgendaItem[]> {
  return [];
}

export const difficultiesModule = {
  name: 'difficulties',
  routes: () => [],
} satisfies ServerModule<ModuleContext>;
