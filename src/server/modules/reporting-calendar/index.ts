/** The reporting calendar's public face: schedules, open periods, due dates; tables, schemas, errors, service, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { reportingCalendarRoutes } from './reporting-calendar.routes.ts';

export * from './reporting-calendar.tables.ts';
export * from './reporting-calendar.schemas.ts';
export * from './reporting-calendar.errors.ts';
export * from './reporting-calendar.service.ts';
export { reportingCalendarRoutes };

export const reportingCalendarModule = {
  name: 'reporting-calendar',
  routes: () => [reportingCalendarRoutes],
} satisfies ServerModule;
