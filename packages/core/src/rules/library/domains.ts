/**
 * Checks about the domains of an order: the MIIT domain verification (域名核验), remaining registration,
 * who may hold the domain, WHOIS privacy, province suffix lists, and how domains group into websites.
 */
import { isApprovedSuffix } from '../../validators/approved-tlds.js';
import { daysBetween } from '../../util/dates.js';
import type { DomainRef, OrderContext } from '../context.js';
import type { Check } from '../types.js';
import { provinceName, sameName } from './text.js';

/** Registrable domains: the ones filings and domain facts are about (the others get a syntax violation). */
function checkable(ctx: OrderContext): DomainRef[] {
  return ctx.domains.filter((d) => d.analysis.ok && d.analysis.isRegistrable);
}

/**
 * 网站备案域名核验 (seed 004 §4, every province since 2018-01-01): approved suffix, approved registrar,
 * real-name verified (with a warning when verified less than 3 days ago), and a warning when no facts are known.
 */
export function domainVerification(): Check {
  return (ctx, emit) => {
    for (const d of checkable(ctx)) {
      const a = d.analysis;
      if (a.ok && !isApprovedSuffix(a.suffix))
        emit.violation(
          'TLD_NOT_APPROVED',
          d.path,
          `域名后缀“.${a.suffix}”未获工信部批复，不能备案：请使用已批复后缀的域名（如 .cn、.com、.中国）。`,
        );
      const f = d.facts;
      if (!f) {
        emit.violation(
          'DOMAIN_FACTS_UNAVAILABLE',
          d.path,
          `暂未取得域名 ${d.name} 的注册信息，未做注册商、实名、持有者和有效期核验：请确认域名信息后再提交。`,
          'warning',
        );
        continue;
      }
      if (!f.registrarApproved)
        emit.violation(
          'DOMAIN_REGISTRAR_NOT_APPROVED',
          d.path,
          `域名 ${d.name} 的注册商“${f.registrar}”未获工信部批复（含境外注册商）：请先把域名转入境内已获批复的注册商。`,
        );
      if (!f.realNameVerified)
        emit.violation(
          'DOMAIN_NOT_REAL_NAME_VERIFIED',
          d.path,
          `域名 ${d.name} 未完成实名认证：请先在注册商处完成实名认证，约3天后再提交备案。`,
        );
      else if (f.realNameVerifiedAt && daysBetween(f.realNameVerifiedAt, ctx.input.asOf) < 3)
        emit.violation(
          'DOMAIN_REAL_NAME_TOO_RECENT',
          d.path,
          `域名 ${d.name} 实名认证不足3天，实名信息可能尚未同步到管局：建议 ${f.realNameVerifiedAt} 起满3天后再提交。`,
          'warning',
        );
    }
  };
}

/** 境外注册的域名不能备案 / 必须使用境内注册商注册的域名备案. */
export function domesticRegistrarOnly(): Check {
  return (ctx, emit) => {
    for (const d of checkable(ctx))
      if (d.facts && !d.facts.registrarApproved)
        emit.violation(
          'DOMAIN_REGISTRAR_NOT_APPROVED',
          d.path,
          `${provinceName(ctx.province)}管局不接受境外注册商注册的域名：请先把 ${d.name} 转入境内已获工信部批复的注册商。`,
        );
  };
}

/** 域名有效期需大于 N 天 (decisions.md 3: more than `days` days remaining on asOf). */
export function domainValidity(days: number): Check {
  return (ctx, emit) => {
    for (const d of checkable(ctx)) {
      if (!d.facts) continue;
      const left = daysBetween(ctx.input.asOf, d.facts.expiresAt);
      if (left <= days)
        emit.violation(
          'DOMAIN_EXPIRING',
          d.path,
          `${provinceName(ctx.province)}管局要求域名剩余有效期大于${days}天：${d.name} 将于 ${d.facts.expiresAt} 到期（剩余${Math.max(left, 0)}天），请先续费。`,
        );
    }
  };
}

/** Who may hold a domain: the subject itself, its legal representative, a shareholder, a senior manager. */
export type HolderKind = 'subject' | 'legal_rep' | 'shareholder' | 'senior_manager';

