/** 删除消息接收人: only the account's own; another account's is NOT_FOUND. A pending link stops working. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';

export async function removeReceiver(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
  receiverId: string,
): Promise<void> {
  const { rowCount } = await deps.db.query('DELETE FROM notice_receivers WHERE id = $1 AND account_id = $2', [
    receiverId,
    actor.accountId,
  ]);
  if (rowCount === 0) throw new AppError('NOT_FOUND', '找不到该消息接收人。', 'receiverId');
}
