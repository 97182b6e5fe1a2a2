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
