/**
 * Notices of an order's state change (issue 4 item 7), written into the outbox in the transaction of the change
 * (applyTransition calls enqueueOrderNotices after the audit row): so a change that rolls back leaves no notice,
 * and a committed one always has its notices.
 *
 * Who gets what:
 * - an SMS to the subject leader's 联系方式1 (subject.leader.mobile of the order data; it stays sealed in the
 *   outbox and is opened with deps.sealer only when sent);
 * - an email to the account and to each of its CONFIRMED 消息接收人 (pending or lapsed ones get nothing);
 * - an in-site message to the account, delivered when the transaction commits.
 * Each message's idempotency key is the order, its new version, the channel and the recipient: the same change
 * never enqueues a message twice. Events that change nothing the applicant waits for (edit, record_call) send
 * nothing.
 */
import { createHash } from 'node:crypto';
import {
  AFTER_FILING_KINDS,
  ORDER_STATES,
  TRANSITIONS,
  type OrderEvent,
  type OrderState,
  type Term,
} from '@beian/core';
import type { Queryable } from '../db/db.js';
import type { OrderRow } from '../usecases/orders/access.js';
import { enqueueMessage } from '../usecases/outbox/enqueue-message.js';

/** Events with no notice: the applicant's own edits and the reviewer's call log. */
const SILENT: ReadonlySet<OrderEvent> = new Set<OrderEvent>(['edit', 'record_call']);

const CHINA_OFFSET_MS = 8 * 3_600_000;

function china(d: Date): { y: number; m: number; d: number; hm: string } {
  const t = new Date(d.getTime() + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    hm: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  };
}

/** '11月24日 10:00' (China time). */
export function chinaDayTime(d: Date): string {
  const c = china(d);
  return `${c.m}月${c.d}日 ${c.hm}`;
}

/** '2026年11月24日 10:00' (China time). */
function chinaFullTime(d: Date): string {
  const c = china(d);
  return `${c.y}年${c.m}月${c.d}日 ${c.hm}`;
}

type Ctx = { to: OrderState; due: string | null };

const by = (c: Ctx, what: string) => (c.due ? `，预计 ${c.due} 前${what}` : '');

/** One sentence per event, what happened and what to do next. */
const SENTENCES: Partial<Record<OrderEvent, (c: Ctx) => string>> = {
  submit: (c) => `您的备案订单已提交初审${by(c, '完成')}。`,
  withdraw: () => '您已撤回备案订单，订单回到草稿状态：可修改后重新提交。',
  abandon: () => '您已放弃该备案订单，订单不再办理。',
  approve_initial: () => '您的备案订单已通过初审：请登录按提示完成核验（幕布拍照或上海管局App核验）。',
  reject_initial: () => '您的备案订单初审未通过：请登录查看驳回原因，按要求修改后重新提交。',
  reject_unreachable: () =>
    '初审员两次致电均未能联系到您，备案订单已被驳回：请确认联系方式畅通后修改并重新提交。',
  approve_verification: (c) =>
    c.to === 'awaiting_documents'
      ? '您的备案订单已通过核验：请按要求邮寄资料，我们收到后将提交管局。'
      : `您的备案订单已通过核验，我们将提交管局${by(c, '提交')}。`,
  reject_verification: () => '您的备案订单核验未通过：请登录查看原因，按要求重新核验。',
  documents_received: (c) => `我们已收到您邮寄的资料，将提交管局${by(c, '提交')}。`,
  push_to_bureau: (c) =>
    c.to === 'sms_verification'
      ? '您的备案订单已提交管局：请在48小时内完成短信核验（验证码发送至负责人手机）。'
      : '您的备案订单已提交管局审核，管局审核一般需要3至20个工作日。',
  sms_verified: () => '短信核验已完成，您的备案订单已进入管局审核。',
  sms_lapsed: () => '短信核验超时或未通过，您的备案订单已退回：请登录查看原因后重新提交。',
  bureau_approve: () => '恭喜！您的备案已通过管局审核：请登录查看备案号。',
  bureau_reject: () => '管局驳回了您的备案订单：请登录查看驳回原因，修改后重新提交。',
};

export type OrderNoticeText = { title: string; sentence: string };

/** The texts of an event's notices, or null when the event sends none. Pure. */
export function orderNoticeText(
  event: OrderEvent,
  to: OrderState,
  dueAt: Date | null,
  subjectName: string,
): OrderNoticeText | null {
  if (SILENT.has(event)) return null;
  const ctx: Ctx = { to, due: dueAt ? chinaDayTime(dueAt) : null };
  const sentence =
    SENTENCES[event]?.(ctx) ?? `您的备案订单：${TRANSITIONS[event].zh}，当前状态为“${ORDER_STATES[to].zh}”。`;
  const name = subjectName.trim();
  return { title: `【备案通知】${TRANSITIONS[event].zh}${name ? `：${name}` : ''}`, sentence };
}

type OrderDataLike = {
  subject?: { name?: unknown; leader?: { mobile?: unknown } };
  websites?: Array<{ name?: unknown }>;
};

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The idempotency key of one notice: order, its version after the change, channel, recipient. */
export function orderNoticeKey(
  order: Pick<OrderRow, 'id' | 'version'>,
  channel: 'email' | 'sms' | 'site',
  who: string,
): string {
  return `order.${order.id}.v${order.version}.${channel}.${who}`;
}

