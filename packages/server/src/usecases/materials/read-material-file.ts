/**
 * 查看资料图片: the decrypted image of one material, for its owner and for staff whose role and the order's
 * stage allow. A certificate image is personal data: every read is recorded (audit_reads) before the bytes go out.
 */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { auditRead } from '../orders/access.js';
import { createHash } from 'node:crypto';
import { assertMaterialId, orderForMaterialRead } from './access.js';
import { materialView, type MaterialRow, type MaterialView } from './material-view.js';

export async function readMaterialFile(
  deps: Pick<Deps, 'db' | 'clock' | 'storage'>,
  actor: Actor,
  orderId: string,
  materialId: string,
): Promise<{ material: MaterialView; bytes: Buffer }> {
  const order = await orderForMaterialRead(deps.db, actor, orderId);
  assertMaterialId(materialId);
  const { rows } = await deps.db.query<MaterialRow>(
    'SELECT * FROM materials WHERE id = $1 AND order_id = $2 AND deleted_at IS NULL',
    [materialId, order.id],
  );
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', '找不到该资料。', 'id');
  const bytes = await deps.storage.get(row.storage_key);
  // The seal authenticates the bytes; the digest also proves they are this row's file, not another's.
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== row.sha256)
    throw new AppError('INTERNAL', '资料文件丢失或已损坏：请联系客服，或重新上传该资料。');
  await auditRead(
    deps.db,
    actor,
    'material',
    row.id,
    { orderId: order.id, code: row.code, path: row.path, side: row.side },
    deps.clock.now(),
  );
  return { material: materialView(row), bytes };
}
