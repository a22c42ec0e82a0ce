/**
 * The built-in simulated WHOIS: the `whois_domains` table (migration 0011), keyed by the registrable domain's
 * ASCII form in lower case. Writes record who changed a row and when.
 */
import { analyzeDomain, type DomainFacts } from '@beian/core';
import type { Queryable } from '../../db/db.js';
import type { Whois } from './whois.js';

type Row = {
  domain: string;
  registrar: string;
  registrar_approved: boolean;
  real_name_verified: boolean;
  real_name_verified_at: string | Date | null;
  holder: string;
  holder_relation: 'shareholder' | 'senior_manager' | null;
  expires_at: string | Date;
  privacy_protection: boolean;
  updated_by: string | null;
  updated_at: Date | string;
};

export type WhoisRecord = { domain: string; facts: DomainFacts; updatedBy: string | null; updatedAt: string };

/** The key a domain is stored under: its registrable domain, ASCII, lower case; undefined when it has none. */
export function whoisDomainKey(domain: string): string | undefined {
  const a = analyzeDomain(domain);
  if (!a.ok || a.registrable === null) return undefined;
  const labels = a.ascii.split('.');
  return labels.slice(labels.length - a.registrable.split('.').length).join('.');
}

function isoDate(v: string | Date): string {
  return v instanceof Date
    ? `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`
    : v.slice(0, 10);
}

function factsOf(r: Row): DomainFacts {
  return {
    registrar: r.registrar,
    registrarApproved: r.registrar_approved,
    realNameVerified: r.real_name_verified,
    ...(r.real_name_verified_at === null ? {} : { realNameVerifiedAt: isoDate(r.real_name_verified_at) }),
    holder: r.holder,
    ...(r.holder_relation === null ? {} : { holderRelation: r.holder_relation }),
    expiresAt: isoDate(r.expires_at),
    privacyProtection: r.privacy_protection,
  };
}

const COLUMNS = `domain, registrar, registrar_approved, real_name_verified, real_name_verified_at::text AS real_name_verified_at,
  holder, holder_relation, expires_at::text AS expires_at, privacy_protection, updated_by, updated_at`;

export async function findWhoisRecord(db: Queryable, domain: string): Promise<WhoisRecord | undefined> {
  const key = whoisDomainKey(domain);
  if (key === undefined) return undefined;
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM whois_domains WHERE domain = $1`, [key]);
  const r = rows[0];
  return r
    ? {
        domain: r.domain,
        facts: factsOf(r),
        updatedBy: r.updated_by,
        updatedAt: new Date(r.updated_at).toISOString(),
      }
    : undefined;
}

/** Create or replace the facts of a registrable domain (`key`: `whoisDomainKey`). */
export async function saveWhoisRecord(
  db: Queryable,
  key: string,
  facts: DomainFacts,
  by: string | null,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO whois_domains (domain, registrar, registrar_approved, real_name_verified, real_name_verified_at,
       holder, holder_relation, expires_at, privacy_protection, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (domain) DO UPDATE SET registrar = $2, registrar_approved = $3, real_name_verified = $4,
       real_name_verified_at = $5, holder = $6, holder_relation = $7, expires_at = $8, privacy_protection = $9,
       updated_by = $10, updated_at = $11`,
    [
      key,
      facts.registrar,
      facts.registrarApproved,
      facts.realNameVerified,
      facts.realNameVerifiedAt ?? null,
      facts.holder,
      facts.holderRelation ?? null,
      facts.expiresAt,
      facts.privacyProtection ?? false,
      by,
      at,
    ],
  );
}

/** Remove a domain's facts; false when there were none. */
export async function deleteWhoisRecord(db: Queryable, key: string): Promise<boolean> {
  const { rows } = await db.query('DELETE FROM whois_domains WHERE domain = $1 RETURNING domain', [key]);
  return rows.length > 0;
}

export class SimulatedWhois implements Whois {
  constructor(private readonly db: Queryable) {}

  async lookup(domain: string): Promise<DomainFacts | undefined> {
    return (await findWhoisRecord(this.db, domain))?.facts;
  }
}
