/**
 * Filing's public face: enterprises' periodic reports and their life (tables, errors,
 * services, completeness, validation rules), the package validator of enterprise reports, routes.
 */
import type { ServerModule } from '../../kernel/module.ts';
import { filingRoutes } from './filing.routes.ts';

export * from './filing.tables.ts';
export * from './filing.errors.ts';
export * from './statistics-rules.ts';
export * from './report-figures.ts';
export * from './filing.service.ts';
export * from './completeness.service.ts';
export * from './statistics-rules.service.ts';
export * from './unlock-requests.service.ts';
export * from './enterprise-reports.package.ts';
export { filingRoutes };

export const filingModule = { name: 'filing', routes: () => [filingRoutes] } satisfies ServerModule;
