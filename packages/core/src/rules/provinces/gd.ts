/** 广东 (seed 004 §7.5.1 广东备案规则; §7.9.2 网站建设方案书; §6; §8 宗教类前置审批). */
import { enterpriseCertTypes } from '../library/certificates.js';
import {
  domainHolder,
  domainValidity,
  domainVerification,
  guangdongConstructionPlan,
  samePrefixPerWebsite,
} from '../library/domains.js';
import { subjectLeaderMustBeLegalRep } from '../library/leaders.js';
import { websiteNaming } from '../library/naming.js';
import {
  certificateValidity,
  nonLocalIndividualNeedsProof,
  underageNeedsMaterial,
} from '../library/persons.js';
import { checkRule, noteRule, type Check, type ProvincePack } from '../types.js';

const IMPORTANT = '备案重要规则';
const MATERIALS = '备案所需资料';
const PLAN = '网站建设方案书（§7.9.2）';
const MATERIALS_S6 = '备案所需资料（§6）';
const PRE_APPROVAL = '前置审批（§8）';
const CHANGE = '变更备案规则';
const ACCESS = '接入备案规则';

/**
 * 宗教类前置审批 (seed 004 §8: 目前仅广东地区要求提供): a website that declares a religion pre-approval must carry
 * the 民族宗教事务委员会 approval. The platform pack skips religion on purpose (decisions.md 16).
 */
export const religionPreApprovalDocument: Check = (ctx, emit) => {
  for (const w of ctx.websites)
    if ((w.website.preApprovals ?? []).some((p) => p.type === 'religion'))
      emit.material(
        'pre_approval_document',
        `网站${w.index + 1}涉及宗教类信息，广东省管局要求上传备案所在省、市、区民族宗教事务委员会允许从事互联网宗教信息的批复函或批文。`,
        w.path,
      );
};

const PREFIX_QUOTE = '前缀不一致的域名请按不同网站备案';
const PREFIX_DESCRIPTION =
  '前缀不同的域名（如 abc.com 与 123.com）须分别作为不同的网站备案；同前缀不同后缀（abc.com 与 abc.cn）可在同一网站。';
const FILED_DOMAIN_QUOTE =
  '已取得备案号的域名必须可以访问且网站下方须有备案号标识，备案号必须与实际备案号一致。';
const FILED_DOMAIN_DESCRIPTION =
  '已备案的域名须能正常访问，网站底部须展示与实际一致的备案号（备案后由核查检查）。';
const PLAN_LINE_DESCRIPTION =
  '主体下前缀不同的域名过多时须提供网站建设方案书（及保证书）；数量门槛按 §7.9.2 的表格执行，由规则 construction-plan 判断（decisions 8），方案书由审核员审核。';
const PLAN_CONTENT_QUOTE =
  '网站建设方案书无固定模板，您可以根据网站的实际情况填写，但需要包含以下内容：网站内容及栏目介绍，需配上设计图。人员及资金安排，包括人员的资质、能力、背景等。内容管理制度。网络部署方案，如使用什么技术，分别在哪里部署等。网络信息安全技术措施。应急处置方案。';
const PLAN_CONTENT_DESCRIPTION =
  '网站建设方案书须包含：网站内容及栏目介绍（附设计图）、人员及资金安排、内容管理制度、网络部署方案、网络信息安全技术措施、应急处置方案；内容由审核员审核。';
const RELIGION_QUOTE =
  '目前仅广东地区办理宗教类备案时需提供备案所在省、市、区的民族宗教委员会批复的允许从事互联网宗教信息的批复函或批文。';
const RELIGION_DESCRIPTION =
  '填写了宗教类前置审批的网站，须上传民族宗教事务委员会允许从事互联网宗教信息的批复函或批文。';

