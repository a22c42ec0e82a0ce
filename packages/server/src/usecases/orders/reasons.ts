/** Reviewers' reasons per field: validated against the order, stored per round, shown beside the field. */
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import type { OrderData } from './order-data.js';
import type { Reason } from './order-view.js';

const SEGMENT = /([A-Za-z_][\w]*)|\[(\d+)\]/g;

/** Whether a JSON path ('websites[0].leader.mobile', 'subject', 'materials') names a part of the order. */
export function pathInOrder(data: OrderData, path: string): boolean {
  if (path === 'materials') return true;
  let node: unknown = data;
  let consumed = '';
  for (const m of path.matchAll(SEGMENT)) {
    consumed += m[1] !== undefined ? (consumed ? `.${m[1]}` : m[1]) : `[${m[2]}]`;
    if (node === null || typeof node !== 'object') return false;
    const key = m[1] ?? Number(m[2]);
    if (!Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return consumed === path && path !== '';
}

export function validateReasons(
  data: OrderData,
  reasons: readonly { path: string; message: string }[],
): void {
  reasons.forEach((r, i) => {
    if (!pathInOrder(data, r.path))
      throw new AppError(
        'INVALID_INPUT',
        `驳回原因的字段路径“${r.path}”不是本订单中的字段。`,
        `reasons[${i}].path`,
      );
  });
}

export async function saveReasons(
  tx: Queryable,
  orderId: string,
  round: number,
  stage: string,
  reasons: readonly { path: string; message: string }[],
  by: string | null,
  at: Date,
): Promise<void> {
  for (const r of reasons)
    await tx.query(
      `INSERT INTO review_reasons (order_id, round, stage, path, message, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [orderId, round, stage, r.path, r.message, by, at],
    );
}

/** The reasons of the latest round that has any: what the applicant must fix now. */
export async function currentReasons(db: Queryable, orderId: string): Promise<Reason[]> {
  const { rows } = await db.query<{ path: string; message: string; stage: string; round: number }>(
    `SELECT path, message, stage, round FROM review_reasons
     WHERE order_id = $1 AND round = (SELECT max(round) FROM review_reasons WHERE order_id = $1)
     ORDER BY created_at, path`,
    [orderId],
  );
  return rows.map((r) => ({ ...r, round: Number(r.round) }));
}
