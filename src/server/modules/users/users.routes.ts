import { z } from 'zod';
import { actorOf, type AppInstance } from '../../kernel/http.ts';
import { errorResponses, Uuid } from '../../kernel/schemas.ts';
import { actorForUser, login, logout, SESSION_COOKIE, type AuthPolicy } from './authentication.ts';
import {
  ApiToken,
  ChangePasswordBody,
  CreatedUser,
  CreateTokenBody,
  CreateUserBody,
  LoginBody,
  Me,
  UpdateMeBody,
  UpdateUserBody,
  User,
} from './users.schemas.ts';
import { hashSecret } from './credentials.ts';
import * as service from './users.service.ts';

export interface AuthRouteOptions {
  policy: AuthPolicy;
  cookieSecure: boolean;
  /** Login attempts per minute from one address. */
  loginRateLimit: number;
  /** Largest body of a sign-in, password or token request. */
  bodyLimit: number;
}

export function authRoutes(options: AuthRouteOptions) {
  return async (app: AppInstance) => {
    const tags = ['auth'];
    // Every request under /auth is a few hundred bytes; refuse more before parsing it.
    app.addHook('onRoute', (route) => {
      route.bodyLimit = Math.min(route.bodyLimit ?? options.bodyLimit, options.bodyLimit);
    });
    app.post(
      '/auth/login',
      {
        config: { public: true, rateLimit: { max: options.loginRateLimit, timeWindow: 60_000 } },
        schema: {
          tags,
          operationId: 'login',
          summary: 'Sign in; sets an httpOnly session cookie',
          body: LoginBody,
          response: { 200: Me, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { sessionToken, user } = await login(
          app.db,
          {
            username: request.body.username,
            password: request.body.password,
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? '',
          },
          options.policy,
        );
        reply.setCookie(SESSION_COOKIE, sessionToken, {
          httpOnly: true,
          sameSite: 'strict',
          secure: options.cookieSecure,
          path: '/',
          expires: new Date(Date.now() + options.policy.sessionMaxHours * 3_600_000),
        });
        return service.describeActor(app.db, await actorForUser(app.db, user));
      },
    );
    app.post(
      '/auth/logout',
      {
        config: { public: true },
        schema: {
          tags,
          operationId: 'logout',
          summary: 'Sign out',
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logout(app.db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/auth/me',
      {
        schema: {
          tags,
          operationId: 'getMe',
          summary: 'The signed-in user',
          response: { 200: Me, ...errorResponses },
        },
      },
      async (request) => service.describeActor(app.db, actorOf(request)),
    );
    app.patch(
      '/auth/me',
      {
        schema: {
          tags,
          operationId: 'updateMe',
          summary: 'Change my own name or e-mail address (version required)',
          body: UpdateMeBody,
          response: { 200: Me, ...errorResponses },
        },
      },
      async (request) => service.updateOwnProfile(app.db, actorOf(request), request.body),
    );
    app.post(
      '/auth/password',
      {
        schema: {
          tags,
          operationId: 'changePassword',
          summary: 'Change my password; my other sessions and all my API tokens end',
          body: ChangePasswordBody,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const session = request.cookies[SESSION_COOKIE];
        await service.changeOwnPassword(app.db, actorOf(request), {
          ...request.body,
          currentSessionHash: session ? hashSecret(session) : undefined,
        });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/auth/tokens',
      {
        schema: {
          tags,
          summary: 'My API tokens',
          response: { 200: z.object({ items: z.array(ApiToken) }), ...errorResponses },
        },
      },
      async (request) => ({ items: await service.listApiTokens(app.db, actorOf(request)) }),
    );
    app.post(
      '/auth/tokens',
      {
        schema: {
          tags,
          summary: 'Create an API token for scripts; the secret is shown once',
          body: CreateTokenBody,
          response: { 201: z.object({ token: ApiToken, secret: z.string() }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createApiToken(app.db, actorOf(request), request.body)),
    );
    app.delete(
      '/auth/tokens/:id',
      {
        schema: {
          tags,
          summary: 'Revoke an API token',
          params: z.object({ id: Uuid }),
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await service.revokeApiToken(app.db, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}

export async function usersRoutes(app: AppInstance) {
  const tags = ['users'];
  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Users the administrator manages',
        response: { 200: z.object({ items: z.array(User) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listUsers(app.db, actorOf(request)) }),
  );
  app.get(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'One user',
        params: z.object({ id: Uuid }),
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => service.getUser(app.db, actorOf(request), request.params.id),
  );
  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user',
        body: CreateUserBody,
        response: { 201: CreatedUser, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createUser(app.db, actorOf(request), request.body)),
  );
  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change role, name or disable',
        params: z.object({ id: Uuid }),
        body: UpdateUserBody,
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => service.updateUser(app.db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Reset a password; the new one is shown once',
        params: z.object({ id: Uuid }),
        response: { 200: z.object({ password: z.string() }), ...errorResponses },
      },
    },
    async (request) => service.resetPassword(app.db, actorOf(request), request.params.id),
  );
}
