/**
 * Checks about the people in an order (主体负责人, 网站负责人, the individual subject): age, locality,
 * certificate types and validity, foreign nationals, mobile numbers.
 */
import { PERSON_CERT_TYPES, type MaterialCode, type PersonCertTypeCode } from '../../glossary.js';
import { addMonths, compareYMD, parseIsoDate } from '../../util/dates.js';
import type { PersonRef } from '../context.js';
import type { Check } from '../types.js';
import { personLabel, provinceName } from './text.js';

const label = (p: PersonRef) => personLabel(p.path, p.websiteIndex);

/** 负责人未满十八周岁不能备案 (every leader of the order). */
export function underageForbidden(): Check {
  return (ctx, emit) => {
    for (const p of ctx.persons) {
      if (p.age !== undefined && p.age < 18)
        emit.violation(
          'PERSON_UNDERAGE',
          p.path,
          `${provinceName(ctx.province)}管局规定未满十八周岁不能备案：${label(p)}未满18周岁，请更换为已满18周岁的负责人。`,
        );
    }
  };
}

/** 未满十八周岁需提供 …: the province accepts a proof instead (decisions.md 14). */
export function underageNeedsMaterial(
  material: MaterialCode,
  opts: { exemptLegalRep?: boolean } = {},
): Check {
  return (ctx, emit) => {
    for (const p of ctx.persons) {
      if (p.age === undefined || p.age >= 18) continue;
      if (opts.exemptLegalRep && p.isLegalRep) continue;
      emit.material(
        material,
        `${label(p)}未满18周岁，${provinceName(ctx.province)}管局要求提供该资料。`,
        p.websiteIndex === undefined ? undefined : `websites[${p.websiteIndex}]`,
      );
    }
  };
}

/** 非本省身份证不能进行个人备案 / 证件住所需为本省 (individual subjects; decisions.md 7). */
export function nonLocalIndividualForbidden(): Check {
  return (ctx, emit) => {
    if (ctx.isUnit || ctx.subjectIsLocal) return;
    emit.violation(
      'NON_LOCAL_ID_NOT_ACCEPTED',
      'subject.certificate',
      `${provinceName(ctx.province)}管局不接受非本省证件的个人备案：证件住所需在${provinceName(ctx.province)}。请使用本省证件，或由证件所在省份办理备案。`,
    );
  };
}

/**
 * 证件住所需为本省，如非本省，需上传本省居住证 … (individual subjects). With `includeNonMainland`, people
 * whose certificate is not a resident ID (港澳台, 外国人) need the proof too (四川).
 */
export function nonLocalIndividualNeedsProof(
  opts: { includeNonMainland?: boolean; what?: string } = {},
): Check {
  return (ctx, emit) => {
    if (ctx.isUnit) return;
    const nonMainland = ctx.input.subject.leader.region !== 'mainland';
    if (ctx.subjectIsLocal && !(opts.includeNonMainland && nonMainland)) return;
    emit.material(
      'residence_proof',
      `证件住所不在${provinceName(ctx.province)}，需上传${opts.what ?? `${provinceName(ctx.province)}的居住证或暂住证`}。`,
    );
  };
}

/**
 * A leader whose resident ID is not of the province needs a local residence permit (江西 网站负责人, 内蒙古
 * 法定代表人). Website leaders are the leaders each website resolves to, 同主体负责人 included; one proof per person.
 */
export function nonLocalLeaderNeedsResidenceProof(role: 'subject_leader' | 'website_leader'): Check {
  return (ctx, emit) => {
    const people =
      role === 'subject_leader'
        ? [{ p: ctx.subjectLeader, path: undefined as string | undefined, who: '主体负责人' }]
        : ctx.websites.map((w) => ({ p: w.leader, path: w.path, who: `网站${w.index + 1}的负责人` }));
    const seen = new Set<string>();
    for (const { p, path, who } of people) {
      if (p.isLocal || p.idProvince === undefined) continue;
      const key = p.person.certificateNumber.trim().toUpperCase();
      if (seen.has(key)) continue;
      seen.add(key);
      emit.material(
        'residence_proof',
        `${who}的身份证不是${provinceName(ctx.province)}的，需提供${provinceName(ctx.province)}的居住证或暂住证。`,
        path,
      );
    }
  };
}

