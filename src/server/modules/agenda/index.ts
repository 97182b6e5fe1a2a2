/**
 * The staff home page's agenda (việc cần làm hôm nay): what needs doing today across modules —
 * findings overdue, dossiers at risk, reports to review, complaints near their deadline,
 * difficulties unanswered — gathered from each module's face.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { agendaRoutes } from './agenda.routes.ts';

export { Agenda, AgendaItem } from './agenda.schemas.ts';
export { AgendaErrors } from './agenda.errors.ts';
export { agendaOf } from './agenda.service.ts';

export const agendaModule = {
  name: 'agenda',
  routes: (context) => [agendaRoutes(context)],
} satisfies ServerModule<ModuleContext>;
