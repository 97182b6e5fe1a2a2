/**
 * A board's settings' face: the reporting calendar, validation rules, exchange rates, yearly
 * targets and the province's totals, each with its change history; the working-day calendar
 * (database-wide: each year's days off and make-up days, a due-date calculator); the menu group,
 * translations.
 * Opening and closing periods stays on the statistics module's page (/statistics/periods).
 */
import { SettingOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/settings.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const settingsModule: WebModule = {
  name: 'settings',
  routes: [
    { path: 'settings/schedules', lazy: () => import('./SchedulesPage.tsx') },
    { path: 'settings/rules', lazy: () => import('./RulesPage.tsx') },
    { path: 'settings/exchange-rates', lazy: () => import('./ExchangeRatesPage.tsx') },
    { path: 'settings/targets', lazy: () => import('./TargetsPage.tsx') },
    { path: 'settings/province-totals', lazy: () => import('./ProvinceTotalsPage.tsx') },
    { path: 'settings/calendar', lazy: () => import('./CalendarYearsPage.tsx') },
  ],
  menu: [
    {
      key: 'settings',
      label: 'settings:nav.settings',
      icon: SettingOutlined,
      // Everyone who reads the board's records sees its settings; only writers get the buttons.
      children: [
        { key: '/settings/schedules', label: 'settings:nav.schedules', permission: 'records.read' },
        { key: '/settings/rules', label: 'settings:nav.rules', permission: 'records.read' },
        { key: '/settings/exchange-rates', label: 'settings:nav.exchangeRates', permission: 'records.read' },
        { key: '/settings/targets', label: 'settings:nav.targets', permission: 'records.read' },
        {
          key: '/settings/province-totals',
          label: 'settings:nav.provinceTotals',
          permission: 'records.read',
        },
        { key: '/settings/calendar', label: 'settings:nav.calendar', permission: 'records.read' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/settings.json', { with: { type: 'json' } }) },
};
