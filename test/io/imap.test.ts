import type { ImapFlow } from 'imapflow';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createImapSource, DONE_KEYWORD, type ImapSourceOptions } from '../../src/io/imap.js';
import type { Disposition, MailSource } from '../../src/types.js';
import { buildRawMessage, imapLogin, openImap, PRIVACY, uniqueMessageId, uniqueName } from '../support/mailstack.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { describeMailSourceContract } from './mail-source.contract.js';
import { rejectionOf } from '../support/rejection.js';

let helper: ImapFlow;

beforeAll(async () => {
  helper = await openImap(PRIVACY);
});

afterAll(async () => {
  await helper.logout();
});

/** Every raw message in `folder`, or none when it does not exist. */
export async function readFolder(client: ImapFlow, folder: string): Promise<Buffer[]> {
  // SELECT rather than STATUS: right after a DELETE and CREATE of the same name, a server's cached
  // STATUS can lag behind the mailbox, while SELECT reports what is there.
  let lock: Awaited<ReturnType<ImapFlow['getMailboxLock']>>;
  try {
    lock = await client.getMailboxLock(folder);
  } catch (error) {
    if (!client.usable) throw error;
    return []; // no such folder
  }
  try {
    // A folder this connection already had selected is not selected again, and its EXISTS count is
    // only brought up to date in reply to a command (RFC 3501 §7.3.1): ask with NOOP, or a message
    // appended a moment ago (after a DELETE and CREATE of the same name) may not be counted yet.
    await client.noop();
    if (!client.mailbox || client.mailbox.exists === 0) return [];
    const messages = await client.fetchAll('1:*', { source: true, uid: true });
    return messages.sort((a, b) => a.uid - b.uid).map((message) => message.source ?? Buffer.alloc(0));
  } finally {
    lock.release();
  }
}

describeMailSourceContract('IMAP (Dovecot on loopback)', async () => {
  const mailbox = uniqueName('Contract');
  const options: ImapSourceOptions = {
    ...imapLogin(PRIVACY),
    mailbox,
    processedFolder: `${mailbox}-Processed`,
    quarantineFolder: `${mailbox}-Quarantine`,
  };
  await helper.mailboxCreate(mailbox);
  const sources = [createImapSource(options)];
  const folderFor = (disposition: Disposition): string => (disposition === 'quarantined' ? options.quarantineFolder : options.processedFolder);
  return {
    source: sources[0] as (typeof sources)[number],
    async deliver(raw) {
      await helper.append(mailbox, raw);
    },
    reopen() {
      const source = createImapSource(options);
      sources.push(source);
      return source;
    },
    finalized: (disposition) => readFolder(helper, folderFor(disposition)),
    async cleanup() {
      await Promise.allSettled(sources.map((source) => source.close()));
      for (const folder of [mailbox, options.processedFolder, options.quarantineFolder]) await helper.mailboxDelete(folder).catch(() => undefined);
    },
  };
});

/** Flags of every message in `folder`, oldest first. */
async function flagsIn(client: ImapFlow, folder: string): Promise<string[][]> {
  const lock = await client.getMailboxLock(folder);
  try {
    const messages = await client.fetchAll('1:*', { flags: true, uid: true });
    // \Recent is session state Dovecot adds on its own (RFC 3501 §2.3.2), not something we set.
    return messages.sort((a, b) => a.uid - b.uid).map((message) => [...(message.flags ?? [])].filter((flag) => flag !== '\\Recent').sort());
  } finally {
    lock.release();
  }
}

