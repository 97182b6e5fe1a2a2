/**
 * Requests the server makes to itself: the public site renders its pages from the public API
 * (Fastify's inject) as the visitor, from the visitor's address. The page the visitor asked for is
 * rate-limited once, as a page; the API requests it makes are marked with this process's secret
 * and are not counted again. The secret never leaves the process.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const INTERNAL_REQUEST_HEADER = 'x-kcn-internal-request';
const SECRET = randomBytes(24).toString('hex');

/** The headers that mark a request as the server's own. */
export const internalRequestHeaders = (): Record<string, string> => ({ [INTERNAL_REQUEST_HEADER]: SECRET });

export function isInternalRequest(request: FastifyRequest): boolean {
  return request.headers[INTERNAL_REQUEST_HEADER] === SECRET;
}
