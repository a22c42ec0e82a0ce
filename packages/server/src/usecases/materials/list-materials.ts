/** 资料列表: an order's current materials, metadata only, with what the actor may do next. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { isEditable } from '@beian/core';
import { z } from 'zod';
import { orderForMaterialRead } from './access.js';
import { materialView, materialViewSchema, type MaterialRow } from './material-view.js';

export const listMaterialsOutput = z.object({
  materials: z.array(materialViewSchema),
  /** what the actor may do with this order's materials now */
  actions: z.object({ upload: z.boolean(), delete: z.boolean() }),
});
export type ListMaterialsOutput = z.infer<typeof listMaterialsOutput>;

export async function listMaterials(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
  orderId: string,
): Promise<ListMaterialsOutput> {
  const order = await orderForMaterialRead(deps.db, actor, orderId);
  const { rows } = await deps.db.query<MaterialRow>(
    `SELECT * FROM materials WHERE order_id = $1 AND deleted_at IS NULL
     ORDER BY code, coalesce(path, ''), coalesce(side, ''), created_at`,
    [order.id],
  );
  const mayEdit = actor.role === 'applicant' && isEditable(order.state);
  return { materials: rows.map(materialView), actions: { upload: mayEdit, delete: mayEdit } };
}
