/**
 * The built-in simulated registry: the `registry_subjects` and `registry_websites` tables (migration 0004).
 * Certificate numbers are compared trimmed and upper-cased (a resident ID's 'x' is 'X'); domains by their
 * ASCII form.
 */
import { domainToAscii } from '@beian/core';
import type { Queryable } from '../../db/db.js';
import type { CertificateRef, Registry, RegistrySubject, RegistryWebsite } from './registry.js';

type SubjectRow = {
  icp_number: string;
  certificate_type: string;
  certificate_number: string;
  name: string;
  nature: string;
  province: string;
  leader_name: string;
  accessed_here: boolean;
};

type WebsiteRow = {
  icp_number: string;
  domain: string;
  name: string;
  accessed_here: boolean;
  certificate_type: string;
  certificate_number: string;
};

export function normalizeCertificateNumber(n: string): string {
  return n.trim().toUpperCase();
}

/** The form domains are stored and looked up in: ASCII, lower case; the trimmed input when not a host name. */
export function registryDomainKey(domain: string): string {
  return domainToAscii(domain) ?? domain.trim().toLowerCase();
}

export class SimulatedRegistry implements Registry {
  constructor(private readonly db: Queryable) {}

  async findSubject(cert: CertificateRef): Promise<RegistrySubject | undefined> {
    const { rows } = await this.db.query<SubjectRow>(
      `SELECT icp_number, certificate_type, certificate_number, name, nature, province, leader_name, accessed_here
       FROM registry_subjects
       WHERE certificate_type = $1 AND certificate_number = $2 AND icp_number IS NOT NULL AND NOT cancelled`,
      [cert.type, normalizeCertificateNumber(cert.number)],
    );
    const r = rows[0];
    return r
      ? {
          icpNumber: r.icp_number,
          certificateType: r.certificate_type,
          certificateNumber: r.certificate_number,
          name: r.name,
          nature: r.nature,
          province: r.province,
          leaderName: r.leader_name,
          accessedHere: r.accessed_here,
        }
      : undefined;
  }

  async findWebsite(domain: string): Promise<RegistryWebsite | undefined> {
    const { rows } = await this.db.query<WebsiteRow>(
      `SELECT w.icp_number, w.domain, w.name, w.accessed_here, s.certificate_type, s.certificate_number
       FROM registry_websites w JOIN registry_subjects s ON s.id = w.subject_id
       WHERE w.domain = $1 AND NOT w.cancelled`,
      [registryDomainKey(domain)],
    );
    const r = rows[0];
    return r
      ? {
          icpNumber: r.icp_number,
          domain: r.domain,
          name: r.name,
          subjectCertificateType: r.certificate_type,
          subjectCertificateNumber: r.certificate_number,
          accessedHere: r.accessed_here,
        }
      : undefined;
  }

  async hasOrderInFlight(cert: CertificateRef): Promise<boolean> {
    const { rows } = await this.db.query(
      `SELECT 1 FROM registry_subjects
       WHERE certificate_type = $1 AND certificate_number = $2 AND in_flight`,
      [cert.type, normalizeCertificateNumber(cert.number)],
    );
    return rows.length > 0;
  }

  async isShellSubject(cert: CertificateRef): Promise<boolean> {
    const { rows } = await this.db.query(
      `SELECT 1 FROM registry_subjects s
       WHERE s.certificate_type = $1 AND s.certificate_number = $2 AND s.icp_number IS NOT NULL
         AND NOT s.cancelled AND NOT EXISTS (SELECT 1 FROM registry_websites w WHERE w.subject_id = s.id AND NOT w.cancelled)`,
      [cert.type, normalizeCertificateNumber(cert.number)],
    );
    return rows.length > 0;
  }
}
