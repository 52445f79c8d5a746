import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveIndex, bucketOf } from '../../src/io/store-index.js';

async function lines(index: ArchiveIndex, key: string): Promise<number> {
  return (await readFile(path.join(index.dir, `${bucketOf(key)}.log`), 'utf8')).split('\n').filter(Boolean).length;
}

describe('archive index buckets', () => {
  it('the writer rewrites a bucket compact once most of its lines are superseded; a reader never writes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-index-'));
    const reader = new ArchiveIndex(dir);
    // A case archived again and again: each archiving supersedes the last line for its keys.
    const stale = new ArchiveIndex(dir);
    for (let n = 0; n < 70; n++) await stale.append([['g:PR-1', [['2025-01.ndjson', n, 10]]], ['t:thread@example.net', 'PR-1']]);
    const before = await lines(reader, 'g:PR-1');
    expect(before).toBeGreaterThanOrEqual(70);
    expect(await reader.get('g:PR-1')).toEqual([['2025-01.ndjson', 69, 10]]);
    expect(await lines(reader, 'g:PR-1')).toBe(before);

    const writer = new ArchiveIndex(dir, { writer: true });
    expect(await writer.get('g:PR-1')).toEqual([['2025-01.ndjson', 69, 10]]);
    expect(await lines(writer, 'g:PR-1')).toBeLessThanOrEqual(2);
    expect(await writer.get('t:thread@example.net')).toBe('PR-1');
    // Appends keep it compact as they supersede, and nothing is lost to a fresh reader.
    for (let n = 70; n < 170; n++) await writer.append([['g:PR-1', [['2025-01.ndjson', n, 10]]]]);
    expect(await lines(writer, 'g:PR-1')).toBeLessThan(70);
    expect(await new ArchiveIndex(dir).get('g:PR-1')).toEqual([['2025-01.ndjson', 169, 10]]);
    expect(await new ArchiveIndex(dir).get('t:thread@example.net')).toBe('PR-1');
  });
});

/** A key that lands in the same bucket as `key`, so one bucket is read as missing and then written. */
function sameBucketAs(key: string): string {
  for (let n = 0; ; n++) if (bucketOf(`other-${n}`) === bucketOf(key) && `other-${n}` !== key) return `other-${n}`;
}

describe('archive index (real files)', () => {
  it('finds what it appends to a bucket it earlier found missing, in this process and in a fresh one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-store-index-'));
    const index = new ArchiveIndex(dir);
    const neighbour = sameBucketAs('m:first');
    // Looked up while the bucket has no file: nothing, and remembered as missing.
    expect(await index.get('m:first')).toBeUndefined();
    expect(await index.get(neighbour)).toBeUndefined();
    await index.append([['m:first', 'C-1']]);
    expect(await index.get('m:first')).toBe('C-1');
    expect(await index.get(neighbour)).toBeUndefined();
    await index.append([[neighbour, 'C-2']]);
    expect(await index.get(neighbour)).toBe('C-2');
    expect(await readdir(path.join(dir, 'index'))).toEqual([`${bucketOf('m:first')}.log`]);
    const fresh = new ArchiveIndex(dir);
    expect(await fresh.get('m:first')).toBe('C-1');
    expect(await fresh.get(neighbour)).toBe('C-2');
  });

  it('keeps answering for many missing buckets and finds each once written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-store-index-'));
    const index = new ArchiveIndex(dir);
    const keys = Array.from({ length: 600 }, (_, n) => `t:<id-${n}@example.test>`);
    for (const key of keys) expect(await index.get(key)).toBeUndefined();
    await index.append(keys.map((key, n) => [key, `C-${n}`]));
    for (const [n, key] of keys.entries()) expect(await index.get(key)).toBe(`C-${n}`);
  });
});
