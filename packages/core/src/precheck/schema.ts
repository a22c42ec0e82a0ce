/**
 * The precheck input (precheck-contract.md, "Input") as one zod schema. Types are inferred from it; the
 * CLI, the HTTP door and the web forms parse with it, so a malformed input gets the same error everywhere.
 * Only the shape is checked here: whether a mobile number or an ID number is right is the rules' job
 * (a violation, not a malformed input).
 */
import { z } from 'zod';
import { PROVINCE_CODES } from '../codes/provinces.js';
import {
  MATERIAL_CODES,
  PERSON_CERT_TYPE_CODES,
  PERSON_REGION_CODES,
  PRE_APPROVAL_TYPE_CODES,
} from '../glossary.js';
import { isIsoDate } from '../util/dates.js';

const isoDate = z.string().refine(isIsoDate, { message: '应为 YYYY-MM-DD 格式的日期' });
const province = z.enum(PROVINCE_CODES);
const personRegion = z.enum(PERSON_REGION_CODES as [string, ...string[]]);
const personCertType = z.enum(PERSON_CERT_TYPE_CODES as [string, ...string[]]);

export const personSchema = z.object({
  name: z.string(),
  region: personRegion,
  certificateType: personCertType,
  certificateNumber: z.string(),
  certificateValidUntil: isoDate,
  birthDate: isoDate.optional(),
  mobile: z.string(),
  mobileProvince: province.optional(),
  email: z.string(),
  isLegalRepresentative: z.boolean().optional(),
});

export const subjectSchema = z.object({
  nature: z.string().min(1),
  province,
  name: z.string(),
  certificate: z.object({
    type: z.string().min(1),
    number: z.string(),
    address: z.string(),
    addressProvince: province.optional(),
  }),
  mailingAddress: z.object({ province, text: z.string() }),
  investor: z.string().optional(),
  businessScope: z.string().optional(),
  leader: personSchema,
  legalRepresentative: z.object({ name: z.string(), region: personRegion.optional() }).optional(),
  remark: z.string().optional(),
});

export const websiteSchema = z.object({
  name: z.string(),
  domains: z.array(z.string()),
  homepage: z.string().optional(),
  serviceContent: z.string(),
  preApprovals: z
    .array(z.object({ type: z.enum(PRE_APPROVAL_TYPE_CODES as [string, ...string[]]), number: z.string() }))
    .optional(),
  leader: z.union([personSchema, z.literal('subject_leader')]),
  access: z
    .object({ serviceNumber: z.string().optional(), authorizationCode: z.string().optional() })
    .optional(),
  remark: z.string().optional(),
});

export const domainFactsSchema = z.object({
  registrar: z.string(),
  registrarApproved: z.boolean(),
  realNameVerified: z.boolean(),
  realNameVerifiedAt: isoDate.optional(),
  holder: z.string(),
  holderRelation: z.enum(['shareholder', 'senior_manager']).optional(),
  expiresAt: isoDate,
  privacyProtection: z.boolean().optional(),
});

export const registryFactsSchema = z.object({
  subject: z
    .object({ icpNumber: z.string(), name: z.string(), leaderName: z.string(), accessedHere: z.boolean() })
    .optional(),
  domains: z
    .record(
      z.string(),
      z.object({ icpNumber: z.string(), subjectCertificateNumber: z.string(), accessedHere: z.boolean() }),
    )
    .optional(),
  filedDomainPrefixCount: z.number().int().nonnegative().optional(),
  filedWebsiteCount: z.number().int().nonnegative().optional(),
});

const materialCode = z.enum(MATERIAL_CODES as [string, ...string[]]);

/**
 * A material the order already carries. A bare code (the contract's form) counts for that material whoever it
 * belongs to; `{ code, path }` (an added form) counts only for whose it is, as `requiredMaterials[].path` names
 * it ('websites[0]', 'websites[0].domains[1]'; no path: the subject's), so a website leader's certificate
 * uploaded for one website does not stand in for another's.
 */
export const suppliedMaterialSchema = z.union([
  materialCode,
  z.object({
    code: materialCode,
    path: z
      .string()
      .regex(/^websites\[\d+\](?:\.domains\[\d+\])?$/, '应为 websites[序号] 或 websites[序号].domains[序号]')
      .optional(),
  }),
]);

export const precheckInputSchema = z.object({
  asOf: isoDate,
  subject: subjectSchema,
  websites: z.array(websiteSchema),
  domains: z.record(z.string(), domainFactsSchema).optional(),
  registry: registryFactsSchema.optional(),
  materials: z.array(suppliedMaterialSchema).optional(),
});