const HOLDER_WORDS: Record<HolderKind, string> = {
  subject: '主办单位本身',
  legal_rep: '法定代表人',
  shareholder: '股东',
  senior_manager: '单位主要负责人或高级管理人员',
};

function holderKind(ctx: OrderContext, d: DomainRef): HolderKind | undefined {
  const f = d.facts!;
  const subject = ctx.input.subject;
  if (sameName(f.holder, subject.name)) return 'subject';
  if (!ctx.isUnit) return undefined;
  const rep =
    subject.legalRepresentative?.name ?? (ctx.subjectLeader.isLegalRep ? subject.leader.name : undefined);
  if (sameName(f.holder, rep)) return 'legal_rep';
  return f.holderRelation;
}

/**
 * 域名持有者需与主办单位名称 (…) 一致: holders outside `accept` are DOMAIN_HOLDER_MISMATCH; holders of a kind in
 * `proofFor` need 网站备案域名注册人的证明 for that domain (decisions.md 22). Individuals: the holder is the person.
 */
export function domainHolder(accept: readonly HolderKind[], proofFor: readonly HolderKind[] = []): Check {
  return (ctx, emit) => {
    for (const d of checkable(ctx)) {
      if (!d.facts) continue;
      const kind = holderKind(ctx, d);
      const allowed = ctx.isUnit ? accept : (['subject'] as const);
      if (kind === undefined || !allowed.includes(kind)) {
        const who = ctx.isUnit ? allowed.map((k) => HOLDER_WORDS[k]).join('、') : '主办人本人';
        emit.violation(
          'DOMAIN_HOLDER_MISMATCH',
          d.path,
          `域名 ${d.name} 的持有者“${d.facts.holder}”不符合${provinceName(ctx.province)}管局要求（须为${who}）：请先把域名过户到备案主体名下。`,
        );
      } else if (ctx.isUnit && proofFor.includes(kind))
        emit.material(
          'domain_holder_proof',
          `域名 ${d.name} 的持有者是${HOLDER_WORDS[kind]}“${d.facts.holder}”，需提供域名注册人的证明（如公司章程、社保证明）。`,
          d.path,
        );
    }
  };
}

/** 若域名设置了隐私保护，备案期间需关闭. */
export function privacyProtectionOff(): Check {
  return (ctx, emit) => {
    for (const d of checkable(ctx))
      if (d.facts?.privacyProtection)
        emit.violation(
          'DOMAIN_PRIVACY_PROTECTED',
          d.path,
          `${provinceName(ctx.province)}管局要求备案期间关闭域名隐私保护：请在注册商处关闭 ${d.name} 的 WHOIS 隐私保护。`,
        );
  };
}

/** The province accepts only the suffixes it lists (北京, decisions.md 18). Entries like 'cn', '政务.cn'. */
export function suffixesAcceptedByProvince(list: readonly string[]): Check {
  const accepted = new Set(list.map((s) => s.replace(/^\./, '').toLowerCase()));
  return (ctx, emit) => {
    for (const d of checkable(ctx)) {
      const a = d.analysis;
      if (!a.ok) continue;
      const top = a.suffix.split('.').pop()!;
      if (accepted.has(a.suffix.toLowerCase()) || accepted.has(top.toLowerCase())) continue;
      emit.violation(
        'TLD_NOT_ACCEPTED_BY_PROVINCE',
        d.path,
        `${provinceName(ctx.province)}管局不支持“.${a.suffix}”后缀的域名备案：请换用${provinceName(ctx.province)}管局支持的后缀（如 .cn、.com、.net）。`,
      );
    }
  };
}

/** 需提供域名证书: for every domain of the order, or (`onlyNew`) for the domains not filed before. */
export function domainCertificates(opts: { onlyNew?: boolean } = {}): Check {
  return (ctx, emit) => {
    for (const d of checkable(ctx)) {
      if (opts.onlyNew && d.filed) continue;
      emit.material(
        'domain_certificate',
        `${provinceName(ctx.province)}管局要求提供${opts.onlyNew ? '本次订单内新增域名' : '本次订单内所有域名'}的域名证书：${d.name}。`,
        d.path,
      );
    }
  };
}

