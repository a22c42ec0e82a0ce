/**
 * 网站名称 naming rules (个人网站命名要求 / 单位网站命名要求, which every province's rules point to; the
 * wording is gathered in shared/research/domain-notes.md §4). Only rules a machine can decide are here;
 * whether a name fits the content stays the reviewer's call.
 */
import type { Check } from '../types.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const SYMBOLS = /[<>@#$%^&*=+|\\/{}[\]~`!?？！【】《》"“”'‘’:：;；]/u;
const DOMAIN_LIKE = /[a-z0-9-]+\.(?:[a-z]{2,}|[\u3400-\u9fff]{2,})/iu;

/** Words no personal website name may contain (national list plus what marks organisations and forums). */
export const PERSONAL_FORBIDDEN_WORDS = [
  '导航', '工作室', '论坛', '平台', '热线', '社区', '社团', '网络', '网站', '网址', '主页', '资讯', '在线', '交流',
  '公司', '企业', '组织', '官网', '商城', '门户', '集团',
] as const; // prettier-ignore

/** Words no website name may contain. */
export const SENSITIVE_WORDS = [
  '赌博',
  '博彩',
  '色情',
  '六合彩',
  '反腐',
  '廉政',
  '纪检',
  '监察',
  '信访',
  '维权',
  '投诉',
] as const;

/** Prefixes reserved for national bodies (only 政府机关 may use them). */
export const NATIONAL_PREFIXES = ['中国', '中华', '中央', '人民', '人大', '国家', '全国'] as const;

function problem(name: string, isUnit: boolean, nature: string): string | undefined {
  const n = name.trim();
  if (n === '') return '网站名称不能为空';
  if (!CJK.test(n)) return '网站名称不能为纯数字、纯字母或符号，请使用中文名称';
  if ([...n].length < 3) return '网站名称至少3个字';
  if (SYMBOLS.test(n)) return '网站名称不能包含特殊符号';
  if (DOMAIN_LIKE.test(n)) return '网站名称不能是域名或包含域名';
  const sensitive = SENSITIVE_WORDS.find((w) => n.includes(w));
  if (sensitive) return `网站名称不能包含敏感词“${sensitive}”`;
  if (nature !== 'government') {
    const prefix = NATIONAL_PREFIXES.find((p) => n.startsWith(p));
    if (prefix) return `网站名称不能以“${prefix}”开头（仅国家机关可用）`;
  }
  if (!isUnit) {
    const word = PERSONAL_FORBIDDEN_WORDS.find((w) => n.includes(w));
    if (word) return `个人网站名称不能包含“${word}”等表示单位、论坛或平台的词语`;
  }
  return undefined;
}

export function websiteNaming(): Check {
  return (ctx, emit) => {
    for (const w of ctx.websites) {
      const why = problem(w.website.name, ctx.isUnit, ctx.input.subject.nature);
      if (why)
        emit.violation(
          'WEBSITE_NAME_INVALID',
          `${w.path}.name`,
          `${why}。${ctx.isUnit ? '单位网站名称宜用单位全称或简称加“官网”等' : '个人网站名称应体现网站内容，如“某某的学习笔记”'}。`,
        );
    }
  };
}
