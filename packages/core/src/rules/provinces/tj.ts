/** 天津 (seed 004 §7.3.5 天津备案规则, with §7.9.1 天津地区备案网站内容说明; decisions.md 23). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  domainHolder,
  domainValidity,
  domainVerification,
  privacyProtectionOff,
} from '../library/domains.js';
import {
  leadersMustDiffer,
  mobileNotSharedBetweenLeaders,
  subjectLeaderMustBeLegalRep,
} from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, underageForbidden } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';
/** seed 004 §7.9.1: reviewer checks except the two leader rules of decisions.md 23. */
const CONTENT = '天津地区备案网站内容说明（§7.9.1）';

const DOMAIN_VERIFICATION = '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。';
const SMS_NOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const SMS_AFTER_SUBMIT = '备案提交管局后，备案负责人需按照工信部短信通知要求完成验证。';
const SMS_AFTER_SUBMIT_DESC =
  '备案提交管局后，负责人须按工信部短信通知完成核验（天津为短信核验省份，系统为每个订单安排短信核验步骤，48小时内未完成将被退回）。';
const PRIVACY = '若域名设置了隐私保护，备案期间需关闭。';
const PRIVACY_DESC = '备案期间须关闭域名的 WHOIS 隐私保护。';
const HUAYUAN_DESC =
  '通信地址在华苑地区的，按环线位置选择所属区域：环内选南开区，环外选西青区（审核员核对）。';
const INDIVIDUAL_BUSINESS =
  '个体工商户：必须以企业性质备案。有字号的请填写个体工商户营业执照上的“单位名称”全称；无字号的请填写法定代表人姓名，后面加（个体工商户），例如，张某某（个体工商户）。';
const INDIVIDUAL_BUSINESS_DESC =
  '个体工商户须以企业性质备案：有字号的填营业执照上的单位名称全称，无字号的填“法定代表人姓名（个体工商户）”（审核员核对）。';
const ACCESSIBLE = '主体备案号下发半年以上的网站必须能够开通访问。';
const ACCESSIBLE_DESC = '主体备案号下发满半年的网站必须能正常访问（备案后核查）。';

