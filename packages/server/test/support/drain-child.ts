/**
 * A drainer in its own process, for the crash test (outbox-crash.test.ts): it opens the database the environment
 * names, drains the outbox at the instant NOW through the SMTP server SMTP_URL, and in its sender stops dead —
 * before the SMTP transaction (CRASH_AT=before-send) or after the server accepted the message
 * (CRASH_AT=after-send) — printing where it stopped, so the parent can kill it with SIGKILL right there.
 */
import { smtpMail } from '../../src/adapters/mail/smtp.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { Sealer } from '../../src/crypto/sealer.js';
import { openDatabase } from '../../src/db/open.js';
import { drainOutbox } from '../../src/notices/drain-outbox.js';

const config = loadConfig();
const crashAt = process.env.CRASH_AT;
const db = await openDatabase(config);
const real = smtpMail(config.mail.smtpUrl!, config.mail.from);
const hang = () => new Promise<never>(() => setInterval(() => {}, 1000));

await drainOutbox({
  config,
  db,
  clock: new ManualClock(process.env.NOW!),
  sealer: new Sealer(Buffer.from(config.dataKey!, 'base64')),
  mail: {
    kind: 'smtp',
    async send(message) {
      if (crashAt === 'before-send') {
        process.stdout.write(`STOPPED before-send ${message.messageId}\n`);
        return hang();
      }
      await real.send(message);
      process.stdout.write(`STOPPED after-send ${message.messageId}\n`);
      return hang();
    },
    close: () => {},
  },
});
process.stdout.write('DRAINED\n');
await db.close();
