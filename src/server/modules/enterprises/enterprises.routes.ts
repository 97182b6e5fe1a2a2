import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, paged, Uuid } from '../../kernel/schemas.ts';
import {
  CreateEnterpriseAccountBody,
  CreateEnterpriseBody,
  Enterprise,
  EnterpriseAccount,
  ListEnterprisesQuery,
  UpdateEnterpriseBody,
} from './enterprises.schemas.ts';
import * as service from './enterprises.service.ts';

export async function enterprisesRoutes(app: AppInstance) {
  const tags = ['statistics'];
  const params = z.object({ id: Uuid });
  app.get(
    '/enterprises',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'Enterprises (doanh nghiệp) with filters and accent-insensitive search',
        querystring: ListEnterprisesQuery,
        response: { 200: paged(Enterprise), ...errorResponses },
      },
    },
    async (request) => service.listEnterprises(app.db, actorOf(request), request.query),
  );
  app.get(
    '/enterprises/:id',
    {
      config: { enterprise: true },
      schema: { tags, summary: 'One enterprise', params, response: { 200: Enterprise, ...errorResponses } },
    },
    async (request) => service.getEnterprise(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/enterprises',
    {
      schema: {
        tags,
        summary: 'Register an enterprise (its board is its zone’s)',
        body: CreateEnterpriseBody,
        response: { 201: Enterprise, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createEnterprise(app.db, actorOf(request), request.body)),
  );
  app.patch(
    '/enterprises/:id',
    {
      schema: {
        tags,
        summary: 'Update an enterprise (version required)',
        params,
        body: UpdateEnterpriseBody,
        response: { 200: Enterprise, ...errorResponses },
      },
    },
    async (request) => service.updateEnterprise(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/enterprises/:id/accounts',
    {
      schema: {
        tags,
        summary: 'Create the enterprise’s own account (role enterprise); the password is returned once',
        params,
        body: CreateEnterpriseAccountBody,
        response: { 201: EnterpriseAccount, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createEnterpriseAccount(app.db, actorOf(request), request.params.id, request.body),
        ),
  );
}
