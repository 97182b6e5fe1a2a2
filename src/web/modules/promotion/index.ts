/**
 * Investment promotion's face (xúc tiến đầu tư): leads and their stages, working sessions,
 * events and delegations, organisations and contacts, enquiries from the public site, the year's
 * figures. Every page is loaded when first visited.
 */
import vi from '../../../locales/vi/promotion.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const promotionModule: WebModule = {
  name: 'promotion',
  routes: [],
  menu: [],
  locales: { vi, en: () => import('../../../locales/en/promotion.json', { with: { type: 'json' } }) },
};
