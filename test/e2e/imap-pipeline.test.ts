import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImapFlow } from 'imapflow';
import type { ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { CONSUMER, emptyMailbox, imapCliEnv, mailstack, openImap, parsedInbox, PRIVACY, uniqueBotFolders, waitFor, waitForPostfixIdle, type BotFolders } from '../support/mailstack.js';

/**
 * The whole bot against real servers: a consumer mails privacy@ through Postfix, `run-once` (the
 * built CLI, as a child process) reads Dovecot over IMAP, and its acknowledgement goes back out
 * through Postfix into the consumer's own IMAP INBOX.
 */
let consumer: ImapFlow;
let privacy: ImapFlow;
let dataDir: string;
let folders: BotFolders;
let env: Record<string, string>;

const consumerSmtp = () => {
  const stack = mailstack();
  return nodemailer.createTransport({ host: stack.host, port: stack.smtpPort, secure: false, ignoreTLS: true });
};

beforeAll(async () => {
  consumer = await openImap(CONSUMER);
  privacy = await openImap(PRIVACY);
});

afterAll(async () => {
  await consumer.logout();
  await privacy.logout();
});

beforeEach(async () => {
  // The bot reads privacy@'s real INBOX, so this file owns it (and the consumer's) for its duration.
  await emptyMailbox(PRIVACY);
  await emptyMailbox(CONSUMER);
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-imap-e2e-'));
  folders = uniqueBotFolders('E2E');
  env = imapCliEnv(dataDir, folders);
});

afterEach(async () => {
  for (const folder of Object.values(folders)) await privacy.mailboxDelete(folder).catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

/** Message-IDs (without brackets) of every message in `folder`, oldest first. */
async function messageIdsIn(client: ImapFlow, folder: string): Promise<string[]> {
  const lock = await client.getMailboxLock(folder).catch(() => null);
  if (!lock) return [];
  try {
    // A mailbox that stays selected only learns about moves and new mail in reply to a command.
    await client.noop();
    if (!client.mailbox || client.mailbox.exists === 0) return [];
    const messages = await client.fetchAll('1:*', { envelope: true, uid: true });
    return messages.sort((a, b) => a.uid - b.uid).map((message) => (message.envelope?.messageId ?? '').replace(/[<>]/g, ''));
  } finally {
    lock.release();
  }
}

/** Postfix delivers asynchronously: wait until privacy@'s INBOX holds `count` messages. */
async function waitForPrivacyInbox(count: number): Promise<void> {
  await waitFor(async () => ((await messageIdsIn(privacy, 'INBOX')).length >= count ? true : undefined));
}


describe('IMAP + SMTP end to end through the CLI', () => {
  it('acknowledges a request once, in its thread, moves it to Processed, and never answers an auto-reply', async () => {
    const smtp = consumerSmtp();
    const requestId = `request-${Date.now()}@example.test`;
    await smtp.sendMail({
      from: `Casey Consumer <${CONSUMER}>`,
      to: PRIVACY,
      subject: 'Please delete my data',
      text: 'Hello,\n\nunder GDPR Art. 17 please delete my account and all personal data you hold about me.\n\nCasey',
      messageId: `<${requestId}>`,
    });
    await waitForPrivacyInbox(1);

    const first = await runCli(['run-once'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const firstSummary = JSON.parse(first.stdout);
    expect(firstSummary).toMatchObject({ listed: 1, newCases: 1, failed: 0 });
    expect(firstSummary.send.sent).toBe(1);

    const acks = await waitFor(async () => {
      const inbox = await parsedInbox(consumer);
      return inbox.length > 0 ? inbox : undefined;
    });
    await waitForPostfixIdle();
    expect(await parsedInbox(consumer)).toHaveLength(1);
    const ack = acks[0] as ParsedMail;
    expect(ack.inReplyTo).toBe(`<${requestId}>`);
    expect(ack.references).toContain(`<${requestId}>`);
    expect(ack.subject).toMatch(/PR-2026-0001/);
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.from?.value[0]?.address).toBe(PRIVACY);
    expect(ack.to && !Array.isArray(ack.to) ? ack.to.value[0]?.address : null).toBe(CONSUMER);
    expect(ack.text).toContain('PR-2026-0001');
    // Really delivered by Postfix, not dropped into a file.
    expect(ack.headers.get('received')).toBeDefined();

    expect(await messageIdsIn(privacy, 'INBOX')).toEqual([]);
    expect(await messageIdsIn(privacy, folders.processed)).toEqual([requestId]);
    const ackId = (ack.messageId ?? '').replace(/[<>]/g, '');
    expect(await messageIdsIn(privacy, folders.sent)).toEqual([ackId]);

    const second = await runCli(['run-once'], env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ listed: 0, send: { sent: 0 } });
    await waitForPostfixIdle();
    expect(await parsedInbox(consumer)).toHaveLength(1);

    // The consumer's mail client answers the acknowledgement with an out-of-office notice.
    const oooId = `ooo-${Date.now()}@example.test`;
    await smtp.sendMail({
      from: `Casey Consumer <${CONSUMER}>`,
      to: PRIVACY,
      subject: `Automatic reply: ${ack.subject ?? ''}`,
      text: 'I am out of the office until Monday.',
      messageId: `<${oooId}>`,
      inReplyTo: ack.messageId ?? '',
      references: [ack.messageId ?? ''],
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    smtp.close();
    await waitForPrivacyInbox(1);
    const third = await runCli(['run-once'], env);
    expect(third.code).toBe(0);
    expect(JSON.parse(third.stdout)).toMatchObject({ listed: 1, newCases: 0, send: { sent: 0 } });
    await waitForPostfixIdle();
    expect(await parsedInbox(consumer)).toHaveLength(1);
    expect(await messageIdsIn(privacy, 'INBOX')).toEqual([]);
    expect(await messageIdsIn(privacy, folders.processed)).toEqual([requestId, oooId]);
    expect(await messageIdsIn(privacy, folders.sent)).toEqual([ackId]);
  });

  it('sends exactly one acknowledgement when killed between recording and sending', async () => {
    const smtp = consumerSmtp();
    const requestId = `request-${Date.now()}@example.test`;
    await smtp.sendMail({ from: CONSUMER, to: PRIVACY, subject: 'Access request', text: 'Please send me a copy of my personal data (GDPR Art. 15).', messageId: `<${requestId}>` });
    smtp.close();
    await waitForPrivacyInbox(1);

    const crashed = await runCli(['run-once'], { ...env, PRIVACY_INBOX_FAULT: 'crash-after-record' });
    expect(crashed.signal).toBe('SIGKILL');
    await waitForPostfixIdle();
    expect(await parsedInbox(consumer)).toHaveLength(0);
    // Recorded but not finalised: still in the INBOX, and the next pass must not open a second case.
    expect(await messageIdsIn(privacy, 'INBOX')).toEqual([requestId]);

    const restarted = await runCli(['run-once'], env);
    expect(restarted.code).toBe(0);
    expect(JSON.parse(restarted.stdout)).toMatchObject({ newCases: 0, duplicates: 1, send: { sent: 1 } });
    await runCli(['run-once'], env);
    await waitForPostfixIdle();
    const inbox = await parsedInbox(consumer);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]?.inReplyTo).toBe(`<${requestId}>`);
    expect(await messageIdsIn(privacy, folders.processed)).toEqual([requestId]);
  });

  it('moves mail it cannot take to the Quarantine folder without losing it or answering', async () => {
    const smtp = consumerSmtp();
    const hugeId = `huge-${Date.now()}@example.test`;
    await smtp.sendMail({ from: CONSUMER, to: PRIVACY, subject: 'Delete my data', text: 'x'.repeat(5_000), messageId: `<${hugeId}>` });
    smtp.close();
    await waitForPrivacyInbox(1);

    const result = await runCli(['run-once'], { ...env, MAX_MESSAGE_BYTES: '2048' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ quarantined: 1, send: { sent: 0 } });
    expect(await messageIdsIn(privacy, 'INBOX')).toEqual([]);
    expect(await messageIdsIn(privacy, folders.quarantine)).toEqual([hugeId]);
    await waitForPostfixIdle();
    expect(await parsedInbox(consumer)).toHaveLength(0);
  });

  it('does not send again when a crash left a sent reply marked "sending": the Sent folder answers', async () => {
    const smtp = consumerSmtp();
    const requestId = `request-${Date.now()}@example.test`;
    await smtp.sendMail({ from: CONSUMER, to: PRIVACY, subject: 'Opt out', text: 'Do not sell or share my personal information.', messageId: `<${requestId}>` });
    smtp.close();
    await waitForPrivacyInbox(1);
    const first = await runCli(['run-once'], env);
    // The acknowledgement, plus a team notice where the request needs the team.
    const sentFirst = (JSON.parse(first.stdout) as { send: { sent: number } }).send.sent;
    expect(sentFirst).toBeGreaterThanOrEqual(1);
    await waitForPostfixIdle();
    expect(await parsedInbox(consumer)).toHaveLength(1);

    // What a kill between the SMTP 250 and recording "sent" leaves behind.
    const dbFile = path.join(dataDir, 'db.json');
    const db = JSON.parse(await readFile(dbFile, 'utf8')) as { outbox: Record<string, { state: string; sentAt: string | null }> };
    for (const item of Object.values(db.outbox)) Object.assign(item, { state: 'sending', sentAt: null });
    await writeFile(dbFile, JSON.stringify(db));

    const recovered = await runCli(['run-once'], env);
    expect(recovered.code).toBe(0);
    expect(JSON.parse(recovered.stdout)).toMatchObject({ send: { sent: 0, recovered: sentFirst } });
    await waitForPostfixIdle();
    expect(await parsedInbox(consumer)).toHaveLength(1);
  });
});
