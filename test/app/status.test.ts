import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordJobRun } from '../../src/app/job-recorder.js';
import { formatStatus } from '../../src/app/status-format.js';
import { backlogCounter, gatherStatus, nextDigestAt } from '../../src/app/status.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openFileStore, readStoreSnapshot } from '../../src/io/store.js';
import type { OutboxItem } from '../../src/types.js';

const NOW = '2026-03-02T17:30:00.000Z'; // Monday 09:30 in Los Angeles
const silent = pino({ level: 'silent' });
let dataDir: string;
let config: Config;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-status-'));
  config = loadConfig({ DATA_DIR: dataDir, TEAM_ADDRESSES: 'dpo@example.test', TIMEZONE: 'America/Los_Angeles', POLL_INTERVAL: '60s' });
  for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(dataDir, 'maildir', sub), { recursive: true });
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function status(at = NOW) {
  return gatherStatus(config, at, { readDb: () => readStoreSnapshot(dataDir), countBacklog: backlogCounter(config) });
}

function failedReply(): OutboxItem {
  return {
    key: 'PR-2026-0001:acknowledgement:1',
    messageId: '<pi.1@example.test>',
    caseId: 'PR-2026-0001',
    templateId: 'acknowledgement',
    to: [{ address: 'casey@example.net', name: 'Casey Consumer' }],
    toHash: 'h',
    vars: {},
    inReplyTo: null,
    references: [],
    subject: 'Re: please delete my data',
    state: 'failed',
    createdAt: '2026-03-02T17:00:00.000Z',
    sentAt: null,
    attempts: 1,
    lastError: '550 5.1.1 <casey@example.net>: Recipient address rejected',
    failedAt: '2026-03-02T17:01:00.000Z',
  };
}

describe('status from real files', () => {
  it('is unhealthy before any job ran, healthy once poll-inbox and check-deadlines recorded a success', async () => {
    const before = await status();
    expect(before.healthy).toBe(false);
    expect(before.problems.map((finding) => finding.code)).toEqual(['POLL_STALE', 'DEADLINES_STALE']);

    await recordJobRun({ dataDir, job: 'poll-inbox', now: () => '2026-03-02T17:29:00.000Z', logger: silent }, async () => ({ listed: 0 }));
    await recordJobRun({ dataDir, job: 'check-deadlines', now: () => '2026-03-02T17:00:00.000Z', logger: silent }, async () => ({ open: 0 }));
    const after = await status();
    expect(after.healthy).toBe(true);
    expect(after.jobs['poll-inbox'].lastSuccessAt).toBe('2026-03-02T17:29:00.000Z');
    // Ten minutes later with no poll: three 1-minute intervals are over, and so is the 5-minute floor.
    expect((await status('2026-03-02T17:40:00.000Z')).problems.map((finding) => finding.code)).toEqual(['POLL_STALE']);
  });

  it('counts mail waiting in the Maildir, reads db.json while it stays untouched, and names a failed reply without its address', async () => {
    await recordJobRun({ dataDir, job: 'poll-inbox', now: () => NOW, logger: silent }, async () => ({}));
    await recordJobRun({ dataDir, job: 'check-deadlines', now: () => NOW, logger: silent }, async () => ({}));
    await writeFile(path.join(dataDir, 'maildir', 'new', '1.x.host'), 'Subject: hi\r\n\r\nhello\r\n');
    const store = await openFileStore(dataDir);
    await store.apply([{ type: 'enqueue', item: failedReply() }]);

    const report = await status();
    expect(report.mailbox).toMatchObject({ kind: 'maildir', count: 1, error: null });
    expect(report.healthy).toBe(false);
    expect(report.problems.map((finding) => finding.code)).toEqual(['OUTBOX_FAILED']);
    expect(report.outbox.failed).toEqual([{ key: 'PR-2026-0001:acknowledgement:1', caseId: 'PR-2026-0001', templateId: 'acknowledgement', failedAt: '2026-03-02T17:01:00.000Z', error: '550 5.1.1 <<address>>: Recipient address rejected' }]);
    const text = formatStatus(report, config.timezone);
    const json = JSON.stringify(report);
    for (const output of [text, json]) expect(output).not.toMatch(/casey|please delete/i);
    expect(text).toContain('privacy-inbox: UNHEALTHY');
    expect(text).toContain('OUTBOX_FAILED');
    expect(text).toContain('mailbox   maildir: 1 waiting');
    expect(text).toContain('failed PR-2026-0001:acknowledgement:1 at 2026-03-02 09:01');
    expect(text).toContain('digest    next 2026-03-09 09:00 (in 7 d) on "0 9 * * 1"; this week (digest:2026-W10): not queued yet');
  });

  it('reports a damaged db.json as a problem instead of failing', async () => {
    await writeFile(path.join(dataDir, 'db.json'), '{"version":1,');
    const report = await status();
    expect(report.problems.map((finding) => finding.code)).toContain('STORE_UNREADABLE');
    expect(report.problems.find((finding) => finding.code === 'STORE_UNREADABLE')?.message).toMatch(/^STORE_CORRUPT: /);
  });

  it('finds the next digest slot with croner in TIMEZONE, across the daylight-saving change', () => {
    expect(nextDigestAt('0 9 * * 1', 'America/Los_Angeles', NOW)).toBe('2026-03-09T16:00:00.000Z');
    expect(nextDigestAt('0 9 * * 1', 'America/Los_Angeles', '2026-03-02T16:59:00.000Z')).toBe('2026-03-02T17:00:00.000Z');
    expect(nextDigestAt('30 8 1 * *', 'Europe/Berlin', NOW)).toBe('2026-04-01T06:30:00.000Z');
    expect(nextDigestAt('not a cron', 'UTC', NOW)).toBeNull();
  });
});
