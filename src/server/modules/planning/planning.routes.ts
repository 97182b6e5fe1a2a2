import { z } from 'zod';
import { can } from '../../kernel/actor.ts';
import { sendAttachment } from '../../kernel/documents/document-download.ts';
import { listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import {
  decisionFile,
  DECISION_FILE_LIMIT_BYTES,
  DECISION_FILE_MEDIA_TYPES,
  uploadDecisionFile,
} from './planning-files.ts';
import { downloadDecisions } from './planning.download.ts';
import {
  CreateDecisionBody,
  DecisionFileQuery,
  DecisionIdParams,
  DecisionVersionQuery,
  ListDecisionsQuery,
  UpdateDecisionBody,
  ZoneDecision,
  ZoneDecisionList,
  ZoneIdParams,
  ZoneTimeline,
} from './planning.schemas.ts';
import * as service from './planning.service.ts';

/** The register of decisions about a zone, their signed files, and a zone's timeline. */
export async function planningRoutes(app: AppInstance) {
  const tags = ['planning'];
  // A decision's signed file comes as the raw body (its type read from its bytes).
  const parseBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) =>
    done(null, body);
  for (const mediaType of DECISION_FILE_MEDIA_TYPES)
    app.addContentTypeParser(
      mediaType,
      { parseAs: 'buffer', bodyLimit: DECISION_FILE_LIMIT_BYTES },
      parseBuffer,
    );

  app.get(
    '/planning/decisions',
    {
      schema: {
        tags,
        summary:
          "The board's register of decisions about its zones (chủ trương, thành lập, quy hoạch, điều chỉnh), newest first",
        querystring: ListDecisionsQuery,
        response: { 200: listOrWorkbook(ZoneDecisionList, 'A page of decisions'), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.query.format === 'xlsx')
        return sendListFile(reply, await downloadDecisions(app.db, actorOf(request), request.query));
      return service.listDecisions(app.db, actorOf(request), request.query);
    },
  );
  app.post(
    '/planning/decisions',
    {
      schema: {
        tags,
        summary: 'Record a decision about a zone (an adjustment states the area before and after)',
        body: CreateDecisionBody,
        response: { 201: ZoneDecision, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createDecision(app.db, actorOf(request), request.body)),
  );
  app.get(
    '/planning/decisions/:id',
    {
      schema: {
        tags,
        summary: 'A decision about a zone',
        params: DecisionIdParams,
        response: { 200: ZoneDecision, ...errorResponses },
      },
    },
    async (request) => service.getDecision(app.db, actorOf(request), request.params.id),
  );
  app.patch(
    '/planning/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Correct a decision (its zone stays); the rules apply to the result',
        params: DecisionIdParams,
        body: UpdateDecisionBody,
        response: { 200: ZoneDecision, ...errorResponses },
      },
    },
    async (request) => service.updateDecision(app.db, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/planning/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Delete a decision entered by mistake, while it has no signed file',
        params: DecisionIdParams,
        querystring: DecisionVersionQuery,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteDecision(app.db, actorOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/planning/decisions/:id/file',
    {
      bodyLimit: DECISION_FILE_LIMIT_BYTES,
      // Nobody who may not write records gets the body read (a viewer's 20 MB is refused at once).
      onRequest: async (request) => {
        if (!can(actorOf(request), 'records.write')) throw CommonErrors.FORBIDDEN();
      },
      schema: {
        tags,
        summary: 'Attach the signed decision (PDF, or a JPEG/PNG scan; ≤ 20 MB) as the raw body, once',
        description:
          'Send the file as the raw body (≤ 20 MB), its name in `fileName`. Its type is read from its first bytes: PDF, JPEG or PNG; anything else is refused with 415 PLANNING_FILE_TYPE. A signed decision is kept as signed: its file is set once, a second one is refused with 409 PLANNING_FILE_EXISTS.',
        consumes: DECISION_FILE_MEDIA_TYPES,
        params: DecisionIdParams,
        querystring: DecisionFileQuery,
        response: { 200: ZoneDecision, ...errorResponses },
      },
    },
    async (request) =>
      uploadDecisionFile(app.db, actorOf(request), request.params.id, request.query, request.body),
  );
  app.get(
    '/planning/decisions/:id/file',
    {
      schema: {
        tags,
        summary: 'Download the signed decision, under its name, byte for byte',
        params: DecisionIdParams,
        response: {
          200: fileResponse('application/octet-stream', 'The file as uploaded'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      sendAttachment(reply, await decisionFile(app.db, actorOf(request), request.params.id)),
  );
  app.get(
    '/planning/zones/:zoneId/timeline',
    {
      schema: {
        tags,
        summary: "A zone's timeline: its decisions and status changes, oldest first",
        params: ZoneIdParams,
        response: { 200: ZoneTimeline, ...errorResponses },
      },
    },
    async (request) => service.zoneTimeline(app.db, actorOf(request), request.params.zoneId),
  );
}
