/**
 * Platform rules: what seeds 000–004 ask of every order in every province (the provider's own rules and
 * the MIIT's national ones), as opposed to a bureau's rules (rules/provinces/*). Each cites its seed.
 */
import { FILING_TYPES, PRE_APPROVAL_TYPES, type PreApprovalType } from '../glossary.js';
import { isValidEmail } from '../validators/email.js';
import { isMainlandMobile } from '../validators/mobile.js';
import { isValidOrgCode } from '../validators/org-code.js';
import { isValidResidentId } from '../validators/resident-id.js';
import { isValidUscc } from '../validators/uscc.js';
import { domainVerification } from './library/domains.js';
import { websiteNaming } from './library/naming.js';
import { provinceName } from './library/text.js';
import { checkRule, type Check, type RuleDef, type Scope } from './types.js';

export type PlatformRuleDef = RuleDef & {
  /** The seed and section: '003 填写网站信息', '004 §4 网站域名准备与检查'. */
  readonly source: string;
  readonly scope: Scope | 'all';
};

const platformRule = (source: string, scope: Scope | 'all', def: RuleDef): PlatformRuleDef => ({
  ...def,
  source,
  scope,
});

export const MAX_WEBSITES_PER_ORDER = 10;

const websiteRequired: Check = (ctx, emit) => {
  if (ctx.websites.length === 0) emit.violation('WEBSITE_REQUIRED', 'websites', '请至少添加一个网站。');
};

const tooManyWebsites: Check = (ctx, emit) => {
  if (ctx.websites.length > MAX_WEBSITES_PER_ORDER)
    emit.violation(
      'TOO_MANY_WEBSITES',
      'websites',
      `一个备案订单最多提交${MAX_WEBSITES_PER_ORDER}个网站（当前${ctx.websites.length}个）：请把其余网站放到下一个订单。`,
    );
};

const domainSyntax: Check = (ctx, emit) => {
  for (const w of ctx.websites) {
    if (w.domains.length === 0)
      emit.violation('DOMAIN_INVALID', `${w.path}.domains`, `请为网站${w.index + 1}填写至少一个域名。`);
  }
  for (const d of ctx.domains) {
    const a = d.analysis;
    if (!a.ok) {
      emit.violation(
        'DOMAIN_INVALID',
        d.path,
        `“${d.input}”不是有效的域名：请填写如 example.com 或 例子.中国 的域名。`,
      );
    } else if (!a.isRegistrable) {
      const hint = a.registrable ? `请填写主域名 ${a.registrable}，` : '';
      emit.violation(
        'DOMAIN_NOT_REGISTRABLE',
        d.path,
        `“${d.input}”不是注册的主域名：${hint}主域名备案后，其子域名无需另行备案。`,
      );
    }
  }
};

const domainDuplicate: Check = (ctx, emit) => {
  const seen = new Set<string>();
  for (const d of ctx.domains) {
    const key = d.analysis.ok ? d.analysis.ascii : d.input.trim().toLowerCase();
    if (seen.has(key))
      emit.violation('DOMAIN_DUPLICATE', d.path, `域名 ${d.name} 在本订单中重复填写：请删除重复的域名。`);
    seen.add(key);
  }
};

const filingConflicts: Check = (ctx, emit) => {
  for (const f of ctx.filing.perDomain) {
    if (f.type !== null) continue;
    const d = f.domain;
    if (f.conflict === 'other_subject')
      emit.violation(
        'DOMAIN_FILED_BY_OTHER_SUBJECT',
        d.path,
        // the number is left out where the caller does not show another subject's filing (readiness checks)
        `域名 ${d.name} 已在其他主体下备案${d.filed?.icpNumber ? `（${d.filed.icpNumber}）` : ''}：需原主体先注销该网站备案，或把域名过户后办理变更。`,
      );
    else
      emit.violation(
        'DOMAIN_ALREADY_ACCESSED',
        d.path,
        `域名 ${d.name} 已在本平台备案并接入（${d.filed?.icpNumber ?? ''}）：无需再次备案，如需修改请办理变更备案。`,
      );
  }
  if (ctx.filing.types.length > 1) {
    const names = ctx.filing.types.map((t) => FILING_TYPES[t].zh).join('、');
    const first = ctx.filing.types[0];
    const odd = ctx.filing.perDomain.find((f) => f.type !== null && f.type !== first);
    emit.violation(
      'MIXED_FILING_TYPES',
      odd?.domain.path ?? 'websites',
      `本订单的域名需要不同的备案类型（${names}）：请按备案类型拆分为多个订单。`,
    );
  }
};

