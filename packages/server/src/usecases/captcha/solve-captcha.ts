/**
 * 校验验证码: one attempt per captcha. The attempt uses the captcha up whether the answer is right or wrong, so
 * an answer cannot be guessed twice; a wrong, lapsed or used captcha is INVALID_INPUT on `captchaAnswer`.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { captchaDigest } from './issue-captcha.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function solveCaptcha(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: { captchaId: string; captchaAnswer: string },
): Promise<void> {
  const now = deps.clock.now();
  const { rows } = UUID.test(input.captchaId)
    ? await deps.db.query<{ answer_hash: string; expires_at: Date }>(
        `UPDATE captchas SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING answer_hash, expires_at`,
        [input.captchaId, now],
      )
    : { rows: [] };
  const row = rows[0];
  if (!row)
    throw new AppError(
      'INVALID_INPUT',
      '验证码已失效（已使用或不存在）：请刷新验证码后重新输入。',
      'captchaAnswer',
      {
        reason: 'used',
      },
    );
  if (row.expires_at.getTime() <= now.getTime())
    throw new AppError('INVALID_INPUT', '验证码已过期：请刷新验证码后重新输入。', 'captchaAnswer', {
      reason: 'expired',
    });
  const given = Buffer.from(captchaDigest(input.captchaId, input.captchaAnswer), 'hex');
  if (!timingSafeEqual(given, Buffer.from(row.answer_hash, 'hex')))
    throw new AppError('INVALID_INPUT', '验证码不正确：请刷新验证码后重新输入。', 'captchaAnswer', {
      reason: 'wrong',
    });
}
