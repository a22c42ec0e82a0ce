/**
 * A real SMTP server in the test process (smtp-server on a free loopback port): every message it accepts is
 * parsed back with mailparser. `refuse` makes it answer the next RCPT TO commands with a 451 (try later) or a
 * 550 (never).
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type SmtpSink = {
  readonly url: string;
  /** Accepted messages, parsed, in the order they were accepted. */
  readonly received: ParsedMail[];
  /** How many RCPT TO commands were refused so far. */
  refusals: number;
  /** Refuse the next `count` recipients with `code` (451: try later; 550: mailbox unavailable). */
  refuse(count: number, code?: 451 | 550): void;
  close(): Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  let refuseLeft = 0;
  let refuseCode = 451;
  const received: ParsedMail[] = [];
  const sink = {
    url: '',
    received,
    refusals: 0,
    refuse(count: number, code: 451 | 550 = 451) {
      refuseLeft = count;
      refuseCode = code;
    },
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(_address, _session, callback) {
      if (refuseLeft > 0) {
        refuseLeft--;
        sink.refusals++;
        const e = new Error(
          refuseCode === 451 ? 'Mailbox busy, try again later' : 'Mailbox unavailable',
        ) as Error & { responseCode: number };
        e.responseCode = refuseCode;
        return callback(e);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
