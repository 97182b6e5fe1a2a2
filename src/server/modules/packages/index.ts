/**
 * The data package's public face: its schema (v1), the toolkit each kind's validator uses
 * (package-validator.ts), validation, import and export, errors, routes.
 */
import type { ServerModule } from '../../kernel/module.ts';
import { packagesRoutes } from './packages.routes.ts';

export * from './data-package.schema.ts';
export * from './packages.errors.ts';
export * from './package-validator.ts';
export * from './package-validation.ts';
export * from './package-import.service.ts';
export * from './package-export.service.ts';
export { packagesRoutes };

export const packagesModule = {
  name: 'packages',
  routes: (context: { packageBodyLimit: number }) => [
    packagesRoutes({ bodyLimit: context.packageBodyLimit }),
  ],
} satisfies ServerModule<{ packageBodyLimit: number }>;
