/** What use cases run on: the database and the adapters, built once at start (or per test). */
import type { BureauAdapter } from './adapters/bureau/bureau.js';
import type { CaptchaImages } from './adapters/captcha/svg-captcha.js';
import type { MailSender } from './adapters/mail/mail.js';
import type { Registry } from './adapters/registry/registry.js';
import type { SiteFetcher } from './adapters/site-fetch/site-fetch.js';
import type { SmsGateway } from './adapters/sms/sms.js';
import type { BlobStorage } from './adapters/storage/storage.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Sealer } from './crypto/sealer.js';
import type { Db } from './db/db.js';
import type { ServerCalendar } from './usecases/calendar/server-calendar.js';
import type { FactsSource } from './usecases/orders/facts.js';

export type Deps = {
  readonly config: Config;
  readonly db: Db;
  readonly clock: Clock;
  readonly sealer: Sealer;
  /** Uploaded files, sealed (encrypted) before they leave the process. */
  readonly storage: BlobStorage;
  /** Domain (WHOIS) and registry facts for the precheck; none known when absent. */
  readonly facts?: FactsSource;
  /** The national filing registry (工信部备案系统); absent = the built-in simulator over this database. */
  readonly registry?: Registry;
  /** 验证码 images; absent = the built-in SVG captcha. */
  readonly captcha?: CaptchaImages;
  /** The provincial bureaus (管局): where 提交管局 sends an order. */
  readonly bureau?: BureauAdapter;
  /** Working days: the data package's holidays with an admin's years merged over them; deadlines use it. */
  readonly calendar: ServerCalendar;
  /** Notice emails; absent = from the configuration (SMTP_URL, else the embedded outbox). */
  readonly mail?: MailSender;
  /** Notice SMS; absent = the outbox simulator. */
  readonly sms?: SmsGateway;
  /** Fetches filed websites' home pages for the site checks; absent = the HTTP fetcher the configuration sets up. */
  readonly siteFetcher?: SiteFetcher;
};
