/** 吉林 (seed 004 §7.2.2 吉林备案规则; decisions.md 12). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  domainHolder,
  domainValidity,
  domainVerification,
  domesticRegistrarOnly,
} from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, nonLocalIndividualNeedsProof, underageForbidden } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const DOMAIN_VERIFICATION = '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。';
const FOREIGN_REGISTRAR = '境外注册的域名不能备案。';
const FOREIGN_REGISTRAR_DESC = '境外注册商注册的域名不能在吉林备案，须先转入境内已获工信部批复的注册商。';
const ACCESS_CURRENT = '接入备案信息符合当前管局规则即可，可接入成功后再进行变更。';

export const JL: ProvincePack = {
  province: 'JL',
  unit: [
    checkRule('subject-leader-legal-rep', IMPORTANT,
      '主体负责人须为法定代表人，若不是法定代表人需提供授权委托书（用通用的授权委托书即可）。',
      '主体负责人应为法定代表人；不是时须提供授权委托书（通用模板即可）。',
      subjectLeaderMustBeLegalRep({ alternative: ['authorization_letter'] })),
    checkRule('enterprise-cert-type', IMPORTANT, '企业需使用营业执照备案。',
      '企业须使用营业执照备案（其他单位使用本类单位的证件）。', enterpriseCertTypes(['business_license'])),
    checkRule('underage', IMPORTANT, '负责人未满十八周岁不能备案。',
      '主体负责人和网站负责人须年满18周岁。', underageForbidden()),
    checkRule('domestic-registrar', IMPORTANT, FOREIGN_REGISTRAR, FOREIGN_REGISTRAR_DESC, domesticRegistrarOnly()),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称或法定代表人姓名一致。',
      '域名持有者须为主办单位本身或其法定代表人。', domainHolder(['subject', 'legal_rep'])),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件原件的照片（如营业执照）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件原件的照片（如身份证正反面）；平台基本资料规则要求该资料，审核员核对是否为有效原件。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-proof', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前后企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。单位名称变更前后企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更须提供工商变更证明（政府事业单位为上级部门函件）；前后无关联须注销后重新备案。'),
    noteRule('access', 'current-rules', ACCESS, ACCESS_CURRENT, '接入备案信息符合当前管局规则即可，接入成功后再变更。'),
  ],
  individual: [
    checkRule('domestic-registrar', IMPORTANT, FOREIGN_REGISTRAR, FOREIGN_REGISTRAR_DESC, domesticRegistrarOnly()),
    checkRule('non-local-residence-proof', IMPORTANT, '证件住所需为本省，如非本省，需上传本省“居住证”（学生可上传学生证）。',
      '证件住所不在吉林的，须上传吉林的居住证（学生可上传学生证）。',
      nonLocalIndividualNeedsProof({ what: '吉林的居住证（学生可上传学生证）' })),
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
      '居住证电子版（非必选）：非本省证件需上传本省“居住证”（学生可上传学生证）。',
      '非本省证件才须上传吉林的居住证或学生证（由备案重要规则“证件住所需为本省”检查，审核员核对证件）。'),
    noteRule('change', 'no-change-of-person', CHANGE,
      '个人不可以变更为其他个人备案，当已备案的个人是单位法定代表人时，可以个人变单位。',
      '个人备案不能变更为其他个人；本人是单位法定代表人时可由个人变更为单位备案。'),
    noteRule('access', 'current-rules', ACCESS, ACCESS_CURRENT, '接入备案信息符合当前管局规则即可，接入成功后再变更。'),
  ],
}; // prettier-ignore
