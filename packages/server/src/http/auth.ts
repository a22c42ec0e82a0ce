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
  interface FastifyContextConfig {
    /** The route answers without a login (health, precheck, register, log in, captcha, confirmation links). */
    public?: boolean;
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
  // every API route needs a login unless it says it is public, and that is checked before the input
  // (style.md 2: authenticate → rate-limit → validate → …); roles are checked by the handlers
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/v1/docs')) return;
    if (request.routeOptions.config.public === true || request.is404) return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录。');
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
