/** 登录: email and password → a new session. The same error for an unknown email and a wrong password. */
import { z } from 'zod';
import { verifyNothing, verifyPassword } from '../../auth/passwords.js';
import { createSession } from '../../auth/sessions.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { accountView, type AccountView } from './account-view.js';
import { emailSchema } from './register-account.js';

export const logInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, '请填写密码').max(128),
});
export type LogInInput = z.infer<typeof logInInput>;

export async function logIn(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: LogInInput,
): Promise<{ account: AccountView; token: string; expiresAt: Date }> {
  const { rows } = await deps.db.query<{
    id: string;
    email: string;
    display_name: string;
    role: string;
    password_hash: string;
  }>('SELECT id, email, display_name, role, password_hash FROM accounts WHERE email = $1', [input.email]);
  const row = rows[0];
  const ok = row
    ? await verifyPassword(row.password_hash, input.password)
    : await verifyNothing(input.password);
  if (!row || !ok) throw new AppError('UNAUTHENTICATED', '邮箱或密码不正确。', 'password');
  const session = await createSession(deps.db, row.id, deps.clock.now());
  return { account: accountView(row), ...session };
}
