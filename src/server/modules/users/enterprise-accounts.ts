import type { Executor } from '../../kernel/db/database.ts';

/**
 * Which enterprise an enterprise account files for (null when the user has no such link).
 *
 * The link (`enterprise_accounts`) belongs to the enterprises module, which depends on this one
 * (it creates its accounts here); so this module does not import it. The module registry
 * (modules/index.ts) provides the lookup when the application is assembled.
 */
export type EnterpriseOfUser = (executor: Executor, userId: string) => Promise<string | null>;

let lookup: EnterpriseOfUser | undefined;

/** Called once by the module registry with the enterprises module's lookup. */
export function provideEnterpriseOfUser(provided: EnterpriseOfUser): void {
  lookup = provided;
}

export function enterpriseIdOfUser(executor: Executor, userId: string): Promise<string | null> {
  // Never a silent null: an enterprise account without its enterprise would be refused nothing.
  if (!lookup) throw new Error('enterprise accounts: no lookup provided (load src/server/modules/index.ts)');
  return lookup(executor, userId);
}
