/** /api/v1/admin: users and roles. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { accountViewSchema } from '../../usecases/accounts/account-view.js';
import { createAccount, createAccountInput, listAccounts } from '../../usecases/admin/manage-accounts.js';
import { requireActor } from '../auth.js';

export function adminRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/admin/accounts',
      {
        schema: {
          tags: ['admin'],
          summary: '新建账号（指定角色）',
          body: createAccountInput,
          response: { 201: z.object({ account: accountViewSchema }) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ account: await createAccount(deps, requireActor(request, ['admin']), request.body) }),
    );
    app.get(
      '/admin/accounts',
      {
        schema: {
          tags: ['admin'],
          summary: '账号列表',
          response: { 200: z.object({ accounts: z.array(accountViewSchema) }) },
        },
      },
      async (request) => ({ accounts: await listAccounts(deps, requireActor(request, ['admin'])) }),
    );
  };
}
