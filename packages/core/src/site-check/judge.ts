/**
 * 已备案网站检查 (issue 4 item 9): what the filed-site check asks of a website and what it concludes from a fetch of
 * its home page. Pure: the server fetches, this judges.
 *
 * Which provinces ask for the number at the bottom is data in the rule packs, not a list here: the packs hold the
 * seed's lines as reviewer notes, and their ids say what each line means (as the 变更备案规则' ids do for the
 * change check):
 * - `icp-number-displayed`, `filed-domain-accessible` (已取得备案号的域名必须可以访问且网站下方须有备案号标识，
 *   备案号必须与实际备案号一致 — 上海, 广东, 河南, 西藏): every website the scope files;
 * - `icp-number-on-site` under 接入备案规则 (网站内容最下方需悬挂正确的备案号 — 天津 个人): websites accessed here by
 *   an access filing (接入备案, 新增接入).
 * The test beside this file keeps the id list and the packs' quotes in step.
 *
 * A home page that does not answer, or answers with an error status, is a problem in every province (a filed
 * website is expected to open); the number at the bottom only where a rule asks for it.
 */
import type { ProvinceCode } from '../codes/provinces.js';
import type { FilingType } from '../glossary.js';
import { provinceRules } from '../rules/registry.js';
import type { Rule, Scope } from '../rules/types.js';
import { findFooterNumber, type ShownNumber } from './footer-number.js';

/** Rule ids (in any province's pack) whose line asks for the ICP number at the bottom of the filed website. */
export const FOOTER_NUMBER_RULE_IDS: readonly string[] = [
  'icp-number-displayed',
  'filed-domain-accessible',
  'icp-number-on-site',
];

const ACCESS_HEADING = '接入备案规则';
const ACCESS_FILING_TYPES: readonly FilingType[] = ['access_filing', 'new_access'];

/**
 * The rules of the province that ask a website filed by `scope` (单位 'unit' or 个人 'individual') through
 * `filingType` to show its number at the bottom of its home page; empty when none does.
 */
export function footerNumberRules(
  province: ProvinceCode,
  scope: Scope,
  filingType: FilingType | null,
): readonly Rule[] {
  return provinceRules(province, scope).filter(
    (r) =>
      FOOTER_NUMBER_RULE_IDS.includes(r.id) &&
      (r.heading !== ACCESS_HEADING || (filingType !== null && ACCESS_FILING_TYPES.includes(filingType))),
  );
}

/** What a fetch of the home page gave: a 2xx page (after redirects), or no page (an error, a status). */
export type HomePageFetch =
  | {
      readonly answered: true;
      readonly httpStatus: number;
      readonly html: string;
      /** The page was longer than the fetcher reads: only its beginning was searched. */
      readonly truncated: boolean;
    }
  | {
      readonly answered: false;
      /** The last HTTP status received (a 500, a 404, a redirect too many), or null when nothing answered. */
      readonly httpStatus: number | null;
      /** Why, in Chinese: 连接超时, 连接被拒绝, 首页返回 HTTP 500 … */
      readonly error: string;
    };

export type SiteCheckJudgement = {
  readonly ok: boolean;
  /** The home page answered with a page (2xx). */
  readonly reachable: boolean;
  /** Whether the right number is at the bottom; null when there was no page to look at. */
  readonly footerFound: boolean | null;
  /** Which number the page shows (null: no page). */
  readonly shown: ShownNumber | null;
  /** The number as the page shows it (normalized), if any. */
  readonly shownText: string | null;
  /** A rule of the province asks for the number at the bottom. */
  readonly requiredByProvince: boolean;
  /** The rules that ask it, with their citations. */
  readonly rules: readonly Pick<Rule, 'ruleId' | 'citation' | 'quote'>[];
  /** What is wrong and what to do, in Chinese; null when ok. */
  readonly problem: string | null;
};

export type SiteCheckInput = {
  /** The website's ICP number (网站备案号, `京ICP备26000001号-1`). */
  readonly icpNumber: string;
  readonly province: ProvinceCode;
  readonly scope: Scope;
  /** How the website came to be accessed here; null when not known. */
  readonly filingType: FilingType | null;
  readonly fetch: HomePageFetch;
};

const SCRIPT_HINT = '如果备案号由脚本生成，请直接写在首页的 HTML 中。';

export function judgeSiteCheck(input: SiteCheckInput): SiteCheckJudgement {
  const rules = footerNumberRules(input.province, input.scope, input.filingType).map((r) => ({
    ruleId: r.ruleId,
    citation: r.citation,
    quote: r.quote,
  }));
  const requiredByProvince = rules.length > 0;
  const base = { requiredByProvince, rules };
  const f = input.fetch;
  if (!f.answered)
    return {
      ...base,
      ok: false,
      reachable: false,
      footerFound: null,
      shown: null,
      shownText: null,
      problem: `网站首页无法正常访问：${f.error}。已备案的网站须能正常访问，请检查网站服务、域名解析和接入服务器。`,
    };
  const found = findFooterNumber(f.html, input.icpNumber);
  const footerFound = (found.shown === 'website' || found.shown === 'subject') && found.atBottom;
  const partial = f.truncated ? '（首页内容过长，只检查了开头部分）' : '';
  let problem: string | null = null;
  if (requiredByProvince && !footerFound)
    problem =
      found.shown === 'other_website'
        ? `首页展示的备案号“${found.text}”与本网站的备案号“${input.icpNumber}”不一致：请改为“${input.icpNumber}”。`
        : found.shown === 'none'
          ? `首页未找到本网站的备案号“${input.icpNumber}”${partial}：请在首页最下方展示与实际一致的备案号。${SCRIPT_HINT}`
          : `首页展示了备案号“${found.text}”，但不在页面底部：请移到首页最下方。`;
  return {
    ...base,
    ok: problem === null,
    reachable: true,
    footerFound,
    shown: found.shown,
    shownText: found.text,
    problem,
  };
}
