import type { AppInstance } from '../../kernel/http.ts';

export async function planningRoutes(_app: AppInstance) {}
