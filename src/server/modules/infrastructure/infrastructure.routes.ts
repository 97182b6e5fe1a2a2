import type { AppInstance } from '../../kernel/http.ts';

export async function infrastructureRoutes(_app: AppInstance) {}
