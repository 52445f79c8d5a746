import { featuresOf, type ModelInput } from './features.js';
import { featureScale, MODEL_FORMAT, MODEL_HEADS, WEIGHT_SCALE, type ModelHead, type StoredModel } from './linear.js';
import { fitStackHead, STACK_LABELS, stackInputs, type RuleSignals, type StackModel } from './stack.js';
import { seededRandom } from '../../seeded-random.js';
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

interface Encoded {
  rows: Int32Array;
  scale: number;
  targets: boolean[];
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

function vocabulary(featureSets: readonly Set<string>[], minDf: number): string[] {
  const df = new Map<string, number>();
  for (const features of featureSets) for (const feature of features) df.set(feature, (df.get(feature) ?? 0) + 1);
  return [...df.entries()]
    .filter(([, count]) => count >= minDf)
    .map(([feature]) => feature)
    .sort();
}

function encode(featureSets: readonly Set<string>[], examples: readonly TrainingExample[], vocab: Map<string, number>): Encoded[] {
  return examples.map((example, at) => {
    const features = featureSets[at] as Set<string>;
    const rows: number[] = [];
    for (const feature of features) {
      const row = vocab.get(feature);
      if (row !== undefined) rows.push(row);
    }
    rows.sort((a, b) => a - b);
    return { rows: Int32Array.from(rows), scale: featureScale(features.size), targets: MODEL_HEADS.map((head) => example.targets[head]) };
  });
}

/**
 * Per head, how much more often each feature occurs in that head's positives than in its negatives
 * (the naive-Bayes log-count ratio, magnitude only: the weight learns the sign). Trained on as the
 * feature's value, it lets a word that tells the labels apart move further than one that occurs
 * everywhere. Cross-validated on the train split (13,667 messages), macro-F1 0.8946 -> 0.8994 at a
 * smoothing of 0.5 (0.1: 0.8968, 0.25: 0.8982, 1: 0.8980).
 */
function naiveBayesRatios(data: readonly Encoded[], featureCount: number, smoothing: number): Float64Array {
  const headCount = MODEL_HEADS.length;
  const ratios = new Float64Array(featureCount * headCount).fill(1);
  if (smoothing <= 0) return ratios;
  const positive = new Float64Array(featureCount * headCount);
  const negative = new Float64Array(featureCount * headCount);
  for (const item of data) {
    for (const row of item.rows) {
      for (let head = 0; head < headCount; head += 1) {
        const cell = row * headCount + head;
        if (item.targets[head]) positive[cell] = (positive[cell] as number) + 1;
        else negative[cell] = (negative[cell] as number) + 1;
      }
    }
  }
  for (let head = 0; head < headCount; head += 1) {
    let positiveTotal = 0;
    let negativeTotal = 0;
    for (let row = 0; row < featureCount; row += 1) {
      positiveTotal += (positive[row * headCount + head] as number) + smoothing;
      negativeTotal += (negative[row * headCount + head] as number) + smoothing;
    }
    for (let row = 0; row < featureCount; row += 1) {
      const cell = row * headCount + head;
      ratios[cell] = Math.abs(Math.log((((positive[cell] as number) + smoothing) / positiveTotal) / (((negative[cell] as number) + smoothing) / negativeTotal)));
    }
  }
  return ratios;
}

/**
 * One-vs-rest logistic regression with AdaGrad steps and L2, every head at once, each feature
 * valued by its naive-Bayes ratio when `naiveBayes` is set (folded into the returned weights, so
 * prediction needs no ratios). Positives of a rare label weigh more (up to 5x), so child_data is
 * not drowned by the rest.
 */
function fit(data: readonly Encoded[], featureCount: number, options: TrainingOptions): { weights: Float64Array; bias: Float64Array } {
  const headCount = MODEL_HEADS.length;
  const ratios = naiveBayesRatios(data, featureCount, options.naiveBayes);
  const weights = new Float64Array(featureCount * headCount);
  const squares = new Float64Array(featureCount * headCount);
  const bias = new Float64Array(headCount);
  const biasSquares = new Float64Array(headCount);
  const positives = MODEL_HEADS.map((_, head) => data.filter((item) => item.targets[head]).length);
  const positiveWeight = positives.map((count) => (count === 0 ? 1 : Math.min(5, Math.sqrt((data.length - count) / count))));
  const random = seededRandom(options.seed);
  const order = data.map((_, at) => at);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let at = order.length - 1; at > 0; at -= 1) {
      const swap = Math.floor(random() * (at + 1));
      [order[at], order[swap]] = [order[swap] as number, order[at] as number];
    }
    for (const index of order) {
      const item = data[index] as Encoded;
      for (let head = 0; head < headCount; head += 1) {
        let score = bias[head] as number;
        for (const row of item.rows) score += (weights[row * headCount + head] as number) * (ratios[row * headCount + head] as number) * item.scale;
        const target = item.targets[head] ? 1 : 0;
        const gradient = (sigmoid(score) - target) * (target ? (positiveWeight[head] as number) : 1);
        biasSquares[head] = (biasSquares[head] as number) + gradient * gradient;
        bias[head] = (bias[head] as number) - (options.learningRate * gradient) / Math.sqrt((biasSquares[head] as number) + 1e-8);
        for (const row of item.rows) {
          const cell = row * headCount + head;
          const step = gradient * (ratios[cell] as number) * item.scale + options.l2 * (weights[cell] as number);
          squares[cell] = (squares[cell] as number) + step * step;
          weights[cell] = (weights[cell] as number) - (options.learningRate * step) / Math.sqrt((squares[cell] as number) + 1e-8);
        }
      }
    }
  }
  for (let cell = 0; cell < weights.length; cell += 1) weights[cell] = (weights[cell] as number) * (ratios[cell] as number);
  return { weights, bias };
}

