import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/test-database.ts';
import { queryRows, type Database } from './database.ts';
import { inList, sqlArray } from './sql-arrays.ts';

describe('array parameters', () => {
  let database: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.dispose());

  // Certificate numbers and names hold what an array literal must escape.
  const awkward = [
    'QĐ 123/QĐ-BQL',
    'say "hi"',
    'back\\slash',
    'a,b',
    '{braced}',
    ' spaced ',
    '',
    'NULL',
    'ĐC1',
  ];

  it('carries every value as it is, whatever it holds', async () => {
    const rows = await queryRows<{ value: string | null }>(
      database.db,
      sql`select unnest(${sqlArray([...awkward, null], 'text')}) as value`,
    );
    expect(rows.map((r) => r.value)).toEqual([...awkward, null]);
  });

  it('inList finds exactly the listed values, in one parameter however many there are', async () => {
    const many = [...awkward, ...Array.from({ length: 20_000 }, (_, i) => `code-${i}`)];
    const rows = await queryRows<{ value: string }>(
      database.db,
      sql`select value from unnest(${sqlArray([...awkward, 'not listed', 'code-20000', 'code-19999'], 'text')}) as value
          where ${inList(sql`value`, many, 'text')}`,
    );
    expect(rows.map((r) => r.value).sort()).toEqual([...awkward, 'code-19999'].sort());
    const ids = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from (select gen_random_uuid() as id) t where ${inList(sql`id`, [], 'uuid')}`,
    );
    expect(ids[0]!.n).toBe(0);
  });
});
