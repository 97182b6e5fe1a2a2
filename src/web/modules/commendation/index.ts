/**
 * Commendation's face (khen thưởng): persons and collectives with their yearly ratings,
 * registrations for titles, initiatives, proposals and the council's review, decisions, the
 * register across years, and who qualifies for what. Every page is loaded when first visited.
 */
import { TrophyOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/commendation.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const commendationModule: WebModule = {
  name: 'commendation',
  routes: [
    { path: 'commendation/subjects', lazy: () => import('./SubjectsPage.tsx') },
    { path: 'commendation/subjects/:id', lazy: () => import('./SubjectPage.tsx') },
    { path: 'commendation/registrations', lazy: () => import('./RegistrationsPage.tsx') },
    { path: 'commendation/initiatives', lazy: () => import('./InitiativesPage.tsx') },
    { path: 'commendation/proposals', lazy: () => import('./ProposalsPage.tsx') },
    { path: 'commendation/proposals/:id', lazy: () => import('./ProposalPage.tsx') },
    { path: 'commendation/decisions', lazy: () => import('./DecisionsPage.tsx') },
    { path: 'commendation/register', lazy: () => import('./RegisterPage.tsx') },
    { path: 'commendation/eligibility', lazy: () => import('./EligibilityPage.tsx') },
  ],
  menu: [
    {
      key: 'commendation',
      label: 'commendation:nav.group',
      icon: TrophyOutlined,
      children: [
        { key: '/commendation/subjects', label: 'commendation:nav.subjects', permission: 'records.read' },
        {
          key: '/commendation/registrations',
          label: 'commendation:nav.registrations',
          permission: 'records.read',
        },
        {
          key: '/commendation/initiatives',
          label: 'commendation:nav.initiatives',
          permission: 'records.read',
        },
        { key: '/commendation/proposals', label: 'commendation:nav.proposals', permission: 'records.read' },
        { key: '/commendation/decisions', label: 'commendation:nav.decisions', permission: 'records.read' },
        { key: '/commendation/register', label: 'commendation:nav.register', permission: 'records.read' },
        {
          key: '/commendation/eligibility',
          label: 'commendation:nav.eligibility',
          permission: 'records.read',
        },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/commendation.json', { with: { type: 'json' } }) },
};
