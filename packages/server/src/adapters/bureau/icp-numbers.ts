/**
 * ICP numbers as a bureau issues them (domain-notes §6): the subject's 主体备案号 `京ICP备26000123号` is the
 * province's abbreviation, the two-digit year of first approval and a sequence; each website adds `-N`, N
 * continuing after the subject's existing websites. Both come from sequences that only grow (an atomic
 * increment of one row inside the approval's transaction), so a number is never issued twice, also when
 * bureaus approve at the same time; a number some filing already holds is skipped.
 */
import { chinaDateOf, PROVINCES, type ProvinceCode } from '@beian/core';
import type { Queryable } from '../../db/db.js';

/** The sequence part has at least 6 digits (8-digit numbers); the registry accepts up to 10 in all. */
const SEQUENCE_DIGITS = 6;

export function formatSubjectNumber(province: ProvinceCode, year: number, sequence: number): string {
  return `${PROVINCES[province].abbr}ICP备${String(year).padStart(2, '0')}${String(sequence).padStart(SEQUENCE_DIGITS, '0')}号`;
}

export function formatWebsiteNumber(subjectNumber: string, suffix: number): string {
  return `${subjectNumber}-${suffix}`;
}

/** The two-digit year of an instant in China (UTC+8). */
export function approvalYear(at: Date): number {
  return Number(chinaDateOf(at.toISOString()).slice(2, 4));
}

/** The next 主体备案号 of the province's bureau for a subject first approved at `at`. */
export async function issueSubjectNumber(tx: Queryable, province: ProvinceCode, at: Date): Promise<string> {
  const year = approvalYear(at);
  for (;;) {
    const { rows } = await tx.query<{ last_value: number }>(
      `INSERT INTO bureau_icp_sequences (province, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (province, year) DO UPDATE SET last_value = bureau_icp_sequences.last_value + 1
       RETURNING last_value`,
      [province, year],
    );
    const number = formatSubjectNumber(province, year, Number(rows[0]!.last_value));
    // filings the registry held before this bureau numbered anything (seeded, migrated) keep theirs
    const taken = await tx.query(
      `SELECT 1 FROM registry_subjects WHERE icp_number = $1
       UNION ALL SELECT 1 FROM bureau_icp_numbers WHERE icp_number = $1`,
      [number],
    );
    if (taken.rows.length === 0) return number;
  }
}

/**
 * `count` new website suffixes for a subject: after the highest it ever had (cancelled websites included, their
 * numbers are never given again), ascending.
 */
export async function issueWebsiteSuffixes(
  tx: Queryable,
  subjectNumber: string,
  count: number,
): Promise<number[]> {
  if (count <= 0) return [];
  const { rows: existing } = await tx.query<{ max: number | null }>(
    `SELECT max(split_part(icp_number, '-', 2)::int) AS max FROM registry_websites
     WHERE left(icp_number, length($1) + 1) = $1 || '-'`,
    [subjectNumber],
  );
  const floor = Number(existing[0]?.max ?? 0);
  const { rows } = await tx.query<{ last_value: number }>(
    `INSERT INTO bureau_website_sequences (subject_icp_number, last_value) VALUES ($1, $2::int + $3::int)
     ON CONFLICT (subject_icp_number)
       DO UPDATE SET last_value = GREATEST(bureau_website_sequences.last_value, $2::int) + $3::int
     RETURNING last_value`,
    [subjectNumber, floor, count],
  );
  const last = Number(rows[0]!.last_value);
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}
