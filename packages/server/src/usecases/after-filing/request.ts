/**
 * An after-filing order's request as the API takes it (one schema for create, update and the dry-run check), and
 * the request rebuilt from a stored order.
 */
import {
  AFTER_FILING_KIND_CODES,
  AFTER_FILING_KINDS,
  subjectSchema,
  websiteSchema,
  type AfterFilingKind,
  type AfterFilingRequest,
} from '@beian/core';
import { z } from 'zod';
import type { OrderRow } from '../orders/access.js';
import type { OrderData } from '../orders/order-data.js';

const icpNumber = z
  .string()
  .trim()
  .min(1, '请填写备案号')
  .max(40, '备案号过长')
  .regex(/^.ICP备\d{6,10}号(-\d+)?$/, '备案号格式应如 京ICP备12345678号-1');

/** What each kind takes: the rest must be absent, so a misplaced field is an error, not silently ignored. */
const FIELDS: Record<AfterFilingKind, ReadonlyArray<'subject' | 'websites' | 'targets'>> = {
  change_subject: ['subject'],
  change_website: ['websites'],
  change_access: ['websites'],
  cancel_subject: [],
  cancel_website: ['targets'],
  cancel_access: ['targets'],
};

export const afterFilingRequestSchema = z
  .object({
    kind: z.enum(AFTER_FILING_KIND_CODES as [AfterFilingKind, ...AfterFilingKind[]], {
      error: `业务类型应为：${AFTER_FILING_KIND_CODES.map((k) => `${k}（${AFTER_FILING_KINDS[k].zh}）`).join('、')}`,
    }),
    subject: subjectSchema.optional(),
    websites: z
      .array(z.object({ icpNumber, website: websiteSchema }))
      .max(10, '一次最多变更10个网站')
      .optional(),
    targets: z.array(icpNumber).max(50, '一次最多选择50个网站').optional(),
    declarations: z
      .object({ nameChangeRelated: z.boolean().optional(), acknowledged: z.boolean().optional() })
      .optional(),
  })
  .superRefine((v, ctx) => {
    const takes = FIELDS[v.kind];
    const zh = AFTER_FILING_KINDS[v.kind].zh;
    for (const f of ['subject', 'websites', 'targets'] as const) {
      if (takes.includes(f) && v[f] === undefined)
        ctx.addIssue({ code: 'custom', path: [f], message: `${zh}须填写 ${f}` });
      if (!takes.includes(f) && v[f] !== undefined)
        ctx.addIssue({ code: 'custom', path: [f], message: `${zh}不填写 ${f}` });
    }
  });
export type AfterFilingRequestInput = z.infer<typeof afterFilingRequestSchema>;

/** What an after-filing order keeps beside its data (orders.target). */
export type StoredTarget = {
  subjectIcpNumber: string;
  websiteNumbers: string[];
  targets?: string[];
  declarations?: { nameChangeRelated?: boolean; acknowledged?: boolean };
  changedPaths: string[];
  /** The concerned parts as filed, sealed like orders.data. */
  before: OrderData;
};

/** The request an order stands for, its data opened. */
export function requestOf(order: Pick<OrderRow, 'kind' | 'target'>, data: OrderData): AfterFilingRequest {
  const kind = order.kind as AfterFilingKind;
  const target = order.target as StoredTarget;
  const declarations = target.declarations ?? {};
  switch (FIELDS[kind][0]) {
    case 'subject':
      return { kind, subject: data.subject, declarations };
    case 'websites':
      return {
        kind,
        websites: data.websites.map((website, i) => ({ icpNumber: target.websiteNumbers[i]!, website })),
        declarations,
      };
    case 'targets':
      return { kind, targets: target.targets ?? [], declarations };
    default:
      return { kind, declarations };
  }
}

export function isAfterFilingKind(kind: string): kind is AfterFilingKind {
  return (AFTER_FILING_KIND_CODES as string[]).includes(kind);
}
