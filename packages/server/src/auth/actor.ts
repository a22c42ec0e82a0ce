/** Who is acting: every use case takes an actor, never an HTTP request (style.md 4). */
import type { Role } from '@beian/core';

export type StaffRole = 'reviewer' | 'admin' | 'bureau_operator';
export type AccountRole = 'applicant' | StaffRole;

export type Actor = {
  readonly accountId: string;
  readonly role: AccountRole;
  readonly email: string;
  readonly displayName: string;
};

/** The role an actor plays in the order transition table. */
export function lifecycleRole(actor: Actor): Role {
  return actor.role;
}

export const ACCOUNT_ROLES: readonly AccountRole[] = ['applicant', 'reviewer', 'admin', 'bureau_operator'];

/** The platform itself acting (deadlines, the bureau simulator's demo policy): no account behind it. */
export const SYSTEM_ACTOR = { role: 'system', accountId: null } as const;
export type SystemActor = typeof SYSTEM_ACTOR;
