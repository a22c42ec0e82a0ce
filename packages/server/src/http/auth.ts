/**
 * Authentication for routes: the session cookie resolves to an actor once per request; `requireActor`
 * throws UNAUTHENTICATED or FORBIDDEN (with the role that is needed).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, AccountRole } from '../auth/actor.js';
import { actorForToken, SESSION_COOKIE } from '../auth/sessions.js';
import type { Deps } from '../deps.js';
import { AppError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
  }
}

const ROLE_ZH: Record<AccountRole, string> = {
  applicant: '申请人',
  reviewer: '初审员',
  admin: '管理员',
  bureau_operator: '管局操作员',
};

export function installAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', undefined);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await actorForToken(deps.db, token, deps.clock.now());
  });
}

export function requireActor(request: FastifyRequest, roles?: readonly AccountRole[]): Actor {
  const actor = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录。');
  if (roles && !roles.includes(actor.role))
    throw new AppError('FORBIDDEN', `此操作需要${roles.map((r) => ROLE_ZH[r]).join('或')}身份。`);
  return actor;
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expires: Date): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.env === 'production',
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
