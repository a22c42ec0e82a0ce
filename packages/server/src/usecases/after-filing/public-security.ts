/**
 * 公安联网备案 (research/domain-notes.md §6: within 30 days of a website going live, at the 全国互联网安全管理服务平台):
 * the applicant records the number it got (e.g. 京公网安备11010502030000号), which stops the reminder; the reminder
 * task (scheduled by the approval, filed-record.ts) sends an in-site message and an email 25 days after approval
 * for each website of the order still without one.
 */
import { PROVINCE_CODES, PROVINCES } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { registerTaskHandler } from '../../jobs/worker.js';
import { enqueueMessage } from '../outbox/enqueue-message.js';
import {
  PUBLIC_SECURITY_DAYS,
  PUBLIC_SECURITY_REMINDER_DAYS,
  publicSecurityDueZh,
  TASK_PUBLIC_SECURITY_REMINDER,
} from './filed-record.js';
import { filedRecordView, type FiledRecordView } from './record-view.js';

const ABBRS = PROVINCE_CODES.map((c) => PROVINCES[c].abbr).join('');
const NUMBER = new RegExp(`^[${ABBRS}]公网安备\\s?\\d{14}号$`);

export const publicSecurityInput = z.object({
  number: z
    .string()
    .trim()
    .regex(
      NUMBER,
      '公安联网备案号格式应为“省份简称 + 公网安备 + 14位数字 + 号”，如 京公网安备11010502030000号',
    ),
});

export async function recordPublicSecurity(
  deps: Deps,
  actor: Actor,
  icpNumber: string,
  input: z.infer<typeof publicSecurityInput>,
): Promise<FiledRecordView> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '只有申请人可以登记公安联网备案号。');
  const number = input.number.replace(/\s+/g, '');
  const { rowCount } = await deps.db.query(
    `UPDATE filed_websites w SET public_security_number = $3, public_security_recorded_at = $4
     FROM filed_subjects s
     WHERE w.icp_number = $1 AND s.icp_number = w.subject_icp_number AND s.account_id = $2
       AND w.cancelled_at IS NULL AND s.cancelled_at IS NULL`,
    [icpNumber, actor.accountId, number, deps.clock.now()],
  );
  if (rowCount === 0)
    throw new AppError('NOT_FOUND', '找不到该网站备案：请从“我的备案”中选择。', 'icpNumber');
  return (await filedRecordView(deps, actor))!;
}

async function remind(tx: Queryable, orderId: string, numbers: readonly string[], now: Date): Promise<void> {
  const { rows } = await tx.query<{
    icp_number: string;
    domain: string;
    approved_at: Date;
    account_id: string;
    email: string;
  }>(
    `SELECT w.icp_number, w.domain, w.approved_at, s.account_id, a.email
     FROM filed_websites w JOIN filed_subjects s ON s.icp_number = w.subject_icp_number
       JOIN accounts a ON a.id = s.account_id
     WHERE w.icp_number = ANY($1::text[]) AND w.public_security_number IS NULL AND w.cancelled_at IS NULL
       AND w.access_cancelled_at IS NULL`,
    [[...numbers]],
  );
  for (const r of rows) {
    const subject = `【备案提醒】请办理公安联网备案：${r.domain}`;
    const body =
      `网站 ${r.domain}（${r.icp_number}）已通过备案${PUBLIC_SECURITY_REMINDER_DAYS}天。按规定，网站须在开通之日起` +
      `${PUBLIC_SECURITY_DAYS}日内（${publicSecurityDueZh(r.approved_at)}前）到全国互联网` +
      '安全管理服务平台（beian.mps.gov.cn）办理公安联网备案，并在网站底部展示公安备案号。办理后请在“我的备案”中登记备案号。';
    const common = {
      accountId: r.account_id,
      orderId,
      kind: 'filing.public_security_reminder',
      subject,
      body,
    };
    await enqueueMessage(
      tx,
      { ...common, channel: 'site', recipient: r.account_id, key: `psb-reminder.${r.icp_number}.site` },
      now,
    );
    await enqueueMessage(
      tx,
      { ...common, channel: 'email', recipient: r.email, key: `psb-reminder.${r.icp_number}.email` },
      now,
    );
  }
}

registerTaskHandler(TASK_PUBLIC_SECURITY_REMINDER, async (_deps, tx, task, now) => {
  const numbers = Array.isArray(task.payload.websites) ? (task.payload.websites as string[]) : [];
  if (task.order_id && numbers.length) await remind(tx, task.order_id, numbers, now);
});
