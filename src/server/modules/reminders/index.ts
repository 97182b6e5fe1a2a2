/** Reminders' public face: the table, schemas, service and routes (sending needs the app's mailer). */
import type { Mailer } from '../../kernel/mail.ts';
import type { ServerModule } from '../../kernel/module.ts';
import { remindersRoutes } from './reminders.routes.ts';

export * from './reminders.tables.ts';
export * from './reminders.schemas.ts';
export * from './reminders.service.ts';
export { remindersRoutes };

export const remindersModule = {
  name: 'reminders',
  routes: (context: { mailer: Mailer }) => [remindersRoutes({ mailer: context.mailer })],
} satisfies ServerModule<{ mailer: Mailer }>;
