/**
 * The claims of an order brought in line with its websites, at every submission (the first and each one after
 * a rejection), inside the submission's transaction. For the websites as they now stand (the precheck input's
 * `websites[i].access`):
 * - a number or code no website names any more (the website was removed or given another) turns 已作废: it went
 *   into a filing attempt and is never usable again (void-claims.ts);
 * - one a website still names, whose website moved (an earlier website removed), follows it to its new place;
 * - one not yet claimed is claimed (claim-access.ts): exactly one order wins a number.
 * Returns the claim of each website (undefined where the website names none).
 */
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import { claimWebsiteAccess, type ClaimResult } from './claim-access.js';
import type { AccessKind } from './issue-access.js';
import { ACCESS_TERMS } from './verify-access.js';

export type WebsiteAccess =
  { serviceNumber?: string | undefined; authorizationCode?: string | undefined } | undefined;

const normalised = (v: string) => v.replace(/[\s-]/g, '').toUpperCase();

function wanted(access: WebsiteAccess): { kind: AccessKind; value: string } | undefined {
  if (access?.serviceNumber) return { kind: 'service_number', value: normalised(access.serviceNumber) };
  if (access?.authorizationCode)
    return { kind: 'authorization_code', value: normalised(access.authorizationCode) };
  return undefined;
}

export async function syncOrderClaims(
  tx: Queryable,
  orderId: string,
  websites: readonly WebsiteAccess[],
  now: Date,
): Promise<(ClaimResult | undefined)[]> {
  const want = websites.map(wanted);
  const firstIndex = new Map<string, number>();
  want.forEach((w, i) => {
    if (!w) return;
    const seen = firstIndex.get(w.value);
    if (seen !== undefined)
      throw new AppError(
        'INVALID_INPUT',
        `网站${i + 1}与网站${seen + 1}填写了同一个${ACCESS_TERMS[w.kind].zh}：每个网站需要一个不同的${ACCESS_TERMS[w.kind].zh}。`,
        `websites[${i}].access.${ACCESS_TERMS[w.kind].field}`,
      );
    firstIndex.set(w.value, i);
  });

  for (const kind of ['service_number', 'authorization_code'] as const) {
    const { table, column } = ACCESS_TERMS[kind];
    const { rows: held } = await tx.query<{ value: string; website_index: number }>(
      `SELECT ${column} AS value, website_index FROM ${table} WHERE order_id = $1 AND state = 'filing'
       ORDER BY website_index FOR UPDATE`,
      [orderId],
    );
    const placeOf = (value: string): number | undefined => {
      const i = firstIndex.get(value);
      return i !== undefined && want[i]!.kind === kind ? i : undefined;
    };
    const dropped = held.filter((h) => placeOf(h.value) === undefined);
    if (dropped.length > 0)
      await tx.query(`UPDATE ${table} SET state = 'void', voided_at = $2 WHERE ${column} = ANY($1::text[])`, [
        dropped.map((h) => h.value),
        now,
      ]);
    const moved = held.filter((h) => placeOf(h.value) !== undefined && placeOf(h.value) !== h.website_index);
    const move = (value: string, index: number) =>
      tx.query(`UPDATE ${table} SET website_index = $2 WHERE ${column} = $1`, [value, index]);
    // in two steps, so that websites trading places never meet on one (order, website) pair
    for (const h of moved) await move(h.value, placeOf(h.value)! + 100_000);
    for (const h of moved) await move(h.value, placeOf(h.value)!);
  }

  const results: (ClaimResult | undefined)[] = [];
  for (let i = 0; i < websites.length; i++)
    results.push(await claimWebsiteAccess(tx, websites[i], orderId, i, now));
  return results;
}