function scoreOf(item: Encoded, weights: Float64Array, bias: Float64Array, head: number): number {
  const headCount = MODEL_HEADS.length;
  let score = bias[head] as number;
  for (const row of item.rows) score += (weights[row * headCount + head] as number) * item.scale;
  return score;
}

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

/**
 * k-fold cross-validation: every example gets an out-of-fold score, on which calibration, thresholds
 * and the second stage are fitted. Also the measure by which training settings are chosen
 * (scripts/cv.ts), so the held-out split is looked at only once.
 */
export function crossValidate(examples: readonly TrainingExample[], featureSets: readonly Set<string>[], options: TrainingOptions): CrossValidation {
  const headCount = MODEL_HEADS.length;
  const foldOf = examples.map((_, at) => at % options.folds);
  const outOfFold = examples.map(() => new Float64Array(headCount));
  for (let fold = 0; fold < options.folds; fold += 1) {
    const trainAt = examples.map((_, at) => at).filter((at) => foldOf[at] !== fold);
    const testAt = examples.map((_, at) => at).filter((at) => foldOf[at] === fold);
    const vocab = new Map(vocabulary(trainAt.map((at) => featureSets[at] as Set<string>), options.minDocumentFrequency).map((feature, row) => [feature, row]));
    const trained = fit(
      encode(
        trainAt.map((at) => featureSets[at] as Set<string>),
        trainAt.map((at) => examples[at] as TrainingExample),
        vocab,
      ),
      vocab.size,
      { ...options, seed: options.seed + fold + 1 },
    );
    const tested = encode(
      testAt.map((at) => featureSets[at] as Set<string>),
      testAt.map((at) => examples[at] as TrainingExample),
      vocab,
    );
    tested.forEach((item, position) => {
      for (let head = 0; head < headCount; head += 1) (outOfFold[testAt[position] as number] as Float64Array)[head] = scoreOf(item, trained.weights, trained.bias, head);
    });
  }
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
 * Trains the shipped model: k-fold cross-validation gives every example an out-of-fold score, on
 * which calibration and thresholds are fitted; then the final weights are trained on everything.
 * Same examples, same options: same bytes.
 */
export function trainLinearModel(examples: readonly TrainingExample[], options: TrainingOptions, describe: Record<string, unknown>): TrainingResult {
  const featureSets = examples.map((example) => featuresOf(example.input));
  const headCount = MODEL_HEADS.length;
  const { probabilities, calibration, thresholds, stack } = crossValidate(examples, featureSets, options);

  const features = vocabulary(featureSets, options.minDocumentFrequency);
  const vocab = new Map(features.map((feature, row) => [feature, row]));
  const final = fit(encode(featureSets, examples, vocab), features.length, options);
  // Features whose weights all round to zero carry nothing: leaving them out keeps the file small.
  const kept: string[] = [];
  const weights: number[] = [];
  features.forEach((feature, row) => {
    // `|| 0`: a tiny negative weight rounds to -0, which the file writes as 0; the model in memory must match it.
    const quantized = MODEL_HEADS.map((_, head) => Math.round((final.weights[row * headCount + head] as number) * WEIGHT_SCALE) || 0);
    if (quantized.every((weight) => weight === 0)) return;
    kept.push(feature);
    weights.push(...quantized);
  });
  return {
    model: {
      format: MODEL_FORMAT,
      heads: [...MODEL_HEADS],
      features: kept,
      weights,
      bias: Array.from(final.bias, (value) => round(value, 4)),
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
