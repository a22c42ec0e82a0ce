/** The mail sender the configuration names: SMTP_URL, or the embedded outbox. */
import type { Config } from '../../config.js';
import type { MailSender } from './mail.js';
import { outboxMail } from './outbox.js';
import { smtpMail } from './smtp.js';

export function createMailSender(config: Pick<Config, 'mail'>): MailSender {
  return config.mail.smtpUrl ? smtpMail(config.mail.smtpUrl, config.mail.from) : outboxMail;
}

export type { Delivery, MailMessage, MailSender } from './mail.js';
export { isPermanentFailure } from './mail.js';
