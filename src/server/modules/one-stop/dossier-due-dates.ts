import type { Executor } from '../../kernel/db/database.ts';
import {
  addWorkingDays,
  dueDate,
  type DueDateResult,
  type WorkingCalendar,
} from '../../../domain/working-days.ts';
import * as repo from './dossiers.repository.ts';

/** A dossier's timing as one-stop-v1 counts it: day zero, due dates, the pause for supplements. */
export function dossierTiming(
  calendar: WorkingCalendar,
  dossier: Pick<repo.DossierRow, 'receivedAt' | 'deadlineValue' | 'deadlineUnit'>,
  supplements: readonly Pick<repo.SupplementRow, 'requestedAt' | 'suppliedAt'>[],
): DueDateResult | null {
  if (dossier.receivedAt === null) return null;
  return dueDate(calendar, {
    receivedAt: dossier.receivedAt,
    deadline: { value: dossier.deadlineValue, unit: dossier.deadlineUnit },
    supplements: supplements.map((s) => ({ requestedAt: s.requestedAt, suppliedAt: s.suppliedAt })),
  });
}

/**
 * A step's due date: the working days of the steps up to it (itself included), counted from day
 * zero, moved later by the working days the clock has stood still for supplements so far. (A
 * step's own share of the deadline is in working days even when the procedure counts calendar
 * days.)
 */
export function stepDueDates(
  calendar: WorkingCalendar,
  timing: DueDateResult,
  steps: readonly Pick<repo.StepRow, 'workingDays'>[],
): string[] {
  let cumulative = 0;
  return steps.map((step) => {
    cumulative += step.workingDays;
    return addWorkingDays(calendar, timing.dayZero, cumulative + timing.pausedWorkingDays);
  });
}

/**
 * Recomputes and stores the due date of the dossiers named (or of every dossier received from
 * 1 January of `fromYear` on; every received dossier when neither is given), and their steps'
 * due dates, from their receipt, their own deadline (the snapshot of their procedure version)
 * and their supplements. This is the one place due dates are stored: every action that changes
 * them (receipt, acceptance, a supplement requested or supplied, a year's schedule set) calls it.
 * Returns how many dossiers changed (their due date or one of their steps').
 */
export async function recomputeDueDates(
  executor: Executor,
  calendar: WorkingCalendar,
  where: { dossierIds?: readonly string[]; fromYear?: number },
): Promise<number> {
  const rows = await repo.receivedDossiers(executor, {
    ...(where.dossierIds !== undefined ? { ids: where.dossierIds } : {}),
    ...(where.fromYear !== undefined ? { fromDate: `${where.fromYear}-01-01` } : {}),
  });
  let changed = 0;
  const CHUNK = 500;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const ids = chunk.map((r) => r.id);
    const supplements = group(await repo.supplementsOf(executor, ids), (s) => s.dossierId);
    const steps = group(await repo.stepsOf(executor, ids), (s) => s.dossierId);
    for (const row of chunk) {
      const timing = dossierTiming(calendar, row, supplements.get(row.id) ?? []);
      if (!timing) continue;
      let touched = false;
      if (row.dueDate !== timing.dueDate) {
        await repo.setDueDate(executor, row.id, timing.dueDate);
        touched = true;
      }
      const own = steps.get(row.id) ?? [];
      const dates = stepDueDates(calendar, timing, own);
      for (const [i, step] of own.entries()) {
        if (step.dueDate !== dates[i]) {
          await repo.setStepDueDate(executor, step.id, dates[i]!);
          touched = true;
        }
      }
      if (touched) changed += 1;
    }
  }
  return changed;
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
