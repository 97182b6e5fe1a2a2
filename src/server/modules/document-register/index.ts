/** The register of outgoing documents' public face (sổ văn bản đi): tables, schemas, service, routes. */
import type { ServerModule } from '../../kernel/module.ts';
import { documentRegisterRoutes } from './document-register.routes.ts';

export * from './document-register.tables.ts';
export * from './document-register.schemas.ts';
export * from './document-register.errors.ts';
export * from './document-register.service.ts';
export { documentRegisterRoutes };

export const documentRegisterModule = {
  name: 'document-register',
  routes: () => [documentRegisterRoutes],
} satisfies ServerModule;
