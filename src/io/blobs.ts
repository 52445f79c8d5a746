import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where a message's raw copy lives, relative to DATA_DIR: a hash of its key, so the name carries nothing of the mail. */
export function rawMessagePath(key: string): string {
  return path.join('messages', `${createHash('sha256').update(key).digest('hex')}.eml`);
}

/**
 * Raw mail lives beside the store, not in it: db.json stays small and bodies can be purged
 * on their own retention schedule.
 */
export async function saveRawMessage(dataDir: string, key: string, raw: Buffer): Promise<string> {
  const relative = rawMessagePath(key);
  const target = path.join(dataDir, relative);
  const temporary = `${target}.${process.pid}.tmp`;
  if (raw.length > SYNC_WRITE_BYTES) {
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(temporary, raw, { mode: 0o600 });
    await rename(temporary, target);
    return relative;
  }
  // Usual mail is written synchronously: a few kB into the page cache (no fsync) cost microseconds,
  // while each of the five thread-pool round trips of the asynchronous calls waits for a busy event
  // loop (15 ms a message in an IMAP backlog, docs/throughput.md). The directory is made on first use.
  try {
    writeFileSync(temporary, raw, { mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, raw, { mode: 0o600 });
  }
  renameSync(temporary, target);
  return relative;
}

/** Raw copies up to this size are written without leaving the event loop (see saveRawMessage). */
const SYNC_WRITE_BYTES = 256 * 1024;

export async function readRawMessage(dataDir: string, relative: string): Promise<Buffer> {
  return readFile(path.join(dataDir, relative));
}

/** The raw copies of inbound mail, by path relative to DATA_DIR (what MessageRecord.blob holds). */
export interface RawMailStore {
  save(key: string, raw: Buffer): Promise<string>;
  read(relative: string): Promise<Buffer>;
  /** Deletes one copy; only ever inside DATA_DIR/messages. Returns false for a path outside it. */
  remove(relative: string): Promise<boolean>;
  /** Lets go of a connection, where there is one (the PostgreSQL store). */
  close?(): Promise<void>;
}

function insideMessages(dataDir: string, relative: string): boolean {
  const root = path.resolve(dataDir, 'messages');
  return path.resolve(dataDir, relative).startsWith(`${root}${path.sep}`);
}

/** DATA_DIR/messages on disk. */
export function createRawMailStore(dataDir: string): RawMailStore {
  return {
    save: (key, raw) => saveRawMessage(dataDir, key, raw),
    read: (relative) => readRawMessage(dataDir, relative),
    async remove(relative) {
      if (!insideMessages(dataDir, relative)) return false;
      await rm(path.resolve(dataDir, relative), { force: true });
      return true;
    },
  };
}

/**
 * Copies a dry run keeps in memory so later steps of the same run can read what it "saved", without
 * writing DATA_DIR/messages. Past `budgetBytes` new copies are dropped: a later step that needs one
 * then finds it missing, as it would a purged copy, and carries on without the text (a preview over a
 * backlog of large mail must not exhaust memory).
 */
export function createDryRunRawMailStore(dataDir: string, budgetBytes = 64 * 1024 * 1024): RawMailStore {
  const kept = new Map<string, Buffer>();
  let used = 0;
  return {
    async save(key, raw) {
      const relative = rawMessagePath(key);
      if (!kept.has(relative) && used + raw.length <= budgetBytes) {
        kept.set(relative, raw);
        used += raw.length;
      }
      return relative;
    },
    async read(relative) {
      return kept.get(relative) ?? readRawMessage(dataDir, relative);
    },
    async remove(relative) {
      return insideMessages(dataDir, relative);
    },
  };
}
