import { createReadStream } from 'node:fs';
import { open, rename, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { syncDir } from './store-index.js';

/** File primitives of the store's archive: durable appends, in-place blanking, line streaming, atomic replace. */

/** Streams lines; a line that does not parse is skipped only if it is a torn tail (unindexed bytes), otherwise refused. */
export async function forEachLine(file: string, each: (line: string) => void): Promise<void> {
  let stream;
  try {
    await stat(file);
    stream = createReadStream(file, { encoding: 'utf8' });
  } catch {
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    try {
      each(line);
    } catch {
      // A torn line left by a kill during an append: it was never indexed.
    }
  }
}

/** The first line that is not blank (purged lines are spaces), reading no further; null for none or no file. */
export async function firstLine(file: string): Promise<string | null> {
  let stream;
  try {
    await stat(file);
    stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 16 << 10 });
  } catch {
    return null;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) if (line.trim()) return line;
    return null;
  } finally {
    lines.close();
    stream.destroy();
  }
}

export async function appendSynced(file: string, bytes: Buffer): Promise<void> {
  await appendAllSynced([{ file, bytes }]);
}

/** Appends to several files, then fsyncs them all at once: one wait for the disk, not one per file. */
export async function appendAllSynced(writes: ReadonlyArray<{ file: string; bytes: Buffer }>): Promise<void> {
  const handles: FileHandle[] = [];
  const dirs = new Set<string>();
  try {
    for (const { file, bytes } of writes) {
      const created = await stat(file).then(
        () => false,
        () => true,
      );
      const handle = await open(file, 'a', 0o600);
      handles.push(handle);
      if (created) dirs.add(path.dirname(file));
      await handle.write(bytes, 0, bytes.length, null);
    }
    await Promise.all(handles.map((handle) => handle.datasync()));
  } finally {
    await Promise.all(handles.map((handle) => handle.close()));
  }
  for (const dir of dirs) await syncDir(dir);
}

/** Overwrites byte spans with spaces in place and fsyncs: the lines are gone, every other line keeps its position. */
export async function blankSpans(file: string, spans: ReadonlyArray<[number, number]>): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    for (const [offset, length] of spans) await handle.write(Buffer.alloc(length, 0x20), 0, length, offset);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Streams a file's lines with their byte offset and length (newline excluded). */
export async function forEachLineAt(file: string, each: (text: string, offset: number, length: number) => void): Promise<void> {
  let stream;
  try {
    await stat(file);
    stream = createReadStream(file);
  } catch {
    return;
  }
  let carry: Buffer = Buffer.alloc(0);
  let base = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buffer: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(0x0a, start); end >= 0; end = buffer.indexOf(0x0a, start)) {
      if (end > start && buffer[start] !== 0x20) each(buffer.subarray(start, end).toString('utf8'), base + start, end - start);
      start = end + 1;
    }
    carry = buffer.subarray(start);
    base += start;
  }
}

/** Write to a temporary name, fsync, rename over, fsync the directory: the file is old or new, never half. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.chmod(0o600);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
