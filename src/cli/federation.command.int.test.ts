import { describe, expect, it } from 'vitest';
import { AppError } from '../server/kernel/errors.ts';
import { kcnInProcess } from '../../test/kcn-in-process.ts';

/** `kcn federation …` on the embedded database: PostgreSQL's replication is not there, and it says so. */
describe('kcn federation on the embedded database', () => {
  const { kcn } = kcnInProcess('federation');

  it('refuses to publish, subscribe or tell the status on the embedded database, with a clear error', async () => {
    for (const args of [
      ['federation', 'publish'],
      ['federation', 'subscribe', 'tinh_tb', '--from', 'host=127.0.0.1 dbname=kcn'],
      ['federation', 'status'],
    ]) {
      const error = await kcn(...args).catch((e: unknown) => e);
      expect(error, args.join(' ')).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('FEDERATION_NEEDS_POSTGRES');
      expect((error as AppError).message).toContain('PostgreSQL');
    }
  }, 60_000);
});
