/**
 * Rule packs are data: each rule quotes the seed line it comes from, says in plain Chinese what it asks,
 * and (for executable rules) carries a small pure check over the precomputed order context. The engine
 * attaches the rule's id and citation to everything a check emits, so every finding says where it comes from.
 */
import type { ProvinceCode } from '../codes/provinces.js';
import type { MaterialCode, ViolationCode } from '../glossary.js';
import type { Severity } from '../precheck/types.js';
import type { OrderContext } from './context.js';

/** Which subjects a rule applies to: the province's 企业用户 rules (every unit nature) or 个人用户 rules. */
export type Scope = 'unit' | 'individual';

/**
 * - `check`: decided by the precheck from the order (violations or required materials);
 * - `reviewer`: a real rule that needs a person or facts the order does not carry (shown to reviewers);
 * - `change`: 变更备案规则 (used by change orders); `access`: 接入备案规则 (used by access filings).
 */
export type RuleKind = 'check' | 'reviewer' | 'change' | 'access';

export interface Emit {
  /** Report a violation at a JSON path of the input. `message` is zh-CN and says what to do. */
  violation(code: ViolationCode, path: string, message: string, severity?: Severity): void;
  /** Require a material; `path` says whose it is ('websites[0]', 'websites[0].domains[1]'), absent = the subject's. */
  material(code: MaterialCode, reason: string, path?: string): void;
}

export type Check = (ctx: OrderContext, emit: Emit) => void;

export type RuleDef = {
  /** kebab-case, unique within its pack and scope: 'subject-leader-legal-rep'. */
  readonly id: string;
  readonly kind: RuleKind;
  /** The seed's heading the line sits under: '备案重要规则', '备案所需资料', '变更备案规则', '接入备案规则'. */
  readonly heading: string;
  /** The seed's own words. */
  readonly quote: string;
  /** What the rule asks, in plain Chinese, for the rules browser. */
  readonly description: string;
  readonly check?: Check;
};

export type ProvincePack = {
  readonly province: ProvinceCode;
  /** 企业用户 rules: every unit nature (decisions.md 6). */
  readonly unit: readonly RuleDef[];
  /** 个人用户 rules. */
  readonly individual: readonly RuleDef[];
};

/** A rule as the engine and the rules browser see it: the definition plus where it lives. */
export type Rule = RuleDef & {
  /** 'BJ/enterprise/subject-leader-legal-rep', 'platform/website-required'. */
  readonly ruleId: string;
  /** 'BJ/enterprise', 'BJ/individual' or 'platform' (the contract's `rule` field). */
  readonly pack: string;
  readonly province: ProvinceCode | null;
  readonly scope: Scope | 'all';
  /** '004 §7.3.1 北京备案规则 · 企业用户 · 备案重要规则'. */
  readonly citation: string;
};

/** One seed line that asks several things: every check runs under the line's rule. */
export function allOf(...checks: readonly Check[]): Check {
  return (ctx, emit) => {
    for (const check of checks) check(ctx, emit);
  };
}

/** Helpers that keep rule packs terse. */
export function checkRule(
  id: string,
  heading: string,
  quote: string,
  description: string,
  check: Check,
): RuleDef {
  return { id, kind: 'check', heading, quote, description, check };
}

export function noteRule(
  kind: Exclude<RuleKind, 'check'>,
  id: string,
  heading: string,
  quote: string,
  description: string,
): RuleDef {
  return { id, kind, heading, quote, description };
}
