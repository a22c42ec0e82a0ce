/**
 * @beian/core: the pure domain core of Beian. No I/O and no Node-only APIs: the server, the CLI and the
 * browser all run this same code.
 */
export * from './glossary.js';
export * from './codes/provinces.js';
export * from './codes/server-types.js';
export * from './util/dates.js';

export { precheck, evaluate, materialOwnerZh } from './precheck/precheck.js';
export { parsePrecheckInput, PrecheckInputError, formatPath } from './precheck/parse.js';
export {
  precheckInputSchema,
  subjectSchema,
  websiteSchema,
  personSchema,
  domainFactsSchema,
  registryFactsSchema,
  suppliedMaterialSchema,
} from './precheck/schema.js';
export type * from './precheck/types.js';
export {
  decideFilingType,
  domainFiling,
  type FilingDecision,
  type DomainFiling,
} from './precheck/filing-type.js';
export { stepsFor, needsSmsVerification, MAILED_MATERIALS } from './precheck/steps.js';

export { allRules, findRule, platformRules, provinceRules } from './rules/registry.js';
export type { Rule, RuleDef, RuleKind, Scope, ProvincePack, Check, Emit } from './rules/types.js';
export { MAX_WEBSITES_PER_ORDER, PRE_APPROVAL_KEYWORDS } from './rules/platform.js';

export * from './orders/transitions.js';
export * from './calendar/working-days.js';

export * from './validators/resident-id.js';
export * from './validators/uscc.js';
export * from './validators/org-code.js';
export * from './validators/mobile.js';
export * from './validators/email.js';
export * from './validators/domain.js';
export * from './validators/approved-tlds.js';

export { checkAfterFiling, changedPaths } from './after-filing/check.js';
export { applyChangeRules, changeRulesOf } from './after-filing/change-rules.js';
export { afterFilingSteps, afterFilingSmsVerifiers, type SmsVerifiers } from './after-filing/steps.js';
export type * from './after-filing/types.js';

export {
  findFooterNumber,
  normalizeIcpText,
  type FooterNumberFinding,
  type ShownNumber,
} from './site-check/footer-number.js';
export {
  FOOTER_NUMBER_RULE_IDS,
  footerNumberRules,
  judgeSiteCheck,
  type HomePageFetch,
  type SiteCheckInput,
  type SiteCheckJudgement,
} from './site-check/judge.js';

export * from './validators/approved-registrars.js';
export {
  domainReadiness,
  minDomainValidityDays,
  placeholderSubject,
  DOMAIN_CHECK_KEYS,
  type DomainCheck,
  type DomainCheckKey,
  type DomainReadiness,
  type DomainReadinessInput,
  type ReadinessStatus,
} from './readiness/domain.js';
export {
  scenarioMaterials,
  scenarioOrder,
  type DomainHolderKind,
  type MaterialScenario,
  type ScenarioMaterials,
} from './readiness/materials.js';
