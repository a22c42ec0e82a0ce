/**
 * The precheck in the browser: the same `precheck` from @beian/core that the server runs on every save, over
 * the order as it is being typed. The order's shape is checked with the server's own schema first (a missing
 * date is "fill this in", not a rule finding); a field still empty is stood in for only so that the rules
 * can run on everything else.
 */
import {
  PrecheckInputError,
  formatPath,
  precheck,
  type PrecheckResult,
  type SuppliedMaterial,
} from '@beian/core';
import { orderDataSchema } from '@beian/server/dist/usecases/orders/order-data.js';
import { z } from 'zod';
import type { OrderData } from '../../../api/types.js';
import { NO_EXPIRY } from './draft.js';

z.config(z.locales.zhCN());

export type ShapeIssue = { path: string; message: string };

export type LiveCheck = {
  /** Shape problems: the server would refuse to save the order as it is. */
  shape: ShapeIssue[];
  result: PrecheckResult | undefined;
  /** How long the precheck took, in milliseconds. */
  ms: number;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function shapeMessage(path: string, issue: z.core.$ZodIssue): string {
  if (/certificateValidUntil$/.test(path)) return '请选择证件有效期截止日期（长期有效的证件请勾选“长期”）';
  if (/birthDate$/.test(path)) return '请选择出生日期';
  if (issue.code === 'too_big') return issue.message;
  return `请填写完整：${issue.message}`;
}

export function shapeIssues(data: OrderData): ShapeIssue[] {
  const parsed = orderDataSchema.safeParse(data);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return { path, message: shapeMessage(path, issue) };
  });
}

/** A copy the rules can run on: empty dates stood in for by 长期 (so they raise nothing of their own). */
export function standIns(data: OrderData): OrderData {
  const person = <P extends { certificateValidUntil: string; birthDate?: string }>(p: P): P => {
    const copy = { ...p };
    if (!DATE.test(copy.certificateValidUntil)) copy.certificateValidUntil = NO_EXPIRY;
    if (copy.birthDate !== undefined && !DATE.test(copy.birthDate)) delete copy.birthDate;
    return copy;
  };
  return {
    subject: { ...data.subject, leader: person(data.subject.leader) },
    websites: data.websites.map((w) =>
      typeof w.leader === 'object' ? { ...w, leader: person(w.leader) } : w,
    ),
  };
}

/** Today in China (UTC+8), the date the server evaluates on. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * `materials`: what the order carries (`suppliedMaterials` over its uploads, as the server counts them at
 * submission), so a required one missing shows here as MATERIAL_MISSING before the applicant submits; absent
 * while the list is loading.
 */
export function liveCheck(
  data: OrderData,
  asOf: string = chinaToday(),
  materials?: SuppliedMaterial[],
): LiveCheck {
  const started = performance.now();
  const shape = shapeIssues(data);
  let result: PrecheckResult | undefined;
  try {
    result = precheck({ asOf, ...standIns(data), ...(materials ? { materials } : {}) });
  } catch (e) {
    if (!(e instanceof PrecheckInputError)) throw e;
    if (!shape.some((s) => s.path === e.path)) shape.push({ path: e.path, message: e.message });
  }
  return { shape, result, ms: performance.now() - started };
}
