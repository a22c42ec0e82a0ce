/**
 * Email for notices, as an adapter: an SMTP server (nodemailer, SMTP_URL) or, in the embedded default, the
 * outbox itself (the message stays in outbox_messages, marked delivered to the outbox, and the web app shows it).
 */

export type MailMessage = {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The SMTP Message-ID, '<key@domain>': the outbox row's idempotency key, the same on every retry. */
  readonly messageId: string;
};

/** 'sent': a mail server accepted it (providerId: its reply); 'outbox': kept in the embedded outbox. */
export type Delivery = { readonly delivery: 'sent' | 'outbox'; readonly providerId?: string };

export interface MailSender {
  readonly kind: 'smtp' | 'outbox';
  /** Throws when the message was not accepted; `permanent` errors are not retried (SMTP 5xx). */
  send(message: MailMessage): Promise<Delivery>;
  close(): void;
}

/** A failure that retrying will not fix (the server refused the recipient or the message: SMTP 5xx). */
export function isPermanentFailure(e: unknown): boolean {
  const code =
    typeof e === 'object' && e !== null && 'responseCode' in e ? Number(e.responseCode) : Number.NaN;
  return code >= 500 && code < 600;
}
