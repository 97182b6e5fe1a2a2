import type { Executor } from '../../kernel/db/database.ts';
import { workingCalendar, type WorkingCalendar } from '../../../domain/working-days.ts';

/**
 * STUB (signature fixed; the calendar helper fills it in): the working-day calendar as this
 * database has it — the years stored in `calendar_years` over the built-in and default ones.
 */
export async function loadWorkingCalendar(_executor: Executor): Promise<WorkingCalendar> {
  return workingCalendar([]);
}
