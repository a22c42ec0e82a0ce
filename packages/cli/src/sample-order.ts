/** The order `beian demo` checks: a Beijing company's first filing with two problems a reviewer would reject. */
export const SAMPLE_ORDER = {
  asOf: '2026-11-23',
  subject: {
    nature: 'enterprise',
    province: 'BJ',
    name: '北京市星河信息科技有限公司',
    certificate: {
      type: 'business_license',
      number: '91110101MA0AB12CXW',
      address: '北京市东城区人民路88号',
      addressProvince: 'BJ',
    },
    mailingAddress: { province: 'BJ', text: '北京市东城区人民路88号5层' },
    investor: '李建国',
    businessScope: '软件开发；信息技术咨询服务',
    leader: {
      name: '赵明',
      region: 'mainland',
      certificateType: 'resident_id',
      certificateNumber: '11010119860415489X',
      certificateValidUntil: '2036-05-01',
      mobile: '13904890489',
      mobileProvince: 'BJ',
      email: 'zhaoming@example.cn',
      isLegalRepresentative: false,
    },
    legalRepresentative: { name: '李建国', region: 'mainland' },
  },
  websites: [
    {
      name: '星河科技企业官网',
      domains: ['xinghejing.com', 'xinghejing.io'],
      homepage: 'https://www.xinghejing.com',
      serviceContent: 'general',
      leader: 'subject_leader',
    },
  ],
  domains: {
    'xinghejing.com': {
      registrar: '阿里云计算有限公司（万网）',
      registrarApproved: true,
      realNameVerified: true,
      realNameVerifiedAt: '2026-10-14',
      holder: '李建国',
      expiresAt: '2028-10-23',
      privacyProtection: false,
    },
  },
} as const;
