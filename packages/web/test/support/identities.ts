/** Valid certificate numbers made up for the tests (check characters computed by the core's validators). */
import { orgCodeCheckChar, residentIdCheckChar, usccCheckChar } from '@beian/core';

/** A unified social credit code of an enterprise: 91 + region (6) + organisation code (8 + check) + check. */
export function uscc(region: string, org8: string): string {
  const first17 = `91${region}${org8}${orgCodeCheckChar(org8)}`;
  return first17 + usccCheckChar(first17);
}

/** A resident ID of someone born on `birth` (YYYYMMDD) in `region`. */
export function residentId(region: string, birth: string, seq = '123'): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}
