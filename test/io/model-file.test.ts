import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeModel } from '../../src/app/train-model.js';
import { isGzip, readModelText } from '../../src/io/model-file.js';
import { loadShippedModel, shippedModelPath } from '../../src/io/triage-model.js';

describe('the model file', () => {
  it('ships gzipped and small (issue 9: a few MB at most), and reads as the JSON it packs', async () => {
    const bytes = await readFile(shippedModelPath());
    expect(isGzip(bytes)).toBe(true);
    // 3.3 MB after round 13, 4.0 MB after round 44 (48,390 messages): about 50 kB a round. Raising
    // the training's minDocumentFrequency (4) is the lever if it should shrink.
    expect(bytes.length).toBeLessThan(5_000_000);
    const text = readModelText(shippedModelPath());
    expect(text.length).toBeGreaterThan(bytes.length * 2);
    expect(text.startsWith('{"header":')).toBe(true);
  });

  it('is written gzipped or plain by its name, and both load to the same predictions', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-model-'));
    const text = readModelText(shippedModelPath());
    const gz = path.join(dir, 'model.json.gz');
    const plain = path.join(dir, 'model.json');
    await writeModel(gz, text);
    await writeModel(plain, text);
    expect(isGzip(await readFile(gz))).toBe(true);
    expect(await readFile(plain, 'utf8')).toBe(text);
    const input = { subject: 'delete my account', body: 'Please delete my account and all my data.' };
    const fromGz = loadShippedModel(gz).predict(input).heads.deletion.probability;
    const fromPlain = loadShippedModel(plain).predict(input).heads.deletion.probability;
    expect(fromGz).toBe(fromPlain);
  });

  it('a damaged gzip file is a clear configuration error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pi-model-bad-'));
    const bad = path.join(dir, 'model.json.gz');
    const good = await readFile(shippedModelPath());
    await writeFile(bad, good.subarray(0, 5_000));
    expect(() => loadShippedModel(bad)).toThrow(/cannot read the triage model/);
  });
});
