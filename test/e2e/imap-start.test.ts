import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCli } from '../support/cli.js';
import { CONSUMER, emptyMailbox, mailstack, openImap, PRIVACY, uniqueName, waitFor } from '../support/mailstack.js';

let consumer: ImapFlow;
let privacy: ImapFlow;

beforeAll(async () => {
  consumer = await openImap(CONSUMER);
  privacy = await openImap(PRIVACY);
});

afterAll(async () => {
  await consumer.logout();
  await privacy.logout();
});

async function inboxCount(client: ImapFlow): Promise<number> {
  const lock = await client.getMailboxLock('INBOX');
  try {
    await client.noop();
    return client.mailbox ? client.mailbox.exists : 0;
  } finally {
    lock.release();
  }
}

it('start: with a one-day poll interval, IMAP IDLE gets a request answered; SIGTERM stops cleanly', async () => {
  await emptyMailbox(PRIVACY);
  await emptyMailbox(CONSUMER);
  const stack = mailstack();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-imap-start-'));
  const base = uniqueName('Start');
  const { child, output, exited } = startCli(['start'], {
    DATA_DIR: dataDir,
    MAILBOX_URL: `imap://${encodeURIComponent(PRIVACY)}:${stack.password}@${stack.host}:${stack.imapPort}/INBOX`,
    SMTP_URL: `smtp://${stack.host}:${stack.smtpPort}`,
    PRIVACY_ADDRESS: PRIVACY,
    // No second poll within the test: only the wait on the open connection can see the request.
    POLL_INTERVAL: '1d',
    // debug: the source says when its first pass is over and it waits for new mail.
    LOG_LEVEL: 'debug',
    PROCESSED_FOLDER: `${base}-Processed`,
    QUARANTINE_FOLDER: `${base}-Quarantine`,
    SENT_FOLDER: `${base}-Sent`,
  });
  try {
    // Waits for events, never for a fixed time: on a loaded machine the worker may take seconds to start.
    await waitFor(async () => (output.stderr.includes('"msg":"waiting for new mail"') ? true : undefined), 90_000, 50);
    expect(output.stderr).toContain('"idle":true');

    const smtp = nodemailer.createTransport({ host: stack.host, port: stack.smtpPort, secure: false, ignoreTLS: true });
    const sentAt = Date.now();
    await smtp.sendMail({ from: CONSUMER, to: PRIVACY, subject: 'Delete my account', text: 'Please delete my account and all my personal data.', messageId: `<start-${Date.now()}@example.test>` });
    smtp.close();
    await waitFor(async () => ((await inboxCount(consumer)) > 0 ? true : undefined), 90_000, 50);
    // A figure for the log, not an assertion: how fast depends on the machine's load.
    console.info(`start over IMAP: acknowledgement in the consumer's INBOX ${Date.now() - sentAt} ms after the request was sent`);
    expect(await inboxCount(consumer)).toBe(1);

    const stopAt = Date.now();
    child.kill('SIGTERM');
    expect((await exited).code).toBe(0);
    console.info(`start over IMAP: SIGTERM to exit ${Date.now() - stopAt} ms`);
    expect(output.stderr).not.toMatch(/"level":(50|60)/);
  } finally {
    child.kill('SIGKILL');
    for (const suffix of ['Processed', 'Quarantine', 'Sent']) await privacy.mailboxDelete(`${base}-${suffix}`).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
});
