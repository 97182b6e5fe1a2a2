import { z } from 'zod';
import { listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import { IdParams, VersionQuery } from './commendation.schemas.ts';
import {
  CreateInitiativeBody,
  Initiative,
  InitiativeList,
  ListInitiativesQuery,
  UpdateInitiativeBody,
} from './initiatives.schemas.ts';
import * as initiatives from './initiatives.service.ts';
import {
  AwardEntry,
  AwardList,
  ListAwardsQuery,
  RecordAwardBody,
  RevokeAwardBody,
} from './register.schemas.ts';
import { downloadAwards } from './register.download.ts';
import * as register from './register.service.ts';
import {
  CreateRegistrationBody,
  ListRegistrationsQuery,
  TitleRegistration,
  TitleRegistrationList,
} from './registrations.schemas.ts';
import * as registrations from './registrations.service.ts';

/** The register of titles and awards, registrations for titles, and initiatives. */
export function registerRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['commendation'];

    // ---- the register ---------------------------------------------------------------------------
    app.get(
      '/commendation/awards',
      {
        schema: {
          tags,
          summary: 'The register of titles and awards (year, years, subject, award, kind), newest first',
          querystring: ListAwardsQuery,
          response: { 200: listOrWorkbook(AwardList, 'A page of the register'), ...errorResponses },
        },
      },
      async (request, reply) => {
        if (request.query.format === 'xlsx')
          return sendListFile(reply, await downloadAwards(app.db, actorOf(request), request.query));
        return register.listAwards(app.db, actorOf(request), request.query);
      },
    );

    app.post(
      '/commendation/awards',
      {
        schema: {
          tags,
          summary: 'Record an award given by another authority’s decision not kept here (in words)',
          body: RecordAwardBody,
          response: { 201: AwardEntry, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await register.recordAward(app.db, actorOf(request), request.body)),
    );

    app.post(
      '/commendation/awards/:id/revoke',
      {
        schema: {
          tags,
          summary: 'Revoke an award (date, reason): kept on the register, marked, no longer counted',
          params: IdParams,
          body: RevokeAwardBody,
          response: { 200: AwardEntry, ...errorResponses },
        },
      },
      async (request) => register.revokeAward(app.db, actorOf(request), request.params.id, request.body),
    );

    // ---- registrations --------------------------------------------------------------------------
    app.get(
      '/commendation/registrations',
      {
        schema: {
          tags,
          summary: 'A year’s registrations for titles (đăng ký thi đua) with their subjects',
          querystring: ListRegistrationsQuery,
          response: { 200: TitleRegistrationList, ...errorResponses },
        },
      },
      async (request) => registrations.listRegistrations(app.db, actorOf(request), request.query),
    );

    app.post(
      '/commendation/registrations',
      {
        schema: {
          tags,
          summary: 'Register a person or collective for a title of a year',
          body: CreateRegistrationBody,
          response: { 201: TitleRegistration, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await registrations.createRegistration(app.db, actorOf(request), request.body)),
    );

    app.delete(
      '/commendation/registrations/:id',
      {
        schema: {
          tags,
          summary: 'Delete a registration while no decision has recorded that award',
          params: IdParams,
          querystring: VersionQuery,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await registrations.deleteRegistration(
          app.db,
          actorOf(request),
          request.params.id,
          request.query.version,
        );
        return reply.status(204).send(null);
      },
    );

    // ---- initiatives ----------------------------------------------------------------------------
    app.get(
      '/commendation/initiatives',
      {
        schema: {
          tags,
          summary: 'A board’s initiatives (sáng kiến) with their authors, newest year first',
          querystring: ListInitiativesQuery,
          response: { 200: InitiativeList, ...errorResponses },
        },
      },
      async (request) => initiatives.listInitiatives(app.db, actorOf(request), request.query),
    );

    app.post(
      '/commendation/initiatives',
      {
        schema: {
          tags,
          summary: 'Record an initiative, its authors and the level that recognised it',
          body: CreateInitiativeBody,
          response: { 201: Initiative, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await initiatives.createInitiative(app.db, actorOf(request), request.body)),
    );

    app.get(
      '/commendation/initiatives/:id',
      {
        schema: {
          tags,
          summary: 'An initiative with its authors',
          params: IdParams,
          response: { 200: Initiative, ...errorResponses },
        },
      },
      async (request) => initiatives.getInitiative(app.db, actorOf(request), request.params.id),
    );

    app.patch(
      '/commendation/initiatives/:id',
      {
        schema: {
          tags,
          summary: 'Edit an initiative (authorIds replaces its authors)',
          params: IdParams,
          body: UpdateInitiativeBody,
          response: { 200: Initiative, ...errorResponses },
        },
      },
      async (request) =>
        initiatives.updateInitiative(app.db, actorOf(request), request.params.id, request.body),
    );

    app.delete(
      '/commendation/initiatives/:id',
      {
        schema: {
          tags,
          summary: 'Delete an initiative recorded by mistake',
          params: IdParams,
          querystring: VersionQuery,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await initiatives.deleteInitiative(
          app.db,
          actorOf(request),
          request.params.id,
          request.query.version,
        );
        return reply.status(204).send(null);
      },
    );
  };
}
