/** 新疆 (seed 004 §7.7.5 新疆备案规则). */
import { enterpriseCertTypes } from '../library/certificates.js';
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, nonLocalIndividualForbidden } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const SMS_QUOTE = '备案提交管局后，备案负责人需按照工信部短信通知要求完成验证。';
const SMS_DESCRIPTION = '提交管局后，负责人须按工信部短信通知完成短信核验（流程中的“短信核验”步骤）。';
const ACCESS_QUOTE = '接入备案信息符合当前管局规则即可，可接入成功后再进行变更。';
const ACCESS_DESCRIPTION = '接入备案的信息符合当前管局规则即可，与原备案不一致的可在接入成功后再变更。';
const ACCESS_SMS_QUOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const ACCESS_SMS_DESCRIPTION = '接入备案初审后，须由原备案信息中的网站负责人完成短信验证，才进入管局审核。';

export const XJ: ProvincePack = {
  province: 'XJ',
  unit: [
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人须为法定代表人，若不是法定代表人需提供授权委托书（用通用的授权委托书即可）。',
      '主体负责人应为法定代表人；不是时须提供授权委托书（通用模板即可）。',
      subjectLeaderMustBeLegalRep({ alternative: ['authorization_letter'] })),
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案。', enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致。',
      '域名持有者须为主办单位本身（不接受法定代表人或他人名下的域名）。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'sms-verification', IMPORTANT, SMS_QUOTE, SMS_DESCRIPTION),
    noteRule('reviewer', 'unit-certificate-original', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '上传主办单位有效证件原件的电子版（如营业执照），审核员核对是否为原件。'),
    noteRule('reviewer', 'subject-leader-id-original', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '上传主体负责人有效证件原件的电子版（如身份证），审核员核对是否为原件。'),
    noteRule('reviewer', 'website-leader-id-original', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '上传网站负责人有效证件原件的电子版（如身份证），审核员核对是否为原件。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'change-to-other-subject', CHANGE, '单位性质备案可以变更其他单位或个人性质备案，无需提供变更证明。',
      '单位备案可以变更为其他单位或个人备案，无需变更证明。'),
    noteRule('access', 'current-rules', ACCESS, ACCESS_QUOTE, ACCESS_DESCRIPTION),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
  individual: [
    checkRule('non-local-id', IMPORTANT, '非本省身份证不能进行个人备案。',
      '证件住所不在新疆的个人不能在新疆备案。', nonLocalIndividualForbidden()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'sms-verification', IMPORTANT, SMS_QUOTE, SMS_DESCRIPTION),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '上传本人有效证件原件的电子版；证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'change-to-other-subject', CHANGE, '个人性质备案可以变更其他个人或单位备案。',
      '个人备案可以变更为其他个人或单位备案。'),
    noteRule('access', 'current-rules', ACCESS, ACCESS_QUOTE, ACCESS_DESCRIPTION),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
}; // prettier-ignore
