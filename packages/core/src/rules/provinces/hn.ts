/** 湖南 (seed 004 §7.6.3 湖南备案规则; §6 网站建设方案书). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  domainCertificates,
  domainHolder,
  domainValidity,
  domainVerification,
  domesticRegistrarOnly,
} from '../library/domains.js';
import { subjectLeaderMustBeLegalRep, websiteLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, mobileMustBeLocal, underageForbidden } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const MATERIALS_S6 = '备案所需资料（§6）';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const SMS_QUOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const SMS_DESCRIPTION = '接入备案初审后，须由原备案信息中的网站负责人完成短信验证，才进入管局审核。';
const ACCESS_QUOTE =
  '接入备案信息需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。';
const ACCESS_DESCRIPTION =
  '接入时填写的备案信息须与工信部备案信息一致，不一致须先到原接入商变更或注销后重新备案。';
const FOREIGN_REGISTRAR_QUOTE = '境外注册的域名不能备案。';
const FOREIGN_REGISTRAR_DESCRIPTION =
  '域名须在境内已获工信部批复的注册商注册，境外注册的域名须先转入境内注册商。';
const CERTIFICATES_QUOTE = '需提供本次订单内所有的域名证书。';
const CERTIFICATES_DESCRIPTION = '须为本次订单内的每个域名提供域名证书（decisions 15：每个订单都要）。';
const CERTIFICATES_UPLOAD_QUOTE = '域名证书电子版：新增接入和变更备案时需提交本次订单内所有的域名证书。';
const CERTIFICATES_UPLOAD_DESCRIPTION =
  '上传的域名证书由审核员核对；预检按重要规则 domain-certificates 对每个订单的所有域名提出（decisions 15）。';

export const HN: ProvincePack = {
  province: 'HN',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案。', enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人和网站负责人需填写法定代表人',
      '主体负责人须为单位的法定代表人（授权委托书只适用于网站负责人）。', subjectLeaderMustBeLegalRep()),
    checkRule('website-leader-authorization', IMPORTANT, '若网站负责人不是法定代表人，需提供法定代表人授权委托书。',
      '网站负责人应为法定代表人；不是时须提供法定代表人授权委托书。',
      websiteLeaderMustBeLegalRep({ alternative: ['authorization_letter'] })),
    checkRule('underage-forbidden', IMPORTANT, '负责人未满十八周岁不能备案',
      '主体负责人和网站负责人须年满18周岁。', underageForbidden()),
    checkRule('mobile-local', IMPORTANT, '备案手机号码需为本省号码。',
      '负责人的手机号码须为湖南省号码（号码归属地无法确定时不判断）。', mobileMustBeLocal()),
    checkRule('domestic-registrar', IMPORTANT, FOREIGN_REGISTRAR_QUOTE, FOREIGN_REGISTRAR_DESCRIPTION, domesticRegistrarOnly()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致',
      '域名持有者须为主办单位本身（不接受法定代表人或他人名下的域名）。', domainHolder(['subject'])),
    checkRule('domain-certificates', IMPORTANT, CERTIFICATES_QUOTE, CERTIFICATES_DESCRIPTION, domainCertificates()),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件（如营业执照）原件的彩色照片；预检已列为基本资料，是否为原件、清晰有效由审核员核对。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件（如身份证）原件的彩色照片；预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件（如身份证）原件的彩色照片；网站负责人另有其人时预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'domain-certificates-upload', MATERIALS, CERTIFICATES_UPLOAD_QUOTE, CERTIFICATES_UPLOAD_DESCRIPTION),
    noteRule('reviewer', 'authorization-letter-upload', MATERIALS, '授权委托书电子版（非必选）：若网站负责人非法定代表人，需提供授权委托书。',
      '网站负责人不是法定代表人时上传的授权委托书（预检由重要规则 website-leader-authorization 提出），由审核员核对。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-unrelated', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前后企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。',
      '单位名称变更且前后单位没有关联的，不能直接变更，须注销备案后重新备案。'),
    noteRule('change', 'name-change-related', CHANGE,
      '单位名称变更前后企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更且前后单位有关联的，须提供工商变更证明（政府、事业单位为上级部门函件）。'),
    noteRule('access', 'info-matches-registry', ACCESS, ACCESS_QUOTE, ACCESS_DESCRIPTION),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_QUOTE, SMS_DESCRIPTION),
  ],
  individual: [
    checkRule('underage-forbidden', IMPORTANT, '未满十八周岁不能备案。', '备案人须年满18周岁。', underageForbidden()),
    checkRule('mobile-local', IMPORTANT, '负责人手机号码需为本省号码。',
      '手机号码须为湖南省号码（号码归属地无法确定时不判断）。', mobileMustBeLocal()),
    checkRule('domestic-registrar', IMPORTANT, FOREIGN_REGISTRAR_QUOTE, FOREIGN_REGISTRAR_DESCRIPTION, domesticRegistrarOnly()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('domain-certificates', IMPORTANT, CERTIFICATES_QUOTE, CERTIFICATES_DESCRIPTION, domainCertificates()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('certificate-validity', MATERIALS, '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'domain-certificates-upload', MATERIALS, CERTIFICATES_UPLOAD_QUOTE, CERTIFICATES_UPLOAD_DESCRIPTION),
    noteRule('reviewer', 'construction-plan', MATERIALS_S6, '广东省、湖南省、湖北省等省份管局要求，如果备案主体域名过多，需提供网站建设方案书。',
      '备案主体下域名过多时，管局可能要求提供网站建设方案书；湖南没有给出数量门槛，是否需要由审核员判断（decisions 24）。'),
    noteRule('change', 'no-change-of-person', CHANGE, '个人不可以变更为其他个人备案，当已备案的个人是单位法定代表人时，可以个人变单位。',
      '个人备案不能变更为其他个人；备案人是单位法定代表人时可以由个人变更为单位。'),
    noteRule('access', 'info-matches-registry', ACCESS, ACCESS_QUOTE, ACCESS_DESCRIPTION),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_QUOTE, SMS_DESCRIPTION),
  ],
}; // prettier-ignore
