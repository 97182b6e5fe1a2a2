import type { AppInstance } from '../../kernel/http.ts';

export async function boundariesRoutes(_app: AppInstance) {}
