/**
 * The one glossary of Beian: every code identifier used in code, with its 中文 term (as the seeds and the
 * MIIT system say it) and an English name. Every package takes its words from here; code lists and their
 * TypeScript types are derived from these tables, so a code cannot exist without its Chinese name.
 */
export type Term = { readonly zh: string; readonly en: string };

/** Domain words used in identifiers across the code base (style.md: names). */
export const TERMS = {
  subject: { zh: '主体', en: 'subject' },
  website: { zh: '网站', en: 'website' },
  order: { zh: '备案订单', en: 'filing order' },
  serviceNumber: { zh: '备案服务号', en: 'service number' },
  authorizationCode: { zh: '备案授权码', en: 'authorization code' },
  bureau: { zh: '管局', en: 'provincial bureau' },
  registry: { zh: '工信部备案系统', en: 'national filing registry' },
  initialReview: { zh: '初审', en: 'initial review' },
  curtainPhoto: { zh: '幕布拍照', en: 'curtain photo' },
  smsVerification: { zh: '短信核验', en: 'SMS verification' },
  preApproval: { zh: '前置审批', en: 'pre-approval' },
  materials: { zh: '资料', en: 'materials' },
  precheck: { zh: '预检', en: 'precheck' },
  filingType: { zh: '备案类型', en: 'filing type' },
  subjectLeader: { zh: '主体负责人', en: 'subject leader' },
  websiteLeader: { zh: '网站负责人', en: 'website leader' },
  legalRepresentative: { zh: '法定代表人', en: 'legal representative' },
  certificate: { zh: '证件', en: 'certificate' },
  certificateAddress: { zh: '证件住所', en: 'certificate address' },
  mailingAddress: { zh: '通信地址', en: 'mailing address' },
  investor: { zh: '投资人或主管单位', en: 'investor or supervising body' },
  businessScope: { zh: '经营范围', en: 'business scope' },
  mobile: { zh: '联系方式1（手机号码）', en: 'mobile number' },
  email: { zh: '电子邮箱', en: 'email' },
  domain: { zh: '域名', en: 'domain' },
  domainHolder: { zh: '域名持有者', en: 'domain holder' },
  registrar: { zh: '域名注册商', en: 'registrar' },
  realName: { zh: '实名认证', en: 'real-name verification' },
  icpNumber: { zh: 'ICP备案号', en: 'ICP number' },
  remark: { zh: '备注', en: 'remark' },
  unit: { zh: '单位', en: 'unit (organisation)' },
  individual: { zh: '个人', en: 'individual' },
  violation: { zh: '问题', en: 'violation' },
  rule: { zh: '规则', en: 'rule' },
  rulePack: { zh: '管局规则包', en: 'rule pack' },
} as const satisfies Record<string, Term>;

