/**
 * Drains the outbox after commit (issue 4 item 7): email and SMS rows are taken with FOR UPDATE SKIP LOCKED in
 * bounded batches and leased in one short transaction (status 'sending', sending_until, attempts + 1); each is
 * then sent with no transaction open, through the mail adapter and the SMS gateway, and marked sent (or
 * delivered to the embedded outbox) by compare-and-set on its lease. A failure is retried with exponential
 * backoff; an SMTP 5xx refusal, or the last attempt, marks it failed.
 *
 * Never twice, as far as it can be known:
 * - two drainers never hold the same row: SKIP LOCKED when taking, and the lease keeps it from being taken again
 *   until sending_until (longer than the adapters' timeouts allow a send to last);
 * - a drainer that dies after leasing (the crash between commit and send) leaves the row 'sending'; when the lease
 *   lapses the row is taken again and sent once;
 * - a row marked sent is never taken again, and the mark is fenced by the lease (attempts) so a drainer whose
 *   lease lapsed cannot overwrite a newer attempt;
 * - the one case no sender can settle, a process killed after the SMTP server accepted the message and before
 *   the mark was written, sends it again when the lease lapses — with the same Message-ID (the idempotency key),
 *   by which mail systems recognise the second copy; last_error records that the earlier outcome was unknown.
 * In-site messages need no sending: they are delivered when their transaction commits.
 */
import type { Config } from '../config.js';
import { Sealer } from '../crypto/sealer.js';
import type { Deps } from '../deps.js';
import {
  createMailSender,
  isPermanentFailure,
  type Delivery,
  type MailSender,
} from '../adapters/mail/index.js';
import { smsSimulator } from '../adapters/sms/simulator.js';
import type { SmsGateway } from '../adapters/sms/sms.js';

/** How long a leased row is left to its drainer (well over the SMTP timeouts of one send). */
export const OUTBOX_LEASE_MS = 5 * 60_000;
/** A leased row is only sent while at least this much of its lease is left; else it goes back. */
const SEND_BUDGET_MS = 2 * 60_000;
export const OUTBOX_MAX_ATTEMPTS = 10;
/** 1, 2, 4, 8 … minutes after each failure, at most 6 hours. */
export const outboxBackoffMs = (attempts: number) =>
  Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 6 * 3_600_000);

export const LAPSED_LEASE_NOTE = '上次发送未确认完成（发送进程中断），已以同一 Message-ID 重新发送';

export type OutboxRow = {
  id: number;
  channel: 'email' | 'sms' | 'site';
  recipient: string;
  subject: string;
  body: string;
  account_id: string | null;
  order_id: string | null;
  kind: string;
  status: 'pending' | 'sending' | 'sent' | 'outbox' | 'delivered' | 'failed';
  attempts: number;
  idempotency_key: string;
  sending_until: Date | null;
  next_attempt_at: Date | null;
  sent_at: Date | null;
  last_error: string | null;
  provider_id: string | null;
  created_at: Date;
  read_at: Date | null;
};

export type DrainResult = { sent: number; outbox: number; retried: number; failed: number };

const senders = new WeakMap<Config, MailSender>();

/** deps.mail, else the sender the configuration names (one per configuration). */
export function mailSenderOf(deps: Pick<Deps, 'config' | 'mail'>): MailSender {
  if (deps.mail) return deps.mail;
  let s = senders.get(deps.config);
  if (!s) senders.set(deps.config, (s = createMailSender(deps.config)));
  return s;
}

export function smsGatewayOf(deps: Pick<Deps, 'sms'>): SmsGateway {
  return deps.sms ?? smsSimulator;
}

/** The domain of MAIL_FROM's address (Message-IDs are '<key@domain>'). */
function mailDomain(config: Pick<Config, 'mail' | 'publicUrl'>): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(config.mail.from);
  if (m) return m[1]!;
  try {
    return new URL(config.publicUrl).hostname || 'beian.localhost';
  } catch {
    return 'beian.localhost';
  }
}

export function messageIdOf(config: Pick<Config, 'mail' | 'publicUrl'>, key: string): string {
  return `<${key.replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/g, '-')}@${mailDomain(config)}>`;
}

/** The email text as it is sent: the body, the order's link, the automatic-mail line. */
export function emailText(
  config: Pick<Config, 'publicUrl'>,
  row: Pick<OutboxRow, 'body' | 'order_id' | 'kind'>,
): string {
  if (!row.kind.startsWith('order.')) return row.body;
  return [
    row.body,
    '',
    ...(row.order_id ? [`查看订单：${config.publicUrl}/orders/${row.order_id}`] : []),
    '此邮件由备案系统自动发送，请勿直接回复。',
  ].join('\n');
}

/** The mobile number of an SMS row: sealed ones are opened. */
export function smsRecipient(sealer: Sealer, recipient: string): string {
  return Sealer.isSealed(recipient) ? sealer.open(recipient) : recipient;
}

