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

type SubjectRow = { id: string; icp_number: string | null; in_flight: boolean; cancelled: boolean };

async function lockSubject(
  tx: Queryable,
  cert: { type: string; number: string },
): Promise<SubjectRow | undefined> {
  const { rows } = await tx.query<SubjectRow>(
    `SELECT id, icp_number, in_flight, cancelled FROM registry_subjects
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
  const row = await lockSubject(tx, cert);
  // a cancelled subject (注销主体) is filed again under a new number: a cancelled number is never restored
  return row && !row.cancelled ? (row.icp_number ?? undefined) : undefined;
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
       icp_number = CASE WHEN registry_subjects.cancelled THEN EXCLUDED.icp_number
                         ELSE coalesce(registry_subjects.icp_number, EXCLUDED.icp_number) END,
       name = EXCLUDED.name, leader_name = EXCLUDED.leader_name, accessed_here = true, in_flight = false,
       cancelled = false
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

// ---------------------------------------------------------------------------------------------------------
// 备案后的业务: what an approved change, cancellation or cancelled access does to the registry.

/** 变更主体: the subject under `icpNumber` takes the new certificate, name, nature and leader (its number stays). */
export async function changeSubjectFiling(
  tx: Queryable,
  icpNumber: string,
  subject: RegistrySubjectInput,
): Promise<void> {
  const number = normalizeCertificateNumber(subject.certificateNumber);
  // the bureau's review marked the new certificate in flight with a row of its own: it is this subject now
  await tx.query(
    `DELETE FROM registry_subjects WHERE certificate_type = $1 AND certificate_number = $2 AND icp_number IS NULL`,
    [subject.certificateType, number],
  );
  await tx.query(
    `UPDATE registry_subjects SET certificate_type = $2, certificate_number = $3, name = $4, nature = $5,
       leader_name = $6, in_flight = false
     WHERE icp_number = $1`,
    [icpNumber, subject.certificateType, number, subject.name, subject.nature, subject.leaderName],
  );
}

/** 变更网站: the website filing's name as changed. */
export async function renameWebsiteFiling(tx: Queryable, icpNumber: string, name: string): Promise<void> {
  await tx.query('UPDATE registry_websites SET name = $2 WHERE icp_number = $1', [icpNumber, name]);
}

/** 注销网站: the filing is cancelled and frees its domain; its number is never issued again. */
export async function cancelWebsiteFiling(tx: Queryable, icpNumber: string): Promise<void> {
  await tx.query(
    'UPDATE registry_websites SET cancelled = true, accessed_here = false WHERE icp_number = $1',
    [icpNumber],
  );
}

/** 注销主体: the subject and every website filing under it, wherever accessed. */
export async function cancelSubjectFiling(tx: Queryable, icpNumber: string): Promise<void> {
  await tx.query(
    `UPDATE registry_websites SET cancelled = true, accessed_here = false
     WHERE subject_id = (SELECT id FROM registry_subjects WHERE icp_number = $1)`,
    [icpNumber],
  );
  await tx.query(
    'UPDATE registry_subjects SET cancelled = true, accessed_here = false, in_flight = false WHERE icp_number = $1',
    [icpNumber],
  );
}

/**
 * 取消接入: this provider no longer accesses the website; a website no other provider accesses is a 空壳网站 (the
 * bureau cancels it later, outside the platform). The subject is accessed here while any of its websites is.
 */
export async function cancelWebsiteAccess(tx: Queryable, icpNumber: string): Promise<void> {
  const { rows } = await tx.query<{ subject_id: string }>(
    'UPDATE registry_websites SET accessed_here = false WHERE icp_number = $1 RETURNING subject_id',
    [icpNumber],
  );
  const subjectId = rows[0]?.subject_id;
  if (subjectId)
    await tx.query(
      `UPDATE registry_subjects s SET accessed_here = EXISTS (
         SELECT 1 FROM registry_websites w WHERE w.subject_id = s.id AND w.accessed_here AND NOT w.cancelled)
       WHERE s.id = $1`,
      [subjectId],
    );
}

/** The live website filings of a subject, with where they are accessed. */
export async function subjectWebsites(
  db: Queryable,
  subjectIcpNumber: string,
): Promise<
  Array<{
    icpNumber: string;
    domain: string;
    name: string;
    accessedHere: boolean;
    accessedElsewhere: boolean;
  }>
> {
  const { rows } = await db.query<{
    icp_number: string;
    domain: string;
    name: string;
    accessed_here: boolean;
    accessed_elsewhere: boolean;
  }>(
    `SELECT w.icp_number, w.domain, w.name, w.accessed_here, w.accessed_elsewhere
     FROM registry_websites w JOIN registry_subjects s ON s.id = w.subject_id
     WHERE s.icp_number = $1 AND NOT s.cancelled AND NOT w.cancelled
     ORDER BY split_part(w.icp_number, '-', 2)::int`,
    [subjectIcpNumber],
  );
  return rows.map((r) => ({
    icpNumber: r.icp_number,
    domain: r.domain,
    name: r.name,
    accessedHere: r.accessed_here,
    accessedElsewhere: r.accessed_elsewhere,
  }));
}

/** The bureau's review of an after-filing order ended: the subject is no longer in flight. */
export async function clearSubjectInFlightByNumber(tx: Queryable, icpNumber: string): Promise<void> {
  await tx.query('UPDATE registry_subjects SET in_flight = false WHERE icp_number = $1', [icpNumber]);
}
