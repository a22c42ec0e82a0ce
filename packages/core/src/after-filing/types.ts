/**
 * 备案后的业务: the input and result of the after-filing check (check.ts). An after-filing order works on a
 * filed record — the subject and its live website filings as the registry and this platform hold them — and
 * its data has the shape of a filing order's (subject + websites), so findings, materials and a reviewer's
 * reasons point at the same paths ('subject.name', 'websites[0].leader.mobile').
 */
import type {
  AfterFilingFindingCode,
  AfterFilingKind,
  MaterialCode,
  StepCode,
  ViolationCode,
} from '../glossary.js';
import type { DomainFacts, RequiredMaterial, Subject, Violation, Website } from '../precheck/types.js';

/** One website filing (网站备案号): one domain (工信管函〔2019〕633号). */
export type FiledWebsite = {
  readonly icpNumber: string;
  readonly website: Website;
  /** Accessed through this platform. */
  readonly accessedHere: boolean;
  /** Accessed through another provider too (or only). */
  readonly accessedElsewhere: boolean;
};

export type FiledRecord = {
  /** 主体备案号. */
  readonly icpNumber: string;
  readonly subject: Subject;
  /** Every live website filing of the subject, wherever it is accessed. */
  readonly websites: readonly FiledWebsite[];
};

export type AfterFilingDeclarations = {
  /** 单位名称变更前后企业之间有关联 (a change proof can be had); asked when a unit's name changes. */
  readonly nameChangeRelated?: boolean;
  /** The applicant has read the warnings (空壳, irreversible cancellation) and goes on. */
  readonly acknowledged?: boolean;
};

export type AfterFilingRequest = {
  readonly kind: AfterFilingKind;
  /** change_subject: the subject as it will be. */
  readonly subject?: Subject;
  /** change_website, change_access: each website as it will be, by its 网站备案号. */
  readonly websites?: ReadonlyArray<{ readonly icpNumber: string; readonly website: Website }>;
  /** cancel_website, cancel_access: the 网站备案号 concerned. */
  readonly targets?: readonly string[];
  readonly declarations?: AfterFilingDeclarations;
};

export type AfterFilingInput = {
  /** YYYY-MM-DD, China time. */
  readonly asOf: string;
  readonly record: FiledRecord;
  readonly request: AfterFilingRequest;
  /** WHOIS facts per domain, as for the precheck. */
  readonly domains?: Record<string, DomainFacts>;
  /** Codes of the materials the order has; when given, a missing required one is MATERIAL_MISSING. */
  readonly materials?: readonly MaterialCode[];
};

export type AfterFilingFinding = Omit<Violation, 'code'> & { code: ViolationCode | AfterFilingFindingCode };

export type AfterFilingResult = {
  ok: boolean;
  kind: AfterFilingKind;
  /** Always null: an after-filing order has no filing type (kept so the result reads like a precheck's). */
  filingType: null;
  /** The order's data: the subject and the websites the order concerns, as they will be. */
  data: { subject: Subject; websites: Website[] };
  /** The 网站备案号 of data.websites, index by index. */
  websiteNumbers: string[];
  /** The fields the order changes (paths into data); no values, so no personal data is copied. */
  changedPaths: string[];
  violations: AfterFilingFinding[];
  requiredMaterials: RequiredMaterial[];
  steps: StepCode[];
};
