/**
 * The order as the applicant writes it: the precheck input's subject and websites (one schema with the core,
 * style.md 3). Personal data in it — every person's certificate number and mobile number, and an individual's
 * own certificate number — is sealed field by field before it is stored, opened for its owner and for staff
 * whose stage allows, and masked everywhere else.
 */
import { subjectSchema, websiteSchema } from '@beian/core';
import { z } from 'zod';
import type { Sealer } from '../../crypto/sealer.js';

export const orderDataSchema = z.object({
  subject: subjectSchema,
  websites: z.array(websiteSchema).max(10, '一个备案订单最多10个网站'),
});
export type OrderData = z.infer<typeof orderDataSchema>;

type Person = { certificateNumber: string; mobile: string };

/** The personal fields of an order, as [object, key] pairs. */
function personalFields(data: OrderData): Array<[Record<string, unknown>, string]> {
  const out: Array<[Record<string, unknown>, string]> = [];
  const person = (p: Person) => {
    out.push(
      [p as unknown as Record<string, unknown>, 'certificateNumber'],
      [p as unknown as Record<string, unknown>, 'mobile'],
    );
  };
  person(data.subject.leader);
  if (data.subject.nature === 'individual')
    out.push([data.subject.certificate as unknown as Record<string, unknown>, 'number']);
  for (const w of data.websites) if (typeof w.leader === 'object') person(w.leader);
  return out;
}

function mapPersonal(data: OrderData, fn: (value: string) => string): OrderData {
  const copy = structuredClone(data);
  for (const [obj, key] of personalFields(copy)) if (typeof obj[key] === 'string') obj[key] = fn(obj[key]);
  return copy;
}

export function sealOrderData(data: OrderData, sealer: Sealer): OrderData {
  return mapPersonal(data, (v) => sealer.seal(v));
}

export function openOrderData(data: OrderData, sealer: Sealer): OrderData {
  return mapPersonal(data, (v) => sealer.open(v));
}

/** 110101********102X, 139****0102: enough to recognise, not enough to use. */
export function maskNumber(value: string): string {
  const v = value.trim();
  if (v.length <= 4) return '*'.repeat(v.length);
  if (v.length === 11 && /^1\d{10}$/.test(v)) return `${v.slice(0, 3)}****${v.slice(7)}`;
  const keep = v.length >= 15 ? 6 : 2;
  return v.slice(0, keep) + '*'.repeat(Math.max(v.length - keep - 4, 1)) + v.slice(-4);
}

export function maskOrderData(sealed: OrderData, sealer: Sealer): OrderData {
  return mapPersonal(sealed, (v) => maskNumber(sealer.open(v)));
}

/** What ties an account to its one subject: a blind index of the subject's certificate number. */
export function subjectKey(data: OrderData, sealer: Sealer): string {
  return sealer.index(data.subject.certificate.number.trim().toUpperCase());
}
