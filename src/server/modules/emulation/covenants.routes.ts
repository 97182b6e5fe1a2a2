import { can } from '../../kernel/actor.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import {
  BlocYearParams,
  CovenantFileQuery,
  EmulationCovenant,
  SetCovenantBody,
} from './covenants.schemas.ts';
import * as service from './covenants.service.ts';
import { ATTACHMENT_LIMIT_BYTES, UPLOAD_MEDIA_TYPES } from './emulation-files.ts';
import { sendAttachment } from '../../kernel/documents/document-download.ts';

/** Giao ước thi đua of a bloc's year, and its signed document. */
export function covenantsRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['emulation'];
    const parseBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) =>
      done(null, body);
    for (const mediaType of UPLOAD_MEDIA_TYPES)
      app.addContentTypeParser(
        mediaType,
        { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMIT_BYTES },
        parseBuffer,
      );

    app.get(
      '/blocs/:code/covenants/:year',
      {
        schema: {
          tags,
          summary: "The bloc's covenant (giao ước thi đua) of a year",
          params: BlocYearParams,
          response: { 200: EmulationCovenant, ...errorResponses },
        },
      },
      async (request) =>
        service.getCovenant(app.db, actorOf(request), request.params.code, request.params.year),
    );
    app.put(
      '/blocs/:code/covenants/:year',
      {
        schema: {
          tags,
          summary: "Set the bloc's covenant of a year (the year's leader or a bloc administrator)",
          params: BlocYearParams,
          body: SetCovenantBody,
          response: { 200: EmulationCovenant, ...errorResponses },
        },
      },
      async (request) =>
        service.setCovenant(app.db, actorOf(request), request.params.code, request.params.year, request.body),
    );
    app.put(
      '/blocs/:code/covenants/:year/file',
      {
        bodyLimit: ATTACHMENT_LIMIT_BYTES,
        // Nobody who may not keep a bloc's things gets the body read.
        onRequest: async (request) => {
          const actor = actorOf(request);
          if (!can(actor, 'emulation.manage') && !can(actor, 'blocs.manage')) throw CommonErrors.FORBIDDEN();
        },
        schema: {
          tags,
          summary: 'Store the signed covenant (PDF, DOCX, JPEG, PNG; ≤ 10 MB) as the raw body',
          description:
            'Send the file as the raw body (≤ 10 MB). Its type is read from its first bytes: PDF, JPEG, PNG or a Word file; anything else is refused with 415 EMULATION_FILE_TYPE. Replaces the file stored before.',
          consumes: UPLOAD_MEDIA_TYPES,
          params: BlocYearParams,
          querystring: CovenantFileQuery,
          response: { 200: EmulationCovenant, ...errorResponses },
        },
      },
      async (request) =>
        service.uploadCovenantFile(
          app.db,
          actorOf(request),
          request.params.code,
          request.params.year,
          request.query,
          request.body,
        ),
    );
    app.get(
      '/blocs/:code/covenants/:year/file',
      {
        schema: {
          tags,
          summary: 'Download the signed covenant, under its name',
          params: BlocYearParams,
          response: {
            200: fileResponse('application/octet-stream', 'The file as uploaded'),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const file = await service.covenantFile(
          app.db,
          actorOf(request),
          request.params.code,
          request.params.year,
        );
        return sendAttachment(reply, { ...file, contentType: file.mediaType });
      },
    );
  };
}
