import { z } from 'zod';
import type { AppInstance } from '../../kernel/http.ts';
import { ErrorEnvelope } from '../../kernel/schemas.ts';

const Health = z
  .object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() })
  .meta({ id: 'Health' });

export function healthRoutes(version: string) {
  return async (app: AppInstance) => {
    app.get(
      '/health',
      {
        config: { public: true },
        schema: {
          tags: ['health'],
          summary: 'Liveness and database reachability',
          // 400: a query holding what no input may (input-guard.ts); 503: the database is away.
          response: { 200: Health, 400: ErrorEnvelope, 503: ErrorEnvelope },
        },
      },
      async () => {
        // Not a query: the embedded database in its worker answers without queueing behind one.
        await app.database.ping();
        return { status: 'ok' as const, database: app.database.kind, version };
      },
    );
  };
}
