/**
 * Materials for tests, uploaded through the real materials API (POST /orders/:id/materials, multipart): real
 * JPEGs made with sharp (noise over a gradient, as a camera photo, so JPEG cannot squeeze them below the 200 KB
 * floor), an identity document's front and back of similar proportions. An order is submitted only with the
 * materials its precheck requires, so every test that submits uploads them first (`withMaterials`).
 */
import { randomBytes } from 'node:crypto';
import type { MaterialCode } from '@beian/core';
import sharp from 'sharp';
import { ID_MATERIALS } from '../../src/usecases/materials/material-view.js';
import type { Agent } from './app.js';

/** Noise over a gradient: photographic enough that JPEG cannot squeeze it below the size floor. */
export function noise(width: number, height: number): Buffer {
  const raw = randomBytes(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (raw[i]! >> 2) * 3 + (x * 64) / width;
      raw[i + 1] = (raw[i + 1]! >> 2) * 3 + (y * 64) / height;
    }
  return raw;
}

/** A camera-like JPEG of `width`×`height`. */
export const jpeg = (width: number, height: number, quality = 30) =>
  sharp(noise(width, height), { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();

type Images = { front: Buffer; back: Buffer; portrait: Buffer };
let images: Promise<Images> | undefined;

/** Made once per process: an ID's front (1600×1000) and back (1580×1000), a portrait photo (1200×1600). */
export function materialImages(): Promise<Images> {
  return (images ??= (async () => ({
    front: await jpeg(1600, 1000),
    back: await jpeg(1580, 1000),
    portrait: await jpeg(1200, 1600),
  }))());
}

/**
 * A new photo: the portrait JPEG with a comment segment (COM) of random bytes after its start marker, so its
 * bytes (and SHA-256) are its own while it decodes to the same picture — as a photo taken again.
 */
export async function freshPhoto(): Promise<Buffer> {
  const { portrait } = await materialImages();
  const nonce = Buffer.from(`beian-test ${randomBytes(12).toString('hex')}`);
  const com = Buffer.alloc(4);
  com.writeUInt16BE(0xfffe, 0);
  com.writeUInt16BE(nonce.length + 2, 2);
  return Buffer.concat([portrait.subarray(0, 2), com, nonce, portrait.subarray(2)]);
}

/** A multipart/form-data body: text fields, then the file. */
export function multipart(
  fields: Record<string, string>,
  file?: { bytes: Buffer; name?: string; type?: string },
): { body: Buffer; type: string } {
  const boundary = `----beian${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  if (file)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name ?? 'photo.jpg'}"\r\n` +
          `Content-Type: ${file.type ?? 'image/jpeg'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

/** How a test sends a multipart body as the applicant: an Agent (inject), or fetch against a real server. */
export type SendMultipart = (
  url: string,
  body: Buffer,
  contentType: string,
) => Promise<{ statusCode: number; body: string }>;

/** An applicant's session as these helpers use it: an `Agent`, or any client with the same two calls. */
export type Session = Pick<Agent, 'get' | 'raw'>;

export const viaAgent =
  (agent: Session): SendMultipart =>
  (url, body, type) =>
    agent.raw('POST', url, body, type);

export type Required = { code: string; path?: string | undefined };

/** The slots a required material fills: an identity document's front and back, anything else one image. */
export function slotsOf(required: Required): Array<Record<string, string> & { code: string }> {
  const base = { code: required.code, ...(required.path ? { path: required.path } : {}) };
  return ID_MATERIALS.has(required.code as MaterialCode)
    ? [
        { ...base, side: 'front' },
        { ...base, side: 'back' },
      ]
    : [base];
}

/** The images uploaded for an ID's front and back and for every other material. */
export type MaterialFiles = { front: Buffer; back: Buffer };

/** Upload one material (one slot) of an order; throws with the server's answer when refused. */
export async function uploadMaterial(
  send: SendMultipart,
  orderId: string,
  fields: Record<string, string>,
  bytes?: Buffer,
  files?: MaterialFiles,
): Promise<{ id: string; code: string }> {
  const img = files ?? (await materialImages());
  const file = bytes ?? (fields.side === 'back' ? img.back : img.front);
  const { body, type } = multipart(fields, { bytes: file });
  const res = await send(`/api/v1/orders/${orderId}/materials`, body, type);
  if (res.statusCode !== 201)
    throw new Error(`upload ${JSON.stringify(fields)}: ${res.statusCode} ${res.body}`);
  return (JSON.parse(res.body) as { material: { id: string; code: string } }).material;
}

/** Upload every material in `required` (as the precheck's requiredMaterials lists them). */
export async function uploadMaterials(
  send: SendMultipart,
  orderId: string,
  required: readonly Required[],
  files?: MaterialFiles,
): Promise<void> {
  for (const r of required)
    for (const fields of slotsOf(r)) await uploadMaterial(send, orderId, fields, undefined, files);
}

/**
 * Small scans that still pass the 200 KB floor: noise PNGs of 300×250 and 296×250 (similar proportions), quick
 * to decode where many orders need materials (the benchmark's setup).
 */
export async function smallMaterialFiles(): Promise<MaterialFiles> {
  const png = (width: number, height: number) =>
    sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
  return { front: await png(300, 250), back: await png(296, 250) };
}

/**
 * The materials the order's saved precheck requires and it does not have yet (by slot: material, whose, side),
 * uploaded as its applicant (`agent`): what an applicant does on the wizard's 上传资料 step before submitting.
 * Returns what was required.
 */
export async function withMaterials(agent: Session, orderId: string): Promise<Required[]> {
  const res = await agent.get(`/api/v1/orders/${orderId}`);
  if (res.statusCode !== 200) throw new Error(`order: ${res.body}`);
  const required = (res.json() as { order: { precheck: { requiredMaterials: Required[] } | null } }).order
    .precheck?.requiredMaterials;
  if (!required) throw new Error(`order ${orderId} has no precheck to read its materials from`);
  const listed = await agent.get(`/api/v1/orders/${orderId}/materials`);
  if (listed.statusCode !== 200) throw new Error(`materials: ${listed.body}`);
  const key = (m: { code: string; path?: string | null; side?: string | null }) =>
    `${m.code}|${m.path ?? ''}|${m.side ?? ''}`;
  const have = new Set((listed.json() as { materials: Array<Parameters<typeof key>[0]> }).materials.map(key));
  const send = viaAgent(agent);
  for (const r of required)
    for (const fields of slotsOf(r)) if (!have.has(key(fields))) await uploadMaterial(send, orderId, fields);
  return required;
}
