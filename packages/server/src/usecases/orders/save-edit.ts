/**
 * 修改订单, the write: the owner's new content for an editable order, compare-and-set on the version the page held
 * and on the state, with its 'edit' audit row, in the caller's transaction. Zero rows: someone saved first.
 */
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import type { OrderRow } from './access.js';

type EditableColumn = 'data' | 'precheck' | 'target' | 'filing_type' | 'subject_key';

export async function saveEdit(
  tx: Queryable,
  order: OrderRow,
  version: number,
  actor: Actor,
  now: Date,
  columns: Partial<Record<EditableColumn, unknown>>,
): Promise<OrderRow> {
  const entries = Object.entries(columns);
  const sets = entries.map(([k], i) => `${k} = $${i + 5}`).join(', ');
  const { rows } = await tx.query<OrderRow>(
    `UPDATE orders SET ${sets}, version = version + 1, updated_at = $3
     WHERE id = $1 AND version = $2 AND state = $4 RETURNING *`,
    [
      order.id,
      version,
      now,
      order.state,
      ...entries.map(([, v]) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v)),
    ],
  );
  if (!rows[0])
    throw new AppError(
      'CONFLICT',
      '订单已在别处更新（版本不一致）：请刷新页面后再保存，未保存的修改请先复制。',
      'version',
    );
  await tx.query(
    `INSERT INTO order_events (order_id, at, actor_account_id, actor_role, event, from_state, to_state)
     VALUES ($1, $2, $3, 'applicant', 'edit', $4, $4)`,
    [order.id, now, actor.accountId, order.state],
  );
  return rows[0];
}
