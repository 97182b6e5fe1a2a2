/**
 * Investment promotion (xúc tiến đầu tư): events and delegations, organisations and contacts, working sessions with their follow-ups, leads through their stages to the licensed project, the public site's enquiries, and the year's promotion figures.
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { ModuleContext } from '../index.ts';
import { promotionRoutes } from './promotion.routes.ts';

export * from './promotion.tables.ts';
export { PromotionErrors } from './promotion.errors.ts';
export { loadPromotionDemo, PROMOTION_DEMO_NOTE, type PromotionDemoSummary } from './promotion.demo.ts';
export { issueFormToken } from './enquiries.service.ts';

export const promotionModule = {
  name: 'promotion',
  routes: () => [promotionRoutes],
} satisfies ServerModule<ModuleContext>;
