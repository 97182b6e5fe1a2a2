import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { Agenda, AgendaQuery } from './agenda.schemas.ts';
import * as service from './agenda.service.ts';

/** Việc cần làm hôm nay: the staff home page's agenda. */
export function agendaRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['agenda'];

    app.get(
      '/agenda',
      {
        schema: {
          tags,
          summary:
            'What needs doing today on a board, across modules: overdue first, then due soon, then waiting; each group capped at 20',
          querystring: AgendaQuery,
          response: { 200: Agenda, ...errorResponses },
        },
      },
      async (request) => service.agendaOf(app.db, actorOf(request), request.query),
    );
  };
}
