/** 河南 (seed 004 §7.6.1 河南备案规则). */
import { enterpriseCertTypes } from '../library/certificates.js';
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import {
  certificateValidity,
  nonLocalIndividualForbidden,
  underageForbidden,
  underageNeedsMaterial,
} from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const SMS_QUOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const SMS_DESCRIPTION = '接入备案初审后，须由原备案信息中的网站负责人完成短信验证，才进入管局审核。';
const ACCESS_QUOTE =
  '接入备案信息需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。';
const ACCESS_DESCRIPTION =
  '接入时填写的备案信息须与工信部备案信息一致，不一致须先到原接入商变更或注销后重新备案。';
const FILED_DOMAIN_QUOTE =
  '已取得备案号的域名必须可以访问且网站下方须有备案号标识，备案号必须与实际备案号一致。';
const FILED_DOMAIN_DESCRIPTION =
  '已备案的域名须能正常访问，网站底部须展示与实际一致的备案号（备案后由核查检查）。';

export const HA: ProvincePack = {
  province: 'HA',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业需使用最新证件（即三证合一证件）备案。',
      '企业须使用三证合一的营业执照（统一社会信用代码）备案，不接受组织机构代码证等旧证件。',
      enterpriseCertTypes(['business_license'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人需填写法定代表人',
      '主体负责人须为单位的法定代表人，没有替代材料。', subjectLeaderMustBeLegalRep()),
    checkRule('underage-forbidden', IMPORTANT, '负责人未满十八周岁不能备案。',
      '主体负责人和网站负责人须年满18周岁。', underageForbidden()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致。',
      '域名持有者须为主办单位本身（不接受法定代表人或他人名下的域名）。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'filed-domain-accessible', IMPORTANT, FILED_DOMAIN_QUOTE, FILED_DOMAIN_DESCRIPTION),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件（如营业执照）原件的彩色照片；预检已列为基本资料，是否为原件、清晰有效由审核员核对。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件（如身份证）原件的彩色照片；预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件（如身份证）原件的彩色照片；网站负责人另有其人时预检已列为基本资料，由审核员核对。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-unrelated', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。',
      '单位名称变更且前后单位没有关联的，不能直接变更，须注销备案后重新备案。'),
    noteRule('change', 'name-change-related', CHANGE,
      '单位名称变更前企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更且前后单位有关联的，须提供工商变更证明（政府、事业单位为上级部门函件）。'),
    noteRule('access', 'info-matches-registry', ACCESS, ACCESS_QUOTE, ACCESS_DESCRIPTION),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_QUOTE, SMS_DESCRIPTION),
  ],
  individual: [
    checkRule('non-local-forbidden', IMPORTANT, '非本省身份证不能进行个人备案',
      '个人备案须使用河南省的证件（证件住所在河南），非本省证件不能在河南备案。', nonLocalIndividualForbidden()),
    checkRule('underage-guardian-id', IMPORTANT, '未满18周岁需提供监护人有效身份证件。',
      '未满18周岁的备案人须提供监护人的有效身份证件。', underageNeedsMaterial('guardian_id')),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'filed-domain-accessible', IMPORTANT, FILED_DOMAIN_QUOTE, FILED_DOMAIN_DESCRIPTION),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('certificate-validity', MATERIALS, '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'no-change-of-person', CHANGE, '个人不可以变更为其他个人备案，当已备案的个人是单位法定代表人时，可以个人变单位。',
      '个人备案不能变更为其他个人；备案人是单位法定代表人时可以由个人变更为单位。'),
    noteRule('access', 'info-matches-registry', ACCESS, ACCESS_QUOTE, ACCESS_DESCRIPTION),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_QUOTE, SMS_DESCRIPTION),
  ],
}; // prettier-ignore
