import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveIndex, bucketOf } from '../../src/io/store-index.js';

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
