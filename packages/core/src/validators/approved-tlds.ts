/**
 * The MIIT-approved domain suffixes (工信部 中国互联网域名体系): a domain under any other suffix cannot be filed.
 * The list is data (data/approved-tlds.json, with its source and date) that a deployment replaces
 * (decisions.md 18).
 */
import data from '../data/approved-tlds.json' with { type: 'json' };
import { decodeLabel } from '../util/punycode.js';

export type ApprovedTlds = {
  readonly source: string;
  /** 'YYYY-MM-DD' */
  readonly retrieved: string;
  readonly note: string;
  /** Public suffixes in Unicode, lower case, no leading dot: 'com', 'com.cn', '中国'. */
  readonly tlds: readonly string[];
};

export const APPROVED_TLDS: ApprovedTlds = data;

const APPROVED = new Set(APPROVED_TLDS.tlds);

/** Unicode, lower case, no leading or trailing dot; undefined for an A-label that does not decode. */
function toUnicodeSuffix(suffix: string): string | undefined {
  const labels = suffix.trim().toLowerCase().replace(/^\./, '').replace(/\.$/, '').split('.');
  const unicode = labels.map((l) => (l.startsWith('xn--') ? decodeLabel(l.slice(4)) : l));
  return unicode.some((l) => l === undefined) ? undefined : unicode.join('.');
}

/**
 * Whether a public suffix (as `analyzeDomain` gives it, Unicode or ASCII) is approved: 'com', '中国',
 * 'xn--fiqs8s', 'com.cn' → true; 'io', 'co.uk' → false. A multi-label suffix must be listed itself (com.cn,
 * bj.cn), not just its top-level domain: .cn being approved does not make every suffix under it approved.
 */
export function isApprovedSuffix(publicSuffix: string): boolean {
  if (APPROVED.has(publicSuffix)) return true;
  const suffix = toUnicodeSuffix(publicSuffix);
  return suffix !== undefined && APPROVED.has(suffix);
}
