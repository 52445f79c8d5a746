import { copyFile, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachCaseByMonth, openFileStore, readStoreSnapshot, readStoreView, readWorkingCases } from '../../src/io/store.js';
import type { CaseRecord, PurgedCaseStat, StoreChange } from '../../src/types.js';
import { closedCaseRecord } from '../support/store-records.js';

function closedCase(id: string, receivedAt: string): CaseRecord {
  return closedCaseRecord(id, receivedAt, {
    requester: { address: `${id.toLowerCase()}@example.net`, name: 'Ann Example' },
    subject: 'please delete me',
    events: [
      { id: 'e1', at: receivedAt, type: 'received', by: 'requester' },
      { id: 'e2', at: receivedAt, type: 'state_changed', by: 'team@example.test', data: { to: 'done' } },
    ],
  });
}

async function archivedStore(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-case-list-'));
  const store = await openFileStore(dir);
  const changes: StoreChange[] = [];
  for (let n = 1; n <= 4; n++) changes.push({ type: 'createCase', record: closedCase(`PR-2025-000${n}`, `2025-0${n}-10T10:00:00.000Z`) });
  changes.push({ type: 'createCase', record: { ...closedCase('PR-2026-0001', '2026-03-01T10:00:00.000Z'), state: 'received', events: [] } });
  await store.apply(changes);
  await store.close();
  return dir;
}

async function everyCase(dir: string): Promise<CaseRecord[]> {
  const all: CaseRecord[] = [];
  await eachCaseByMonth(dir, (cases) => void all.push(...cases));
  return all;
}

describe('the archive case list', () => {
  it('holds thin copies: every case read back without the archive, the working set alone for the default list', async () => {
    const dir = await archivedStore();
    const list = await readFile(path.join(dir, 'archive', 'cases.ndjson'), 'utf8');
    expect(list.trim().split('\n')).toHaveLength(4);
    expect(list).not.toContain('please delete me');
    expect(Object.keys((await readWorkingCases(dir)).cases)).toEqual(['PR-2026-0001']);
    const all = await everyCase(dir);
    expect(all.map((record) => record.id)).toEqual(['PR-2025-0001', 'PR-2025-0002', 'PR-2025-0003', 'PR-2025-0004', 'PR-2026-0001']);
    expect(all[0]?.events.map((event) => event.id)).toEqual(['e2']);
    const months: string[] = [];
    await eachCaseByMonth(dir, (cases) => void months.push(...cases.map((record) => record.id)), (month) => month >= '2025-02' && month <= '2025-03');
    expect(months).toEqual(['PR-2025-0002', 'PR-2025-0003']);
  });

  it('reads an older case list (summary fields only) through the full records, and the writer rewrites it thin once', async () => {
    const dir = await archivedStore();
    const file = path.join(dir, 'archive', 'cases.ndjson');
    // What a store archived before thin copies holds: the summary fields and the record's place.
    const old = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => {
        const { id, labels, primary, state, requester, language, receivedAt, dueAt, flags, loc } = JSON.parse(line) as CaseRecord & { loc: unknown };
        return `${JSON.stringify({ id, labels, primary, state, requester, language, receivedAt, dueAt, flags, loc })}\n`;
      });
    await writeFile(file, old.join(''));
    const before = await everyCase(dir);
    expect(before[1]?.subject).toBe('please delete me');
    expect(before.map((record) => record.id)).toHaveLength(5);
    await (await openFileStore(dir)).close();
    const upgraded = await readFile(file, 'utf8');
    expect(upgraded).toContain('"events"');
    expect(upgraded).not.toContain('please delete me');
    const after = await everyCase(dir);
    expect(after.map((record) => [record.id, record.state])).toEqual(before.map((record) => [record.id, record.state]));
  });
});

function purgeStat(caseId: string, purgedAt: string): PurgedCaseStat {
  return { caseId, primary: 'deletion', labels: ['deletion'], receivedAt: '2023-01-10T10:00:00.000Z', respondedAt: '2023-01-20T10:00:00.000Z', outcome: 'complied', denialReason: null, extended: false, purgedAt, retentionMonths: 24 };
}

