import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { readableBoardIds } from '../../kernel/scope.ts';
import { CalendarDate, errorResponses, paged, PageQuery, Timestamp, Uuid } from '../../kernel/schemas.ts';
import { addDays, toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { listAuditEntries } from './audit.repository.ts';

const AuditEntry = z
  .object({
    id: z.number().int(),
    boardId: Uuid.nullable(),
    at: Timestamp,
    actorUserId: Uuid.nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    entityKey: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    /** Why the record was corrected or deleted, where the change asked for one. */
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const AuditQuery = z.strictObject({
  ...PageQuery,
  boardId: Uuid.optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  entityKey: z.string().max(200).optional(),
  actorUserId: Uuid.optional(),
  /** Vietnam calendar dates, both inclusive. */
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});

/** Vietnam midnight of a calendar date, as an instant. */
const vietnamMidnight = (date: string) => new Date(`${date}T00:00:00+07:00`);

export async function auditRoutes(app: AppInstance) {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        operationId: 'listAuditEntries',
        summary: 'The audit log: who changed what, when, before and after',
        querystring: AuditQuery,
        response: { 200: paged(AuditEntry), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const boardIds = readableBoardIds(actor, 'audit.read', q.boardId);
      const { rows, total } = await listAuditEntries(
        app.db,
        {
          boardIds,
          includeUnbound: actor.scope === 'national' && !q.boardId,
          entityType: q.entityType,
          entityId: q.entityId,
          entityKey: q.entityKey,
          actorUserId: q.actorUserId,
          from: q.from ? vietnamMidnight(q.from) : undefined,
          to: q.to ? vietnamMidnight(addDays(q.to, 1)) : undefined,
        },
        q,
      );
      return {
        items: rows.map((row) => ({ ...row, at: toVietnamTimestamp(row.at) })),
        page: q.page,
        pageSize: q.pageSize,
        total,
      };
    },
  );
}
