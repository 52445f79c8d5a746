import { readStoreSnapshot } from '../../src/io/store.js';
import { appendFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDeps, createDeps, type AppDeps } from '../../src/app/deps.js';
import { runPollInbox } from '../../src/app/poll-inbox.js';
import { retryDelayMs, runPollLoop } from '../../src/app/poll-loop.js';
import { FETCH_BATCH, FETCH_BATCH_BYTES, fetchBatches } from '../../src/app/poll-stages.js';
import type { SourceMessage } from '../../src/types.js';
import { loadConfig } from '../../src/config.js';
import { createMaildirSource, MAILDIR_SETTLE_MS } from '../../src/io/maildir.js';
import { openFileStore, openStoreCopy } from '../../src/io/store.js';
import { createLogger } from '../../src/log.js';
import { buildMail } from '../support/build-mail.js';
import { deliverToMaildir } from '../support/maildir.js';

const opened: AppDeps[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.splice(0).map((deps) => closeDeps(deps)));
});

/** The app's real dependencies on a temp DATA_DIR (Maildir in, .eml files out), as `run-once` builds them. */
async function realDeps(dataDir: string, env: Record<string, string> = {}, logs?: string[]): Promise<AppDeps> {
  const config = loadConfig({
    DATA_DIR: dataDir,
    PRIVACY_ADDRESS: 'privacy@example.test',
    TEAM_ADDRESSES: 'team@example.test',
    PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z',
    ORG_NAME: 'Calm Clinic',
    BOT_SECRET: 'loop-test-secret-123',
    ...env,
  });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs?.push(chunk.toString());
      done();
    },
  });
  const store = config.dryRun ? await openStoreCopy(dataDir) : await openFileStore(dataDir);
  const deps = await createDeps(config, createLogger('info', sink), store);
  opened.push(deps);
  return deps;
}

function request(n: number, subject = `Please delete my data (${n})`): string {
  return buildMail({ from: `Person ${n} <person${n}@example.net>`, subject, body: `Hello,\n\nplease delete all personal data you hold about me.\n\nPerson ${n}`, messageId: `loop-${n}@example.net` });
}

async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

describe('a pass over the Maildir', () => {
  it('does not take a half-written file dropped into new/; finished, it is taken exactly once', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-half-'));
    const maildir = path.join(dataDir, 'maildir');
    const deps = await realDeps(dataDir);
    let now = 0;
    deps.source = createMaildirSource({ path: maildir, clock: () => now });
    const raw = Buffer.from(request(1));
    const file = path.join(maildir, 'new', 'dropped-by-hand.eml');

    await deps.source.list();
    await writeFile(file, raw.subarray(0, Math.floor(raw.length / 2)));
    now = (await stat(file)).ctimeMs;
    const first = await runPollInbox(deps);
    expect(first).toMatchObject({ listed: 0, waiting: 1, newCases: 0 });
    expect(await listDir(path.join(maildir, 'new'))).toEqual(['dropped-by-hand.eml']);
    expect((await readStoreSnapshot(dataDir))).toMatchObject({ cases: {}, messages: {} });

    await appendFile(file, raw.subarray(Math.floor(raw.length / 2)));
    const finished = (await stat(file)).ctimeMs;
    now = finished + 1;
    expect(await runPollInbox(deps)).toMatchObject({ listed: 0, waiting: 1, newCases: 0 });

    now = finished + MAILDIR_SETTLE_MS;
    expect(await runPollInbox(deps)).toMatchObject({ listed: 1, waiting: 0, newCases: 1, send: { sent: 1 } });
    expect(await runPollInbox(deps)).toMatchObject({ listed: 0, waiting: 0, newCases: 0, send: { sent: 0 } });
    expect(await listDir(path.join(maildir, 'new'))).toEqual([]);
    expect(await listDir(path.join(maildir, 'cur'))).toEqual(['dropped-by-hand.eml:2,S']);
    expect(await listDir(path.join(dataDir, 'outbox'))).toHaveLength(1);
    const db = (await readStoreSnapshot(dataDir));
    expect(Object.keys(db.cases)).toEqual(['PR-2026-0001']);
    // The whole message was read, not its first half.
    const [blob] = await readdir(path.join(dataDir, 'messages'));
    expect((await readFile(path.join(dataDir, 'messages', blob as string))).equals(raw)).toBe(true);
  });
});

