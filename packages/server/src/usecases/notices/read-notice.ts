/** 标为已读: one of my in-site messages, or all of them. Another account's is NOT_FOUND. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { NOTICE_COLUMNS, noticeView, type NoticeRow, type NoticeView } from './notice-view.js';

export async function readNotice(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  noticeId: string,
): Promise<NoticeView> {
  const notFound = () => new AppError('NOT_FOUND', '找不到该站内信。', 'noticeId');
  if (!/^[1-9]\d{0,15}$/.test(noticeId)) throw notFound();
  const { rows } = await deps.db.query<NoticeRow>(
    `UPDATE outbox_messages SET read_at = coalesce(read_at, $3)
     WHERE id = $1 AND account_id = $2 AND channel = 'site'
     RETURNING ${NOTICE_COLUMNS}`,
    [Number(noticeId), actor.accountId, deps.clock.now()],
  );
  if (!rows[0]) throw notFound();
  return noticeView(rows[0]);
}

export async function readAllNotices(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor): Promise<number> {
  const { rowCount } = await deps.db.query(
    `UPDATE outbox_messages SET read_at = $2 WHERE account_id = $1 AND channel = 'site' AND read_at IS NULL`,
    [actor.accountId, deps.clock.now()],
  );
  return rowCount;
}
