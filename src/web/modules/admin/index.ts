/** Administration's face: users and the audit log, their menu group, translations. */
import { AuditOutlined, TeamOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/admin.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const adminModule: WebModule = {
  name: 'admin',
  routes: [
    { path: 'admin/users', lazy: () => import('./UsersPage.tsx') },
    { path: 'admin/audit', lazy: () => import('./AuditLogPage.tsx') },
  ],
  menu: [
    {
      key: 'admin',
      label: 'nav.admin',
      icon: TeamOutlined,
      children: [
        { key: '/admin/users', label: 'nav.users', permission: 'users.manage' },
        { key: '/admin/audit', label: 'nav.audit', icon: AuditOutlined, permission: 'audit.read' },
      ],
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/admin.json', { with: { type: 'json' } }) },
};

/** Shown once, with a copy button: a password the server generated (accounts made elsewhere too). */
export { OneTimePasswordModal, type OneTimePassword } from './OneTimePasswordModal.tsx';
