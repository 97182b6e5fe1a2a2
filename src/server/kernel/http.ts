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
import type { Actor } from './actor.ts';
import type { Database, Db } from './db/database.ts';
import { AppError, CommonErrors, type ErrorDetail } from './errors.ts';

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
        return unknownKeys.map((key) => ({
          path: [prefix, ...segments, key].join('.'),
          message: problem.message ?? '',
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
      return CommonErrors.UNSUPPORTED_MEDIA_TYPE();
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
  const dbCode = fastifyError.cause?.code ?? (fastifyError as { code?: string }).code;
  if (dbCode === '23505') {
    return CommonErrors.DUPLICATE([
      { path: fastifyError.cause?.constraint ?? 'body', message: 'Trùng khóa', reason: 'duplicate' },
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
