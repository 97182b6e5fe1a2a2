/**
 * Inspection's public face (kiểm tra doanh nghiệp): yearly plans approved by decision, inspections
 * in and out of plan, findings with their legal basis, fines and remedies, follow-up to closure;
 * the record (biên bản) and conclusion (kết luận) as Word; the statistics report.
 */
import type { AgendaItem } from '../../../domain/agenda.ts';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';

export * from './inspection.tables.ts';

/** Findings overdue or due within a week, of the boards the actor keeps inspections for. */
export async function inspectionAgenda(_db: Db, _actor: Actor, _today: string): Promise<AgendaItem[]> {
  return [];
}

export const inspectionModule = {
  name: 'inspection',
  routes: () => [],
} satisfies ServerModule<ModuleContext>;
