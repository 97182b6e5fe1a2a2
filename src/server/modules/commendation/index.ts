/**
 * Commendation's public face (khen thưởng): the board's subjects (persons and collectives) with
 * their yearly ratings, registrations for titles, initiatives, proposals reviewed by the council,
 * decisions, the register of titles and awards across years, and who qualifies for what
 * (src/domain/eligibility.ts over the register).
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { eligibilityRoutes } from './eligibility.routes.ts';
import { proposalsRoutes } from './proposals.routes.ts';
import { registerRoutes } from './register.routes.ts';
import { subjectsRoutes } from './subjects.routes.ts';

export * from './commendation.tables.ts';
export * from './commendation.schemas.ts';
export * from './subjects.schemas.ts';
export * from './registrations.schemas.ts';
export * from './initiatives.schemas.ts';
export * from './proposals.schemas.ts';
export * from './register.schemas.ts';
export * from './eligibility.schemas.ts';
export { loadCommendationDemo, type CommendationDemoSummary } from './commendation.demo.ts';
export { CommendationErrors } from './commendation.errors.ts';
export { boardRecords, yearCap } from './eligibility.service.ts';

export const commendationModule = {
  name: 'commendation',
  routes: (context) => [
    subjectsRoutes(context),
    registerRoutes(context),
    proposalsRoutes(context),
    eligibilityRoutes(context),
  ],
} satisfies ServerModule<ModuleContext>;
