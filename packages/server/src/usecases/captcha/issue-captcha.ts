/**
 * 获取验证码: a new captcha, its image as an SVG data URL. The answer is kept only as a digest, valid for a few
 * minutes and for one attempt (solve-captcha.ts). Lapsed captchas are swept as new ones are issued.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { svgCaptcha } from '../../adapters/captcha/svg-captcha.js';
import type { Deps } from '../../deps.js';

export const CAPTCHA_TTL_MS = 5 * 60_000;
/** Lapsed rows are kept this long after expiry (an answer to a lapsed captcha still says "expired"). */
const KEEP_LAPSED_MS = 60 * 60_000;

export const captchaViewSchema = z.object({
  id: z.string(),
  /** data:image/svg+xml;base64,… */
  image: z.string(),
  expiresAt: z.string(),
});
export type CaptchaView = z.infer<typeof captchaViewSchema>;

/** Answers are case-insensitive and ignore spaces. */
export function captchaDigest(id: string, answer: string): string {
  return createHash('sha256')
    .update(`${id}:${answer.replace(/\s+/g, '').toUpperCase()}`)
    .digest('hex');
}

export async function issueCaptcha(deps: Pick<Deps, 'db' | 'clock' | 'captcha'>): Promise<CaptchaView> {
  const images = deps.captcha ?? svgCaptcha;
  const code = images.newCode();
  const id = randomUUID();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + CAPTCHA_TTL_MS);
  await deps.db.query('DELETE FROM captchas WHERE expires_at < $1', [
    new Date(now.getTime() - KEEP_LAPSED_MS),
  ]);
  await deps.db.query(
    'INSERT INTO captchas (id, answer_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [id, captchaDigest(id, code), now, expiresAt],
  );
  const svg = images.render(code);
  return {
    id,
    image: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`,
    expiresAt: expiresAt.toISOString(),
  };
}
