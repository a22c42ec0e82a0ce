/** 湖北 (seed 004 §7.6.2 湖北备案规则; §6 网站建设方案书). */
import { enterpriseCertTypes } from '../library/certificates.js';
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { subjectLeaderMustBeLegalRep, websiteLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, nonLocalIndividualNeedsProof, underageForbidden } from '../library/persons.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const MATERIALS_S6 = '备案所需资料（§6）';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const SMS_QUOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';
const SMS_DESCRIPTION = '接入备案初审后，须由原备案信息中的网站负责人完成短信验证，才进入管局审核。';

export const HB: ProvincePack = {
  province: 'HB',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案。', enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人和网站负责人需填写法定代表人',
      '主体负责人须为单位的法定代表人（授权委托书只适用于网站负责人）。', subjectLeaderMustBeLegalRep()),
    checkRule('website-leader-authorization', IMPORTANT, '若网站负责人不是法定代表人，需提供法定代表人授权委托书',
      '网站负责人应为法定代表人；不是时须提供法定代表人授权委托书。',
      websiteLeaderMustBeLegalRep({ alternative: ['authorization_letter'] })),
    checkRule('underage-forbidden', IMPORTANT, '未满十八周岁不能备案。', '主体负责人和网站负责人须年满18周岁。', underageForbidden()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称或法定代表人姓名一致。',
      '域名持有者须为主办单位本身或其法定代表人。', domainHolder(['subject', 'legal_rep'])),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照电子版等。',
      '须上传主办单位有效证件（如营业执照）原件的彩色照片；预检已列为基本资料，是否为原件、清晰有效由审核员核对。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证电子版等。',
      '须上传主体负责人有效证件（如身份证）原件的彩色照片；预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证电子版等。',
      '须上传网站负责人有效证件（如身份证）原件的彩色照片；网站负责人另有其人时预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'authorization-letter-upload', MATERIALS, '授权委托书电子版（非必选）：若网站负责人非法定代表人，需提供法定代表人授权委托书。',
      '网站负责人不是法定代表人时上传的法定代表人授权委托书（预检由重要规则 website-leader-authorization 提出），由审核员核对。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-unrelated', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。',
      '单位名称变更且前后单位没有关联的，不能直接变更，须注销备案后重新备案。'),
    noteRule('change', 'name-change-related', CHANGE,
      '单位名称变更前企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更且前后单位有关联的，须提供工商变更证明（政府、事业单位为上级部门函件）。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时单位名称须与工信部备案信息一致，不一致须先到原接入商变更或注销后重新备案。'),
    noteRule('access', 'other-fields-current-rules', ACCESS, '证件住所、通信地址、证件号码、负责人信息符合当前管局规则即可，接入成功后进行变更。',
      '证件住所、通信地址、证件号码、负责人符合当前规则即可，接入后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_QUOTE, SMS_DESCRIPTION),
  ],
  individual: [
    checkRule('non-local-residence-proof', IMPORTANT, '证件住所需为本省，如非本省，需上传本省“居住证”或“居住证”。',
      '证件住所应在湖北省；不在湖北的须上传湖北省居住证。',
      nonLocalIndividualNeedsProof({ what: '湖北省居住证' })),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('certificate-validity', MATERIALS, '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'residence-proof-upload', MATERIALS, '居住证电子版（非必选）：非本省证件需上传“居住证”。',
      '非本省证件上传的湖北省居住证（预检由重要规则 non-local-residence-proof 提出），由审核员核对。'),
    noteRule('reviewer', 'construction-plan', MATERIALS_S6, '广东省、湖南省、湖北省等省份管局要求，如果备案主体域名过多，需提供网站建设方案书。',
      '备案主体下域名过多时，管局可能要求提供网站建设方案书；湖北没有给出数量门槛，是否需要由审核员判断（decisions 24）。'),
    noteRule('change', 'no-change-of-person', CHANGE, '个人性质备案不可以变更其他个人或单位备案。',
      '个人备案不能变更为其他个人或单位。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_QUOTE, SMS_DESCRIPTION),
  ],
}; // prettier-ignore
