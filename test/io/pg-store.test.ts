import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rawMessagePath } from '../../src/io/blobs.js';
import { createPgRawMailStore } from '../../src/io/pg-blobs.js';
import { acquireLeadership, readLeader } from '../../src/io/pg-leader.js';
import { closedAt } from '../../src/core/metrics.js';
import { migrateSchema, SCHEMA_VERSION } from '../../src/io/pg-schema.js';
import { connectPg, openPgStore, openPgStoreCopy, readPg, readPgSnapshot } from '../../src/io/pg-store.js';
import { caseSummary, lastActiveAt } from '../../src/io/pg-tables.js';
import { encodeJson, encodeText } from '../../src/io/pg-text.js';
import type { CaseRecord, StoreChange } from '../../src/types.js';
import { createTestDatabase, hasPostgres, queryOnce, resetDatabase } from '../support/postgres.js';
import { aCase, aMessage, anItem } from './store.contract.js';

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('a PostgreSQL nobody listens on: a clear, retryable STORE_UNAVAILABLE that names no password', async () => {
  const url = `postgres://privacy:hunter2-secret@127.0.0.1:${await closedPort()}/privacy_inbox`;
  const error = await openPgStore({ url }).catch((caught: unknown) => caught);
  expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });
  expect((error as Error).message).toMatch(/cannot reach PostgreSQL at 127\.0\.0\.1:\d+\/privacy_inbox \(ECONNREFUSED\)/);
  expect((error as Error).message).not.toContain('hunter2');
});

