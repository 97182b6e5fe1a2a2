import type { AppInstance } from '../../kernel/http.ts';

export async function promotionRoutes(_app: AppInstance) {}
