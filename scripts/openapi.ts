/**
 * The API's OpenAPI document, as the server builds it, without a database or a listening server.
 *
 *   npm run openapi [-- <file>]     writes it as JSON (default dist/openapi.json)
 *
 * Building the app registers routes and plugins only: no query runs until a request arrives, so
 * the app gets a stand-in database that throws if anything ever uses it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildApp } from '../src/server/app.ts';
import type { Database } from '../src/server/kernel/db/database.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OPENAPI_FILE = path.join(ROOT, 'dist/openapi.json');

/** Keys Fastify and promise machinery look at on a decorated value; anything else is a use. */
const INSPECTED = new Set<PropertyKey>(['getter', 'setter', 'then', 'toJSON']);

function unavailable(what: string): never {
  throw new Error(`scripts/openapi.ts: the database (${what}) was used while building the OpenAPI document`);
}

/** A database that is never there: building the app must not query it. */
function noDatabase(): Database {
  const db = new Proxy(
    {},
    {
      get: (_target, key) =>
        typeof key === 'symbol' || INSPECTED.has(key) ? undefined : unavailable(`db.${key}`),
    },
  );
  return {
    db: db as Database['db'],
    kind: 'pglite',
    location: '(none: OpenAPI document only)',
    migrate: async () => unavailable('migrate'),
    ping: async () => unavailable('ping'),
    close: async () => undefined,
  };
}

/** The OpenAPI document of the current server code. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = noDatabase();
  // No built web app: the document does not depend on it, and the placeholder keeps this fast.
  const app = await buildApp({ database, logger: false, webRoot: path.join(ROOT, 'dist/no-web-app') });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The document as written to disk: two-space JSON and a final newline. */
export function openApiJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main(argv: string[]) {
  const file = path.resolve(argv[0] ?? DEFAULT_OPENAPI_FILE);
  const document = await openApiDocument();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, openApiJson(document));
  const paths = Object.keys((document.paths as object | undefined) ?? {}).length;
  console.log(`OpenAPI: ${path.relative(process.cwd(), file) || file} (${paths} paths)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
