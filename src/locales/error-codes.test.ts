import { describe, expect, it } from 'vitest';
import en from './en/common.json' with { type: 'json' };
import vi from './vi/common.json' with { type: 'json' };

describe('every error code the API can answer', () => {
  it(
    'has words in English (and Vietnamese, or the server’s own Vietnamese message)',
    { timeout: 60_000 },
    async () => {
      // Building the app loads every module, and each module's errors register their codes.
      await import('../server/app.ts');
      const { ERROR_CATALOGUE } = await import('../server/kernel/errors.ts');
      expect(ERROR_CATALOGUE.size).toBeGreaterThan(50);
      const missing = [...ERROR_CATALOGUE.keys()].filter((code) => !(code in en.errors));
      expect(missing, 'add them to src/locales/en/common.json "errors"').toEqual([]);
      const unknown = Object.keys({ ...en.errors, ...vi.errors }).filter(
        (code) => !ERROR_CATALOGUE.has(code) && code !== 'NETWORK',
      );
      expect(unknown, 'codes the API does not have').toEqual([]);
    },
  );
});
