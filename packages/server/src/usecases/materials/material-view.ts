/** A material (资料) as the database holds it and as the API shows it: metadata only, never the image. */
import { MATERIAL_CODES, MATERIALS, type MaterialCode } from '@beian/core';
import { z } from 'zod';

/** Identity documents, uploaded as a front (正面) and a back (反面) of similar proportions (seed 004 §6). */
export const ID_MATERIALS: ReadonlySet<MaterialCode> = new Set<MaterialCode>([
  'subject_leader_id',
  'website_leader_id',
  'legal_rep_id',
  'guardian_id',
]);

export const SIDE_ZH = { front: '正面', back: '反面' } as const;
export type Side = keyof typeof SIDE_ZH;

export type MaterialRow = {
  id: string;
  order_id: string;
  code: MaterialCode;
  path: string | null;
  side: Side | null;
  storage_key: string;
  mime: string;
  byte_size: number;
  width: number;
  height: number;
  sha256: string;
  uploaded_by: string;
  created_at: Date;
  deleted_at: Date | null;
  deleted_by: string | null;
};

export const materialViewSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  code: z.enum(MATERIAL_CODES as [MaterialCode, ...MaterialCode[]]),
  /** 资料名称 */
  name: z.string(),
  /** whose: 'websites[0]', 'websites[0].domains[1]'; null = the subject's */
  path: z.string().nullable(),
  side: z.enum(['front', 'back']).nullable(),
  /** the type the decoded file is, never the declared one */
  mime: z.string(),
  byteSize: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type MaterialView = z.infer<typeof materialViewSchema>;

export function materialView(row: MaterialRow): MaterialView {
  return {
    id: row.id,
    orderId: row.order_id,
    code: row.code,
    name: MATERIALS[row.code].zh + (row.side ? `（${SIDE_ZH[row.side]}）` : ''),
    path: row.path,
    side: row.side,
    mime: row.mime,
    byteSize: Number(row.byte_size),
    width: Number(row.width),
    height: Number(row.height),
    sha256: row.sha256,
    uploadedAt: new Date(row.created_at).toISOString(),
  };
}

/** Where a material's sealed file is stored: our ids only, nothing a user chose. */
export function storageKey(orderId: string, materialId: string): string {
  return `materials/${orderId}/${materialId}`;
}
