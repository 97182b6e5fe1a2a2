import type { Executor } from '../../kernel/db/database.ts';
import type { WorkingCalendar } from '../../../domain/working-days.ts';

/**
 * STUB (signature fixed; the dossiers helper fills it in): recomputes and stores the due date of
 * the dossiers named (or of every dossier received from `fromYear` on), and their steps' due
 * dates, from their receipt, deadline and supplements. Returns how many dossiers changed.
 */
export async function recomputeDueDates(
  _executor: Executor,
  _calendar: WorkingCalendar,
  _where: { dossierIds?: readonly string[]; fromYear?: number },
): Promise<number> {
  return 0;
}
