/** The agenda pages' face: the staff home page, what needs doing today across modules. */
import { CarryOutOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/agenda.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const agendaModule: WebModule = {
  name: 'agenda',
  routes: [{ path: 'today', lazy: () => import('./TodayPage.tsx') }],
  menu: [{ key: '/today', label: 'agenda:nav.today', icon: CarryOutOutlined, permission: 'records.read' }],
  locales: { vi, en: () => import('../../../locales/en/agenda.json', { with: { type: 'json' } }) },
};
