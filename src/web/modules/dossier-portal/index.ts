/**
 * The dossier portal's face: the public pages (look-up by receipt code, online submission and its
 * e-mail confirmation — outside the signed-in shell, no sign-in), an enterprise account's own
 * dossiers (its menu entries), and the translations. Every page is its own lazy chunk, so the
 * public pages load nothing heavy.
 */
import { FileDoneOutlined, FileAddOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/dossierPortal.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

/** The public pages' addresses (Vietnamese, as printed on the receipt slip and in e-mails). */
export const PUBLIC_LOOKUP_PATH = '/tra-cuu-ho-so';
export const PUBLIC_SUBMIT_PATH = '/nop-ho-so';
/** An enterprise account's dossiers. */
export const MY_DOSSIERS_PATH = '/my-dossiers';

export const dossierPortalModule: WebModule = {
  name: 'dossierPortal',
  publicRoutes: [
    { path: 'tra-cuu-ho-so', lazy: () => import('./LookupPage.tsx') },
    { path: 'tra-cuu-ho-so/:code', lazy: () => import('./LookupPage.tsx') },
    { path: 'nop-ho-so', lazy: () => import('./SubmitPage.tsx') },
    { path: 'nop-ho-so/xac-nhan', lazy: () => import('./ConfirmPage.tsx') },
  ],
  routes: [
    { path: 'my-dossiers', lazy: () => import('./MyDossiersPage.tsx') },
    { path: 'my-dossiers/new', lazy: () => import('./NewDossierPage.tsx') },
    { path: 'my-dossiers/:id', lazy: () => import('./MyDossierPage.tsx') },
  ],
  menu: [
    {
      key: MY_DOSSIERS_PATH,
      label: 'dossierPortal:nav.myDossiers',
      icon: FileDoneOutlined,
      audience: 'enterprise',
      permission: 'onestop.submit',
    },
    {
      key: `${MY_DOSSIERS_PATH}/new`,
      label: 'dossierPortal:nav.newDossier',
      icon: FileAddOutlined,
      audience: 'enterprise',
      permission: 'onestop.submit',
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/dossierPortal.json', { with: { type: 'json' } }) },
};
