import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import {
  jsonDocumentPieces,
  JsonStreamError,
  jsonStreamRefusal,
  readJsonDocument,
} from '../../kernel/json-stream.ts';
import { errorResponses, repeatable } from '../../kernel/schemas.ts';
import { DataPackageBody, DataPackageDocument } from './data-package.schema.ts';
import { exportPackage } from './package-export.service.ts';
import { findTrackedImport, trackImport } from './import-progress.ts';
import { importPackage } from './package-import.service.ts';
import { PackageErrors } from './packages.errors.ts';

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

const ImportProgress = z
  .object({
    id: z.string(),
    phase: z.enum(['checking', 'writing', 'done']),
    kind: z.string().nullable(),
    recordsDone: z.number().int(),
    recordsTotal: z.number().int(),
    outcome: z.enum(['running', 'succeeded', 'failed']),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportProgress' });

/** The id a page gives its import to follow it: a UUID, or any short token of safe characters. */
const ProgressId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** sha256 of the package bytes as received (the audit entry's content hash), by request. */
const contentHashes = new WeakMap<FastifyRequest, string>();

export function packagesRoutes(options: { bodyLimit: number }) {
  return async (app: AppInstance) => {
    const tags = ['packages'];
    // A package is read as it arrives, chunk by chunk (kernel/json-stream.ts): a national one is
    // more than one string can hold, and a 10 MB one parsed at once would hold the thread.
    app.addContentTypeParser('application/json', async (request: FastifyRequest, payload: Readable) => {
      const declared = Number(request.headers['content-length']);
      if (declared > options.bodyLimit) throw CommonErrors.PAYLOAD_TOO_LARGE();
      try {
        return await readJsonDocument(payload, { maxBytes: options.bodyLimit });
      } catch (error) {
        throw error instanceof JsonStreamError ? jsonStreamRefusal(error, 'body') : error;
      }
    });
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
            progressId: ProgressId.optional().meta({
              description:
                "An id of the caller's choosing: while the import runs, GET /packages/imports/{progressId} tells its phase and the records written",
            }),
          }),
          // The importer validates record by record to list every problem; the schema documents the shape.
          body: DataPackageBody,
          response: { 200: ImportSummary, ...errorResponses },
        },
        // Hashes the bytes as they arrive, for the audit entry of the import.
        preParsing: async (request, _reply, payload) => {
          const hash = createHash('sha256');
          const hashing = new Transform({
            transform(chunk: Buffer, _encoding, done) {
              hash.update(chunk);
              done(null, chunk);
            },
            flush(done) {
              contentHashes.set(request, hash.digest('hex'));
              done();
            },
          });
          return pipeline(payload, hashing, () => {});
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const tracker = request.query.progressId ? trackImport(actor, request.query.progressId) : null;
        try {
          const summary = await importPackage(app.db, actor, request.body, {
            dryRun: request.query.dryRun,
            contentHash: contentHashes.get(request),
            onProgress: tracker?.onProgress,
          });
          tracker?.finish('succeeded');
          return summary;
        } catch (error) {
          tracker?.finish('failed');
          throw error;
        }
      },
    );
    app.get(
      '/packages/imports/:id',
      {
        config: { permission: 'records.write' },
        schema: {
          tags,
          operationId: 'getPackageImport',
          summary: 'Progress of a running (or recently finished) package import started with progressId',
          params: z.strictObject({ id: ProgressId }),
          response: { 200: ImportProgress, ...errorResponses },
        },
      },
      async (request) => {
        const tracked = findTrackedImport(actorOf(request), request.params.id);
        if (!tracked) throw PackageErrors.PACKAGE_IMPORT_NOT_FOUND();
        return tracked;
      },
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
        // Written record by record: a national package is more than one string can hold.
        // (The stream is the schema's document as text; the typed reply knows only the document.)
        return (reply as FastifyReply)
          .type('application/json; charset=utf-8')
          .send(Readable.from(jsonDocumentPieces(pkg), { objectMode: false }));
      },
    );
  };
}
