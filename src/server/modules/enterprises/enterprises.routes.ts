import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, paged, Uuid } from '../../kernel/schemas.ts';
import { ListFormat, listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import {
  CreateEnterpriseAccountBody,
  CreateEnterpriseBody,
  Enterprise,
  EnterpriseAccount,
  EnterpriseAccountUser,
  EnterpriseDetail,
  ListEnterprisesQuery,
  UpdateEnterpriseAccountBody,
  UpdateEnterpriseBody,
} from './enterprises.schemas.ts';
import * as service from './enterprises.service.ts';
// Last: the download reaches other modules' faces, which need this module's schemas loaded first.
import { downloadEnterprises } from './enterprises.download.ts';

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
        querystring: ListEnterprisesQuery.extend({ format: ListFormat }),
        response: { 200: listOrWorkbook(paged(Enterprise), 'A page of enterprises'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      if (format === 'xlsx')
        return sendListFile(reply, await downloadEnterprises(app.db, actorOf(request), query));
      return service.listEnterprises(app.db, actorOf(request), query);
    },
  );
  app.get(
    '/enterprises/:id',
    {
      config: { enterprise: true },
      schema: {
        tags,
        summary: 'One enterprise, its zone and projects named',
        params,
        response: { 200: EnterpriseDetail, ...errorResponses },
      },
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
  const accountParams = z.object({ id: Uuid, userId: Uuid });
  app.get(
    '/enterprises/:id/accounts',
    {
      schema: {
        tags,
        summary: 'The enterprise’s own accounts (username, full name, last sign-in, disabled)',
        params,
        response: { 200: z.object({ items: z.array(EnterpriseAccountUser) }), ...errorResponses },
      },
    },
    async (request) => service.listEnterpriseAccounts(app.db, actorOf(request), request.params.id),
  );
  app.patch(
    '/enterprises/:id/accounts/:userId',
    {
      schema: {
        tags,
        summary: 'Disable or enable an enterprise account (version required); disabling ends its sessions',
        params: accountParams,
        body: UpdateEnterpriseAccountBody,
        response: { 200: EnterpriseAccountUser, ...errorResponses },
      },
    },
    async (request) =>
      service.updateEnterpriseAccount(
        app.db,
        actorOf(request),
        request.params.id,
        request.params.userId,
        request.body,
      ),
  );
  app.post(
    '/enterprises/:id/accounts/:userId/reset-password',
    {
      schema: {
        tags,
        summary: 'A new generated password for an enterprise account, returned once; its sessions end',
        params: accountParams,
        response: { 200: EnterpriseAccount, ...errorResponses },
      },
    },
    async (request) =>
      service.resetEnterpriseAccountPassword(
        app.db,
        actorOf(request),
        request.params.id,
        request.params.userId,
      ),
  );
}
