/**
 * Users' public face: tables, schemas, errors, the users service, authentication (sessions, API
 * tokens, the actor of a request), the enterprise-account lookup it is given, and the routes
 * (/auth and /users).
 */
import type { ServerModule } from '../../kernel/module.ts';
import type { AuthPolicy } from './authentication.ts';
import { authRoutes, usersRoutes } from './users.routes.ts';

export * from './users.tables.ts';
export * from './users.schemas.ts';
export * from './users.errors.ts';
export * from './password-policy.ts';
export { provideEnterpriseOfUser, type EnterpriseOfUser } from './enterprise-accounts.ts';
export * from './authentication.ts';
export * from './users.service.ts';
export * from './enterprise-users.ts';
export { authRoutes, usersRoutes, type AuthRouteOptions } from './users.routes.ts';

interface UsersContext {
  authPolicy: AuthPolicy;
  /** Largest body of a sign-in, password or token request. */
  authBodyLimit: number;
  cookieSecure: boolean;
  /** Login attempts per minute from one address. */
  loginRateLimit: number;
}

export const usersModule = {
  name: 'users',
  routes: (context: UsersContext) => [
    authRoutes({
      bodyLimit: context.authBodyLimit,
      policy: context.authPolicy,
      cookieSecure: context.cookieSecure,
      loginRateLimit: context.loginRateLimit,
    }),
    usersRoutes,
  ],
} satisfies ServerModule<UsersContext>;
