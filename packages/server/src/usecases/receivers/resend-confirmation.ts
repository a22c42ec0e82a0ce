/** 重新发送验证邮件: a new link (the old one stops working) for a receiver not yet confirmed. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import {
  loadOwnReceiver,
  newConfirmation,
  RECEIVER_COLUMNS,
  receiverView,
  sendConfirmation,
  type ReceiverRow,
  type ReceiverView,
} from './receiver-view.js';

export async function resendConfirmation(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  actor: Actor,
  receiverId: string,
): Promise<ReceiverView> {
  const now = deps.clock.now();
  const confirmation = newConfirmation(now);
  const row = await deps.db.transaction(async (tx) => {
    const current = await loadOwnReceiver(tx, actor, receiverId);
    if (current.confirmed_at) throw new AppError('INVALID_STATE', '该接收人已完成验证，无需重新发送。');
    const { rows } = await tx.query<ReceiverRow>(
      `UPDATE notice_receivers SET confirm_token_hash = $2, confirm_expires_at = $3, updated_at = $4
       WHERE id = $1 AND confirmed_at IS NULL
       RETURNING ${RECEIVER_COLUMNS}`,
      [receiverId, confirmation.hash, confirmation.expiresAt, now],
    );
    await sendConfirmation(tx, deps.config, actor, current, confirmation.token, now);
    return rows[0]!;
  });
  return receiverView(row, now);
}
