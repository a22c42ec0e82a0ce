/**
 * 验证备案类型 (seeds 000, 002): from 所属区域, 主办单位性质, 证件类型+证件号码 and the domains, behind a captcha,
 * ask the registry what it holds and let the core decide the type (`decideFilingType`); then name what blocks
 * the filing: a domain filed under another subject or already accessed here, an order for the subject in flight
 * (at a bureau, or a live order on this platform), an 空壳主体 (domain-notes §1.2).
 */
import {
  analyzeDomain,
  decideFilingType,
  FILING_TYPE_CODES,
  FILING_TYPES,
  isTerminal,
  isValidOrgCode,
  isValidResidentId,
  isValidUscc,
  NATURES,
  ORDER_STATES,
  PERSON_CERT_TYPE_CODES,
  PROVINCE_CODES,
  UNIT_CERT_TYPES,
  VIOLATIONS,
  type FilingType,
  type NatureCode,
  type OrderState,
  type PrecheckInput,
  type RegistryFacts,
  type Term,
  type UnitCertTypeCode,
} from '@beian/core';
import { z } from 'zod';
import { askRegistry } from '../../adapters/registry/facts.js';
import { registryOf } from '../../adapters/registry/index.js';
import { normalizeCertificateNumber } from '../../adapters/registry/simulator.js';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { solveCaptcha } from '../captcha/solve-captcha.js';

/** At most this many domains in one verification: one order holds at most 10 websites of one domain each. */
export const MAX_VERIFY_DOMAINS = 10;

type UnitNature = Exclude<NatureCode, 'individual'>;

/**
 * 主办单位性质 → the unit certificate types it files with (domain-notes §3.3, MIIT's grouped option list); the
 * unified social credit code certificate and the organisation code certificate are the generic alternatives.
 */
export const UNIT_CERT_TYPES_BY_NATURE: Readonly<Record<UnitNature, readonly UnitCertTypeCode[]>> = {
  enterprise: ['business_license', 'organization_code'],
  government: ['government_credit_code', 'organization_code'],
  public_institution: ['public_institution_certificate', 'government_credit_code', 'organization_code'],
  social_group: ['social_group_certificate', 'government_credit_code', 'organization_code'],
  private_non_enterprise: [
    'private_non_enterprise_certificate',
    'government_credit_code',
    'organization_code',
  ],
  foundation: ['foundation_certificate', 'government_credit_code', 'organization_code'],
  law_firm: ['law_firm_license', 'government_credit_code', 'organization_code'],
};

/** Unit certificates whose number is the unified social credit code (GB 32100), as the core's platform rules. */
const USCC_CERT_TYPES: ReadonlySet<string> = new Set([
  'business_license',
  'government_credit_code',
  'public_institution_certificate',
  'social_group_certificate',
  'private_non_enterprise_certificate',
  'foundation_certificate',
  'law_firm_license',
]);

const CERT_TYPE_CODES = [...PERSON_CERT_TYPE_CODES, ...(Object.keys(UNIT_CERT_TYPES) as UnitCertTypeCode[])];

/** The problem with a certificate number for its type, in zh-CN; undefined when it is well-formed. */
function certificateNumberProblem(type: string, raw: string): string | undefined {
  const n = normalizeCertificateNumber(raw);
  switch (type) {
    case 'resident_id':
    case 'temporary_resident_id':
      return isValidResidentId(n)
        ? undefined
        : '身份证号码不正确（位数、地区码、出生日期或校验位有误）：请按证件核对后重新填写。';
    case 'organization_code':
      return isValidOrgCode(n) || isValidUscc(n)
        ? undefined
        : '组织机构代码不正确（GB 11714 校验未通过）：请按证件核对后重新填写。';
    default:
      if (USCC_CERT_TYPES.has(type))
        return isValidUscc(n)
          ? undefined
          : '统一社会信用代码不正确（应为18位，校验位按 GB 32100 计算）：请按证件核对后重新填写。';
      // passports, permits and residence permits: letters and digits only
      return /^[A-Z0-9]{5,20}$/.test(n)
        ? undefined
        : '证件号码格式不正确（应为5–20位字母或数字，不含空格和符号）：请按证件核对后重新填写。';
  }
}

