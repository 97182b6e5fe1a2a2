import { sql, type SQL } from 'drizzle-orm';

type CapitalColumn = 'capital_vnd' | 'capital_usd';

/**
 * The one SQL statement of the contract's rule "the capital of the latest event that states one"
 * (reports-v1): an aggregate over licensing events (alias `alias`) returning the stated capital
 * of the latest of them in (date, seq) order. max() over [days, seq, capital] arrays finds it in
 * one pass, without sorting. walkLedger() in src/domain states the same rule in code, and
 * investment-report.reference.int.test.ts checks the two agree.
 */
export function latestStatedCapital(alias: string, column: CapitalColumn): SQL {
  const type = column === 'capital_vnd' ? 'bigint' : 'numeric';
  return sql.raw(
    `(max(array[(${alias}.event_date - date '2000-01-01')::${type}, ${alias}.seq::${type}, ${alias}.${column}])` +
      ` filter (where ${alias}.${column} is not null))[3]`,
  );
}

/** "Capital before" an event (outer alias `alias`): the rule over the project's earlier events. */
export function capitalBeforeSql(alias: string, column: CapitalColumn): SQL {
  return sql`(select ${latestStatedCapital('b', column)} from licensing_events b
     where b.project_id = ${sql.raw(alias)}.project_id
       and (b.event_date, b.seq) < (${sql.raw(alias)}.event_date, ${sql.raw(alias)}.seq))`;
}

/** Registered capital of a project now: the rule over all its events. */
export function registeredCapitalSql(projectId: SQL, column: CapitalColumn): SQL {
  return sql`(select ${latestStatedCapital('r', column)} from licensing_events r where r.project_id = ${projectId})`;
}
