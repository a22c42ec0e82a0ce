/** An order's current uploads of the applicant's materials (metadata only): what its precheck counts. */
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import { SERVER_MATERIALS, type MaterialRow } from './material-view.js';

export type CurrentMaterial = Pick<MaterialRow, 'id' | 'code' | 'path' | 'side'>;

export async function currentMaterials(db: Queryable, orderId: string): Promise<CurrentMaterial[]> {
  const { rows } = await db.query<CurrentMaterial>(
    'SELECT id, code, path, side FROM materials WHERE order_id = $1 AND deleted_at IS NULL ORDER BY id',
    [orderId],
  );
  return rows.filter((r) => !(r.code in SERVER_MATERIALS));
}

/**
 * In the submission's transaction, after the order's row is locked: the materials its check counted are still the
 * order's (an upload or a deletion that committed while the check ran is seen here; a later one waits for the
 * lock and then finds the order submitted).
 */
export async function assertMaterialsUnchanged(
  tx: Queryable,
  orderId: string,
  counted: readonly CurrentMaterial[],
): Promise<void> {
  const still = await currentMaterials(tx, orderId);
  if (still.map((m) => m.id).join() !== counted.map((m) => m.id).join())
    throw new AppError('CONFLICT', '提交时资料有变动：请确认资料后重新提交。', 'materials');
}
