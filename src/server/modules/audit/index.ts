/** The audit log API's public face: its routes (the log itself is written by kernel/audit.ts). */
import type { ServerModule } from '../../kernel/module.ts';
import { auditRoutes } from './audit.routes.ts';

export { auditRoutes };

export const auditModule = { name: 'audit', routes: () => [auditRoutes] } satisfies ServerModule;
