/** 江西 (seed 004 §7.4.7 江西备案规则; §6 编办证明). */
import { enterpriseCertTypes } from '../library/certificates.js';
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { establishmentProof } from '../library/materials.js';
import { websiteNaming } from '../library/naming.js';
import {
  certificateValidity,
  nonLocalIndividualForbidden,
  nonLocalLeaderNeedsResidenceProof,
} from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

// 江西's section uses the shorter headings 重要规则 / 所需资料 (and 变更备案 for individuals).
const IMPORTANT = '重要规则';
const MATERIALS = '所需资料';
const MATERIALS_S6 = '备案所需资料（§6）';
const CHANGE = '变更备案规则';
const CHANGE_INDIVIDUAL = '变更备案';
const ACCESS = '接入备案规则';

export const JX: ProvincePack = {
  province: 'JX',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业需使用营业执照备案。',
      '企业须使用营业执照备案（其他单位使用本类单位的证件）。', enterpriseCertTypes(['business_license'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人需填写法定代表人。',
      '主体负责人须为单位的法定代表人，没有替代材料。', subjectLeaderMustBeLegalRep()),
    checkRule('website-leader-residence-proof', IMPORTANT, '若网站负责人身份证非江西省，需提供江西省“居住证/居住证”。',
      '网站负责人（含同主体负责人的情况）的身份证不是江西省签发的，须提供其江西省居住证。', nonLocalLeaderNeedsResidenceProof('website_leader')),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称（含股东）、法定代表人姓名、单位主要负责人或高级管理人员一致。',
      '域名持有者须为主办单位本身、其股东、法定代表人、单位主要负责人或高级管理人员。',
      domainHolder(['subject', 'legal_rep', 'shareholder', 'senior_manager'])),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件（如营业执照）原件的彩色照片；预检已列为基本资料，是否为原件、清晰有效由审核员核对。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件（如身份证）原件的彩色照片；预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件（如身份证）原件的彩色照片；网站负责人另有其人时预检已列为基本资料，由审核员核对。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'residence-proof-upload', MATERIALS, '居住证电子版（非必选）：若网站负责人身份证非江西省，需提供居住证。',
      '网站负责人身份证非江西省时上传的江西省居住证（预检由重要规则 website-leader-residence-proof 提出），由审核员核对。'),
    checkRule('establishment-proof', MATERIALS_S6,
      '部分省份（云南、内蒙、黑龙江、江西）管局要求事业单位和政府机关申请备案时，需提供上级部门颁发的编办证明。',
      '事业单位和政府机关须提供上级部门颁发的编办证明。', establishmentProof()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-unrelated', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。',
      '单位名称变更且前后单位没有关联的，不能直接变更，须注销备案后重新备案。'),
    noteRule('change', 'name-change-related', CHANGE,
      '单位名称变更前企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更且前后单位有关联的，须提供工商变更证明（政府、事业单位为上级部门函件）。'),
    noteRule('change', 'cert-number-change', CHANGE, '证件号码变更需变更备案时，不需要提供变更资料。',
      '只变更证件号码时无需提供变更资料。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，不一致需先到原接入商变更备案或注销备案后重新备案。',
      '接入时单位名称须与工信部备案信息一致，不一致须先到原接入商变更或注销后重新备案。'),
    noteRule('access', 'leaders-match-registry', ACCESS, '主体负责人、网站负责人需与原备案信息一致，不一致需先到原接入商进行变更备案。',
      '接入时主体负责人、网站负责人须与工信部备案信息一致，不一致须先到原接入商变更。'),
    noteRule('access', 'address-current-rules', ACCESS, '证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件住所、通信地址符合当前规则即可，接入后再变更。'),
  ],
  individual: [
    checkRule('non-local-forbidden', IMPORTANT, '证件住所需为本省。',
      '个人备案的证件住所须在江西省，非本省证件不能在江西备案。', nonLocalIndividualForbidden()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('certificate-validity', MATERIALS, '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'no-change-of-person', CHANGE_INDIVIDUAL, '个人不可以变更为其他个人备案，当已备案的个人是单位法定代表人时，可以个人变单位。',
      '个人备案不能变更为其他个人；备案人是单位法定代表人时可以由个人变更为单位。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致。'),
    noteRule('access', 'address-current-rules', ACCESS, '证件住所、通信地址符合当前管局规则即可，接入成功后进行变更。',
      '证件住所、通信地址符合当前规则即可，接入后再变更。'),
  ],
}; // prettier-ignore
