import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, Uuid } from '../../kernel/schemas.ts';
import { Board, CreateBoardBody, Provinces, ProvincesQuery, UpdateBoardBody } from './boards.schemas.ts';
import * as service from './boards.service.ts';

export async function boardsRoutes(app: AppInstance) {
  const tags = ['boards'];
  app.get(
    '/boards',
    {
      schema: {
        tags,
        summary: 'Boards the user may see',
        response: { 200: z.object({ items: z.array(Board) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listBoards(app.db, actorOf(request)) }),
  );
  app.get(
    '/boards/:id',
    {
      schema: {
        tags,
        summary: 'One board',
        params: z.object({ id: Uuid }),
        response: { 200: Board, ...errorResponses },
      },
    },
    async (request) => service.getBoard(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/boards',
    {
      schema: {
        tags,
        summary: 'Create a board (national administrators)',
        body: CreateBoardBody,
        response: { 201: Board, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createBoard(app.db, actorOf(request), request.body)),
  );
  app.get(
    '/provinces',
    {
      schema: {
        tags,
        summary: 'The provinces in force on a date (63 before 01/7/2025, 34 from then), for naming boards',
        querystring: ProvincesQuery,
        response: { 200: Provinces, ...errorResponses },
      },
      config: { public: true },
    },
    async (request) => service.provinces(request.query.on),
  );
  app.patch(
    '/boards/:id',
    {
      schema: {
        tags,
        summary: 'Update a board',
        params: z.object({ id: Uuid }),
        body: UpdateBoardBody,
        response: { 200: Board, ...errorResponses },
      },
    },
    async (request) => service.updateBoard(app.db, actorOf(request), request.params.id, request.body),
  );
}
