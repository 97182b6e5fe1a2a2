/**
 * The web modules, through their faces, in the order of the navigation. The router
 * (app/routes.tsx), the menu (app/Shell.tsx) and the translations (app/i18n.ts) are built from
 * this list; a new module adds its face here.
 */
import type { WebModule } from '../app/web-module.ts';
import { accountModule } from './account/index.ts';
import { adminModule } from './admin/index.ts';
import { agendaModule } from './agenda/index.ts';
import { documentsModule } from './documents/index.ts';
import { dossierPortalModule } from './dossier-portal/index.ts';
import { authModule } from './auth/index.ts';
import { blocsModule } from './blocs/index.ts';
import { boundariesModule } from './boundaries/index.ts';
import { commendationModule } from './commendation/index.ts';
import { complaintsModule } from './complaints/index.ts';
import { difficultiesModule } from './difficulties/index.ts';
import { emulationModule } from './emulation/index.ts';
import { environmentModule } from './environment/index.ts';
import { homeModule } from './home/index.ts';
import { infrastructureModule } from './infrastructure/index.ts';
import { inspectionModule } from './inspection/index.ts';
import { investorPortalModule } from './investor-portal/index.ts';
import { oneStopModule } from './one-stop/index.ts';
import { packagesModule } from './packages/index.ts';
import { planningModule } from './planning/index.ts';
import { projectsModule } from './projects/index.ts';
import { promotionModule } from './promotion/index.ts';
import { reportsModule } from './reports/index.ts';
import { settingsModule } from './settings/index.ts';
import { statisticsModule } from './statistics/index.ts';
import { zonesModule } from './zones/index.ts';

export const WEB_MODULES: readonly WebModule[] = [
  agendaModule,
  reportsModule,
  projectsModule,
  zonesModule,
  infrastructureModule,
  planningModule,
  boundariesModule,
  investorPortalModule,
  statisticsModule,
  oneStopModule,
  dossierPortalModule,
  inspectionModule,
  environmentModule,
  complaintsModule,
  difficultiesModule,
  promotionModule,
  blocsModule,
  emulationModule,
  commendationModule,
  packagesModule,
  documentsModule,
  settingsModule,
  adminModule,
  accountModule,
  authModule,
  homeModule,
];
