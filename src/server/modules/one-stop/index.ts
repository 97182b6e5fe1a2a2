/**
 * The one-stop shop's public face (one-stop-v1): the working-day calendar, the procedure
 * catalogue, dossiers and their life, the public look-up and submission, the dossier forms and
 * the statistics report.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { dossierFormsRoutes } from './dossier-forms.routes.ts';
import { dossiersReportRoutes } from './dossiers-report.routes.ts';
import { dossiersRoutes } from './dossiers.routes.ts';
import { proceduresRoutes } from './procedures.routes.ts';
import { publicDossiersRoutes } from './public-dossiers.routes.ts';

export * from './one-stop.tables.ts';
export * from './one-stop.package.ts';
export { CalendarErrors } from './calendar.errors.ts';
export { ProcedureErrors } from './procedures.errors.ts';
export { DossierErrors } from './dossiers.errors.ts';
export { DossierDetail, DossierSummary, DossierList, PublicDossier } from './dossiers.schemas.ts';
export { PublicProcedureList } from './procedures.schemas.ts';
export { recomputeDueDates, dossierTiming } from './dossier-due-dates.ts';
export { getDossier, listDossiers, dossierAttention, receiveDossier } from './dossiers.service.ts';
export {
  loadWorkingCalendar,
  calendarDueDate,
  getCalendarYear,
  upsertCalendarYear,
  calendarYearProblems,
} from './calendar.service.ts';
export {
  procedureVersionInForce,
  findProceduresByCodes,
  upsertProcedureVersion,
  procedureVersionsOf,
  type ProcedureVersionRecord,
} from './procedures.service.ts';
export { officeOf } from './office.service.ts';
export { dossiersReport } from './dossiers-report.service.ts';

export const oneStopModule = {
  name: 'one-stop',
  routes: (context) => [
    calendarRoutes(context),
    proceduresRoutes(context),
    dossiersRoutes(context),
    publicDossiersRoutes(context),
    dossierFormsRoutes(context),
    dossiersReportRoutes(context),
  ],
} satisfies ServerModule<ModuleContext>;
