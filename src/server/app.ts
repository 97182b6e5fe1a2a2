import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Database } from './kernel/db/database.ts';
import { can } from './kernel/actor.ts';
import { NO_MAILER, type Mailer } from './kernel/mail.ts';
import { anonymousActor } from './kernel/scope.ts';
import { CommonErrors } from './kernel/errors.ts';
import { isInternalRequest } from './kernel/internal-request.ts';
import {
  guardRequests,
  installErrorHandling,
  rejectMalformedInput,
  routeNotFound,
  type AppInstance,
} from './kernel/http.ts';
import { serializeError } from './kernel/logging.ts';
import { openApiOptions } from './kernel/openapi.ts';
import type { TrustProxy } from './kernel/proxy.ts';
import { SERVER_MODULES, type ModuleContext } from './modules/index.ts';
import {
  authenticate,
  DEFAULT_AUTH_POLICY,
  SESSION_COOKIE,
  type AuthPolicy,
  type LocalSecretResolver,
} from './modules/users/index.ts';
import { placeholderPage } from './placeholder-page.ts';
import { PROJECT_ROOT } from './kernel/program-files.ts';
import { APP_VERSION } from './version.ts';

z.config(z.locales.vi());

export { APP_VERSION } from './version.ts';

/** Bodies of ordinary API requests: the largest form is a few kilobytes. */
const DEFAULT_BODY_LIMIT = 64 * 1024;
/** Sign-in, password and token requests: a few hundred bytes. */
const AUTH_BODY_LIMIT = 4 * 1024;

/** Where `npm run build` (or `npm start`) puts the web app. */
export const WEB_ROOT = path.join(PROJECT_ROOT, 'dist/web');
/** The web app's static files (the icons) as in the sources: what Vite copies into the build. */
const WEB_PUBLIC = path.join(PROJECT_ROOT, 'src/web/public');

/**
 * Swagger UI's page (/api/docs) only — helmet's policy covers everything else. The page runs its
 * own scripts from /api/docs/static (no inline script); its React inserts a <style> element, so
 * inline styles are allowed here, as they are for the web app (antd's styles).
 */
const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  'upgrade-insecure-requests',
].join('; ');

export interface AppOptions {
  database: Database;
  /** Fastify's logger: off, or a level (and, for tests, the stream it writes to). */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  /**
   * Served over HTTPS (directly or behind a TLS proxy): the session cookie is sent only over
   * HTTPS, and browsers are told to stay on HTTPS (HSTS, upgrade-insecure-requests). Off on a
   * plain-http LAN deployment, where those headers would lock users out.
   */
  cookieSecure?: boolean;
  /** Which proxies' X-Forwarded-For to believe (see parseTrustProxy); never every client's. */
  trustProxy?: TrustProxy;
  /** Origins besides the server's own that may send changes (a proxy that rewrites Host). */
  allowedOrigins?: string[];
  /** Login attempts per minute from one address. */
  loginRateLimit?: number;
  /** Public site pages per minute from one address. */
  publicPageRateLimit?: number;
  authPolicy?: AuthPolicy;
  /** Accepts the secret the command line uses to reach a running server. */
  localSecret?: LocalSecretResolver;
  /** Largest data package accepted, bytes. */
  packageBodyLimit?: number;
  /** The built web app; `/` shows a placeholder when it has not been built. */
  webRoot?: string;
  /** Outgoing e-mail (reminders); none configured by default. */
  mailer?: Mailer;
}

