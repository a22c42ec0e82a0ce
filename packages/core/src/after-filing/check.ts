/**
 * checkAfterFiling: the rules of an after-filing order (变更 / 注销 / 取消接入, product.md capability 9), pure.
 *
 * - What the order concerns must be a live filing of the subject accessed here (a website accessed only through
 *   another provider is changed or cancelled there).
 * - A change must change something, only what its kind covers (a website change keeps its domain: one domain is
 *   one 网站备案号; a new domain is a 新增网站), and never the subject's province (a move is a new filing).
 * - The province's 变更备案规则 (change-rules.ts) judge a subject change.
 * - The record as it will be must pass the province's current rules (接入备案信息符合当前管局规则, seed 004 §7):
 *   the precheck runs on it; findings in the parts the order changes are errors, findings in the unchanged parts
 *   are warnings (the bureau may ask for them to be changed too).
 * - Materials: those the precheck asks for the changed parts, the 真实性核验单 (decisions.md 11), and the change
 *   rules' 变更证明. Cancellations ask for none: the provider's call and the bureau's 短信核验 confirm them.
 * - Cancellations warn where they leave a 空壳主体 (no website) or a 空壳网站 (no provider), that a cancelled
 *   number is never restored, and about websites other providers access; the applicant must acknowledge them.
 */
import type { AfterFilingFindingCode, MaterialCode } from '../glossary.js';
import { MATERIALS } from '../glossary.js';
import { evaluate } from '../precheck/precheck.js';
import type { RequiredMaterial, Severity, Subject, Website } from '../precheck/types.js';
import type { Rule } from '../rules/types.js';
import { applyChangeRules } from './change-rules.js';
import { afterFilingSteps } from './steps.js';
import type { AfterFilingFinding, AfterFilingInput, AfterFilingResult, FiledWebsite } from './types.js';

const PLATFORM = 'platform';
const PLATFORM_CITATION = '平台规则（备案后的业务）';
/** Findings the applicant must acknowledge before submitting. */
const ACKNOWLEDGE: ReadonlySet<AfterFilingFindingCode> = new Set([
  'SHELL_SUBJECT',
  'SHELL_WEBSITE',
  'CANCEL_OTHER_PROVIDERS',
  'CANCEL_IRREVERSIBLE',
]);

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>)
            .filter(([, y]) => y !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );

/** Paths (into `prefix`) whose values differ: leaves of objects, arrays compared whole. */
export function changedPaths(before: unknown, after: unknown, prefix: string): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    !!v && typeof v === 'object' && !Array.isArray(v);
  if (isObj(before) && isObj(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].sort().flatMap((k) => changedPaths(before[k], after[k], `${prefix}.${k}`));
  }
  return stable(before) === stable(after) ? [] : [prefix];
}

const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();

function samePerson(
  a: Website['leader'] | Subject['leader'],
  b: Website['leader'] | Subject['leader'],
): boolean {
  if (a === 'subject_leader' || b === 'subject_leader') return a === b;
  return norm(a.name) === norm(b.name) && norm(a.certificateNumber) === norm(b.certificateNumber);
}