const idNumbers: Check = (ctx, emit) => {
  const cert = ctx.input.subject.certificate;
  if (cert.type === 'resident_id' && !isValidResidentId(cert.number))
    emit.violation(
      'ID_NUMBER_INVALID',
      'subject.certificate.number',
      '身份证号码不正确（位数、出生日期或校验位有误）：请核对后重新填写。',
    );
  for (const p of ctx.persons)
    if (p.person.certificateType === 'resident_id' && !p.idValid)
      emit.violation(
        'ID_NUMBER_INVALID',
        `${p.path}.certificateNumber`,
        '身份证号码不正确（位数、地区码、出生日期或校验位有误）：请核对后重新填写。',
      );
};

/** Unit certificate types whose number is the unified social credit code since the 2015 reform (GB 32100). */
const USCC_CERT_TYPES = new Set([
  'business_license', 'government_credit_code', 'public_institution_certificate', 'social_group_certificate',
  'private_non_enterprise_certificate', 'foundation_certificate', 'law_firm_license',
]); // prettier-ignore

const unitCertNumber: Check = (ctx, emit) => {
  if (!ctx.isUnit) return;
  const { type, number } = ctx.input.subject.certificate;
  const n = number.trim().toUpperCase();
  if (type === 'organization_code') {
    if (!isValidOrgCode(n) && !isValidUscc(n))
      emit.violation(
        'UNIT_CERT_NUMBER_INVALID',
        'subject.certificate.number',
        '组织机构代码不正确（GB 11714 校验未通过）：请按证件核对后重新填写。',
      );
  } else if (USCC_CERT_TYPES.has(type) && !isValidUscc(n))
    emit.violation(
      'UNIT_CERT_NUMBER_INVALID',
      'subject.certificate.number',
      '统一社会信用代码不正确（应为18位，校验位按 GB 32100 计算）：请按证件核对后重新填写。',
    );
};

const contacts: Check = (ctx, emit) => {
  for (const p of ctx.persons) {
    if (!isMainlandMobile(p.person.mobile))
      emit.violation(
        'MOBILE_INVALID',
        `${p.path}.mobile`,
        '请填写11位中国大陆手机号码（联系方式1须能接收工信部短信）。',
      );
    if (!isValidEmail(p.person.email))
      emit.violation(
        'EMAIL_INVALID',
        `${p.path}.email`,
        '请填写能正常接收邮件的电子邮箱，如 name@example.com。',
      );
  }
};

const addressesInProvince: Check = (ctx, emit) => {
  const s = ctx.input.subject;
  const at = provinceName(ctx.province);
  if (ctx.isUnit && s.certificate.addressProvince && s.certificate.addressProvince !== ctx.province)
    emit.violation(
      'ADDRESS_PROVINCE_MISMATCH',
      'subject.certificate.addressProvince',
      `单位的证件住所在${provinceName(s.certificate.addressProvince)}，与所属区域${at}不一致：单位须向证件住所所在省份的管局备案。`,
    );
  if (s.mailingAddress.province !== ctx.province)
    emit.violation(
      'ADDRESS_PROVINCE_MISMATCH',
      'subject.mailingAddress.province',
      `通信地址须与证件住所在同一省份（${at}）：请填写${at}境内的通信地址。`,
    );
};

const serviceContentRemark: Check = (ctx, emit) => {
  for (const w of ctx.websites)
    if (w.website.serviceContent === 'other' && !w.website.remark?.trim())
      emit.violation(
        'REMARK_REQUIRED',
        `${w.path}.remark`,
        `网站${w.index + 1}的服务内容选择了“其他”：请在网站备注中写明网站开办后的具体内容。`,
      );
};

