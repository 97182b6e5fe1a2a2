/**
 * The read models' public face: the summary tables they read (summaries.tables.ts), errors, the report services (with their result types), each
 * report as a Word report and an Excel form (report-documents.ts), the board's periodic report
 * composing them (periodic-report*.ts), routes.
 */
import type { ServerModule } from '../../kernel/module.ts';
import { reportsRoutes } from './reports.routes.ts';

export * from './summaries.tables.ts';
export * from './reports.errors.ts';
export * from './report-scope.ts';
export * from './investment-report.service.ts';
export * from './zones-report.service.ts';
export * from './production-report.service.ts';
export * from './report-documents.ts';
export * from './periodic-report.schemas.ts';
export * from './periodic-report.service.ts';
export * from './periodic-report-document.ts';
export { reportsRoutes };

export const reportsModule = { name: 'reports', routes: () => [reportsRoutes] } satisfies ServerModule;
export * from './bloc-report.schemas.ts';
export * from './bloc-report.service.ts';
export * from './bloc-report-document.ts';
