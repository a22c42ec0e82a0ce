/**
 * Server-side sessions: the cookie carries a random token, the database its SHA-256 (a stolen database holds
 * no usable token). Sessions last 7 days and can be revoked by deleting the row.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import type { Actor, AccountRole } from './actor.js';

export const SESSION_COOKIE = 'beian_session';
export const SESSION_DAYS = 7;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Queryable,
  accountId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.query(
    'INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [digest(token), accountId, now, expiresAt],
  );
  return { token, expiresAt };
}

export async function actorForToken(db: Queryable, token: string, now: Date): Promise<Actor | undefined> {
  const { rows } = await db.query<{ id: string; role: AccountRole; email: string; display_name: string }>(
    `SELECT a.id, a.role, a.email, a.display_name FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [digest(token), now],
  );
  const a = rows[0];
  return a ? { accountId: a.id, role: a.role, email: a.email, displayName: a.display_name } : undefined;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [digest(token)]);
}
