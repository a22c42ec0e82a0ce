/**
 * Findings shown beside the wizard's fields, from every source, keyed by the JSON path they name: the
 * precheck running in this browser, the server's precheck of the saved order (which knows the registry), the
 * server's answer to a save or a submission, and the reviewer's rejection reasons.
 */
import type { PrecheckResult, Violation } from '@beian/core';
import type { Reason } from '../../../api/types.js';

export type FindingSource = 'live' | 'server' | 'reason' | 'shape';

export type Finding = {
  source: FindingSource;
  severity: 'error' | 'warning';
  path: string;
  message: string;
  code?: string;
  citation?: string;
};

export type FindingIndex = {
  all: Finding[];
  at: (path: string) => Finding[];
};

/**
 * Where a missing material's finding shows: the precheck names whose it is ('materials' for the subject's,
 * 'websites[1]', 'websites[0].domains[0]'); the wizard shows it with the materials (step 2), not beside the
 * website's fields: 'materials', 'materials.websites[1]'.
 */
export function materialFindingPath(path: string): string {
  return path === 'materials' || path.startsWith('materials.') ? path : `materials.${path}`;
}

/** A precheck violation as a finding (the browser's precheck, the server's, or a refused submission's). */
export const fromViolation =
  (source: FindingSource) =>
  (v: Violation): Finding => ({
    source,
    severity: v.severity,
    path: v.code === 'MATERIAL_MISSING' ? materialFindingPath(v.path) : v.path,
    message: v.message,
    code: v.code,
    ...(v.citation ? { citation: v.citation } : {}),
  });

export function indexFindings(parts: {
  shape: readonly { path: string; message: string }[];
  live: PrecheckResult | undefined;
  server: readonly Violation[];
  extra: readonly Finding[];
  reasons: readonly Reason[];
}): FindingIndex {
  const all: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding) => {
    // several materials can be missing for the same holder: each is its own finding
    const key = `${f.code === 'MATERIAL_MISSING' ? f.message : (f.code ?? f.message)}|${f.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    all.push(f);
  };
  parts.reasons.forEach((r) =>
    add({ source: 'reason', severity: 'error', path: r.path, message: r.message, code: `REASON_${r.stage}` }),
  );
  parts.shape.forEach((s) => add({ source: 'shape', severity: 'error', path: s.path, message: s.message }));
  parts.extra.forEach(add);
  parts.live?.violations.forEach((v) => add(fromViolation('live')(v)));
  // the server's precheck adds what only the server knows (the national registry's filings)
  parts.server.forEach((v) => add(fromViolation('server')(v)));
  const byPath = new Map<string, Finding[]>();
  for (const f of all) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  return { all, at: (path) => byPath.get(path) ?? [] };
}

/** Which wizard step a path belongs to: 0 subject, 1 websites, 2 materials, 3 submission. */
export function stepOf(path: string): number {
  if (path.startsWith('subject')) return 0;
  if (path.startsWith('websites')) return 1;
  if (path.startsWith('materials')) return 2;
  return 3;
}

/** A DOM id for the field of a path: 'websites[0].domains[0]' → 'f-websites-0-domains-0'. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

export function filterFindings(index: FindingIndex, keep: (f: Finding) => boolean): FindingIndex {
  const all = index.all.filter(keep);
  const byPath = new Map<string, Finding[]>();
  for (const f of all) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  return { all, at: (path) => byPath.get(path) ?? [] };
}

/** Whether `a` and `b` are the same field or one contains the other ('websites[0].leader' ⊃ '….leader.name'). */
export function related(a: string, b: string): boolean {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return within(a, b) || within(b, a);
}
