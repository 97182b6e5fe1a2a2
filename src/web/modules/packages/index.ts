/** Data packages' face: the import page, its menu entry, translations. */
import { CloudUploadOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/packages.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const packagesModule: WebModule = {
  name: 'packages',
  routes: [{ path: 'import', lazy: () => import('./ImportPage.tsx') }],
  menu: [{ key: '/import', label: 'nav.import', icon: CloudUploadOutlined, permission: 'records.write' }],
  locales: { vi, en: () => import('../../../locales/en/packages.json', { with: { type: 'json' } }) },
};
