/**
 * 上传资料: the applicant uploads one image for a material of an order — or replaces the one in the same slot
 * (order, material, whose, side). The image is proved by decoding it (image.ts); an ID's back needs its front,
 * of similar proportions (seed 004 §6: 正反面比例要求为1:1). The file is stored sealed before the row is
 * written; the transaction holds no file I/O, and the replaced file is removed after the commit.
 */
import { MATERIAL_CODES, MATERIALS, type MaterialCode } from '@beian/core';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { PG, pgErrorCode, type Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { OrderRow } from '../orders/access.js';
import { orderForMaterialWrite } from './access.js';
import { inspectImage, similarProportions, type InspectedImage } from './image.js';
import {
  ID_MATERIALS,
  materialView,
  SIDE_ZH,
  storageKey,
  type MaterialRow,
  type MaterialView,
  type Side,
  type StoredMaterialCode,
} from './material-view.js';

const PATH = /^websites\[(\d)\](?:\.domains\[(\d{1,2})\])?$/;

/** Materials that belong to one website, or to one of its domains (precheck-contract.md: requiredMaterials.path). */
const PER_WEBSITE: ReadonlySet<MaterialCode> = new Set<MaterialCode>([
  'website_leader_id',
  'pre_approval_document',
]);
const PER_DOMAIN: ReadonlySet<MaterialCode> = new Set<MaterialCode>([
  'domain_certificate',
  'domain_holder_proof',
]);

export const uploadMaterialInput = z
  .object({
    code: z.enum(MATERIAL_CODES as [MaterialCode, ...MaterialCode[]], { error: '请选择有效的资料类型' }),
    path: z
      .string({ error: '资料归属须为文本' })
      .trim()
      .regex(PATH, '资料归属须为 websites[序号] 或 websites[序号].domains[序号]')
      .optional(),
    side: z.enum(['front', 'back'], { error: '证件面须为 front（正面）或 back（反面）' }).optional(),
  })
  .superRefine((v, ctx) => {
    const name = MATERIALS[v.code].zh;
    if (v.side && !ID_MATERIALS.has(v.code))
      ctx.addIssue({ code: 'custom', path: ['side'], message: `${name}不分正反面：请不要填写证件面` });
    if (PER_WEBSITE.has(v.code) && !(v.path && !v.path.includes('.domains')))
      ctx.addIssue({ code: 'custom', path: ['path'], message: `${name}属于某个网站：请填写 websites[序号]` });
    if (PER_DOMAIN.has(v.code) && !v.path?.includes('.domains'))
      ctx.addIssue({
        code: 'custom',
        path: ['path'],
        message: `${name}属于某个域名：请填写 websites[序号].domains[序号]`,
      });
  });
export type UploadMaterialInput = z.infer<typeof uploadMaterialInput>;

/** Raw multipart fields, parsed here after the order's access check (so a foreign order is NOT_FOUND first). */
export type UploadFields = Record<string, string | undefined>;

function parseInput(fields: UploadFields): UploadMaterialInput {
  const parsed = uploadMaterialInput.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'code';
  throw new AppError('INVALID_INPUT', `${field}：${issue.message}`, field);
}

/** The path must name a website (and domain) the order has. */
function assertPathInOrder(path: string | undefined, data: Record<string, unknown>): void {
  if (!path) return;
  const [, w, d] = PATH.exec(path)!;
  const websites = Array.isArray(data.websites) ? (data.websites as Array<{ domains?: unknown }>) : [];
  const website = websites[Number(w)];
  if (!website)
    throw new AppError(
      'INVALID_INPUT',
      `path：订单中没有第${Number(w) + 1}个网站，请先填写网站信息。`,
      'path',
    );
  if (d !== undefined && !(Array.isArray(website.domains) && Number(d) < website.domains.length))
    throw new AppError(
      'INVALID_INPUT',
      `path：第${Number(w) + 1}个网站没有第${Number(d) + 1}个域名，请先填写域名。`,
      'path',
    );
}

async function activeSides(
  tx: Queryable,
  orderId: string,
  code: MaterialCode,
  path: string | null,
): Promise<MaterialRow[]> {
  const { rows } = await tx.query<MaterialRow>(
    `SELECT * FROM materials WHERE order_id = $1 AND code = $2 AND coalesce(path, '') = $3
       AND side IS NOT NULL AND deleted_at IS NULL`,
    [orderId, code, path ?? ''],
  );
  return rows;
}

/** An ID's back needs its front; front and back must have similar proportions. */
function assertSides(
  input: UploadMaterialInput,
  img: InspectedImage,
  sides: MaterialRow[],
  tolerance: number,
): void {
  if (!input.side) return;
  const name = MATERIALS[input.code].zh;
  const otherSide: Side = input.side === 'front' ? 'back' : 'front';
  const other = sides.find((s) => s.side === otherSide);
  if (!other) {
    if (input.side === 'back')
      throw new AppError('INVALID_INPUT', `请先上传${name}的正面，再上传反面。`, 'side');
    return;
  }
  if (!similarProportions(img, other, tolerance)) {
    const [front, back] = input.side === 'front' ? [img, other] : [other, img];
    throw new AppError(
      'INVALID_INPUT',
      `${name}正反面照片的比例不一致（正面 ${front.width}×${front.height}，反面 ${back.width}×${back.height}）：` +
        `请在相同背景和光线下、相机与证件距离一致时拍摄正反面，使两张照片比例相近后重新上传${SIDE_ZH[input.side]}。`,
      'file',
    );
  }
}

export async function uploadMaterial(
  deps: Pick<Deps, 'db' | 'clock' | 'storage' | 'config'>,
  actor: Actor,
  orderId: string,
  fields: UploadFields,
  file: Buffer | undefined,
): Promise<{ material: MaterialView; replacedId: string | null }> {
  const order = await orderForMaterialWrite(deps.db, actor, orderId);
  const input = parseInput(fields);
  assertPathInOrder(input.path, order.data);
  const path = input.path ?? null;
  const { row, replaced } = await storeMaterialImage(
    deps,
    actor,
    order.id,
    { code: input.code, path, side: input.side ?? null },
    file,
    {
      lock: (tx) => orderForMaterialWrite(tx, actor, orderId, { forUpdate: true }),
      check: async (tx, img) => {
        if (input.side)
          assertSides(
            input,
            img,
            await activeSides(tx, order.id, input.code, path),
            deps.config.materials.idAspectTolerance,
          );
      },
    },
  );
  return { material: materialView(row), replacedId: replaced?.id ?? null };
}

/** Which material of an order, whose, which side: one current file per slot. */
export type MaterialSlot = { code: StoredMaterialCode; path: string | null; side: Side | null };

/**
 * The one image pipeline: proves the upload is an image the bureau accepts (image.ts), stores it sealed before
 * the row is written, then in one transaction re-reads and locks the order (`lock`: who may, in which state),
 * runs the caller's checks (`check`), retires the slot's current file, inserts the new row and lets the caller
 * write what goes with it (`within`). The transaction holds no file I/O; the replaced file is removed after the
 * commit, and the new file if the transaction fails.
 */
export async function storeMaterialImage(
  deps: Pick<Deps, 'db' | 'clock' | 'storage' | 'config'>,
  actor: Actor,
  orderId: string,
  slot: MaterialSlot,
  file: Buffer | undefined,
  hooks: {
    lock: (tx: Queryable) => Promise<OrderRow>;
    check?: (tx: Queryable, img: InspectedImage, order: OrderRow) => Promise<void>;
    within?: (
      tx: Queryable,
      row: MaterialRow,
      replaced: MaterialRow | undefined,
      order: OrderRow,
    ) => Promise<void>;
  },
): Promise<{ row: MaterialRow; replaced: MaterialRow | undefined }> {
  if (!file) throw new AppError('INVALID_INPUT', '请选择要上传的图片文件。', 'file');
  const img = await inspectImage(file, deps.config.materials);

  const id = randomUUID();
  const key = storageKey(orderId, id);
  await deps.storage.put(key, file);
  let result: { row: MaterialRow; replaced: MaterialRow | undefined };
  try {
    result = await deps.db.transaction(async (tx) => {
      const order = await hooks.lock(tx);
      await hooks.check?.(tx, img, order);
      const now = deps.clock.now();
      const { rows: old } = await tx.query<MaterialRow>(
        `UPDATE materials SET deleted_at = $5, deleted_by = $6
         WHERE order_id = $1 AND code = $2 AND coalesce(path, '') = $3 AND coalesce(side, '') = $4
           AND deleted_at IS NULL
         RETURNING *`,
        [order.id, slot.code, slot.path ?? '', slot.side ?? '', now, actor.accountId],
      );
      const { rows } = await tx.query<MaterialRow>(
        `INSERT INTO materials (id, order_id, code, path, side, storage_key, mime, byte_size, width, height, sha256,
           uploaded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [
          id,
          order.id,
          slot.code,
          slot.path,
          slot.side,
          key,
          img.mime,
          img.byteSize,
          img.width,
          img.height,
          img.sha256,
          actor.accountId,
          now,
        ],
      );
      await hooks.within?.(tx, rows[0]!, old[0], order);
      return { row: rows[0]!, replaced: old[0] };
    });
  } catch (e) {
    await deps.storage.delete(key).catch(() => {});
    if (pgErrorCode(e) === PG.uniqueViolation)
      throw new AppError('CONFLICT', '同一资料正在被另一个请求上传：请刷新后重试。', 'code');
    throw e;
  }
  // After the commit: the replaced file goes (its row stays, marked deleted). A failure leaves only a sealed orphan.
  if (result.replaced) await deps.storage.delete(result.replaced.storage_key).catch(() => {});
  return result;
}
