/**
 * Investment promotion's face (xúc tiến đầu tư): leads and their stages, working sessions,
 * events and delegations, organisations and contacts, enquiries from the public site, the year's
 * figures. Every page is loaded when first visited.
 */
import { GlobalOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/promotion.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const promotionModule: WebModule = {
  name: 'promotion',
  routes: [
    { path: 'promotion/leads', lazy: () => import('./LeadsPage.tsx') },
    { path: 'promotion/leads/:id', lazy: () => import('./LeadPage.tsx') },
    { path: 'promotion/events', lazy: () => import('./EventsPage.tsx') },
    { path: 'promotion/meetings', lazy: () => import('./MeetingsPage.tsx') },
    { path: 'promotion/directory', lazy: () => import('./DirectoryPage.tsx') },
    { path: 'promotion/enquiries', lazy: () => import('./EnquiriesPage.tsx') },
    { path: 'promotion/figures', lazy: () => import('./FiguresPage.tsx') },
  ],
  menu: [
    {
      key: 'promotion',
      label: 'promotion:nav.group',
      icon: GlobalOutlined,
      children: [
        { key: '/promotion/leads', label: 'promotion:nav.leads', permission: 'records.read' },
        { key: '/promotion/enquiries', label: 'promotion:nav.enquiries', permission: 'records.read' },
        { key: '/promotion/meetings', label: 'promotion:nav.meetings', permission: 'records.read' },
        { key: '/promotion/events', label: 'promotion:nav.events', permission: 'records.read' },
        { key: '/promotion/directory', label: 'promotion:nav.directory', permission: 'records.read' },
        { key: '/promotion/figures', label: 'promotion:nav.figures', permission: 'records.read' },
        // The investor portal's page: the public site's addresses and its map's tile layer.
        { key: '/public-site/settings', label: 'investorPortal:nav.publicSite', permission: 'records.read' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/promotion.json', { with: { type: 'json' } }) },
};
