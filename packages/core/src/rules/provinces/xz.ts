/** 西藏 (seed 004 §7.8.4 西藏备案规则). */
import { enterpriseCertTypes } from '../library/certificates.js';
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { requireMaterial } from '../library/materials.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, nonLocalIndividualForbidden, personCertTypes } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const SMS_QUOTE = '备案提交管局后，备案负责人需按照工信部短信通知要求完成验证。';
const SMS_DESCRIPTION = '提交管局后，负责人须按工信部短信通知完成短信核验（流程中的“短信核验”步骤）。';
const ACCESS_SMS_QUOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const ACCESS_SMS_DESCRIPTION = '接入备案初审后，须由原备案信息中的网站负责人完成短信验证，才进入管局审核。';
const ICP_DISPLAY_QUOTE =
  '已取得备案号的域名必须可以访问且网站下方须有备案号标识，备案号必须与实际备案号一致。';
const ICP_DISPLAY_DESCRIPTION = '已备案的域名须能访问，网站底部须展示与实际一致的备案号（备案后核查）。';

/** 首次备案需提供党政机关确认函: a unit's first filing only; it is mailed to the bureau (precheck/steps.ts). */
const partyGovConfirmation = requireMaterial(
  'party_gov_confirmation',
  '首次备案需提供党政机关确认函；阿里云审核通过后须把确认函邮寄至管局，办理流程及所需材料请咨询当地网信办。',
  (ctx) => ctx.filing.filingType === 'first_filing',
);

export const XZ: ProvincePack = {
  province: 'XZ',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案。', enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人需填写法定代表人。',
      '主体负责人须为单位的法定代表人，没有其他替代办法。', subjectLeaderMustBeLegalRep()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致。',
      '域名持有者须为主办单位本身（不接受法定代表人或他人名下的域名）。', domainHolder(['subject'])),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'icp-number-displayed', IMPORTANT, ICP_DISPLAY_QUOTE, ICP_DISPLAY_DESCRIPTION),
    noteRule('reviewer', 'sms-verification', IMPORTANT, SMS_QUOTE, SMS_DESCRIPTION),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'unit-certificate-original', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '上传主办单位有效证件原件的电子版（如营业执照），审核员核对是否为原件。'),
    noteRule('reviewer', 'subject-leader-id-original', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '上传主体负责人有效证件原件的电子版（如身份证），审核员核对是否为原件。'),
    noteRule('reviewer', 'website-leader-id-original', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '上传网站负责人有效证件原件的电子版（如身份证），审核员核对是否为原件。'),
    checkRule('party-gov-confirmation', MATERIALS, '首次备案需提供党政机关确认函。',
      '单位首次备案须提供党政机关确认函；阿里云审核通过后须邮寄至管局（流程中的“邮寄资料”步骤）。', partyGovConfirmation),
    noteRule('reviewer', 'party-gov-confirmation-mailed', MATERIALS,
      '阿里云审核通过后“党政机关确认函”需要邮寄至管局。党政机关确认函办理流程及所需材料等问题请咨询当地网信办。',
      '党政机关确认函在阿里云审核通过后邮寄至管局；办理流程和所需材料请咨询当地网信办。'),
    noteRule('change', 'change-to-other-subject', CHANGE, '单位性质备案可以变更为其他单位或个人性质备案，无需提供变更证明。',
      '单位备案可以变更为其他单位或个人备案，无需变更证明。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，不一致需先到原接入商变更备案，或提供工商部门开具的变更证明才可接入。如无法提供变更证明，需注销备案后重新提交备案申请。',
      '接入时单位名称须与工信部备案信息一致；不一致须先到原接入商变更，或提供工商变更证明，否则注销后重新备案。'),
    noteRule('access', 'other-fields-current-rules', ACCESS,
      '证件住所、通信地址、证件号码、负责人信息符合当前管局规则即可，接入成功后进行变更。',
      '证件住所、通信地址、证件号码、负责人符合当前规则即可，接入后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
  individual: [
    checkRule('resident-id-required', IMPORTANT, '中国公民必须使用身份证备案',
      '中国内地居民须使用居民身份证备案。', personCertTypes({ mainlandMustUseResidentId: true })),
    checkRule('non-local-id', IMPORTANT, '非本省身份证不能进行个人备案。',
      '证件住所不在西藏的个人不能在西藏备案。', nonLocalIndividualForbidden()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    noteRule('reviewer', 'icp-number-displayed', IMPORTANT, ICP_DISPLAY_QUOTE, ICP_DISPLAY_DESCRIPTION),
    noteRule('reviewer', 'sms-verification', IMPORTANT, SMS_QUOTE, SMS_DESCRIPTION),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '上传本人有效证件原件的电子版；证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'change-to-other-subject', CHANGE, '个人性质备案可以变更为其他个人或单位备案。',
      '个人备案可以变更为其他个人或单位备案。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致；不一致须先到原接入商变更，或注销后重新备案。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
}; // prettier-ignore