/** 外籍人士不予备案. */
export function foreignerForbidden(): Check {
  return (ctx, emit) => {
    for (const p of ctx.persons) {
      if (p.person.region === 'foreign')
        emit.violation(
          'FOREIGNER_NOT_ACCEPTED',
          `${p.path}.region`,
          `${provinceName(ctx.province)}管局不受理外籍人士备案：请更换为中国公民担任${label(p)}。`,
        );
    }
  };
}

/** 中国公民必须使用身份证备案 / 临时身份证不可用于备案 / 港澳公民使用港澳通行证备案 (individual subjects). */
export function personCertTypes(opts: {
  mainlandMustUseResidentId?: boolean;
  forbidTemporaryId?: boolean;
  hkMacaoMustUsePermit?: boolean;
}): Check {
  return (ctx, emit) => {
    if (ctx.isUnit) return;
    const leader = ctx.input.subject.leader;
    const type = leader.certificateType as PersonCertTypeCode;
    const path = 'subject.leader.certificateType';
    const at = provinceName(ctx.province);
    if (opts.forbidTemporaryId && type === 'temporary_resident_id')
      emit.violation(
        'CERT_TYPE_NOT_ACCEPTED',
        path,
        `${at}管局不接受临时身份证备案，请使用有效的居民身份证。`,
      );
    else if (opts.mainlandMustUseResidentId && leader.region === 'mainland' && type !== 'resident_id')
      emit.violation(
        'CERT_TYPE_NOT_ACCEPTED',
        path,
        `${at}管局要求中国公民使用居民身份证备案，请把证件类型改为居民身份证（当前为${PERSON_CERT_TYPES[type]?.zh ?? type}）。`,
      );
    if (opts.hkMacaoMustUsePermit && leader.region === 'hk_macao' && type !== 'hk_macao_permit')
      emit.violation('CERT_TYPE_NOT_ACCEPTED', path, `${at}管局要求港澳居民使用港澳居民来往内地通行证备案。`);
  };
}

/** 若证件类型为身份证，请确保身份证有效期大于3个月 (decisions.md 4: more than 3 calendar months after asOf). */
export function certificateValidity(): Check {
  return (ctx, emit) => {
    const limit = addMonths(ctx.asOf, 3);
    for (const p of ctx.persons) {
      const until = parseIsoDate(p.person.certificateValidUntil);
      if (until && compareYMD(until, limit) <= 0)
        emit.violation(
          'CERT_EXPIRING',
          `${p.path}.certificateValidUntil`,
          `${label(p)}的证件有效期需大于3个月（至 ${p.person.certificateValidUntil} 不足），请先换领新证件再备案。`,
        );
    }
  };
}

/** 负责人手机号码需为本省号码 (decisions.md 7: fires only where attribution is known). */
export function mobileMustBeLocal(): Check {
  return (ctx, emit) => {
    for (const p of ctx.persons) {
      if (p.mobileProvince === undefined || p.mobileProvince === ctx.province) continue;
      emit.violation(
        'MOBILE_NOT_LOCAL',
        `${p.path}.mobile`,
        `${provinceName(ctx.province)}管局要求负责人手机号码为本省号码：${label(p)}的号码归属${provinceName(p.mobileProvince)}，请更换为${provinceName(ctx.province)}的手机号码。`,
      );
    }
  };
}

/** 负责人手机号码需为本省号码，若非本省号码，需备注原因 (陕西 units, decisions.md 21). */
export function nonLocalMobileNeedsRemark(): Check {
  return (ctx, emit) => {
    const nonLocal = ctx.persons.some(
      (p) => p.mobileProvince !== undefined && p.mobileProvince !== ctx.province,
    );
    if (nonLocal && !ctx.input.subject.remark?.trim())
      emit.violation(
        'REMARK_REQUIRED',
        'subject.remark',
        `负责人手机号码不是${provinceName(ctx.province)}号码：请在主体备注中说明原因。`,
      );
  };
}
