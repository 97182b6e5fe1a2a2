/**
 * The API client: JSON over fetch with the session cookie, and the error envelope
 * `{ error: { code, message, details[] } }` as an ApiError.
 */
export interface ErrorDetail {
  path: string;
  message: string;
  reason?: string;
  [extra: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | string[] | null | undefined>;

/** Listeners told when the API answers 401 (the session ended). */
const unauthenticatedListeners = new Set<() => void>();
export function onUnauthenticated(listener: () => void) {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Tells the app the session ended (for requests made without `api`, e.g. uploads with progress). */
export function announceUnauthenticated() {
  unauthenticatedListeners.forEach((listener) => listener());
}

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const response = await fetch(`/api/v1${path}${queryString(query)}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: ErrorDetail[] };
  } | null;
  if (!response.ok) {
    const { code = 'INTERNAL', message = response.statusText, details = [], ...extra } = json?.error ?? {};
    if (response.status === 401 && !path.startsWith('/auth/login'))
      unauthenticatedListeners.forEach((listener) => listener());
    throw new ApiError(response.status, code, message, details, extra);
  }
  return json as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', path, body ?? {}, query),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string, query?: Query) => request<T>('DELETE', path, undefined, query),
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
