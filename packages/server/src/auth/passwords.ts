/** Passwords: argon2id (OWASP parameters). */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id */ as const,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Verify against a throwaway hash when the account does not exist, so both cases take the same time. */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword('beian-no-such-account');
  await verifyPassword(await dummy, password);
  return false;
}
