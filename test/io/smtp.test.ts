import type { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpSender, type SmtpSenderOptions } from '../../src/io/smtp.js';
import type { MailSender } from '../../src/types.js';
import { buildRawMessage, CONSUMER, imapLogin, mailstack, openImap, PRIVACY, uniqueMessageId, uniqueName, waitFor } from '../support/mailstack.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { rejectionOf } from '../support/rejection.js';

let consumerInbox: ImapFlow;
let privacyImap: ImapFlow;
const senders: MailSender[] = [];
const foldersToDelete: string[] = [];

beforeAll(async () => {
  consumerInbox = await openImap(CONSUMER);
  privacyImap = await openImap(PRIVACY);
});

afterEach(async () => {
  await Promise.allSettled(senders.splice(0).map((sender) => sender.close()));
  for (const folder of foldersToDelete.splice(0)) await privacyImap.mailboxDelete(folder).catch(() => undefined);
});

afterAll(async () => {
  await consumerInbox.logout();
  await privacyImap.logout();
});

function smtpOptions(overrides: Partial<SmtpSenderOptions> = {}): SmtpSenderOptions {
  const stack = mailstack();
  return { host: stack.host, port: stack.smtpPort, secure: false, user: null, pass: null, ...overrides };
}

function sender(overrides: Partial<SmtpSenderOptions> = {}): MailSender {
  const created = createSmtpSender(smtpOptions(overrides));
  senders.push(created);
  return created;
}

/** The message with this Message-ID in `user`'s INBOX once Postfix has delivered it. */
async function receivedCopy(client: ImapFlow, messageId: string): Promise<Buffer> {
  return waitFor(async () => {
    const lock = await client.getMailboxLock('INBOX');
    try {
      const uids = await client.search({ header: { 'message-id': messageId.replace(/[<>]/g, '') } }, { uid: true });
      if (!uids || uids.length === 0) return undefined;
      const message = await client.fetchOne(String(uids[uids.length - 1]), { source: true }, { uid: true });
      return message ? message.source : undefined;
    } finally {
      lock.release();
    }
  });
}

