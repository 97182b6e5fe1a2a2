/**
 * The module registry: every server module, through its face (`<module>/index.ts`), in the order
 * its routes are registered under /api/v1. app.ts mounts the routes from this list; a new module
 * adds its face here and nowhere else (its tables are found by drizzle.config.ts's glob and
 * gathered in db-schema.ts).
 */
import type { Mailer } from '../kernel/mail.ts';
import type { ServerModule } from '../kernel/module.ts';
import { auditModule } from './audit/index.ts';
import { backupModule } from './backup/index.ts';
import { boardsModule } from './boards/index.ts';
import { boundariesModule } from './boundaries/index.ts';
import { agendaModule } from './agenda/index.ts';
import { commendationModule } from './commendation/index.ts';
import { complaintsModule } from './complaints/index.ts';
import { demoModule } from './demo/index.ts';
import { difficultiesModule } from './difficulties/index.ts';
import { documentRegisterModule } from './document-register/index.ts';
import { emulationModule } from './emulation/index.ts';
import { enterpriseIdOfUser, enterprisesModule } from './enterprises/index.ts';
import { environmentModule } from './environment/index.ts';
import { federationModule } from './federation/index.ts';
import { filingModule } from './filing/index.ts';
import { healthModule } from './health/index.ts';
import { infrastructureModule } from './infrastructure/index.ts';
import { inspectionModule } from './inspection/index.ts';
import { investorPortalModule } from './investor-portal/index.ts';
import { investorsModule } from './investors/index.ts';
import { oneStopModule } from './one-stop/index.ts';
import { openDataModule } from './open-data/index.ts';
import { organisationModule } from './organisation/index.ts';
import { packagesModule } from './packages/index.ts';
import { planningModule } from './planning/index.ts';
import { projectsModule } from './projects/index.ts';
import { promotionModule } from './promotion/index.ts';
import { publicSiteModule } from './public-site/index.ts';
import { remindersModule } from './reminders/index.ts';
import { reportingCalendarModule } from './reporting-calendar/index.ts';
import { reportsModule } from './reports/index.ts';
import { statisticsExcelModule } from './statistics-excel/index.ts';
import { targetsModule } from './targets/index.ts';
import { provideEnterpriseOfUser, usersModule, type AuthPolicy } from './users/index.ts';
import { zonesModule } from './zones/index.ts';

/** What modules' routes take from the application's options. */
export interface ModuleContext {
  appVersion: string;
  authPolicy: AuthPolicy;
  /** Largest body of a sign-in, password or token request. */
  authBodyLimit: number;
  cookieSecure: boolean;
  /** Login attempts per minute from one address. */
  loginRateLimit: number;
  /** Largest data package accepted, bytes. */
  packageBodyLimit: number;
  /** Outgoing e-mail (reminders). */
  mailer: Mailer;
  /** The built web app (dist/web): the public site finds its map script in its manifest. */
  webRoot: string;
  /** Public site pages per minute from one address. */
  publicPageRateLimit: number;
}

/** Every module, in the order its routes are registered. */
export const SERVER_MODULES: readonly ServerModule<ModuleContext>[] = [
  healthModule,
  usersModule,
  boardsModule,
  zonesModule,
  infrastructureModule,
  planningModule,
  boundariesModule,
  organisationModule,
  investorsModule,
  projectsModule,
  reportsModule,
  packagesModule,
  auditModule,
  backupModule,
  targetsModule,
  statisticsExcelModule,
  enterprisesModule,
  filingModule,
  remindersModule,
  documentRegisterModule,
  oneStopModule,
  emulationModule,
  commendationModule,
  inspectionModule,
  environmentModule,
  complaintsModule,
  difficultiesModule,
  agendaModule,
  promotionModule,
  investorPortalModule,
  openDataModule,
  publicSiteModule,
  reportingCalendarModule,
  federationModule,
  demoModule,
];

// The users module authenticates enterprise accounts, whose link to their enterprise the
// enterprises module owns (and enterprises depends on users): the lookup is handed over here.
provideEnterpriseOfUser(enterpriseIdOfUser);
