/**
 * Checks about who leads a unit's filing: the 法定代表人 rules for 主体负责人 and 网站负责人, and the rules
 * that tie or separate the two leaders. Every check here applies to units only.
 */
import { MATERIALS, type MaterialCode } from '../../glossary.js';
import { normalizeMobile } from '../../validators/mobile.js';
import type { Check } from '../types.js';
import { provinceName } from './text.js';

const materialNames = (codes: readonly MaterialCode[]) =>
  codes.map((c) => `《${MATERIALS[c].zh}》`).join('和');

/**
 * 主体负责人需为法定代表人. With `alternative`, a leader who is not the legal representative is accepted with
 * those materials (decisions.md 12); with `remark`, a subject remark explaining it is needed too (甘肃).
 */
export function subjectLeaderMustBeLegalRep(
  opts: { alternative?: readonly MaterialCode[]; remark?: boolean } = {},
): Check {
  return (ctx, emit) => {
    if (!ctx.isUnit || ctx.subjectLeader.isLegalRep) return;
    const at = provinceName(ctx.province);
    if (!opts.alternative) {
      emit.violation(
        'SUBJECT_LEADER_NOT_LEGAL_REP',
        'subject.leader',
        `${at}管局要求主体负责人为单位的法定代表人：请把主体负责人改为法定代表人。`,
      );
      return;
    }
    for (const code of opts.alternative)
      emit.material(code, `主体负责人不是法定代表人，${at}管局要求提供${materialNames(opts.alternative)}。`);
    if (opts.remark && !ctx.input.subject.remark?.trim())
      emit.violation(
        'REMARK_REQUIRED',
        'subject.remark',
        `主体负责人不是法定代表人：${at}管局要求在主体备注中说明原因。`,
      );
  };
}

/**
 * 山东: the subject leader must be the legal representative; only when the legal representative is not a
 * mainland resident may a mainland resident of the company lead with an authorisation (decisions.md 12).
 */
export function subjectLeaderLegalRepUnlessForeignRep(): Check {
  return (ctx, emit) => {
    if (!ctx.isUnit || ctx.subjectLeader.isLegalRep) return;
    const repRegion = ctx.input.subject.legalRepresentative?.region;
    if (repRegion !== undefined && repRegion !== 'mainland') {
      if (ctx.input.subject.leader.region === 'mainland') {
        emit.material(
          'authorization_letter',
          '法定代表人不是中国内地居民，由公司的中国内地居民担任主体负责人需提供授权书。',
        );
        return;
      }
      emit.violation(
        'SUBJECT_LEADER_NOT_LEGAL_REP',
        'subject.leader.region',
        '法定代表人不是中国内地居民时，主体负责人须为获得授权的中国内地居民。',
      );
      return;
    }
    emit.violation(
      'SUBJECT_LEADER_NOT_LEGAL_REP',
      'subject.leader',
      `${provinceName(ctx.province)}管局要求主体负责人为法定代表人：请把主体负责人改为法定代表人。`,
    );
  };
}

/** 网站负责人需填写法定代表人; with `alternative`, accepted with an authorisation letter (decisions.md 13). */
export function websiteLeaderMustBeLegalRep(opts: { alternative?: readonly MaterialCode[] } = {}): Check {
  return (ctx, emit) => {
    if (!ctx.isUnit) return;
    const at = provinceName(ctx.province);
    for (const w of ctx.websites) {
      if (w.leader.isLegalRep) continue;
      if (opts.alternative) {
        for (const code of opts.alternative)
          emit.material(
            code,
            `网站${w.index + 1}的负责人不是法定代表人，${at}管局要求提供${materialNames(opts.alternative)}。`,
            w.path,
          );
      } else
        emit.violation(
          'WEBSITE_LEADER_NOT_LEGAL_REP',
          `${w.path}.leader`,
          `${at}管局要求网站负责人为法定代表人：请把网站${w.index + 1}的负责人改为法定代表人。`,
        );
    }
  };
}

/** 单位名称若包含 … 则主体负责人和网站负责人必须为法定代表人 (辽宁, decisions.md 12). */
export function legalRepWhenNameHas(keywords: readonly string[]): Check {
  return (ctx, emit) => {
    if (!ctx.isUnit) return;
    const hit = keywords.find((k) => ctx.input.subject.name.includes(k));
    if (hit === undefined) return;
    if (!ctx.subjectLeader.isLegalRep)
      emit.violation(
        'SUBJECT_LEADER_NOT_LEGAL_REP',
        'subject.leader',
        `单位名称含“${hit}”，主体负责人必须为法定代表人：请把主体负责人改为法定代表人。`,
      );
    for (const w of ctx.websites)
      if (!w.leader.isLegalRep)
        emit.violation(
          'WEBSITE_LEADER_NOT_LEGAL_REP',
          `${w.path}.leader`,
          `单位名称含“${hit}”，网站负责人必须为法定代表人：请把网站${w.index + 1}的负责人改为法定代表人。`,
        );
  };
}

/** 网站负责人与主体负责人不能为同一人 (天津 units). */
export function leadersMustDiffer(): Check {
  return (ctx, emit) => {
    if (!ctx.isUnit) return;
    for (const w of ctx.websites)
      if (w.leaderIsSubjectLeader)
        emit.violation(
          'LEADERS_MUST_DIFFER',
          `${w.path}.leader`,
          `${provinceName(ctx.province)}管局要求单位的网站负责人与主体负责人不是同一人：请为网站${w.index + 1}填写另一位负责人。`,
        );
  };
}

/** 如主办单位负责人不是法定代表人，网站负责人必须与主办单位负责人为同一人 (江苏 units). */
export function leadersMustMatchWhenNotLegalRep(): Check {
  return (ctx, emit) => {
    if (!ctx.isUnit || ctx.subjectLeader.isLegalRep) return;
    for (const w of ctx.websites)
      if (!w.leaderIsSubjectLeader)
        emit.violation(
          'LEADERS_MUST_MATCH',
          `${w.path}.leader`,
          `主体负责人不是法定代表人时，网站负责人必须与主体负责人为同一人：请把网站${w.index + 1}的负责人设为“同主体负责人”。`,
        );
  };
}

/** 相同的手机号码不能出现在不同的负责人信息里 (天津). */
export function mobileNotSharedBetweenLeaders(): Check {
  return (ctx, emit) => {
    const seen = new Map<string, string>();
    for (const p of ctx.persons) {
      const mobile = normalizeMobile(p.person.mobile) ?? p.person.mobile.trim();
      const who = p.person.certificateNumber.trim().toUpperCase();
      const first = seen.get(mobile);
      if (first === undefined) seen.set(mobile, who);
      else if (first !== who)
        emit.violation(
          'MOBILE_SHARED_BETWEEN_LEADERS',
          `${p.path}.mobile`,
          '同一手机号码不能出现在不同负责人的信息中：请为每位负责人填写本人的手机号码。',
        );
    }
  };
}
