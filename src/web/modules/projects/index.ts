/** Projects' face: projects and licensing events pages, their menu entries, translations. */
import { FileTextOutlined, UnorderedListOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/projects.json' with { type: 'json' };
import type { WebModule } from '../../app/web-module.ts';

export const projectsModule: WebModule = {
  name: 'projects',
  routes: [
    { path: 'projects', lazy: () => import('./ProjectsPage.tsx') },
    { path: 'projects/new', lazy: () => import('./RegisterProjectPage.tsx') },
    { path: 'projects/:id', lazy: () => import('./ProjectPage.tsx') },
    { path: 'licensing-events', lazy: () => import('./LicensingEventsPage.tsx') },
  ],
  menu: [
    { key: '/projects', label: 'nav.projects', icon: FileTextOutlined },
    { key: '/licensing-events', label: 'nav.licensingEvents', icon: UnorderedListOutlined },
  ],
  locales: { vi, en: () => import('../../../locales/en/projects.json', { with: { type: 'json' } }) },
};
