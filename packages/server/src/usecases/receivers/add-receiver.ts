/**
 * 新增消息接收人 (seed 004 §3): name, email and position; at most 15 per account; the same email once. The new
 * receiver gets a confirmation link by email (through the outbox, in the same transaction) and receives
 * notices only once confirmed.
 */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { PG, pgErrorCode } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { emailSchema } from '../accounts/register-account.js';
import {
  duplicateEmail,
  MAX_RECEIVERS,
  newConfirmation,
  RECEIVER_COLUMNS,
  receiverView,
  sendConfirmation,
  type ReceiverRow,
  type ReceiverView,
} from './receiver-view.js';

export const receiverNameSchema = z
  .string({ error: '请填写联系人姓名' })
  .trim()
  .min(1, '请填写联系人姓名')
  .max(50, '姓名最多50字');
export const receiverPositionSchema = z
  .string({ error: '请填写职位' })
  .trim()
  .min(1, '请填写职位')
  .max(50, '职位最多50字');

export const addReceiverInput = z.object({
  name: receiverNameSchema,
  email: emailSchema,
  position: receiverPositionSchema,
});
export type AddReceiverInput = z.infer<typeof addReceiverInput>;

export async function addReceiver(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  actor: Actor,
  input: AddReceiverInput,
): Promise<ReceiverView> {
  const now = deps.clock.now();
  const confirmation = newConfirmation(now);
  try {
    const row = await deps.db.transaction(async (tx) => {
      // one add at a time per account, so two concurrent adds cannot both take the 15th place
      await tx.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [actor.accountId]);
      const { rows: existing } = await tx.query<{ email: string }>(
        'SELECT email FROM notice_receivers WHERE account_id = $1',
        [actor.accountId],
      );
      if (existing.some((r) => r.email === input.email)) throw duplicateEmail();
      if (existing.length >= MAX_RECEIVERS)
        throw new AppError(
          'INVALID_STATE',
          `最多可设置${MAX_RECEIVERS}个消息接收人：请先删除不再需要的接收人，再新增。`,
        );
      const { rows } = await tx.query<ReceiverRow>(
        `INSERT INTO notice_receivers (account_id, name, email, position, confirm_token_hash, confirm_expires_at,
           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         RETURNING ${RECEIVER_COLUMNS}`,
        [
          actor.accountId,
          input.name,
          input.email,
          input.position,
          confirmation.hash,
          confirmation.expiresAt,
          now,
        ],
      );
      await sendConfirmation(tx, deps.config, actor, input, confirmation.token, now);
      return rows[0]!;
    });
    return receiverView(row, now);
  } catch (e) {
    if (pgErrorCode(e) === PG.uniqueViolation) throw duplicateEmail();
    throw e;
  }
}
