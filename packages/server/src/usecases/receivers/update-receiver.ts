/**
 * 修改消息接收人: name, email, position. A new email must be confirmed again (seed 004 §3: 修改后需重新验证):
 * the receiver stops receiving notices, the old link stops working and a new one is sent to the new address.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { PG, pgErrorCode } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { emailSchema } from '../accounts/register-account.js';
import { receiverNameSchema, receiverPositionSchema } from './add-receiver.js';
import {
  duplicateEmail,
  loadOwnReceiver,
  newConfirmation,
  RECEIVER_COLUMNS,
  receiverView,
  sendConfirmation,
  type ReceiverRow,
  type ReceiverView,
} from './receiver-view.js';

export const updateReceiverInput = z
  .object({
    name: receiverNameSchema.optional(),
    email: emailSchema.optional(),
    position: receiverPositionSchema.optional(),
  })
  .refine((v) => v.name !== undefined || v.email !== undefined || v.position !== undefined, {
    message: '请至少修改姓名、邮箱或职位中的一项',
  });
export type UpdateReceiverInput = z.infer<typeof updateReceiverInput>;

export async function updateReceiver(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  actor: Actor,
  receiverId: string,
  input: UpdateReceiverInput,
): Promise<ReceiverView> {
  const now = deps.clock.now();
  try {
    const row = await deps.db.transaction(async (tx) => {
      const current = await loadOwnReceiver(tx, actor, receiverId);
      const name = input.name ?? current.name;
      const position = input.position ?? current.position;
      const email = input.email ?? current.email;
      if (email !== current.email) {
        const taken = await tx.query(
          'SELECT 1 FROM notice_receivers WHERE account_id = $1 AND email = $2 AND id <> $3',
          [actor.accountId, email, receiverId],
        );
        if (taken.rows.length > 0) throw duplicateEmail();
        const confirmation = newConfirmation(now);
        const { rows } = await tx.query<ReceiverRow>(
          `UPDATE notice_receivers
           SET name = $2, email = $3, position = $4, confirmed_at = NULL, confirm_token_hash = $5,
               confirm_expires_at = $6, updated_at = $7
           WHERE id = $1
           RETURNING ${RECEIVER_COLUMNS}`,
          [receiverId, name, email, position, confirmation.hash, confirmation.expiresAt, now],
        );
        await sendConfirmation(tx, deps.config, actor, { name, email }, confirmation.token, now);
        return rows[0]!;
      }
      const { rows } = await tx.query<ReceiverRow>(
        `UPDATE notice_receivers SET name = $2, position = $3, updated_at = $4 WHERE id = $1
         RETURNING ${RECEIVER_COLUMNS}`,
        [receiverId, name, position, now],
      );
      return rows[0]!;
    });
    return receiverView(row, now);
  } catch (e) {
    if (pgErrorCode(e) === PG.uniqueViolation) throw duplicateEmail();
    throw e;
  }
}
