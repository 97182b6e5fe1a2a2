import type { AppInstance } from '../../kernel/http.ts';

export async function investorPortalRoutes(_app: AppInstance) {}
