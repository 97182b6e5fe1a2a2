/** Backup and restore's public face: the backup route, and the services the command line calls. */
import type { ServerModule } from '../../kernel/module.ts';
import { backupRoutes } from './backup.routes.ts';

export * from './backup.errors.ts';
export * from './backup.service.ts';
export * from './restore.service.ts';
export { backupRoutes };

export const backupModule = {
  name: 'backup',
  routes: (context: { appVersion: string }) => [backupRoutes(context.appVersion)],
} satisfies ServerModule<{ appVersion: string }>;
