import { z } from 'zod';
import { PeriodParam, Timestamp, Uuid } from '../../kernel/schemas.ts';
import { MAIL_STATUSES } from './reminders.tables.ts';

export const SendRemindersBody = z.strictObject({
  period: PeriodParam,
  /** The board whose enterprises to remind; the user's own by default. */
  boardId: Uuid.optional(),
});

export const SentRemindersQuery = z.strictObject({
  period: PeriodParam,
  boardId: Uuid.optional(),
});

export const SentReminder = z.object({
  enterpriseId: Uuid,
  taxCode: z.string(),
  name: z.string(),
  period: z.string(),
  sentAt: Timestamp,
  sentBy: z.string(),
  recipients: z.array(z.string()),
  mailStatus: z.enum(MAIL_STATUSES),
});

export const RemindersSent = z
  .object({
    period: z.string(),
    dueDate: z.string(),
    /** Enterprises reminded (each gets a notice on its filing page). */
    reminded: z.number().int(),
    emailed: z.number().int(),
    withoutAddress: z.number().int(),
    failed: z.number().int(),
    /** False when no SMTP server is configured (SMTP_URL): notices only. */
    mailConfigured: z.boolean(),
    items: z.array(SentReminder),
  })
  .meta({ id: 'RemindersSent' });
export type RemindersSent = z.infer<typeof RemindersSent>;

export const SentReminders = z.object({ items: z.array(SentReminder) }).meta({ id: 'SentReminders' });

/** The reminders an enterprise account sees on its filing page. */
export const MyReminders = z
  .object({
    items: z.array(z.object({ period: z.string(), sentAt: Timestamp, dueDate: z.string().nullable() })),
  })
  .meta({ id: 'MyReminders' });
