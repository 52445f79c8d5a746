import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeDeps, createDeps, type AppDeps } from '../../src/app/deps.js';
import type { PollSummary } from '../../src/app/poll-inbox.js';
import { runPollService } from '../../src/app/poll-loop.js';
import { loadConfig } from '../../src/config.js';
import { openFileStore } from '../../src/io/store.js';
import { createLogger } from '../../src/log.js';
import { buildMail } from '../support/build-mail.js';
import { startDovecotVariant, type DovecotVariant } from '../support/dovecot-variant.js';
import { mailstack, openImapAt, PRIVACY, uniqueName, waitFor } from '../support/mailstack.js';

/**
 * The service's poll loop in-process against its own Dovecot (same users and settings as the test
 * stack, its own mail and sessions), so `doveadm kick` drops only this test's connection. Nothing
 * here waits for a fixed time: every step waits for an event with a generous timeout.
 */
let server: DovecotVariant;
let helper: ImapFlow;

beforeAll(async () => {
  server = await startDovecotVariant('poll', '');
  helper = await openImapAt(PRIVACY, server.port);
});

afterAll(async () => {
  await helper?.logout().catch(() => undefined);
  await server?.stop();
});

function request(n: number): Buffer {
  return Buffer.from(buildMail({ from: `Person ${n} <person${n}@example.net>`, subject: `Please delete my data (${n})`, body: `Hello,\n\nplease delete all personal data you hold about me.\n\nPerson ${n}`, messageId: `svc-${n}-${Date.now()}@example.net` }));
}

async function inInbox(): Promise<number> {
  const status = await helper.status('INBOX', { messages: true });
  return status ? (status.messages ?? -1) : -1;
}

it('keeps one connection in IDLE across passes: mail is taken as it arrives, after a kick it reconnects, and it stops when asked', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-poll-service-'));
  const folders = uniqueName('Svc');
  const config = loadConfig({
    DATA_DIR: dataDir,
    MAILBOX_URL: `imap://${encodeURIComponent(PRIVACY)}:${mailstack().password}@127.0.0.1:${server.port}/INBOX`,
    SMTP_URL: `file:${path.join(dataDir, 'outbox')}`,
    PRIVACY_ADDRESS: PRIVACY,
    TEAM_ADDRESSES: 'team@example.test',
    PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z',
    BOT_SECRET: 'poll-service-secret-123',
    // A day: no pass in this test comes from the interval, only from IDLE and reconnects.
    POLL_INTERVAL: '1d',
    PROCESSED_FOLDER: `${folders}-Processed`,
    QUARANTINE_FOLDER: `${folders}-Quarantine`,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const deps: AppDeps = await createDeps(config, createLogger('debug', sink), await openFileStore(dataDir));
  // Counts the waits: a new wait after a pass means the loop is idle again (IDLE on the connection).
  let waits = 0;
  const wait = deps.source.waitForChange?.bind(deps.source);
  if (!wait) throw new Error('the IMAP source has no waitForChange');
  deps.source.waitForChange = (timeoutMs) => {
    waits++;
    return wait(timeoutMs);
  };
  const passes: PollSummary[] = [];
  const abort = new AbortController();
  const loop = runPollService(deps, abort.signal, { onPass: (summary) => passes.push(summary) });
  const newCases = (): number => passes.reduce((sum, pass) => sum + pass.newCases, 0);
  try {
    await waitFor(async () => (waits >= 1 ? true : undefined), 60_000);
    expect(passes).toHaveLength(1);
    const idleLogs = logs.join('');
    expect(idleLogs).toContain('"idle":true');

    // Delivered while the loop waits in IDLE: taken without any pass being scheduled.
    await helper.append('INBOX', request(1));
    await waitFor(async () => (newCases() === 1 && waits >= 2 ? true : undefined), 60_000);
    expect(await inInbox()).toBe(0);
    expect(await readdir(path.join(dataDir, 'outbox'))).toHaveLength(1);
    const passesBeforeKick = passes.length;

    // The server drops the session (an admin kick, a restart): the loop reconnects and waits again.
    const waitsBeforeKick = waits;
    expect(await server.doveadm('kick', PRIVACY)).toContain(PRIVACY);
    await waitFor(async () => (passes.length > passesBeforeKick && waits > waitsBeforeKick ? true : undefined), 60_000);
    // The kick closed this test's own session too.
    await helper.logout().catch(() => undefined);
    helper = await openImapAt(PRIVACY, server.port);
    await helper.append('INBOX', request(2));
    await waitFor(async () => (newCases() === 2 ? true : undefined), 60_000);
    expect(await inInbox()).toBe(0);
    expect(await readdir(path.join(dataDir, 'outbox'))).toHaveLength(2);

    abort.abort();
    expect(await loop).toEqual({ passes: passes.length, failures: expect.any(Number) });
    expect(logs.join('')).not.toMatch(/person\d@example\.net|Please delete my data/);
  } finally {
    abort.abort();
    await loop.catch(() => undefined);
    await closeDeps(deps);
    await rm(dataDir, { recursive: true, force: true });
  }
}, 240_000);
