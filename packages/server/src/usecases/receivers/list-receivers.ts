/** 消息接收人列表: the account's own receivers, in the order they were added. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { RECEIVER_COLUMNS, receiverView, type ReceiverRow, type ReceiverView } from './receiver-view.js';

export async function listReceivers(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor): Promise<ReceiverView[]> {
  const { rows } = await deps.db.query<ReceiverRow>(
    `SELECT ${RECEIVER_COLUMNS} FROM notice_receivers WHERE account_id = $1 ORDER BY seq`,
    [actor.accountId],
  );
  const now = deps.clock.now();
  return rows.map((r) => receiverView(r, now));
}
