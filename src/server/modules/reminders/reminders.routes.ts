import type { Mailer } from '../../kernel/mail.ts';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses } from '../../kernel/schemas.ts';
import {
  MyReminders,
  RemindersSent,
  SendRemindersBody,
  SentReminders,
  SentRemindersQuery,
} from './reminders.schemas.ts';
import * as service from './reminders.service.ts';

/** Reminders to enterprises that have not filed: sent from completeness, seen on the filing page. */
export function remindersRoutes(options: { mailer: Mailer }) {
  return async function routes(app: AppInstance) {
    const tags = ['statistics'];
    app.post(
      '/statistics/reminders',
      {
        schema: {
          tags,
          summary:
            'Remind every enterprise still to file a period: a notice, and e-mail when SMTP is configured',
          body: SendRemindersBody,
          response: { 200: RemindersSent, ...errorResponses },
        },
      },
      async (request) => service.sendReminders(app.db, actorOf(request), request.body, options.mailer),
    );
    app.get(
      '/statistics/reminders/sent',
      {
        schema: {
          tags,
          summary: 'The reminders sent for a period: when, by whom, to which addresses',
          querystring: SentRemindersQuery,
          response: { 200: SentReminders, ...errorResponses },
        },
      },
      async (request) => service.sentReminders(app.db, actorOf(request), request.query),
    );
    app.get(
      '/reminders/mine',
      {
        schema: {
          tags,
          summary: "An enterprise account's reminders of the last 90 days",
          response: { 200: MyReminders, ...errorResponses },
        },
        config: { enterprise: true },
      },
      async (request) => service.myReminders(app.db, actorOf(request)),
    );
  };
}