describe('the poll loop on a watched Maildir', () => {
  it('runs the next pass at once for mail delivered during a pass, not after the interval', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-loop-'));
    const maildir = path.join(dataDir, 'maildir');
    const deps = await realDeps(dataDir);
    await deliverToMaildir(maildir, '1.first.host', request(1));
    // Mail that arrives while the first pass is reading its first message.
    const fetch = deps.source.fetch.bind(deps.source);
    let delivered = false;
    deps.source.fetch = async (message) => {
      if (!delivered) {
        delivered = true;
        await deliverToMaildir(maildir, '2.during.host', request(2));
      }
      return fetch(message);
    };
    const abort = new AbortController();
    let recorded = 0;
    deps.afterRecord = () => {
      if (++recorded === 2) abort.abort();
    };
    // A ten-minute lifetime: if the second mail waited for a timeout instead, the test would time out.
    const passes = await runPollLoop(deps, abort.signal, 10 * 60_000);
    expect(passes.map((pass) => [pass.listed, pass.newCases])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(await listDir(path.join(maildir, 'new'))).toEqual([]);
    expect(await listDir(path.join(maildir, 'cur'))).toEqual(['1.first.host:2,S', '2.during.host:2,S']);
  }, 30_000);

  it('in a dry run plans each message once, shows no subject off a terminal, and writes nothing', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-dryloop-'));
    const maildir = path.join(dataDir, 'maildir');
    await deliverToMaildir(maildir, '1.a.host', request(1, 'Dry subject one'));
    await deliverToMaildir(maildir, '2.b.host', request(2, 'Dry subject two'));
    const before = await listDir(path.join(maildir, 'new'));
    const logs: string[] = [];
    const deps = await realDeps(dataDir, { DRY_RUN: '1' }, logs);
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    const abort = new AbortController();
    const list = deps.source.list.bind(deps.source);
    let lists = 0;
    // The second pass is the last: it stops once its one batch is recorded.
    let recorded = 0;
    deps.afterRecord = () => {
      if (++recorded === 2) abort.abort();
    };
    deps.source.list = async () => {
      lists++;
      // Third mail after the first pass: the loop wakes for it alone, the first two are known by then.
      const listed = await list();
      if (lists === 1) await deliverToMaildir(maildir, '3.c.host', request(3, 'Dry subject three'));
      return listed;
    };
    const passes = await runPollLoop(deps, abort.signal, 10 * 60_000);
    vi.restoreAllMocks();

    expect(passes.map((pass) => [pass.newCases, pass.duplicates, pass.send.dryRun, pass.send.sent])).toEqual([
      [2, 0, 2, 0],
      [1, 2, 1, 0],
    ]);
    const output = printed.join('');
    for (const id of ['1.a.host', '2.b.host', '3.c.host']) expect(output.split(`DRY RUN message ${id}:`)).toHaveLength(2);
    expect(output).toContain('would open case PR-2026-0003');
    expect(output).toContain('-> acknowledgement to the requester (PR-2026-0001)');
    expect(output).not.toMatch(/Dry subject|person\d@example\.net/);
    expect(logs.join('')).not.toMatch(/Dry subject|person\d@example\.net|delete all personal data/);
    expect(logs.join('')).toContain('DRY_RUN: reply rendered, not sent');

    expect(await listDir(path.join(maildir, 'new'))).toEqual([...before, '3.c.host']);
    expect(await listDir(path.join(maildir, 'cur'))).toEqual([]);
    expect(await listDir(dataDir)).toEqual(['maildir']);
  }, 30_000);
});

describe('a pass in batches', () => {
  it('splits the listed mail into fetch batches of at most 50 messages and 8 MiB, never an empty one', () => {
    const message = (n: number, sizeBytes: number): SourceMessage => ({ sourceId: String(n), sizeBytes });
    expect(fetchBatches([]).map((batch) => batch.length)).toEqual([]);
    expect(fetchBatches(Array.from({ length: 120 }, (_, n) => message(n, 1_000))).map((batch) => batch.length)).toEqual([FETCH_BATCH, FETCH_BATCH, 20]);
    const big = FETCH_BATCH_BYTES / 2 + 1;
    expect(fetchBatches([message(1, big), message(2, big), message(3, 10), message(4, FETCH_BATCH_BYTES * 3)]).map((batch) => batch.map((entry) => entry.sourceId))).toEqual([['1'], ['2', '3'], ['4']]);
  });

  it('stops after the batch in hand when asked to, and the next pass takes the rest exactly once', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-stop-'));
    const maildir = path.join(dataDir, 'maildir');
    const deps = await realDeps(dataDir);
    for (let n = 1; n <= FETCH_BATCH + 5; n++) await deliverToMaildir(maildir, `${String(n).padStart(3, '0')}.stop.host`, request(n));
    const abort = new AbortController();
    // The stop arrives while the first batch is being written.
    deps.afterRecord = () => abort.abort();
    const first = await runPollInbox(deps, abort.signal);
    expect(first).toMatchObject({ listed: FETCH_BATCH + 5, newCases: FETCH_BATCH, failed: 0 });
    expect(first.send.sent).toBeGreaterThan(0);
    expect(await listDir(path.join(maildir, 'new'))).toHaveLength(5);
    expect(await listDir(path.join(maildir, 'cur'))).toHaveLength(FETCH_BATCH);

    deps.afterRecord = undefined;
    const second = await runPollInbox(deps);
    expect(second).toMatchObject({ listed: 5, newCases: 5, duplicates: 0, failed: 0 });
    expect(await listDir(path.join(maildir, 'new'))).toEqual([]);
    // Through the store: the file store's writes sit in its journal until it folds them into db.json.
    const db = await deps.store.read();
    expect(Object.keys(db.cases)).toHaveLength(FETCH_BATCH + 5);
    // Every reply queued went out once, whichever pass sent it.
    const states = Object.values(db.outbox).map((item) => item.state);
    expect(states.filter((state) => state !== 'sent' && state !== 'pending')).toEqual([]);
    expect(await listDir(path.join(dataDir, 'outbox'))).toHaveLength(states.filter((state) => state === 'sent').length);
  }, 120_000);
});

describe('retries of a failed pass', () => {
  it('wait 1 s, then twice as long each time, up to a minute', () => {
    expect([1, 2, 3, 4, 6, 7, 8, 20].map(retryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 32_000, 60_000, 60_000, 60_000]);
  });
});
