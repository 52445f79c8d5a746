import { readStoreSnapshot } from '../../src/io/store.js';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/io/store.js';
import type { MessageRecord } from '../../src/types.js';

function message(key: string): MessageRecord {
  return { key, messageId: key, receivedAt: '2026-03-02T00:00:00.000Z', source: 't', sourceId: key, status: 'ignored', reason: 'test', caseId: null, fromHash: null, attachments: [], sizeBytes: 1, verdict: null, blob: null, attempts: 0 };
}

describe('file store (real files)', () => {
  it('persists every change across reopen, with private permissions', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-store-'));
    const store = await openFileStore(dir);
    await Promise.all(Array.from({ length: 200 }, (_, index) => store.apply([{ type: 'putMessage', record: message(`m${index}`) }])));
    expect((await stat(path.join(dir, 'db.json'))).mode & 0o777).toBe(0o600);
    const reopened = await openFileStore(dir);
    expect(Object.keys((await reopened.read()).messages)).toHaveLength(200);
  });

  it('applies a batch all or nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-store-'));
    const store = await openFileStore(dir);
    await expect(store.apply([{ type: 'putMessage', record: message('a') }, { type: 'updateOutbox', key: 'missing', set: { state: 'sent' } }])).rejects.toThrow(/no outbox item/);
    expect((await store.read()).messages).toEqual({});
    expect((await readStoreSnapshot(dir)).messages).toEqual({});
  });

  it('loads a store written before team-command fingerprints existed, then remembers and prunes them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-store-'));
    await writeFile(path.join(dir, 'db.json'), JSON.stringify({ version: 1, cases: {}, messages: { a: message('a') }, outbox: {}, cursors: {}, counters: {} }));
    const store = await openFileStore(dir);
    const seen = (writtenAt: string) => ({ writtenAt, seenAt: writtenAt, caseId: 'PR-2026-0001', botMessageId: 'pi.x@example.test' });
    await store.apply([{ type: 'rememberTeamCommand', keys: ['dkim:old'], seen: seen('2026-03-01T10:00:00.000Z'), pruneBefore: '2026-02-26T10:00:00.000Z' }]);
    await store.apply([{ type: 'rememberTeamCommand', keys: ['dkim:new', 'dkim:old'], seen: seen('2026-03-05T10:00:00.000Z'), pruneBefore: '2026-03-02T10:00:00.000Z' }]);
    const reopened = await (await openFileStore(dir)).read();
    expect(Object.keys(reopened.messages)).toEqual(['a']);
    expect(reopened.teamCommands).toEqual({ 'dkim:new': seen('2026-03-05T10:00:00.000Z'), 'dkim:old': seen('2026-03-05T10:00:00.000Z') });
  });

  it('refuses a store whose teamCommands is not an object', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-store-'));
    await writeFile(path.join(dir, 'db.json'), JSON.stringify({ version: 1, cases: {}, messages: {}, outbox: {}, cursors: {}, counters: {}, teamCommands: 'x' }));
    await expect(openFileStore(dir)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('refuses JSON that is not a store and leaves it untouched', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-store-'));
    await writeFile(path.join(dir, 'db.json'), '{"hello":"world"}');
    await expect(openFileStore(dir)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    expect(await readFile(path.join(dir, 'db.json'), 'utf8')).toBe('{"hello":"world"}');
  });
});
