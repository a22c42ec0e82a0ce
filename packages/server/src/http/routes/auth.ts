/** /api/v1/auth: register, log in, log out, who am I. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, deleteSession } from '../../auth/sessions.js';
import type { Deps } from '../../deps.js';
import { accountViewSchema } from '../../usecases/accounts/account-view.js';
import { logIn, logInInput } from '../../usecases/accounts/log-in.js';
import { registerAccount, registerAccountInput } from '../../usecases/accounts/register-account.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../auth.js';

export function authRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/register',
      {
        schema: {
          tags: ['accounts'],
          summary: '注册申请人账号（一个账号对应一个备案主体）',
          body: registerAccountInput,
          response: { 201: z.object({ account: accountViewSchema }) },
        },
        config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const account = await registerAccount(deps, request.body);
        const { token, expiresAt } = await logIn(deps, {
          email: request.body.email,
          password: request.body.password,
        });
        setSessionCookie(reply, deps, token, expiresAt);
        return reply.status(201).send({ account });
      },
    );

    app.post(
      '/auth/login',
      {
        schema: {
          tags: ['accounts'],
          summary: '登录',
          body: logInInput,
          response: { 200: z.object({ account: accountViewSchema }) },
        },
        config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const { account, token, expiresAt } = await logIn(deps, request.body);
        setSessionCookie(reply, deps, token, expiresAt);
        return { account };
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { public: true },
        schema: { tags: ['accounts'], summary: '退出登录', response: { 204: z.null() } },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await deleteSession(deps.db, token);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['accounts'],
          summary: '当前登录账号',
          response: { 200: z.object({ account: accountViewSchema }) },
        },
      },
      async (request) => {
        const a = requireActor(request);
        return { account: { id: a.accountId, email: a.email, displayName: a.displayName, role: a.role } };
      },
    );
  };
}
