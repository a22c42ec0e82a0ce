/** 北京 (seed 004 §7.3.1 北京备案规则). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  domainHolder,
  domainValidity,
  domainVerification,
  suffixesAcceptedByProvince,
} from '../library/domains.js';
import { requireMaterial } from '../library/materials.js';
import { websiteNaming } from '../library/naming.js';
import { certificateValidity, personCertTypes } from '../library/persons.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { checkRule, noteRule, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

/** 北京管局支持的备案域名列表, as printed in the rules (decisions.md 18). */
export const BEIJING_SUFFIXES = [
  'xin', 'top', 'mobi', 'wang', 'ren', 'com', 'cn', 'net', 'gov', 'shop', 'vip', 'ltd', 'biz', 'club', 'site', 'xyz',
  'fun', 'online', 'tech', 'store', 'citic', 'sohu', 'link', 'luxu', 'love', 'co', 'bee', 'la', '中国', '公司', '网络',
  '政务', '公益', '政务.cn', '公益.cn', '网址', '商城', '网店', '中信', '商标', '信息', '广东', '佛山', '集团', '我爱你',
  '手机', '购物', '在线', '中文网', '游戏', '企业', '娱乐', '商店',
] as const; // prettier-ignore

const SUFFIX_QUOTE =
  '北京管局支持的备案域名列表如下：“.xin/.top/.mobi/.wang/.ren/.com/.cn/.net/.gov/.shop/.vip/.ltd/.biz/.club/.site/.xyz/.fun/.online/.tech/.store/.citic/.sohu/.link/.luxu/.love/.co/.bee/.la 中国/.公司/.网络/.政务/.公益/.政务.CN/.公益.CN/.网址/.商城/.网店/.中信/.商标/.信息/.广东/.佛山/.集团/.我爱你/.手机/.购物/.在线/.中文网/.游戏/.企业/.娱乐/.商店”。';

export const BJ: ProvincePack = {
  province: 'BJ',
  unit: [
    checkRule('subject-leader-legal-rep', IMPORTANT,
      '主体负责人需为法定代表人，若主体负责人确实无法为法定代表人，需提供法定代表人授权委托书和法定代表人身份证正反两面的电子材料，如原件彩色拍照照片。',
      '主体负责人应为法定代表人；不是时须提供法定代表人授权委托书和法定代表人身份证正反面照片。',
      subjectLeaderMustBeLegalRep({ alternative: ['authorization_letter', 'legal_rep_id'] })),
    checkRule('enterprise-cert-type', IMPORTANT, '企业需使用营业执照等企业证件备案。',
      '企业须使用营业执照备案。', enterpriseCertTypes(['business_license'])),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致。',
      '域名持有者须为主办单位本身（不接受法定代表人或他人名下的域名）。', domainHolder(['subject'])),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    checkRule('accepted-suffixes', IMPORTANT, SUFFIX_QUOTE,
      '北京只接受列表中的域名后缀；国别域名及非中国内地注册的域名（如 .hk .io .me .org）不能在北京备案。',
      suffixesAcceptedByProvince(BEIJING_SUFFIXES)),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子材料，如营业执照原件彩色拍照照片等。',
      '须上传主办单位有效证件原件的彩色照片；预检已列为基本资料，是否为清晰有效的原件由审核员核对。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子材料，如身份证原件彩色拍照照片等。',
      '须上传主体负责人有效证件原件的彩色照片；预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子材料，如身份证原件彩色拍照照片等。',
      '须上传网站负责人有效证件原件的彩色照片；网站负责人另有其人时预检已列为基本资料，由审核员核对。'),
    checkRule('handheld-unit-certificate', MATERIALS, '网站负责人手持单位证件照片。',
      '须上传网站负责人手持单位证件的照片。',
      requireMaterial('handheld_unit_certificate', '网站负责人手持单位证件（如营业执照）的照片。')),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    noteRule('change', 'unit-to-individual', CHANGE, '单位不能变更为个人备案。', '单位备案不能变更为个人备案。'),
    noteRule('change', 'name-change-proof', CHANGE,
      '单位名称发生变更需变更备案时：单位名称变更前后企业之间没有关联，需注销备案后重新提交备案申请；有关联，需提供工商部门开具的变更证明。',
      '单位名称变更须提供工商变更证明（政府事业单位为上级部门函件）；前后无关联须注销后重新备案。'),
    noteRule('change', 'name-and-number-change', CHANGE,
      '单位名称和证件号码同时变更时，需同时提供单位名称和证件号码三证合一的变更证明。如果仅证件号码三证合一，无需提供变更证明。',
      '名称和证件号码同时变更须提供三证合一变更证明；仅证件号码三证合一无需变更证明。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，若不一致需提供工商部门开具的变更证明才可接入。如无法提供变更证明，需注销备案后重新提交备案申请。',
      '接入时单位名称须与工信部备案信息一致，不一致须提供变更证明。'),
    noteRule('access', 'other-fields-current-rules', ACCESS,
      '证件号码、负责人信息、证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件号码、负责人、地址符合当前规则即可，接入后再变更。'),
  ],
  individual: [
    checkRule('resident-id-required', IMPORTANT, '中国公民必须使用身份证备案。',
      '中国内地居民须使用居民身份证备案。', personCertTypes({ mainlandMustUseResidentId: true })),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月，在非中国内地注册的域名及部分国别域名不支持备案。',
      '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('accepted-suffixes', IMPORTANT, '在非中国内地注册的域名及部分国别域名不支持备案。',
      '北京只接受北京管局列表中的域名后缀（decisions 18）。', suffixesAcceptedByProvince(BEIJING_SUFFIXES)),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('certificate-validity', MATERIALS, '个人有效证件原件电子材料，如身份证原件彩色拍照照片等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '证件有效期须大于3个月；证件原件照片是否清晰有效由审核员核对。', certificateValidity()),
    checkRule('handheld-personal-id', MATERIALS, '个人手持个人证件照片。', '须上传本人手持身份证件的照片。',
      requireMaterial('handheld_personal_id', '本人手持身份证件的照片。')),
    noteRule('change', 'no-change-of-person', CHANGE, '个人备案不可以变更其他个人或企业。', '个人备案不能变更为其他个人或企业。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入后再变更。'),
  ],
}; // prettier-ignore
