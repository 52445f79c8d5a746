import { readStoreSnapshot } from '../../src/io/store.js';
import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMail } from '../support/build-mail.js';
import { runCli } from '../support/cli.js';
import { deliverToMaildir } from '../support/maildir.js';

let dataDir: string;
let env: Record<string, string>;

async function deliver(name: string, raw: string | Buffer): Promise<void> {
  await deliverToMaildir(path.join(dataDir, 'maildir'), name, raw);
}

async function outboxFiles(): Promise<string[]> {
  return readdir(path.join(dataDir, 'outbox')).catch(() => []);
}

async function readDb(): Promise<{ messages: Record<string, { status: string; reason: string | null }>; outbox: Record<string, { state: string }> }> {
  return (await readStoreSnapshot(dataDir));
}

const request = buildMail({
  from: 'Alex Doe <alex@example.net>',
  subject: 'Please delete my data',
  body: 'Hello,\n\nPlease delete my account and all personal data you hold about me.\n\nAlex',
  messageId: 'request-1@example.net',
});

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-e2e-'));
  env = { DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', TEAM_ADDRESSES: 'team@example.test', PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z', ORG_NAME: 'Calm Clinic' };
});

describe('Maildir default, end to end through the CLI', () => {
  it('acknowledges a request exactly once, in its thread, and never answers an auto-reply', async () => {
    await deliver('1.request.host', request);
    const first = await runCli(['run-once'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const files = await outboxFiles();
    expect(files).toHaveLength(1);

    const ack = await simpleParser(await readFile(path.join(dataDir, 'outbox', files[0] as string)));
    expect(ack.to && !Array.isArray(ack.to) ? ack.to.value[0]?.address : null).toBe('alex@example.net');
    expect(ack.inReplyTo).toBe('<request-1@example.net>');
    expect(ack.references).toContain('<request-1@example.net>');
    expect(ack.subject).toBe('Re: Please delete my data [PR-2026-0001]');
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.text).toContain('PR-2026-0001');
    expect(ack.text).toContain('delete');
    expect(ack.text).not.toContain('team@example.test');
    expect(ack.html).toContain('PR-2026-0001');

    const again = await runCli(['run-once'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).send.sent).toBe(0);
    expect(await outboxFiles()).toHaveLength(1);

    await deliver(
      '2.ooo.host',
      buildMail({
        from: 'Alex Doe <alex@example.net>',
        subject: 'Automatic reply: Re: Please delete my data [PR-2026-0001]',
        body: 'I am out of the office until Monday.',
        messageId: 'ooo-1@example.net',
        inReplyTo: ack.messageId?.replace(/[<>]/g, '') ?? '',
        extraHeaders: { 'Auto-Submitted': 'auto-replied' },
      }),
    );
    const afterOoo = await runCli(['run-once'], env);
    expect(afterOoo.code).toBe(0);
    expect(await outboxFiles()).toHaveLength(1);
    const db = await readDb();
    expect(db.messages['ooo-1@example.net']?.status).toBe('ignored');
    expect(db.messages['ooo-1@example.net']?.reason).toMatch(/Auto-Submitted/);

    const shown = JSON.parse((await runCli(['show', 'PR-2026-0001', '--json'], env)).stdout);
    // A deletion waits for the requester to verify: the acknowledgement carries the one-time code.
    expect(shown).toMatchObject({ id: 'PR-2026-0001', state: 'awaiting_verification', requester: 'alex@example.net', receivedAt: '2026-03-02T17:00:00.000Z', labels: expect.arrayContaining(['deletion']) });
    expect(shown.events.map((event: { type: string }) => event.type)).toEqual([
      'received', 'classified', 'deadline_set', 'reply_queued', 'verification_requested', 'state_changed', 'reply_sent', 'automated_mail_ignored',
    ]);
    const listed = JSON.parse((await runCli(['list', '--json'], env)).stdout);
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('events');

    expect(await readdir(path.join(dataDir, 'maildir', 'new'))).toEqual([]);
    expect((await readdir(path.join(dataDir, 'maildir', 'cur'))).sort()).toEqual(['1.request.host:2,S', '2.ooo.host:2,S']);
  });

  it('still sends exactly one acknowledgement when killed between recording and sending', async () => {
    await deliver('1.request.host', request);
    const crashed = await runCli(['run-once'], { ...env, PRIVACY_INBOX_FAULT: 'crash-after-record' });
    expect(crashed.signal).toBe('SIGKILL');
    expect(await outboxFiles()).toHaveLength(0);
    // Recorded and claimed in the same write, not sent: the restart asks the outbox before sending.
    expect(Object.values((await readDb()).outbox).map((item) => item.state)).toEqual(['sending']);

    const restarted = await runCli(['run-once'], env);
    expect(restarted.code).toBe(0);
    expect(await outboxFiles()).toHaveLength(1);
    await runCli(['run-once'], env);
    expect(await outboxFiles()).toHaveLength(1);
    expect(Object.values((await readDb()).outbox).map((item) => item.state)).toEqual(['sent']);
  });

  it('takes every message exactly once when its read worker dies on a batch', async () => {
    const requests = Array.from({ length: 6 }, (_, index) =>
      buildMail({ from: `Person ${index} <person.${index}@example.net>`, subject: 'Please delete my data', body: `Hello,\n\nPlease delete all personal data you hold about me.\n\nPerson ${index}`, messageId: `worker-${index}@example.net`, extraHeaders: index === 2 ? { 'X-Test': 'crash-the-read-worker' } : {} }),
    );
    for (const [index, raw] of requests.entries()) await deliver(`${index + 1}.worker.host`, raw);
    // READ_WORKERS=1 reads every pass's mail on a worker; the fault makes it exit on the third message.
    const result = await runCli(['run-once'], { ...env, READ_WORKERS: '1', PRIVACY_INBOX_FAULT: 'read-worker-crash:crash-the-read-worker' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('read worker died');
    expect(JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}')).toMatchObject({ listed: 6, newCases: 6, failed: 0, quarantined: 0 });
    expect(await outboxFiles()).toHaveLength(6);
    expect(await readdir(path.join(dataDir, 'maildir', 'new'))).toEqual([]);
    expect(Object.values((await readDb()).messages).map((message) => message.status)).toEqual(Array(6).fill('case'));
    await runCli(['run-once'], env);
    expect(await outboxFiles()).toHaveLength(6);
  });

  it('quarantines unparseable and oversized mail without losing it', async () => {
    await deliver('1.empty.host', '');
    await deliver('2.huge.host', buildMail({ subject: 'Delete my data', body: 'x'.repeat(5000), messageId: 'huge@example.net' }));
    const result = await runCli(['run-once'], { ...env, MAX_MESSAGE_BYTES: '2048' });
    expect(result.code).toBe(0);
    expect(await outboxFiles()).toHaveLength(0);
    const statuses = Object.values((await readDb()).messages).map((message) => [message.status, message.reason?.split(':')[0]]);
    expect(statuses.sort()).toEqual([['quarantined', 'MAIL_PARSE'], ['quarantined', 'too large']]);
    expect((await readdir(path.join(dataDir, 'maildir', '.Quarantine', 'cur'))).sort()).toEqual(['1.empty.host:2,S', '2.huge.host:2,S']);
  });

  it('refuses a corrupt store with a clear error and leaves it untouched', async () => {
    await writeFile(path.join(dataDir, 'db.json'), '{"version":1,"cases":');
    await deliver('1.request.host', request);
    const result = await runCli(['run-once'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/STORE_CORRUPT: .*db\.json is not valid JSON/);
    expect(await readFile(path.join(dataDir, 'db.json'), 'utf8')).toBe('{"version":1,"cases":');
    expect(await readdir(path.join(dataDir, 'maildir', 'new'))).toEqual(['1.request.host']);
  });

  it('logs no bodies, subjects or raw addresses, even at debug level', async () => {
    await deliver('1.request.host', request);
    const result = await runCli(['run-once'], { ...env, LOG_LEVEL: 'debug' });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/message handled/);
    expect(result.stderr).not.toMatch(/alex@example\.net|Alex Doe|Please delete my data|personal data you hold/i);
  });

  it('records mail older than IGNORE_MAIL_BEFORE as ignored and answers only the new', async () => {
    await deliver('1.old.host', buildMail({ subject: 'Delete my data', body: 'Please delete my account.', messageId: 'old-1@example.net' }));
    await utimes(path.join(dataDir, 'maildir', 'new', '1.old.host'), new Date('2025-01-10T10:00:00Z'), new Date('2025-01-10T10:00:00Z'));
    await deliver('2.new.host', request);
    const result = await runCli(['run-once'], { ...env, IGNORE_MAIL_BEFORE: '2025-06-01' });
    expect(result.code).toBe(0);
    const db = await readDb();
    expect(db.messages['old-1@example.net']).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/IGNORE_MAIL_BEFORE/) });
    expect(db.messages['request-1@example.net']?.status).toBe('case');
    const acks = await Promise.all((await outboxFiles()).map(async (name) => (await simpleParser(await readFile(path.join(dataDir, 'outbox', name)))).inReplyTo));
    expect(acks).not.toContain('<old-1@example.net>');
    expect(acks).toContain('<request-1@example.net>');
    expect((await readdir(path.join(dataDir, 'maildir', 'cur'))).sort()).toEqual(['1.old.host:2,S', '2.new.host:2,S']);
  });

  it('lists every bad configuration key in one error', async () => {
    const result = await runCli(['run-once'], { ...env, PRIVACY_ADDRESS: 'not-an-address', TIMEZONE: 'Mars/Olympus', MAILBOX_URL: 'pop3://x' });
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/PRIVACY_ADDRESS/);
    expect(result.stderr).toMatch(/TIMEZONE/);
    expect(result.stderr).toMatch(/MAILBOX_URL: unsupported scheme pop3:/);
  });
});
