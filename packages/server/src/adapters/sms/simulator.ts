/** The SMS outbox simulator: every message is "delivered" into the outbox, where the web app shows it. */
import type { SmsGateway } from './sms.js';

export const smsSimulator: SmsGateway = {
  kind: 'simulator',
  send: async () => ({ delivery: 'outbox' }),
};
