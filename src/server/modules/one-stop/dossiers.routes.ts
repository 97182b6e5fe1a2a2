import type { AppInstance } from '../../kernel/http.ts';
import type { ModuleContext } from '../index.ts';

/** Stub: filled in by the helper who owns this file. */
export function dossiersRoutes(_context: ModuleContext) {
  return async (_app: AppInstance) => {};
}
