/** 重庆 (seed 004 §7.8.1 重庆备案规则). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  chongqingConstructionPlan,
  domainHolder,
  domainValidity,
  domainVerification,
  domesticRegistrarOnly,
  oneDomainPerWebsite,
} from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, nonLocalIndividualForbidden, underageForbidden } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const DOMESTIC_REGISTRAR = '必须使用境内注册商注册的域名备案。';
const DOMAIN_VERIFICATION = '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。';
const CONSTRUCTION_PLAN = '主体下网站数量超过5个网站，需提供每个网站的网站建设方案书及承诺书。';
const ACCESS_SMS_QUOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const ACCESS_SMS_DESCRIPTION = '接入备案初审后，原备案信息中的网站负责人须完成短信验证，才进入管局审核。';

export const CQ: ProvincePack = {
  province: 'CQ',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案（其他单位使用本类单位的证件）。',
      enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人需填写法定代表人',
      '主体负责人须为单位的法定代表人，没有其他替代办法。', subjectLeaderMustBeLegalRep()),
    checkRule('leader-underage', IMPORTANT, '负责人未满十八周岁不能备案。',
      '主体负责人和网站负责人须年满18周岁。', underageForbidden()),
    checkRule('domestic-registrar', IMPORTANT, DOMESTIC_REGISTRAR,
      '域名须在境内已获工信部批复的注册商处注册，境外注册商的域名须先转入。', domesticRegistrarOnly()),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT,
      '域名持有者需与主办单位名称（含股东）、法定代表人姓名、单位主要负责人或高级管理人员一致。若域名持有者不在单位名称下，需要提供“有关域名注册人的证明”文件。',
      '域名持有者须为主办单位本身、法定代表人、股东、单位主要负责人或高级管理人员；不在单位名下的域名须提供域名注册人的证明。',
      domainHolder(
        ['subject', 'legal_rep', 'shareholder', 'senior_manager'],
        ['legal_rep', 'shareholder', 'senior_manager'],
      )),
    checkRule('one-domain-per-website', IMPORTANT,
      '每个网站只能报备一个域名，即使多个域名指向同一网站，也需要分为多个网站报备。',
      '每个网站只能填写一个域名；多个域名指向同一网站时也须分为多个网站报备。', oneDomainPerWebsite()),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    checkRule('certificate-validity', MATERIALS, '若证件类型为身份证，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件原件的照片（如营业执照）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('change', 'change-to-other-subject', CHANGE, '单位性质备案可以变更到其他单位或个人性质备案，无需提供变更证明。',
      '单位备案可以变更为其他单位或个人备案，无需变更证明。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，不一致需先到原接入商变更备案或注销备案后重新备案。',
      '接入时单位名称须与工信部备案信息一致，不一致须先在原接入商变更或注销后重新备案。'),
    noteRule('access', 'leaders-match-registry', ACCESS,
      '主体负责人、网站负责人需与原备案信息一致，不一致需先到原接入商进行变更备案。',
      '接入时主体负责人和网站负责人须与原备案信息一致，不一致须先在原接入商变更。'),
    noteRule('access', 'addresses-current-rules', ACCESS, '证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
  individual: [
    checkRule('domestic-registrar', IMPORTANT, DOMESTIC_REGISTRAR,
      '域名须在境内已获工信部批复的注册商处注册，境外注册商的域名须先转入。', domesticRegistrarOnly()),
    checkRule('non-local-id', IMPORTANT, '非本省身份证不能进行个人备案。',
      '证件住所不在重庆的个人不能在重庆备案。', nonLocalIndividualForbidden()),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('construction-plan', IMPORTANT, CONSTRUCTION_PLAN,
      '主体下网站（已备案加本次提交）超过5个时，须为每个网站提供网站建设方案书和承诺书。', chongqingConstructionPlan()),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '须上传本人有效证件原件的照片；证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'construction-plan-materials', MATERIALS, CONSTRUCTION_PLAN,
      '网站超过5个时上传的网站建设方案书和承诺书由审核员核对内容；是否需要由备案重要规则中的同一条检查。'),
    noteRule('change', 'change-to-other-subject', CHANGE, '个人性质备案可以变更到其他个人或单位备案。',
      '个人备案可以变更为其他个人或单位备案。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致，不一致须先在原接入商变更或注销后重新备案。'),
    noteRule('access', 'addresses-current-rules', ACCESS, '证件住所、通信地址符合当前管局规则即可，接入成功后进行变更。',
      '证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, ACCESS_SMS_QUOTE, ACCESS_SMS_DESCRIPTION),
  ],
}; // prettier-ignore