describe('purge stats', () => {
  it('leave db.json for the archive purge log once older than five weeks; metrics, export and the snapshot still read each once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-purged-'));
    const store = await openFileStore(dir);
    await store.apply([
      { type: 'purgeCase', caseId: 'PR-2023-0001', stat: purgeStat('PR-2023-0001', '2025-01-01T10:00:00.000Z') },
      { type: 'purgeCase', caseId: 'PR-2023-0002', stat: purgeStat('PR-2023-0002', '2026-01-05T10:00:00.000Z') },
    ]);
    await store.compact();
    await store.apply([{ type: 'purgeCase', caseId: 'PR-2023-0003', stat: purgeStat('PR-2023-0003', '2026-03-01T10:00:00.000Z') }]);
    await store.close();
    const hot = JSON.parse(await readFile(path.join(dir, 'db.json'), 'utf8')) as { purged: PurgedCaseStat[] };
    expect(hot.purged.map((s) => s.caseId)).toEqual(['PR-2023-0003']);
    expect((await readStoreView(dir)).purged?.map((s) => s.caseId)).toEqual(['PR-2023-0003']);
    const log = await readFile(path.join(dir, 'archive', 'purged.ndjson'), 'utf8');
    expect(log.trim().split('\n').map((line) => (JSON.parse(line) as PurgedCaseStat).caseId)).toEqual(['PR-2023-0001', 'PR-2023-0002']);
    const all = ['PR-2023-0001', 'PR-2023-0002', 'PR-2023-0003'];
    expect((await readStoreSnapshot(dir)).purged?.map((s) => s.caseId)).toEqual(all);
    expect((await eachCaseByMonth(dir, () => undefined)).purged?.map((s) => s.caseId)).toEqual(all);
    // A kill after the log append and before db.json was rewritten leaves a stat in both: read once.
    await writeFile(path.join(dir, 'db.json'), JSON.stringify({ ...hot, purged: [purgeStat('PR-2023-0002', '2026-01-05T10:00:00.000Z'), ...hot.purged] }));
    expect((await readStoreSnapshot(dir)).purged?.map((s) => s.caseId)).toEqual(all);
  });
});

describe('the archive month list (periods.json)', () => {
  it('records each new month\'s earliest closing as cases are archived, and a writer repairs months it does not know', async () => {
    const dir = await archivedStore();
    const periods = path.join(dir, 'archive', 'periods.json');
    const read = async (): Promise<Record<string, string>> => JSON.parse(await readFile(periods, 'utf8')) as Record<string, string>;
    expect(await read()).toEqual({ '2025-01': '2025-01-10T10:00:00.000Z', '2025-02': '2025-02-10T10:00:00.000Z', '2025-03': '2025-03-10T10:00:00.000Z', '2025-04': '2025-04-10T10:00:00.000Z' });
    // A case closed earlier, archived later into a month already recorded, moves the date back.
    const store = await openFileStore(dir);
    await store.apply([{ type: 'createCase', record: { ...closedCase('PR-2025-0009', '2025-02-01T10:00:00.000Z') } }]);
    await store.compact();
    expect((await read())['2025-02']).toBe('2025-02-01T10:00:00.000Z');
    await store.close();
    // What an archive written before months were recorded holds: months missing, or unknown ('').
    await writeFile(periods, JSON.stringify({ '2025-01': '', '2025-04': '2025-04-10T10:00:00.000Z' }));
    await (await openFileStore(dir)).close();
    expect(await read()).toEqual({ '2025-01': '2025-01-10T10:00:00.000Z', '2025-02': '2025-02-01T10:00:00.000Z', '2025-03': '2025-03-10T10:00:00.000Z', '2025-04': '2025-04-10T10:00:00.000Z' });
  });
});

describe('the version-1 backup', () => {
  it('is kept after the migration and removed by the writer once it is more than 30 days old', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-backup-'));
    await copyFile(path.resolve('test/fixtures/store/db-v1.json'), path.join(dir, 'db.json'));
    await (await openFileStore(dir)).close();
    const backup = path.join(dir, 'db.json.v1.bak');
    const days = (n: number): Date => new Date(Date.now() - n * 86_400_000);
    await utimes(backup, days(29), days(29));
    await (await openFileStore(dir)).close();
    expect((await stat(backup)).size).toBeGreaterThan(0);
    await utimes(backup, days(31), days(31));
    await (await openFileStore(dir)).close();
    await expect(stat(backup)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
