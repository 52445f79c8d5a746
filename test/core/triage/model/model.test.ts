import { describe, expect, it } from 'vitest';
import { featuresOf, tokensOf } from '../../../../src/core/triage/model/features.js';
import { loadLinearModel, MODEL_HEADS, type ModelHead } from '../../../../src/core/triage/model/linear.js';
import { deserializeModel, serializeModel } from '../../../../src/core/triage/model/serialize.js';
import { DEFAULT_TRAINING, quantizeWeight, STORED_WEIGHT_MAX, STORED_WEIGHT_MIN, trainLinearModel, type TrainingExample } from '../../../../src/core/triage/model/train.js';
import { fitInWorkers } from '../../../../src/app/fit-workers.js';
import { corpusEntryToMime, parseCorpusFile } from '../../../../src/core/corpus/format.js';
import { selectMessageText } from '../../../../src/core/triage/message-text.js';
import { modelInputOf } from '../../../../src/core/triage/model/input.js';
import { parseMail } from '../../../../src/io/mime.js';

function targets(...heads: ModelHead[]): Record<ModelHead, boolean> {
  return Object.fromEntries(MODEL_HEADS.map((head) => [head, heads.includes(head)])) as Record<ModelHead, boolean>;
}

const DELETE = ['please delete my account', 'delete all my data now', 'can you erase my profile', 'remove my account and data', 'wipe my account please', 'i want my data deleted'];
const ACCESS = ['send me a copy of my data', 'what data do you have about me', 'i want to see my records', 'copy of my medical records please', 'which information do you hold on me', 'give me access to my file'];
const OTHER = ['my invoice is wrong', 'the app crashes when i log in', 'can i move my appointment', 'we sell seo services for clinics', 'is there parking near the clinic', 'how much does a session cost'];
const AWAY = ['i am out of the office until monday', 'i am on holiday and will reply when i return', 'out of office with limited access to email', 'i am away until the 12th and will answer on my return'];

function corpus(): TrainingExample[] {
  const make = (texts: string[], heads: ModelHead[], prefix: string): TrainingExample[] =>
    texts.flatMap((text, at) => [0, 1, 2].map((copy) => ({ id: `${prefix}-${at}-${copy}`, input: { subject: copy === 0 ? '' : 'hello', body: copy === 2 ? `Hi,\n${text}.\nThanks` : text }, targets: targets(...heads) })));
  return [...make(DELETE, ['deletion'], 'del'), ...make(ACCESS, ['disclosure'], 'acc'), ...make(OTHER, [], 'oth'), ...make(AWAY, ['automated'], 'away')];
}

const options = { ...DEFAULT_TRAINING, folds: 3, epochs: 10 };

describe('model features', () => {
  it('folds case, diacritics and ß, and turns numbers, links and addresses into placeholders', () => {
    expect(tokensOf('Bitte LÖSCHEN, Straße 12, a@b.example https://x.example/y?z=1')).toEqual(['bitte', 'loschen', 'strasse', '_n_', '_email_', '_url_']);
    const one = featuresOf({ subject: '', body: 'Löschung' });
    const two = featuresOf({ subject: '', body: 'loschung' });
    expect([...one].sort()).toEqual([...two].sort());
  });

  it("reads the sender's local part as words of its own, without character n-grams", () => {
    const features = featuresOf({ subject: '', body: 'Bitte zahlen', sender: 'Facturen.NoReply+2026_ÉTÉ' });
    expect([...features].filter((name) => name.startsWith('a:')).sort()).toEqual(['a:ete', 'a:facturen', 'a:noreply']);
    expect(features.has('c:<fac')).toBe(false);
    expect(featuresOf({ subject: '', body: 'Bitte zahlen' }).size).toBe(features.size - 3);
  });

  it("gives the model the From address's local part, not its domain or display name", async () => {
    const { entries } = parseCorpusFile('=== t\nlabels: other\nlang: nl\nfrom: Debiteurenbeheer Praktijk <facturen-team@praktijk.example.nl>\nsubject: Herinnering\n--- text\nFactuur 118 staat open.\n', 't.txt');
    const mail = await parseMail(Buffer.from(corpusEntryToMime(entries[0]!)), { maxBytes: 1e6 });
    const input = modelInputOf(selectMessageText(mail));
    expect(input.sender).toBe('facturen-team');
    expect([...featuresOf(input)].filter((name) => name.startsWith('a:')).sort()).toEqual(['a:facturen', 'a:team']);
  });

  it('shares character n-grams between a typo and the word', () => {
    const typo = featuresOf({ subject: '', body: 'delte' });
    expect(typo.has('c:<del')).toBe(true);
    expect(featuresOf({ subject: '', body: 'delete' }).has('c:<del')).toBe(true);
  });

  it('reads a bounded part of a huge message', () => {
    const huge = featuresOf({ subject: 'x', body: `${'word '.repeat(400_000)}delete` });
    expect(huge.has('w:delete')).toBe(false);
    expect(huge.size).toBeLessThan(50);
  });
});

