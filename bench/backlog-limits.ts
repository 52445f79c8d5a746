import { mkdir, rename, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { composeMail } from '../src/io/compose.js';

export interface SendLimitOptions {
  host: string;
  smtpPort: number;
  imapPort: number;
  user: string;
  password: string;
  sentFolder: string;
  /** Recipients, one reply each. */
  to: string[];
  /** SMTP connections in the pool, and sends in flight. */
  connections: number;
}

/**
 * The raw send limit: N short replies composed up front, sent through one pooled nodemailer transport
 * with `connections` sends in flight, each appended to the Sent folder (\Seen) as soon as Postfix
 * accepted it, on one IMAP connection with the folder selected. No store, no rendering, no retries:
 * what the SMTP server and the Sent copy allow. Returns the milliseconds until the last append.
 */
export async function measureSendLimit(options: SendLimitOptions): Promise<number> {
  const raws = await Promise.all(
    options.to.map((address, index) =>
      composeMail({
        messageId: `limit-${index}-${options.sentFolder}@example.test`,
        from: { name: 'Privacy Team', address: options.user },
        to: [{ name: '', address }],
        subject: `Re: your request (#${index})`,
        date: '2026-03-02T17:00:00Z',
        inReplyTo: null,
        references: [],
        body: { text: `Hello,\n\nwe received your request and will answer within one month.\n\nReference ${index}\n`, html: null },
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    ),
  );
  const transport = nodemailer.createTransport({ pool: true, maxConnections: options.connections, maxMessages: Infinity, host: options.host, port: options.smtpPort, secure: false, logger: false });
  const imap = new ImapFlow({ host: options.host, port: options.imapPort, secure: false, auth: { user: options.user, pass: options.password }, logger: false });
  imap.on('error', () => undefined);
  await imap.connect();
  await imap.mailboxCreate(options.sentFolder);
  const lock = await imap.getMailboxLock(options.sentFolder);
  const started = performance.now();
  try {
    const appends: Array<Promise<unknown>> = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let index = next++; index < raws.length; index = next++) {
        const raw = raws[index] as Buffer;
        await transport.sendMail({ envelope: { from: options.user, to: [options.to[index] as string] }, raw });
        appends.push(imap.append(options.sentFolder, raw, ['\\Seen']));
      }
    };
    await Promise.all(Array.from({ length: options.connections }, lane));
    await Promise.all(appends);
    return performance.now() - started;
  } finally {
    lock.release();
    transport.close();
    await imap.logout();
  }
}

/** Delivers each message as an MDA does: into tmp/, dated a second back, renamed into new/ (see test/support/maildir.ts). */
export async function fillMaildir(maildir: string, raws: Buffer[]): Promise<void> {
  for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(maildir, sub), { recursive: true, mode: 0o700 });
  const written = new Date(Date.now() - 1_000);
  for (const [index, raw] of raws.entries()) {
    const name = `${1_700_000_000 + index}.bench${index}.host`;
    const temporary = path.join(maildir, 'tmp', name);
    await writeFile(temporary, raw, { mode: 0o600 });
    await utimes(temporary, written, written);
    await rename(temporary, path.join(maildir, 'new', name));
  }
}
