import type {
  FastifyBaseLogger,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor, Permission } from './actor.ts';
import { isDatabaseUnavailable, type Database, type Db } from './db/database.ts';
import { AppError, CommonErrors, type ErrorDetail } from './errors.ts';
import { findInputProblems, pathHasNullCharacter } from './input-guard.ts';
import { bodyMediaTypes } from './openapi.ts';

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Drizzle over PGlite or PostgreSQL; services take it as their first argument. */
    db: Db;
    database: Database;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Served without a signed-in user (health, login). */
    public?: boolean;
    /** Open to enterprise accounts (role enterprise); every other route refuses them. */
    enterprise?: boolean;
    /**
     * A permission the actor must hold on some board before the body is even read (uploads):
     * a viewer's 20 MB package is refused at once, not parsed and validated first.
     */
    permission?: Permission;
  }
}

/** The signed-in actor of a request; routes behind authentication always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw CommonErrors.UNAUTHENTICATED();
  return { ...request.actor, requestId: request.id };
}

const CONTEXT_PREFIX: Record<string, string> = {
  querystring: 'query',
  body: 'body',
  params: 'params',
  headers: 'headers',
};

/** 415, naming the media types the route takes (its schema's `consumes`, else JSON). */
function unsupportedMediaType(request: FastifyRequest): AppError {
  const { code, statusCode, message } = CommonErrors.UNSUPPORTED_MEDIA_TYPE();
  const accepted = bodyMediaTypes(request.routeOptions.schema).join(' hoặc ');
  return new AppError(code, statusCode, `${message} Hãy gửi ${accepted}.`);
}

/** Maps anything thrown while serving a request to the one error envelope. */
export function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError & {
    cause?: { code?: string; constraint?: string; detail?: string };
  };
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const prefix = CONTEXT_PREFIX[fastifyError.validationContext ?? 'body'] ?? 'body';
    const details: ErrorDetail[] = fastifyError.validation.flatMap((problem) => {
      const segments = problem.instancePath.split('/').filter(Boolean);
      const unknownKeys =
        problem.keyword === 'unrecognized_keys' ? ((problem.params as { keys?: string[] }).keys ?? []) : [];
      if (unknownKeys.length > 0) {
        // One short detail per key: zod's own message lists every key, once per key.
        return unknownKeys.map((key) => ({
          path: [prefix, ...segments, key.slice(0, 100)].join('.'),
          message: 'Trường này không có trong định dạng được chấp nhận.',
          reason: problem.keyword,
        }));
      }
      return [
        { path: [prefix, ...segments].join('.'), message: problem.message ?? '', reason: problem.keyword },
      ];
    });
    return CommonErrors.VALIDATION_FAILED(details);
  }
  if (isResponseSerializationError(fastifyError)) {
    request.log.error(
      { err: fastifyError, issues: fastifyError.cause.issues },
      'response does not match its schema',
    );
    return CommonErrors.INTERNAL();
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType(request);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return CommonErrors.PAYLOAD_TOO_LARGE();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return CommonErrors.INVALID_JSON();
  }
  if (fastifyError.statusCode === 429) return CommonErrors.RATE_LIMITED();
  if (fastifyError instanceof SyntaxError || fastifyError.statusCode === 400) {
    return CommonErrors.INVALID_JSON([
      { path: 'body', message: fastifyError.message, reason: 'invalid_json' },
    ]);
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return CommonErrors.DATABASE_UNAVAILABLE();
  }
  const dbCode = fastifyError.cause?.code ?? (fastifyError as { code?: string }).code;
  if (dbCode === '23505') {
    // A service should have found the duplicate first; the constraint's name is not for clients.
    request.log.warn({ err: error }, 'unique violation reached the database');
    return CommonErrors.DUPLICATE([
      { path: 'body', message: 'Trùng với bản ghi đã có.', reason: 'duplicate' },
    ]);
  }
  if (typeof dbCode === 'string' && dbCode.startsWith('22')) {
    // A value the database cannot hold (too long, out of range, a character it refuses) that
    // the route's schema let through: the client's input, not the server, is at fault.
    request.log.warn({ err: error }, 'data exception reached the database');
    return CommonErrors.VALIDATION_FAILED([
      { path: 'body', message: 'Có giá trị vượt quá giới hạn cho phép.', reason: 'out_of_range' },
    ]);
  }
  request.log.error({ err: error }, 'unhandled error');
  return CommonErrors.INTERNAL([], { requestId: request.id });
}

export function installErrorHandling(app: AppInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    let appError: AppError;
    try {
      appError = toAppError(error, request);
    } catch (mappingError) {
      request.log.error({ err: mappingError, original: error }, 'error while mapping an error');
      appError = CommonErrors.INTERNAL([], { requestId: request.id });
    }
    void reply.status(appError.statusCode).send(appError.toEnvelope());
  });
}

/** The envelope for an unknown API address. */
export function routeNotFound(request: FastifyRequest, reply: FastifyReply) {
  void reply
    .status(404)
    .send(
      CommonErrors.ROUTE_NOT_FOUND([{ path: request.url, message: 'Không có địa chỉ này.' }]).toEnvelope(),
    );
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Checks every request before routing: a NUL in the address's path is refused (no route or
 * static file may receive one; the query is checked field by field), and a change sent by a
 * browser from another site is
 * refused — a second line behind the SameSite=Strict cookie. Requests without an Origin (the
 * command line, scripts with a token) are not browsers' and pass.
 */
export function guardRequests(app: AppInstance, options: { allowedOrigins: string[] }): void {
  const allowed = new Set(options.allowedOrigins.map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
  app.addHook('onRequest', async (request) => {
    if (pathHasNullCharacter(request.url)) {
      throw CommonErrors.REQUEST_INVALID([
        { path: 'url', message: 'Địa chỉ có ký tự NUL.', reason: 'null_character' },
      ]);
    }
    if (!UNSAFE_METHODS.has(request.method)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const crossSite = fetchSite === 'cross-site';
    if (!crossSite && origin === undefined) return;
    if (!crossSite && origin !== undefined && sameOrigin(origin, request.host, allowed)) return;
    throw CommonErrors.CROSS_ORIGIN_REFUSED([
      {
        path: 'headers.origin',
        message: `Nguồn ${origin ?? fetchSite} không được phép.`,
        reason: 'cross_origin',
      },
    ]);
  });
}

function sameOrigin(origin: string, host: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.has(origin.toLowerCase())) return true;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage
  }
}

/** The route-independent input check (input-guard.ts) of params, query and body. */
export async function rejectMalformedInput(request: FastifyRequest): Promise<void> {
  const problems = [
    ...(await findInputProblems(request.params, 'params')),
    ...(await findInputProblems(request.query, 'query')),
    ...(await findInputProblems(request.body, 'body')),
  ];
  if (problems.length > 0) throw CommonErrors.VALIDATION_FAILED(problems);
}
