/** 江苏 (seed 004 §7.4.3 江苏备案规则; §8 金融类 notes naming 江苏). */
import { domainHolder, domainValidity, domainVerification } from '../library/domains.js';
import { leadersMustMatchWhenNotLegalRep, subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import {
  certificateValidity,
  mobileMustBeLocal,
  nonLocalIndividualNeedsProof,
  underageNeedsMaterial,
} from '../library/persons.js';
import { allOf, checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';
const PRE_APPROVAL_S8 = '前置审批（§8）';

export const JS: ProvincePack = {
  province: 'JS',
  unit: [
    noteRule('reviewer', 'enterprise-cert-type', IMPORTANT, '企业可使用营业执照等证件备案。',
      '企业可使用营业执照等有效证件备案（不限于营业执照）；证件是否有效由审核员核对。'),
    checkRule('mobile-local-minor-proof', IMPORTANT,
      '负责人手机号码需为本省号码，负责人未满18周岁需提供劳动就业或收入证明（法定代表人除外）。',
      '主体负责人和网站负责人的手机号码须为江苏号码；负责人未满18周岁须提供劳动就业或收入证明，法定代表人除外。',
      allOf(mobileMustBeLocal(), underageNeedsMaterial('employment_proof', { exemptLegalRep: true }))),
    checkRule('subject-leader-legal-rep', IMPORTANT,
      '主体负责人须为法定代表人，若不是法定代表人需提供授权委托书（用通用的授权委托书即可）；如主办单位负责人不是法定代表人，网站负责人必须与主办单位负责人为同一人。',
      '主体负责人应为法定代表人，不是时须提供授权委托书，且每个网站的负责人都须与主体负责人为同一人。',
      allOf(subjectLeaderMustBeLegalRep({ alternative: ['authorization_letter'] }), leadersMustMatchWhenNotLegalRep())),
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
    checkRule('certificate-validity', MATERIALS, '若证件类型为身份证，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-unrelated', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更后企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。',
      '单位名称变更且前后单位没有关联的，不能直接变更，须注销备案后重新备案。'),
    noteRule('change', 'name-change-related', CHANGE,
      '单位名称变更后企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函文件。',
      '单位名称变更且前后单位有关联的，须提供工商变更证明（政府、事业单位为上级部门函件）。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，若不一致需提供工商部门开具的变更证明才可接入。如无法提供变更证明，需注销备案后重新提交备案申请。',
      '接入时单位名称须与工信部备案信息一致，不一致须提供工商变更证明，无法提供的须注销后重新备案。'),
    noteRule('access', 'other-fields-current-rules', ACCESS,
      '证件号码、负责人信息、证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件号码、负责人、证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
    noteRule('reviewer', 'finance-financing-guarantee', PRE_APPROVAL_S8,
      '股权众筹融资、互联网基金、基金销售、融资、融资担保业务可咨询证监会（江苏省备案网站涉及融资、融资担保字样可咨询经信委）。',
      '网站涉及融资、融资担保字样的，可向江苏省经信委咨询是否需要前置审批；是否涉及由审核员判断。'),
    noteRule('reviewer', 'finance-private-fund', PRE_APPROVAL_S8,
      '私募基金业务可咨询中国证券投资基金业协会（江苏省需提供金融监管部门允许提交金融备案相关的审批文件）。',
      '涉及私募基金业务的，须提供金融监管部门允许提交金融备案的审批文件；是否涉及由审核员判断（预检对金融字样给出提醒）。'),
  ],
  individual: [
    checkRule('minor-employment-proof', IMPORTANT, '负责人未满18周岁需提供劳动就业或收入证明。',
      '未满18周岁的备案人须提供劳动就业或收入证明。', underageNeedsMaterial('employment_proof')),
    checkRule('non-local-residence-proof', IMPORTANT, '证件住所需为本省，如非本省，需上传本身“居住证”或“居住证”。',
      '证件住所不在江苏的，须上传江苏的居住证。', nonLocalIndividualNeedsProof()),
    checkRule('mobile-local', IMPORTANT, '负责人手机号码需为本省号码。', '手机号码须为江苏号码。', mobileMustBeLocal()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '须上传本人有效证件原件的彩色照片，证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'residence-proof-upload', MATERIALS, '居住证电子版（非必选）：非本省证件需上传居住证。',
      '非本省证件上传的江苏居住证（预检由重要规则 non-local-residence-proof 提出），由审核员核对。'),
    noteRule('change', 'no-change-of-person', CHANGE,
      '个人性质备案不可以变更为其他个人或单位性质备案，个人如果是单位的法定代表人可以将个人变更为单位。',
      '个人备案不能变更为其他个人或单位；备案人是单位法定代表人时可以由个人变更为单位。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致，不一致须先到原接入商变更或注销后重新备案。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入成功后再变更。'),
  ],
}; // prettier-ignore
