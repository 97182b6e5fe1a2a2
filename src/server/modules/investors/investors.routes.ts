import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, paged, Uuid } from '../../kernel/schemas.ts';
import { CreateInvestorBody, Investor, ListInvestorsQuery, UpdateInvestorBody } from './investors.schemas.ts';
import * as service from './investors.service.ts';

export async function investorsRoutes(app: AppInstance) {
  const tags = ['investors'];
  const params = z.object({ id: Uuid });
  app.get(
    '/investors',
    {
      schema: {
        tags,
        summary: 'Investors',
        querystring: ListInvestorsQuery,
        response: { 200: paged(Investor), ...errorResponses },
      },
    },
    async (request) => service.listInvestors(app.db, actorOf(request), request.query),
  );
  app.get(
    '/investors/:id',
    { schema: { tags, summary: 'One investor', params, response: { 200: Investor, ...errorResponses } } },
    async (request) => service.getInvestor(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/investors',
    {
      schema: {
        tags,
        summary: 'Register an investor',
        body: CreateInvestorBody,
        response: { 201: Investor, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createInvestor(app.db, actorOf(request), request.body)),
  );
  app.patch(
    '/investors/:id',
    {
      schema: {
        tags,
        summary: 'Update an investor',
        params,
        body: UpdateInvestorBody,
        response: { 200: Investor, ...errorResponses },
      },
    },
    async (request) => service.updateInvestor(app.db, actorOf(request), request.params.id, request.body),
  );
}
