import { describe, expect, it } from 'vitest';
import { FeatureHashSet, featureHashesOf, hashFeature, lastHashHigh, lastHashLow } from '../../../../src/core/triage/model/feature-hash.js';
import { featuresOf, readableFeature, type ModelInput } from '../../../../src/core/triage/model/features.js';
import { modelInputOf } from '../../../../src/core/triage/model/input.js';
import { EVIDENCE_HEADS } from '../../../../src/core/triage/model/heads.js';
import { featureScale, linearModelFromPacked, loadLinearModel, MODEL_HEADS, WEIGHT_SCALE, type LinearModel, type ModelHead } from '../../../../src/core/triage/model/linear.js';
import { packFeatures, rowOf } from '../../../../src/core/triage/model/packed.js';
import { readPackedModel } from '../../../../src/core/triage/model/packed-read.js';
import { deserializeModel } from '../../../../src/core/triage/model/serialize.js';
import { selectMessageText } from '../../../../src/core/triage/message-text.js';
import { readModelText } from '../../../../src/io/model-file.js';
import { shippedModelPath } from '../../../../src/io/triage-model.js';
import { corpusCases } from '../../../support/corpus-cases.js';

interface Stored {
  heads: ModelHead[];
  features: string[];
  weights: Int32Array;
  bias: number[];
  calibration: Array<{ a: number; b: number }>;
  thresholds: number[];
}

const modelText = readModelText(shippedModelPath());
const stored = deserializeModel(modelText) as Stored;
const packed = loadLinearModel(stored);
const headCount = stored.heads.length;
const index = new Map<string, number>();
stored.features.forEach((feature, at) => index.set(feature, at));
const scaledWeights = Float64Array.from(stored.weights, (weight) => weight / WEIGHT_SCALE);

/**
 * The predictor as it was before the packed model: feature strings, a Map from name to row, a
 * Float64Array of weights. The shipped predictor must give the same numbers to the last bit.
 */
function referencePredict(input: ModelInput, weights = scaledWeights): Record<ModelHead, { probability: number; positive: boolean; evidence: string[] }> {
  const features = featuresOf(input);
  const scale = featureScale(features.size);
  const scores = Float64Array.from(stored.bias);
  const known: number[] = [];
  for (const feature of features) {
    const row = index.get(feature);
    if (row === undefined) continue;
    known.push(row);
    for (let head = 0; head < headCount; head += 1) scores[head] = (scores[head] as number) + (weights[row * headCount + head] as number) * scale;
  }
  const out = {} as Record<ModelHead, { probability: number; positive: boolean; evidence: string[] }>;
  stored.heads.forEach((head, at) => {
    const { a, b } = stored.calibration[at] as { a: number; b: number };
    const probability = 1 / (1 + Math.exp(-(a * (scores[at] as number) + b)));
    const positive = probability >= (stored.thresholds[at] as number);
    const readable = known
      .map((row) => ({ text: readableFeature(stored.features[row] as string), weight: weights[row * headCount + at] as number }))
      .filter((item): item is { text: string; weight: number } => item.text !== null && item.weight > 0)
      .sort((left, right) => right.weight - left.weight || left.text.localeCompare(right.text));
    const evidence: string[] = [];
    for (const item of readable) {
      // A head whose evidence no verdict shows (no_request) is given none.
      if (!positive || !EVIDENCE_HEADS.has(head) || evidence.length >= 3) break;
      if (evidence.some((text) => text.includes(item.text) || item.text.includes(text))) continue;
      evidence.push(item.text);
    }
    out[head] = { probability, positive, evidence };
  });
  return out;
}

function predicted(model: LinearModel, input: ModelInput): Record<ModelHead, { probability: number; positive: boolean; evidence: string[] }> {
  const { heads } = model.predict(input);
  return Object.fromEntries(MODEL_HEADS.map((head) => [head, { probability: heads[head].probability, positive: heads[head].positive, evidence: heads[head].evidence }])) as ReturnType<typeof predicted>;
}

