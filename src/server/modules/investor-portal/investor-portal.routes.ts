import { can } from '../../kernel/actor.ts';
import { uploadMediaTypes } from '../../kernel/documents/file-type.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { fileResponse } from '../../kernel/openapi.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import {
  PHOTO_LIMIT,
  PHOTO_LIMIT_BYTES,
  PhotoParams,
  PhotoQuery,
  PublicListQuery,
  PublicPhotoParams,
  PublicZone,
  PublicZoneList,
  PublicZoneMap,
  PublicZoneParams,
  PublicZoneQuery,
  PutPageBody,
  VersionBody,
  ZoneIdParams,
  ZonePublicPage,
} from './investor-portal.schemas.ts';
import * as service from './investor-portal.service.ts';

/** Visitors' reads per minute from one address. */
export const PUBLIC_ZONES_RATE_LIMIT = 120;

const PHOTO_MEDIA_TYPES = uploadMediaTypes(service.PHOTO_TYPES);

/** Staff edit and publish a zone's public page; anyone reads what is published. */
export async function investorPortalRoutes(app: AppInstance) {
  const tags = ['investor-portal'];
  const page = { 200: ZonePublicPage, ...errorResponses };
  const base = '/investor-portal/zones/:zoneId/page';
  const parseBuffer = (_request: unknown, body: Buffer, done: (err: null, body: Buffer) => void) =>
    done(null, body);
  for (const mediaType of PHOTO_MEDIA_TYPES)
    app.addContentTypeParser(mediaType, { parseAs: 'buffer', bodyLimit: PHOTO_LIMIT_BYTES }, parseBuffer);

  app.get(
    base,
    {
      schema: {
        tags,
        summary: "A zone's public page for investors: the draft, what is published, the photos",
        params: ZoneIdParams,
        response: page,
      },
    },
    async (request) => service.getPublicPage(app.db, actorOf(request), request.params.zoneId),
  );
  app.put(
    base,
    {
      schema: {
        tags,
        summary:
          "Replace the draft of a zone's public page (version 0 creates it); what is published does not change",
        params: ZoneIdParams,
        body: PutPageBody,
        response: page,
      },
    },
    async (request) => service.putPublicPage(app.db, actorOf(request), request.params.zoneId, request.body),
  );
  app.post(
    `${base}/publish`,
    {
      schema: {
        tags,
        summary:
          'Publish the draft: visitors see a copy of it from now on (needs a summary in Vietnamese and English)',
        params: ZoneIdParams,
        body: VersionBody,
        response: page,
      },
    },
    async (request) =>
      service.publishPublicPage(app.db, actorOf(request), request.params.zoneId, request.body.version),
  );
  app.post(
    `${base}/unpublish`,
    {
      schema: {
        tags,
        summary: 'Stop publishing the page: visitors no longer see it; the draft stays',
        params: ZoneIdParams,
        body: VersionBody,
        response: page,
      },
    },
    async (request) =>
      service.unpublishPublicPage(app.db, actorOf(request), request.params.zoneId, request.body.version),
  );
  app.post(
    `${base}/photos`,
    {
      bodyLimit: PHOTO_LIMIT_BYTES,
      // Nobody who may not write records gets the body read.
      onRequest: async (request) => {
        if (!can(actorOf(request), 'records.write')) throw CommonErrors.FORBIDDEN();
      },
      schema: {
        tags,
        summary: `Add a photo to the page (JPEG or PNG, ≤ 5 MB, at most ${PHOTO_LIMIT}) as the raw body, captions in the query`,
        description:
          'Send the image as the raw body (≤ 5 MB). Its type is read from its first bytes: JPEG or PNG; anything else is refused with 415 INVESTOR_PORTAL_PHOTO_TYPE. A page holds at most 12 photos (409 INVESTOR_PORTAL_PHOTO_LIMIT). The page must have been saved once.',
        consumes: PHOTO_MEDIA_TYPES,
        params: ZoneIdParams,
        querystring: PhotoQuery,
        response: { 201: ZonePublicPage, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.addPhoto(
            app.db,
            actorOf(request),
            request.params.zoneId,
            request.query,
            request.body as Buffer,
          ),
        ),
  );
  app.get(
    `${base}/photos/:photoId`,
    {
      schema: {
        tags,
        summary: 'A photo of the page (draft or published), for staff',
        params: PhotoParams,
        response: { 200: fileResponse('image/*', 'The photo as uploaded (JPEG or PNG)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const photo = await service.staffPhoto(
        app.db,
        actorOf(request),
        request.params.zoneId,
        request.params.photoId,
      );
      return reply
        .type(photo.contentType)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(photo.content);
    },
  );
  app.delete(
    `${base}/photos/:photoId`,
    {
      schema: {
        tags,
        summary: 'Remove a photo from the page',
        params: PhotoParams,
        response: page,
      },
    },
    async (request) =>
      service.deletePhoto(app.db, actorOf(request), request.params.zoneId, request.params.photoId),
  );

  // ─── Public (no sign-in): only published pages ───
  const publicTags = ['investor-portal', 'public'];
  const publicConfig = {
    public: true,
    rateLimit: { max: PUBLIC_ZONES_RATE_LIMIT, timeWindow: 60_000 },
  } as const;
  app.get(
    '/public/zones',
    {
      config: publicConfig,
      schema: {
        tags: publicTags,
        summary:
          "A board's zones with a published page (no sign-in): areas, land available for lease, occupancy, map point",
        querystring: PublicListQuery,
        response: { 200: PublicZoneList, ...errorResponses },
      },
    },
    async (request) => service.listPublicZones(app.db, request.query.board, request.query.lang),
  );
  app.get(
    '/public/zones/map',
    {
      config: publicConfig,
      schema: {
        tags: publicTags,
        summary:
          "A board's published zones as GeoJSON in WGS84 (no sign-in): each zone's boundary, or its map point, for a map",
        querystring: PublicListQuery,
        response: { 200: PublicZoneMap, ...errorResponses },
      },
    },
    async (request) => service.publicZonesMap(app.db, request.query.board, request.query.lang),
  );
  app.get(
    '/public/zones/:id',
    {
      config: publicConfig,
      schema: {
        tags: publicTags,
        summary:
          "A zone's published page in Vietnamese or English (no sign-in): figures, prices with date and source, infrastructure, developer, contacts, boundary, photos",
        params: PublicZoneParams,
        querystring: PublicZoneQuery,
        response: { 200: PublicZone, ...errorResponses },
      },
    },
    async (request) => service.getPublicZone(app.db, request.params.id, request.query.lang),
  );
  app.get(
    '/public/zones/:id/photos/:photoId',
    {
      config: publicConfig,
      schema: {
        tags: publicTags,
        summary: "A photo of a zone's published page (no sign-in)",
        params: PublicPhotoParams,
        response: { 200: fileResponse('image/*', 'The photo (JPEG or PNG)'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const photo = await service.publicPhoto(app.db, request.params.id, request.params.photoId);
      return reply
        .type(photo.contentType)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(photo.content);
    },
  );
}
