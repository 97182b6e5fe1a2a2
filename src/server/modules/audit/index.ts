/** The audit log API's public face: its routes (the log itself is written by kernel/audit.ts). */
import type { ServerModule } from '../../kernel/module.ts';
import { auditRoutes } from './audit.routes.ts';
import { settingsHistoryRoutes } from './settings-history.routes.ts';

export { auditRoutes, settingsHistoryRoutes };

export const auditModule = {
  name: 'audit',
  routes: () => [auditRoutes, settingsHistoryRoutes],
} satisfies ServerModule;