export function checkAfterFiling(input: AfterFilingInput): AfterFilingResult {
  const { record, request } = input;
  const kind = request.kind;
  const declarations = request.declarations ?? {};
  const violations: AfterFilingFinding[] = [];
  const materials: RequiredMaterial[] = [];
  const platform = (
    code: AfterFilingFindingCode,
    path: string,
    message: string,
    severity: Severity = 'error',
  ) => violations.push({ code, severity, path, message, rule: PLATFORM, citation: PLATFORM_CITATION });
  const fromRule = (rule: Rule) => ({ rule: rule.pack, ruleId: rule.ruleId, citation: rule.citation });

  const byNumber = new Map(record.websites.map((w) => [w.icpNumber, w]));
  const here = record.websites.filter((w) => w.accessedHere);
  /** The filed website an order line names, or a finding at `path`. */
  const target = (icpNumber: string, path: string): FiledWebsite | undefined => {
    const w = byNumber.get(icpNumber.trim());
    if (!w)
      platform(
        'TARGET_UNKNOWN',
        path,
        `网站备案号 ${icpNumber} 不是本主体现有的网站备案：请从“我的备案”中选择。`,
      );
    else if (!w.accessedHere)
      platform(
        'TARGET_NOT_ACCESSED_HERE',
        path,
        `网站 ${w.website.domains[0] ?? icpNumber} 不在本平台接入：请到接入该网站的服务商办理变更或注销。`,
      );
    else return w;
    return undefined;
  };

  // the order's data: the record as it will be, for what the order concerns
  let subject: Subject = record.subject;
  let concerned: FiledWebsite[] = [];
  let websites: Website[] = [];
  if (kind === 'change_subject') {
    subject = request.subject ?? record.subject;
    concerned = here;
    websites = here.map((w) => w.website);
  } else if (kind === 'change_website' || kind === 'change_access') {
    const lines = request.websites ?? [];
    if (lines.length === 0) platform('TARGET_REQUIRED', 'websites', '请选择要变更的网站并填写变更后的信息。');
    lines.forEach((line, i) => {
      const w = target(line.icpNumber, `websites[${i}]`);
      if (!w) return;
      concerned.push(w);
      websites.push(line.website);
    });
  } else if (kind === 'cancel_subject') {
    concerned = here;
    websites = here.map((w) => w.website);
  } else {
    const targets = request.targets ?? [];
    if (targets.length === 0)
      platform(
        'TARGET_REQUIRED',
        'targets',
        kind === 'cancel_access' ? '请选择要取消接入的网站。' : '请选择要注销的网站。',
      );
    targets.forEach((t, i) => {
      const w = target(t, `targets[${i}]`);
      if (w && !concerned.includes(w)) {
        concerned.push(w);
        websites.push(w.website);
      }
    });
  }

  // what changes
  const changed: string[] = [];
  if (kind === 'change_subject') changed.push(...changedPaths(record.subject, subject, 'subject'));
  if (kind === 'change_website' || kind === 'change_access')
    concerned.forEach((w, i) => changed.push(...changedPaths(w.website, websites[i], `websites[${i}]`)));
  const isChange = kind.startsWith('change_');
  if (isChange && changed.length === 0 && violations.length === 0)
    platform(
      'CHANGE_NOTHING',
      kind === 'change_subject' ? 'subject' : 'websites',
      '没有修改任何信息：请修改需要变更的内容后再提交。',
    );

  if (kind === 'change_subject' && subject.province !== record.subject.province)
    platform(
      'CHANGE_PROVINCE',
      'subject.province',
      '备案主体所属省份不能变更：迁往其他省份须注销原备案后在新省份重新备案。',
    );
  if (kind === 'change_website' || kind === 'change_access')
    concerned.forEach((w, i) => {
      if (stable(w.website.domains.map(norm)) !== stable(websites[i]!.domains.map(norm)))
        platform(
          'CHANGE_DOMAIN_FIXED',
          `websites[${i}].domains`,
          '一个网站备案号对应一个域名，变更网站不能更换或增加域名：新域名请以“新增网站”办理，不再使用的域名请注销网站。',
        );
      for (const p of changed.filter((c) => c.startsWith(`websites[${i}].`))) {
        const isAccess = p.startsWith(`websites[${i}].access`);
        if (p.endsWith('.domains')) continue;
        if (kind === 'change_access' && !isAccess)
          platform(
            'CHANGE_OUTSIDE_KIND',
            p,
            '变更接入只能修改接入信息（备案服务号或备案授权码）：其他信息请提交“变更网站”。',
          );
        if (kind === 'change_website' && isAccess)
          platform('CHANGE_OUTSIDE_KIND', p, '变更网站不修改接入信息：更换服务器请提交“变更接入”。');
      }
    });

  if (kind === 'change_subject')
    applyChangeRules(record.subject, subject, declarations, {
      finding: (rule, code, path, message) =>
        violations.push({ code, severity: 'error', path, message, ...fromRule(rule) }),
      material: (rule, code, reason) => {
        if (!materials.some((m) => m.code === code && m.path === undefined))
          materials.push({ code, reason, ...fromRule(rule) });
      },
    });

  // the record as it will be, under the province's current rules
  if (isChange && websites.length > 0) {
    const inChangedPart = (path: string) =>
      kind === 'change_subject' ? path.startsWith('subject') : path.startsWith('websites');
    const pre = evaluate({
      asOf: input.asOf,
      subject,
      websites,
      ...(input.domains ? { domains: input.domains } : {}),
    });
    for (const v of pre.violations)
      violations.push(
        inChangedPart(v.path)
          ? v
          : { ...v, severity: 'warning', message: `（原备案信息，未在本次变更中）${v.message}` },
      );
    const wanted = (m: RequiredMaterial) =>
      m.code === 'verification_form' ||
      (kind === 'change_subject'
        ? m.path === undefined || m.path.startsWith('subject')
        : kind === 'change_website' && !!m.path?.startsWith('websites'));
    for (const m of pre.requiredMaterials)
      if (wanted(m) && !materials.some((x) => x.code === m.code && x.path === m.path)) materials.push(m);
  }

  // cancellations: what they leave behind
  if (kind === 'cancel_subject') {
    platform(
      'CANCEL_IRREVERSIBLE',
      'subject',
      `注销主体后，主体备案号 ${record.icpNumber} 及其下全部网站备案号都将注销，且不能恢复；之后如需开办网站须重新备案。`,
      'warning',
    );
    const others = record.websites.filter((w) => !w.accessedHere || w.accessedElsewhere);
    if (others.length > 0)
      platform(
        'CANCEL_OTHER_PROVIDERS',
        'subject',
        `主体下还有在其他接入商接入的网站（${others.map((w) => w.website.domains[0]).join('、')}），注销主体会一并注销这些网站的备案。`,
        'warning',
      );
  }
  if (kind === 'cancel_website' && concerned.length > 0) {
    platform(
      'CANCEL_IRREVERSIBLE',
      'targets',
      '注销的网站备案号不能恢复；网站如需再开通须重新备案。',
      'warning',
    );
    const left = record.websites.filter((w) => !concerned.includes(w));
    if (left.length === 0)
      platform(
        'SHELL_SUBJECT',
        'targets',
        '注销后主体下将没有任何网站，成为空壳主体，管局会注销主体备案号。如不再开办网站，请改为办理“注销主体”。',
        'warning',
      );
  }
  if (kind === 'cancel_access' && concerned.length > 0) {
    concerned.forEach((w, i) => {
      if (!w.accessedElsewhere)
        platform(
          'SHELL_WEBSITE',
          `websites[${i}]`,
          `取消接入后网站 ${w.website.domains[0] ?? w.icpNumber} 没有任何接入商，成为空壳网站，管局将注销其备案号。如网站已迁往其他服务商，请先在新服务商完成接入备案再取消本平台的接入。`,
          'warning',
        );
    });
    const accessedAfter = record.websites.filter(
      (w) => (w.accessedHere && !concerned.includes(w)) || w.accessedElsewhere,
    );
    if (accessedAfter.length === 0)
      platform(
        'SHELL_SUBJECT',
        'targets',
        '取消接入后主体下没有任何有接入的网站，成为空壳主体，管局会注销主体备案号。',
        'warning',
      );
  }
  if (
    violations.some((v) => ACKNOWLEDGE.has(v.code as AfterFilingFindingCode)) &&
    declarations.acknowledged !== true
  )
    platform(
      'ACKNOWLEDGEMENT_REQUIRED',
      'declarations.acknowledged',
      '请阅读上面的提示，确认已了解后再提交。',
    );

  if (input.materials) {
    const supplied = new Set<MaterialCode>(input.materials);
    for (const m of materials)
      if (!supplied.has(m.code))
        violations.push({
          code: 'MATERIAL_MISSING',
          severity: 'error',
          path: m.path ?? 'subject',
          message: `请上传${MATERIALS[m.code].zh}：${m.reason}`,
          ...(m.rule ? { rule: m.rule } : {}),
          ...(m.ruleId ? { ruleId: m.ruleId } : {}),
          ...(m.citation ? { citation: m.citation } : {}),
        });
  }

  const newLeader =
    (kind === 'change_subject' && !samePerson(record.subject.leader, subject.leader)) ||
    (kind === 'change_website' &&
      concerned.some((w, i) => !samePerson(w.website.leader, websites[i]!.leader)));
  return {
    ok: !violations.some((v) => v.severity === 'error'),
    kind,
    filingType: null,
    data: { subject, websites },
    websiteNumbers: concerned.map((w) => w.icpNumber),
    changedPaths: changed,
    violations,
    requiredMaterials: materials,
    steps: afterFilingSteps(kind, subject.province, { newLeader, materials: materials.map((m) => m.code) }),
  };
}
