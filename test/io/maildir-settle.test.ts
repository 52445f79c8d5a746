import { appendFile, mkdtemp, readdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMaildirSource, MAILDIR_SETTLE_MS } from '../../src/io/maildir.js';
import { buildRawMessage } from '../support/mailstack.js';

let root: string;
/** The source's clock: file ages are measured against it, so no test waits for real time to pass. */
let now: number;
const clock = (): number => now;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pi-settle-'));
});

async function ctimeOf(file: string): Promise<number> {
  return (await stat(file)).ctimeMs;
}

describe('Maildir: only complete files are read', () => {
  it('a file written straight into new/ waits until it has stayed untouched for the settle time', async () => {
    const source = createMaildirSource({ path: root, clock });
    await source.list();
    const raw = buildRawMessage({ subject: 'Please delete my data' });
    const file = path.join(root, 'new', 'by-hand.eml');
    await writeFile(file, raw.subarray(0, 120));
    now = await ctimeOf(file);
    expect(await source.list()).toEqual([]);
    expect(source.waiting?.()).toBe(1);

    await appendFile(file, raw.subarray(120));
    const written = await ctimeOf(file);
    now = written + MAILDIR_SETTLE_MS - 1;
    expect(await source.list()).toEqual([]);

    now = written + MAILDIR_SETTLE_MS;
    const listed = await source.list();
    expect(listed.map((message) => message.sourceId)).toEqual(['by-hand.eml']);
    expect(listed[0]?.sizeBytes).toBe(raw.length);
    expect((await source.fetch(listed[0] as (typeof listed)[number])).equals(raw)).toBe(true);
    expect(source.waiting?.()).toBe(0);
    await source.close();
  });

  it('a file renamed into new/ after it was written is complete at once (the spec\'s tmp/ then rename)', async () => {
    const source = createMaildirSource({ path: root, clock });
    await source.list();
    const raw = buildRawMessage();
    await writeFile(path.join(root, 'tmp', 'mda.host'), raw);
    const written = new Date(Date.now() - 1_000);
    await utimes(path.join(root, 'tmp', 'mda.host'), written, written);
    await rename(path.join(root, 'tmp', 'mda.host'), path.join(root, 'new', 'mda.host'));
    now = await ctimeOf(path.join(root, 'new', 'mda.host'));
    expect((await source.list()).map((message) => message.sourceId)).toEqual(['mda.host']);
    await source.close();
  });

  it('a file whose times run ahead of our clock is taken once it stayed the same for the settle time by our clock', async () => {
    const source = createMaildirSource({ path: root, clock });
    await source.list();
    const file = path.join(root, 'new', 'skewed.eml');
    await writeFile(file, buildRawMessage());
    now = (await ctimeOf(file)) - 3_600_000;
    expect(await source.list()).toEqual([]);
    now += MAILDIR_SETTLE_MS - 1;
    expect(await source.list()).toEqual([]);
    now += 1;
    expect((await source.list()).map((message) => message.sourceId)).toEqual(['skewed.eml']);
    await source.close();
  });

  it('read-only (dry run): lists without creating any folder, and finalize leaves the file in new/', async () => {
    const missing = createMaildirSource({ path: path.join(root, 'nothing-here'), readOnly: true });
    expect(await missing.list()).toEqual([]);
    await expect(readdir(path.join(root, 'nothing-here'))).rejects.toThrow();
    await missing.close();

    const setup = createMaildirSource({ path: root, settleMs: 0 });
    await setup.list();
    await setup.close();
    const raw = buildRawMessage();
    await writeFile(path.join(root, 'new', 'keep.eml'), raw);
    const source = createMaildirSource({ path: root, readOnly: true, settleMs: 0 });
    const [message] = await source.list();
    if (!message) throw new Error('nothing listed');
    await source.finalize(message, 'processed');
    await source.finalize(message, 'quarantined');
    expect(await readdir(path.join(root, 'new'))).toEqual(['keep.eml']);
    expect(await readdir(path.join(root, 'cur'))).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['.Quarantine', 'cur', 'new', 'tmp']);
    expect(await readdir(path.join(root, '.Quarantine', 'cur'))).toEqual([]);
    expect((await readFile(path.join(root, 'new', 'keep.eml'))).equals(raw)).toBe(true);
    await source.close();
  });
});
