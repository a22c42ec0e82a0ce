/** A material (资料) as the database holds it and as the API shows it: metadata only, never the image. */
import { MATERIAL_CODES, MATERIALS, type MaterialCode, type Term } from '@beian/core';
import { z } from 'zod';

/**
 * Materials the server collects beyond the precheck contract's list (precheck-contract.md): they are not asked
 * for when an order is written but at a later stage, through their own use case. 幕布照片: the website
 * leader's photo in front of the provider's curtain, uploaded during verification (核验).
 */
export const SERVER_MATERIALS = {
  curtain_photo: { zh: '幕布照片', en: 'Curtain photo' },
} as const satisfies Record<string, Term>;

/** Every code a stored material may carry: the contract's and the server's own. */
export type StoredMaterialCode = MaterialCode | keyof typeof SERVER_MATERIALS;
export const STORED_MATERIAL_CODES = [
  ...MATERIAL_CODES,
  ...(Object.keys(SERVER_MATERIALS) as Array<keyof typeof SERVER_MATERIALS>),
] as [StoredMaterialCode, ...StoredMaterialCode[]];

export function materialName(code: StoredMaterialCode): string {
  return (
    code in SERVER_MATERIALS
      ? SERVER_MATERIALS[code as keyof typeof SERVER_MATERIALS]
      : MATERIALS[code as MaterialCode]
  ).zh;
}

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
  code: StoredMaterialCode;
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
  code: z.enum(STORED_MATERIAL_CODES),
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
    name: materialName(row.code) + (row.side ? `（${SIDE_ZH[row.side]}）` : ''),
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

/**
 * The materials an order carries, as the precheck takes them (`{ code, path }`: whose, as requiredMaterials'
 * paths say): one entry per material and holder with a current upload, an identity document only once both
 * its sides are there (seed 004 §6: 正反面; the wizard offers a front and a back). The server's own materials
 * (幕布照片) are a later stage's, not the precheck's. The server's submission and the wizard in the browser
 * both count with this function, so the page shows what the submission will find.
 */
export function suppliedMaterials(
  rows: ReadonlyArray<{ code: string; path: string | null; side: string | null }>,
): Array<{ code: MaterialCode; path?: string }> {
  const sides = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.code in SERVER_MATERIALS || !(MATERIAL_CODES as readonly string[]).includes(r.code)) continue;
    const key = `${r.code}|${r.path ?? ''}`;
    if (!sides.has(key)) sides.set(key, new Set());
    sides.get(key)!.add(r.side ?? '');
  }
  const out: Array<{ code: MaterialCode; path?: string }> = [];
  for (const [key, have] of sides) {
    const [code, path] = key.split('|') as [MaterialCode, string];
    if (ID_MATERIALS.has(code) && !(have.has('front') && have.has('back'))) continue;
    out.push(path ? { code, path } : { code });
  }
  return out;
}

/** Where a material's sealed file is stored: our ids only, nothing a user chose. */
export function storageKey(orderId: string, materialId: string): string {
  return `materials/${orderId}/${materialId}`;
}
