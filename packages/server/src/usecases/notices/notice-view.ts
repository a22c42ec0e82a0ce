/** In-site messages (站内信) as the API shows them. */
import { z } from 'zod';

export const noticeViewSchema = z.object({
  id: z.number(),
  /** What it announces: 'order.submit', 'order.approve_initial', … */
  kind: z.string(),
  orderId: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

export type NoticeRow = {
  id: number;
  kind: string;
  order_id: string | null;
  subject: string;
  body: string;
  created_at: Date;
  read_at: Date | null;
};

export const NOTICE_COLUMNS = 'id, kind, order_id, subject, body, created_at, read_at';

export function noticeView(r: NoticeRow): NoticeView {
  return {
    id: Number(r.id),
    kind: r.kind,
    orderId: r.order_id,
    title: r.subject,
    body: r.body,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  };
}

/** A notice id in a path: a malformed one is as unknown as another account's (NOT_FOUND, no hint). */
export const noticeIdParams = z.object({ noticeId: z.string().max(40) });