export const GD: ProvincePack = {
  province: 'GD',
  unit: [
    checkRule('enterprise-cert-type', IMPORTANT, '企业可使用营业执照、组织机构代码证备案。',
      '企业须使用营业执照或组织机构代码证备案。', enterpriseCertTypes(['business_license', 'organization_code'])),
    checkRule('subject-leader-legal-rep', IMPORTANT, '主体负责人需填写法定代表人。',
      '主体负责人须为单位的法定代表人，没有替代材料。', subjectLeaderMustBeLegalRep()),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办单位名称一致。',
      '域名持有者须为主办单位本身（不接受法定代表人或他人名下的域名）。', domainHolder(['subject'])),
    checkRule('domain-prefix-per-website', IMPORTANT, `${PREFIX_QUOTE}。`, PREFIX_DESCRIPTION, samePrefixPerWebsite()),
    noteRule('reviewer', 'construction-plan-line', IMPORTANT,
      '域名前缀不超过31个时（不含31个），需提供每个域名的网站建设方案书，大于31个时，除网站建设方案书外，还需提供加盖备案专用章的阿里云保证书。',
      PLAN_LINE_DESCRIPTION),
    checkRule('website-naming', IMPORTANT, '单位网站名称命名注意事项请参见阿里云中国站备案帮助文档中的单位网站命名要求。',
      '网站名称须符合单位网站命名要求。', websiteNaming()),
    noteRule('reviewer', 'filed-domain-accessible', IMPORTANT, FILED_DOMAIN_QUOTE, FILED_DOMAIN_DESCRIPTION),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    noteRule('reviewer', 'cluster-address-office', IMPORTANT,
      '如企业证件上的经营场所为集群地址，您需遵守如下规则：如您的集群注册地址为非前海合作区，在您进行集群注册时需提供深圳市的实际办公地址。',
      '营业执照上的经营场所为集群地址（非前海合作区）时，须提供深圳市的实际办公地址；订单中看不出是否集群地址，由审核员判断。'),
    noteRule('reviewer', 'cluster-address-proof', IMPORTANT,
      '如您的集群注册地址为非前海合作区，在您进行集群注册时需提供备案单位法定代表人在集群注册地的居住证、社保证明或单位缴税记录任意之一。填写备案通信地址时，需填写集群注册地的实际办公地址或居住地址。',
      '集群注册（非前海合作区）的单位须提供法定代表人在集群注册地的居住证、社保证明或单位缴税记录之一，通信地址须填集群注册地的实际办公或居住地址；由审核员判断。'),
    noteRule('reviewer', 'unit-certificate', MATERIALS, '主办单位有效证件原件电子版，如营业执照原件彩色拍照照片等。',
      '须上传主办单位有效证件（如营业执照）原件的彩色照片；预检已列为基本资料，是否为原件、清晰有效由审核员核对。'),
    noteRule('reviewer', 'subject-leader-id', MATERIALS, '主体负责人有效证件原件电子版，如身份证原件彩色拍照照片等。',
      '须上传主体负责人有效证件（如身份证）原件的彩色照片；预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'website-leader-id', MATERIALS, '网站负责人有效证件原件电子版，如身份证原件彩色拍照照片等。',
      '须上传网站负责人有效证件（如身份证）原件的彩色照片；网站负责人另有其人时预检已列为基本资料，由审核员核对。'),
    noteRule('reviewer', 'construction-plan-upload', MATERIALS,
      '网站建设方案书（非必选）：域名前缀不超过31个时（不含31个），需提供每个域名的网站建设方案书，大于31个时，除网站建设方案书外，还需提供加盖备案专用章的阿里云保证书。',
      PLAN_LINE_DESCRIPTION),
    checkRule('certificate-validity', MATERIALS, '若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '负责人证件有效期须大于3个月。', certificateValidity()),
    checkRule('construction-plan', PLAN,
      '如果备案主体下域名过多（包含已备案域名及本次提交域名），需提供网站建设方案书。企业：前缀不一致的域名数量大于31个（不包含31个），需提供每个域名的网站建设方案书，以及加盖备案专用章的阿里云保证书。',
      '主体下前缀不同的域名（已备案加本次提交）超过31个时，须为每个域名提供网站建设方案书，并提供加盖备案专用章的保证书。',
      guangdongConstructionPlan()),
    noteRule('reviewer', 'construction-plan-content', PLAN, PLAN_CONTENT_QUOTE, PLAN_CONTENT_DESCRIPTION),
    noteRule('reviewer', 'construction-plan-s6', MATERIALS_S6, '广东省管局要求，如果备案主体下域名过多，需提供网站建设方案书。',
      '广东省备案主体下域名过多时须提供网站建设方案书；门槛按 §7.9.2 由规则 construction-plan 判断。'),
    checkRule('religion-pre-approval', PRE_APPROVAL, RELIGION_QUOTE, RELIGION_DESCRIPTION, religionPreApprovalDocument),
    noteRule('change', 'change-nature-allowed', CHANGE, '单位性质可以变更为其他单位或个人性质备案，无需提供变更证明。',
      '单位备案可以变更为其他单位或个人备案，无需变更证明。'),
    noteRule('access', 'name-matches-registry', ACCESS,
      '主办单位名称需与原备案信息（工信部备案信息）一致，若不一致需提供工商部门开具的变更证明才可接入。如无法提供变更证明，需注销备案后重新提交备案申请。',
      '接入时单位名称须与工信部备案信息一致，不一致须提供变更证明，无法提供的须注销后重新备案。'),
    noteRule('access', 'other-fields-current-rules', ACCESS,
      '证件号码、负责人信息、证件住所、通信地址符合当前管局规则即可，接入成功后再进行变更。',
      '证件号码、负责人、地址符合当前规则即可，接入后再变更。'),
  ],
  individual: [
    checkRule('underage-employment-proof', IMPORTANT, '负责人未满18周岁备案需提供就业证明。',
      '未满18周岁的备案人须提供劳动就业或收入证明。', underageNeedsMaterial('employment_proof')),
    checkRule('non-local-residence-proof', IMPORTANT, '证件住所需为本省，如非本省，需上传本省居住证（包括广东省居住证、港澳台居民居住证）等证明材料。',
      '证件住所应在广东省；不在广东的须上传广东省居住证（含港澳台居民居住证）等证明材料。',
      nonLocalIndividualNeedsProof({ what: '广东省居住证（包括广东省居住证、港澳台居民居住证）等证明材料' })),
    checkRule('domain-verification', IMPORTANT, '2018年1月1日0点起，对提交的网站备案申请，进行网站备案域名核验。',
      '域名须通过工信部域名核验：后缀与注册商已获批复、已实名认证。', domainVerification()),
    checkRule('domain-holder', IMPORTANT, '域名持有者需与主办人名称一致。', '域名持有者须为备案人本人。', domainHolder(['subject'])),
    noteRule('reviewer', 'filed-domain-accessible', IMPORTANT, FILED_DOMAIN_QUOTE, FILED_DOMAIN_DESCRIPTION),
    checkRule('domain-prefix-per-website', IMPORTANT, `${PREFIX_QUOTE}；`, PREFIX_DESCRIPTION, samePrefixPerWebsite()),
    noteRule('reviewer', 'construction-plan-line', IMPORTANT,
      '域名前缀不超过5个时（不含5个），需提供每个域名的网站建设方案书，大于等于10个时，除网站建设方案书外还需提供加盖备案专用章阿里云保证书。',
      PLAN_LINE_DESCRIPTION),
    checkRule('website-naming', IMPORTANT, '个人网站名称命名注意事项请参见阿里云中国站备案帮助文档中的个人网站命名要求。',
      '网站名称须符合个人网站命名要求。', websiteNaming()),
    checkRule('domain-validity', IMPORTANT, '域名有效期需大于3个月。', '域名剩余有效期须大于90天。', domainValidity(90)),
    checkRule('certificate-validity', MATERIALS, '个人有效证件原件电子版，如身份证电子版等，若证件类型为“身份证”，请确保身份证有效期大于3个月。',
      '证件有效期须大于3个月。', certificateValidity()),
    noteRule('reviewer', 'construction-plan-upload', MATERIALS,
      '网站建设方案书（非必选）：域名前缀不超过5个时（不含5个），需提供每个域名的网站建设方案书，大于等于10个时，除网站建设方案书外还需提供加盖备案专用章阿里云保证书。',
      PLAN_LINE_DESCRIPTION),
    noteRule('reviewer', 'residence-proof-upload', MATERIALS,
      '居住证电子版：非本省证件需上传居住证（包括广东省居住证、港澳台居民居住证），或将暂住证、本地房产登记证与身份证原件彩色拍照照片一起上传。',
      '非本省证件上传的居住证（或暂住证、本地房产登记证与身份证一起拍照），预检由重要规则 non-local-residence-proof 提出，由审核员核对。'),
    checkRule('construction-plan', PLAN,
      '如果备案主体下域名过多（包含已备案域名及本次提交域名），需提供网站建设方案书。个人：前缀不一致的域名数量大于5个（不包含5个），需提供每个域名的网站建设方案书；大于等于10个，需提供每个域名的网站建设方案书，以及加盖备案专用章的阿里云保证书。',
      '主体下前缀不同的域名（已备案加本次提交）超过5个时，须为每个域名提供网站建设方案书；达到10个及以上时，还须提供加盖备案专用章的保证书。',
      guangdongConstructionPlan()),
    noteRule('reviewer', 'construction-plan-content', PLAN, PLAN_CONTENT_QUOTE, PLAN_CONTENT_DESCRIPTION),
    noteRule('reviewer', 'construction-plan-s6', MATERIALS_S6, '广东省、湖南省、湖北省等省份管局要求，如果备案主体域名过多，需提供网站建设方案书。',
      '广东省备案主体下域名过多时须提供网站建设方案书；门槛按 §7.9.2 由规则 construction-plan 判断。'),
    checkRule('religion-pre-approval', PRE_APPROVAL, RELIGION_QUOTE, RELIGION_DESCRIPTION, religionPreApprovalDocument),
    noteRule('change', 'change-nature-allowed', CHANGE, '个人性质可以变更为其他个人或单位备案。', '个人备案可以变更为其他个人或单位备案。'),
    noteRule('access', 'name-number-match-registry', ACCESS,
      '主办单位名称、证件号码需与原备案信息（工信部备案信息）一致，若不一致需先到原接入商变更备案或注销备案后重新提交备案申请。',
      '接入时姓名、证件号码须与工信部备案信息一致。'),
    noteRule('access', 'address-current-rules', ACCESS, '通信地址符合当前管局规则即可，接入成功后进行变更。',
      '通信地址符合当前规则即可，接入后再变更。'),
  ],
}; // prettier-ignore