describe.runIf(hasPostgres)('PostgreSQL store (real server on loopback)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase('pgstore');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('creates the schema once, whoever opens first, and records its version', async () => {
    await resetDatabase(database.url);
    const stores = await Promise.all([openPgStore({ url: database.url }), openPgStore({ url: database.url }), openPgStore({ url: database.url })]);
    await Promise.all(stores.map((store) => store.close()));
    expect(await queryOnce(database.url, 'SELECT version FROM schema_version ORDER BY version')).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, index) => ({ version: index + 1 })));
  });

  it('reads a database no service started on yet as empty, creating nothing', async () => {
    await resetDatabase(database.url);
    expect(await readPgSnapshot(database.url)).toMatchObject({ version: 1, cases: {}, messages: {} });
    expect(await queryOnce(database.url, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).toEqual([{ n: 0 }]);
  });

  it('refuses a database written by a newer version', async () => {
    await resetDatabase(database.url);
    await (await openPgStore({ url: database.url })).close();
    await queryOnce(database.url, 'INSERT INTO schema_version (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
    await expect(openPgStore({ url: database.url })).rejects.toMatchObject({ code: 'STORE_CORRUPT', message: expect.stringMatching(/newer than this privacy-inbox knows/) });
    await expect(readPgSnapshot(database.url)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('keeps the indexed columns and the thread side table in step with the records', async () => {
    await resetDatabase(database.url);
    const store = await openPgStore({ url: database.url });
    try {
      await store.apply([
        { type: 'createCase', record: aCase('PR-2026-0001', { lifecycle: { confidence: 1, verification: null, agent: null, optOutDoneAt: null, assignee: null, teamThreadIds: ['<team-1@bot>'], escalations: 1 } }) },
        { type: 'createCase', record: aCase('PR-2026-0002') },
        { type: 'putMessage', record: aMessage('k1', { caseId: 'PR-2026-0001', status: 'case' }) },
        { type: 'enqueue', item: anItem('PR-2026-0001:acknowledgement:1', 'PR-2026-0001') },
      ]);
      await store.apply([
        { type: 'updateCase', caseId: 'PR-2026-0001', set: { state: 'done', threadIds: ['<replaced@x>'] }, addMessageKeys: ['k2'] },
        { type: 'updateOutbox', key: 'PR-2026-0001:acknowledgement:1', set: { state: 'sent', sentAt: '2026-03-03T03:00:05.000Z' } },
      ]);
      // The questions a future query method asks, each one indexed query.
      const threadOwner = await queryOnce(database.url, "SELECT case_id FROM case_links WHERE kind = 'thread' AND value = $1", ['<replaced@x>']);
      expect(threadOwner).toEqual([{ case_id: 'PR-2026-0001' }]);
      expect(await queryOnce(database.url, "SELECT case_id FROM case_links WHERE kind = 'thread' AND value = $1", ['<PR-2026-0001-req@example.net>'])).toEqual([]);
      expect(await queryOnce(database.url, "SELECT kind, value FROM case_links WHERE case_id = 'PR-2026-0001' ORDER BY kind, value")).toEqual([
        { kind: 'message_key', value: 'PR-2026-0001-req@example.net' },
        { kind: 'message_key', value: 'k2' },
        { kind: 'team_thread', value: '<team-1@bot>' },
        { kind: 'thread', value: '<replaced@x>' },
      ]);
      expect(await queryOnce(database.url, "SELECT id FROM cases WHERE state NOT IN ('done', 'denied', 'closed') AND due_at < $1 ORDER BY due_at", ['2026-05-01'])).toEqual([{ id: 'PR-2026-0002' }]);
      expect(await queryOnce(database.url, 'SELECT state, sent_at, to_hash FROM outbox')).toEqual([{ state: 'sent', sent_at: '2026-03-03T03:00:05.000Z', to_hash: 'h1' }]);
      const indexes = (await queryOnce<{ indexname: string }>(database.url, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).map((row) => row.indexname);
      expect(indexes).toEqual(expect.arrayContaining(['cases_open_due', 'cases_open_requester', 'case_links_pkey', 'messages_message_id', 'outbox_recipient_created', 'outbox_unsent']));
      await store.apply([{ type: 'purgeCase', caseId: 'PR-2026-0001', stat: { caseId: 'PR-2026-0001', primary: 'deletion', labels: ['deletion'], receivedAt: '2026-03-03T03:00:00.000Z', respondedAt: null, outcome: 'complied', denialReason: null, extended: false, purgedAt: '2026-03-20T00:00:00.000Z', retentionMonths: 24 } }]);
      expect(await queryOnce(database.url, "SELECT count(*)::int AS n FROM case_links WHERE case_id = 'PR-2026-0001'")).toEqual([{ n: 0 }]);
      expect(await queryOnce(database.url, 'SELECT (SELECT count(*) FROM messages)::int AS messages, (SELECT count(*) FROM outbox)::int AS outbox')).toEqual([{ messages: 0, outbox: 0 }]);
    } finally {
      await store.close();
    }
  });

  it('migrates a schema-2 store with rows: last activity, closing and outbox Message-IDs filled in as the code computes them', async () => {
    await resetDatabase(database.url);
    const client = await connectPg(database.url, 'test');
    try {
      expect(await migrateSchema(client, 2)).toBe(2);
      const done = (id: string, events: CaseRecord['events']): CaseRecord => aCase(id, { state: 'done', dueAt: null, events });
      const cases = [
        // A state change to done, then a later note: closed at the change, active at the note.
        done('PR-2025-0001', [
          { id: 'r', at: '2025-01-01T00:00:00.000Z', type: 'received', by: 'requester' },
          { id: 's', at: '2025-01-05T00:00:00.000Z', type: 'state_changed', by: 'team', data: { to: 'done' } },
          { id: 'n', at: '2025-01-09T00:00:00.000Z', type: 'note', by: 'team' },
        ]),
        // No state change recorded: closed at the last event.
        done('PR-2025-0002', [{ id: 'r', at: '2025-02-01T00:00:00.000Z', type: 'received', by: 'requester' }, { id: 'd', at: '2025-02-03T00:00:00.000Z', type: 'done', by: 'team' }]),
        aCase('PR-2026-0003', { events: [] }),
      ];
      for (const record of cases) {
        await client.query('INSERT INTO cases (id, state, due_at, received_at, requester_hash, record) VALUES ($1, $2, $3, $4, $5, $6)', [record.id, record.state, record.dueAt, record.receivedAt, 'h', encodeJson(record)]);
      }
      const item = anItem('PR-2025-0001:acknowledgement:1', 'PR-2025-0001', { messageId: '<ack\u0000@bot.example.test>' });
      await client.query('INSERT INTO outbox (key, case_id, state, to_hash, created_at, sent_at, record) VALUES ($1, $2, $3, $4, $5, $6, $7)', [item.key, item.caseId, item.state, item.toHash, item.createdAt, item.sentAt, encodeJson(item)]);
      expect(await migrateSchema(client)).toBe(SCHEMA_VERSION);
      const rows = (await client.query<{ id: string; last_active_at: string; closed_at: string | null }>('SELECT id, last_active_at, closed_at FROM cases ORDER BY id')).rows;
      expect(rows).toEqual(cases.map((record) => ({ id: record.id, last_active_at: lastActiveAt(record), closed_at: closedAt(record) })));
      expect(rows.map((row) => row.closed_at)).toEqual(['2025-01-05T00:00:00.000Z', '2025-02-03T00:00:00.000Z', null]);
      expect((await client.query('SELECT message_id FROM outbox')).rows).toEqual([{ message_id: encodeText(item.messageId) }]);
      const summaries = (await client.query<{ summary: string }>('SELECT summary::text AS summary FROM cases ORDER BY id')).rows.map((row) => JSON.parse(row.summary) as unknown);
      expect(summaries).toEqual(cases.map(caseSummary));
    } finally {
      await client.end();
    }
    const store = await openPgStore({ url: database.url });
    try {
      expect(Object.keys((await store.lookup({ threadIds: ['<ack\u0000@bot.example.test>'] })).cases)).toEqual(['PR-2025-0001']);
    } finally {
      await store.close();
    }
  });

  it('answers the read-only commands from indexes: list summaries in receipt order, a case outside the working set, messages since, every case a month at a time in keyed pages', async () => {
    await resetDatabase(database.url);
    const store = await openPgStore({ url: database.url });
    const closedCase = (id: string, receivedAt: string): CaseRecord => aCase(id, { state: 'done', dueAt: null, receivedAt, events: [{ id: 'd', at: receivedAt, type: 'done', by: 'team' }] });
    const months = [
      closedCase('PR-2024-0003', '2024-01-20T00:00:00.000Z'),
      closedCase('PR-2024-0001', '2024-01-10T00:00:00.000Z'),
      closedCase('PR-2024-0002', '2024-01-10T00:00:00.000Z'),
      closedCase('PR-2024-0004', '2024-02-01T00:00:00.000Z'),
      aCase('PR-2026-0005', { receivedAt: '2026-03-01T00:00:00.000Z' }),
      aCase('PR-2026-0006', { receivedAt: '2026-03-02T00:00:00.000Z' }),
    ];
    try {
      await store.apply([
        ...months.map((record): StoreChange => ({ type: 'createCase', record })),
        { type: 'putMessage', record: aMessage('old@example.net', { receivedAt: '2024-01-10T00:00:00.000Z', caseId: 'PR-2024-0001', status: 'case' }) },
        { type: 'putMessage', record: aMessage('new@example.net', { receivedAt: '2026-02-01T00:00:00.000Z' }) },
      ]);
    } finally {
      await store.close();
    }
    const list = await readPg(database.url, (reader) => reader.caseList());
    expect(Object.keys(list.cases)).toEqual(['PR-2024-0001', 'PR-2024-0002', 'PR-2024-0003', 'PR-2024-0004', 'PR-2026-0005', 'PR-2026-0006']);
    expect(list.cases['PR-2024-0001']).toEqual({ id: 'PR-2024-0001', labels: ['deletion'], primary: 'deletion', state: 'done', requester: { address: 'pr-2024-0001@example.net', name: 'Alex' }, language: 'en', receivedAt: '2024-01-10T00:00:00.000Z', dueAt: null, flags: [] });
    const shown = await readPg(database.url, (reader) => reader.withCases(['PR-2024-0001']));
    expect(Object.keys(shown.cases).sort()).toEqual(['PR-2024-0001', 'PR-2026-0005', 'PR-2026-0006']);
    expect(shown.cases['PR-2024-0001']).toEqual(months[1]);
    expect(Object.keys(shown.messages)).toEqual(['old@example.net']);
    expect(Object.keys((await readPg(database.url, (reader) => reader.workingSet())).messages)).toEqual([]);
    expect(Object.keys((await readPg(database.url, (reader) => reader.messagesSince('2024-01-01T00:00:00.000Z'))).messages).sort()).toEqual(['new@example.net', 'old@example.net']);
    const batches: Array<[number, number, string[]]> = [];
    await readPg(database.url, (reader) => reader.eachCaseByMonth((cases, month, count) => void batches.push([month, count, cases.map((record) => record.id)]), 2));
    expect(batches).toEqual([
      [1, 3, ['PR-2024-0001', 'PR-2024-0002', 'PR-2024-0003']],
      [2, 3, ['PR-2024-0004']],
      [3, 3, ['PR-2026-0005', 'PR-2026-0006']],
    ]);
    // An error of the caller's own (export's write) comes out as it is, not as a store error.
    await expect(readPg(database.url, (reader) => reader.eachCaseByMonth(() => Promise.reject(new Error('disk full'))))).rejects.toThrow('disk full');
  });

  it("the dry run's copy: the working set, a case outside it fetched when a batch touches it, changes kept in memory only", async () => {
    await resetDatabase(database.url);
    const old = aCase('PR-2024-0001', { state: 'done', dueAt: null, receivedAt: '2024-01-10T00:00:00.000Z', events: [{ id: 'd', at: '2024-01-10T00:00:00.000Z', type: 'done', by: 'team' }] });
    const store = await openPgStore({ url: database.url });
    await store.apply([{ type: 'createCase', record: old }, { type: 'createCase', record: aCase('PR-2026-0002') }]);
    await store.close();
    const copy = await openPgStoreCopy(database.url);
    try {
      expect(Object.keys((await copy.read()).cases)).toEqual(['PR-2026-0002']);
      await copy.apply([{ type: 'updateCase', caseId: 'PR-2024-0001', set: { state: 'received' }, events: [{ id: 'late', at: '2026-03-03T00:00:00.000Z', type: 'reopened', by: 'requester' }] }]);
      expect((await copy.read()).cases['PR-2024-0001']?.state).toBe('received');
      await expect(copy.apply([{ type: 'updateOutbox', key: 'missing', set: { state: 'sent' } }])).rejects.toThrow(/no outbox item missing/);
      await copy.apply([{ type: 'purgeCase', caseId: 'PR-2024-0001', stat: { caseId: 'PR-2024-0001', primary: 'deletion', labels: ['deletion'], receivedAt: old.receivedAt, respondedAt: null, outcome: 'complied', denialReason: null, extended: false, purgedAt: '2026-03-03T00:00:00.000Z', retentionMonths: 24 } }]);
      expect((await copy.read()).cases['PR-2024-0001']).toBeUndefined();
      expect(Object.keys((await copy.lookup({ caseIds: ['PR-2024-0001'] })).cases)).toEqual([]);
    } finally {
      await copy.close();
    }
    expect((await readPg(database.url, (reader) => reader.withCases(['PR-2024-0001']))).cases['PR-2024-0001']).toEqual(old);
  });

  it('one leader at a time: a second is refused or waits, and takes over when the first session ends', async () => {
    await resetDatabase(database.url);
    const first = await acquireLeadership(database.url, { wait: false });
    await expect(acquireLeadership(database.url, { wait: false })).rejects.toMatchObject({ code: 'STORE_LOCKED', message: expect.stringMatching(/in use by process \d+ on /) });
    let standby = false;
    const second = acquireLeadership(database.url, { wait: true, onStandby: () => (standby = true) });
    await expect.poll(() => standby, { timeout: 30_000 }).toBe(true);
    // The leader's writes go through its own session: once it is gone, nothing it sends can land.
    const store = await openPgStore({ url: database.url, client: first.client });
    await store.apply([{ type: 'setCursor', name: 'c', value: '1' }]);
    await first.release();
    await expect(store.apply([{ type: 'setCursor', name: 'c', value: 'stale' }])).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    const leader = await second;
    try {
      expect(leader.epoch).toBe(first.epoch + 1);
      expect(await readLeader(leader.client)).toMatchObject({ pid: process.pid, epoch: leader.epoch, held: true });
      expect(await queryOnce(database.url, 'SELECT value FROM cursors')).toEqual([{ value: '1' }]);
    } finally {
      await leader.release();
    }
  });

  it('a standby stops waiting when asked to', async () => {
    await resetDatabase(database.url);
    const first = await acquireLeadership(database.url, { wait: false });
    try {
      const stop = new AbortController();
      let standby = false;
      const waiting = acquireLeadership(database.url, { wait: true, signal: stop.signal, onStandby: () => (standby = true) });
      await expect.poll(() => standby, { timeout: 30_000 }).toBe(true);
      stop.abort();
      await expect(waiting).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      await first.release();
    }
  });

  it('a leader whose session is cut learns it: lost resolves', async () => {
    await resetDatabase(database.url);
    const leader = await acquireLeadership(database.url, { wait: false, heartbeatMs: 50 });
    try {
      await queryOnce(database.url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'privacy-inbox leader' AND datname = current_database()");
      await expect(leader.lost).resolves.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      await leader.release();
    }
  });

  it('keeps raw mail in the store for every machine; a copy saved on disk before the switch is still read', async () => {
    await resetDatabase(database.url);
    await (await openPgStore({ url: database.url })).close();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-pg-raw-'));
    const [saver, reader] = [createPgRawMailStore(database.url, dataDir), createPgRawMailStore(database.url, path.join(dataDir, 'elsewhere'))];
    try {
      const raw = Buffer.from('Subject: x\r\n\r\nbinary \u0000 bytes \xff\r\n', 'latin1');
      const relative = await saver.save('<key-1@example.net>', raw);
      expect(relative).toBe(rawMessagePath('<key-1@example.net>'));
      expect(await saver.save('<key-1@example.net>', raw)).toBe(relative);
      expect(await reader.read(relative)).toEqual(raw);
      const old = rawMessagePath('<before-the-switch@example.net>');
      await mkdir(path.join(dataDir, 'messages'), { recursive: true });
      await writeFile(path.join(dataDir, old), 'old copy');
      expect((await saver.read(old)).toString()).toBe('old copy');
      await expect(reader.read(rawMessagePath('<never@example.net>'))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await saver.remove('../secret')).toBe(false);
      expect(await saver.remove(relative)).toBe(true);
      await expect(reader.read(relative)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await saver.close?.();
      await reader.close?.();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
