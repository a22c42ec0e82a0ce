/**
 * 申请备案服务号 (seed 004 §5.2): the server's owner applies for one service number; it is 已绑定 (bound) until an
 * order uses it. Refused with every reason when the server does not qualify, and when its quota is used up.
 * Another account's server is NOT_FOUND.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { issueAccess } from './issue-access.js';
import { loadOwnServer, viewServer, type ServerView } from './server-view.js';

export const serverIdParams = z.object({
  id: z.uuid({ error: '服务器编号（id）格式不正确：请从“我的服务器”列表中选择' }),
});

export async function applyServiceNumber(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  serverId: string,
): Promise<{ serviceNumber: string; state: 'bound'; server: ServerView }> {
  const server = await loadOwnServer(deps.db, actor, serverId);
  const now = deps.clock.now();
  const issued = await deps.db.transaction((tx) => issueAccess(tx, server, 'service_number', now));
  return {
    serviceNumber: issued.value,
    state: 'bound',
    server: await viewServer(deps.db, issued.server, now),
  };
}
