import { spawn } from 'node:child_process';
import { appendFile, copyFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachCaseByMonth, openFileStore, readCases, readMessagesSince, readStoreSnapshot } from '../../src/io/store.js';
import { streamV1 } from '../../src/io/store-v1.js';
import { planRetention, retentionClosedBefore } from '../../src/core/retention.js';
import type { CaseRecord, StoreChange } from '../../src/types.js';
import { closedCaseRecord, messageRecord as message } from '../support/store-records.js';

const FIXTURE = path.resolve('test/fixtures/store/db-v1.json');

/** Closed cases whose thread is `threadId`, closed by the bot the day they came. */
function closedCase(id: string, receivedAt: string, threadId: string): CaseRecord {
  return closedCaseRecord(id, receivedAt, { messageKeys: [threadId], threadIds: [threadId], events: [{ id: 'e1', at: receivedAt, type: 'done', by: 'bot' }] });
}

/** Every case, as list --all, metrics and export read them (the archive's thin copies and the working set). */
async function everyCase(dir: string): Promise<Record<string, CaseRecord>> {
  const cases: Record<string, CaseRecord> = {};
  await eachCaseByMonth(dir, (records) => {
    for (const record of records) cases[record.id] = record;
  });
  return cases;
}

async function scratch(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'pi-store-scale-'));
}

