/** The embedded default: nothing leaves the machine; the message stays in the outbox for the web app. */
import type { MailSender } from './mail.js';

export const outboxMail: MailSender = {
  kind: 'outbox',
  send: async () => ({ delivery: 'outbox' }),
  close: () => {},
};
