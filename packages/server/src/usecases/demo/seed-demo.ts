/**
 * Demo data for the embedded default (SEED_DEMO, on by default in development): one account of each role,
 * so a person can walk a filing through every console. Runs only on a database without accounts.
 */
import type { Deps } from '../../deps.js';
import { registerAccount } from '../accounts/register-account.js';

export const DEMO_PASSWORD = 'beian2026';

export const DEMO_ACCOUNTS = [
  { email: 'applicant@beian.local', displayName: '陈思远', role: 'applicant' },
  { email: 'company@beian.local', displayName: '北京星河信息科技有限公司', role: 'applicant' },
  { email: 'reviewer@beian.local', displayName: '王审核（初审员）', role: 'reviewer' },
  { email: 'admin@beian.local', displayName: '李管理（管理员）', role: 'admin' },
  { email: 'bureau@beian.local', displayName: '管局操作员', role: 'bureau_operator' },
] as const;

export async function seedDemo(
  deps: Deps,
): Promise<{ seeded: boolean; accounts: readonly { email: string; role: string }[] }> {
  const { rows } = await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
  if (Number(rows[0]!.n) > 0) return { seeded: false, accounts: [] };
  for (const a of DEMO_ACCOUNTS)
    await registerAccount(
      deps,
      { email: a.email, password: DEMO_PASSWORD, displayName: a.displayName },
      a.role,
    );
  return { seeded: true, accounts: DEMO_ACCOUNTS };
}
