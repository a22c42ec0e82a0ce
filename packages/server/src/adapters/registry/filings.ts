/**
 * What the simulated bureaus write to the simulated national registry (migration 0004): an order in a bureau's
 * review marks its subject in flight (主办者冲突 for everybody else), and an approval files the subject and its
 * websites, accessed here. A real registry is written by the real bureaus; a provider's adapter never calls these.
 */
import type { Queryable } from '../../db/db.js';
import { normalizeCertificateNumber, registryDomainKey } from './simulator.js';

export type RegistrySubjectInput = {
  readonly certificateType: string;
  readonly certificateNumber: string;
  readonly name: string;
  readonly nature: string;
  readonly province: string;
  readonly leaderName: string;
};

type SubjectRow = { id: string; icp_number: string | null; in_flight: boolean };

async function lockSubject(
  tx: Queryable,
  cert: { type: string; number: string },
): Promise<SubjectRow | undefined> {
  const { rows } = await tx.query<SubjectRow>(
    `SELECT id, icp_number, in_flight FROM registry_subjects
     WHERE certificate_type = $1 AND certificate_number = $2 FOR UPDATE`,
    [cert.type, normalizeCertificateNumber(cert.number)],
  );
  return rows[0];
}

/** An order for the subject entered a bureau's review: the subject is in flight (a first filing gets a row without a number). */
export async function markSubjectInFlight(
  tx: Queryable,
  subject: RegistrySubjectInput,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO registry_subjects (icp_number, certificate_type, certificate_number, name, nature, province,
       leader_name, accessed_here, in_flight, created_at)
     VALUES (NULL, $1, $2, $3, $4, $5, $6, false, true, $7)
     ON CONFLICT (certificate_type, certificate_number) DO UPDATE SET in_flight = true`,
    [
      subject.certificateType,
      normalizeCertificateNumber(subject.certificateNumber),
      subject.name,
      subject.nature,
      subject.province,
      subject.leaderName,
      at,
    ],
  );
}

/** The bureau's review ended without a filing (rejected, returned): no longer in flight; a never-filed subject leaves. */
export async function clearSubjectInFlight(
  tx: Queryable,
  cert: { type: string; number: string },
): Promise<void> {
  const row = await lockSubject(tx, cert);
  if (!row) return;
  if (row.icp_number === null) await tx.query('DELETE FROM registry_subjects WHERE id = $1', [row.id]);
  else await tx.query('UPDATE registry_subjects SET in_flight = false WHERE id = $1', [row.id]);
}

/** The subject's filing as it stands in the registry (locked), if it has a number. */
export async function filedSubjectNumber(
  tx: Queryable,
  cert: { type: string; number: string },
): Promise<string | undefined> {
  return (await lockSubject(tx, cert))?.icp_number ?? undefined;
}

/** File the subject under `icpNumber` (a new one, or the one it has), accessed here; returns its registry id. */
export async function fileSubject(
  tx: Queryable,
  subject: RegistrySubjectInput,
  icpNumber: string,
  at: Date,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO registry_subjects (icp_number, certificate_type, certificate_number, name, nature, province,
       leader_name, accessed_here, in_flight, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, true, false, $8)
     ON CONFLICT (certificate_type, certificate_number) DO UPDATE SET
       icp_number = coalesce(registry_subjects.icp_number, EXCLUDED.icp_number),
       name = EXCLUDED.name, leader_name = EXCLUDED.leader_name, accessed_here = true, in_flight = false
     RETURNING id, icp_number`,
    [
      icpNumber,
      subject.certificateType,
      normalizeCertificateNumber(subject.certificateNumber),
      subject.name,
      subject.nature,
      subject.province,
      subject.leaderName,
      at,
    ],
  );
  return rows[0]!.id;
}

export type LiveWebsite = { icpNumber: string; subjectId: string };

/** The live filing of a domain (any form), locked. */
export async function liveWebsite(tx: Queryable, domain: string): Promise<LiveWebsite | undefined> {
  const { rows } = await tx.query<{ icp_number: string; subject_id: string }>(
    'SELECT icp_number, subject_id FROM registry_websites WHERE domain = $1 AND NOT cancelled FOR UPDATE',
    [registryDomainKey(domain)],
  );
  const r = rows[0];
  return r ? { icpNumber: r.icp_number, subjectId: r.subject_id } : undefined;
}

/** A website filing already held by the subject is now accessed here too (接入备案, 新增接入). */
export async function accessWebsite(tx: Queryable, icpNumber: string): Promise<void> {
  await tx.query('UPDATE registry_websites SET accessed_here = true WHERE icp_number = $1', [icpNumber]);
}

export async function fileWebsite(
  tx: Queryable,
  w: { subjectId: string; icpNumber: string; domain: string; name: string },
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO registry_websites (icp_number, subject_id, domain, name, accessed_here, cancelled, created_at)
     VALUES ($1, $2, $3, $4, true, false, $5)`,
    [w.icpNumber, w.subjectId, registryDomainKey(w.domain), w.name, at],
  );
}