const errorText = (e: unknown) =>
  String((e as Error)?.message ?? e)
    .replace(/\s+/g, ' ')
    .slice(0, 500);

/** Take due rows (pending and due, or leased with a lapsed lease) and lease them, in one short transaction. */
async function lease(deps: Pick<Deps, 'db'>, now: Date, batch: number): Promise<OutboxRow[]> {
  const until = new Date(now.getTime() + OUTBOX_LEASE_MS);
  const { rows } = await deps.db.transaction((tx) =>
    tx.query<OutboxRow>(
      `WITH due AS (
         SELECT id FROM outbox_messages
         WHERE channel IN ('email', 'sms')
           AND ((status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= $1))
             OR (status = 'sending' AND sending_until <= $1))
         ORDER BY next_attempt_at NULLS FIRST, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
       UPDATE outbox_messages m
       SET status = 'sending', sending_until = $3, attempts = m.attempts + 1,
           last_error = CASE WHEN m.status = 'sending' THEN $4 ELSE m.last_error END
       FROM due WHERE m.id = due.id
       RETURNING m.*`,
      [now, batch, until, LAPSED_LEASE_NOTE],
    ),
  );
  return rows.sort((a, b) => a.id - b.id);
}

/** Compare-and-set on the lease: only the drainer holding attempt `attempts` may settle the row. */
async function settle(
  deps: Pick<Deps, 'db'>,
  row: OutboxRow,
  set: string,
  params: unknown[],
): Promise<boolean> {
  const { rowCount } = await deps.db.query(
    `UPDATE outbox_messages SET ${set}, sending_until = NULL
     WHERE id = $1 AND status = 'sending' AND attempts = $2`,
    [row.id, row.attempts, ...params],
  );
  return rowCount > 0;
}

async function markDelivered(deps: Pick<Deps, 'db' | 'clock'>, row: OutboxRow, d: Delivery): Promise<void> {
  // the message is out: recording it must not turn into a second send, so a failing write is tried again
  for (let attempt = 1; ; attempt++) {
    try {
      await settle(deps, row, 'status = $3, sent_at = $4, provider_id = $5', [
        d.delivery,
        deps.clock.now(),
        d.providerId ?? null,
      ]);
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

async function markFailure(
  deps: Pick<Deps, 'db' | 'clock'>,
  row: OutboxRow,
  e: unknown,
): Promise<'retried' | 'failed'> {
  const now = deps.clock.now();
  if (isPermanentFailure(e) || row.attempts >= OUTBOX_MAX_ATTEMPTS) {
    await settle(deps, row, "status = 'failed', last_error = $3", [errorText(e)]);
    return 'failed';
  }
  await settle(deps, row, "status = 'pending', last_error = $3, next_attempt_at = $4", [
    errorText(e),
    new Date(now.getTime() + outboxBackoffMs(row.attempts)),
  ]);
  return 'retried';
}

/** Put leased rows back untouched (their lease is too short to start a send now). */
async function release(deps: Pick<Deps, 'db'>, rows: OutboxRow[]): Promise<void> {
  for (const row of rows) await settle(deps, row, "status = 'pending', attempts = attempts - 1", []);
}

async function sendOne(
  deps: Pick<Deps, 'config' | 'sealer' | 'mail' | 'sms'>,
  row: OutboxRow,
): Promise<Delivery> {
  if (row.channel === 'email')
    return mailSenderOf(deps).send({
      to: row.recipient,
      subject: row.subject,
      text: emailText(deps.config, row),
      messageId: messageIdOf(deps.config, row.idempotency_key),
    });
  return smsGatewayOf(deps).send({
    to: smsRecipient(deps.sealer, row.recipient),
    text: row.body,
    id: row.idempotency_key,
  });
}

/**
 * Send every email and SMS due at the clock's now, `batch` rows at a time, until none is due (or `maxBatches`).
 * Each row is sent with no transaction open. Returns what happened.
 */
export async function drainOutbox(
  deps: Pick<Deps, 'config' | 'db' | 'clock' | 'sealer' | 'mail' | 'sms'>,
  opts: { batch?: number; maxBatches?: number } = {},
): Promise<DrainResult> {
  const batch = opts.batch ?? 20;
  const result: DrainResult = { sent: 0, outbox: 0, retried: 0, failed: 0 };
  for (let n = 0; n < (opts.maxBatches ?? Number.POSITIVE_INFINITY); n++) {
    const rows = await lease(deps, deps.clock.now(), batch);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const leftMs = new Date(row.sending_until!).getTime() - deps.clock.now().getTime();
      if (leftMs < SEND_BUDGET_MS) {
        await release(deps, rows.slice(i));
        return result;
      }
      let delivery: Delivery;
      try {
        delivery = await sendOne(deps, row);
      } catch (e) {
        result[await markFailure(deps, row, e)]++;
        continue;
      }
      await markDelivered(deps, row, delivery);
      result[delivery.delivery]++;
    }
    if (rows.length < batch) break;
  }
  return result;
}
