import { featuresOf, type ModelInput } from './features.js';
import { fitHere, indexFeatures, sigmoid, type FeatureIndex, type FitData, type FitJob, type FitOutcome, type FitRunner } from './fit.js';
import { MODEL_FORMAT, MODEL_HEADS, WEIGHT_SCALE, type ModelHead, type StoredModel } from './linear.js';
import { fitStackHead, STACK_LABELS, stackInputs, type RuleSignals, type StackModel } from './stack.js';
import { bestThreshold, platt, round } from './calibration.js';

export interface TrainingExample {
  id: string;
  input: ModelInput;
  targets: Record<ModelHead, boolean>;
  /** What the rules said about this message: with it, the stack that weighs rules and model is fitted. */
  rules?: RuleSignals;
}

export interface TrainingOptions {
  seed: number;
  epochs: number;
  /** L2 penalty per update: keeps rare n-grams from memorising single messages. */
  l2: number;
  learningRate: number;
  /**
   * A feature must occur in this many training messages to get a weight. 4, not 3: cross-validated
   * after round 13 (15,411 messages) 0.8984 against 0.8988, and the file is about a fifth smaller.
   */
  minDocumentFrequency: number;
  folds: number;
  /**
   * Naive-Bayes log-count ratios as feature values (Wang & Manning 2012, NBSVM): 0 trains on plain
   * presence; a positive value is the smoothing count of those ratios.
   */
  naiveBayes: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { seed: 20261202, epochs: 14, l2: 2e-6, learningRate: 0.1, minDocumentFrequency: 4, folds: 5, naiveBayes: 0.5 };

export interface CrossValidated {
  id: string;
  /** Calibrated out-of-fold probability per head. */
  probabilities: Record<ModelHead, number>;
}

export interface TrainingResult {
  model: StoredModel;
  crossValidated: CrossValidated[];
}

export interface CrossValidation {
  /** Calibrated out-of-fold probability per example and head (MODEL_HEADS order). */
  probabilities: number[][];
  calibration: Array<{ a: number; b: number }>;
  thresholds: number[];
  stack: StackModel | null;
}

/** The stored weight's bounds: the packed table holds int16 weights (packed.ts), half the memory of int32. */
export const STORED_WEIGHT_MIN = -0x8000;
export const STORED_WEIGHT_MAX = 0x7fff;

/**
 * A weight as stored: thousandths, rounded, within int16. Trained on rounds 1-50, one weight of
 * 218k x 10 (a link's, for complaint: -34.244) passed -32.768 and the packed table fell back to
 * int32, doubling its memory. Clamping the few that pass moves a message's score by a fraction of
 * what one common word does; a stronger L2 penalty would instead shrink every weight.
 */
export function quantizeWeight(weight: number): number {
  // `|| 0`: a tiny negative weight rounds to -0, which the file writes as 0; the model in memory must match it.
  return Math.min(STORED_WEIGHT_MAX, Math.max(STORED_WEIGHT_MIN, Math.round(weight * WEIGHT_SCALE))) || 0;
}

function fitDataOf(examples: readonly TrainingExample[], index: FeatureIndex): FitData {
  const targets = new Uint8Array(examples.length * MODEL_HEADS.length);
  examples.forEach((example, at) => MODEL_HEADS.forEach((head, column) => (targets[at * MODEL_HEADS.length + column] = example.targets[head] ? 1 : 0)));
  return { ranks: index.ranks, featureCount: index.names.length, targets };
}

/** The k folds' jobs: every message is tested in exactly one fold, trained on in the others. */
function foldJobs(count: number, options: TrainingOptions): FitJob[] {
  const all = Array.from({ length: count }, (_, at) => at);
  return Array.from({ length: options.folds }, (_, fold) => ({
    trainAt: Int32Array.from(all.filter((at) => at % options.folds !== fold)),
    testAt: Int32Array.from(all.filter((at) => at % options.folds === fold)),
    seed: options.seed + fold + 1,
    keepWeights: false,
  }));
}

/** Calibration, thresholds and the second stage, fitted on the folds' out-of-fold scores. */
function fromOutOfFold(examples: readonly TrainingExample[], folds: readonly FitJob[], outcomes: readonly FitOutcome[]): CrossValidation {
  const headCount = MODEL_HEADS.length;
  const outOfFold = examples.map(() => new Float64Array(headCount));
  folds.forEach((job, fold) => {
    const scores = (outcomes[fold] as FitOutcome).testScores;
    job.testAt.forEach((at, position) => (outOfFold[at] as Float64Array).set(scores.subarray(position * headCount, (position + 1) * headCount)));
  });
  const calibration = MODEL_HEADS.map((head, at) =>
    platt(
      outOfFold.map((scores) => scores[at] as number),
      examples.map((example) => example.targets[head]),
    ),
  );
  const probabilities = outOfFold.map((scores) => MODEL_HEADS.map((_, at) => sigmoid((calibration[at]?.a ?? 1) * (scores[at] as number) + (calibration[at]?.b ?? 0))));
  const thresholds = MODEL_HEADS.map((head, at) =>
    bestThreshold(
      probabilities.map((row) => row[at] as number),
      examples.map((example) => example.targets[head]),
    ),
  );

  const byHead = (row: number[]): Record<ModelHead, number> => Object.fromEntries(MODEL_HEADS.map((head, at) => [head, row[at] as number])) as Record<ModelHead, number>;
  const stack = examples.every((example) => example.rules !== undefined)
    ? (Object.fromEntries(
        STACK_LABELS.map((label) => {
          return [label, fitStackHead(examples.map((example, at) => ({ inputs: stackInputs(label, byHead(probabilities[at] as number[]), example.rules as RuleSignals), target: example.targets[label] })))];
        }),
      ) as StackModel)
    : null;
  return { probabilities, calibration, thresholds, stack };
}

/**
 * k-fold cross-validation: every example gets an out-of-fold score, on which calibration, thresholds
 * and the second stage are fitted. Also the measure by which training settings are chosen
 * (scripts/cv.ts), so the held-out split is looked at only once.
 */
export async function crossValidate(examples: readonly TrainingExample[], featureSets: readonly Set<string>[], options: TrainingOptions, runner: FitRunner = fitHere): Promise<CrossValidation> {
  const data = fitDataOf(examples, indexFeatures(featureSets));
  const folds = foldJobs(examples.length, options);
  return fromOutOfFold(examples, folds, await runner(data, folds, options));
}

/**
 * Trains the shipped model: k-fold cross-validation gives every example an out-of-fold score, on
 * which calibration and thresholds are fitted; then the final weights are trained on everything.
 * The final fit and the folds are independent jobs, so `runner` may run them side by side. Same
 * examples, same options: same bytes.
 */
export async function trainLinearModel(examples: readonly TrainingExample[], options: TrainingOptions, describe: Record<string, unknown>, runner: FitRunner = fitHere): Promise<TrainingResult> {
  const index = indexFeatures(examples.map((example) => featuresOf(example.input)));
  const headCount = MODEL_HEADS.length;
  const folds = foldJobs(examples.length, options);
  const everything = Int32Array.from(examples, (_, at) => at);
  // The final fit trains on the most messages: first, so it is not the one left running alone.
  const [final, ...foldOutcomes] = await runner(fitDataOf(examples, index), [{ trainAt: everything, testAt: new Int32Array(0), seed: options.seed, keepWeights: true }, ...folds], options);
  const { probabilities, calibration, thresholds, stack } = fromOutOfFold(examples, folds, foldOutcomes);
  const finalWeights = (final as FitOutcome).weights as Float64Array;
  // Features whose weights all round to zero carry nothing: leaving them out keeps the file small.
  const kept: string[] = [];
  const weights: number[] = [];
  (final as FitOutcome).kept.forEach((rank, row) => {
    const quantized = MODEL_HEADS.map((_, head) => quantizeWeight(finalWeights[row * headCount + head] as number));
    if (quantized.every((weight) => weight === 0)) return;
    kept.push(index.names[rank] as string);
    weights.push(...quantized);
  });
  return {
    model: {
      format: MODEL_FORMAT,
      heads: [...MODEL_HEADS],
      features: kept,
      weights,
      bias: Array.from((final as FitOutcome).bias, (value) => round(value, 4)),
      calibration,
      thresholds,
      stack,
      training: { ...describe, examples: examples.length, features: kept.length, options },
    },
    crossValidated: examples.map((example, at) => ({
      id: example.id,
      probabilities: Object.fromEntries(MODEL_HEADS.map((head, index) => [head, (probabilities[at] as number[])[index] as number])) as Record<ModelHead, number>,
    })),
  };
}
