/**
 * Demo data for the embedded default (SEED_DEMO, on by default in development): one account of each role, the
 * demo applicants' servers with service numbers, and existing filings in the simulated national registry, so a
 * person can walk a filing through every console. Runs only on a database without accounts.
 */
import type { Actor } from '../../auth/actor.js';
import { seedRegistry } from '../../adapters/registry/seed.js';
import { seedWhois } from '../../adapters/whois/seed.js';
import type { Deps } from '../../deps.js';
import { registerAccount } from '../accounts/register-account.js';
import { applyServiceNumber } from '../servers/apply-service-number.js';
import { registerServer } from '../servers/register-server.js';

export const DEMO_PASSWORD = 'beian2026';

export const DEMO_ACCOUNTS = [
  { email: 'applicant@beian.local', displayName: '陈思远', role: 'applicant' },
  { email: 'company@beian.local', displayName: '北京星河信息科技有限公司', role: 'applicant' },
  { email: 'reviewer@beian.local', displayName: '王审核（初审员）', role: 'reviewer' },
  { email: 'admin@beian.local', displayName: '李管理（管理员）', role: 'admin' },
  { email: 'bureau@beian.local', displayName: '管局操作员', role: 'bureau_operator' },
] as const;

export type DemoSeed = {
  seeded: boolean;
  accounts: readonly { email: string; role: string }[];
  serviceNumbers: Record<string, string[]>;
};

export async function seedDemo(deps: Deps): Promise<DemoSeed> {
  const { rows } = await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
  if (Number(rows[0]!.n) > 0) return { seeded: false, accounts: [], serviceNumbers: {} };
  const actors = new Map<string, Actor>();
  for (const a of DEMO_ACCOUNTS) {
    const account = await registerAccount(
      deps,
      { email: a.email, password: DEMO_PASSWORD, displayName: a.displayName },
      a.role,
    );
    actors.set(a.email, { accountId: account.id, role: a.role, email: a.email, displayName: a.displayName });
  }
  const now = deps.clock.now();
  await deps.db.transaction((tx) => seedRegistry(tx, now));
  await deps.db.transaction((tx) => seedWhois(tx, now));

  const admin = actors.get('admin@beian.local')!;
  const serviceNumbers: Record<string, string[]> = {};
  const expires = new Date(now.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  for (const [email, count] of [
    ['applicant@beian.local', 2],
    ['company@beian.local', 3],
  ] as const) {
    const { server } = await registerServer(deps, admin, {
      ownerEmail: email,
      typeCode: 'ecs',
      instanceName: email.startsWith('company') ? 'i-bp1xinghe01' : 'i-bp1chensy01',
      region: 'cn-hangzhou',
      mainland: true,
      billing: 'prepaid',
      prepaidMonths: 12,
      expiresOn: expires,
      publicBandwidthMbps: 5,
    });
    serviceNumbers[email] = [];
    for (let i = 0; i < count; i++)
      serviceNumbers[email].push(
        (await applyServiceNumber(deps, actors.get(email)!, server.id)).serviceNumber,
      );
  }
  return { seeded: true, accounts: DEMO_ACCOUNTS, serviceNumbers };
}
