/**
 * Documents' face: the register of outgoing documents (sổ văn bản đi, server module
 * document-register) and the dialog that takes a document's number, for pages that issue one.
 */
import { BookOutlined } from '@ant-design/icons';
import vi from '../../../locales/vi/documents.json' with { type: 'json' };
import { lazy } from 'react';
import type { WebModule } from '../../app/web-module.ts';

/**
 * The dialog that takes a number, loaded when first shown (render it inside Suspense): the
 * registry imports every face at start, and a form here would weigh on every first load.
 */
export const TakeNumberModal = lazy(() =>
  import('./TakeNumberModal.tsx').then((m) => ({ default: m.TakeNumberModal })),
);
export type { OutgoingDocument } from './documents.api.ts';

export const documentsModule: WebModule = {
  name: 'documents',
  routes: [{ path: 'documents/outgoing', lazy: () => import('./DocumentRegisterPage.tsx') }],
  menu: [
    {
      key: '/documents/outgoing',
      label: 'documents:nav.register',
      icon: BookOutlined,
      permission: 'records.read',
    },
  ],
  locales: { vi, en: () => import('../../../locales/en/documents.json', { with: { type: 'json' } }) },
};
