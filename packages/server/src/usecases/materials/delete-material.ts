/**
 * 删除资料: the applicant removes a material while the order is editable. The row stays (deleted_at, who);
 * the sealed file is removed after the commit. An ID's front cannot go while its back stays: replace the
 * front instead, or delete the back first.
 */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { assertMaterialId, orderForMaterialWrite } from './access.js';
import { materialName, SERVER_MATERIALS, type MaterialRow } from './material-view.js';

export async function deleteMaterial(
  deps: Pick<Deps, 'db' | 'clock' | 'storage'>,
  actor: Actor,
  orderId: string,
  materialId: string,
): Promise<void> {
  await orderForMaterialWrite(deps.db, actor, orderId);
  assertMaterialId(materialId);
  const removed = await deps.db.transaction(async (tx) => {
    const order = await orderForMaterialWrite(tx, actor, orderId, { forUpdate: true });
    const { rows } = await tx.query<MaterialRow>(
      'SELECT * FROM materials WHERE id = $1 AND order_id = $2 AND deleted_at IS NULL',
      [materialId, order.id],
    );
    const row = rows[0];
    if (!row) throw new AppError('NOT_FOUND', '找不到该资料。', 'id');
    // the server's own materials (幕布照片) are records of a later stage, replaced through their own use case
    if (row.code in SERVER_MATERIALS)
      throw new AppError(
        'INVALID_STATE',
        `${materialName(row.code)}是核验记录，不能删除：如需更换请重新上传。`,
        'id',
      );
    if (row.side === 'front') {
      const back = await tx.query(
        `SELECT 1 FROM materials WHERE order_id = $1 AND code = $2 AND coalesce(path, '') = $3
           AND side = 'back' AND deleted_at IS NULL`,
        [order.id, row.code, row.path ?? ''],
      );
      if (back.rowCount > 0)
        throw new AppError(
          'INVALID_STATE',
          `${materialName(row.code)}的反面依赖正面：请直接上传新的正面替换，或先删除反面。`,
          'id',
        );
    }
    await tx.query('UPDATE materials SET deleted_at = $2, deleted_by = $3 WHERE id = $1', [
      row.id,
      deps.clock.now(),
      actor.accountId,
    ]);
    return row;
  });
  await deps.storage.delete(removed.storage_key).catch(() => {});
}