/** Keywords that hint at an industry needing 前置审批 (seed 004 §8; the 金融类 list is the seed's own). */
export const PRE_APPROVAL_KEYWORDS: Readonly<Partial<Record<PreApprovalType, readonly string[]>>> = {
  finance: [
    '交易所', '交易中心', '金融', '资产管理', '理财', '基金', '投资管理', '财富管理', '网贷', '网络借贷', 'P2P',
    '众筹', '互联网保险', '支付',
  ],
  news: ['新闻'],
  publishing: ['出版'],
  drugs_medical_devices: ['药品', '医疗器械'],
  radio_film_tv: ['视频', '影视', '直播', '电影', '电视'],
  ride_hailing: ['网约车', '网络预约出租'],
  games: ['游戏'],
  religion: ['宗教'],
}; // prettier-ignore

const KEYWORD_TABLE = Object.entries(PRE_APPROVAL_KEYWORDS).map(
  ([type, words]) => [type as PreApprovalType, words!.map((w) => w.toUpperCase())] as const,
);
const NONE: ReadonlySet<string> = new Set();

const preApprovalSuspected: Check = (ctx, emit) => {
  const declared = new Set(ctx.websites.flatMap((w) => (w.website.preApprovals ?? []).map((p) => p.type)));
  const scan = (text: string | undefined, path: string, own: ReadonlySet<string>) => {
    if (!text) return;
    const upper = text.toUpperCase();
    for (const [type, words] of KEYWORD_TABLE) {
      if (own.has(type)) continue;
      const hit = words.find((w) => upper.includes(w));
      if (hit)
        emit.violation(
          'PRE_APPROVAL_SUSPECTED',
          path,
          `含“${hit}”，可能涉及${PRE_APPROVAL_TYPES[type].zh}类前置审批：如涉及请办理并填写前置审批；如主管部门告知无需办理，请在备注中写明联系的部门、电话和结果。`,
          'warning',
        );
    }
  };
  scan(ctx.input.subject.name, 'subject.name', declared);
  scan(ctx.input.subject.businessScope, 'subject.businessScope', declared);
  for (const w of ctx.websites) {
    const own = w.website.preApprovals?.length ? new Set(w.website.preApprovals.map((p) => p.type)) : NONE;
    scan(w.website.name, `${w.path}.name`, own);
  }
};

/** Abolished nationwide (seed 004 §8: 全国范围内取消); religion is asked only in 广东 (its own pack). */
const NO_DOCUMENT: ReadonlySet<string> = new Set(['education', 'medical', 'bbs', 'religion']);

const preApprovalDocuments: Check = (ctx, emit) => {
  for (const w of ctx.websites) {
    const types = (w.website.preApprovals ?? []).filter((p) => !NO_DOCUMENT.has(p.type));
    if (types.length === 0) continue;
    const names = types.map((p) => PRE_APPROVAL_TYPES[p.type as PreApprovalType].zh).join('、');
    emit.material(
      'pre_approval_document',
      `网站${w.index + 1}涉及${names}类前置审批，需上传前置审批文件。`,
      w.path,
    );
  }
};

const baseMaterials: Check = (ctx, emit) => {
  if (ctx.isUnit) emit.material('unit_certificate', '主办单位有效证件原件的彩色照片，如营业执照。');
  emit.material(
    'subject_leader_id',
    ctx.isUnit
      ? '主体负责人有效证件原件的彩色照片（正反面）。'
      : '个人有效证件原件的彩色照片（正反面），上传一次即可。',
  );
  for (const w of ctx.websites)
    if (!w.leaderIsSubjectLeader)
      emit.material(
        'website_leader_id',
        `网站${w.index + 1}的负责人不是主体负责人，需上传其有效证件。`,
        w.path,
      );
  emit.material('verification_form', '下载系统生成的真实性核验单，打印后用黑色签字笔签字，再拍照上传。');
};

