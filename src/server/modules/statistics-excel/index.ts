/** The staff Excel exchange's public face: template, import and export of a period; errors, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { statisticsExcelRoutes } from './statistics-excel.routes.ts';

export * from './statistics-excel.errors.ts';
export * from './statistics-excel.service.ts';
export { statisticsExcelRoutes };

export const statisticsExcelModule = {
  name: 'statistics-excel',
  routes: () => [statisticsExcelRoutes],
} satisfies ServerModule;