/** 每个网站只能报备一个域名 (重庆; decisions.md 20). */
export function oneDomainPerWebsite(): Check {
  return (ctx, emit) => {
    for (const w of ctx.websites)
      if (w.website.domains.length > 1)
        emit.violation(
          'WEBSITE_TOO_MANY_DOMAINS',
          `${w.path}.domains`,
          `${provinceName(ctx.province)}管局要求每个网站只报备一个域名：网站${w.index + 1}有${w.website.domains.length}个域名，请把其余域名分别作为单独的网站添加。`,
        );
  };
}

function prefixes(domains: readonly DomainRef[]): string[] {
  return domains.flatMap((d) => (d.analysis.ok ? [d.analysis.prefix] : []));
}

/** 前缀不一致的域名请按不同网站备案 (decisions.md 10: the prefix is the label left of the public suffix). */
export function samePrefixPerWebsite(): Check {
  return (ctx, emit) => {
    for (const w of ctx.websites) {
      const first = w.domains.find((d) => d.analysis.ok);
      if (!first || !first.analysis.ok) continue;
      const prefix = first.analysis.prefix;
      const other = w.domains.find((d) => d.analysis.ok && d.analysis.prefix !== prefix);
      if (other)
        emit.violation(
          'WEBSITE_DOMAIN_PREFIX_MIXED',
          other.path,
          `${provinceName(ctx.province)}管局要求前缀不同的域名按不同网站备案：${other.name} 与 ${first.name} 前缀不同，请把它作为单独的网站添加。`,
        );
    }
  };
}

/** 一网站下若备案3个以上（含3个）前缀不同的域名，需备注“域名指向同一网站” (山东 individuals). */
export function manyPrefixesNeedRemark(min: number, phrase: string): Check {
  return (ctx, emit) => {
    for (const w of ctx.websites) {
      if (new Set(prefixes(w.domains)).size < min) continue;
      if (!(w.website.remark ?? '').includes(phrase))
        emit.violation(
          'REMARK_REQUIRED',
          `${w.path}.remark`,
          `网站${w.index + 1}有${min}个或以上前缀不同的域名：请在网站备注中写明“${phrase}”。`,
        );
    }
  };
}

/**
 * 广东 网站建设方案书 (seed 004 §7.9.2, decisions.md 8): distinct domain prefixes already filed under the
 * subject plus those in the order. Units above 31: a plan per domain and the guarantee letter; individuals
 * above 5: a plan per domain, at 10 or more also the guarantee letter.
 */
export function guangdongConstructionPlan(): Check {
  return (ctx, emit) => {
    const count = (ctx.input.registry?.filedDomainPrefixCount ?? 0) + new Set(prefixes(ctx.domains)).size;
    const plan = ctx.isUnit ? count > 31 : count > 5;
    if (!plan) return;
    const why = `主体下前缀不同的域名共${count}个（含已备案），超过${ctx.isUnit ? 31 : 5}个`;
    for (const d of checkable(ctx))
      emit.material('construction_plan', `${why}，需提供每个域名的网站建设方案书。`, d.path);
    if (ctx.isUnit || count >= 10)
      emit.material('guarantee_letter', `${why}，还需提供加盖备案专用章的保证书。`);
  };
}

/** 主体下网站数量超过5个网站，需提供每个网站的网站建设方案书及承诺书 (重庆 individuals, decisions.md 9). */
export function chongqingConstructionPlan(): Check {
  return (ctx, emit) => {
    if (ctx.isUnit) return;
    const count = (ctx.input.registry?.filedWebsiteCount ?? 0) + ctx.websites.length;
    if (count <= 5) return;
    for (const w of ctx.websites) {
      const why = `主体下网站共${count}个（含已备案），超过5个`;
      emit.material('construction_plan', `${why}，需提供每个网站的网站建设方案书。`, w.path);
      emit.material('commitment_letter', `${why}，需提供每个网站的承诺书。`, w.path);
    }
  };
}
