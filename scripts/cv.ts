// `npx tsx scripts/cv.ts [key=value ...]`: scores training settings by 5-fold cross-validation on the
// TRAIN split only, through the whole `both` pipeline (rules, model, second stage, automated
// checks), so settings are chosen without looking at the held-out split. Each argument overrides one
// TrainingOptions field (e.g. `epochs=10 l2=1e-5`); separate variants with `--` to compare several
// in one run (the corpus is read once). Prints macro-F1, per label, per language and automated
// precision/recall, and the heads' own cross-validated F1.
import { performance } from 'node:perf_hooks';
import { exampleOf } from '../src/app/train-model.js';
import { fitInWorkers } from '../src/app/fit-workers.js';
import { loadCorpus, type LoadedCorpusEntry } from '../src/app/corpus.js';
import { scoreBy, scoreHardPart, scoreSamples, type ScoredSample } from '../src/app/eval-score.js';
import { featuresOf } from '../src/core/triage/model/features.js';
import { MODEL_HEADS, type LinearModel, type ModelHead, type ModelPrediction } from '../src/core/triage/model/linear.js';
import { crossValidate, DEFAULT_TRAINING, type TrainingExample, type TrainingOptions } from '../src/core/triage/model/train.js';
import { triageOffline } from '../src/core/triage/offline.js';
import { selectMessageText } from '../src/core/triage/message-text.js';
import { FIRST_PERSON_SINGULAR } from '../src/core/triage/masks.js';
import { LABELS } from '../src/types.js';

const OWN_ADDRESSES = ['privacy@example.com'];

function parseVariants(args: readonly string[]): Array<Partial<TrainingOptions>> {
  const variants: Array<Partial<TrainingOptions>> = [{}];
  for (const arg of args) {
    if (arg === '--') {
      variants.push({});
      continue;
    }
    const [key, value] = arg.split('=');
    if (!key || value === undefined) throw new Error(`expected key=value, got ${arg}`);
    const current = variants[variants.length - 1] as Record<string, unknown>;
    const number = Number(value);
    current[key] = Number.isFinite(number) ? number : value === 'true' ? true : value === 'false' ? false : value;
  }
  return variants;
}

