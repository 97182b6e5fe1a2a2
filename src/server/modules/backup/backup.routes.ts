import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import { assertMayBackup, backupDatabase, backupFileName } from './backup.service.ts';

function sendBackup(reply: FastifyReply, body: Readable) {
  return reply
    .type('application/gzip')
    .header('content-disposition', `attachment; filename="${backupFileName()}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * GET /backup — the whole database as a backup file (kcn-backup v1, gzip), streamed. It is how
 * `kcn backup` reaches an embedded database a running server holds (with the local secret);
 * national administrators may download one too.
 */
export function backupRoutes(appVersion: string) {
  return async (app: AppInstance) => {
    app.get(
      '/backup',
      {
        schema: {
          tags: ['backup'],
          summary: 'A backup of the whole database (national administrators, the local command line)',
          description:
            'Answers application/gzip: JSON lines — a header (format "kcn-backup", version 1, migrations, row counts), the rows of every table, an end line. Restore with `kcn restore FILE` into an empty database.',
          response: {
            200: fileResponse('application/gzip', 'The backup file (kcn-backup v1: gzip of JSON lines)'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        assertMayBackup(actor);
        const body = new PassThrough();
        backupDatabase(app.db, actor, body, { kind: app.database.kind, appVersion }).catch(
          (error: unknown) => {
            // The status is sent already: the cut stream is what the client sees (and refuses).
            request.log.error({ err: error }, 'backup failed');
            body.destroy(error instanceof Error ? error : new Error(String(error)));
          },
        );
        return sendBackup(reply, body);
      },
    );
  };
}
