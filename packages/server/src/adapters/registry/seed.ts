/**
 * Existing filings for the simulated registry, for the demo data and the tests: one subject filed and accessed
 * here, one filed elsewhere, one 空壳主体, one subject whose domain is "filed under another subject" for
 * everybody else, and two with an order in a bureau's review (one filed, one whose first filing is still
 * pending). Every certificate number passes the core validators. Seeding twice changes nothing.
 */
import type { Queryable } from '../../db/db.js';
import { registryDomainKey } from './simulator.js';

type SeedWebsite = {
  readonly suffix: number;
  readonly domain: string;
  readonly name: string;
  readonly accessedHere: boolean;
  readonly cancelled?: boolean;
};

type SeedSubject = {
  readonly icpNumber: string | null;
  readonly certificateType: string;
  readonly certificateNumber: string;
  readonly name: string;
  readonly nature: string;
  readonly province: string;
  readonly leaderName: string;
  readonly accessedHere: boolean;
  readonly inFlight: boolean;
  readonly websites: readonly SeedWebsite[];
};

export const REGISTRY_SEED = {
  /** Filed and accessed here: 新增网站 for a new domain, 新增接入 for `elsewhereDomain`. */
  filedHere: {
    icpNumber: '京ICP备20123456号',
    certificateType: 'business_license',
    certificateNumber: '91110108MA01QH2X9N',
    name: '北京青禾科技有限公司',
    nature: 'enterprise',
    province: 'BJ',
    leaderName: '王明',
    accessedHere: true,
    inFlight: false,
    websites: [
      { suffix: 1, domain: 'qinghe-tech.cn', name: '青禾科技官网', accessedHere: true },
      { suffix: 2, domain: 'qinghe-shop.com', name: '青禾商城', accessedHere: false },
      { suffix: 3, domain: 'qinghe-old.cn', name: '青禾旧站', accessedHere: false, cancelled: true },
    ],
  },
  /** Filed at another provider only: 新增网站（原备案不在本平台）, or 接入备案 for its own domains. */
  filedElsewhere: {
    icpNumber: '浙ICP备19054321号',
    certificateType: 'business_license',
    certificateNumber: '91330106MA2CYT0KX0',
    name: '杭州远山网络有限公司',
    nature: 'enterprise',
    province: 'ZJ',
    leaderName: '李娜',
    accessedHere: false,
    inFlight: false,
    websites: [
      { suffix: 1, domain: 'yuanshan.net.cn', name: '远山网络', accessedHere: false },
      { suffix: 2, domain: '远山.中国', name: '远山中文站', accessedHere: false },
    ],
  },
  /** 空壳主体: filed, its only website cancelled. Must cancel the subject before filing again. */
  shell: {
    icpNumber: '粤ICP备18011223号',
    certificateType: 'resident_id',
    certificateNumber: '440305198804122035',
    name: '张伟',
    nature: 'individual',
    province: 'GD',
    leaderName: '张伟',
    accessedHere: false,
    inFlight: false,
    websites: [
      { suffix: 1, domain: 'zhangwei-blog.cn', name: '张伟的博客', accessedHere: false, cancelled: true },
    ],
  },
  /** Another subject: its domain `otherSubjectDomain` blocks every other applicant (域名冲突). */
  otherSubject: {
    icpNumber: '沪ICP备17098765号',
    certificateType: 'business_license',
    certificateNumber: '91310115MA1GQM7BXR',
    name: '上海启明信息技术有限公司',
    nature: 'enterprise',
    province: 'SH',
    leaderName: '赵磊',
    accessedHere: false,
    inFlight: false,
    websites: [{ suffix: 1, domain: 'qiming-info.com', name: '启明信息', accessedHere: false }],
  },
  /** Filed, with a change or new-website order in a bureau's review at another provider (主办者冲突). */
  inFlight: {
    icpNumber: '苏ICP备21033445号',
    certificateType: 'business_license',
    certificateNumber: '91320102MA1YTD3P7E',
    name: '南京云帆软件有限公司',
    nature: 'enterprise',
    province: 'JS',
    leaderName: '孙洁',
    accessedHere: false,
    inFlight: true,
    websites: [{ suffix: 1, domain: 'yunfan-soft.cn', name: '云帆软件', accessedHere: false }],
  },
  /** Not filed yet: a first filing submitted through another provider is in a bureau's review. */
  firstFilingInFlight: {
    icpNumber: null,
    certificateType: 'resident_id',
    certificateNumber: '510107199508234125',
    name: '刘洋',
    nature: 'individual',
    province: 'SC',
    leaderName: '刘洋',
    accessedHere: false,
    inFlight: true,
    websites: [],
  },
} as const satisfies Record<string, SeedSubject>;

/** Domains and numbers nobody has filed, for examples. */
export const REGISTRY_UNFILED = {
  businessLicense: '91440305MA5FXQ8NXB',
  residentId: '110101199003071233',
} as const;

/** Insert the seed filings that are missing (idempotent). */
export async function seedRegistry(db: Queryable, at: Date): Promise<void> {
  for (const s of Object.values(REGISTRY_SEED) as SeedSubject[]) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO registry_subjects (icp_number, certificate_type, certificate_number, name, nature, province,
         leader_name, accessed_here, in_flight, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (certificate_type, certificate_number) DO NOTHING
       RETURNING id`,
      [
        s.icpNumber,
        s.certificateType,
        s.certificateNumber,
        s.name,
        s.nature,
        s.province,
        s.leaderName,
        s.accessedHere,
        s.inFlight,
        at,
      ],
    );
    const subjectId = rows[0]?.id;
    if (subjectId === undefined || s.icpNumber === null) continue;
    for (const w of s.websites)
      await db.query(
        `INSERT INTO registry_websites (icp_number, subject_id, domain, name, accessed_here, accessed_elsewhere,
           cancelled, created_at)
         VALUES ($1, $2, $3, $4, $5, NOT $5, $6, $7)`,
        [
          `${s.icpNumber}-${w.suffix}`,
          subjectId,
          registryDomainKey(w.domain),
          w.name,
          w.accessedHere,
          w.cancelled ?? false,
          at,
        ],
      );
  }
}