async function corpusInputs(file: string): Promise<Array<{ name: string; input: ModelInput }>> {
  return Promise.all(corpusCases(file).map(async (item) => ({ name: item.name, input: modelInputOf(selectMessageText(await item.mail())) })));
}

const EDGE_INPUTS: ModelInput[] = [
  { subject: '', body: '' },
  { subject: 'Löschung', body: 'Bitte LÖSCHEN Sie meine Daten, Straße 12, a@b.example https://x.example/y?z=1 !!' },
  { subject: "don't", body: "I'd like you to stop. Don’t email me again. $5 € 3 £ # ?" },
  { subject: 'x', body: `${'word '.repeat(5000)}delete` },
  { subject: 'a'.repeat(400), body: `${'b'.repeat(31)} ${'c'.repeat(30)} _n_ _url_ ab` },
  { subject: 'supercalifragilisticexpialidocious', body: 'ÆØÅ æøå İstanbul ǅ ﬁle 𝔡𝔢𝔩𝔢𝔱𝔢 données personnelles à supprimer' },
  { subject: 'Zahlungserinnerung', body: 'Rechnung offen', sender: 'Forderungs.Management+2026-rechnung' },
  { subject: 'hi', body: 'hi', sender: `no-reply.${'x'.repeat(200)}.ÉTÉ_info` },
];

