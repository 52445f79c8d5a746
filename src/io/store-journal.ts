import { open, readFile, type FileHandle } from 'node:fs/promises';
import { BotError } from '../errors.js';
import type { StoreChange } from '../types.js';

export interface JournalEntry {
  seq: number;
  changes: StoreChange[];
}

/**
 * Reads the change journal. A batch is acknowledged only after its line (newline included) is
 * fsynced, so a last line without its newline, or one that does not parse, was never acknowledged
 * and is dropped (`tornBytes` says how much, so the writer can cut it off). A bad line anywhere else
 * is damage, not a torn write.
 */
export async function readJournal(file: string): Promise<{ entries: JournalEntry[]; goodBytes: number; tornBytes: number }> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], goodBytes: 0, tornBytes: 0 };
    throw new BotError('STORE_CORRUPT', `cannot read ${file}`, { cause });
  }
  const entries: JournalEntry[] = [];
  let start = 0;
  while (start < buffer.length) {
    const end = buffer.indexOf(0x0a, start);
    if (end < 0) break;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(buffer.subarray(start, end).toString('utf8')) as JournalEntry;
      if (typeof entry.seq !== 'number' || !Array.isArray(entry.changes)) throw new Error('not a journal entry');
    } catch (cause) {
      if (end + 1 >= buffer.length) break;
      throw new BotError('STORE_CORRUPT', `${file} has a damaged entry at byte ${start}; it was left untouched. Restore the data directory from a backup.`, { cause });
    }
    entries.push(entry);
    start = end + 1;
  }
  return { entries, goodBytes: start, tornBytes: buffer.length - start };
}

/** Appends one fsynced line per batch. */
export class JournalWriter {
  private readonly handle: FileHandle;
  bytes: number;

  private constructor(handle: FileHandle, bytes: number) {
    this.handle = handle;
    this.bytes = bytes;
  }

  static async open(file: string, goodBytes: number): Promise<JournalWriter> {
    const handle = await open(file, 'a+', 0o600);
    await handle.chmod(0o600);
    const { size } = await handle.stat();
    if (size > goodBytes) {
      // A torn tail from a crash: never acknowledged, so never applied; cut it before appending.
      await handle.truncate(goodBytes);
      await handle.datasync();
    }
    return new JournalWriter(handle, goodBytes);
  }

  async append(entry: JournalEntry): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    try {
      await this.handle.write(line, 0, line.length, null);
      await this.handle.datasync();
    } catch (error) {
      // Leave no half line behind for the next batch to be glued to.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw error;
    }
    this.bytes += line.length;
  }

  /** After the hot file has taken in every entry (it records the last seq), the journal starts empty. */
  async reset(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.bytes = 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