export const verifyFilingTypeInput = z
  .object({
    province: z.enum(PROVINCE_CODES, { error: '请选择主办单位所属区域（省份代码，如 BJ、ZJ）' }),
    nature: z.enum(Object.keys(NATURES) as [NatureCode, ...NatureCode[]], { error: '请选择主办单位性质' }),
    certificateType: z.enum(CERT_TYPE_CODES as [string, ...string[]], { error: '请选择主办单位证件类型' }),
    certificateNumber: z
      .string({ error: '请填写证件号码' })
      .trim()
      .min(1, '请填写证件号码')
      .max(40, '证件号码过长'),
    domains: z
      .array(z.string({ error: '请填写域名' }).trim().min(1, '请填写域名').max(253, '域名过长'), {
        error: '请填写域名',
      })
      .min(1, '请至少填写一个域名')
      .max(MAX_VERIFY_DOMAINS, `一次最多验证${MAX_VERIFY_DOMAINS}个域名`),
    captchaId: z.string({ error: '请先获取验证码' }).min(1, '请先获取验证码').max(64),
    captchaAnswer: z.string({ error: '请输入验证码' }).trim().min(1, '请输入验证码').max(16, '验证码不正确'),
  })
  .superRefine((v, ctx) => {
    const individual = v.nature === 'individual';
    const allowed: readonly string[] = individual
      ? PERSON_CERT_TYPE_CODES
      : UNIT_CERT_TYPES_BY_NATURE[v.nature as UnitNature];
    if (!allowed.includes(v.certificateType)) {
      ctx.addIssue({
        code: 'custom',
        path: ['certificateType'],
        message: individual
          ? '个人备案请使用个人证件（如居民身份证）'
          : `${NATURES[v.nature].zh}请使用以下证件之一：${allowed
              .map((c) => UNIT_CERT_TYPES[c as UnitCertTypeCode].zh)
              .join('、')}`,
      });
      return;
    }
    const problem = certificateNumberProblem(v.certificateType, v.certificateNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: problem });
    const seen = new Set<string>();
    v.domains.forEach((d, i) => {
      const a = analyzeDomain(d);
      if (!a.ok)
        ctx.addIssue({
          code: 'custom',
          path: ['domains', i],
          message: `“${d}”不是有效的域名：请填写如 example.com 或 例子.中国 的域名`,
        });
      else if (!a.isRegistrable)
        ctx.addIssue({
          code: 'custom',
          path: ['domains', i],
          message: `“${d}”不是注册的主域名${a.registrable ? `：请填写主域名 ${a.registrable}` : ''}`,
        });
      else if (seen.has(a.ascii))
        ctx.addIssue({ code: 'custom', path: ['domains', i], message: `域名 ${a.unicode} 重复填写` });
      else seen.add(a.ascii);
    });
  });
export type VerifyFilingTypeInput = z.infer<typeof verifyFilingTypeInput>;

/** What blocks a filing, with its 中文 term. Domain conflicts keep the precheck's violation codes. */
export const FILING_CONFLICTS = {
  DOMAIN_FILED_BY_OTHER_SUBJECT: VIOLATIONS.DOMAIN_FILED_BY_OTHER_SUBJECT,
  DOMAIN_ALREADY_ACCESSED: VIOLATIONS.DOMAIN_ALREADY_ACCESSED,
  MIXED_FILING_TYPES: VIOLATIONS.MIXED_FILING_TYPES,
  SUBJECT_IN_BUREAU_REVIEW: {
    zh: '主体已有备案申请在管局审核中',
    en: 'An order for the subject is at a bureau',
  },
  SUBJECT_ORDER_IN_PROGRESS: {
    zh: '主体在本平台已有进行中的备案订单',
    en: 'An order for the subject is in progress on this platform',
  },
  SHELL_SUBJECT: { zh: '空壳主体', en: 'Subject filed with no website' },
} as const satisfies Record<string, Term>;
export type FilingConflictCode = keyof typeof FILING_CONFLICTS;
const CONFLICT_CODES = Object.keys(FILING_CONFLICTS) as [FilingConflictCode, ...FilingConflictCode[]];

