/**
 * 备案中 → 已备案 (seed 004 line 473), at the bureau's approval (another issue calls it inside the approval's
 * transaction): every number and code the order holds in filing, or only those of the given websites.
 * Compare-and-set on the state; returns how many moved (0 when already done).
 */
import type { Queryable } from '../../db/db.js';

export async function markFiled(
  tx: Queryable,
  orderId: string,
  now: Date,
  websiteIndexes?: readonly number[],
): Promise<number> {
  let moved = 0;
  for (const table of ['service_numbers', 'authorization_codes']) {
    const { rowCount } = await tx.query(
      `UPDATE ${table} SET state = 'filed', filed_at = $2
       WHERE order_id = $1 AND state = 'filing' AND ($3::int[] IS NULL OR website_index = ANY($3::int[]))`,
      [orderId, now, websiteIndexes ? [...websiteIndexes] : null],
    );
    moved += rowCount;
  }
  return moved;
}
