/**
 * The notice of a filed-site check that found a problem where the last check found none (or there was no check
 * before): written into the outbox in the transaction that records the check, once per check and recipient (the
 * idempotency key is the check's id). An in-site message to the account and an email to the account and its
 * confirmed 消息接收人; no SMS (nothing here is urgent enough to be worth a text message).
 */
import type { SiteCheckJudgement } from '@beian/core';
import type { Queryable } from '../db/db.js';
import type { CheckedWebsite } from '../usecases/site-checks/site-check-view.js';
import { enqueueMessage } from '../usecases/outbox/enqueue-message.js';
import { chinaDayTime, emailRecipients } from './order-notices.js';

export type SiteCheckNoticeInput = {
  readonly accountId: string;
  readonly website: CheckedWebsite;
  readonly judgement: SiteCheckJudgement;
  readonly checkId: number;
  readonly at: Date;
};

/** The texts of the notice. Pure. */
export function siteCheckNoticeText(
  website: Pick<CheckedWebsite, 'icpNumber' | 'domain' | 'name'>,
  judgement: Pick<SiteCheckJudgement, 'problem' | 'rules'>,
  at: Date,
): { title: string; body: string } {
  const basis = judgement.rules.map((r) => `依据：${r.citation}：“${r.quote}”`);
  return {
    title: `【备案通知】网站检查发现问题：${website.domain}`,
    body: [
      `您的网站“${website.name}”（${website.domain}，网站备案号 ${website.icpNumber}）在 ${chinaDayTime(at)}（北京时间）的检查中发现问题：`,
      judgement.problem ?? '',
      ...basis,
      '请尽快处理；处理后可在“我的备案号”页面点击“立即检测”确认。',
    ].join('\n'),
  };
}

export async function enqueueSiteCheckNotices(tx: Queryable, input: SiteCheckNoticeInput): Promise<number> {
  const { accountId, website, judgement, checkId, at } = input;
  const recipients = await emailRecipients(tx, accountId);
  if (!recipients) return 0;
  const text = siteCheckNoticeText(website, judgement, at);
  const common = { accountId, kind: 'site_check.problem', subject: text.title };
  let n = 0;
  const add = async (m: Parameters<typeof enqueueMessage>[1]) => {
    if (await enqueueMessage(tx, m, at)) n++;
  };
  await add({ ...common, channel: 'site', recipient: accountId, key: `site-check.${checkId}.${accountId}.site`, body: text.body }); // prettier-ignore
  for (const r of recipients)
    await add({
      ...common,
      channel: 'email',
      recipient: r.email,
      key: `site-check.${checkId}.${accountId}.email.${r.digest}`,
      body: [r.greeting, '', ...r.intro, text.body].join('\n'),
    });
  return n;
}
