/**
 * The API's OpenAPI document (served at /api/docs, written by scripts/openapi.ts): what
 * @fastify/swagger is given, and the rules every route's operation follows — so a route added
 * later is documented like the others without anyone editing a list:
 *
 * - operationId: the route's own `schema.operationId`, else one derived from its method and URL
 *   (operationIdFor: GET /projects → listProjects, GET /projects/{id} → getProject, POST
 *   /zones/{zoneCode}/transfer → transferZone). Two operations with one id fail the build of the
 *   document (and scripts/openapi.test.ts), naming both.
 * - security: a `config.public` route (health, sign-in) needs none: `security: []`.
 * - a route that takes a body may also answer 413 and 415; a route that states
 *   `schema.consumes` without a body schema takes that raw body (an .xlsx upload) as binary.
 * - error answers say what they mean; the components no operation uses are left out (zod gives
 *   every named schema an input and an output twin, `XInput` and `X`).
 * - documentedAs: a schema the route validates loosely (the data package, checked record by
 *   record by the importer) is documented by the exact schema the server enforces.
 */
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { z } from 'zod';

/** Media types a route takes when it states none: JSON only (text/plain is refused). */
export const DEFAULT_BODY_MEDIA_TYPES: readonly string[] = ['application/json'];

/** The media types a route's body may have, as its schema states them (`consumes`). */
export function bodyMediaTypes(schema: FastifySchema | undefined): readonly string[] {
  return schema?.consumes?.length ? schema.consumes : DEFAULT_BODY_MEDIA_TYPES;
}

/** What each error status means; the envelope's `code` says which case. */
const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'Invalid input: VALIDATION_FAILED (each problem in `details`, with its field), INVALID_JSON',
  '401': 'Not signed in, or the session or token has ended (UNAUTHENTICATED)',
  '403': 'Not allowed: FORBIDDEN, or CROSS_ORIGIN_REFUSED for a change sent from another site',
  '404': 'No such record among those the caller may see (a module’s *_NOT_FOUND), or ROUTE_NOT_FOUND',
  '409': 'VERSION_CONFLICT (changed by someone else since it was read) or DUPLICATE',
  '413': 'The body is larger than the route accepts (PAYLOAD_TOO_LARGE)',
  '415':
    'The body’s content-type is not one the route accepts (UNSUPPORTED_MEDIA_TYPE); the message names those it does',
  '422': 'Refused by a rule of the domain; the code names the rule, `details` the records involved',
  '429': 'Too many requests; try again later (RATE_LIMITED)',
  '500': 'Unexpected server error (INTERNAL); the message carries the request id',
  '503': 'The database cannot be reached for now; try again later (DATABASE_UNAVAILABLE)',
};

const ERROR_ENVELOPE_REF = { $ref: '#/components/schemas/ErrorEnvelope' };

/** A file the route answers (an .xlsx workbook, a gzip backup), sent as it is: binary. */
const BinaryFile = z.custom<Buffer | Readable>(() => true).meta({ type: 'string', format: 'binary' });

/** The response of a route that answers a file of one media type, e.g. `{ 200: fileResponse(…) }`. */
export function fileResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: BinaryFile } } };
}

/** Route schemas documented by another, exact schema: route schema → documented schema. */
const documented = new WeakMap<z.ZodType, z.ZodType>();

/**
 * `schema` as the route validates it, documented as `exact` — for a body the route takes loosely
 * on purpose (the importer checks it record by record, listing every problem).
 */
export function documentedAs<T extends z.ZodType>(schema: T, exact: z.ZodType): T {
  documented.set(schema, exact);
  return schema;
}

// ---- operationId ---------------------------------------------------------------------------------

const isParam = (segment: string) => segment.startsWith(':') || segment.startsWith('{');

/** "licensing-events" → ["Licensing", "Events"]. */
const words = (segment: string) =>
  segment
    .split(/[-_.]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1));

