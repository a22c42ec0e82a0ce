/**
 * 备案前检查 · 域名 (seed 004 §4, issue 5): an applicant checks one domain before filing — valid name and its
 * punycode, approved suffix, approved registrar (and whether it is on the registrar list), real-name verification,
 * the WHOIS holder, remaining registration for the province (decisions.md 3), privacy protection, and whether the
 * registry holds a filing of it. The facts come from the same sources as an order's precheck (`deps.facts`, else
 * the WHOIS and registry adapters) and the core's `domainReadiness` runs the precheck's own rules on them.
 *
 * The applicant's subject is the one of their latest order (one account = one subject): with it the holder is
 * judged and a filing of the domain is known to be theirs or another subject's. Another subject's filing is
 * shown only as "已被其他主体备案" — no number, no holder.
 */
import {
  analyzeDomain,
  chinaDateOf,
  DOMAIN_CHECK_KEYS,
  domainReadiness,
  FILING_TYPE_CODES,
  MATERIAL_CODES,
  NATURES,
  PROVINCE_CODES,
  placeholderSubject,
  PROVINCES,
  VIOLATION_CODES,
  type FilingType,
  type MaterialCode,
  type DomainFacts,
  type NatureCode,
  type Subject,
  type ViolationCode,
} from '@beian/core';
import { z } from 'zod';
import { normalizeCertificateNumber } from '../../adapters/registry/simulator.js';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { defaultFactsSource } from '../orders/facts.js';
import { openOrderData, orderDataSchema, type OrderData } from '../orders/order-data.js';

const NATURE_CODES = Object.keys(NATURES) as [NatureCode, ...NatureCode[]];

export const checkDomainInput = z.object({
  domain: z
    .string({ error: '请填写要检查的域名，如 example.cn' })
    .trim()
    .min(1, '请填写要检查的域名，如 example.cn')
    .max(253, '域名最长253个字符'),
  province: z.enum(PROVINCE_CODES, { error: '省份应为省份代码，如 BJ、ZJ；不选则按一般要求检查' }).optional(),
  nature: z
    .enum(NATURE_CODES, { error: '请选择主办单位性质，如 individual（个人）、enterprise（企业）' })
    .optional(),
});
export type CheckDomainInput = z.infer<typeof checkDomainInput>;

const status = z.enum(['pass', 'fail', 'warn', 'info', 'unknown']);

export const domainCheckResultSchema = z.object({
  ok: z.boolean(),
  domain: z.object({
    input: z.string(),
    valid: z.boolean(),
    unicode: z.string().optional(),
    ascii: z.string().optional(),
    /** The registrable domain the checks were made on, Unicode and ASCII. */
    checked: z.string().optional(),
    checkedAscii: z.string().optional(),
  }),
  province: z.enum(PROVINCE_CODES).nullable(),
  provinceZh: z.string().nullable(),
  nature: z.string(),
  natureZh: z.string(),
  minValidityDays: z.number(),
  /** The check compared the domain with the subject of the applicant's latest order. */
  subject: z.object({ known: z.boolean(), name: z.string().nullable() }),
  facts: z
    .object({
      registrar: z.string(),
      registrarApproved: z.boolean(),
      registrarListed: z.boolean(),
      realNameVerified: z.boolean(),
      realNameVerifiedAt: z.string().optional(),
      holder: z.string().nullable(),
      expiresAt: z.string(),
      daysLeft: z.number(),
      privacyProtection: z.boolean(),
    })
    .nullable(),
  filingType: z.enum(FILING_TYPE_CODES as [FilingType, ...FilingType[]]).nullable(),
  checks: z.array(
    z.object({
      key: z.enum(DOMAIN_CHECK_KEYS),
      status,
      message: z.string(),
      code: z.enum(VIOLATION_CODES as [ViolationCode, ...ViolationCode[]]).optional(),
      ruleId: z.string().optional(),
      citation: z.string().optional(),
    }),
  ),
  materials: z.array(
    z.object({
      code: z.enum(MATERIAL_CODES as [MaterialCode, ...MaterialCode[]]),
      reason: z.string(),
      citation: z.string().optional(),
    }),
  ),
});
export type DomainCheckResult = z.infer<typeof domainCheckResultSchema>;

