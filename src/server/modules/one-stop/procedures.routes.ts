import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import * as office from './office.service.ts';
import {
  AddProcedureVersionBody,
  CreateProcedureBody,
  ListProceduresQuery,
  OfficeQuery,
  OneStopOffice,
  Procedure,
  ProcedureList,
  ProcedureParams,
  ProcedureVersionParams,
  PublicProcedureList,
  PublicProceduresQuery,
  RetireProcedureBody,
  SetOfficeBody,
  UpdateProcedureVersionBody,
} from './procedures.schemas.ts';
import * as service from './procedures.service.ts';

/** Public catalogue look-ups per address and minute: enough for a person, not for a crawler. */
const PUBLIC_RATE_LIMIT = { max: 60, timeWindow: 60_000 };

/** The procedure catalogue (thủ tục hành chính, versioned by legal effect) and the one-stop office. */
export function proceduresRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['one-stop'];
    app.get(
      '/one-stop/procedures',
      {
        // Enterprise accounts too: their own board's catalogue, with the ids a submission takes.
        config: { enterprise: true },
        schema: {
          tags,
          summary: 'The procedure catalogue as in force on a date, with accent-insensitive search',
          querystring: ListProceduresQuery,
          response: { 200: ProcedureList, ...errorResponses },
        },
      },
      async (request) => service.listProcedures(app.db, actorOf(request), request.query),
    );
    app.get(
      '/one-stop/procedures/:id',
      {
        schema: {
          tags,
          summary: 'A procedure with every version, newest first',
          params: ProcedureParams,
          response: { 200: Procedure, ...errorResponses },
        },
      },
      async (request) => service.getProcedure(app.db, actorOf(request), request.params.id),
    );
    app.post(
      '/one-stop/procedures',
      {
        schema: {
          tags,
          summary: 'Add a procedure to the board’s catalogue with its first version',
          body: CreateProcedureBody,
          response: { 201: Procedure, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createProcedure(app.db, actorOf(request), request.body)),
    );
    app.post(
      '/one-stop/procedures/:id/versions',
      {
        schema: {
          tags,
          summary: 'Add a version in force from a new date (the law changed the deadline, the fee…)',
          params: ProcedureParams,
          body: AddProcedureVersionBody,
          response: { 201: Procedure, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.addProcedureVersion(app.db, actorOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/one-stop/procedures/:id/versions/:versionId',
      {
        schema: {
          tags,
          summary: 'Correct a version (a version dossiers were received under keeps its deadline)',
          params: ProcedureVersionParams,
          body: UpdateProcedureVersionBody,
          response: { 200: Procedure, ...errorResponses },
        },
      },
      async (request) =>
        service.updateProcedureVersion(
          app.db,
          actorOf(request),
          request.params.id,
          request.params.versionId,
          request.body,
        ),
    );
    app.post(
      '/one-stop/procedures/:id/retire',
      {
        schema: {
          tags,
          summary: 'Retire a procedure from a date (bãi bỏ), or offer it again (retiredOn null)',
          params: ProcedureParams,
          body: RetireProcedureBody,
          response: { 200: Procedure, ...errorResponses },
        },
      },
      async (request) => service.retireProcedure(app.db, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/public/procedures',
      {
        config: { public: true, rateLimit: PUBLIC_RATE_LIMIT },
        schema: {
          tags,
          summary: 'A board’s procedures in force today, for investors (no sign-in)',
          querystring: PublicProceduresQuery,
          response: { 200: PublicProcedureList, ...errorResponses },
        },
      },
      async (request) => service.publicProcedures(app.db, request.query.board),
    );
    app.get(
      '/one-stop/office',
      {
        schema: {
          tags,
          summary: 'The board’s one-stop office: dossier code prefix, counter, address, hours',
          querystring: OfficeQuery,
          response: { 200: OneStopOffice, ...errorResponses },
        },
      },
      async (request) => office.getOffice(app.db, actorOf(request), request.query.boardId),
    );
    app.put(
      '/one-stop/office',
      {
        schema: {
          tags,
          summary: 'Set the board’s one-stop office (version required once set)',
          body: SetOfficeBody,
          response: { 200: OneStopOffice, ...errorResponses },
        },
      },
      async (request) => office.setOffice(app.db, actorOf(request), request.body),
    );
  };
}
