/** 站内信: my in-site messages, newest first, a page at a time, with how many are unread. */
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { NOTICE_COLUMNS, noticeView, noticeViewSchema, type NoticeRow } from './notice-view.js';

export const listNoticesQuery = z.object({
  limit: z.coerce
    .number({ error: '每页条数应为数字' })
    .int('每页条数应为整数')
    .min(1, '每页至少1条')
    .max(100, '每页最多100条')
    .default(20),
  /** The page after the one that ended with this id (nextBefore of the previous page). */
  before: z.coerce
    .number({ error: '翻页参数应为数字' })
    .int('翻页参数应为整数')
    .positive('翻页参数应为正整数')
    .optional(),
});
export type ListNoticesQuery = z.infer<typeof listNoticesQuery>;

export const noticeListSchema = z.object({
  notices: z.array(noticeViewSchema),
  unread: z.number(),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.number().nullable(),
});
export type NoticeList = z.infer<typeof noticeListSchema>;

export async function listNotices(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
  query: ListNoticesQuery,
): Promise<NoticeList> {
  const { rows } = await deps.db.query<NoticeRow>(
    `SELECT ${NOTICE_COLUMNS} FROM outbox_messages
     WHERE account_id = $1 AND channel = 'site' AND ($2::bigint IS NULL OR id < $2)
     ORDER BY id DESC LIMIT $3`,
    [actor.accountId, query.before ?? null, query.limit + 1],
  );
  const { rows: count } = await deps.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox_messages
     WHERE account_id = $1 AND channel = 'site' AND read_at IS NULL`,
    [actor.accountId],
  );
  const page = rows.slice(0, query.limit);
  return {
    notices: page.map(noticeView),
    unread: count[0]!.n,
    nextBefore: rows.length > query.limit ? Number(page[page.length - 1]!.id) : null,
  };
}
