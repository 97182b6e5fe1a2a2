import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, paged, Uuid } from '../../kernel/schemas.ts';
import {
  CreateZoneBody,
  ListZonesQuery,
  RecordLandChangeBody,
  RecordStatusChangeBody,
  ReplaceLandHistoryBody,
  ReplaceStatusHistoryBody,
  UpdateZoneBody,
  Zone,
} from './zones.schemas.ts';
import * as service from './zones.service.ts';

export async function zonesRoutes(app: AppInstance) {
  const tags = ['zones'];
  const params = z.object({ id: Uuid });
  app.get(
    '/zones',
    {
      schema: {
        tags,
        summary: 'Zones (KCN, KCX, KKT) with filters and accent-insensitive search',
        querystring: ListZonesQuery,
        response: { 200: paged(Zone), ...errorResponses },
      },
    },
    async (request) => service.listZones(app.db, actorOf(request), request.query),
  );
  app.get(
    '/zones/:id',
    { schema: { tags, summary: 'One zone', params, response: { 200: Zone, ...errorResponses } } },
    async (request) => service.getZone(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/zones',
    {
      schema: {
        tags,
        summary: 'Register a zone',
        body: CreateZoneBody,
        response: { 201: Zone, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createZone(app.db, actorOf(request), request.body)),
  );
  app.patch(
    '/zones/:id',
    {
      schema: {
        tags,
        summary: 'Update a zone (version required)',
        params,
        body: UpdateZoneBody,
        response: { 200: Zone, ...errorResponses },
      },
    },
    async (request) => service.updateZone(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/zones/:id/status-changes',
    {
      schema: {
        tags,
        summary: 'Record a status change (e.g. starts operating)',
        params,
        body: RecordStatusChangeBody,
        response: { 200: Zone, ...errorResponses },
      },
    },
    async (request) => service.recordStatusChange(app.db, actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/zones/:id/status-history',
    {
      schema: {
        tags,
        summary: 'Replace the status history (corrections)',
        params,
        body: ReplaceStatusHistoryBody,
        response: { 200: Zone, ...errorResponses },
      },
    },
    async (request) =>
      service.replaceZoneStatusHistory(
        app.db,
        actorOf(request),
        request.params.id,
        request.body.version,
        request.body.statusHistory,
      ),
  );
  app.post(
    '/zones/:id/land-changes',
    {
      schema: {
        tags,
        summary: "Record the zone's land figures from a date (zones-v1 landHistory)",
        params,
        body: RecordLandChangeBody,
        response: { 200: Zone, ...errorResponses },
      },
    },
    async (request) => service.recordLandChange(app.db, actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/zones/:id/land-history',
    {
      schema: {
        tags,
        summary: 'Replace the land history (corrections)',
        params,
        body: ReplaceLandHistoryBody,
        response: { 200: Zone, ...errorResponses },
      },
    },
    async (request) =>
      service.replaceLandHistory(
        app.db,
        actorOf(request),
        request.params.id,
        request.body.version,
        request.body.landHistory,
      ),
  );
}
