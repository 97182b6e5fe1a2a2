/**
 * The staff home page's agenda (việc cần làm hôm nay): what needs doing today across modules —
 * findings overdue, dossiers at risk, reports to review, complaints near their deadline,
 * difficulties unanswered — gathered from each module's face.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';

export const agendaModule = {
  name: 'agenda',
  routes: () => [],
} satisfies ServerModule<ModuleContext>;
