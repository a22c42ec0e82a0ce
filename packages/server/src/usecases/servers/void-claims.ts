/**
 * 备案中 → 已作废: when an order ends without a filing (abandoned, withdrawn), the numbers and codes it claimed do
 * not return to 已绑定. The seed makes a used number unusable for good ("此备案服务号还是处于已使用的状态，无法用于
 * 其他网站的备案", seed 004 lines 392, 449) and product.md says "used once forever"; a number that went into a
 * filing attempt counts as used. They leave 备案中 (which would claim a filing in progress) for the terminal
 * 已作废, and still count against the server's quota. Called by the order use cases inside the transaction that
 * ends the order; compare-and-set, returns how many moved. `websiteIndexes` limits it to some websites (a
 * website removed from an order after it was submitted).
 */
import type { Queryable } from '../../db/db.js';

export async function voidClaims(
  tx: Queryable,
  orderId: string,
  now: Date,
  websiteIndexes?: readonly number[],
): Promise<number> {
  let moved = 0;
  for (const table of ['service_numbers', 'authorization_codes']) {
    const { rowCount } = await tx.query(
      `UPDATE ${table} SET state = 'void', voided_at = $2
       WHERE order_id = $1 AND state = 'filing' AND ($3::int[] IS NULL OR website_index = ANY($3::int[]))`,
      [orderId, now, websiteIndexes ? [...websiteIndexes] : null],
    );
    moved += rowCount;
  }
  return moved;
}