export const TJ: ProvincePack = {
  province: 'TJ',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业需使用营业执照正本或副本，无年检章要求。',
      '企业须使用营业执照（正本或副本均可，无需年检章）备案。', enterpriseCertTypes(['business_license'])),
    noteRule('reviewer', 'huayuan-district', IMPORTANT,
      '通信地址若为“华苑”地区，请根据所处环线位置选择所属区域：环内为南开区，环外为西青区。', HUAYUAN_DESC),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人需填写法定代表人',
      '主体负责人须为单位的法定代表人（无替代材料）。', subjectLeaderMustBeLegalRep()),
    checkRule('leaders-differ', IMPORTANT, '网站负责人与主体负责人不能为同一人',
      '单位的网站负责人与主体负责人不能是同一人（§7.9.1 重申）。', leadersMustDiffer()),
    checkRule('underage', IMPORTANT, '负责人未满十八周岁不能备案。',
      '主体负责人和网站负责人须年满18周岁。', underageForbidden()),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT,
      '域名持有者需与主办单位名称（含股东）、法定代表人姓名、单位主要负责人或高级管理人员一致，其中股东需提供公司章程、单位主要负责人或高级管理人员需提供近6个月社保作为证明材料',
      '域名持有者须为主办单位、法定代表人、股东、单位主要负责人或高级管理人员；股东持有须提供公司章程，主要负责人或高级管理人员持有须提供近6个月社保证明。',
      domainHolder(['subject', 'legal_rep', 'shareholder', 'senior_manager'], ['shareholder', 'senior_manager'])),
    checkRule('domain-privacy', IMPORTANT, PRIVACY, PRIVACY_DESC, privacyProtectionOff()),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'sms-verification', IMPORTANT, SMS_AFTER_SUBMIT, SMS_AFTER_SUBMIT_DESC),
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
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。单位名称变更前企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更须提供工商变更证明（政府事业单位为上级部门函件）；前后无关联须注销后重新备案。'),
    noteRule('access', 'subject-leader-matches-registry', ACCESS,
      '主体负责人需与原备案信息（工信部备案信息）一致。如果不一致，但主体信息在阿里云，需先到原接入商变更备案，或注销备案后重新提交备案申请；主体信息不在阿里云，可接入成功后再进行变更。',
      '接入时主体负责人须与工信部备案信息一致；不一致且主体已在本平台的，须先在原接入商变更或注销后重新备案；主体不在本平台的，可接入成功后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_NOTE,
      '接入备案初审后，原备案信息中的网站负责人须完成短信验证，才进入管局审核。'),
    noteRule('reviewer', 'individual-business', CONTENT, INDIVIDUAL_BUSINESS, INDIVIDUAL_BUSINESS_DESC),
    noteRule('reviewer', 'site-accessible', CONTENT, ACCESSIBLE, ACCESSIBLE_DESC),
    checkRule('mobile-not-shared', CONTENT,
      '单位备案的主体负责人和网站负责人不能是同一个人，且相同的手机号码不能出现在不同的负责人信息里。',
      '同一手机号码不能出现在不同负责人的信息中（主体负责人与网站负责人不能为同一人，由“备案重要规则”检查）。',
      mobileNotSharedBetweenLeaders()),
  ],
  individual: [
    checkRule('underage', IMPORTANT, '未满十八周岁不能备案。', '备案人须年满18周岁。', underageForbidden()),
    noteRule('reviewer', 'huayuan-district', IMPORTANT,
      '若通信地址为“华苑”地区，请根据所处环线位置选择所属区域：环内为南开区，环外为西青区。', HUAYUAN_DESC),
    checkRule('domain-verification', IMPORTANT, DOMAIN_VERIFICATION,
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('domain-privacy', IMPORTANT, PRIVACY, PRIVACY_DESC, privacyProtectionOff()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'sms-verification', IMPORTANT, SMS_AFTER_SUBMIT, SMS_AFTER_SUBMIT_DESC),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '须上传本人有效证件原件的照片；证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'no-change-of-person', CHANGE,
      '个人不可以变更为其他个人备案，当已备案的个人是单位法定代表人时，可以个人变单位。',
      '个人备案不能变更为其他个人；本人是单位法定代表人时可由个人变更为单位备案。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息一致，若不一致需先到原接入商进行变更备案或注销后重新备案。',
      '接入时姓名、证件号码须与工信部备案信息一致，不一致须先在原接入商变更或注销后重新备案。'),
    noteRule('access', 'address-current-rules', ACCESS, '证件住所、通信地址符合当前管局规则即可，接入成功后进行变更。',
      '证件住所、通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('reviewer', 'icp-number-on-site', ACCESS, '网站内容最下方需悬挂正确的备案号。',
      '接入后网站页面最下方须悬挂正确的备案号（备案后核查）。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_NOTE,
      '接入备案初审后，原备案信息中的网站负责人须完成短信验证，才进入管局审核。'),
    noteRule('reviewer', 'individual-business', CONTENT, INDIVIDUAL_BUSINESS,
      '个体工商户不能以个人性质备案，须以企业性质备案（审核员核对）。'),
    noteRule('reviewer', 'personal-content', CONTENT,
      '个人性质：网站名称必须与报备的名称一致。网站内容不能涉及企业、行业等信息，不能开办类似淘宝、商城等类型的网站。',
      '个人网站的实际名称须与备案的网站名称一致；内容不能涉及企业、行业信息，不能开办淘宝、商城类网站（审核员核查）。'),
    noteRule('reviewer', 'site-accessible', CONTENT, ACCESSIBLE, ACCESSIBLE_DESC),
  ],
}; // prettier-ignore
