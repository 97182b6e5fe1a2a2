import type { AppInstance } from '../../kernel/http.ts';
import type { ModuleContext } from '../index.ts';

/** (Foundation stub: the emulation work fills it.) */
export function scoringRoutes(_context: ModuleContext) {
  return async (_app: AppInstance) => {};
}