describe('IMAP source specifics', () => {
  const cleanups: Array<() => Promise<unknown>> = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  async function setUp(overrides: Partial<ImapSourceOptions> = {}): Promise<{ source: MailSource; options: ImapSourceOptions }> {
    const mailbox = uniqueName('Spec');
    const options: ImapSourceOptions = {
      ...imapLogin(PRIVACY),
      mailbox,
      processedFolder: `${mailbox}-Processed`,
      quarantineFolder: `${mailbox}-Quarantine`,
      ...overrides,
    };
    await helper.mailboxCreate(mailbox);
    const source = createImapSource(options);
    cleanups.push(async () => {
      await source.close();
      for (const folder of [mailbox, options.processedFolder, options.quarantineFolder]) await helper.mailboxDelete(folder).catch(() => undefined);
    });
    return { source, options };
  }

  it('fetches with BODY.PEEK: \\Seen is set only when a message is processed, and quarantined mail stays unread', async () => {
    const { source, options } = await setUp();
    await helper.append(options.mailbox, buildRawMessage());
    await helper.append(options.mailbox, buildRawMessage());
    const [first, second] = await source.list();
    if (!first || !second) throw new Error('nothing listed');
    await source.fetch(first);
    await source.fetch(second);
    expect(await flagsIn(helper, options.mailbox)).toEqual([[], []]);
    await source.finalize(first, 'processed');
    await source.finalize(second, 'quarantined');
    expect(await flagsIn(helper, options.processedFolder)).toEqual([['\\Seen']]);
    expect(await flagsIn(helper, options.quarantineFolder)).toEqual([[]]);
  });

  it('fetches a batch in one UID FETCH and finalises it with one UID STORE and one UID MOVE per folder', async () => {
    const login = imapLogin(PRIVACY);
    const proxy = await startTcpProxy(login.host, login.port);
    cleanups.push(() => proxy.close());
    const { source, options } = await setUp({ port: proxy.port });
    const raws = Array.from({ length: 6 }, () => buildRawMessage({ messageId: uniqueMessageId() }));
    for (const raw of raws) await helper.append(options.mailbox, raw);
    const listed = await source.list();
    expect(listed).toHaveLength(6);
    const before = proxy.clientText();

    const fetched = await (source.fetchMany as NonNullable<MailSource['fetchMany']>)(listed);
    expect(listed.map((message) => fetched.get(message.sourceId)?.equals(raws[listed.indexOf(message)] as Buffer))).toEqual(Array(6).fill(true));
    const dispositions: Disposition[] = ['processed', 'quarantined', 'ignored', 'processed', 'quarantined', 'processed'];
    await (source.finalizeMany as NonNullable<MailSource['finalizeMany']>)(listed.map((message, index) => ({ message, disposition: dispositions[index] as Disposition })));

    const commands = proxy.clientText().slice(before.length);
    const count = (pattern: RegExp): number => commands.match(pattern)?.length ?? 0;
    expect(count(/ UID FETCH [\d:,]+ \(UID BODY\.PEEK\[\]/g)).toBe(1);
    expect(count(/ UID STORE /g)).toBe(1);
    expect(count(/ UID MOVE /g)).toBe(2);
    expect(await source.list()).toEqual([]);
    expect(await flagsIn(helper, options.processedFolder)).toEqual([['\\Seen'], ['\\Seen'], ['\\Seen'], ['\\Seen']]);
    expect(await flagsIn(helper, options.quarantineFolder)).toEqual([[], []]);
    expect((await readFolder(helper, options.quarantineFolder)).map((raw) => raw.equals(raws[1] as Buffer) || raw.equals(raws[4] as Buffer))).toEqual([true, true]);

    // Again, as after a crash before the store heard of the moves: nothing moves twice.
    await (source.finalizeMany as NonNullable<MailSource['finalizeMany']>)(listed.map((message, index) => ({ message, disposition: dispositions[index] as Disposition })));
    expect(await readFolder(helper, options.processedFolder)).toHaveLength(4);
    expect(await readFolder(helper, options.quarantineFolder)).toHaveLength(2);
  });

  it('fetches base64 and quoted-printable mail byte for byte, encoded as stored', async () => {
    const { source, options } = await setUp();
    const base64 = Buffer.from(
      'From: a@example.test\r\nSubject: b64\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n' +
        `Content-Transfer-Encoding: base64\r\n\r\n${Buffer.from('Bitte löschen Sie meine Daten.\r\n').toString('base64')}\r\n`,
    );
    const quoted = Buffer.from(
      'From: a@example.test\r\nSubject: qp\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n' +
        'Content-Transfer-Encoding: quoted-printable\r\n\r\nSupprimez mes donn=C3=A9es, s=27il vous pla=C3=AEt.=\r\n\r\n',
    );
    await helper.append(options.mailbox, base64);
    await helper.append(options.mailbox, quoted);
    const listed = await source.list();
    const fetched = await Promise.all(listed.map((message) => source.fetch(message)));
    expect(fetched.map((raw) => raw.toString('latin1'))).toEqual([base64.toString('latin1'), quoted.toString('latin1')]);
  });

  it('uses sourceId uidValidity:uid and refuses to act after UIDVALIDITY changed', async () => {
    const { source, options } = await setUp();
    await helper.append(options.mailbox, buildRawMessage({ subject: 'old' }));
    const [listed] = await source.list();
    if (!listed) throw new Error('nothing listed');
    const status = await helper.status(options.mailbox, { uidValidity: true });
    expect(listed.sourceId).toBe(`${String(status && status.uidValidity)}:1`);

    // Deleting and re-creating the mailbox is how a server resets it: same name, new UIDVALIDITY, UIDs start at 1 again.
    // Dovecot derives UIDVALIDITY from the clock, so a re-creation within the same second can keep it: re-create until it differs.
    const before = status && status.uidValidity;
    let after = before;
    for (let attempt = 0; attempt < 100 && after === before; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      await helper.mailboxDelete(options.mailbox);
      await helper.mailboxCreate(options.mailbox);
      const recreated = await helper.status(options.mailbox, { uidValidity: true });
      after = recreated && recreated.uidValidity;
    }
    expect(after).not.toBe(before);
    const replacement = buildRawMessage({ subject: 'someone else' });
    await helper.append(options.mailbox, replacement);

    const fetchError = await rejectionOf(source.fetch(listed));
    expect(fetchError.code).toBe('MAIL_SOURCE');
    expect(fetchError.retryable).toBe(false);
    expect(fetchError.message).toMatch(/UIDVALIDITY .* changed/);
    const finalizeError = await rejectionOf(source.finalize(listed, 'processed'));
    expect(finalizeError.message).toMatch(/UIDVALIDITY/);
    // The new message with the same UID was not touched. Read it in a session that never had the old
    // mailbox open: Dovecot's sessions that did can keep a stale index of it and fail a SELECT of the
    // new one with SERVERBUG ("duplicate transaction log sequence") until they reconnect.
    const observer = await openImap(PRIVACY);
    try {
      expect(await readFolder(observer, options.mailbox)).toEqual([replacement]);
      expect(await readFolder(observer, options.processedFolder)).toEqual([]);
    } finally {
      await observer.logout();
    }
    const [fresh] = await source.list();
    expect(fresh?.sourceId).not.toBe(listed.sourceId);
  });

  it('does not list messages carrying the done keyword or \\Deleted', async () => {
    const { source, options } = await setUp();
    for (let index = 0; index < 3; index += 1) await helper.append(options.mailbox, buildRawMessage({ messageId: uniqueMessageId() }));
    const lock = await helper.getMailboxLock(options.mailbox);
    try {
      await helper.messageFlagsAdd('1', [DONE_KEYWORD], { uid: true });
      await helper.messageFlagsAdd('2', ['\\Deleted'], { uid: true });
    } finally {
      lock.release();
    }
    const listed = await source.list();
    expect(listed.map((message) => message.sourceId.split(':')[1])).toEqual(['3']);
  });

  it('falls back to the done keyword when the processed folder cannot be created, and keeps the message', async () => {
    // Dovecot refuses names that begin with '~' (NO [CANNOT]).
    const { source, options } = await setUp({ processedFolder: '~Processed' });
    const raw = buildRawMessage();
    await helper.append(options.mailbox, raw);
    const [message] = await source.list();
    if (!message) throw new Error('nothing listed');
    await source.finalize(message, 'processed');
    expect(await source.list()).toEqual([]);
    expect(await readFolder(helper, options.mailbox)).toEqual([raw]);
    expect((await flagsIn(helper, options.mailbox))[0]).toContain(DONE_KEYWORD);
    await source.finalize(message, 'processed');
    expect(await readFolder(helper, options.mailbox)).toEqual([raw]);
  });

  it('waitForChange returns soon after new mail arrives (IDLE), and after the timeout otherwise', async () => {
    const { source, options } = await setUp();
    await source.list();
    let started = Date.now();
    await source.waitForChange?.(300);
    const idleTimeoutMs = Date.now() - started;
    expect(idleTimeoutMs).toBeGreaterThanOrEqual(290);
    expect(idleTimeoutMs).toBeLessThan(2_000);

    started = Date.now();
    const waiting = source.waitForChange?.(10_000);
    let appendedAt = 0;
    setTimeout(() => void helper.append(options.mailbox, buildRawMessage()).then(() => (appendedAt = Date.now())), 200);
    await waiting;
    const wokeAt = Date.now();
    const wokeAfterMs = wokeAt - started;
    // Dovecot batches IDLE notifications for 500 ms (NOTIFY_DELAY_MSECS in lib-storage/mailbox-watch.c).
    expect(wokeAfterMs).toBeGreaterThanOrEqual(150);
    expect(wokeAfterMs).toBeLessThan(3_000);
    expect(await source.list()).toHaveLength(1);
    console.info(`waitForChange: woke ${wokeAfterMs - 200} ms after the APPEND was started, ${wokeAt - appendedAt} ms after it completed`);
  });

  it('waitForChange returns at once when mail arrived since list()', async () => {
    const { source, options } = await setUp();
    await source.list();
    await helper.append(options.mailbox, buildRawMessage());
    const started = Date.now();
    await source.waitForChange?.(10_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('waitForChange is not woken by its own moves, only by new mail', async () => {
    const { source, options } = await setUp();
    for (let index = 0; index < 3; index += 1) await helper.append(options.mailbox, buildRawMessage());
    for (const message of await source.list()) await source.finalize(message, 'processed');
    let started = Date.now();
    await source.waitForChange?.(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    await helper.append(options.mailbox, buildRawMessage());
    started = Date.now();
    await source.waitForChange?.(10_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reconnects after the connection drops', async () => {
    const login = imapLogin(PRIVACY);
    const proxy = await startTcpProxy(login.host, login.port);
    cleanups.push(() => proxy.close());
    const { source, options } = await setUp({ port: proxy.port });
    await helper.append(options.mailbox, buildRawMessage());
    const [message] = await source.list();
    if (!message) throw new Error('nothing listed');
    proxy.dropAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await source.fetch(message)).length).toBe(message.sizeBytes);
    proxy.dropAll();
    await source.finalize(message, 'processed');
    expect(await source.list()).toEqual([]);
  });

  it('logs no addresses, subjects or bodies, even at debug level', async () => {
    let output = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const logger = pino({ level: 'trace' }, sink);
    const { source, options } = await setUp({ logger, processedFolder: '~Unusable' });
    await helper.append(options.mailbox, buildRawMessage({ subject: 'Secret subject line', text: 'Body with a secret phrase' }));
    for (const message of await source.list()) {
      await source.fetch(message);
      await source.finalize(message, 'processed');
    }
    expect(output).toContain('imap');
    for (const secret of ['example.test', 'Secret subject', 'secret phrase', options.pass]) expect(output).not.toContain(secret);
  });

  it('maps a mailbox that does not exist to a non-retryable error', async () => {
    const source = createImapSource({ ...imapLogin(PRIVACY), mailbox: uniqueName('Missing'), processedFolder: 'P', quarantineFolder: 'Q' });
    cleanups.push(() => source.close());
    const error = await rejectionOf(source.list());
    expect(error.code).toBe('MAIL_SOURCE');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/does not exist/);
  });

  it('maps a wrong password to a non-retryable error that does not contain the password', async () => {
    const source = createImapSource({ ...imapLogin(PRIVACY), pass: 'wrong-Pa55word', mailbox: 'INBOX', processedFolder: 'P', quarantineFolder: 'Q' });
    cleanups.push(() => source.close());
    const started = Date.now();
    const error = await rejectionOf(source.list());
    expect(error.code).toBe('MAIL_SOURCE');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/login .* rejected/i);
    expect(JSON.stringify({ message: error.message, cause: error.cause })).not.toContain('wrong-Pa55word');
    // Not retried: a single failed login costs Dovecot's 0.5 s failure tick.
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('maps a refused connection to a retryable error after retrying', async () => {
    const closed = await startTcpProxy('127.0.0.1', 1);
    const port = closed.port;
    await closed.close();
    const source = createImapSource({ ...imapLogin(PRIVACY), port, mailbox: 'INBOX', processedFolder: 'P', quarantineFolder: 'Q' });
    cleanups.push(() => source.close());
    const error = await rejectionOf(source.list());
    expect(error.code).toBe('MAIL_SOURCE');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });
});
