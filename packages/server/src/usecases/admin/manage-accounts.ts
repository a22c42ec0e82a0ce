/** 用户与角色 (admin): create staff and applicant accounts, list accounts. */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { accountView, type AccountView } from '../accounts/account-view.js';
import { emailSchema, passwordSchema, registerAccount } from '../accounts/register-account.js';

export const createAccountInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1, '请填写姓名').max(100, '名称最多100字'),
  role: z.enum(['applicant', 'reviewer', 'admin', 'bureau_operator'], {
    message: '角色只能是 applicant、reviewer、admin 或 bureau_operator',
  }),
});

function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '用户与角色管理需要管理员身份。');
}

export async function createAccount(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof createAccountInput>,
): Promise<AccountView> {
  assertAdmin(actor);
  return registerAccount(deps, input, input.role);
}

export async function listAccounts(deps: Deps, actor: Actor): Promise<AccountView[]> {
  assertAdmin(actor);
  const { rows } = await deps.db.query<{ id: string; email: string; display_name: string; role: string }>(
    'SELECT id, email, display_name, role FROM accounts ORDER BY created_at, email',
  );
  return rows.map(accountView);
}
