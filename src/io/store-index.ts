import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { BotError } from '../errors.js';

/**
 * The archive's index: key -> value in 256 append-only logs (index/XX.log), one JSON array a
 * line: `[key, value]` sets, `[key, null]` deletes, `[key, null, group]` deletes only while the key
 * still names `group` (a retention purge forgets a thread id without knowing whether a later case
 * took it over). The last line for a key wins, so an archiving appends only its own entries: its
 * cost is its own size, not the index's. A bucket is read whole on first use (about 1/256 of the
 * index), and rewritten compact when most of its lines are superseded.
 */
export const INDEX_DIR = 'index';
/**
 * Entries kept parsed, least recently used bucket dropped first: about 32 buckets (an eighth of the
 * index) at 100,000 cases, the whole index while it is small. A count of buckets instead made a
 * young archive re-read most buckets on every new message (4 lookups a message, 32 of 256 kept).
 */
const CACHED_ENTRIES = 150_000;
/** A bucket is rewritten compact only past this many lines, and when at least half are superseded. */
const COMPACT_MIN_LINES = 64;

export type IndexEntry = [string, unknown] | [string, null, string?];

/** What a bucket without a file holds; never written to (append() only updates cached buckets). */
const EMPTY: ReadonlyMap<string, unknown> = new Map();

/** 256 buckets: a lookup reads about 1/256 of the index, and an archiving fsyncs at most 256 files. */
export function bucketOf(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 2);
}

function groupOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export class ArchiveIndex {
  readonly dir: string;
  private readonly cache = new Map<string, { map: Map<string, unknown>; lines: number }>();
  /** Only the store's one writer rewrites buckets (compaction); readers never write. */
  private readonly writer: boolean;
  /** Buckets found without a file. Only this process's append() creates one (one writer), and it forgets the name first. */
  private readonly absent = new Set<string>();

  constructor(archiveDir: string, options: { writer?: boolean } = {}) {
    this.dir = path.join(archiveDir, INDEX_DIR);
    this.writer = options.writer === true;
  }

  private file(name: string): string {
    return path.join(this.dir, `${name}.log`);
  }

  private async bucket(name: string): Promise<ReadonlyMap<string, unknown>> {
    // A bucket with no file yet holds nothing: remembered at no cost, outside the LRU, until append() creates it.
    if (this.absent.has(name)) return EMPTY;
    const cached = this.cache.get(name);
    if (cached) {
      // Most recently used last: the long-running service keeps a bounded part of the index in memory.
      this.cache.delete(name);
      this.cache.set(name, cached);
      return cached.map;
    }
    const file = this.file(name);
    const map = new Map<string, unknown>();
    let buffer: Buffer;
    try {
      buffer = await readFile(file);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw new BotError('STORE_CORRUPT', `cannot read ${file} (archive index)`, { cause });
      // Without this, a young archive (most buckets missing) costs a failed open per key looked up.
      this.absent.add(name);
      return EMPTY;
    }
    let lines = 0;
    let start = 0;
    while (start < buffer.length) {
      const end = buffer.indexOf(0x0a, start);
      // A last line without its newline was torn by a kill before it was fsynced: never relied on.
      if (end < 0) break;
      let entry: IndexEntry;
      try {
        entry = JSON.parse(buffer.subarray(start, end).toString('utf8')) as IndexEntry;
        if (!Array.isArray(entry) || typeof entry[0] !== 'string') throw new Error('not an index entry');
      } catch (cause) {
        throw new BotError('STORE_CORRUPT', `${file} has a damaged entry at byte ${start} (archive index); it was left untouched.`, { cause });
      }
      applyEntry(map, entry);
      lines++;
      start = end + 1;
    }
    this.cache.set(name, { map, lines });
    let entries = 0;
    for (const cached of this.cache.values()) entries += cached.map.size;
    for (const [oldest, cached] of this.cache) {
      if (entries <= CACHED_ENTRIES || this.cache.size <= 1) break;
      entries -= cached.map.size;
      this.cache.delete(oldest);
    }
    await this.compactIfStale(name);
    return map;
  }

  async get(key: string): Promise<unknown> {
    return (await this.bucket(bucketOf(key))).get(key);
  }

  /**
   * Appends entries to their buckets: all written first, then every touched file fsynced once (in
   * parallel), then the directory when a bucket file was created. A kill half-way leaves some
   * buckets with the new entries and some without; each entry names lines already fsynced, and the
   * caller keeps the records elsewhere (db.json) until this returns, so either answer is right.
   */
  async append(entries: readonly IndexEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const byBucket = new Map<string, IndexEntry[]>();
    for (const entry of entries) {
      const name = bucketOf(entry[0]);
      let list = byBucket.get(name);
      if (!list) byBucket.set(name, (list = []));
      list.push(entry);
    }
    const handles: FileHandle[] = [];
    let created = false;
    try {
      for (const [name, list] of byBucket) {
        this.absent.delete(name);
        const file = this.file(name);
        const size = await stat(file).then(
          (s) => s.size,
          () => -1,
        );
        if (size < 0) created = true;
        const handle = await open(file, 'a+', 0o600);
        handles.push(handle);
        if (size > 0) await cutTornTail(handle, size);
        const text = list.map((entry) => `${JSON.stringify(entry)}\n`).join('');
        await handle.write(text, null, 'utf8');
        const cached = this.cache.get(name);
        if (cached) {
          for (const entry of list) applyEntry(cached.map, entry);
          cached.lines += list.length;
        }
      }
      await Promise.all(handles.map((handle) => handle.datasync()));
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
    if (created) await syncDir(this.dir);
    for (const name of byBucket.keys()) await this.compactIfStale(name);
  }

  /**
   * Rewrites a parsed bucket with only its live entries once most of its lines are superseded (a
   * case archived again, a purge): the logs would otherwise only grow. Written beside and renamed
   * over, so a kill leaves the old log or the new one, which say the same.
   */
  private async compactIfStale(name: string): Promise<void> {
    const cached = this.cache.get(name);
    if (!this.writer || !cached || cached.lines < COMPACT_MIN_LINES || cached.lines < 2 * cached.map.size) return;
    const text = [...cached.map].map((entry) => `${JSON.stringify(entry)}\n`).join('');
    const temp = `${this.file(name)}.tmp`;
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.write(text, null, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file(name));
    await syncDir(this.dir);
    cached.lines = cached.map.size;
  }

  /** How many lines a bucket has, parsed (for tests and the bench). */
  async lineCount(key: string): Promise<{ lines: number; live: number }> {
    const name = bucketOf(key);
    const map = await this.bucket(name);
    return { lines: this.cache.get(name)?.lines ?? 0, live: map.size };
  }
}

function applyEntry(map: Map<string, unknown>, entry: IndexEntry): void {
  const [key, value, ifGroup] = entry;
  if (value !== null && value !== undefined) map.set(key, value);
  else if (ifGroup === undefined || groupOf(map.get(key)) === ifGroup) map.delete(key);
}

/** A kill during an append can leave a line without its newline: it was never fsynced whole, so it goes. */
async function cutTornTail(handle: FileHandle, size: number): Promise<void> {
  const tail = Buffer.alloc(Math.min(size, 64 << 10));
  await handle.read(tail, 0, tail.length, size - tail.length);
  if (tail[tail.length - 1] === 0x0a) return;
  const lastNewline = tail.lastIndexOf(0x0a);
  if (lastNewline < 0 && size > tail.length) throw new BotError('STORE_CORRUPT', 'an archive index line is longer than 64 KiB; it was left untouched.');
  await handle.truncate(size - tail.length + lastNewline + 1);
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The index of a whole new archive (the version-1 migration), written bucket by bucket. */
export async function writeIndex(archiveDir: string, entries: Map<string, unknown>): Promise<void> {
  const dir = path.join(archiveDir, INDEX_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const byBucket = new Map<string, string[]>();
  for (const [key, value] of entries) {
    const name = bucketOf(key);
    let list = byBucket.get(name);
    if (!list) byBucket.set(name, (list = []));
    list.push(`${JSON.stringify([key, value])}\n`);
  }
  const handles: FileHandle[] = [];
  try {
    for (const [name, list] of byBucket) {
      const handle = await open(path.join(dir, `${name}.log`), 'w', 0o600);
      handles.push(handle);
      await handle.write(list.join(''), null, 'utf8');
    }
    await Promise.all(handles.map((handle) => handle.datasync()));
  } finally {
    await Promise.all(handles.map((handle) => handle.close()));
  }
  await syncDir(dir);
}