describe('SMTP sender against Postfix on loopback', () => {
  it('delivers the raw message unchanged apart from the trace headers Postfix adds', async () => {
    const messageId = uniqueMessageId();
    const raw = buildRawMessage({
      from: `Privacy Team <${PRIVACY}>`,
      to: `Casey <${CONSUMER}>`,
      subject: '[PR-2026-0001] We received your request',
      messageId,
      headers: { 'Auto-Submitted': 'auto-replied', 'In-Reply-To': '<request-1@example.test>' },
      text: 'We received your request.',
    });
    const started = Date.now();
    await sender().send(raw, { from: PRIVACY, to: [CONSUMER] }, messageId);
    const sendMs = Date.now() - started;
    const copy = (await receivedCopy(consumerInbox, messageId)).toString('utf8');
    const deliveredMs = Date.now() - started;
    expect(copy).toContain(`Message-ID: ${messageId}`);
    expect(copy).toContain('Subject: [PR-2026-0001] We received your request');
    expect(copy).toContain('Auto-Submitted: auto-replied');
    expect(copy).toContain('In-Reply-To: <request-1@example.test>');
    expect(copy).toMatch(/^Return-Path: <privacy@example\.test>/m);
    expect(copy).toMatch(/^Received: from .*\r\n\s+by mail\.example\.test \(Postfix\)/m);
    expect(copy.endsWith(raw.toString('utf8').split('\r\n\r\n').slice(1).join('\r\n\r\n'))).toBe(true);
    console.info(`smtp: send resolved in ${sendMs} ms, visible over IMAP after ${deliveredMs} ms`);
  });

  it('maps 550 for an unknown recipient to SEND_PERMANENT without retrying or echoing the address', async () => {
    const started = Date.now();
    const error = await rejectionOf(sender().send(buildRawMessage(), { from: PRIVACY, to: ['nobody@example.test'] }, uniqueMessageId()));
    expect(error.code).toBe('SEND_PERMANENT');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/55\d/);
    expect(error.message).not.toContain('nobody');
    expect(JSON.stringify(error.cause)).not.toContain('nobody');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('maps a refused relay to another domain to SEND_PERMANENT', async () => {
    const error = await rejectionOf(sender().send(buildRawMessage(), { from: PRIVACY, to: ['someone@elsewhere.invalid'] }, uniqueMessageId()));
    expect(error.code).toBe('SEND_PERMANENT');
    expect(error.message).toMatch(/554|5\.7\.1/);
  });

  it('sends to the accepted recipients when only some are refused', async () => {
    const messageId = uniqueMessageId();
    await sender().send(buildRawMessage({ messageId, to: CONSUMER }), { from: PRIVACY, to: [CONSUMER, 'nobody@example.test'] }, messageId);
    expect((await receivedCopy(consumerInbox, messageId)).toString('utf8')).toContain(messageId);
  });

  it('maps a server that cannot be reached to SEND_TRANSIENT after retrying', async () => {
    const gone = await startTcpProxy('127.0.0.1', 1);
    const port = gone.port;
    await gone.close();
    const started = Date.now();
    const error = await rejectionOf(sender({ port }).send(buildRawMessage(), { from: PRIVACY, to: [CONSUMER] }, uniqueMessageId()));
    expect(error.code).toBe('SEND_TRANSIENT');
    expect(error.retryable).toBe(true);
    // Three attempts with capped backoff: at least the two waits in between.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('keeps a \\Seen copy in the Sent folder and answers wasSent from it', async () => {
    const folder = uniqueName('Sent');
    foldersToDelete.push(folder);
    const withCopy = sender({ sentCopy: { ...imapLogin(PRIVACY), folder } });
    const messageId = uniqueMessageId();
    expect(await withCopy.wasSent(messageId)).toBe(false);
    const raw = buildRawMessage({ from: PRIVACY, to: CONSUMER, messageId });
    await withCopy.send(raw, { from: PRIVACY, to: [CONSUMER] }, messageId);
    expect(await withCopy.wasSent(messageId)).toBe(true);
    expect(await withCopy.wasSent(messageId.replace(/[<>]/g, ''))).toBe(true);
    expect(await withCopy.wasSent(uniqueMessageId())).toBe(false);

    const lock = await privacyImap.getMailboxLock(folder);
    try {
      const stored = await privacyImap.fetchAll('1:*', { source: true, flags: true });
      expect(stored).toHaveLength(1);
      expect(stored[0]?.source?.equals(raw)).toBe(true);
      expect(stored[0]?.flags?.has('\\Seen')).toBe(true);
    } finally {
      lock.release();
    }
  });

  it('sends from a pool of at most `connections` SMTP sessions at once, each message once, each copied once to Sent', async () => {
    const stack = mailstack();
    const proxy = await startTcpProxy(stack.host, stack.smtpPort);
    const folder = uniqueName('Sent');
    foldersToDelete.push(folder);
    const pooled = sender({ port: proxy.port, connections: 3, sentCopy: { ...imapLogin(PRIVACY), folder } });
    expect(pooled.concurrency).toBe(3);
    const messageIds = Array.from({ length: 9 }, () => uniqueMessageId());
    try {
      await Promise.all(messageIds.map((messageId) => pooled.send(buildRawMessage({ from: PRIVACY, to: CONSUMER, messageId }), { from: PRIVACY, to: [CONSUMER] }, messageId)));
      expect(proxy.maxOpen()).toBeLessThanOrEqual(3);
      expect(proxy.maxOpen()).toBeGreaterThan(1);
      expect((proxy.clientText().match(/^MAIL FROM:/gm) ?? []).length).toBe(9);
      for (const messageId of messageIds) expect(await pooled.wasSent(messageId)).toBe(true);
      const lock = await privacyImap.getMailboxLock(folder);
      try {
        const stored = await privacyImap.fetchAll('1:*', { envelope: true, flags: true });
        expect(stored.map((message) => `<${(message.envelope?.messageId ?? '').replace(/[<>]/g, '')}>`).sort()).toEqual(messageIds.map((id) => `<${id.replace(/[<>]/g, '')}>`).sort());
        expect(stored.every((message) => message.flags?.has('\\Seen'))).toBe(true);
      } finally {
        lock.release();
      }
    } finally {
      await proxy.close();
    }
  });

  it('answers wasSent after a restart, from the folder alone', async () => {
    const folder = uniqueName('Sent');
    foldersToDelete.push(folder);
    const messageId = uniqueMessageId();
    await sender({ sentCopy: { ...imapLogin(PRIVACY), folder } }).send(buildRawMessage({ messageId, to: CONSUMER }), { from: PRIVACY, to: [CONSUMER] }, messageId);
    const restarted = sender({ sentCopy: { ...imapLogin(PRIVACY), folder } });
    expect(await restarted.wasSent(messageId)).toBe(true);
  });

  it('still reports a sent message as sent when only the Sent copy fails', async () => {
    // Dovecot refuses folder names that begin with '~': the APPEND fails after the SMTP 250.
    const unusable = sender({ sentCopy: { ...imapLogin(PRIVACY), folder: '~Sent' } });
    const messageId = uniqueMessageId();
    await unusable.send(buildRawMessage({ messageId, to: CONSUMER }), { from: PRIVACY, to: [CONSUMER] }, messageId);
    expect((await receivedCopy(consumerInbox, messageId)).toString('utf8')).toContain(messageId);
  });

  it('answers wasSent with undefined when there is no Sent copy to ask', async () => {
    expect(await sender().wasSent(uniqueMessageId())).toBeUndefined();
  });
});
