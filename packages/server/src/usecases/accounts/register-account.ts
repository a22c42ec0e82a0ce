/** 注册: an applicant creates an account (one account = one subject). Staff accounts are created by an admin. */
import { z } from 'zod';
import { hashPassword } from '../../auth/passwords.js';
import { PG, pgErrorCode } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { accountView, type AccountView } from './account-view.js';

export const passwordSchema = z
  .string()
  .min(8, '密码至少8位')
  .max(128, '密码最多128位')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '密码须同时包含字母和数字');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, '邮箱过长')
  .pipe(z.email({ message: '请填写有效的电子邮箱' }));

export const registerAccountInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1, '请填写姓名或单位名称').max(100, '名称最多100字'),
});
export type RegisterAccountInput = z.infer<typeof registerAccountInput>;

export async function registerAccount(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: RegisterAccountInput,
  role: 'applicant' | 'reviewer' | 'admin' | 'bureau_operator' = 'applicant',
): Promise<AccountView> {
  const hash = await hashPassword(input.password);
  try {
    const { rows } = await deps.db.query<{ id: string; created_at: Date }>(
      `INSERT INTO accounts (email, display_name, password_hash, role, created_at) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, created_at`,
      [input.email, input.displayName, hash, role, deps.clock.now()],
    );
    return accountView({ id: rows[0]!.id, email: input.email, display_name: input.displayName, role });
  } catch (e) {
    if (pgErrorCode(e) === PG.uniqueViolation)
      throw new AppError('ALREADY_EXISTS', '该邮箱已注册：请直接登录，或使用其他邮箱。', 'email');
    throw e;
  }
}
