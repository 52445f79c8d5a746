import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { BotError } from '../errors.js';
import { applyChanges, emptyDb } from '../core/store-changes.js';
import type { DbData, Store, StoreChange } from '../types.js';

export const STORE_FILE = 'db.json';

function looksLikeDb(value: unknown): value is DbData {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  // Keys added later (purged, teamCommands) may be missing from older files, but never hold anything else.
  const optional = ['purged', 'teamCommands'].every((key) => record[key] === undefined || (typeof record[key] === 'object' && record[key] !== null));
  return record.version === 1 && optional && ['cases', 'messages', 'outbox', 'cursors', 'counters'].every((key) => typeof record[key] === 'object' && record[key] !== null);
}

/**
 * Refuses a damaged db.json instead of starting empty over it: an empty store would re-answer
 * every message still in the mailbox and forget every legal clock.
 */
async function checkExisting(file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new BotError('STORE_CORRUPT', `cannot read ${file}`, { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new BotError('STORE_CORRUPT', `${file} is not valid JSON; it was left untouched. Restore it from a backup, or move it away to start an empty store.`, { cause });
  }
  if (!looksLikeDb(parsed)) {
    throw new BotError('STORE_CORRUPT', `${file} is JSON but not a privacy-inbox store (version 1); it was left untouched.`);
  }
}

/**
 * The one writer of DATA_DIR/db.json. Only the main thread (or a lone CLI process holding the
 * data-dir lock) opens it: two lowdb writers on one file lose updates.
 */
export async function openFileStore(dataDir: string): Promise<Store & { data(): DbData }> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, STORE_FILE);
  await checkExisting(file);
  // The last JSON written (or read) is the committed state: a batch that fails half-way is rolled
  // back to it, so changes apply in place without copying the whole store for every batch.
  let committed = '';
  const adapter = new DataFile<DbData>(file, {
    parse: (text) => {
      committed = text;
      return JSON.parse(text) as DbData;
    },
    stringify: (data) => (committed = JSON.stringify(data)),
  });
  const db = new Low<DbData>(adapter, emptyDb());
  await db.read();
  db.data ??= emptyDb();
  try {
    await stat(file);
  } catch {
    await db.write();
  }
  await chmod(file, 0o600);
  let queue: Promise<void> = Promise.resolve();
  return {
    data: () => db.data,
    async read() {
      await queue;
      return structuredClone(db.data);
    },
    apply(changes: StoreChange[]) {
      const run = queue.then(async () => {
        const before = committed;
        try {
          applyChanges(db.data, changes);
          await db.write();
          // steno replaces the file by rename, so the new inode gets the process umask: keep it private.
          await chmod(file, 0o600);
        } catch (error) {
          // Nothing half-applied: neither a change that threw nor a batch the disk refused.
          db.data = JSON.parse(before) as DbData;
          committed = before;
          throw error;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** Reads db.json without opening it for writing: for list/show while the service runs. */
export async function readStoreSnapshot(dataDir: string): Promise<DbData> {
  const file = path.join(dataDir, STORE_FILE);
  await checkExisting(file);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DbData;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return emptyDb();
    throw cause;
  }
}

/**
 * db.json as it is now, in memory: changes apply to the copy and are never written (the dry run).
 * Opens nothing for writing and creates nothing, so it needs no data-dir lock; a damaged db.json is
 * refused as openFileStore refuses it. A batch that throws leaves the copy as it was.
 */
export async function openStoreCopy(dataDir: string): Promise<Store> {
  let data = await readStoreSnapshot(dataDir);
  return {
    async read() {
      return structuredClone(data);
    },
    async apply(changes: StoreChange[]) {
      const next = structuredClone(data);
      applyChanges(next, changes);
      data = next;
    },
  };
}
