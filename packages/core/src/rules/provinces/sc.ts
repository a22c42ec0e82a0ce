/** 四川 (seed 004 §7.8.3 四川备案规则, and §6 工作证明 / 经营性说明书). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  domainHolder,
  domainValidity,
  domainVerification,
  privacyProtectionOff,
} from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import {
  certificateValidity,
  mobileMustBeLocal,
  nonLocalIndividualNeedsProof,
  underageForbidden,
} from '../library/persons.js';
import { sameName } from '../library/text.js';
import { checkRule, noteRule, type Check, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const SECTION6 = '备案所需资料（§6）';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const DOMAIN_VERIFICATION = '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。';
const PRIVACY = '若域名设置了隐私保护，备案期间需关闭。';
const ACCESS_SMS_QUOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const ACCESS_SMS_DESCRIPTION = '接入备案初审后，原备案信息中的网站负责人须完成短信验证，才进入管局审核。';

const UNIT_HOLDER_QUOTE =
  '域名持有者需与主办单位名称（含股东）、法定代表人姓名、单位主要负责人或高级管理人员姓名一致；其中股东需提供公司章程（1年内），股东个人身份证的电子材料（如原件彩色拍照照片）、域名证书、及证明材料；单位主要负责人或高级管理人员需提供相关社保证明（1年内）或聘书或合同等有效文件，身份证件的电子材料（如原件彩色拍照照片）及证明材料；公司章程提供股东信息且含有工商局鲜章；社保证明应包括社保局鲜章；其他材料加盖公司公章即可';

/**
 * 股东需提供 … 域名证书: a domain the applicant declares held by a shareholder (and that is neither the unit's nor
 * the legal representative's) needs its domain certificate besides the 公司章程 (domain_holder_proof, decisions.md 22).
 */
const shareholderDomainCertificate: Check = (ctx, emit) => {
  if (!ctx.isUnit) return;
  const subject = ctx.input.subject;
  const rep =
    subject.legalRepresentative?.name ?? (ctx.subjectLeader.isLegalRep ? subject.leader.name : undefined);
  for (const d of ctx.domains) {
    const f = d.facts;
    if (!d.analysis.ok || !f || f.holderRelation !== 'shareholder') continue;
    if (sameName(f.holder, subject.name) || sameName(f.holder, rep)) continue;
    emit.material(
      'domain_certificate',
      `域名 ${d.name} 的持有者是股东“${f.holder}”，四川管局要求提供该域名的域名证书（连同公司章程和股东身份证件）。`,
      d.path,
    );
  }
};

const unitDomainHolder = domainHolder(
  ['subject', 'legal_rep', 'shareholder', 'senior_manager'],
  ['shareholder', 'senior_manager'],
);

const unitDomainHolderCheck: Check = (ctx, emit) => {
  unitDomainHolder(ctx, emit);
  shareholderDomainCertificate(ctx, emit);
};

