/** 我的服务器: the actor's servers, each with whether it qualifies (every reason when not) and its quota. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import {
  SERVER_COLUMNS,
  serverView,
  usageByServer,
  usageOf,
  type ServerRow,
  type ServerView,
} from './server-view.js';

export async function listMyServers(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor): Promise<ServerView[]> {
  const { rows } = await deps.db.query<ServerRow>(
    `SELECT ${SERVER_COLUMNS} FROM servers s WHERE s.account_id = $1 ORDER BY s.created_at, s.id`,
    [actor.accountId],
  );
  const counts = await usageByServer(deps.db, actor.accountId);
  const now = deps.clock.now();
  return rows.map((row) => serverView(row, usageOf(row, rows, counts), now));
}