const filingTypeSchema = z.enum(FILING_TYPE_CODES as [FilingType, ...FilingType[]]);

export const filingTypeResultSchema = z.object({
  /** No conflict: the applicant may go on with an order of `filingType`. */
  ok: z.boolean(),
  filingType: filingTypeSchema.nullable(),
  filingTypeZh: z.string().nullable(),
  subject: z.object({
    filed: z.boolean(),
    icpNumber: z.string().nullable(),
    accessedHere: z.boolean(),
  }),
  domains: z.array(
    z.object({
      /** As entered. */
      input: z.string(),
      /** Normalised (Unicode) form. */
      domain: z.string(),
      filingType: filingTypeSchema.nullable(),
      filingTypeZh: z.string().nullable(),
      /** The website filing the registry holds for the domain. */
      icpNumber: z.string().nullable(),
      conflict: z.enum(CONFLICT_CODES).nullable(),
    }),
  ),
  conflicts: z.array(
    z.object({
      code: z.enum(CONFLICT_CODES),
      zh: z.string(),
      /** zh-CN: what the applicant should do. */
      message: z.string(),
      /** The input field: 'certificateNumber', 'domains[1]'. */
      path: z.string(),
      /** The applicant's own order in progress, for SUBJECT_ORDER_IN_PROGRESS. */
      orderId: z.string().optional(),
    }),
  ),
});
export type FilingTypeResult = z.infer<typeof filingTypeResultSchema>;
type Conflict = FilingTypeResult['conflicts'][number];

/** The type-verification draft in the precheck's input shape: only what 验证备案类型 knows is filled in. */
function draftInput(input: VerifyFilingTypeInput, asOf: string, registry: RegistryFacts): PrecheckInput {
  const leader = {
    name: '',
    region: 'mainland',
    certificateType: 'resident_id',
    certificateNumber: '',
    certificateValidUntil: asOf,
    mobile: '',
    email: '',
  };
  return {
    asOf,
    subject: {
      nature: input.nature,
      province: input.province,
      name: '',
      certificate: { type: input.certificateType, number: input.certificateNumber, address: '' },
      mailingAddress: { province: input.province, text: '' },
      leader,
    },
    websites: input.domains.map((d) => ({
      name: '',
      domains: [d],
      serviceContent: '',
      leader: 'subject_leader',
    })),
    registry,
  };
}

const conflict = (code: FilingConflictCode, path: string, message: string, orderId?: string): Conflict => ({
  code,
  zh: FILING_CONFLICTS[code].zh,
  message,
  path,
  ...(orderId ? { orderId } : {}),
});

/** Live orders of this platform for the subject (its certificate number's blind index, orders.subject_key). */
async function ordersInProgress(
  deps: Pick<Deps, 'db' | 'sealer'>,
  certificateNumber: string,
): Promise<{ id: string; account_id: string; state: OrderState }[]> {
  const { rows } = await deps.db.query<{ id: string; account_id: string; state: OrderState }>(
    'SELECT id, account_id, state FROM orders WHERE subject_key = $1 ORDER BY created_at',
    [deps.sealer.index(normalizeCertificateNumber(certificateNumber))],
  );
  return rows.filter((o) => !isTerminal(o.state));
}