export const PLATFORM_RULES: readonly PlatformRuleDef[] = [
  platformRule('003 填写网站信息', 'all', checkRule('website-required', '填写网站信息', '如需备案多个网站，填完网站信息后，单击保存，并继续添加网站。', '每个备案订单至少包含一个网站。', websiteRequired)),
  platformRule('003 填写网站信息', 'all', checkRule('too-many-websites', '填写网站信息', '每个备案订单中最多可提交十个网站', '一个备案订单最多10个网站。', tooManyWebsites)),
  platformRule('004 §4 检查域名是否为二级域名', 'all', checkRule('domain-syntax', '网站域名准备与检查', '顶级域名备案成功后，二级域名及其他子域名便可正常指向服务商的空间进行访问，无需再进行备案。', '域名须为有效的注册主域名（支持中文域名），子域名无需备案。', domainSyntax)),
  platformRule('004 §4 网站域名准备与检查', 'all', checkRule('domain-duplicate', '网站域名准备与检查', '成功备案一个网站需使用一个备案服务号', '同一订单中同一域名只能填写一次。', domainDuplicate)),
  platformRule('004 §4 网站域名准备与检查；003 备案准备', 'all', checkRule('domain-verification', '网站域名准备与检查', '域名的顶级域名已获工信部批复。域名注册商已获工信部批复。网站域名已通过实名认证。实名认证完成后需要约三天时间将实名认证信息入库管局。', '域名后缀与注册商须获工信部批复，域名须已实名认证（认证未满3天给出提醒）。', domainVerification())),
  platformRule('product.md 验证备案类型；004 §4', 'all', checkRule('filing-type-conflicts', '验证备案类型', '系统将根据您所填写的证件号码和域名，自动识别您要办理的备案类型。', '域名已在其他主体下备案、已在本平台接入，或订单内域名需要不同备案类型时，不能提交。', filingConflicts)),
  platformRule('004 §6 备案所需资料；GB 11643', 'all', checkRule('id-number', '备案所需资料', '主体负责人有效证件原件电子版，如身份证电子版等。', '居民身份证号码须符合 GB 11643（地区码、出生日期、校验位）。', idNumbers)),
  platformRule('004 §6 备案所需资料；GB 32100 / GB 11714', 'unit', checkRule('unit-certificate-number', '备案所需资料', '主办单位有效证件原件电子版，如营业执照电子版等。', '统一社会信用代码须符合 GB 32100，组织机构代码须符合 GB 11714。', unitCertNumber)),
  platformRule('000/002 填写主体信息', 'all', checkRule('contacts', '填写主体信息', '请务必填写真实有效的联系信息（电子邮箱和电话号码）。', '负责人须填写有效的中国大陆手机号码和电子邮箱。', contacts)),
  platformRule('000/002 填写主体信息', 'all', checkRule('addresses-same-province', '填写主体信息', '主办单位证件住所与主办单位通讯地址需在同一省份。', '单位的证件住所与通信地址都须在所属区域内；个人的通信地址须在所属区域内（decisions 7a）。', addressesInProvince)),
  platformRule('003 填写网站信息', 'all', checkRule('service-content-other-remark', '填写网站信息', '请按实际情况选择网站服务内容，若选择“其他”，则必须在网站备注中填写开办后的具体内容。', '服务内容选“其他”时须填写网站备注。', serviceContentRemark)),
  platformRule('004 §8 前置审批', 'all', checkRule('pre-approval-suspected', '前置审批', '您的主办单位名称、经营范围、网站名称及网站内容等，如涉及相关行业的前置审批，则必须办理前置审批文件。', '名称或经营范围含金融等行业字样而未填前置审批时提醒（审核员最终判断）。', preApprovalSuspected)),
  platformRule('004 §8 前置审批；003 上传材料', 'all', checkRule('pre-approval-documents', '前置审批', '单位备案时，若网站类型涉及前置或专项审批内容，还需上传前置或专项审批文件。', '填写了前置审批的网站须上传审批文件（教育、医疗保健、电子公告已全国取消）。', preApprovalDocuments)),
  platformRule('004 §6 备案所需资料；000/002 上传资料', 'all', checkRule('base-materials', '备案所需资料', '准备必须的基本资料：主体负责人证件、网站负责人证件、主办单位证件；真实性核验单需下载、打印，用黑色签字笔填写，再扫描或拍照后上传。', '基本资料：主办单位证件（单位）、主体负责人证件、另行指定的网站负责人证件、真实性核验单。', baseMaterials)),
  platformRule('004 §7 单位/个人网站命名要求', 'all', checkRule('website-naming', '填写网站信息', '个人网站名称命名注意事项请参见个人网站命名要求；单位网站名称命名注意事项请参见单位网站命名要求。', '网站名称须为中文名称，不含特殊符号、域名、敏感词；个人网站不得含“论坛、平台、公司”等词。', websiteNaming())),
]; // prettier-ignore