export type OrderNoticeInput = {
  /** The order as the change left it (its new state, version and due time). */
  readonly order: OrderRow;
  readonly event: OrderEvent;
  readonly at: Date;
  /** A sentence to add (an ICP number, where to mail documents…). */
  readonly note?: string;
};

/** Enqueue the notices of one change in the caller's transaction; returns how many were enqueued. */
export async function enqueueOrderNotices(tx: Queryable, input: OrderNoticeInput): Promise<number> {
  const { order, event, at } = input;
  const data = (order.data ?? {}) as OrderDataLike;
  const subjectName = typeof data.subject?.name === 'string' ? data.subject.name : '';
  const plain = orderNoticeText(
    event,
    order.state,
    order.due_at ? new Date(order.due_at) : null,
    subjectName,
  );
  if (!plain) return 0;
  // an after-filing order says what it is: 【备案通知】变更网站·初审通过, 您的变更网站订单…
  const kindZh = (AFTER_FILING_KINDS as Record<string, Term>)[order.kind]?.zh;
  const text = kindZh
    ? {
        title: plain.title.replace('【备案通知】', `【备案通知】${kindZh}·`),
        sentence: plain.sentence.replaceAll('您的备案订单', `您的${kindZh}订单`),
      }
    : plain;
  const note = input.note?.trim() ? input.note.trim() : '';
  const recipients = await emailRecipients(tx, order.account_id);
  if (!recipients) return 0;
  const websites = (data.websites ?? [])
    .map((w) => (typeof w.name === 'string' ? w.name : ''))
    .filter((n) => n !== '');
  const details = [
    ...(subjectName ? [`主体：${subjectName}`] : []),
    ...(websites.length ? [`网站：${websites.join('、')}`] : []),
    `订单编号：${order.id}`,
    `当前状态：${ORDER_STATES[order.state].zh}`,
    `时间：${chinaFullTime(at)}（北京时间）`,
  ];
  const common = {
    accountId: order.account_id,
    orderId: order.id,
    kind: `order.${event}`,
    subject: text.title,
  };
  let n = 0;
  const add = async (m: Parameters<typeof enqueueMessage>[1]) => {
    if (await enqueueMessage(tx, m, at)) n++;
  };

  await add({
    ...common,
    channel: 'site',
    recipient: order.account_id,
    key: orderNoticeKey(order, 'site', 'account'),
    body: [text.sentence, ...(note ? [note] : [])].join('\n'),
  });

  const mobile = data.subject?.leader?.mobile;
  if (typeof mobile === 'string' && mobile.trim() !== '')
    await add({
      ...common,
      channel: 'sms',
      recipient: mobile, // sealed as in the order; opened when sent
      key: orderNoticeKey(order, 'sms', 'leader'),
      body: `【备案通知】${subjectName ? `${subjectName}：` : ''}${text.sentence}${note ? note : ''}`,
    });

  const emailBody = (greeting: string, intro: readonly string[]) =>
    [greeting, '', ...intro, text.sentence, ...(note ? [note] : []), '', ...details].join('\n');
  for (const r of recipients)
    await add({
      ...common,
      channel: 'email',
      recipient: r.email,
      key: orderNoticeKey(order, 'email', r.digest),
      body: emailBody(r.greeting, r.intro),
    });
  return n;
}

export type EmailRecipient = {
  readonly email: string;
  /** A digest of the address, for idempotency keys (an address is not put in a Message-ID). */
  readonly digest: string;
  /** '陈思远，您好：' */
  readonly greeting: string;
  /** What a 消息接收人 is told first (whose receiver it is); empty for the account itself. */
  readonly intro: readonly string[];
};

/**
 * Who gets a notice's email for an account: the account, then its CONFIRMED 消息接收人 (pending or lapsed ones get
 * nothing), once per address. Undefined when there is no such account.
 */
export async function emailRecipients(
  tx: Queryable,
  accountId: string,
): Promise<EmailRecipient[] | undefined> {
  const { rows: accounts } = await tx.query<{ email: string; display_name: string }>(
    'SELECT email, display_name FROM accounts WHERE id = $1',
    [accountId],
  );
  const account = accounts[0];
  if (!account) return undefined;
  const { rows: receivers } = await tx.query<{ name: string; email: string }>(
    `SELECT name, email FROM notice_receivers
     WHERE account_id = $1 AND confirmed_at IS NOT NULL ORDER BY seq`,
    [accountId],
  );
  const all = [
    { name: account.display_name, email: account.email, intro: [] },
    ...receivers.map((r) => ({
      name: r.name,
      email: r.email,
      intro: [`您是账号“${account.display_name}”的备案消息接收人。`],
    })),
  ];
  const out: EmailRecipient[] = [];
  const sent = new Set<string>();
  for (const r of all) {
    const address = r.email.trim().toLowerCase();
    if (sent.has(address)) continue;
    sent.add(address);
    out.push({
      email: r.email.trim(),
      digest: digest(address),
      greeting: `${r.name}，您好：`,
      intro: r.intro,
    });
  }
  return out;
}
