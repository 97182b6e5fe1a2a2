import { z } from 'zod';
import type { AuditAction, AuditEntityType } from '../../domain/audit-vocabulary.ts';
import type { Actor } from './actor.ts';
import type { Executor } from './db/database.ts';
import { auditLog } from './audit.tables.ts';

export type { AuditAction, AuditEntityType } from '../../domain/audit-vocabulary.ts';

export interface AuditEntry {
  boardId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  entityKey?: string | null;
  before?: unknown;
  after?: unknown;
  /** Why a recorded fact was corrected or deleted (lý do), as the user stated it. */
  reason?: string | null;
}

/**
 * The reason a user gives for correcting or deleting a recorded fact (a licensing event, an
 * implemented-capital entry, an investor): required by those routes, kept in the audit log.
 */
export const CorrectionReason = z
  .string({ error: 'Nhập lý do sửa, xóa (từ 5 đến 500 ký tự).' })
  .trim()
  .min(5, { error: 'Lý do phải có ít nhất 5 ký tự.' })
  .max(500, { error: 'Lý do không quá 500 ký tự.' })
  .meta({ description: 'Why the record is corrected or deleted (5–500 characters), kept in the audit log' });

/** JSON-safe copy of a record for the log: bigint → string, Date → ISO string. */
export function auditSnapshot(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}

const CHUNK = 500;

/** Writes audit entries inside the caller's transaction, so a change and its record stand or fall together. */
export async function recordAudit(executor: Executor, actor: Actor, entries: AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += CHUNK) {
    await executor.insert(auditLog).values(
      entries.slice(start, start + CHUNK).map((entry) => ({
        boardId: entry.boardId,
        actorUserId: actor.userId,
        actorLabel: actor.label,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        entityKey: entry.entityKey ?? null,
        before: auditSnapshot(entry.before),
        after: auditSnapshot(entry.after),
        requestId: actor.requestId ?? null,
        reason: entry.reason ?? null,
      })),
    );
  }
}
