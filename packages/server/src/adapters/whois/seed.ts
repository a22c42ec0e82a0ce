/**
 * WHOIS facts for the demo data: the demo applicants' domains (real-name verified, held by them, two years
 * left) and a few problem domains, one problem each, for walking the precheck's domain checks. Dates are
 * relative to `at`. Seeding twice changes nothing (existing rows, an admin's edits included, are kept).
 */
import type { DomainFacts } from '@beian/core';
import type { Queryable } from '../../db/db.js';
import { whoisDomainKey } from './simulator.js';

const DAY = 86_400_000;
const dateAfter = (at: Date, days: number) => new Date(at.getTime() + days * DAY).toISOString().slice(0, 10);

function good(holder: string, at: Date): DomainFacts {
  return {
    registrar: '阿里云计算有限公司（万网）',
    registrarApproved: true,
    realNameVerified: true,
    realNameVerifiedAt: dateAfter(at, -400),
    holder,
    expiresAt: dateAfter(at, 730),
    privacyProtection: false,
  };
}

/** domain → facts, for a seed at `at`. */
export function whoisSeed(at: Date): Record<string, DomainFacts> {
  return {
    // 陈思远 (applicant@beian.local)
    'chensiyuan.cn': good('陈思远', at),
    'chensiyuan.com': good('陈思远', at),
    // 北京星河信息科技有限公司 (company@beian.local)
    'xinghe-tech.com': good('北京星河信息科技有限公司', at),
    'xinghe-tech.cn': good('北京星河信息科技有限公司', at),
    'xinghe-cloud.com': good('北京星河信息科技有限公司', at),
    // problem domains
    'xinghe-abroad.com': {
      ...good('北京星河信息科技有限公司', at),
      registrar: 'NameCheap, Inc.',
      registrarApproved: false,
    },
    'chensiyuan-new.cn': {
      ...good('陈思远', at),
      realNameVerified: false,
      registrar: '北京新网数码信息技术有限公司',
    },
    'chensy-expiring.cn': { ...good('陈思远', at), expiresAt: dateAfter(at, 30) },
    'xinghe-private.com': { ...good('北京星河信息科技有限公司', at), privacyProtection: true },
  };
}

/** Insert the seed facts that are missing (idempotent). */
export async function seedWhois(db: Queryable, at: Date): Promise<void> {
  for (const [domain, f] of Object.entries(whoisSeed(at))) {
    const { realNameVerifiedAt, ...rest } = f;
    const facts: DomainFacts = f.realNameVerified && realNameVerifiedAt ? f : rest;
    await db.query(
      `INSERT INTO whois_domains (domain, registrar, registrar_approved, real_name_verified, real_name_verified_at,
         holder, holder_relation, expires_at, privacy_protection, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10)
       ON CONFLICT (domain) DO NOTHING`,
      [
        whoisDomainKey(domain)!,
        facts.registrar,
        facts.registrarApproved,
        facts.realNameVerified,
        facts.realNameVerifiedAt ?? null,
        facts.holder,
        facts.holderRelation ?? null,
        facts.expiresAt,
        facts.privacyProtection ?? false,
        at,
      ],
    );
  }
}