const started = performance.now();
const corpus = (await loadCorpus(['corpus/written'], (_entry, split) => split === 'train')) as LoadedCorpusEntry[];
const examples: TrainingExample[] = corpus.map(exampleOf);
console.log(`read ${examples.length} training messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);

for (const variant of parseVariants(process.argv.slice(2))) {
  const options: TrainingOptions = { ...DEFAULT_TRAINING, ...variant };
  const t0 = performance.now();
  const featureSets = examples.map((example) => featuresOf(example.input));
  const cv = await crossValidate(examples, featureSets, options, fitInWorkers());
  let current = 0;
  const model: LinearModel = {
    training: {},
    stack: cv.stack,
    predict(): ModelPrediction {
      const row = cv.probabilities[current] as number[];
      const heads = Object.fromEntries(
        MODEL_HEADS.map((head, at) => [head, { head, probability: row[at] as number, positive: (row[at] as number) >= (cv.thresholds[at] as number), evidence: [] as string[] }]),
      ) as unknown as ModelPrediction['heads'];
      return { heads };
    },
  };
  const asked = new Set<number>();
  const scored: ScoredSample[] = corpus.map((loaded, at) => {
    current = at;
    const verdict = triageOffline(loaded.mail, { ownAddresses: OWN_ADDRESSES, mode: 'both', model: { ...model, predict: (input) => (asked.add(at), model.predict(input)) } });
    const { entry } = loaded;
    return { expected: { primary: entry.primary, labels: entry.labels, language: entry.language, automated: entry.automated }, styles: entry.styles, verdict };
  });
  // The automated flag at other bars for the model's "automated" head, without rerunning: the rules'
  // own flags stay, a request-less verdict (not disputed) is flagged at the bar, the request path
  // (MODEL_AUTOMATED_REQUEST_PROBABILITY) is unchanged.
  const scores = scoreSamples(scored);
  const automatedHead = MODEL_HEADS.indexOf('automated');
  const sweep = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.94, 0.95, 0.96, 0.97].map((bar) => {
    let tp = 0;
    let fp = 0;
    const falseIds: string[] = [];
    let falseRequests = 0;
    scored.forEach((sample, at) => {
      const probability = (cv.probabilities[at] as number[])[automatedHead] as number;
      const byModel = (sample.verdict.automated?.reason ?? '').includes('learned model');
      const requestLess = sample.verdict.labels.length === 1 && sample.verdict.labels[0] === 'other';
      const byRules = sample.verdict.automated !== null && !byModel;
      const byHead = asked.has(at) && requestLess && sample.verdict.disputed !== true && probability >= bar;
      const flagged = byRules || (byModel && !requestLess) || byHead;
      if (flagged && sample.expected.automated) tp += 1;
      else if (flagged) {
        fp += 1;
        // A person's mail with no request that is set aside as machine mail still reaches the team
        // in the daily summary; a person's request set aside is what the bar must keep out.
        const request = sample.expected.labels.some((label) => label !== 'other');
        if (request) falseRequests += 1;
        if (!byRules) falseIds.push(`${corpus[at]?.entry.id ?? '?'}${request ? '(request)' : ''}`);
      }
    });
    return `${bar}: ${(tp / Math.max(1, tp + fp)).toFixed(4)} / ${(tp / Math.max(1, scores.automated.support)).toFixed(4)}, ${fp} people's mail flagged, ${falseRequests} of them requests${falseIds.length > 0 ? ` (model's false: ${falseIds.join(' ')})` : ''}`;
  });
  // A second, lower bar for mail with no first-person singular in its new text that answers nothing
  // (not a reply): notices speak of "you" and "we", people of "I" (the main bar stays).
  const impersonal = corpus.map((loaded) => {
    const text = selectMessageText(loaded.mail);
    return text.isReply !== true && !FIRST_PERSON_SINGULAR.test(text.body);
  });
  const impersonalSweep = [0.6, 0.7, 0.75, 0.8, 0.85].map((bar) => {
    let tp = 0;
    let fp = 0;
    let falseRequests = 0;
    const falseIds: string[] = [];
    scored.forEach((sample, at) => {
      const probability = (cv.probabilities[at] as number[])[automatedHead] as number;
      const requestLess = sample.verdict.labels.length === 1 && sample.verdict.labels[0] === 'other';
      const lowered = sample.verdict.automated === null && asked.has(at) && requestLess && sample.verdict.disputed !== true && impersonal[at] === true && probability >= bar;
      if (!(sample.verdict.automated !== null || lowered)) return;
      if (sample.expected.automated) tp += 1;
      else {
        fp += 1;
        const request = sample.expected.labels.some((label) => label !== 'other');
        if (request) falseRequests += 1;
        if (lowered) falseIds.push(`${corpus[at]?.entry.id ?? '?'}${request ? '(request)' : ''}`);
      }
    });
    return `${bar}: ${(tp / Math.max(1, tp + fp)).toFixed(4)} / ${(tp / Math.max(1, scores.automated.support)).toFixed(4)}, ${fp} people's mail flagged, ${falseRequests} of them requests (newly: ${falseIds.join(' ')})`;
  });
  const hard = scoreHardPart(scored).hard;
  const languages = scoreBy(scored, (sample) => [sample.expected.language]);
  const heads = MODEL_HEADS.map((head: ModelHead, at) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((example, row) => {
      const predicted = ((cv.probabilities[row] as number[])[at] as number) >= (cv.thresholds[at] as number);
      if (predicted && example.targets[head]) tp += 1;
      else if (predicted) fp += 1;
      else if (example.targets[head]) fn += 1;
    });
    return `${head} ${((2 * tp) / Math.max(1, 2 * tp + fp + fn)).toFixed(3)}`;
  });
  console.log(`\n== ${JSON.stringify(variant)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  console.log(`both: macro-F1 ${scores.macroF1.toFixed(4)}  exact ${scores.exactMatch.toFixed(3)}  hard ${hard.macroF1.toFixed(3)}  automated P/R ${scores.automated.precision.toFixed(3)} / ${scores.automated.recall.toFixed(3)} (${scores.automated.truePositives}/${scores.automated.support}, ${scores.automated.predicted} flagged)`);
  console.log(`labels: ${LABELS.map((label) => `${label} ${scores.perClass[label].f1.toFixed(3)}`).join('  ')}`);
  console.log(`languages: ${Object.entries(languages).map(([language, group]) => `${language} ${group.macroF1.toFixed(3)}`).join('  ')}`);
  console.log(`heads (model alone): ${heads.join('  ')}`);
  console.log(`automated precision / recall by the head's bar (MODEL_AUTOMATED_PROBABILITY):\n  ${sweep.join('\n  ')}`);
  console.log(`plus a lower bar for impersonal mail that is no reply (no first-person singular):\n  ${impersonalSweep.join('\n  ')}`);
  console.log(`thresholds ${cv.thresholds.join(' ')}; stack thresholds ${cv.stack ? Object.values(cv.stack).map((head) => head.threshold).join(' ') : '-'}`);
}
