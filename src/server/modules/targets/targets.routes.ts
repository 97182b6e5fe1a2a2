import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, Uuid } from '../../kernel/schemas.ts';
import {
  ProvinceTotal,
  ProvinceTotalsQuery,
  SetProvinceTotalBody,
  SetTargetBody,
  Target,
  TargetsQuery,
} from './targets.schemas.ts';
import * as service from './targets.service.ts';

/** Yearly targets (chỉ tiêu kế hoạch) and the province's totals, which the reports compare with. */
export async function targetsRoutes(app: AppInstance) {
  const tags = ['targets'];
  const params = z.object({ id: Uuid });
  app.get(
    '/targets',
    {
      schema: {
        tags,
        summary: "A board's yearly targets",
        querystring: TargetsQuery,
        response: { 200: z.object({ items: z.array(Target) }), ...errorResponses },
      },
    },
    async (request) => service.listTargets(app.db, actorOf(request), request.query),
  );
  app.put(
    '/targets',
    {
      schema: {
        tags,
        summary: 'Set the target of an indicator for a year (an amount, or a growth in percent)',
        body: SetTargetBody,
        response: { 200: Target, ...errorResponses },
      },
    },
    async (request) => service.setTarget(app.db, actorOf(request), request.body),
  );
  app.delete(
    '/targets/:id',
    { schema: { tags, summary: 'Remove a target', params, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await service.deleteTarget(app.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/province-totals',
    {
      schema: {
        tags,
        summary: "The province's totals entered by a board",
        querystring: ProvinceTotalsQuery,
        response: { 200: z.object({ items: z.array(ProvinceTotal) }), ...errorResponses },
      },
    },
    async (request) => service.listProvinceTotals(app.db, actorOf(request), request.query),
  );
  app.put(
    '/province-totals',
    {
      schema: {
        tags,
        summary: "Set the province's total of an indicator for a period",
        body: SetProvinceTotalBody,
        response: { 200: ProvinceTotal, ...errorResponses },
      },
    },
    async (request) => service.setProvinceTotal(app.db, actorOf(request), request.body),
  );
  app.delete(
    '/province-totals/:id',
    {
      schema: {
        tags,
        summary: "Remove a province's total",
        params,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteProvinceTotal(app.db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
