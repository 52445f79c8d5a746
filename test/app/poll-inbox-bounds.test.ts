import { readStoreSnapshot } from '../../src/io/store.js';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDeps, createDeps, type AppDeps } from '../../src/app/deps.js';
import { runPollInbox } from '../../src/app/poll-inbox.js';
import { createReadBudget } from '../../src/app/read-budget.js';
import { loadConfig } from '../../src/config.js';
import { LIMITS } from '../../src/io/mime.js';
import { openFileStore } from '../../src/io/store.js';
import { createLogger } from '../../src/log.js';
import type { DbData } from '../../src/types.js';
import { buildMail } from '../support/build-mail.js';
import { hostileMail } from '../support/hostile-mail.js';

/**
 * What poll-inbox does with mail over a limit or over its time budget: quarantined with the reason,
 * the original kept (raw copy in the data directory, the message in the Maildir's .Quarantine), and
 * the rest of the batch handled. The budget is driven by a clock the test moves, never by real time.
 */

let dataDir: string;
let deps: AppDeps;
let delivered = 0;

async function deliver(raw: string | Buffer): Promise<string> {
  const maildir = path.join(dataDir, 'maildir');
  for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(maildir, sub), { recursive: true });
  delivered += 1;
  const name = `${String(delivered).padStart(4, '0')}.bounds.host`;
  await writeFile(path.join(maildir, 'tmp', name), raw);
  // Maildir lists oldest first: delivery order is the order of the batch.
  const when = new Date(Date.UTC(2026, 2, 2, 8, 0, delivered));
  await utimes(path.join(maildir, 'tmp', name), when, when);
  await rename(path.join(maildir, 'tmp', name), path.join(maildir, 'new', name));
  return name;
}

async function quarantined(): Promise<string[]> {
  return (await readdir(path.join(dataDir, 'maildir', '.Quarantine', 'cur')).catch(() => [] as string[])).sort();
}

async function readDb(): Promise<DbData> {
  return (await readStoreSnapshot(dataDir)) as DbData;
}

function request(id: string, subject = 'Please delete my data'): string {
  return buildMail({ from: `Alex ${id} <alex.${id}@example.net>`, subject, body: 'Hello,\n\nPlease delete my account and all personal data you hold about me.\n\nAlex', messageId: `${id}@example.net` });
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-bounds-'));
  const config = loadConfig({ DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', TEAM_ADDRESSES: 'team@example.test', PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z', ORG_NAME: 'Calm Clinic', BOT_SECRET: 'bounds-secret-bounds-secret' });
  deps = await createDeps(config, createLogger('silent'), await openFileStore(dataDir));
});

afterEach(async () => {
  await closeDeps(deps);
  await rm(dataDir, { recursive: true, force: true });
});

describe('poll-inbox under the read budget', () => {
  it('quarantines a message whose parse spends the budget, keeps it, and goes on with the batch', async () => {
    await deliver(request('before'));
    const slowName = await deliver(request('slow-parse'));
    await deliver(request('after'));
    // The budget of the second message (oldest first) is already spent when its parse starts. Counted
    // per budget, not per fetch: a pass reads a batch ahead of parsing it.
    let budgets = 0;
    deps.readBudget = () => {
      let now = 0;
      const budget = createReadBudget(1_000, () => now);
      if (++budgets === 2) now = 5_000;
      return budget;
    };

    const summary = await runPollInbox(deps);

    expect(summary).toMatchObject({ listed: 3, newCases: 2, quarantined: 1, failed: 0 });
    expect((await quarantined()).map((name) => name.split(':')[0])).toEqual([slowName]);
    const db = await readDb();
    const record = Object.values(db.messages).find((entry) => entry.status === 'quarantined');
    expect(record?.reason).toBe('MAIL_BUDGET: reading the message took over its 1000 ms budget (5000 ms, stopped at parse)');
    expect(record?.blob).not.toBeNull();
    expect(await readFile(path.join(dataDir, record?.blob ?? ''), 'utf8')).toContain('slow-parse@example.net');
  });

  it('quarantines a message whose triage spends the budget, with the step in the reason', async () => {
    await deliver(request('slow-triage', 'Slow triage: please delete my data'));
    await deliver(request('normal'));
    let now = 0;
    deps.readBudget = () => createReadBudget(1_000, () => now);
    const classifier = deps.classifier;
    // Stands in for triage that runs long on this one message; the real classifier then checks the budget.
    deps.classifier = {
      classify: (mail, budget) => {
        now += mail.subject.startsWith('Slow triage') ? 2_000 : 0;
        return classifier.classify(mail, budget);
      },
    };

    const summary = await runPollInbox(deps);

    expect(summary).toMatchObject({ listed: 2, newCases: 1, quarantined: 1, failed: 0 });
    const db = await readDb();
    expect(db.messages['slow-triage@example.net']).toMatchObject({ status: 'quarantined', reason: 'MAIL_BUDGET: reading the message took over its 1000 ms budget (2000 ms, stopped at triage)' });
    expect(db.messages['slow-triage@example.net']?.fromHash).not.toBeNull();
    expect(db.messages['normal@example.net']?.status).toBe('case');
    expect(await quarantined()).toHaveLength(1);
  });

  it('quarantines mail over the part limit as MAIL_LIMIT, at once, unread', async () => {
    const parts = Array.from({ length: LIMITS.maxParts + 1 }, (_, index) => `--p\r\nContent-Type: text/plain\r\n\r\npart ${index}\r\n`).join('');
    await deliver(`From: a@example.net\r\nTo: privacy@example.test\r\nSubject: parts\r\nMessage-ID: <parts@example.net>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n${parts}--p--\r\n`);
    await deliver(request('fine'));

    const summary = await runPollInbox(deps);

    expect(summary).toMatchObject({ listed: 2, newCases: 1, quarantined: 1, failed: 0 });
    const record = Object.values((await readDb()).messages).find((entry) => entry.status === 'quarantined');
    expect(record?.reason).toBe(`MAIL_LIMIT: message has more than ${LIMITS.maxParts} MIME parts (or nesting levels)`);
  });

  it('takes a batch of hostile mail without a failure: every message handled or quarantined with a reason', async () => {
    for (let seed = 1001; seed <= 1040; seed += 1) await deliver(hostileMail(seed, { scale: 0.05 }).raw);

    const summary = await runPollInbox(deps);

    expect(summary.failed).toBe(0);
    expect(summary.listed).toBe(40);
    expect(summary.newCases + summary.followUps + summary.teamCommands + summary.ignored + summary.quarantined + summary.duplicates).toBe(40);
    expect(await readdir(path.join(dataDir, 'maildir', 'new'))).toEqual([]);
    const records = Object.values((await readDb()).messages);
    const setAside = records.filter((record) => record.status === 'quarantined');
    expect(setAside.length).toBe(summary.quarantined);
    expect(await quarantined()).toHaveLength(summary.quarantined);
    for (const record of setAside) expect(record.reason).toMatch(/^(MAIL_PARSE|MAIL_LIMIT|MAIL_TOO_LARGE|MAIL_BUDGET): /);
  });
});
