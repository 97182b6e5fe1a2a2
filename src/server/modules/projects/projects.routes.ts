import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, paged, Uuid, Version } from '../../kernel/schemas.ts';
import { ListFormat, listOrWorkbook, sendListFile } from '../../kernel/documents/list-download.ts';
import * as implementations from './capital-implementations.service.ts';
import * as events from './licensing-events.service.ts';
import {
  BoardLicensingEvent,
  CorrectionDeleteQuery,
  ListLicensingEventsQuery,
  ListProjectsQuery,
  ProjectDetail,
  ProjectDetailWithWarnings,
  ProjectSummary,
  RecordImplementationBody,
  RecordLicensingEventBody,
  RegisterProjectBody,
  UpdateImplementationBody,
  UpdateLicensingEventBody,
  UpdateProjectBody,
} from './projects.schemas.ts';
import * as service from './projects.service.ts';
// Last: the download reaches other modules' faces, which need this module's schemas loaded first.
import { downloadLicensingEvents, downloadProjects } from './projects.download.ts';

export async function projectsRoutes(app: AppInstance) {
  const tags = ['projects'];
  const params = z.object({ id: Uuid });
  const versionQuery = z.strictObject({ version: z.coerce.number().pipe(Version) });
  const detail = { 200: ProjectDetail, ...errorResponses };

  app.get(
    '/projects',
    {
      schema: {
        tags,
        summary:
          'Projects with filters (zone, FDI/DDI, status, licensing dates) and accent-insensitive search',
        querystring: ListProjectsQuery.extend({ format: ListFormat }),
        response: { 200: listOrWorkbook(paged(ProjectSummary), 'A page of projects'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      if (format === 'xlsx')
        return sendListFile(reply, await downloadProjects(app.db, actorOf(request), query));
      return service.listProjects(app.db, actorOf(request), query);
    },
  );
  app.get(
    '/projects/:id',
    { schema: { tags, summary: 'A project with its licensing history', params, response: detail } },
    async (request) => service.getProject(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/projects',
    {
      schema: {
        tags,
        summary: 'Register a project with its new investment registration certificate',
        body: RegisterProjectBody,
        response: { 201: ProjectDetail, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.registerProject(app.db, actorOf(request), request.body)),
  );
  app.patch(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'Update a project (version required)',
        params,
        body: UpdateProjectBody,
        response: detail,
      },
    },
    async (request) => service.updateProject(app.db, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'Delete a project recorded by mistake',
        params,
        querystring: versionQuery,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteProject(app.db, actorOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/projects/:id/licensing-events',
    {
      schema: {
        tags,
        summary: 'Record an adjustment or a termination; returns the project',
        params,
        body: RecordLicensingEventBody,
        response: { 201: ProjectDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const projectId = await events.recordLicensingEvent(app.db, actor, request.params.id, request.body);
      return reply.status(201).send(await service.getProject(app.db, actor, projectId));
    },
  );
  app.get(
    '/licensing-events',
    {
      schema: {
        tags,
        summary: 'Licensing events across projects, each with the capital before it (report drill-down)',
        querystring: ListLicensingEventsQuery.extend({ format: ListFormat }),
        response: {
          200: listOrWorkbook(paged(BoardLicensingEvent), 'A page of licensing events'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      if (format === 'xlsx')
        return sendListFile(reply, await downloadLicensingEvents(app.db, actorOf(request), query));
      return events.listLicensingEvents(app.db, actorOf(request), query);
    },
  );
  app.patch(
    '/licensing-events/:id',
    {
      schema: {
        tags,
        summary: 'Correct a licensing event, stating why; returns the project',
        params,
        body: UpdateLicensingEventBody,
        response: detail,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const projectId = await events.updateLicensingEvent(app.db, actor, request.params.id, request.body);
      return service.getProject(app.db, actor, projectId);
    },
  );
  app.delete(
    '/licensing-events/:id',
    {
      schema: {
        tags,
        summary:
          'Delete an adjustment or a termination (undoing the termination), stating why; returns the project',
        params,
        querystring: CorrectionDeleteQuery,
        response: detail,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const projectId = await events.deleteLicensingEvent(app.db, actor, request.params.id, request.query);
      return service.getProject(app.db, actor, projectId);
    },
  );

  app.post(
    '/projects/:id/capital-implementations',
    {
      schema: {
        tags,
        summary:
          'Record cumulative implemented capital at a date; returns the project, with a warning when above the registered capital',
        params,
        body: RecordImplementationBody,
        response: { 201: ProjectDetailWithWarnings, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, warnings } = await implementations.recordImplementation(
        app.db,
        actor,
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ ...(await service.getProject(app.db, actor, projectId)), warnings });
    },
  );
  app.patch(
    '/capital-implementations/:id',
    {
      schema: {
        tags,
        summary:
          'Correct an implemented-capital entry, stating why; returns the project, with warnings as when recording',
        params,
        body: UpdateImplementationBody,
        response: { 200: ProjectDetailWithWarnings, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, warnings } = await implementations.updateImplementation(
        app.db,
        actor,
        request.params.id,
        request.body,
      );
      return { ...(await service.getProject(app.db, actor, projectId)), warnings };
    },
  );
  app.delete(
    '/capital-implementations/:id',
    {
      schema: {
        tags,
        summary: 'Delete an implemented-capital entry, stating why',
        params,
        querystring: CorrectionDeleteQuery,
        response: detail,
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const projectId = await implementations.deleteImplementation(
        app.db,
        actor,
        request.params.id,
        request.query,
      );
      return service.getProject(app.db, actor, projectId);
    },
  );
}