export const SC: ProvincePack = {
  province: 'SC',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案（其他单位使用本类单位的证件）。',
      enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '企业备案主体负责人需填写法定代表人，若非法定代表人，需提供授权委托书。',
      '主体负责人应为法定代表人；不是时须提供授权委托书。',
      subjectLeaderMustBeLegalRep({ alternative: ['authorization_letter'] })),
    checkRule('leader-underage', IMPORTANT, '负责人未满十八周岁不能备案',
      '主体负责人和网站负责人须年满18周岁。', underageForbidden()),
    checkRule('mobile-local', IMPORTANT, '负责人手机号码需为本省号码。',
      '主体负责人和网站负责人的手机号码须为四川号码。', mobileMustBeLocal()),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, UNIT_HOLDER_QUOTE,
      '域名持有者须为主办单位本身、法定代表人、股东、单位主要负责人或高级管理人员；股东持有的须提供公司章程（1年内）、股东身份证件和域名证书，主要负责人或高级管理人员持有的须提供社保证明（1年内）或聘书、合同及身份证件。',
      unitDomainHolderCheck),
    checkRule('domain-privacy', IMPORTANT, PRIVACY, '备案期间须关闭域名的隐私保护。', privacyProtectionOff()),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件原件的照片（如营业执照）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'authorization-letter', MATERIALS,
      '授权委托书电子版（非必选）：若主体负责人非法定代表人，需提供授权委托书。',
      '主体负责人不是法定代表人时上传的授权委托书由审核员核对；是否需要由备案重要规则中的主体负责人一条检查。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为身份证，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'work-proof', SECTION6,
      '同一个主体负责人或网站负责人的证件号码出现在多个单位或个人的备案信息中，部分省份（如四川）管局要求提供该主体负责人或网站负责人的工作证明。',
      '负责人的证件号码已出现在其他单位或个人的备案信息中时，须提供该负责人的工作证明（订单不含其他备案的负责人信息，由审核员判断）。'),
    noteRule('reviewer', 'business-statement', SECTION6,
      '四川省单位备案，如果单位名称、经营范围、网站名称、网站备案等含有经营性字样，在办理经营性ICP许可证时，被当地管局告知无需办理，您需要在备案过程中需提供单位的经营性说明书。',
      '单位名称、经营范围或网站名称含经营性字样，且当地管局告知无需办理经营性ICP许可证时，须提供单位的经营性说明书（是否告知无需办理订单无法体现，由审核员判断）。'),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-proof', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。单位名称变更前企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更须提供工商变更证明（政府事业单位为上级部门函件）；前后无关联须注销后重新备案。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，不一致需先到原接入商变更备案或注销备案后重新备案。',
      '接入时单位名称须与工信部备案信息一致，不一致须先在原接入商变更或注销后重新备案。'),
    noteRule('access', 'other-fields-current-rules', ACCESS,
      '证件号码、负责人信息、证件住所、通信地址符合当前管局规则即可，接入成功后进行变更。',
      '证件号码、负责人、证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
  individual: [
    checkRule('underage', IMPORTANT, '未满十八周岁不能备案', '备案人须年满18周岁。', underageForbidden()),
    checkRule('mobile-local', IMPORTANT, '负责人手机号码需为本省号码。', '备案人的手机号码须为四川号码。', mobileMustBeLocal()),
    checkRule('residence-proof', IMPORTANT,
      '证件住所非本省（包括港澳台及外国人），需提供在四川学习、生活、工作的相关证明（如学生证、社保证明、在职证明、居住证等）。',
      '证件住所不在四川的，以及港澳台居民和外国人，须提供在四川学习、生活或工作的证明（如学生证、社保证明、在职证明、居住证）。',
      nonLocalIndividualNeedsProof({
        includeNonMainland: true,
        what: '在四川学习、生活、工作的相关证明（如学生证、社保证明、在职证明、居住证等）',
      })),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('domain-privacy', IMPORTANT, PRIVACY, '备案期间须关闭域名的隐私保护。', privacyProtectionOff()),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为身份证，请确保身份证有效期大于3个月。',
      '须上传本人有效证件原件的照片；证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'residence-proof-material', MATERIALS,
      '证明文件电子版（非必选）：非本省证件需上传学生证、社保证明、在职证明、居住证等证明。',
      '非本省证件上传的学生证、社保证明、在职证明或居住证由审核员核对；是否需要由备案重要规则中的证件住所一条检查。'),
    noteRule('change', 'no-change-of-person', CHANGE,
      '个人不可以变更为其他个人备案，当已备案的个人是单位法定代表人时，可以个人变单位。',
      '个人备案不能变更为其他个人；本人是单位法定代表人时可由个人变更为单位备案。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致，不一致须先在原接入商变更或注销后重新备案。'),
    noteRule('access', 'addresses-current-rules', ACCESS, '证件住所、通信地址符合当前管局规则即可，接入成功后进行变更。',
      '证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
}; // prettier-ignore
