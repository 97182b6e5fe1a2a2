/** The health check's public face. */
import type { ServerModule } from '../../kernel/module.ts';
import { healthRoutes } from './health.routes.ts';

export { healthRoutes };

export const healthModule = {
  name: 'health',
  routes: (context: { appVersion: string }) => [healthRoutes(context.appVersion)],
} satisfies ServerModule<{ appVersion: string }>;