/**
 * The subject of the account's most recent order (one account = one subject, seed 004 §2); a draft abandoned
 * before it was ever submitted does not count (as in assertOneSubjectPerAccount).
 */
export async function latestSubject(
  deps: Pick<Deps, 'db' | 'sealer'>,
  actor: Actor,
): Promise<Subject | undefined> {
  const { rows } = await deps.db.query<{ data: unknown }>(
    `SELECT data FROM orders
     WHERE account_id = $1 AND NOT (state = 'abandoned' AND submitted_at IS NULL)
     ORDER BY updated_at DESC, id LIMIT 5`,
    [actor.accountId],
  );
  for (const r of rows) {
    const parsed = orderDataSchema.safeParse(r.data);
    if (parsed.success) return openOrderData(parsed.data, deps.sealer).subject;
  }
  return undefined;
}

export async function checkDomain(
  deps: Pick<Deps, 'db' | 'clock' | 'sealer' | 'facts' | 'registry'>,
  actor: Actor,
  input: CheckDomainInput,
): Promise<DomainCheckResult> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '备案前检查供申请人使用。');
  const asOf = chinaDateOf(deps.clock.now().toISOString());
  const subject = await latestSubject(deps, actor);
  const province = input.province ?? subject?.province;
  const nature = input.nature ?? (subject?.nature as NatureCode | undefined) ?? 'enterprise';

  // the facts an order's precheck would get for this domain, asked as a one-website order of the subject
  const probe = await readinessFacts(deps, subject, input.domain);
  const result = domainReadiness({
    asOf,
    domain: input.domain,
    nature,
    ...(province ? { province } : {}),
    ...(subject ? { subject } : {}),
    ...(probe.facts ? { facts: probe.facts } : {}),
    ...(probe.filed ? { filed: probe.filed } : {}),
    ...(probe.subjectFiling ? { subjectFiling: probe.subjectFiling } : {}),
  });
  return {
    ok: result.ok,
    domain: result.domain,
    province: province ?? null,
    provinceZh: province ? PROVINCES[province].zh : null,
    nature,
    natureZh: NATURES[nature]?.zh ?? nature,
    minValidityDays: result.minValidityDays,
    subject: { known: subject !== undefined, name: subject?.name ?? null },
    facts: result.facts ?? null,
    filingType: result.filingType,
    checks: [...result.checks],
    materials: result.materials.map((m) => ({
      code: m.code,
      reason: m.reason,
      ...(m.citation ? { citation: m.citation } : {}),
    })),
  };
}

type Probe = {
  facts?: DomainFacts;
  filed?: { icpNumber: string; ownSubject?: boolean; accessedHere: boolean };
  subjectFiling?: { icpNumber: string; accessedHere: boolean };
};

async function readinessFacts(
  deps: Pick<Deps, 'db' | 'facts' | 'registry'>,
  subject: Subject | undefined,
  typed: string,
): Promise<Probe> {
  const analysis = analyzeDomain(typed);
  if (!analysis.ok || analysis.registrable === null) return {};
  const domain = analysis.registrable;
  const data: OrderData = {
    // no subject yet: a certificate nobody holds, so the registry answers about the domain only
    subject: subject ?? placeholderSubject('BJ', 'individual'),
    websites: [{ name: '', domains: [domain], serviceContent: '', leader: 'subject_leader' }],
  };
  const { domains, registry } = await (deps.facts ?? defaultFactsSource(deps)).facts(data);
  const website = registry?.domains?.[domain];
  const mine = subject ? normalizeCertificateNumber(subject.certificate.number) : undefined;
  return {
    ...(domains?.[domain] ? { facts: domains[domain] } : {}),
    ...(website
      ? {
          filed: {
            icpNumber: website.icpNumber,
            accessedHere: website.accessedHere,
            ...(mine === undefined
              ? {}
              : { ownSubject: normalizeCertificateNumber(website.subjectCertificateNumber) === mine }),
          },
        }
      : {}),
    ...(subject && registry?.subject
      ? {
          subjectFiling: {
            icpNumber: registry.subject.icpNumber,
            accessedHere: registry.subject.accessedHere,
          },
        }
      : {}),
  };
}
