import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, repeatable } from '../../kernel/schemas.ts';
import { DataPackageBody, DataPackageDocument } from './data-package.schema.ts';
import { exportPackage } from './package-export.service.ts';
import { importPackage } from './package-import.service.ts';

const Counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
const ImportSummary = z
  .object({
    dryRun: z.boolean(),
    boards: Counts,
    zones: Counts,
    projects: Counts,
    licensingEvents: Counts,
    capitalImplementations: Counts,
    enterprises: Counts,
    enterpriseReports: Counts,
    calendarYears: Counts,
    procedures: Counts,
    dossiers: Counts,
    blocs: Counts,
    blocReturns: Counts,
  })
  .meta({ id: 'ImportSummary' });

export function packagesRoutes(options: { bodyLimit: number }) {
  return async (app: AppInstance) => {
    const tags = ['packages'];
    app.post(
      '/packages/import',
      {
        bodyLimit: options.bodyLimit,
        // A reader's 20 MB package is refused before it is read, let alone checked.
        config: { permission: 'records.write' },
        schema: {
          tags,
          summary: 'Import a data package v1: all-or-nothing, every problem listed, idempotent',
          description:
            'On any invalid record nothing is written and the 422 PACKAGE_INVALID envelope lists every problem with its record kind, index, code, field and reason. `dryRun=true` validates and reports what would change without writing.',
          querystring: z.strictObject({
            dryRun: z
              .enum(['true', 'false'])
              .default('false')
              .transform((v) => v === 'true'),
          }),
          // The importer validates record by record to list every problem; the schema documents the shape.
          body: DataPackageBody,
          response: { 200: ImportSummary, ...errorResponses },
        },
      },
      async (request) =>
        importPackage(app.db, actorOf(request), request.body, { dryRun: request.query.dryRun }),
    );
    app.get(
      '/packages/export',
      {
        schema: {
          tags,
          operationId: 'exportPackage',
          summary: 'Export boards as a data package v1 (every visible board when none is named)',
          querystring: z.strictObject({ board: repeatable(z.string().min(1).max(16)) }),
          response: { 200: DataPackageDocument, ...errorResponses },
        },
      },
      async (request, reply) => {
        const pkg = await exportPackage(app.db, actorOf(request), request.query.board);
        const name = `kcn-${(request.query.board ?? ['all']).join('-')}-${pkg.exportedAt?.slice(0, 10)}.json`;
        void reply.header('content-disposition', `attachment; filename="${name}"`);
        return pkg;
      },
    );
  };
}
