import { listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import { downloadWorks } from './infrastructure.download.ts';
import {
  CreateProgressBody,
  CreateWorkBody,
  IdParams,
  InfrastructureSummary,
  InfrastructureWorkDetail,
  InfrastructureWorkList,
  ListWorksQuery,
  SummaryQuery,
  UpdateWorkBody,
} from './infrastructure.schemas.ts';
import * as service from './infrastructure.service.ts';

/** The zones' infrastructure works: the list (late ones first), a work, its progress, the summary. */
export async function infrastructureRoutes(app: AppInstance) {
  const tags = ['infrastructure'];

  app.get(
    '/infrastructure/works',
    {
      schema: {
        tags,
        summary:
          'Infrastructure works of the zones with their state as of a day (late first); the works behind schedule: state=late&state=behind',
        querystring: ListWorksQuery,
        response: { 200: listOrWorkbook(InfrastructureWorkList, 'A page of works'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, page: _page, pageSize: _pageSize, ...filters } = request.query;
      if (format === 'xlsx')
        return sendListFile(reply, await downloadWorks(app.db, actorOf(request), filters));
      return service.listWorks(app.db, actorOf(request), request.query);
    },
  );
  app.post(
    '/infrastructure/works',
    {
      schema: {
        tags,
        summary:
          "Add a zone's infrastructure work (roads, wastewater plant, water, power, drainage, housing…)",
        body: CreateWorkBody,
        response: { 201: InfrastructureWorkDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createWork(app.db, actorOf(request), request.body)),
  );
  app.get(
    '/infrastructure/works/:id',
    {
      schema: {
        tags,
        summary: 'A work with its state today and its progress reports, oldest first',
        params: IdParams,
        response: { 200: InfrastructureWorkDetail, ...errorResponses },
      },
    },
    async (request) => service.getWork(app.db, actorOf(request), request.params.id),
  );
  app.patch(
    '/infrastructure/works/:id',
    {
      schema: {
        tags,
        summary: "Edit a work's plan (kind, name, capacity, capital, schedule, note), with the version read",
        params: IdParams,
        body: UpdateWorkBody,
        response: { 200: InfrastructureWorkDetail, ...errorResponses },
      },
    },
    async (request) => service.updateWork(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/infrastructure/works/:id/progress',
    {
      schema: {
        tags,
        summary:
          'Append a progress report (never edited): not in the future, not before the last one, no less progress, no more disbursed than planned; completedOn completes the work',
        params: IdParams,
        body: CreateProgressBody,
        response: { 201: InfrastructureWorkDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addProgressReport(app.db, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/infrastructure/summary',
    {
      schema: {
        tags,
        summary: 'Per zone and per kind: works by state as of a day, planned and reached capacity',
        querystring: SummaryQuery,
        response: { 200: InfrastructureSummary, ...errorResponses },
      },
    },
    async (request) => service.infrastructureSummary(app.db, actorOf(request), request.query),
  );
}
