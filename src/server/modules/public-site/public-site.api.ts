/**
 * The public site reads the public API and nothing else: every page asks `/api/v1/public/…` as an
 * anonymous visitor would (in-process, through Fastify's inject), so the API's rules of what is
 * published hold for the pages too. The page itself is rate-limited per address; the API requests it
 * makes are the server's own (kernel/internal-request.ts) and are not counted again.
 */
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../kernel/http.ts';
import { internalRequestHeaders } from '../../kernel/internal-request.ts';

/** An answer of the public API that is not the page's data: shown as the site's error page. */
export class PublicApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(`${status} ${code}`);
  }
}

interface Envelope {
  error?: { code?: string; details?: { path: string; message: string }[] };
}

async function ask(
  app: AppInstance,
  request: FastifyRequest,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
) {
  const response = await app.inject({
    method,
    url: `/api/v1${url}`,
    remoteAddress: request.ip,
    headers: {
      ...internalRequestHeaders(),
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  if (response.statusCode >= 200 && response.statusCode < 300) return response.json() as unknown;
  let envelope: Envelope = {};
  try {
    envelope = response.json() as Envelope;
  } catch {
    // Not JSON: the status says enough.
  }
  throw new PublicApiRefusal(
    response.statusCode,
    envelope.error?.code ?? 'UNKNOWN',
    envelope.error?.details ?? [],
  );
}

/** The public API as the site uses it. */
export function publicApi(app: AppInstance, request: FastifyRequest) {
  return {
    get: async <T>(url: string) => (await ask(app, request, 'GET', url)) as T,
    post: async <T>(url: string, body: unknown) => (await ask(app, request, 'POST', url, body)) as T,
  };
}
export type PublicApi = ReturnType<typeof publicApi>;
