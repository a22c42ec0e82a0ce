/** The precheck's input and result types (precheck-contract.md). Input types are inferred from the schema. */
import type { z } from 'zod';
import type { FilingType, MaterialCode, StepCode, ViolationCode } from '../glossary.js';
import type {
  domainFactsSchema,
  personSchema,
  precheckInputSchema,
  registryFactsSchema,
  subjectSchema,
  suppliedMaterialSchema,
  websiteSchema,
} from './schema.js';

export type PrecheckInput = z.infer<typeof precheckInputSchema>;
export type Subject = z.infer<typeof subjectSchema>;
export type Person = z.infer<typeof personSchema>;
export type Website = z.infer<typeof websiteSchema>;
export type DomainFacts = z.infer<typeof domainFactsSchema>;
export type RegistryFacts = z.infer<typeof registryFactsSchema>;
/** A material the order carries: a bare code, or `{ code, path }` naming whose it is (schema.ts). */
export type SuppliedMaterial = z.infer<typeof suppliedMaterialSchema>;

export type Severity = 'error' | 'warning';

export type Violation = {
  code: ViolationCode;
  severity: Severity;
  /** JSON path into the input: 'subject.leader.mobile', 'websites[1].domains[0]'. */
  path: string;
  /** zh-CN, tells the applicant what to do. */
  message: string;
  /** Where the rule comes from: 'BJ/enterprise', 'BJ/individual' or 'platform'. */
  rule?: string;
  /** The rule's id in the rule pack (added field): 'BJ/enterprise/subject-leader-legal-rep'. */
  ruleId?: string;
  /** The seed section the rule cites (added field): '004 §7.3.1 北京备案规则 · 企业用户'. */
  citation?: string;
};

export type RequiredMaterial = {
  code: MaterialCode;
  /** Whose material: 'websites[0]', 'websites[0].domains[1]'; absent for the subject's own. */
  path?: string;
  reason: string;
  rule?: string;
  ruleId?: string;
  citation?: string;
};

export type PrecheckResult = {
  ok: boolean;
  filingType: FilingType | null;
  violations: Violation[];
  requiredMaterials: RequiredMaterial[];
  steps: StepCode[];
};
