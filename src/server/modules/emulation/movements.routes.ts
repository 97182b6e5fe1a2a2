import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import {
  CreateMovementBody,
  DeleteMovementQuery,
  EmulationMovement,
  EmulationMovementList,
  ListMovementsQuery,
  MovementParams,
  UpdateMovementBody,
} from './movements.schemas.ts';
import * as service from './movements.service.ts';

/** Phong trào thi đua of a board or a bloc. */
export function movementsRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['emulation'];
    app.get(
      '/emulation/movements',
      {
        schema: {
          tags,
          summary: 'Emulation movements of the boards and blocs the user may read, by year, board or bloc',
          querystring: ListMovementsQuery,
          response: { 200: EmulationMovementList, ...errorResponses },
        },
      },
      async (request) => service.listMovements(app.db, actorOf(request), request.query),
    );
    app.get(
      '/emulation/movements/:id',
      {
        schema: {
          tags,
          summary: 'An emulation movement',
          params: MovementParams,
          response: { 200: EmulationMovement, ...errorResponses },
        },
      },
      async (request) => service.getMovement(app.db, actorOf(request), request.params.id),
    );
    app.post(
      '/emulation/movements',
      {
        schema: {
          tags,
          summary:
            "Launch a movement: a board's own (board staff) or a bloc's (the year's leader, a bloc administrator)",
          body: CreateMovementBody,
          response: { 201: EmulationMovement, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createMovement(app.db, actorOf(request), request.body)),
    );
    app.patch(
      '/emulation/movements/:id',
      {
        schema: {
          tags,
          summary: 'Correct a movement',
          params: MovementParams,
          body: UpdateMovementBody,
          response: { 200: EmulationMovement, ...errorResponses },
        },
      },
      async (request) => service.updateMovement(app.db, actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/emulation/movements/:id',
      {
        schema: {
          tags,
          summary: 'Delete a movement no registration or proposal refers to (else EMULATION_MOVEMENT_IN_USE)',
          params: MovementParams,
          querystring: DeleteMovementQuery,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await service.deleteMovement(app.db, actorOf(request), request.params.id, request.query.version);
        return reply.status(204).send(null);
      },
    );
  };
}
