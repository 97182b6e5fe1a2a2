import type { AppInstance } from '../../kernel/http.ts';

export async function openDataRoutes(_app: AppInstance) {}