/** English plural → singular, for the words of this API's paths ("statistics", "status" stay). */
function singularWord(word: string): string {
  if (/(ss|us|is|ics)$/i.test(word)) return word;
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(x|ch|sh|ss)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** A path segment's words, its last word made singular. */
function singular(segment: string): string[] {
  const list = words(segment);
  return [...list.slice(0, -1), singularWord(list.at(-1) ?? '')];
}

const METHOD_VERBS: Record<string, string> = {
  GET: 'get',
  POST: 'create',
  PUT: 'set',
  PATCH: 'update',
  DELETE: 'delete',
};

/**
 * A readable, stable operationId from method and URL (the `/api/vN` prefix left out):
 *
 *   GET    /projects            listProjects     (a list: the answer is an array or a page)
 *   GET    /projects/{id}       getProject       GET /reports/zones → getReportsZones
 *   POST   /projects            createProject    POST /projects/{id}/licensing-events →
 *                                                createProjectLicensingEvent
 *   PATCH  /projects/{id}       updateProject    DELETE → delete…, PUT → set…
 *   POST   /zones/{code}/transfer                transferZone: a POST to a singular word after a
 *                                                path is an action (resetUserPassword, importPackage)
 *
 * A collection named before an {id} counts as one of it (…/enterprise-reports/{id}/submit →
 * submitEnterpriseReport). A route whose derived id reads badly states its own.
 */
export function operationIdFor(method: string, url: string, answersList = false): string {
  const segments = url
    .replace(/^\/api\/v\d+/, '')
    .split('/')
    .filter(Boolean);
  const last = segments.at(-1) ?? '';
  const literals = (list: string[], allSingular: boolean) =>
    list.flatMap((segment, i) =>
      isParam(segment) ? [] : allSingular || isParam(list[i + 1] ?? '') ? singular(segment) : words(segment),
    );
  const verb = method.toUpperCase();
  const lastIsAction =
    verb === 'POST' &&
    segments.length > 1 &&
    !isParam(last) &&
    singular(last).join('') === words(last).join('');
  let parts: string[];
  if (lastIsAction) {
    const [action = '', ...object] = words(last);
    parts = [action.toLowerCase(), ...literals(segments.slice(0, -1), true), ...object];
  } else if (verb === 'POST' && !isParam(last)) {
    parts = ['create', ...literals(segments.slice(0, -1), false), ...singular(last)];
  } else {
    const name = verb === 'GET' ? (answersList ? 'list' : 'get') : (METHOD_VERBS[verb] ?? verb.toLowerCase());
    parts = [name, ...literals(segments, false)];
  }
  const [first = '', ...rest] = parts;
  return first + rest.join('');
}

/** Whether a route's 200 answer is a list: an array, or a page of `items`. */
function answersList(schema: FastifySchema): boolean {
  let ok = (schema.response as Record<string, unknown> | undefined)?.['200'];
  // A list that also answers a file (listOrWorkbook): its JSON.
  const json = (ok as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
    'application/json'
  ];
  if (json) ok = json.schema;
  if (ok instanceof z.ZodArray) return true;
  return ok instanceof z.ZodObject && ok.shape.items instanceof z.ZodArray;
}

// ---- the transforms ----------------------------------------------------------------------------

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;
type JsonSchema = Record<string, unknown>;

/** One route's operation: zod → JSON Schema, then the rules above. */
const transform: Transform = (input) => {
  const { route } = input;
  // A route without a schema is documented all the same (and gets its operationId).
  const original: FastifySchema = input.schema ?? {};
  const body = original.body instanceof z.ZodType ? documented.get(original.body) : undefined;
  const transformed = jsonSchemaTransform({
    ...input,
    schema: body ? { ...original, body } : original,
  } as Parameters<typeof jsonSchemaTransform>[0]) as { schema?: JsonSchema & FastifySchema; url: string };
  const { url } = transformed;
  const schema = transformed.schema ?? {};
  if (schema.hide) return { schema, url };

  const method = Array.isArray(route.method) ? route.method[0]! : route.method;
  schema.operationId ??= operationIdFor(method, route.url, answersList(original));
  if (route.config?.public) schema.security = [];

  const takesBody = original.body !== undefined || original.consumes !== undefined;
  if (original.consumes && original.body === undefined) {
    schema.body = { type: 'string', format: 'binary', description: 'The file, as the raw body' };
  }
  const responses = { ...((schema.response as Record<string, JsonSchema> | undefined) ?? {}) };
  if (takesBody) {
    responses['413'] ??= ERROR_ENVELOPE_REF;
    responses['415'] ??= ERROR_ENVELOPE_REF;
  }
  for (const [status, response] of Object.entries(responses)) {
    const description = ERROR_DESCRIPTIONS[status];
    if (!description || response.description) continue;
    responses[status] =
      'content' in response
        ? { ...response, description }
        : {
            description,
            content: { 'application/json': { schema: response } },
          };
  }
  schema.response = responses;
  return { schema, url };
};

const SCHEMA_REF = '#/components/schemas/';

/** Every `#/components/schemas/…` name a value refers to. */
function schemaRefs(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) schemaRefs(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(SCHEMA_REF)) {
        found.add(child.slice(SCHEMA_REF.length));
      } else {
        schemaRefs(child, found);
      }
    }
  }
}

