/** 安徽 (seed 004 §7.4.1 安徽备案规则). */
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { subjectLeaderMustBeLegalRep, websiteLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity } from '../library/persons.js';
import { allOf, checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const SMS_NOTE =
  '接入备案在初审完成后，需原备案信息中的网站负责人进行短信验证，完成短信验证备案申请才能进入管局审核环节。';

export const AH: ProvincePack = {
  province: 'AH',
  unit: [
    noteRule('reviewer', 'enterprise-cert-type', IMPORTANT, '企业可使用营业执照备案。',
      '企业可使用营业执照备案；证件是否有效由审核员核对。'),
    checkRule('leaders-legal-rep', IMPORTANT,
      '主体负责人、网站负责人均需填写法定代表人。若网站负责人非法定代表人，需提供授权书。',
      '主体负责人须为法定代表人（没有替代材料）；网站负责人应为法定代表人，不是时须提供授权书。',
      allOf(subjectLeaderMustBeLegalRep(), websiteLeaderMustBeLegalRep({ alternative: ['authorization_letter'] }))),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称或法定代表人姓名一致。',
      '域名持有者须为主办单位本身或其法定代表人。', domainHolder(['subject', 'legal_rep'])),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
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
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-unrelated', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前后企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。',
      '单位名称变更且前后单位没有关联的，不能直接变更，须注销备案后重新备案。'),
    noteRule('change', 'name-change-related', CHANGE,
      '单位名称变更前后企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更且前后单位有关联的，须提供工商变更证明（政府、事业单位为上级部门函件）。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，若不一致需提供工商部门开具的变更证明才可接入。如无法提供变更证明，需注销备案后重新提交备案申请。',
      '接入时单位名称须与工信部备案信息一致，不一致须提供工商变更证明，无法提供的须注销后重新备案。'),
    noteRule('access', 'other-fields-current-rules', ACCESS,
      '证件号码、负责人信息、证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件号码、负责人、证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_NOTE,
      '接入备案初审后，原备案信息中的网站负责人须完成短信核验，才进入管局审核。'),
  ],
  individual: [
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '须上传本人有效证件原件的彩色照片，证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'no-change-of-person', CHANGE, '个人不可以变更为其他个人备案，当已备案的个人是单位法定代表人时，可以个人变单位。',
      '个人备案不能变更为其他个人；备案人是单位法定代表人时可以由个人变更为单位。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致，不一致须先到原接入商变更或注销后重新备案。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('access', 'sms-original-website-leader', ACCESS, SMS_NOTE,
      '接入备案初审后，原备案信息中的网站负责人须完成短信核验，才进入管局审核。'),
  ],
}; // prettier-ignore
