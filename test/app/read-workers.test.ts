import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDeps, createDeps, type AppDeps } from '../../src/app/deps.js';
import { runPollInbox, type PollSummary } from '../../src/app/poll-inbox.js';
import { FETCH_BATCH } from '../../src/app/poll-stages.js';
import { createMailReader, failureFrom, failureOf, MAX_WORKER_DEATHS, type MailReader, type ReadOutcome } from '../../src/app/read-pool.js';
import { loadConfig } from '../../src/config.js';
import { BotError } from '../../src/errors.js';
import { rawMessagePath } from '../../src/io/blobs.js';
import { openFileStore, readStoreSnapshot } from '../../src/io/store.js';
import { createLogger } from '../../src/log.js';
import type { DbData } from '../../src/types.js';
import { deliverToMaildir } from '../support/maildir.js';
import { hostileMail } from '../support/hostile-mail.js';

/**
 * The read workers of a poll pass (src/app/read-pool.ts): a pass whose batches are parsed and
 * classified on worker threads records exactly what a pass in one thread records, in the same
 * order, once each; a worker that dies costs its batch a read in the pass, never a message.
 *
 * Workers run the built module (dist/src/app/read-worker.js; `npm test` builds first): Node runs no
 * TypeScript in a worker thread.
 */

const WORKER_URL = new URL('../../dist/src/app/read-worker.js', import.meta.url);
const FIXTURES = fileURLToPath(new URL('../fixtures/mail/', import.meta.url));
const CRASH_MARKER = 'X-Test-Crash-Read-Worker: yes';

const dirs: string[] = [];
const opened: AppDeps[] = [];

beforeEach(() => {
  if (!existsSync(fileURLToPath(WORKER_URL))) throw new Error('dist/src/app/read-worker.js is missing: build first (npx tsc -p tsconfig.build.json)');
});

