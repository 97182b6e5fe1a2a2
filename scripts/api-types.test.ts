import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, currentApiTypes, writtenApiTypes } from './api-types.ts';

describe('the web app’s API types (src/web/shared/api-types.ts)', () => {
  it('are those the current server’s OpenAPI document gives', { timeout: 60_000 }, async () => {
    const current = await currentApiTypes();
    const written = writtenApiTypes();
    if (written !== current) {
      const at = [...written].findIndex((char, i) => char !== current[i]);
      const line = written.slice(0, at === -1 ? written.length : at).split('\n').length;
      expect.fail(
        `${API_TYPES_FILE} is out of date with the server's routes (first difference at line ${line}). ` +
          'Run `npm run api:types` and commit the result; then `npm run typecheck` shows the web code ' +
          'the change affects.',
      );
    }
  });
});