/** `{ allOf: [X] }` alone says X (zod writes it for an optional named schema). */
const isLoneAllOf = (value: unknown): value is { allOf: [unknown] } =>
  value !== null &&
  typeof value === 'object' &&
  Object.keys(value).length === 1 &&
  Array.isArray((value as { allOf?: unknown }).allOf) &&
  (value as { allOf: unknown[] }).allOf.length === 1;

/** A value as JSON, its schema references renamed and lone `allOf`s unwrapped. */
const withRefsRenamed = (value: unknown, renamed: ReadonlyMap<string, string>): string =>
  JSON.stringify(value, (key, child: unknown) => {
    if (isLoneAllOf(child)) return child.allOf[0];
    if (key !== '$ref' || typeof child !== 'string' || !child.startsWith(SCHEMA_REF)) return child;
    const name = child.slice(SCHEMA_REF.length);
    return SCHEMA_REF + (renamed.get(name) ?? name);
  });

/**
 * The named schemas an operation reaches; an input twin (`XInput`) that says the same as its
 * output twin `X` gives way to it.
 */
function tidySchemas(document: { paths?: unknown; components?: { schemas?: Record<string, unknown> } }) {
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  const renamed = new Map<string, string>();
  const twins = Object.keys(schemas)
    .filter((name) => name.endsWith('Input') && name.slice(0, -'Input'.length) in schemas)
    .map((name): [string, string] => [name, name.slice(0, -'Input'.length)]);
  // Until nothing changes: a twin may become identical once those it refers to are.
  let before = -1;
  while (renamed.size !== before) {
    before = renamed.size;
    for (const [name, twin] of twins) {
      if (renamed.has(name)) continue;
      if (withRefsRenamed(schemas[name], renamed) === withRefsRenamed(schemas[twin], renamed))
        renamed.set(name, twin);
    }
  }
  const tidy = JSON.parse(withRefsRenamed(document, renamed)) as typeof document & {
    components: { schemas: Record<string, unknown> };
  };
  const used = new Set<string>();
  schemaRefs(tidy.paths, used);
  for (let queue = [...used]; queue.length > 0;) {
    const found = new Set<string>();
    for (const name of queue) schemaRefs(tidy.components.schemas[name], found);
    queue = [...found].filter((name) => !used.has(name));
    for (const name of queue) used.add(name);
  }
  tidy.components.schemas = Object.fromEntries(
    Object.entries(tidy.components.schemas).filter(([name]) => used.has(name)),
  );
  return tidy;
}

/** The whole document: unique operation ids, and only the schemas an operation uses. */
const transformObject: TransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as {
    paths?: Record<string, Record<string, { operationId?: string }>>;
    components?: { schemas?: Record<string, unknown> };
  };
  const seen = new Map<string, string>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const id = operation.operationId;
      if (!id) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const other = seen.get(id);
      if (other) {
        throw new Error(
          `OpenAPI: operationId "${id}" of ${route} is also that of ${other}; give one of them its own schema.operationId`,
        );
      }
      seen.set(id, route);
    }
  }
  return tidySchemas(document) as ReturnType<TransformObject>;
};

/** @fastify/swagger's options for the API. */
export function openApiOptions(version: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      info: {
        title: 'KCN Hub API',
        description:
          'API of a Management Board of Economic Zones and Industrial Parks (Ban Quản lý KKT và các KCN). Errors share one envelope: { error: { code, message, details[] } }.',
        version,
        license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
      },
      // The server that serves this document: each board runs its own.
      servers: [{ url: '/', description: 'The KCN Hub server this document comes from' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kcn_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform,
    transformObject,
  };
}
