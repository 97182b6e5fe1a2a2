/**
 * The web app's API types, generated from the server's OpenAPI document (openapi-typescript).
 *
 *   npm run api:types            rewrites src/web/shared/api-types.ts
 *
 * Run it whenever a route's schema changes; scripts/api-types.test.ts fails while the file is
 * out of date. The document comes from the server code itself (scripts/openapi.ts): no database,
 * no running server.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openApiDocument, ROOT } from './openapi.ts';

export const API_TYPES_FILE = path.join(ROOT, 'src/web/shared/api-types.ts');

const HEADER = `/**
 * The API as the server's OpenAPI document describes it — generated, do not edit.
 * Regenerate with \`npm run api:types\` (scripts/api-types.ts) after changing a route's schema;
 * scripts/api-types.test.ts fails while this file is out of date.
 * Use it through src/web/shared/api.ts (\`Schema<…>\`, \`ApiResponse<…>\`, the typed \`api\` client).
 */
`;

/** The text of api-types.ts for an OpenAPI document: openapi-typescript, then Prettier. */
export async function apiTypesSource(document: unknown): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as OpenAPI3, {
    // Sorted keys: the file does not change when routes are registered in another order.
    alphabetize: true,
    silent: true,
  });
  const text = HEADER + astToString(ast);
  const config = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(text, { ...config, filepath: API_TYPES_FILE });
}

/** api-types.ts as the current server code would have it. */
export async function currentApiTypes(): Promise<string> {
  return apiTypesSource(await openApiDocument());
}

/** api-types.ts as it is on disk ('' when missing). */
export function writtenApiTypes(): string {
  try {
    return readFileSync(API_TYPES_FILE, 'utf8');
  } catch {
    return '';
  }
}

async function main() {
  const source = await currentApiTypes();
  if (source === writtenApiTypes()) {
    console.log(`${path.relative(process.cwd(), API_TYPES_FILE)}: up to date`);
    return;
  }
  writeFileSync(API_TYPES_FILE, source);
  console.log(`${path.relative(process.cwd(), API_TYPES_FILE)}: written`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
