import type { AppInstance } from '../../kernel/http.ts';
import type { ModuleContext } from '../index.ts';

/** (Foundation stub: the commendation work fills it.) */
export function eligibilityRoutes(_context: ModuleContext) {
  return async (_app: AppInstance) => {};
}
