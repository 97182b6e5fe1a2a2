import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from './http.ts';

/** A Fastify plugin that adds a module's routes (registered under /api/v1). */
export type RoutesPlugin = (app: AppInstance) => Promise<void>;

/**
 * What a server module declares in its face (`modules/<name>/index.ts`) so the application can
 * mount it: src/server/modules/index.ts lists the modules in order, and app.ts registers each
 * one's routes from that list. `Context` is what the module needs from the application's options
 * (the registry's `ModuleContext` holds them all).
 */
export interface ServerModule<Context = object> {
  readonly name: string;
  /** The module's route plugins, registered in this order; none for a module without routes. */
  readonly routes?: (context: Context) => readonly RoutesPlugin[];
  /** Pages served at the root, outside /api/v1 (the public site), registered after every API route. */
  readonly pages?: (context: Context) => readonly RoutesPlugin[];
  /**
   * What `/` shows a visitor who is not signed in (the public site's home); a signed-in user gets
   * the staff app there. At most one module declares it.
   */
  readonly visitorHome?: (context: Context) => {
    page: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
    /** What fails at `/` before the page (its rate limit), answered as the module's own page. */
    error: (
      error: Error & { statusCode?: number },
      request: FastifyRequest,
      reply: FastifyReply,
    ) => Promise<unknown>;
  };
}
