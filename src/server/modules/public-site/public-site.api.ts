/**
 * The public site reads the public API and nothing else: every page asks `/api/v1/public/…` as an
 * anonymous visitor would (in-process, through Fastify's inject, from the visitor's address), so the
 * API's rules of what is published hold for the pages too. The page's own request — a zone, a
 * look-up, the figures, an enquiry — is counted by the API's rate limit for that address as if the
 * visitor had asked the API (so the site is no way round it); what every page's frame reads (the
 * boards, the board's zones and map) is the server's own (kernel/internal-request.ts), not counted.
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
  counted: boolean,
  body?: unknown,
) {
  const response = await app.inject({
    method,
    url: `/api/v1${url}`,
    remoteAddress: request.ip,
    headers: {
      ...(counted ? {} : internalRequestHeaders()),
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

/** The public API as the site uses it: `get` for the frame's reading, `ask`/`post` for the page's own request. */
export function publicApi(app: AppInstance, request: FastifyRequest) {
  return {
    /** What every page's frame reads: not counted against the visitor. */
    get: async <T>(url: string) => (await ask(app, request, 'GET', url, false)) as T,
    /** The page's own request, counted by the API's rate limit as the visitor's. */
    ask: async <T>(url: string) => (await ask(app, request, 'GET', url, true)) as T,
    post: async <T>(url: string, body: unknown) => (await ask(app, request, 'POST', url, true, body)) as T,
  };
}
export type PublicApi = ReturnType<typeof publicApi>;
