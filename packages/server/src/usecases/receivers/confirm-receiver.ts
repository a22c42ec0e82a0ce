/**
 * 验证消息接收人 by the emailed link: the token works once, until 24 hours after it was sent (by the clock).
 * No login: the receiver opens the link wherever they read mail.
 */
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { tokenDigest } from './receiver-view.js';

export const confirmReceiverQuery = z.object({
  token: z.string({ error: '链接不完整：缺少验证参数' }).min(1, '链接不完整：缺少验证参数').max(200),
});

export const confirmReceiverResultSchema = z.object({
  confirmed: z.literal(true),
  name: z.string(),
  email: z.string(),
});
export type ConfirmReceiverResult = z.infer<typeof confirmReceiverResultSchema>;

export async function confirmReceiver(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string,
): Promise<ConfirmReceiverResult> {
  const now = deps.clock.now();
  const hash = tokenDigest(token);
  const { rows } = await deps.db.query<{ name: string; email: string }>(
    `UPDATE notice_receivers
     SET confirmed_at = $2, confirm_token_hash = NULL, confirm_expires_at = NULL, updated_at = $2
     WHERE confirm_token_hash = $1 AND confirm_expires_at > $2
     RETURNING name, email`,
    [hash, now],
  );
  const row = rows[0];
  if (row) return { confirmed: true, name: row.name, email: row.email };
  const lapsed = await deps.db.query('SELECT 1 FROM notice_receivers WHERE confirm_token_hash = $1', [hash]);
  if (lapsed.rows.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      '验证链接已过期（24小时内有效）：请联系设置您为接收人的账号重新发送验证邮件。',
      'token',
      { reason: 'expired' },
    );
  throw new AppError(
    'INVALID_INPUT',
    '验证链接无效或已使用：如尚未完成验证，请联系设置您为接收人的账号重新发送验证邮件。',
    'token',
    { reason: 'invalid' },
  );
}