/** The whole application as a Fastify instance (no listen: tests use inject()). */
export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const logger = options.logger ?? false;
  const app = Fastify({
    logger:
      typeof logger === 'object'
        ? { ...logger, serializers: { err: (error: unknown) => serializeError(error) } }
        : logger,
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
    // Enough for any form; routes that take more (imports) or much less (sign-in) say so.
    bodyLimit: DEFAULT_BODY_LIMIT,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.database.db);
  app.decorate('database', options.database);
  app.decorateRequest('actor', null);
  // Only JSON bodies: with a SameSite=Strict cookie this closes cross-site form posts.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);

  guardRequests(app, { allowedOrigins: options.allowedOrigins ?? [] });

  const secure = options.cookieSecure ?? false;
  await app.register(helmet, {
    global: true,
    // HSTS and upgrade-insecure-requests only where HTTPS is served: on a plain-http LAN
    // deployment they would send browsers to an https:// that does not exist.
    hsts: secure,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: secure ? [] : null } },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => CommonErrors.RATE_LIMITED(),
    // The public site's own reading of the public API: the visitor's page was counted already.
    allowList: (request) => isInternalRequest(request),
  });
  await app.register(swagger, openApiOptions(APP_VERSION));
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: DOCS_CSP,
    transformStaticCSP: (header) =>
      secure ? header : header.replace(/;?\s*upgrade-insecure-requests;?/, '').trim(),
  });

  const policy = options.authPolicy ?? DEFAULT_AUTH_POLICY;
  await app.register(
    async (api: AppInstance) => {
      api.addHook('onRequest', async (request) => {
        if (request.routeOptions.config?.public) {
          // Nobody in particular: no board, no permission (kernel/scope.ts).
          request.actor = anonymousActor(request.id);
          return;
        }
        const actor = await authenticate(app.db, request, policy, options.localSecret);
        if (!actor) throw CommonErrors.UNAUTHENTICATED();
        // An enterprise account reaches only its own session and the routes opened to it.
        const openToEnterprise =
          request.routeOptions.config?.enterprise || request.routeOptions.url?.startsWith('/api/v1/auth/');
        if (actor.role === 'enterprise' && !openToEnterprise) throw CommonErrors.FORBIDDEN();
        // Uploads: the role must allow the work before a byte of the body is read.
        const permission = request.routeOptions.config?.permission;
        if (permission && !can(actor, permission)) throw CommonErrors.FORBIDDEN();
        request.actor = actor;
      });
      api.addHook('preValidation', async (request) => rejectMalformedInput(request));
      // Every module's routes, in the registry's order (modules/index.ts).
      const context = moduleContext(options, policy);
      for (const module of SERVER_MODULES) {
        for (const routes of module.routes?.(context) ?? []) await api.register(routes);
      }
    },
    { prefix: '/api/v1' },
  );

  // Pages at the root (the public site), after every API route they may read.
  const pageContext = moduleContext(options, policy);
  for (const module of SERVER_MODULES) {
    for (const pages of module.pages?.(pageContext) ?? []) await app.register(pages);
  }
  const visitorHome = SERVER_MODULES.find((module) => module.visitorHome)?.visitorHome?.(pageContext);
  await serveWebApp(
    app,
    options.webRoot ?? WEB_ROOT,
    pageContext.publicPageRateLimit,
    visitorHome && {
      error: visitorHome.error,
      page: async (request, reply) => {
        // A signed-in user (session cookie) gets the staff app at `/`; a visitor the public site.
        if (request.cookies[SESSION_COOKIE] && (await authenticate(app.db, request, policy))) return false;
        await visitorHome.page(request, reply);
        return true;
      },
    },
  );
  return app;
}

/** What every module's routes and pages are given from the application's options. */
function moduleContext(options: AppOptions, policy: AuthPolicy): ModuleContext {
  return {
    appVersion: APP_VERSION,
    authPolicy: policy,
    authBodyLimit: AUTH_BODY_LIMIT,
    cookieSecure: options.cookieSecure ?? false,
    loginRateLimit: options.loginRateLimit ?? 10,
    packageBodyLimit: options.packageBodyLimit ?? 64 * 1024 * 1024,
    mailer: options.mailer ?? NO_MAILER,
    webRoot: options.webRoot ?? WEB_ROOT,
    publicPageRateLimit: options.publicPageRateLimit ?? 120,
  };
}

/**
 * The staff web app: hashed assets cached for a year, index.html never, and every other GET
 * outside /api answered with index.html so the app's own routes work on reload. `/` is the
 * public site's home for a visitor (`visitorHome` answers and says so), the app for a signed-in user.
 */
async function serveWebApp(
  app: AppInstance,
  webRoot: string,
  pageRateLimit: number,
  visitorHome:
    | {
        /** Answers `/` for a visitor and says so; false for a signed-in user (the app). */
        page: (request: FastifyRequest, reply: FastifyReply) => Promise<boolean>;
        /** What fails at `/` before the page (its rate limit), as the visitor's site shows it. */
        error: (
          error: Error & { statusCode?: number },
          request: FastifyRequest,
          reply: FastifyReply,
        ) => Promise<unknown>;
      }
    | undefined,
) {
  const built = existsSync(path.join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // Our own cache-control below; the plugin's ("public, max-age=0") would replace it.
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  const sendApp = (reply: FastifyReply) =>
    built
      ? reply.header('cache-control', 'no-cache').sendFile('index.html')
      : reply.type('text/html; charset=utf-8').send(placeholderPage());
  const rateLimit = { max: pageRateLimit, timeWindow: 60_000 };
  app.get(
    '/',
    {
      schema: { hide: true },
      config: { rateLimit },
      ...(visitorHome ? { errorHandler: visitorHome.error } : {}),
    },
    async (request, reply) => {
      // The same address answers a visitor and a signed-in user differently: no cache may mix them.
      reply.header('vary', 'Cookie');
      return visitorHome && (await visitorHome.page(request, reply)) ? reply : sendApp(reply);
    },
  );
  // The icon browsers ask for on every site: from the build, or from the sources when the app
  // has not been built (the placeholder page) or was built before it had one.
  if (!existsSync(path.join(webRoot, 'favicon.ico'))) {
    const icon = readFileSync(path.join(WEB_PUBLIC, 'favicon.ico'));
    app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('image/x-icon').header('cache-control', 'public, max-age=86400').send(icon),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (isPage) return sendApp(reply);
    return routeNotFound(request, reply);
  });
}
