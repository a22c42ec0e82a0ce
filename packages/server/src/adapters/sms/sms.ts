/**
 * SMS (短信) as an adapter: a provider's gateway behind this interface (Aliyun, Tencent Cloud … in a
 * deployment), or the outbox simulator of the embedded default, where the message stays in outbox_messages,
 * marked delivered to the outbox, and the web app shows it (no real gateway is reachable from here).
 */
import type { Delivery } from '../mail/mail.js';

export type SmsMessage = {
  /** The mobile number, opened (the outbox keeps it sealed). */
  readonly to: string;
  readonly text: string;
  /** The outbox row's idempotency key: gateways that take a client id deduplicate by it. */
  readonly id: string;
};

export interface SmsGateway {
  readonly kind: 'gateway' | 'simulator';
  /** Throws when the gateway did not take the message; `permanent` errors are not retried. */
  send(message: SmsMessage): Promise<Delivery>;
}
