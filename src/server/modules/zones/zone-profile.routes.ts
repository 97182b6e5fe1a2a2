import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, Uuid } from '../../kernel/schemas.ts';
import { PutZoneProfileBody, ZoneProfile } from './zone-profile.schemas.ts';
import * as service from './zone-profile.service.ts';

/** A zone's master data (thông tin chung của khu). */
export async function zoneProfileRoutes(app: AppInstance) {
  const tags = ['zones'];
  const params = z.object({ id: Uuid });
  app.get(
    '/zones/:id/profile',
    {
      schema: {
        tags,
        summary:
          "A zone's master data: position, location before and after 01/7/2025, infrastructure developer with its project's certificate, land-lease term, infrastructure capital",
        params,
        response: { 200: ZoneProfile, ...errorResponses },
      },
    },
    async (request) => service.getZoneProfile(app.db, actorOf(request), request.params.id),
  );
  app.put(
    '/zones/:id/profile',
    {
      schema: {
        tags,
        summary: "Write a zone's master data (the whole of it; version 0 or absent when creating)",
        params,
        body: PutZoneProfileBody,
        response: { 200: ZoneProfile, ...errorResponses },
      },
    },
    async (request) => service.putZoneProfile(app.db, actorOf(request), request.params.id, request.body),
  );
}