export async function verifyFilingType(
  deps: Pick<Deps, 'db' | 'clock' | 'sealer' | 'registry'>,
  actor: Actor,
  input: VerifyFilingTypeInput,
): Promise<FilingTypeResult> {
  await solveCaptcha(deps, input);
  const cert = { type: input.certificateType, number: normalizeCertificateNumber(input.certificateNumber) };
  const answers = await askRegistry(registryOf(deps), cert, input.domains);
  const live = await ordersInProgress(deps, cert.number);

  const asOf = deps.clock.now().toISOString().slice(0, 10);
  const draft = draftInput({ ...input, certificateNumber: cert.number }, asOf, answers.facts);
  const domainRefs = input.domains.map((d, i) => {
    const analysis = analyzeDomain(d);
    const filed = answers.facts.domains?.[d];
    return {
      input: d,
      path: `domains[${i}]`,
      websiteIndex: i,
      analysis,
      name: analysis.ok ? analysis.unicode : d,
      ...(filed ? { filed } : {}),
    };
  });
  const decision = decideFilingType({ input: draft, domains: domainRefs });

  const conflicts: Conflict[] = [];
  if (answers.shellSubject)
    conflicts.push(
      conflict(
        'SHELL_SUBJECT',
        'certificateNumber',
        `该证件已备案主体（${answers.subject?.icpNumber ?? ''}），但名下没有任何网站，属于空壳主体：请先向管局申请注销该主体备案，注销完成后再按首次备案办理。`,
      ),
    );
  if (answers.inFlightAtBureau)
    conflicts.push(
      conflict(
        'SUBJECT_IN_BUREAU_REVIEW',
        'certificateNumber',
        '该主体已有备案申请正在管局审核中（主办者冲突）：同一主体同一时间只能有一个订单在管局审核，请等待审核结束后再办理。',
      ),
    );
  for (const o of live)
    conflicts.push(
      o.account_id === actor.accountId
        ? conflict(
            'SUBJECT_ORDER_IN_PROGRESS',
            'certificateNumber',
            `您已有该主体进行中的备案订单（${ORDER_STATES[o.state].zh}）：请继续办理该订单，或放弃该订单后再重新验证备案类型。`,
            o.id,
          )
        : conflict(
            'SUBJECT_ORDER_IN_PROGRESS',
            'certificateNumber',
            '该主体在本平台已有其他账号办理中的备案订单：同一主体同一时间只能办理一个订单，请待该订单完成或放弃后再办理。',
          ),
    );

  const domains = decision.perDomain.map((f, i): FilingTypeResult['domains'][number] => {
    const d = f.domain;
    const code: FilingConflictCode | null =
      f.type !== null
        ? null
        : f.conflict === 'other_subject'
          ? 'DOMAIN_FILED_BY_OTHER_SUBJECT'
          : 'DOMAIN_ALREADY_ACCESSED';
    const icpNumber = d.filed?.icpNumber ?? null;
    if (code === 'DOMAIN_FILED_BY_OTHER_SUBJECT')
      conflicts.push(
        conflict(
          code,
          d.path,
          `域名 ${d.name} 已在其他主体下备案（${icpNumber}）：需原主体先注销该网站备案（或取消接入后由管局注销），再由您办理备案；域名已过户的，请联系原主体办理注销。`,
        ),
      );
    else if (code === 'DOMAIN_ALREADY_ACCESSED')
      conflicts.push(
        conflict(
          code,
          d.path,
          `域名 ${d.name} 已在本平台备案并接入（${icpNumber}）：无需再次备案；如需修改信息，请办理变更备案。`,
        ),
      );
    return {
      input: input.domains[i]!,
      domain: d.name,
      filingType: f.type,
      filingTypeZh: f.type ? FILING_TYPES[f.type].zh : null,
      icpNumber,
      conflict: code,
    };
  });
  if (decision.types.length > 1) {
    const names = decision.types.map((t) => FILING_TYPES[t].zh).join('、');
    const first = decision.types[0];
    const odd = decision.perDomain.findIndex((f) => f.type !== null && f.type !== first);
    conflicts.push(
      conflict(
        'MIXED_FILING_TYPES',
        `domains[${odd}]`,
        `填写的域名需要不同的备案类型（${names}）：一个订单只能办理一种备案类型，请按备案类型分开验证和办理。`,
      ),
    );
  }

  return {
    ok: conflicts.length === 0,
    filingType: decision.filingType,
    filingTypeZh: decision.filingType ? FILING_TYPES[decision.filingType].zh : null,
    subject: {
      filed: answers.subject !== undefined,
      icpNumber: answers.subject?.icpNumber ?? null,
      accessedHere: answers.subject?.accessedHere ?? false,
    },
    domains,
    conflicts,
  };
}