describe('packed triage model', () => {
  it('hashes exactly the features featuresOf lists, in the same order of first appearance', () => {
    const hashes = new FeatureHashSet(16);
    for (const input of EDGE_INPUTS) {
      const names = [...featuresOf(input)];
      featureHashesOf(input, 3, hashes);
      expect(hashes.size).toBe(names.length);
      names.forEach((name, at) => {
        hashFeature(name, 3);
        expect([hashes.high[at], hashes.low[at]]).toEqual([lastHashHigh(), lastHashLow()]);
      });
    }
  });

  it('gives the probabilities and evidence of the Map-based predictor for every message of two corpus files', async () => {
    const inputs = [...(await corpusInputs('project-letters.txt')), ...(await corpusInputs('w1-01.txt'))];
    expect(inputs.length).toBeGreaterThan(100);
    for (const { name, input } of inputs) expect(predicted(packed, input), name).toEqual(referencePredict(input));
    for (const input of EDGE_INPUTS) expect(predicted(packed, input)).toEqual(referencePredict(input));
    // toEqual treats 0 and -0 alike but is exact for every other number; spot-check with === too.
    const first = inputs[0] as { input: ModelInput };
    expect(packed.predict(first.input).heads.deletion.probability === referencePredict(first.input).deletion.probability).toBe(true);
  });

  it('predicts the same from the shared model a worker thread is handed', async () => {
    expect(packed.packed?.features.table.buffer).toBeInstanceOf(SharedArrayBuffer);
    const handed = linearModelFromPacked(structuredClone(packed.packed as NonNullable<LinearModel['packed']>));
    for (const { input } of await corpusInputs('project-fixtures.txt')) expect(predicted(handed, input)).toEqual(predicted(packed, input));
  });

  it('finds every feature of the model by its hash, keeps the last row of a name given twice, and finds no other', () => {
    const features = packed.packed?.features as NonNullable<LinearModel['packed']>['features'];
    for (let row = 0; row < stored.features.length; row += 997) {
      hashFeature(stored.features[row] as string, features.seed);
      expect(rowOf(features, lastHashHigh(), lastHashLow())).toBe(row);
    }
    const twice = packFeatures(['w:a', 'w:b', 'w:a'], [1, 2, 3], 1);
    hashFeature('w:a', twice.seed);
    expect(rowOf(twice, lastHashHigh(), lastHashLow())).toBe(2);
    hashFeature('w:c', twice.seed);
    expect(rowOf(twice, lastHashHigh(), lastHashLow())).toBe(-1);
  });

  it('keeps the weights in the table as int16 when every one fits, and as int32 when one does not', () => {
    expect(packed.packed?.features.slotWeights).toBeInstanceOf(Int16Array);
    // The bigram "! !": this message has it, so its weight counts (and is evidence when it is high).
    const row = stored.features.indexOf('b:! !');
    expect(row).toBeGreaterThanOrEqual(0);
    const input: ModelInput = { subject: 'delete', body: '! ! please delete my account' };
    for (const big of [32_767, 32_768, -32_768, -32_769]) {
      const weights = Int32Array.from(stored.weights);
      weights[row * stored.heads.length] = big;
      const model = loadLinearModel({ ...stored, weights });
      expect(model.packed?.features.slotWeights, String(big)).toBeInstanceOf(big >= -32_768 && big <= 32_767 ? Int16Array : Int32Array);
      expect(predicted(model, input), String(big)).toEqual(referencePredict(input, Float64Array.from(weights, (weight) => weight / WEIGHT_SCALE)));
    }
  });

  it('reads the model file straight into the same packed arrays, and leaves any other layout to the general reader', () => {
    const direct = readPackedModel(Buffer.from(modelText))?.packed;
    const general = packed.packed;
    // Byte for byte (toEqual walks a million elements one by one).
    const bytes = (array: ArrayBufferView | undefined): Buffer => Buffer.from(new Uint8Array(array?.buffer ?? new ArrayBuffer(0), array?.byteOffset, array?.byteLength));
    for (const key of ['names', 'nameStart', 'weights', 'table'] as const) expect(bytes(direct?.features[key]).equals(bytes(general?.features[key])), key).toBe(true);
    expect(bytes(direct?.features.table).length).toBeGreaterThan(1_000_000);
    expect({ ...direct, features: null }).toEqual({ ...general, features: null });
    const rowsAt = modelText.indexOf('\n"rows":[\n') + '\n"rows":[\n'.length;
    const firstRow = modelText.slice(rowsAt, modelText.indexOf(',\n', rowsAt));
    const withRow = (row: string): string => modelText.replace(firstRow, row);
    const read = (text: string): LinearModel | null => readPackedModel(Buffer.from(text));
    // An escaped name, a weight in another spelling, a missing weight: the general reader decides.
    expect(read(withRow(firstRow.replace('["', '["\\u0041')))).toBeNull();
    expect(read(withRow(firstRow.replace(/,(-?\d+)\]$/, ',1e3]')))).toBeNull();
    expect(read(withRow(firstRow.replace(/,(-?\d+)\]$/, ']')))).toBeNull();
    expect(read(withRow(firstRow.replace(/,(-?\d+)\]$/, ',99999999999]')))).toBeNull();
    expect(read('{"rows": []}')).toBeNull();
    // Names beyond ASCII are decoded from UTF-8 as the general reader decodes them; bytes that are no UTF-8 are left to it.
    const wide = withRow(firstRow.replace('["', '["é€𝔡ß'));
    const wideDirect = read(wide)?.packed?.features;
    const wideGeneral = loadLinearModel(deserializeModel(wide)).packed?.features;
    expect(bytes(wideDirect?.names).equals(bytes(wideGeneral?.names))).toBe(true);
    expect(bytes(wideDirect?.table).equals(bytes(wideGeneral?.table))).toBe(true);
    const broken = Buffer.from(wide);
    broken[broken.indexOf(Buffer.from('é'))] = 0xff;
    expect(readPackedModel(broken)).toBeNull();
    const escaped = loadLinearModel(deserializeModel(withRow(firstRow.replace('["', '["\\u0041'))));
    hashFeature(`A${stored.features[0] as string}`, escaped.packed?.features.seed ?? 0);
    expect(rowOf(escaped.packed?.features as NonNullable<LinearModel['packed']>['features'], lastHashHigh(), lastHashLow())).toBe(0);
  });
});
