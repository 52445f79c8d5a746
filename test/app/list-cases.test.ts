import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runListCommand } from '../../src/app/list-cases.js';
import { loadConfig } from '../../src/config.js';
import { openFileStore } from '../../src/io/store.js';
import type { CaseRecord, StoreChange } from '../../src/types.js';
import { closedCaseRecord } from '../support/store-records.js';

const NOW = '2026-03-02T17:00:00.000Z';

function record(id: string, receivedAt: string, closedAt: string | null): CaseRecord {
  return closedCaseRecord(id, receivedAt, {
    state: closedAt ? 'done' : 'received',
    dueAt: closedAt ? null : '2026-03-20T06:59:59.999Z',
    messageKeys: [],
    threadIds: [],
    events: [{ id: 'r', at: receivedAt, type: 'received', by: 'requester' }, ...(closedAt ? [{ id: 'c', at: closedAt, type: 'state_changed', by: 'team@example.test', data: { to: 'done' } }] : [])],
  });
}

/** Two open cases, one closed last week, two closed long ago (archived). */
async function store(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-list-'));
  const opened = await openFileStore(dir);
  const cases = [
    record('PR-2026-0010', '2026-02-27T10:00:00.000Z', null),
    record('PR-2025-0001', '2025-01-05T10:00:00.000Z', '2025-01-20T10:00:00.000Z'),
    record('PR-2026-0009', '2026-02-01T10:00:00.000Z', '2026-02-25T10:00:00.000Z'),
    record('PR-2025-0002', '2025-06-05T10:00:00.000Z', '2025-06-20T10:00:00.000Z'),
    record('PR-2026-0003', '2026-01-10T10:00:00.000Z', null),
  ];
  await opened.apply(cases.map((value): StoreChange => ({ type: 'createCase', record: value })));
  await opened.close();
  return dir;
}

async function list(dir: string, options: { json?: boolean; all?: boolean }): Promise<string> {
  let out = '';
  await runListCommand(loadConfig({ DATA_DIR: dir, TIMEZONE: 'UTC', PRIVACY_INBOX_NOW: NOW }, { holidayTables: false }), NOW, options, (text) => void (out += text));
  return out;
}

describe('list', () => {
  it('shows open cases, then those closed in the last 14 days, by default; --all adds the archived ones after the open ones', async () => {
    const dir = await store();
    const ids = (json: string): string[] => (JSON.parse(json) as Array<{ id: string }>).map((row) => row.id);
    expect(ids(await list(dir, { json: true }))).toEqual(['PR-2026-0003', 'PR-2026-0010', 'PR-2026-0009']);
    expect(ids(await list(dir, { json: true, all: true }))).toEqual(['PR-2026-0003', 'PR-2026-0010', 'PR-2025-0001', 'PR-2025-0002', 'PR-2026-0009']);

    const table = (await list(dir, {})).split('\n');
    expect(table[0]).toMatch(/^ID\s+STATE\s+LABELS\s+RECEIVED\s+DUE$/);
    expect(table[1]).toMatch(/^PR-2026-0003\s+received\s+deletion\s+2026-01-10\s+2026-03-20$/);
    expect(table).toContain('(open cases and those closed in the last 14 days; every case: privacy-inbox list --all)');
    const all = (await list(dir, { all: true })).trim().split('\n');
    // One header, one row per case, columns aligned although the rows were written in parts.
    expect(all).toHaveLength(6);
    expect(new Set(all.map((line) => line.indexOf('deletion')).slice(1)).size).toBe(1);
  });

  it('says so when there is nothing to list, in JSON too', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-list-empty-'));
    expect(await list(dir, {})).toBe('No open cases and none closed in the last 14 days (every case: privacy-inbox list --all).\n');
    expect(await list(dir, { all: true })).toBe('No cases yet.\n');
    expect(JSON.parse(await list(dir, { json: true, all: true }))).toEqual([]);
    expect(JSON.parse(await list(dir, { json: true }))).toEqual([]);
  });
});
