import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Nhật ký thay đổi — every change: who, when, what, before and after. Written in the same
 * transaction as the change itself, never updated or deleted by the application.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The board whose record changed; null for records above boards (national users, blocs). */
    boardId: uuid('board_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** Who, readable even after the user is gone: username, or "cli:<os user>". */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** The record's business key (project code, zone code…) for searching the log. */
    entityKey: text('entity_key'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** Why a recorded fact was corrected (lý do sửa, xóa): stated by the user, required by the correction routes. */
    reason: text('reason'),
  },
  (t) => [
    index('audit_log_board_at_idx').on(t.boardId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
  ],
);
