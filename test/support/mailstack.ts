import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import { simpleParser, type ParsedMail } from 'mailparser';

const run = promisify(execFile);

export interface Mailstack {
  dir: string;
  host: string;
  imapPort: number;
  smtpPort: number;
  lmtpPort: number;
  password: string;
}

/** Connection info that test/setup/mailstack.ts exported. */
export function mailstack(): Mailstack {
  const env = process.env;
  if (!env.MAILSTACK_IMAP_PORT) throw new Error('MAILSTACK_* not set: run through vitest (test/setup/mailstack.ts) or source mailstack.env');
  return {
    dir: env.MAILSTACK_DIR ?? '/dev/shm/mailstack',
    host: env.MAILSTACK_HOST ?? '127.0.0.1',
    imapPort: Number(env.MAILSTACK_IMAP_PORT),
    smtpPort: Number(env.MAILSTACK_SMTP_PORT),
    lmtpPort: Number(env.MAILSTACK_LMTP_PORT),
    password: env.MAILSTACK_PASSWORD ?? 'secret',
  };
}

export const PRIVACY = 'privacy@example.test';
export const CONSUMER = 'consumer@example.test';
export const TEAM = 'team@example.test';

/** Connection options for one of the stack's users, in the shape the io adapters take. */
export function imapLogin(user: string): { host: string; port: number; secure: false; user: string; pass: string } {
  const stack = mailstack();
  return { host: stack.host, port: stack.imapPort, secure: false, user, pass: stack.password };
}

/** A plain imapflow client for test set-up and inspection (not the code under test). */
export async function openImap(user: string): Promise<ImapFlow> {
  return openImapAt(user, imapLogin(user).port);
}

/** The same, against another IMAP port (a server variant started by a test). */
export async function openImapAt(user: string, port: number): Promise<ImapFlow> {
  const login = imapLogin(user);
  const client = new ImapFlow({ host: login.host, port, secure: false, auth: { user, pass: login.pass }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** A mailbox name no other test uses, so tests never see each other's mail. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function uniqueMessageId(): string {
  return `<${randomUUID()}@test.example.test>`;
}

export interface RawMessageFields {
  from?: string;
  to?: string;
  subject?: string;
  messageId?: string;
  date?: Date;
  text?: string;
  headers?: Record<string, string>;
}

/** A small RFC 5322 message with CRLF line ends, as an MTA would store it. */
export function buildRawMessage(fields: RawMessageFields = {}): Buffer {
  const lines = [
    `From: ${fields.from ?? `Casey Consumer <${CONSUMER}>`}`,
    `To: ${fields.to ?? `Privacy Team <${PRIVACY}>`}`,
    `Subject: ${fields.subject ?? 'Please delete my data'}`,
    `Message-ID: ${fields.messageId ?? uniqueMessageId()}`,
    `Date: ${(fields.date ?? new Date()).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    ...Object.entries(fields.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    '',
    fields.text ?? 'Hello,\r\n\r\nunder GDPR Art. 17 please erase all personal data you hold about me.\r\n\r\nCasey',
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** Polls `probe` until it returns something other than undefined (mail delivery through Postfix is asynchronous). */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Runs doveadm against the test stack's own Dovecot config. */
export async function doveadm(...args: string[]): Promise<string> {
  const { stdout } = await run('doveadm', ['-c', `${mailstack().dir}/dovecot.conf`, ...args]);
  return stdout;
}

/** Deletes every message in one user's mailbox (about 40 ms); other users and folders are untouched. */
export async function emptyMailbox(user: string, mailbox = 'INBOX'): Promise<void> {
  await doveadm('expunge', '-u', user, 'mailbox', mailbox, 'all');
}

/**
 * Resolves once Postfix holds no message: everything it accepted has been handed to Dovecot over
 * LMTP (a message leaves the queue only after the LMTP 250). The proof that "nothing more is coming".
 */
export async function waitForPostfixIdle(timeoutMs = 10_000): Promise<void> {
  await waitFor(async () => {
    const { stdout } = await run('postqueue', ['-c', `${mailstack().dir}/postfix/etc`, '-p']);
    return stdout.includes('Mail queue is empty') ? true : undefined;
  }, timeoutMs, 50);
}

export interface BotFolders {
  processed: string;
  quarantine: string;
  sent: string;
}

/** Per-test IMAP folders, so a test never sees what another left in Processed or Sent. */
export function uniqueBotFolders(prefix: string): BotFolders {
  const base = uniqueName(prefix);
  return { processed: `${base}-Processed`, quarantine: `${base}-Quarantine`, sent: `${base}-Sent` };
}

/** The environment for the built CLI reading privacy@ over IMAP and sending through Postfix. */
export function imapCliEnv(dataDir: string, folders: BotFolders, extra: Record<string, string> = {}): Record<string, string> {
  const stack = mailstack();
  return {
    DATA_DIR: dataDir,
    MAILBOX_URL: `imap://${encodeURIComponent(PRIVACY)}:${stack.password}@${stack.host}:${stack.imapPort}/INBOX`,
    SMTP_URL: `smtp://${stack.host}:${stack.smtpPort}`,
    PRIVACY_ADDRESS: PRIVACY,
    TEAM_ADDRESSES: TEAM,
    PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z',
    ORG_NAME: 'Calm Clinic',
    PROCESSED_FOLDER: folders.processed,
    QUARANTINE_FOLDER: folders.quarantine,
    SENT_FOLDER: folders.sent,
    ...extra,
  };
}

/** Every message in a user's INBOX, oldest first, parsed. */
export async function parsedInbox(client: ImapFlow): Promise<ParsedMail[]> {
  const lock = await client.getMailboxLock('INBOX');
  try {
    await client.noop();
    if (!client.mailbox || client.mailbox.exists === 0) return [];
    const messages = await client.fetchAll('1:*', { source: true, uid: true });
    return Promise.all(messages.sort((a, b) => a.uid - b.uid).map((message) => simpleParser(message.source ?? Buffer.alloc(0))));
  } finally {
    lock.release();
  }
}
