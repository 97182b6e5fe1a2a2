/**
 * The bloc's consolidated report (blocs-v1), from the members' records in the database or, for a
 * member whose records are not here, from the return the leader entered.
 *
 * (Foundation stub: signature fixed, body written by the bloc report work.)
 */
import type { Actor } from '../../kernel/actor.ts';
import type { Executor } from '../../kernel/db/database.ts';
import type { BlocReport, BlocReportQuery } from './bloc-report.schemas.ts';

export async function blocReport(
  _executor: Executor,
  _actor: Actor,
  _query: BlocReportQuery,
): Promise<BlocReport> {
  throw new Error('blocReport: not built yet');
}
