/** 上海 (seed 004 §7.4.5 上海备案规则; §4 域名距离到期日期需大于180天). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  domainHolder,
  domainValidity,
  domainVerification,
  privacyProtectionOff,
} from '../library/domains.js';
import { subjectLeaderMustBeLegalRep, websiteLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, nonLocalIndividualNeedsProof, personCertTypes } from '../library/persons.js';
import { allOf, checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

const ICP_MARK = '已取得备案号的域名必须可以访问且网站下方须有备案号标识，备案号必须与实际备案号一致。';

export const SH: ProvincePack = {
  province: 'SH',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业需使用营业执照备案。',
      '企业须使用营业执照备案（其他单位使用本类单位的证件）。', enterpriseCertTypes(['business_license'])),
    checkRule('leaders-legal-rep', IMPORTANT,
      '主体负责人和网站负责人需填写法定代表人，若网站负责人不是法定代表人，提供法定代表人授权委托书。',
      '主体负责人须为法定代表人（没有替代材料）；网站负责人应为法定代表人，不是时须提供法定代表人授权委托书。',
      allOf(subjectLeaderMustBeLegalRep(), websiteLeaderMustBeLegalRep({ alternative: ['authorization_letter'] }))),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称或法定代表人姓名一致。',
      '域名持有者须为主办单位本身或其法定代表人。', domainHolder(['subject', 'legal_rep'])),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'icp-number-displayed', IMPORTANT, ICP_MARK,
      '已备案的域名须能访问，网站底部须展示与实际一致的备案号；备案后由核查环节检查。'),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于6个月。',
      '域名剩余有效期须大于180天（上海地区）。', domainValidity(180)),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照原件彩色拍照照片等。',
      '须上传主办单位有效证件（如营业执照）原件的彩色照片；预检已列为基本资料，是否为原件、清晰有效由审核员核对。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证原件彩色拍照照片等。',
      '须上传主体负责人有效证件（如身份证）原件的彩色照片；预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证原件彩色拍照照片等。',
      '须上传网站负责人有效证件（如身份证）原件的彩色照片；网站负责人另有其人时预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'authorization-letter-upload', MATERIALS,
      '授权委托书电子版（非必选）：若网站负责人非法定代表人，需提供授权委托书。',
      '网站负责人不是法定代表人时上传的授权委托书（预检由重要规则 leaders-legal-rep 提出），内容由审核员核对。'),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-unrelated', CHANGE,
      '单位名称发生变更需变更备案时，必须遵循以下规则：单位名称变更前企业之间没有关联，无法获取变更证明且无法直接变更备案，则需注销备案后重新提交备案申请。',
      '单位名称变更且前后单位没有关联的，不能直接变更，须注销备案后重新备案。'),
    noteRule('change', 'name-change-related', CHANGE,
      '单位名称变更前企业之间有关联，需提供工商部门开具的变更证明。变更证明有两类，企业需申请工商变更证明，详情请参见阿里云中国站备案帮助文档中的变更证明；政府事业单位等会有上级部门开具的函件。',
      '单位名称变更且前后单位有关联的，须提供工商变更证明（政府、事业单位为上级部门函件）。'),
    noteRule('change', 'cert-number-change', CHANGE, '证件号码变更需变更备案时，不需要提供变更资料。',
      '只变更证件号码时无需提供变更资料。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，若不一致需提供工商部门开具的变更证明才可接入。如无法提供变更证明，需注销备案后重新提交备案申请。',
      '接入时单位名称须与工信部备案信息一致，不一致须提供工商变更证明，无法提供的须注销后重新备案。'),
    noteRule('access', 'other-fields-current-rules', ACCESS,
      '证件号码、负责人信息、证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件号码、负责人、证件住所和通信地址符合当前规则即可，接入成功后再变更。'),
  ],
  individual: [
    checkRule('cert-types', IMPORTANT, '临时身份证不可用于备案，港澳公民使用港澳通行证备案。',
      '不接受临时身份证；港澳居民须使用港澳居民来往内地通行证备案。',
      personCertTypes({ forbidTemporaryId: true, hkMacaoMustUsePermit: true })),
    checkRule('non-local-residence-proof', IMPORTANT, '证件住所需为本省，如非本省，需上传本省“居住证”或“居住证”。',
      '证件住所不在上海的，须上传上海的居住证。', nonLocalIndividualNeedsProof()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder-privacy', IMPORTANT, '域名持有者需与主办人名称一致，若域名设置了隐私保护，备案期间需关闭。',
      '域名持有者须为备案人本人；备案期间须关闭域名的 WHOIS 隐私保护。',
      allOf(domainHolder(['subject']), privacyProtectionOff())),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'icp-number-displayed', IMPORTANT, ICP_MARK,
      '已备案的域名须能访问，网站底部须展示与实际一致的备案号；备案后由核查环节检查。'),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于6个月。',
      '域名剩余有效期须大于180天（上海地区）。', domainValidity(180)),
    checkRule('certificate-validity', MATERIALS,
      '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '须上传本人有效证件原件的彩色照片，证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'residence-proof-upload', MATERIALS, '居住证电子版（非必选）：非本省证件需上传“居住证”。',
      '非本省证件上传的上海居住证（预检由重要规则 non-local-residence-proof 提出），由审核员核对。'),
    noteRule('change', 'no-change-of-person', CHANGE, '个人不可以变更其他个人备案，当已备案的个人是单位法定代表人时，可以变更为单位。',
      '个人备案不能变更为其他个人；备案人是单位法定代表人时可以变更为单位。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致，不一致须先到原接入商变更或注销后重新备案。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入成功后再变更。'),
  ],
}; // prettier-ignore