describe('store journal, archive and migration (real files)', () => {
  it('replays the journal after a crash and drops a torn last line that was never acknowledged', async () => {
    const dir = await scratch();
    const store = await openFileStore(dir);
    await store.apply([{ type: 'setCursor', name: 'a', value: '1' }]);
    await store.apply([{ type: 'setCursor', name: 'b', value: '2' }]);
    // No close(): as after kill -9, db.json lags and the journal holds both batches; then a torn write.
    await appendFile(path.join(dir, 'db.journal'), '{"seq":3,"changes":[{"type":"setCursor","name":"c","val');
    const reopened = await openFileStore(dir);
    expect((await reopened.read()).cursors).toEqual({ a: '1', b: '2' });
    await reopened.apply([{ type: 'setCursor', name: 'd', value: '4' }]);
    await reopened.close();
    expect((await readStoreSnapshot(dir)).cursors).toEqual({ a: '1', b: '2', d: '4' });
    expect((await stat(path.join(dir, 'db.journal'))).mode & 0o777).toBe(0o600);
  });

  it('refuses a journal damaged before its last line, and a damaged db.json, with STORE_CORRUPT', async () => {
    const dir = await scratch();
    const store = await openFileStore(dir);
    await store.apply([{ type: 'setCursor', name: 'a', value: '1' }]);
    await store.apply([{ type: 'setCursor', name: 'b', value: '2' }]);
    const journal = path.join(dir, 'db.journal');
    const text = await readFile(journal, 'utf8');
    await writeFile(journal, text.replace('"name":"a"', '"name":"a'));
    await expect(openFileStore(dir)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    const other = await scratch();
    await writeFile(path.join(other, 'db.json'), '{"version":2,"cases":');
    await expect(openFileStore(other)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    expect(await readFile(path.join(other, 'db.json'), 'utf8')).toBe('{"version":2,"cases":');
  });

  it('archives quiet closed cases, finds one again by late mail, and brings it back when it changes', async () => {
    const dir = await scratch();
    const store = await openFileStore(dir);
    const changes: StoreChange[] = [];
    for (let n = 1; n <= 30; n++) {
      const id = `PR-2025-${String(n).padStart(4, '0')}`;
      changes.push({ type: 'createCase', record: closedCase(id, '2025-01-10T10:00:00.000Z', `t${n}@example.net`) }, { type: 'putMessage', record: message(`t${n}@example.net`, id, '2025-01-10T10:00:00.000Z') });
    }
    changes.push({ type: 'putMessage', record: message('fresh@example.net', null, '2026-03-01T10:00:00.000Z') });
    await store.apply(changes);
    await store.compact();
    const hot = JSON.parse(await readFile(path.join(dir, 'db.json'), 'utf8'));
    expect(Object.keys(hot.cases)).toEqual([]);
    expect(Object.keys(hot.messages)).toEqual(['fresh@example.net']);
    const files = await readdir(path.join(dir, 'archive'));
    expect(files).toContain('2025-01.ndjson');
    expect((await stat(path.join(dir, 'archive', '2025-01.ndjson'))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(dir, 'archive'))).mode & 0o777).toBe(0o700);

    const slice = await store.lookup({ threadIds: ['t17@example.net'] });
    expect(Object.keys(slice.cases)).toEqual(['PR-2025-0017']);
    expect(Object.keys(slice.messages)).toEqual(['t17@example.net']);
    expect(Object.keys((await store.lookup({ messageKeys: ['nothing'] })).cases)).toEqual([]);

    await store.apply([{ type: 'updateCase', caseId: 'PR-2025-0017', set: { state: 'received' }, events: [{ id: 'reopened', at: '2026-03-02T10:00:00.000Z', type: 'reopened', by: 'requester' }] }]);
    expect((await store.read()).cases['PR-2025-0017']?.state).toBe('received');
    await store.close();
    const reopened = await openFileStore(dir);
    expect((await reopened.read()).cases['PR-2025-0017']?.events.map((event) => event.id)).toEqual(['e1', 'reopened']);
    expect((await readCases(dir, ['PR-2025-0003'])).cases['PR-2025-0003']?.state).toBe('done');
    const list = await everyCase(dir);
    expect(Object.keys(list)).toHaveLength(30);
    expect(list['PR-2025-0017']?.state).toBe('received');
    expect(Object.keys((await readStoreSnapshot(dir)).cases)).toHaveLength(30);
    // Metrics and export read one month at a time, in receipt order, the working set's copy winning.
    await reopened.apply([{ type: 'createCase', record: { ...closedCase('PR-2026-0001', '2026-03-01T10:00:00.000Z', 'new@example.net'), state: 'received' } }]);
    const months: Array<[number, number, string[]]> = [];
    await eachCaseByMonth(dir, (cases, month, count) => void months.push([month, count, cases.map((record) => `${record.id}:${record.state}`)]));
    expect(months.map(([month, count, ids]) => [month, count, ids.length])).toEqual([[1, 2, 30], [2, 2, 1]]);
    expect(months[0]?.[2]).toContain('PR-2025-0017:received');
    expect(months[0]?.[2][0]).toBe('PR-2025-0001:done');
    expect(Object.keys((await readMessagesSince(dir, '2025-01-01T00:00:00.000Z')).messages)).toHaveLength(31);
    // The working set's messages always (t17 came back with its case); archived ones only from the months asked for.
    expect(Object.keys((await readMessagesSince(dir, '2026-02-01T00:00:00.000Z')).messages).sort()).toEqual(['fresh@example.net', 't17@example.net']);
    await reopened.close();
  });

  it('purges archived cases on time: every copy blanked on disk, the index and the case list forget them, a kill before the fold redoes it', async () => {
    const dir = await scratch();
    const store = await openFileStore(dir);
    const changes: StoreChange[] = [];
    for (let n = 1; n <= 6; n++) {
      const id = `PR-2025-${String(n).padStart(4, '0')}`;
      // Cases 1-4 closed in January 2025, 5-6 in June: with 12 months' retention on 2 Mar 2026 only 1-4 are due.
      const at = n <= 4 ? '2025-01-10T10:00:00.000Z' : '2025-06-01T10:00:00.000Z';
      changes.push({ type: 'createCase', record: closedCase(id, at, `p${n}@example.net`) }, { type: 'putMessage', record: message(`p${n}@example.net`, id, at) });
    }
    changes.push({ type: 'putMessage', record: message('fresh@example.net', null, '2026-03-01T10:00:00.000Z') });
    await store.apply(changes);
    await store.compact();
    // Case 2 is brought back by a change and archived again: two copies of it lie in the month file.
    await store.apply([{ type: 'updateCase', caseId: 'PR-2025-0002', set: {}, events: [{ id: 'note', at: '2025-01-11T10:00:00.000Z', type: 'note', by: 'team' }] }]);
    await store.compact();
    const month = path.join(dir, 'archive', '2025-01.ndjson');
    expect((await readFile(month, 'utf8')).split('pr-2025-0002@example.net').length - 1).toBe(2);

    const now = '2026-03-02T18:00:00.000Z';
    const expired = await store.expired(retentionClosedBefore(now, 12, 'UTC'), 500);
    expect(Object.keys(expired.cases).sort()).toEqual(['PR-2025-0001', 'PR-2025-0002', 'PR-2025-0003', 'PR-2025-0004']);
    const plan = planRetention({ ...(await store.read()), ...expired }, now, 12, 'UTC');
    expect(plan.purged).toEqual(['PR-2025-0001', 'PR-2025-0002', 'PR-2025-0003', 'PR-2025-0004']);
    await store.apply(plan.changes);
    // Until the fold the bytes are still there, but nothing finds the purged cases any more.
    expect(Object.keys((await store.lookup({ threadIds: ['p1@example.net'] })).cases)).toEqual([]);
    expect(Object.keys(await everyCase(dir)).sort()).toEqual(['PR-2025-0005', 'PR-2025-0006']);
    // No close(): as after kill -9 before the fold. The next start replays the purge and the fold finishes it.
    const reopened = await openFileStore(dir);
    await reopened.compact();
    const text = await readFile(month, 'utf8').catch(() => '');
    for (const n of [1, 2, 3, 4]) expect(text).not.toContain(`pr-2025-000${n}@example.net`);
    expect(Object.keys((await reopened.lookup({ caseIds: ['PR-2025-0002'], threadIds: ['p3@example.net'], messageKeys: ['p4@example.net'] })).cases)).toEqual([]);
    expect(Object.keys((await reopened.lookup({ threadIds: ['p5@example.net'] })).cases)).toEqual(['PR-2025-0005']);
    expect(Object.keys((await reopened.expired(retentionClosedBefore(now, 12, 'UTC'), 500)).cases)).toEqual([]);
    await reopened.close();
    const snapshot = await readStoreSnapshot(dir);
    expect(Object.keys(snapshot.cases).sort()).toEqual(['PR-2025-0005', 'PR-2025-0006']);
    expect(snapshot.purged?.map((stat) => stat.caseId).sort()).toEqual(['PR-2025-0001', 'PR-2025-0002', 'PR-2025-0003', 'PR-2025-0004']);
    expect(snapshot.purged?.[0]).not.toHaveProperty('requester');
    const caseList = await readFile(path.join(dir, 'archive', 'cases.ndjson'), 'utf8');
    for (const n of [1, 2, 3, 4]) expect(caseList).not.toContain(`PR-2025-000${n}`);
    expect(caseList).toContain('PR-2025-0005');
  });

  it('migrates a version-1 db.json once, keeping a private backup, and late mail still finds the archived case', async () => {
    const dir = await scratch();
    await copyFile(FIXTURE, path.join(dir, 'db.json'));
    const before = await readStoreSnapshot(dir);
    const store = await openFileStore(dir);
    const backup = path.join(dir, 'db.json.v1.bak');
    expect(await readFile(backup, 'utf8')).toBe(await readFile(FIXTURE, 'utf8'));
    expect((await stat(backup)).mode & 0o777).toBe(0o600);
    const hot = JSON.parse(await readFile(path.join(dir, 'db.json'), 'utf8'));
    expect(hot.version).toBe(2);
    expect(Object.keys(hot.cases).sort()).toEqual(['PR-2026-0001', 'PR-2026-0002', 'PR-2026-0003']);
    const late = await store.lookup({ threadIds: ['old-request@example.net'] });
    expect(Object.keys(late.cases)).toEqual(['PR-2025-0007']);
    expect(Object.keys(late.outbox)).toEqual(['PR-2025-0007:acknowledgement:1']);
    expect(Object.keys((await store.lookup({ recipients: ['0ld0ld0ld0ld0ld0'] })).outbox)).toEqual(['PR-2025-0007:acknowledgement:1']);
    await store.close();
    // Nothing lost or changed: the migrated store reads back as the old one.
    const after = await readStoreSnapshot(dir);
    expect({ ...after, version: 1 }).toEqual(before);
    // Opening again does not migrate again.
    await (await openFileStore(dir)).close();
    expect(JSON.parse(await readFile(path.join(dir, 'db.json'), 'utf8')).version).toBe(2);
  });

  it('restarts a migration killed half-way from the untouched version-1 file', async () => {
    const dir = await scratch();
    await copyFile(FIXTURE, path.join(dir, 'db.json'));
    // What a kill after building part of the archive leaves: a stray build directory and a partial backup.
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, 'archive.migrating', 'index'), { recursive: true });
    await writeFile(path.join(dir, 'archive.migrating', '2025-06.ndjson'), '{"t":"c","v":{"id":"PR-2025-0007"');
    await writeFile(path.join(dir, 'db.json.v1.bak'), '{"version":1');
    const store = await openFileStore(dir);
    await store.close();
    expect(await readFile(path.join(dir, 'db.json.v1.bak'), 'utf8')).toBe(await readFile(FIXTURE, 'utf8'));
    expect(Object.keys((await readStoreSnapshot(dir)).cases).sort()).toEqual(['PR-2025-0007', 'PR-2026-0001', 'PR-2026-0002', 'PR-2026-0003']);
  });

  it('streams a version-1 file member by member, whatever the chunk boundaries', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    for (const chunk of [1, 7, 4096]) {
      // An empty object member has no members to hand out: the reader's caller starts from emptyDb().
      const got: Record<string, unknown> = { cursors: {} };
      await streamV1(FIXTURE, (section, key, json) => {
        if (key === null) got[section] = JSON.parse(json);
        else ((got[section] ??= {}) as Record<string, unknown>)[key] = JSON.parse(json);
      }, chunk);
      expect(got).toEqual(JSON.parse(text));
    }
  });

  it('loses no acknowledged batch and applies none by halves when killed at random points, compaction included', { timeout: 60_000 }, async () => {
    const dir = await scratch();
    const child = path.resolve('test/support/store-writer.ts');
    let acked = 0;
    for (let round = 0; round < 3; round++) {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, String(round)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      const target = 5 + Math.floor(Math.random() * 30);
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if ((out.match(/^ack /gm) ?? []).length >= target || proc.exitCode !== null) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      proc.kill('SIGKILL');
      await new Promise((resolve) => proc.once('exit', resolve));
      const last = [...out.matchAll(/^ack (\d+)$/gm)].map((match) => Number(match[1])).at(-1) ?? 0;
      const db = await readStoreSnapshot(dir);
      const written = db.counters.batches ?? 0;
      // Every acknowledged batch is there; at most the one in flight besides.
      expect(written).toBeGreaterThanOrEqual(last);
      expect(written).toBeLessThanOrEqual(last + 1);
      for (let n = 1; n <= written; n++) {
        const id = `PR-2025-${String(n).padStart(4, '0')}`;
        expect(db.cases[id]?.id).toBe(id);
        expect(db.messages[`m${n}@example.net`]?.caseId).toBe(id);
        expect(db.cursors[`batch:${n}`]).toBe(String(n));
      }
      expect(db.cases[`PR-2025-${String(written + 1).padStart(4, '0')}`]).toBeUndefined();
      acked = written;
    }
    expect(acked).toBeGreaterThan(0);
  });
});
