/**
 * A practical e-mail address check (电子邮箱): RFC 5321/5322 dot-atom local part (ASCII, at most 64 characters),
 * '@', and a host name of at least two labels checked like a domain (validators/domain.ts; Unicode IDN domains
 * allowed, RFC 6531), the whole address at most 254 characters with the domain in ASCII form. No quoted local
 * parts, comments or IP literals: nobody files a website with those.
 */
import { domainToAscii } from './domain.js';

const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
const WHITESPACE = /\s/;

export function isValidEmail(s: string): boolean {
  if (WHITESPACE.test(s)) return false;
  const at = s.lastIndexOf('@');
  if (at < 0) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > MAX_LOCAL || !DOT_ATOM.test(local)) return false;
  // the domain as typed, not as a browser would repair it: no trailing dot, no full-width forms or 。
  if (domain.endsWith('.') || domain.includes('\u3002') || domain.normalize('NFKC') !== domain) return false;
  const ascii = domainToAscii(domain);
  if (ascii === undefined || !ascii.includes('.')) return false;
  return local.length + 1 + ascii.length <= MAX_ADDRESS;
}
