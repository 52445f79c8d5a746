import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckDeadlines } from '../../src/app/check-deadlines.js';
import { closeDeps, createDeps } from '../../src/app/deps.js';
import { loadConfig } from '../../src/config.js';
import { openFileStore, readStoreSnapshot } from '../../src/io/store.js';
import { createLogger } from '../../src/log.js';
import type { StoreChange } from '../../src/types.js';
import { closedCaseRecord as closedCase, messageRecord as message } from '../support/store-records.js';

describe('retention purge of archived cases (check-deadlines)', () => {
  it('purges a case closed RETENTION_MONTHS ago that left the working set, keeps its anonymous stat, and spares a younger one', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-retention-archive-'));
    const store = await openFileStore(dataDir);
    const changes: StoreChange[] = [];
    for (const [id, at] of [['PR-2024-0001', '2024-02-01T10:00:00.000Z'], ['PR-2024-0002', '2024-06-01T10:00:00.000Z']] as const) {
      changes.push({ type: 'createCase', record: closedCase(id, at) }, { type: 'putMessage', record: message(`${id}@example.net`, id, at) });
    }
    changes.push({ type: 'putMessage', record: message('recent@example.net', null, '2026-03-01T10:00:00.000Z') });
    await store.apply(changes);
    await store.compact();
    expect(Object.keys((await store.read()).cases)).toEqual([]);

    const config = loadConfig({ DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', TEAM_ADDRESSES: 'team@example.test', PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z', ORG_NAME: 'Calm Clinic', BOT_SECRET: 'retention-secret-retention', RETENTION_MONTHS: '24' });
    const deps = await createDeps(config, createLogger('silent'), store);
    let summary;
    try {
      summary = await runCheckDeadlines(deps);
    } finally {
      await closeDeps(deps);
    }
    await store.close();
    expect(summary.purged).toBe(1);
    const snapshot = await readStoreSnapshot(dataDir);
    expect(Object.keys(snapshot.cases)).toEqual(['PR-2024-0002']);
    expect(snapshot.purged?.map((stat) => [stat.caseId, stat.outcome])).toEqual([['PR-2024-0001', 'complied']]);
    expect(await readFile(path.join(dataDir, 'archive', '2024-02.ndjson'), 'utf8').catch(() => '')).not.toContain('pr-2024-0001@example.net');
  });
});
