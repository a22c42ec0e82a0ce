/**
 * 生成备案授权码 (seed 003 line 37: "由服务器生成的用于备案的授权凭证，实际指向该服务器"): the server's owner
 * generates a code another account can file with. A code is one of the server's slots handed out another way:
 * it counts against the same quota as service numbers and, like them, is used once and never again.
 */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { issueAccess } from './issue-access.js';
import { loadOwnServer, viewServer, type ServerView } from './server-view.js';

export async function generateAuthorizationCode(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  serverId: string,
): Promise<{ authorizationCode: string; state: 'bound'; server: ServerView }> {
  const server = await loadOwnServer(deps.db, actor, serverId);
  const now = deps.clock.now();
  const issued = await deps.db.transaction((tx) => issueAccess(tx, server, 'authorization_code', now));
  return {
    authorizationCode: issued.value,
    state: 'bound',
    server: await viewServer(deps.db, issued.server, now),
  };
}
