import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import { PUBLIC_ZONES_RATE_LIMIT } from './investor-portal.routes.ts';
import {
  PublicBoardList,
  PublicSiteSettings,
  PutSiteSettingsBody,
  SiteSettingsQuery,
} from './investor-portal.schemas.ts';
import * as service from './site-settings.service.ts';

/** The board's public site settings (staff), and the boards that publish (anyone). */
export async function siteSettingsRoutes(app: AppInstance) {
  const tags = ['investor-portal'];
  app.get(
    '/investor-portal/settings',
    {
      schema: {
        tags,
        summary:
          "The board's public site settings: the map's tile layer and its attribution (version null when never set)",
        querystring: SiteSettingsQuery,
        response: { 200: PublicSiteSettings, ...errorResponses },
      },
    },
    async (request) => service.getSiteSettings(app.db, actorOf(request), request.query.boardId),
  );
  app.put(
    '/investor-portal/settings',
    {
      schema: {
        tags,
        summary:
          "Set the board's public site settings (version 0 the first time): a tile layer (https URL template with {z}/{x}/{y}) and its attribution, or none",
        description:
          'The tile URL template is https only, at most 500 characters, holds {z}, {x} and {y} (may hold {s} and {r}, no other braces), no spaces, quotes or angle brackets, and its host is a DNS name (an IP address is refused). The attribution (1–300 characters of plain text, no < or >) is required with a template and must be null without one.',
        body: PutSiteSettingsBody,
        response: { 200: PublicSiteSettings, ...errorResponses },
      },
    },
    async (request) => service.putSiteSettings(app.db, actorOf(request), request.body),
  );

  app.get(
    '/public/boards',
    {
      config: { public: true, rateLimit: { max: PUBLIC_ZONES_RATE_LIMIT, timeWindow: 60_000 } },
      schema: {
        tags: ['investor-portal', 'public'],
        summary:
          'The boards with at least one published zone page (no sign-in), by name, with how many zones they publish',
        response: { 200: PublicBoardList, ...errorResponses },
      },
    },
    async () => service.listPublicBoards(app.db),
  );
}