/** 主办单位性质. Every nature other than `individual` is a unit (单位). */
export const NATURES = {
  individual: { zh: '个人', en: 'Individual' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  government: { zh: '政府机关', en: 'Government agency' },
  public_institution: { zh: '事业单位', en: 'Public institution' },
  social_group: { zh: '社会团体', en: 'Social group' },
  private_non_enterprise: { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
  foundation: { zh: '基金会', en: 'Foundation' },
  law_firm: { zh: '律师执业机构', en: 'Law firm' },
} as const satisfies Record<string, Term>;

/** 主办单位证件类型 (units). */
export const UNIT_CERT_TYPES = {
  business_license: { zh: '营业执照', en: 'Business licence' },
  organization_code: { zh: '组织机构代码证', en: 'Organisation code certificate' },
  public_institution_certificate: {
    zh: '事业单位法人证书',
    en: 'Public institution legal person certificate',
  },
  social_group_certificate: { zh: '社会团体法人登记证书', en: 'Social group registration certificate' },
  private_non_enterprise_certificate: {
    zh: '民办非企业单位登记证书',
    en: 'Private non-enterprise unit certificate',
  },
  foundation_certificate: { zh: '基金会法人登记证书', en: 'Foundation registration certificate' },
  law_firm_license: { zh: '律师事务所执业许可证', en: 'Law firm practising licence' },
  government_credit_code: { zh: '统一社会信用代码证书', en: 'Unified social credit code certificate' },
} as const satisfies Record<string, Term>;

/** 个人证件类型 (individuals and every 负责人). */
export const PERSON_CERT_TYPES = {
  resident_id: { zh: '居民身份证', en: 'Resident identity card' },
  temporary_resident_id: { zh: '临时居民身份证', en: 'Temporary resident identity card' },
  hk_macao_permit: { zh: '港澳居民来往内地通行证', en: 'Mainland travel permit for HK and Macao residents' },
  hk_macao_residence_permit: { zh: '港澳居民居住证', en: 'Residence permit for HK and Macao residents' },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Mainland travel permit for Taiwan residents' },
  taiwan_residence_permit: { zh: '台湾居民居住证', en: 'Residence permit for Taiwan residents' },
  passport: { zh: '护照', en: 'Passport' },
  foreign_permanent_residence_id: { zh: '外国人永久居留身份证', en: 'Foreign permanent resident ID card' },
} as const satisfies Record<string, Term>;

/** 负责人身份. */
export const PERSON_REGIONS = {
  mainland: { zh: '中国内地居民', en: 'Mainland resident' },
  hk_macao: { zh: '中国港澳居民', en: 'Hong Kong or Macao resident' },
  taiwan: { zh: '中国台湾居民', en: 'Taiwan resident' },
  foreign: { zh: '非中国内地居民（外籍）', en: 'Foreign national' },
} as const satisfies Record<string, Term>;

/** 资料 (precheck-contract.md, material codes). */
export const MATERIALS = {
  unit_certificate: { zh: '主办单位证件', en: 'Unit certificate' },
  subject_leader_id: { zh: '主体负责人证件', en: 'Subject leader ID' },
  website_leader_id: { zh: '网站负责人证件', en: 'Website leader ID' },
  verification_form: { zh: '网站备案信息真实性核验单', en: 'Authenticity verification form' },
  handheld_personal_id: { zh: '手持个人证件照片', en: 'Photo holding the personal ID' },
  handheld_unit_certificate: { zh: '手持单位证件照片', en: 'Photo holding the unit certificate' },
  authorization_letter: { zh: '授权书（法定代表人授权委托书）', en: 'Authorisation letter' },
  legal_rep_id: { zh: '法定代表人身份证件', en: 'Legal representative ID' },
  residence_proof: { zh: '居住证/暂住证（或本省学习、工作、生活证明）', en: 'Residence proof' },
  domain_certificate: { zh: '域名证书', en: 'Domain certificate' },
  domain_holder_proof: { zh: '网站备案域名注册人的证明', en: 'Proof for the domain holder' },
  construction_plan: { zh: '网站建设方案书', en: 'Website construction plan' },
  guarantee_letter: { zh: '加盖备案专用章的保证书', en: 'Guarantee letter with the filing seal' },
  commitment_letter: { zh: '承诺书', en: 'Commitment letter' },
  establishment_proof: { zh: '编办证明', en: 'Establishment proof' },
  change_proof: { zh: '变更证明', en: 'Change proof' },
  work_proof: { zh: '工作证明', en: 'Proof of employment' },
  business_statement: { zh: '经营性说明书', en: 'Business statement' },
  pre_approval_document: { zh: '前置审批文件', en: 'Pre-approval document' },
  guardian_id: { zh: '监护人身份证件', en: 'Guardian ID' },
  employment_proof: { zh: '劳动就业或收入证明', en: 'Proof of employment or income' },
  party_gov_confirmation: { zh: '党政机关确认函', en: 'Party and government confirmation letter' },
} as const satisfies Record<string, Term>;

/** 核验步骤 after submission, in their fixed order (decisions.md 17). */
export const STEPS = {
  initial_review: { zh: '初审', en: 'Initial review' },
  curtain_photo: { zh: '幕布拍照核验', en: 'Curtain photo verification' },
  shanghai_app_verification: { zh: '上海管局App核验', en: 'Shanghai bureau app verification' },
  mail_documents: { zh: '邮寄资料', en: 'Mail documents' },
  sms_verification: { zh: '工信部短信核验', en: 'MIIT SMS verification' },
  bureau_review: { zh: '管局审核', en: 'Bureau review' },
} as const satisfies Record<string, Term>;

/** 备案类型 (验证备案类型). */
export const FILING_TYPES = {
  first_filing: { zh: '首次备案', en: 'First filing' },
  new_website: { zh: '新增网站', en: 'New website' },
  new_website_elsewhere: { zh: '新增网站（原备案不在本平台）', en: 'New website (subject filed elsewhere)' },
  access_filing: { zh: '接入备案', en: 'Access filing' },
  new_access: { zh: '新增接入', en: 'New access' },
} as const satisfies Record<string, Term>;

/** 前置或专项审批内容类型. */
export const PRE_APPROVAL_TYPES = {
  news: { zh: '新闻', en: 'News' },
  publishing: { zh: '出版', en: 'Publishing' },
  drugs_medical_devices: { zh: '药品和医疗器械', en: 'Drugs and medical devices' },
  culture: { zh: '文化', en: 'Culture' },
  radio_film_tv: { zh: '广播电影电视节目', en: 'Radio, film and TV' },
  ride_hailing: { zh: '网络预约车', en: 'Ride hailing' },
  finance: { zh: '金融', en: 'Finance' },
  games: { zh: '游戏', en: 'Games' },
  religion: { zh: '宗教', en: 'Religion' },
  education: { zh: '教育', en: 'Education' },
  medical: { zh: '医疗保健', en: 'Medical and health care' },
  bbs: { zh: '电子公告', en: 'Bulletin board services' },
} as const satisfies Record<string, Term>;

/** 违规代码 (precheck-contract.md, violation codes). */
export const VIOLATIONS = {
  WEBSITE_REQUIRED: { zh: '订单中没有网站', en: 'The order has no website' },
  TOO_MANY_WEBSITES: { zh: '一个订单最多10个网站', en: 'More than 10 websites in one order' },
  DOMAIN_INVALID: { zh: '域名格式不正确', en: 'Not a valid domain name' },
  DOMAIN_NOT_REGISTRABLE: { zh: '需填写注册的主域名', en: 'A sub-domain or bare suffix was given' },
  DOMAIN_DUPLICATE: { zh: '域名重复', en: 'The same domain twice in the order' },
  WEBSITE_TOO_MANY_DOMAINS: { zh: '每个网站只能报备一个域名', en: 'One domain per website' },
  WEBSITE_DOMAIN_PREFIX_MIXED: {
    zh: '前缀不同的域名需按不同网站备案',
    en: 'Domains with different prefixes in one website',
  },
  WEBSITE_NAME_INVALID: { zh: '网站名称不符合命名要求', en: 'Website name breaks the naming rules' },
  REMARK_REQUIRED: { zh: '缺少规则要求的备注', en: 'A required remark is missing' },
  TLD_NOT_APPROVED: { zh: '域名后缀未获工信部批复', en: 'Suffix not approved by MIIT' },
  TLD_NOT_ACCEPTED_BY_PROVINCE: { zh: '本省管局不支持该域名后缀', en: 'Suffix not accepted by the province' },
  DOMAIN_REGISTRAR_NOT_APPROVED: { zh: '域名注册商未获工信部批复', en: 'Registrar not approved by MIIT' },
  DOMAIN_NOT_REAL_NAME_VERIFIED: { zh: '域名未实名认证', en: 'Domain not real-name verified' },
  DOMAIN_REAL_NAME_TOO_RECENT: { zh: '域名实名认证不足3天', en: 'Real-name verification too recent' },
  DOMAIN_EXPIRING: { zh: '域名剩余有效期不足', en: 'Domain registration expires too soon' },
  DOMAIN_HOLDER_MISMATCH: { zh: '域名持有者与备案主体不符', en: 'Domain holder not accepted' },
  DOMAIN_PRIVACY_PROTECTED: { zh: '域名开启了隐私保护', en: 'WHOIS privacy protection is on' },
  DOMAIN_FACTS_UNAVAILABLE: { zh: '缺少域名信息，未做域名核验', en: 'No facts for the domain' },
  DOMAIN_FILED_BY_OTHER_SUBJECT: { zh: '域名已在其他主体下备案', en: 'Domain filed under another subject' },
  DOMAIN_ALREADY_ACCESSED: { zh: '域名已在本平台备案接入', en: 'Domain already filed and accessed here' },
  MIXED_FILING_TYPES: { zh: '域名需要不同的备案类型', en: 'Domains need different filing types' },
  ID_NUMBER_INVALID: { zh: '身份证号码不正确', en: 'Resident ID number invalid' },
  UNIT_CERT_NUMBER_INVALID: { zh: '统一社会信用代码不正确', en: 'Unified social credit code invalid' },
  CERT_TYPE_NOT_ACCEPTED: { zh: '证件类型不被接受', en: 'Certificate type not accepted' },
  CERT_EXPIRING: { zh: '证件有效期不足3个月', en: 'Certificate valid for 3 months or less' },
  ADDRESS_PROVINCE_MISMATCH: { zh: '地址不在主体所属省份', en: 'Address outside the subject province' },
  NON_LOCAL_ID_NOT_ACCEPTED: { zh: '非本省证件不能进行个人备案', en: 'Non-local ID not accepted' },
  MOBILE_INVALID: { zh: '手机号码不正确', en: 'Not a mainland mobile number' },
  MOBILE_NOT_LOCAL: { zh: '手机号码需为本省号码', en: 'Mobile number must be local' },
  EMAIL_INVALID: { zh: '电子邮箱不正确', en: 'Email address invalid' },
  PERSON_UNDERAGE: { zh: '未满十八周岁不能备案', en: 'Under 18' },
  FOREIGNER_NOT_ACCEPTED: { zh: '外籍人士不予备案', en: 'Foreign nationals not accepted' },
  SUBJECT_LEADER_NOT_LEGAL_REP: {
    zh: '主体负责人须为法定代表人',
    en: 'Subject leader must be the legal representative',
  },
  WEBSITE_LEADER_NOT_LEGAL_REP: {
    zh: '网站负责人须为法定代表人',
    en: 'Website leader must be the legal representative',
  },
  LEADERS_MUST_DIFFER: { zh: '网站负责人与主体负责人不能为同一人', en: 'Leaders must be different people' },
  LEADERS_MUST_MATCH: {
    zh: '网站负责人须与主体负责人为同一人',
    en: 'Website leader must be the subject leader',
  },
  MOBILE_SHARED_BETWEEN_LEADERS: {
    zh: '同一手机号码出现在不同负责人信息中',
    en: 'One mobile number for different leaders',
  },
  PRE_APPROVAL_SUSPECTED: { zh: '可能涉及前置审批', en: 'Pre-approval suspected' },
  MATERIAL_MISSING: { zh: '缺少所需资料', en: 'A required material is missing' },
} as const satisfies Record<string, Term>;

export type NatureCode = keyof typeof NATURES;
export type UnitCertTypeCode = keyof typeof UNIT_CERT_TYPES;
export type PersonCertTypeCode = keyof typeof PERSON_CERT_TYPES;
export type PersonRegionCode = keyof typeof PERSON_REGIONS;
export type MaterialCode = keyof typeof MATERIALS;
export type StepCode = keyof typeof STEPS;
export type FilingType = keyof typeof FILING_TYPES;
export type PreApprovalType = keyof typeof PRE_APPROVAL_TYPES;
export type ViolationCode = keyof typeof VIOLATIONS;

export const MATERIAL_CODES = Object.keys(MATERIALS) as MaterialCode[];
export const STEP_CODES = Object.keys(STEPS) as StepCode[];
export const FILING_TYPE_CODES = Object.keys(FILING_TYPES) as FilingType[];
export const VIOLATION_CODES = Object.keys(VIOLATIONS) as ViolationCode[];
export const PERSON_CERT_TYPE_CODES = Object.keys(PERSON_CERT_TYPES) as PersonCertTypeCode[];
export const PERSON_REGION_CODES = Object.keys(PERSON_REGIONS) as PersonRegionCode[];
export const PRE_APPROVAL_TYPE_CODES = Object.keys(PRE_APPROVAL_TYPES) as PreApprovalType[];

/**
 * 备案后的业务 (after filing, product.md capability 9): orders on an approved record. They run through the same
 * lifecycle as filing orders (orders/transitions.ts); `orders.kind` says which one an order is ('filing' for the
 * filing types above).
 */
export const AFTER_FILING_KINDS = {
  change_subject: { zh: '变更主体', en: 'Change the subject' },
  change_website: { zh: '变更网站', en: 'Change a website' },
  change_access: { zh: '变更接入', en: 'Change access' },
  cancel_subject: { zh: '注销主体', en: 'Cancel the subject' },
  cancel_website: { zh: '注销网站', en: 'Cancel a website' },
  cancel_access: { zh: '取消接入', en: 'Cancel access' },
} as const satisfies Record<string, Term>;

/**
 * What the after-filing check finds, beside the precheck's violations (which keep the contract's table): the
 * province's 变更备案规则 (seed 004 §7) and the platform's own rules for changes and cancellations.
 */
export const AFTER_FILING_FINDINGS = {
  CHANGE_UNIT_TO_INDIVIDUAL: { zh: '单位备案不能变更为个人备案', en: 'A unit cannot become an individual' },
  CHANGE_OF_PERSON: {
    zh: '个人备案不能变更为其他个人或单位',
    en: 'An individual filing cannot pass to another',
  },
  CHANGE_NAME_UNRELATED: {
    zh: '单位名称变更前后无关联：须注销后重新备案',
    en: 'Unrelated new unit name: cancel and file again',
  },
  CHANGE_DECLARATION_MISSING: { zh: '须说明变更情况', en: 'A declaration about the change is missing' },
  CHANGE_NOTHING: { zh: '没有任何修改', en: 'Nothing changed' },
  CHANGE_OUTSIDE_KIND: { zh: '修改超出本次变更的范围', en: 'A change outside this kind of order' },
  CHANGE_DOMAIN_FIXED: { zh: '变更网站不能更换域名', en: 'A website change cannot change its domain' },
  CHANGE_PROVINCE: { zh: '不能变更主体所属省份', en: 'The subject province cannot change' },
  TARGET_UNKNOWN: { zh: '不是本主体的有效备案', en: 'Not a live filing of this subject' },
  TARGET_NOT_ACCESSED_HERE: { zh: '该网站不在本平台接入', en: 'The website is not accessed here' },
  TARGET_REQUIRED: { zh: '请选择要办理的网站', en: 'Choose the websites' },
  SHELL_SUBJECT: { zh: '将成为空壳主体', en: 'The subject would be left without websites' },
  SHELL_WEBSITE: { zh: '将成为空壳网站', en: 'The website would be left without access' },
  CANCEL_OTHER_PROVIDERS: {
    zh: '主体下有其他接入商接入的网站',
    en: 'Websites accessed at other providers',
  },
  CANCEL_IRREVERSIBLE: { zh: '注销后备案号不能恢复', en: 'A cancelled number cannot be restored' },
  ACKNOWLEDGEMENT_REQUIRED: { zh: '请确认已了解提示', en: 'Acknowledge the warnings' },
} as const satisfies Record<string, Term>;

export type AfterFilingKind = keyof typeof AFTER_FILING_KINDS;
export type AfterFilingFindingCode = keyof typeof AFTER_FILING_FINDINGS;
export const AFTER_FILING_KIND_CODES = Object.keys(AFTER_FILING_KINDS) as AfterFilingKind[];
export const AFTER_FILING_FINDING_CODES = Object.keys(AFTER_FILING_FINDINGS) as AfterFilingFindingCode[];
