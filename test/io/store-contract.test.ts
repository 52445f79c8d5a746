import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { openPgStore } from '../../src/io/pg-store.js';
import { openFileStore } from '../../src/io/store.js';
import { createTestDatabase, hasPostgres, resetDatabase } from '../support/postgres.js';
import { describeStoreContract } from './store.contract.js';

describeStoreContract('lowdb file store', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-contract-'));
  const store = await openFileStore(dir);
  return {
    store,
    // The fold moves closed, quiet cases to the archive (otherwise at most every 4 MB of journal).
    settle: () => store.compact(),
    // The file store's one writer: a reopen reads the same file through a second instance, as a restart would.
    reopen: () => openFileStore(dir),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe.runIf(hasPostgres)('PostgreSQL (real server on loopback)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase('contract');
  });
  afterAll(async () => {
    await database.drop();
  });

  describeStoreContract('PostgreSQL store', async () => {
    const store = await openPgStore({ url: database.url });
    return {
      store,
      reopen: () => openPgStore({ url: database.url }),
      async cleanup() {
        await store.close();
        await resetDatabase(database.url);
      },
    };
  });
});
