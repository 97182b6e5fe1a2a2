import { z } from 'zod';
import { can } from '../../kernel/actor.ts';
import { CommonErrors } from '../../kernel/errors.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { actingBoard, BOARD_CHOICE } from '../../kernel/scope.ts';
import { errorResponses, paged, PageQuery, Timestamp, Uuid } from '../../kernel/schemas.ts';
import { toVietnamTimestamp } from '../../../domain/calendar-date.ts';
import { listAuditEntries } from './audit.repository.ts';

/** The kinds of record a board's settings are made of (web: Cài đặt). */
export const SETTINGS_ENTITY_TYPES = [
  'reporting_schedule',
  'reporting_period',
  'statistics_rule',
  'exchange_rate',
  'board_target',
  'province_total',
  /** The working-day calendar's years (one-stop-v1): database-wide, so recorded without a board. */
  'calendar_year',
] as const;

/** Settings that belong to the whole database, not to a board: their history has no board. */
const DATABASE_WIDE: ReadonlySet<string> = new Set(['calendar_year']);

const SettingsHistoryEntry = z
  .object({
    id: z.number().int(),
    at: Timestamp,
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.enum(SETTINGS_ENTITY_TYPES),
    entityId: z.string(),
    entityKey: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'SettingsHistoryEntry' });

const SettingsHistoryQuery = z.strictObject({
  ...PageQuery,
  boardId: Uuid.optional(),
  entityType: z.enum(SETTINGS_ENTITY_TYPES),
  entityId: z.string().max(100).optional(),
});

/**
 * The history of one kind of a board's settings (its calendar, rules, exchange rates, targets,
 * province totals): the audit log's entries for that kind only. Readable by those who may change
 * the board's settings (records.write) and by those who read the whole audit log (audit.read) —
 * the staff who keep the settings see who changed them, without the rest of the log.
 */
export async function settingsHistoryRoutes(app: AppInstance) {
  app.get(
    '/audit/settings',
    {
      schema: {
        tags: ['audit'],
        summary: "The history of a board's settings of one kind (calendar, rules, rates, targets)",
        querystring: SettingsHistoryQuery,
        response: { 200: paged(SettingsHistoryEntry), ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const databaseWide = DATABASE_WIDE.has(q.entityType);
      // A database-wide setting's history: for those who may set it or keep any board's settings.
      const board = databaseWide
        ? undefined
        : actingBoard(actor, { boardId: q.boardId, errors: BOARD_CHOICE });
      const allowed = databaseWide
        ? can(actor, 'calendar.manage') ||
          actor.visibleBoardIds.some((id) => can(actor, 'records.write', id) || can(actor, 'audit.read', id))
        : can(actor, 'records.write', board) || can(actor, 'audit.read', board);
      if (!allowed) throw CommonErrors.FORBIDDEN();
      const { rows, total } = await listAuditEntries(
        app.db,
        {
          boardIds: board === undefined ? [] : [board],
          includeUnbound: databaseWide,
          entityType: q.entityType,
          entityId: q.entityId,
        },
        q,
      );
      return {
        items: rows.map((row) => ({
          id: row.id,
          at: toVietnamTimestamp(row.at),
          actorLabel: row.actorLabel,
          action: row.action,
          entityType: row.entityType as (typeof SETTINGS_ENTITY_TYPES)[number],
          entityId: row.entityId,
          entityKey: row.entityKey,
          before: row.before,
          after: row.after,
        })),
        page: q.page,
        pageSize: q.pageSize,
        total,
      };
    },
  );
}
