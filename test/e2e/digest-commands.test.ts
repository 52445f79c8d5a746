import { readStoreSnapshot } from '../../src/io/store.js';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbData } from '../../src/types.js';
import { runCli } from '../support/cli.js';
import { deliverToMaildir } from '../support/maildir.js';

/** The deadline commands through the built CLI, the way a cron user or a team member at a shell runs them. */

let dataDir = '';
const base = { PRIVACY_ADDRESS: 'privacy@example.test', TEAM_ADDRESSES: 'team@example.test', ORG_NAME: 'Calm Clinic', BOT_SECRET: 'commands-secret-123' };

function env(now: string): Record<string, string> {
  return { ...base, DATA_DIR: dataDir, PRIVACY_INBOX_NOW: now };
}

async function deliver(from: string, subject: string, body: string, id: string): Promise<void> {
  const raw = [`From: ${from}`, 'To: privacy@example.test', `Subject: ${subject}`, 'Date: Mon, 02 Mar 2026 09:00:00 -0800', `Message-ID: <${id}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
  await deliverToMaildir(path.join(dataDir, 'maildir'), id, raw);
}

async function cli(args: string[], now: string): Promise<{ code: number | null; stdout: string }> {
  const result = await runCli(args, env(now));
  expect(result.stderr).toBe('');
  return { code: result.code, stdout: result.stdout };
}

async function readDb(): Promise<DbData> {
  return (await readStoreSnapshot(dataDir)) as DbData;
}

async function sentWith(templateKey: string): Promise<Array<{ to: string; subject: string; text: string }>> {
  const db = await readDb();
  const ids = new Set(Object.values(db.outbox).filter((item) => item.key.includes(templateKey)).map((item) => item.messageId));
  const dir = path.join(dataDir, 'outbox');
  const found = [];
  for (const file of await readdir(dir)) {
    const parsed = await simpleParser(await readFile(path.join(dir, file)));
    if (!ids.has((parsed.messageId ?? '').replace(/[<>]/g, ''))) continue;
    found.push({ to: parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '', subject: parsed.subject ?? '', text: parsed.text ?? '' });
  }
  return found;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-commands-'));
  await deliver('Alex Doe <alex@example.net>', 'Delete my data', 'Please delete my account and all personal data you hold about me.', 'del-1@example.net');
  await deliver('Bea Chan <bea@example.net>', 'What do you have on me?', 'I would like to know what personal information you have collected about me.', 'know-1@example.net');
  await deliver('Cy Ode <cy@example.net>', 'Stop selling my data', 'Please stop selling or sharing my personal information.', 'opt-1@example.net');
  const first = await cli(['run-once', '--jobs', 'all'], '2026-03-02T18:00:00Z');
  expect(first.code).toBe(0);
}, 120_000);

describe('deadline commands through the CLI', () => {
  it('gives every case its clock at intake and names that date in the acknowledgement', async () => {
    const db = await readDb();
    const dates = Object.values(db.cases).map((c) => [c.requester.address, c.clock?.firstDueOn, c.clock?.governedBy]);
    expect(dates).toEqual([
      ['alex@example.net', '2026-04-15', 'ccpa:delete'],
      ['bea@example.net', '2026-04-15', 'ccpa:know'],
      ['cy@example.net', '2026-03-16', 'us_marketing:unsubscribe'],
    ]);
    const acks = await sentWith(':acknowledgement:');
    expect(acks.find((mail) => mail.to.includes('cy@example.net'))?.text).toContain('2026-03-16');
  });

  it('extends once with the reason and the new date; refuses a second time and an opt-out', async () => {
    const ok = await cli(['extend', 'PR-2026-0001', 'our', 'billing', 'provider', 'holds', 'part', 'of', 'the', 'data', '--by', 'sam@example.test'], '2026-03-10T17:00:00Z');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Extended PR-2026-0001 to 2026-05-30; the notice to the requester was sent.');
    const [notice] = await sentWith('PR-2026-0001:extension-notice:1');
    expect(notice?.to).toContain('alex@example.net');
    expect(notice?.text).toContain('our billing provider holds part of the data');
    expect(notice?.text).toContain('2026-05-30');
    const again = await cli(['extend', 'PR-2026-0001', 'more'], '2026-03-11T17:00:00Z');
    expect(again.code).toBe(3); // refused
    expect(again.stdout).toMatch(/^Refused: PR-2026-0001 was already extended on 2026-03-10 to 2026-05-30/);
    const optOut = await cli(['extend', 'PR-2026-0003', 'busy'], '2026-03-11T17:00:00Z');
    expect(optOut.code).toBe(3);
    expect(optOut.stdout).toContain('no extension exists for');
    const db = await readDb();
    expect(db.cases['PR-2026-0001']?.events.find((e) => e.type === 'extended')?.by).toBe('sam@example.test');
    expect(db.cases['PR-2026-0003']?.events.some((e) => e.type === 'extension_refused')).toBe(true);
  });

  it('sends the weekly digest once per ISO week', async () => {
    const first = await cli(['send-digest'], '2026-03-09T17:00:00Z');
    expect(JSON.parse(first.stdout)).toMatchObject({ key: 'digest:2026-W11', queued: true, send: { sent: 1 } });
    const second = await cli(['send-digest'], '2026-03-12T17:00:00Z');
    expect(JSON.parse(second.stdout)).toMatchObject({ key: 'digest:2026-W11', queued: false, send: { sent: 0 } });
    const [digest] = await sentWith('digest:2026-W11');
    expect(digest?.to).toBe('team@example.test');
    expect(digest?.text).toContain('Privacy requests, week 2026-W11');
  });

  it('check-deadlines reminds, escalates and is idempotent', async () => {
    const run = await cli(['check-deadlines'], '2026-04-08T17:00:00Z'); // Wed 10:00 PDT: 7 days before 15 Apr
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ reminders: 1, overdueAlerts: 1 });
    expect(summary.send.sent).toBeGreaterThanOrEqual(2);
    const [reminder] = await sentWith('PR-2026-0002:reminder-due:7d-2026-04-15');
    // One subject for all team mail about the case; the date and the days left are in the body.
    expect(reminder?.subject).toBe('[PR-2026-0002] BC access');
    expect(reminder?.text).toContain('Case PR-2026-0002 is due 2026-04-15: 7 days left.');
    expect(reminder?.text).not.toContain('bea@example.net');
    expect(await sentWith('PR-2026-0003:reminder-overdue:2026-04-08')).toHaveLength(1);
    const again = JSON.parse((await cli(['check-deadlines'], '2026-04-08T18:00:00Z')).stdout);
    expect(again).toMatchObject({ reminders: 0, overdueAlerts: 0, send: { sent: 0 } });
  });

  it('reports CCPA 7102 metrics and exports one row per case', async () => {
    expect((await cli(['run-once', '--jobs', 'all'], '2026-04-16T17:00:00Z')).code).toBe(0); // the unverified access request is denied on its date
    const metrics = JSON.parse((await cli(['metrics', '--year', '2026', '--format', 'json'], '2026-04-16T17:00:00Z')).stdout);
    expect(metrics.total).toMatchObject({ received: 3, denied: 1 });
    expect(metrics.types.find((t: { type: string }) => t.type === 'know')).toMatchObject({ received: 1, denied: 1, deniedBy: { unverifiable: 1 } });
    const csv = (await cli(['export', '--format', 'csv'], '2026-04-16T17:00:00Z')).stdout.trim().split('\n');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(/^PR-2026-0001,awaiting_verification,deletion,deletion,email,AD,no,ccpa,2026-03-02,2026-03-16,2026-04-15,2026-03-10,our billing provider holds part of the data,2026-05-30,/);
    expect(csv.join('\n')).not.toContain('@example.net');
    expect((await cli(['metrics'], '2027-02-01T17:00:00Z')).stdout).toContain('## Privacy request metrics, 2026 (CCPA 11 CCR 7102)');
  });

  it('purges closed cases and their mail after RETENTION_MONTHS; metrics keep the counts; the digest says so', async () => {
    const db = await readDb();
    const blob = Object.values(db.messages).find((m) => m.caseId === 'PR-2026-0002')?.blob as string;
    expect(existsSync(path.join(dataDir, blob))).toBe(true);
    const run = JSON.parse((await cli(['run-once', '--jobs', 'check-deadlines'], '2028-04-20T17:00:00Z')).stdout);
    expect(run.checkDeadlines).toMatchObject({ purged: 1, blobsDeleted: 1 });
    const after = await readDb();
    expect(after.cases['PR-2026-0002']).toBeUndefined();
    expect(Object.values(after.messages).some((m) => m.caseId === 'PR-2026-0002')).toBe(false);
    expect(existsSync(path.join(dataDir, blob))).toBe(false);
    expect(after.purged?.[0]).toMatchObject({ caseId: 'PR-2026-0002', outcome: 'denied', denialReason: 'unverifiable', retentionMonths: 24 });
    // The still unverified deletion is not denied by this pass: no pass ran for two years, so its
    // requester held no live code in the two weeks before the due date; the team decides instead.
    expect(after.cases['PR-2026-0001']?.state).toBe('awaiting_verification');
    expect(after.cases['PR-2026-0001']?.events.map((event) => event.type)).toContain('denial_withheld');
    const metrics = JSON.parse((await cli(['metrics', '--year', '2026', '--format', 'json'], '2028-04-20T17:00:00Z')).stdout);
    expect(metrics.total).toMatchObject({ received: 3, denied: 1 });
    expect(metrics.types.find((t: { type: string }) => t.type === 'know')).toMatchObject({ received: 1, denied: 1, deniedBy: { unverifiable: 1 } });
    const out = path.join(dataDir, 'preview.html');
    expect((await cli(['digest', '--preview', '--out', out], '2028-04-21T17:00:00Z')).code).toBe(0);
    expect(await readFile(out.replace('.html', '.txt'), 'utf8')).toContain('1 closed case was purged this week after 24 months (PR-2026-0002)');
  });
});