afterEach(async () => {
  for (const deps of opened.splice(0)) await closeDeps(deps);
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/**
 * A backlog of more than two fetch batches: the real-mail fixtures in several languages (requests,
 * auto-replies, forwards, HTML only), each again under another Message-ID and once more byte for byte
 * (a duplicate), hostile mail that is quarantined, and a message that is not MIME at all.
 */
async function backlog(): Promise<Buffer[]> {
  const names = (await readdir(FIXTURES)).filter((name) => name.endsWith('.eml')).sort();
  const originals = await Promise.all(names.map((name) => readFile(path.join(FIXTURES, name))));
  const renamed = originals.map((raw, index) => Buffer.from(raw.toString('latin1').replace(/^Message-ID:\s*<([^>]+)>/im, `Message-ID: <copy-${index}.$1>`), 'latin1'));
  const hostile = [2001, 2002, 2003, 2004, 2005, 2006].map((seed) => hostileMail(seed, { scale: 0.05 }).raw);
  const junk = Buffer.from('\u0000\u0001 not a mail at all \u00ff'.repeat(20), 'latin1');
  const again = renamed.map((raw) => Buffer.from(raw.toString('latin1').replace(/^Message-ID:\s*<copy-/im, 'Message-ID: <again-'), 'latin1'));
  return [...originals, ...hostile, ...renamed, junk, ...originals, ...again];
}

async function mailboxWith(raws: Buffer[]): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-read-workers-'));
  dirs.push(dataDir);
  // Maildir lists by delivery time, then name: zero-padded names keep the order.
  for (const [index, raw] of raws.entries()) await deliverToMaildir(path.join(dataDir, 'maildir'), `${String(index).padStart(4, '0')}.read.host`, raw);
  return dataDir;
}

async function depsFor(dataDir: string): Promise<AppDeps> {
  const config = loadConfig({ DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', TEAM_ADDRESSES: 'team@example.test', PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z', ORG_NAME: 'Calm Clinic', BOT_SECRET: 'read-workers-secret-read-workers', READ_WORKERS: '0' });
  const deps = await createDeps(config, createLogger('silent'), await openFileStore(dataDir));
  opened.push(deps);
  return deps;
}

interface Counted {
  reader: MailReader;
  /** Batches the workers read (the rest the pass read itself). */
  read: () => number;
}

/** A reader over the built worker that counts the batches a worker answered. */
function workerReader(deps: AppDeps, setup: { crashOn?: string } = {}): Counted {
  const inner = createMailReader({
    workers: 1,
    workerUrl: WORKER_URL,
    logger: deps.logger,
    setup: { maxMessageBytes: deps.config.maxMessageBytes, classify: true, mode: deps.config.triageMode, ownAddress: deps.config.privacyAddress, ...setup },
    model: async () => (await import('../../src/io/triage-model.js')).loadShippedModel().packed ?? null,
  });
  let read = 0;
  const reader: MailReader = {
    get warm() {
      return inner.warm;
    },
    whenReady: () => inner.whenReady(),
    submit(raws) {
      const ticket = inner.submit(raws);
      return {
        async outcomes() {
          const outcomes = await ticket.outcomes();
          if (outcomes) read++;
          return outcomes;
        },
      };
    },
    close: () => inner.close(),
  };
  return { reader, read: () => read };
}

/**
 * The source's name holds the data directory, which differs between the two mailboxes, and so do
 * the keys of mail set aside unread and the names of their raw copies (a hash of the key).
 */
function normalized(dataDir: string, db: DbData): DbData {
  for (const record of Object.values(db.messages)) {
    if (!record.key.includes(dataDir)) continue;
    expect(record.blob).toBe(rawMessagePath(record.key));
    record.blob = 'messages/<hash of the key>.eml';
  }
  return JSON.parse(JSON.stringify(db).replaceAll(dataDir, 'DATA_DIR')) as DbData;
}

/**
 * A case as planning left it. The '…_sent' events are written as sends finish, behind the planning
 * of later messages (docs/throughput.md), so where they fall among the planning events (and the
 * positions in those events' ids) follows the timing of the sends, with or without workers: they are
 * compared as a set, everything else in order.
 */
function planned(cases: DbData['cases']): unknown {
  return Object.fromEntries(
    Object.entries(cases).map(([id, record]) => {
      const sent = record.events.filter((event) => event.type.endsWith('_sent'));
      const rest = record.events.filter((event) => !event.type.endsWith('_sent')).map((event) => ({ ...event, id: event.id.replace(/:\d+:/, ':#:') }));
      return [id, { ...record, events: rest, sent: sent.map((event) => JSON.stringify(event)).sort() }];
    }),
  );
}

/** The raw copy of every recorded message, by message key; and any file in DATA_DIR/messages no record names. */
async function rawCopies(dataDir: string, db: DbData): Promise<{ byKey: Record<string, string>; unnamed: string[] }> {
  const byKey: Record<string, string> = {};
  const named = new Set<string>();
  for (const record of Object.values(db.messages)) {
    if (!record.blob) continue;
    named.add(path.basename(record.blob));
    byKey[record.key.replaceAll(dataDir, 'DATA_DIR')] = (await readFile(path.join(dataDir, record.blob))).toString('base64');
  }
  const files = await readdir(path.join(dataDir, 'messages')).catch(() => [] as string[]);
  return { byKey, unnamed: files.filter((name) => !named.has(name)) };
}

async function outcomeOfPass(dataDir: string, deps: AppDeps): Promise<{ summary: PollSummary; db: DbData; left: string[]; outbox: string[]; raw: Awaited<ReturnType<typeof rawCopies>> }> {
  const summary = await runPollInbox(deps);
  const db = (await readStoreSnapshot(dataDir)) as DbData;
  return {
    raw: await rawCopies(dataDir, db),
    summary,
    db: normalized(dataDir, db),
    left: await readdir(path.join(dataDir, 'maildir', 'new')),
    outbox: (await readdir(path.join(dataDir, 'outbox')).catch(() => [] as string[])).sort(),
  };
}

/** The same mail through a pass in one thread and a pass with a warm worker (as in the service's loop). */
async function passBothWays(raws: Buffer[], setup: { crashOn?: string } = {}) {
  const alone = await mailboxWith(raws);
  const withWorkers = await mailboxWith(raws);
  const aloneDeps = await depsFor(alone);
  const workerDeps = await depsFor(withWorkers);
  const counted = workerReader(workerDeps, setup);
  workerDeps.reader = counted.reader;
  // Warm: the first batch then goes to the worker, not back to the pass.
  expect(await counted.reader.whenReady()).toBe(true);
  const expected = await outcomeOfPass(alone, aloneDeps);
  const actual = await outcomeOfPass(withWorkers, workerDeps);
  return { expected, actual, workerReads: counted.read() };
}

describe('a poll pass with read workers', () => {
  it('records the same messages, verdicts, cases and replies as a pass in one thread, in the same order, once each', async () => {
    const raws = await backlog();
    expect(raws.length).toBeGreaterThan(2 * FETCH_BATCH);
    const { expected, actual, workerReads } = await passBothWays(raws);

    expect(workerReads).toBeGreaterThan(0);
    expect(actual.summary).toEqual(expected.summary);
    expect(expected.summary).toMatchObject({ listed: raws.length, failed: 0 });
    expect(expected.summary.duplicates).toBeGreaterThan(0);
    expect(expected.summary.quarantined).toBeGreaterThan(0);
    // Every record with its verdict, case, reason and blob, and the order they were written in.
    expect(Object.keys(actual.db.messages)).toEqual(Object.keys(expected.db.messages));
    expect(actual.db.messages).toEqual(expected.db.messages);
    expect(Object.keys(actual.db.cases)).toEqual(Object.keys(expected.db.cases));
    expect(planned(actual.db.cases)).toEqual(planned(expected.db.cases));
    expect(actual.db.outbox).toEqual(expected.db.outbox);
    expect(actual.outbox).toEqual(expected.outbox);
    expect(actual.left).toEqual([]);
    // The same raw copies under the same names, and no file beside them.
    expect(actual.raw).toEqual(expected.raw);
    expect(expected.raw.unnamed).toEqual([]);
  });

  it('loses no message when a worker dies on a batch: the pass reads that batch itself', async () => {
    const raws = await backlog();
    // In the second and third batch: the worker exits on it, as a crash would.
    const crashing = (raw: Buffer): Buffer => Buffer.from(raw.toString('latin1').replace('\r\n', `\r\n${CRASH_MARKER}\r\n`), 'latin1');
    const marked = raws.map((raw, index) => (index === FETCH_BATCH + 3 || index === 2 * FETCH_BATCH + 1 ? crashing(raw) : raw));
    const { expected, actual, workerReads } = await passBothWays(marked, { crashOn: CRASH_MARKER });

    expect(workerReads).toBeGreaterThan(0);
    expect(actual.summary).toEqual(expected.summary);
    expect(actual.db.messages).toEqual(expected.db.messages);
    expect(planned(actual.db.cases)).toEqual(planned(expected.db.cases));
    expect(actual.outbox).toEqual(expected.outbox);
    expect(actual.left).toEqual([]);
    expect(actual.raw).toEqual(expected.raw);
  });

  it('reads in the pass for good after repeated deaths, and still takes every message', async () => {
    const raws = await backlog();
    const alone = await mailboxWith(raws);
    const withWorkers = await mailboxWith(raws);
    const workerDeps = await depsFor(withWorkers);
    const counted = workerReader(workerDeps, { crashOn: CRASH_MARKER });
    workerDeps.reader = counted.reader;
    for (let death = 1; death <= MAX_WORKER_DEATHS; death++) {
      expect(await counted.reader.whenReady()).toBe(true);
      expect(await counted.reader.submit(new Map([['crash', Buffer.from(`${CRASH_MARKER}\r\n\r\nx\r\n`)]])).outcomes()).toBeNull();
    }
    expect(await counted.reader.whenReady()).toBe(false);

    const expected = await outcomeOfPass(alone, await depsFor(alone));
    const actual = await outcomeOfPass(withWorkers, workerDeps);

    expect(counted.read()).toBe(0);
    expect(actual.summary).toEqual(expected.summary);
    expect(actual.db.messages).toEqual(expected.db.messages);
    expect(actual.left).toEqual([]);
  });

  it("applies a worker's parse and triage errors as the pass would: quarantine for a parser limit or the time budget, a counted failure otherwise", async () => {
    const dataDir = await mailboxWith(['a', 'b', 'c', 'd'].map((id) => Buffer.from(`From: Alex <alex.${id}@example.net>\r\nTo: privacy@example.test\r\nSubject: Please delete my data\r\nMessage-ID: <${id}@example.net>\r\n\r\nPlease delete all my personal data.\r\n`)));
    const deps = await depsFor(dataDir);
    const real = await deps.classifier.classify(
      { key: 'x', messageId: null, from: null, replyTo: [], to: [], cc: [], subject: 'Please delete my data', date: null, inReplyTo: null, references: [], text: 'Please delete all my personal data.', newText: 'Please delete all my personal data.', headers: {}, attachments: [], sizeBytes: 10 },
      undefined,
    );
    // A reader that answers for the worker: one message over a parser limit, one over its budget in
    // triage, one whose triage threw something unexpected, and one read normally by the pass.
    const answers: Record<string, (raw: Buffer) => ReadOutcome | undefined> = {
      'a@example.net': () => ({ parseError: failureFrom(new BotError('MAIL_LIMIT', 'message has more than 500 MIME parts (or nesting levels)')) }),
      'b@example.net': () => ({ classifyError: failureFrom(new BotError('MAIL_BUDGET', 'reading the message took over its 10000 ms budget (12000 ms, stopped at triage)')) }),
      'c@example.net': () => ({ classifyError: failureFrom(new TypeError('boom')) }),
      'd@example.net': () => undefined,
    };
    deps.reader = {
      warm: true,
      whenReady: async () => true,
      submit(raws) {
        const outcomes = new Map<string, ReadOutcome>();
        for (const [sourceId, raw] of raws) {
          const id = /Message-ID: <([^>]+)>/.exec(raw.toString())?.[1] ?? '';
          const answer = answers[id]?.(raw);
          if (answer && 'classifyError' in answer) outcomes.set(sourceId, { mail: { key: id, messageId: id, from: { name: 'Alex', address: `alex.${id[0]}@example.net` }, replyTo: [], to: [{ name: '', address: 'privacy@example.test' }], cc: [], subject: 'Please delete my data', date: null, inReplyTo: null, references: [], text: 'Please delete all my personal data.', newText: 'Please delete all my personal data.', headers: {}, attachments: [], sizeBytes: raw.length }, ...answer });
          else if (answer) outcomes.set(sourceId, answer);
        }
        return { outcomes: async () => outcomes };
      },
      close: async () => undefined,
    };

    const summary = await runPollInbox(deps);

    expect(summary).toMatchObject({ listed: 4, newCases: 1, quarantined: 2, failed: 1 });
    const db = (await readStoreSnapshot(dataDir)) as DbData;
    expect(Object.values(db.messages).find((record) => record.reason?.startsWith('MAIL_LIMIT'))?.reason).toBe('MAIL_LIMIT: message has more than 500 MIME parts (or nesting levels)');
    expect(db.messages['b@example.net']).toMatchObject({ status: 'quarantined', reason: 'MAIL_BUDGET: reading the message took over its 10000 ms budget (12000 ms, stopped at triage)' });
    expect(db.messages['c@example.net']).toBeUndefined();
    expect(await readdir(path.join(dataDir, 'maildir', 'new'))).toHaveLength(1);
    expect(db.counters[`attempts:${deps.source.name}:${(await readdir(path.join(dataDir, 'maildir', 'new')))[0]}`]).toBe(1);
    expect(db.messages['d@example.net']?.verdict?.primary).toBe(real.primary);
  });
});

describe('read-pool', () => {
  it('keeps an error code across the thread boundary, and nothing but the message of anything else', () => {
    const bot = failureOf(failureFrom(new BotError('MAIL_PARSE', 'not MIME')));
    expect(bot).toBeInstanceOf(BotError);
    expect(bot).toMatchObject({ code: 'MAIL_PARSE', message: 'not MIME' });
    const other = failureOf(failureFrom(new RangeError('Maximum call stack size exceeded')));
    expect(other).not.toBeInstanceOf(BotError);
    expect(other.message).toBe('Maximum call stack size exceeded');
  });

  it('gives a batch no worker has started back to the pass, and answers nothing after close', async () => {
    const deps = await depsFor(await mailboxWith([]));
    const { reader } = workerReader(deps);
    // No worker is up yet: the batch is taken back at once instead of waiting for one.
    const ticket = reader.submit(new Map([['1', Buffer.from('Subject: x\r\n\r\nx\r\n')]]));
    expect(await ticket.outcomes()).toBeNull();
    expect(await reader.whenReady()).toBe(true);
    const read = await reader.submit(new Map([['2', Buffer.from('Subject: hello\r\nMessage-ID: <m@example.net>\r\n\r\nPlease delete my data.\r\n')]])).outcomes();
    expect(read?.get('2')?.mail?.messageId).toBe('m@example.net');
    expect(read?.get('2')?.verdict?.primary).toBeDefined();
    await reader.close();
    expect(await reader.submit(new Map([['3', Buffer.from('x')]])).outcomes()).toBeNull();
    expect(await reader.whenReady()).toBe(false);
  });
});
