/** Where each role starts. */
import type { Role } from '@beian/core';

export const ROLE_HOME: Record<Role, string> = {
  applicant: '/',
  reviewer: '/review',
  admin: '/admin',
  bureau_operator: '/bureau',
  system: '/',
};

export function homeOf(role: string): string {
  return ROLE_HOME[role as Role] ?? '/';
}
