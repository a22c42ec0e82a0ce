/** An order's current uploads of the applicant's materials (metadata only): what its precheck counts. */
import type { Queryable } from '../../db/db.js';
import { SERVER_MATERIALS, type MaterialRow } from './material-view.js';

export type CurrentMaterial = Pick<MaterialRow, 'id' | 'code' | 'path' | 'side'>;

export async function currentMaterials(db: Queryable, orderId: string): Promise<CurrentMaterial[]> {
  const { rows } = await db.query<CurrentMaterial>(
    'SELECT id, code, path, side FROM materials WHERE order_id = $1 AND deleted_at IS NULL ORDER BY id',
    [orderId],
  );
  return rows.filter((r) => !(r.code in SERVER_MATERIALS));
}
