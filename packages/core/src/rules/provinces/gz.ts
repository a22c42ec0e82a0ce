/** 贵州 (seed 004 §7.8.2 贵州备案规则). */
import { enterpriseCertTypes } from '../library/certificates.js';
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { subjectLeaderMustBeLegalRep, websiteLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, nonLocalIndividualNeedsProof, underageForbidden } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const DOMAIN_VERIFICATION = '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。';

export const GZ: ProvincePack = {
  province: 'GZ',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案（其他单位使用本类单位的证件）。',
      enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人和网站负责人需填写法定代表人',
      '主体负责人须为单位的法定代表人（授权委托书只适用于网站负责人）。', subjectLeaderMustBeLegalRep()),
    checkRule('website-leader-legal-rep', IMPORTANT,
      '网站负责人需填写法定代表人，若网站负责人不是法定代表人，需提供法定代表人授权委托书。',
      '网站负责人应为法定代表人；不是时须提供法定代表人授权委托书。',
      websiteLeaderMustBeLegalRep({ alternative: ['authorization_letter'] })),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致。',
      '域名持有者须为主办单位本身（不接受法定代表人或他人名下的域名）。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件原件的照片（如营业执照）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为身份证，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'authorization-letter', MATERIALS,
      '授权委托书电子版（非必选）：若网站负责人非法定代表人，需提供授权委托书。',
      '网站负责人不是法定代表人时上传的授权委托书由审核员核对；是否需要由备案重要规则中的网站负责人一条检查。'),
    noteRule('change', 'change-to-other-subject', CHANGE, '单位性质备案可以变更到其他单位或个人性质备案，无需提供变更证明。',
      '单位备案可以变更为其他单位或个人备案，无需变更证明。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，不一致需先到原接入商变更备案或注销备案后重新备案。',
      '接入时单位名称和证件号码须与工信部备案信息一致，不一致须先在原接入商变更或注销后重新备案。'),
    noteRule('access', 'leaders-match-registry', ACCESS,
      '主体负责人、网站负责人需与原备案信息一致，不一致需先到原接入商进行变更备案。',
      '接入时主体负责人和网站负责人须与原备案信息一致，不一致须先在原接入商变更。'),
    noteRule('access', 'addresses-current-rules', ACCESS, '证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
  ],
  individual: [
    checkRule('residence-proof', IMPORTANT, '证件住所需为本省，如非本省，需上传本省“居住证”或“居住证”。',
      '证件住所不在贵州的，须上传贵州的居住证或暂住证。', nonLocalIndividualNeedsProof()),
    checkRule('underage', IMPORTANT, '未满十八周岁不能备案。', '备案人须年满18周岁。', underageForbidden()),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '须上传本人有效证件原件的照片；证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'residence-proof-material', MATERIALS,
      '居住证（非必选）：证件住所需为本省，如非本省，需上传本人“居住证”或“居住证”。',
      '证件住所不在贵州时上传的居住证或暂住证由审核员核对；是否需要由备案重要规则中的证件住所一条检查。'),
    noteRule('change', 'change-to-other-subject', CHANGE, '个人性质备案可以变更为其他个人或单位备案。',
      '个人备案可以变更为其他个人或单位备案。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致，不一致须先在原接入商变更或注销后重新备案。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入成功后再变更。'),
  ],
}; // prettier-ignore