describe('training and prediction', async () => {
  it('learns the labels of its training data and says which words decided', async () => {
    const { model } = await trainLinearModel(corpus(), options, {});
    const loaded = loadLinearModel(deserializeModel(serializeModel(model)));
    const deletion = loaded.predict({ subject: '', body: 'please erase my data' });
    expect(deletion.heads.deletion.positive).toBe(true);
    expect(deletion.heads.disclosure.positive).toBe(false);
    expect(deletion.heads.deletion.evidence.length).toBeGreaterThan(0);
    expect(loaded.predict({ subject: '', body: 'what records do you hold about me' }).heads.disclosure.positive).toBe(true);
    expect(loaded.predict({ subject: '', body: 'i am out of the office until friday' }).heads.automated.positive).toBe(true);
    const support = loaded.predict({ subject: '', body: 'the app crashes on my phone' });
    expect(MODEL_HEADS.filter((head) => support.heads[head].positive)).toEqual([]);
  });

  it('trains on naive-Bayes-scaled features and ships them folded into the weights (NBSVM)', async () => {
    const scaled = { ...options, naiveBayes: 0.25 };
    const { model } = await trainLinearModel(corpus(), scaled, {});
    const loaded = loadLinearModel(deserializeModel(serializeModel(model)));
    expect(loaded.predict({ subject: '', body: 'please erase my data' }).heads.deletion.positive).toBe(true);
    expect(loaded.predict({ subject: '', body: 'what records do you hold about me' }).heads.disclosure.positive).toBe(true);
    expect(loaded.predict({ subject: '', body: 'i am out of the office until friday' }).heads.automated.positive).toBe(true);
    const plain = serializeModel((await trainLinearModel(corpus(), { ...options, naiveBayes: 0 }, {})).model);
    expect(serializeModel(model)).not.toBe(plain);
    expect(serializeModel((await trainLinearModel(corpus(), scaled, {})).model)).toBe(serializeModel(model));
  });

  it('stores every weight within int16, so the packed table stays narrow however large the fit made one', async () => {
    expect([quantizeWeight(0.0004), quantizeWeight(-0.0004), quantizeWeight(-1.2346), quantizeWeight(40), quantizeWeight(-40)]).toEqual([0, 0, -1235, STORED_WEIGHT_MAX, STORED_WEIGHT_MIN]);
    expect(Object.is(quantizeWeight(-0.0004), -0)).toBe(false);
    // A learning rate this large drives weights far past 32.767 (in thousandths, past int16).
    const { model } = await trainLinearModel(corpus(), { ...options, learningRate: 2000, l2: 0 }, {});
    expect(model.weights.some((weight) => weight === STORED_WEIGHT_MAX || weight === STORED_WEIGHT_MIN)).toBe(true);
    expect(model.weights.every((weight) => weight >= STORED_WEIGHT_MIN && weight <= STORED_WEIGHT_MAX)).toBe(true);
    expect(loadLinearModel(deserializeModel(serializeModel(model))).packed?.features.slotWeights).toBeInstanceOf(Int16Array);
  });

  it('gives the same bytes on worker threads as in one thread', async () => {
    const here = serializeModel((await trainLinearModel(corpus(), options, {})).model);
    expect(serializeModel((await trainLinearModel(corpus(), options, {}, fitInWorkers(2))).model)).toBe(here);
    expect(serializeModel((await trainLinearModel(corpus(), options, {}, fitInWorkers(3))).model)).toBe(here);
  });

  it('gives the same bytes for the same corpus and seed, and other bytes for another seed', async () => {
    const first = serializeModel((await trainLinearModel(corpus(), options, {})).model);
    const second = serializeModel((await trainLinearModel(corpus(), options, {})).model);
    const reseeded = serializeModel((await trainLinearModel(corpus(), { ...options, seed: 7 }, {})).model);
    expect(second).toBe(first);
    expect(reseeded).not.toBe(first);
  });

  it('refuses a damaged model file instead of using half of it', async () => {
    const stored = deserializeModel(serializeModel((await trainLinearModel(corpus(), options, {})).model)) as Record<string, unknown>;
    expect(() => loadLinearModel({ ...stored, format: 'something-else/9' })).toThrow(/format/);
    expect(() => loadLinearModel({ ...stored, weights: (stored.weights as number[]).slice(1) })).toThrow(/weights do not match/);
    expect(() => loadLinearModel({ ...stored, thresholds: [] })).toThrow(/threshold/);
    expect(() => deserializeModel('{"header": ')).toThrow();
  });

  it('reads the file a row at a time into the same weights and refuses a damaged row', async () => {
    const { model } = await trainLinearModel(corpus(), options, {});
    const text = serializeModel(model);
    const read = deserializeModel(text) as { features: string[]; weights: Int32Array };
    expect(read.weights).toBeInstanceOf(Int32Array);
    expect(read.features).toEqual(model.features);
    expect(Array.from(read.weights)).toEqual(model.weights);
    expect(serializeModel(loadStored(read))).toBe(text);
    const [head, firstRow] = text.split('\n', 3).slice(1) as [string, string];
    const damaged = (row: string) => text.replace(`\n${firstRow}`, `\n${row}`);
    expect(head).toBe('"rows":[');
    expect(() => deserializeModel(damaged(firstRow.replace(/,(-?\d+)\]/, ',1.5]')))).toThrow(/32-bit integer/);
    expect(() => deserializeModel(damaged(firstRow.replace(/,(-?\d+)\]/, ']')))).toThrow(/row 1/);
    expect(() => deserializeModel(damaged(firstRow.replace(/,(-?\d+)\]/, ',$1,7]')))).toThrow(/row 1/);

    function loadStored(value: { features: string[]; weights: Int32Array }): typeof model {
      return { ...model, ...value, weights: Array.from(value.weights) };
    }
  });
});
