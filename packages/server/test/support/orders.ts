/** Order data for tests: the shared examples' subjects and websites (valid, real check characters). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

export function exampleOrder(id = 'base-BJ-individual'): { subject: Json; websites: Json[] } {
  const file = fileURLToPath(new URL(`../../../../../shared/spec/examples/${id}.json`, import.meta.url));
  const { input } = JSON.parse(readFileSync(file, 'utf8')) as { input: { subject: Json; websites: Json[] } };
  return { subject: input.subject, websites: input.websites };
}
