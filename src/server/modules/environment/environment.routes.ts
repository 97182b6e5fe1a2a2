import { z } from 'zod';
import { jsonOrDocument, sendDocument } from '../../kernel/documents/document-download.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import type { ModuleContext } from '../index.ts';
import {
  BoardQuery,
  ConnectBody,
  CopyBuiltinBody,
  CreatePlantBody,
  CreateSampleBody,
  CreateStandardBody,
  DischargeStandard,
  EndConnectionBody,
  EnvironmentReport,
  EnvironmentReportQuery,
  IdParams,
  ListPlantsQuery,
  ListSamplesQuery,
  MonitoringSample,
  MonitoringSampleList,
  ParameterSeries,
  SeriesQuery,
  UpdatePlantBody,
  UpdateStandardBody,
  VersionQuery,
  WastewaterConnection,
  WastewaterPlant,
  WastewaterPlantDetail,
} from './environment.schemas.ts';
import * as plants from './plants.service.ts';
import { environmentReportFile } from './report.documents.ts';
import { environmentReport } from './report.service.ts';
import * as standards from './standards.service.ts';

/** The zones' environment: standards, plants, connections, samples, the report. */
export function environmentRoutes(_context: ModuleContext) {
  return async (app: AppInstance) => {
    const tags = ['environment'];

    // ─── Standards ───
    app.get(
      '/environment/standards',
      {
        schema: {
          tags,
          summary: "The board's discharge standards (quy chuẩn xả thải) with their parameters and limits",
          querystring: BoardQuery,
          response: { 200: z.array(DischargeStandard), ...errorResponses },
        },
      },
      async (request) => standards.listStandards(app.db, actorOf(request), request.query.board),
    );
    app.post(
      '/environment/standards',
      {
        schema: {
          tags,
          summary: 'Add a discharge standard with its parameters',
          body: CreateStandardBody,
          response: { 201: DischargeStandard, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await standards.createStandard(app.db, actorOf(request), request.body)),
    );
    app.post(
      '/environment/standards/builtin',
      {
        schema: {
          tags,
          summary: 'Copy a built-in standard (QCVN 40:2011/BTNMT column A or B) into the board',
          body: CopyBuiltinBody,
          response: { 201: DischargeStandard, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await standards.copyBuiltinStandard(app.db, actorOf(request), request.body)),
    );
    app.get(
      '/environment/standards/:id',
      {
        schema: {
          tags,
          summary: 'A discharge standard',
          params: IdParams,
          response: { 200: DischargeStandard, ...errorResponses },
        },
      },
      async (request) => standards.getStandard(app.db, actorOf(request), request.params.id),
    );
    app.patch(
      '/environment/standards/:id',
      {
        schema: {
          tags,
          summary: "Edit a standard's name, source or parameters (the whole list); samples keep their limits",
          params: IdParams,
          body: UpdateStandardBody,
          response: { 200: DischargeStandard, ...errorResponses },
        },
      },
      async (request) => standards.updateStandard(app.db, actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/environment/standards/:id',
      {
        schema: {
          tags,
          summary: 'Delete a standard no plant is designed to',
          params: IdParams,
          querystring: VersionQuery,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await standards.deleteStandard(app.db, actorOf(request), request.params.id, request.query.version);
        return reply.status(204).send(null);
      },
    );

    // ─── Plants ───
    app.get(
      '/environment/plants',
      {
        schema: {
          tags,
          summary: "Central wastewater plants of the zones, with today's connection rate and last sample",
          querystring: ListPlantsQuery,
          response: { 200: z.array(WastewaterPlant), ...errorResponses },
        },
      },
      async (request) => plants.listPlants(app.db, actorOf(request), request.query),
    );
    app.post(
      '/environment/plants',
      {
        schema: {
          tags,
          summary: "Add a zone's central wastewater plant",
          body: CreatePlantBody,
          response: { 201: WastewaterPlantDetail, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await plants.createPlant(app.db, actorOf(request), request.body)),
    );
    app.get(
      '/environment/plants/:id',
      {
        schema: {
          tags,
          summary: 'A plant with its connections (history) and latest samples',
          params: IdParams,
          response: { 200: WastewaterPlantDetail, ...errorResponses },
        },
      },
      async (request) => plants.getPlant(app.db, actorOf(request), request.params.id),
    );
    app.patch(
      '/environment/plants/:id',
      {
        schema: {
          tags,
          summary: 'Edit a plant (capacity, status, standard, Kq, Kf, operator, permits …)',
          params: IdParams,
          body: UpdatePlantBody,
          response: { 200: WastewaterPlantDetail, ...errorResponses },
        },
      },
      async (request) => plants.updatePlant(app.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/environment/plants/:id/connections',
      {
        schema: {
          tags,
          summary: "Connect an enterprise of the plant's zone from a day",
          params: IdParams,
          body: ConnectBody,
          response: { 201: WastewaterConnection, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await plants.connectEnterprise(app.db, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/environment/connections/:id/end',
      {
        schema: {
          tags,
          summary: 'End a connection on a day (it no longer counts from that day; history is kept)',
          params: IdParams,
          body: EndConnectionBody,
          response: { 200: WastewaterConnection, ...errorResponses },
        },
      },
      async (request) => plants.endConnection(app.db, actorOf(request), request.params.id, request.body),
    );

    // ─── Samples ───
    app.post(
      '/environment/plants/:id/samples',
      {
        schema: {
          tags,
          summary: "Record a monitoring sample: each result judged against the plant's standard × Kq × Kf",
          params: IdParams,
          body: CreateSampleBody,
          response: { 201: MonitoringSample, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await plants.createSample(app.db, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/environment/samples',
      {
        schema: {
          tags,
          summary: 'Monitoring samples, newest first (by plant, zone, dates, only those exceeding)',
          querystring: ListSamplesQuery,
          response: { 200: MonitoringSampleList, ...errorResponses },
        },
      },
      async (request) => plants.listSamples(app.db, actorOf(request), request.query),
    );
    app.get(
      '/environment/plants/:id/series',
      {
        schema: {
          tags,
          summary: 'One parameter of a plant over time, with its limits, for a chart',
          params: IdParams,
          querystring: SeriesQuery,
          response: { 200: ParameterSeries, ...errorResponses },
        },
      },
      async (request) => plants.parameterSeries(app.db, actorOf(request), request.params.id, request.query),
    );

    // ─── Report ───
    app.get(
      '/environment/report',
      {
        schema: {
          tags,
          summary:
            "The zones' environment report of a year or a quarter: plants, capacity, connection rate, samples, exceedances",
          querystring: EnvironmentReportQuery,
          response: { 200: jsonOrDocument(EnvironmentReport, 'The environment report'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { board, period, format, number, date, signer, signerTitle } = request.query;
        const report = await environmentReport(app.db, actor, { period, board });
        if (format !== 'docx' && format !== 'xlsx') return report;
        return sendDocument(
          reply,
          await environmentReportFile(app.db, actor, report, format, { number, date, signer, signerTitle }),
        );
      },
    );
  };
}
