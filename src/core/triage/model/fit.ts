import { featureScale, MODEL_HEADS } from './linear.js';
import { seededRandom } from '../../seeded-random.js';
import type { TrainingOptions } from './train.js';

/**
 * One logistic-regression fit of the triage model: a vocabulary from the messages it trains on, the
 * weights, and the scores of the messages it is tested on. Cross-validation's folds and the final
 * fit are such jobs, independent of each other, so they can run side by side (src/app/fit-workers.ts);
 * each is the same arithmetic wherever it runs, so the shipped weights stay reproducible.
 */

/** What every fit reads: each message's feature ranks (FeatureIndex) and its targets, heads side by side. */
export interface FitData {
  ranks: readonly Int32Array[];
  featureCount: number;
  /** 1 or 0 per message and head (MODEL_HEADS order). */
  targets: Uint8Array;
}

export interface FitJob {
  trainAt: Int32Array;
  testAt: Int32Array;
  seed: number;
  /** The final fit keeps its weights; a fold only scores its held-back messages. */
  keepWeights: boolean;
}

export interface FitOutcome {
  /** Raw scores of the tested messages, heads side by side. */
  testScores: Float64Array;
  /** The ranks that got a row, in row order. */
  kept: Int32Array;
  weights: Float64Array | null;
  bias: Float64Array;
}

/** Runs fit jobs, in order of the answers: in this thread (`fitHere`) or in worker threads. */
export type FitRunner = (data: FitData, jobs: readonly FitJob[], options: TrainingOptions) => Promise<FitOutcome[]>;

interface Encoded {
  rows: Int32Array;
  scale: number;
  targets: boolean[];
}

export const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/**
 * Every feature name of the training set once, sorted, and each message as the ascending ranks of
 * its features. Counting and encoding then work on integers: with strings, each fold's vocabulary
 * and encoding hashed and sorted millions of n-grams again, and the collector spent a third of the
 * training run on them. Ranks keep the sorted order, so rows (and every weight) stay what they were.
 */
export interface FeatureIndex {
  names: string[];
  ranks: Int32Array[];
}

export function indexFeatures(featureSets: readonly Set<string>[]): FeatureIndex {
  // One lookup per feature: each set is first written as ids in order of first sight, then as ranks.
  const idOf = new Map<string, number>();
  const idRows = featureSets.map((features) => {
    const row = new Int32Array(features.size);
    let at = 0;
    for (const feature of features) {
      let id = idOf.get(feature);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(feature, id);
      }
      row[at++] = id;
    }
    return row;
  });
  const names = [...idOf.keys()].sort();
  const rankOfId = new Int32Array(names.length);
  names.forEach((name, rank) => {
    rankOfId[idOf.get(name) as number] = rank;
  });
  const ranks = idRows.map((row) => row.map((id) => rankOfId[id] as number).sort());
  return { names, ranks };
}

/** Row of each rank in the vocabulary of `examples` (-1: too rare to get a weight), and the kept ranks. */
function vocabulary(data: FitData, examples: ArrayLike<number>, minDf: number): { rowOfRank: Int32Array; kept: number[] } {
  const df = new Int32Array(data.featureCount);
  for (let at = 0; at < examples.length; at += 1) for (const rank of data.ranks[examples[at] as number] as Int32Array) df[rank] = (df[rank] as number) + 1;
  const rowOfRank = new Int32Array(data.featureCount).fill(-1);
  const kept: number[] = [];
  for (let rank = 0; rank < df.length; rank += 1) {
    if ((df[rank] as number) < minDf) continue;
    rowOfRank[rank] = kept.length;
    kept.push(rank);
  }
  return { rowOfRank, kept };
}

function encode(data: FitData, positions: ArrayLike<number>, rowOfRank: Int32Array): Encoded[] {
  const headCount = MODEL_HEADS.length;
  return Array.from(positions, (at) => {
    const ranks = data.ranks[at] as Int32Array;
    const rows: number[] = [];
    // Ranks ascend and rows ascend with them: no sort needed.
    for (const rank of ranks) {
      const row = rowOfRank[rank] as number;
      if (row >= 0) rows.push(row);
    }
    return { rows: Int32Array.from(rows), scale: featureScale(ranks.length), targets: MODEL_HEADS.map((_, head) => data.targets[at * headCount + head] === 1) };
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
 *
 * A feature's weights, AdaGrad sums and ratios sit side by side in one array (a row of 3 x heads
 * cells): a message touches a few hundred rows scattered over hundreds of thousands, and in three
 * arrays each row cost three cache misses. Same arithmetic in the same order: the same weights,
 * in about a third less time.
 */
function fit(data: readonly Encoded[], featureCount: number, options: TrainingOptions): { weights: Float64Array; bias: Float64Array } {
  const headCount = MODEL_HEADS.length;
  const ratios = naiveBayesRatios(data, featureCount, options.naiveBayes);
  const stride = headCount * 3;
  const squaresAt = headCount;
  const ratiosAt = headCount * 2;
  const cells = new Float64Array(featureCount * stride);
  for (let row = 0; row < featureCount; row += 1) cells.set(ratios.subarray(row * headCount, (row + 1) * headCount), row * stride + ratiosAt);
  const bias = new Float64Array(headCount);
  const biasSquares = new Float64Array(headCount);
  const positives = MODEL_HEADS.map((_, head) => data.filter((item) => item.targets[head]).length);
  const positiveWeight = positives.map((count) => (count === 0 ? 1 : Math.min(5, Math.sqrt((data.length - count) / count))));
  const random = seededRandom(options.seed);
  const order = data.map((_, at) => at);
  const scores = new Float64Array(headCount);
  const gradients = new Float64Array(headCount);
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let at = order.length - 1; at > 0; at -= 1) {
      const swap = Math.floor(random() * (at + 1));
      [order[at], order[swap]] = [order[swap] as number, order[at] as number];
    }
    // All heads of a row sit side by side, so each message is read twice (scores, then steps) rather
    // than twice per head. Heads touch disjoint cells: the arithmetic is the same as head by head.
    for (const index of order) {
      const item = data[index] as Encoded;
      const scale = item.scale;
      const rows = item.rows;
      scores.set(bias);
      for (let at = 0; at < rows.length; at += 1) {
        const base = (rows[at] as number) * stride;
        for (let head = 0; head < headCount; head += 1) scores[head] = (scores[head] as number) + (cells[base + head] as number) * (cells[base + ratiosAt + head] as number) * scale;
      }
      for (let head = 0; head < headCount; head += 1) {
        const target = item.targets[head] ? 1 : 0;
        const gradient = (sigmoid(scores[head] as number) - target) * (target ? (positiveWeight[head] as number) : 1);
        gradients[head] = gradient;
        biasSquares[head] = (biasSquares[head] as number) + gradient * gradient;
        bias[head] = (bias[head] as number) - (learningRate * gradient) / Math.sqrt((biasSquares[head] as number) + 1e-8);
      }
      for (let at = 0; at < rows.length; at += 1) {
        const base = (rows[at] as number) * stride;
        for (let head = 0; head < headCount; head += 1) {
          const weight = base + head;
          const step = (gradients[head] as number) * (cells[base + ratiosAt + head] as number) * scale + l2 * (cells[weight] as number);
          const square = (cells[base + squaresAt + head] as number) + step * step;
          cells[base + squaresAt + head] = square;
          cells[weight] = (cells[weight] as number) - (learningRate * step) / Math.sqrt(square + 1e-8);
        }
      }
    }
  }
  const weights = new Float64Array(featureCount * headCount);
  for (let row = 0; row < featureCount; row += 1) {
    for (let head = 0; head < headCount; head += 1) weights[row * headCount + head] = (cells[row * stride + head] as number) * (cells[row * stride + ratiosAt + head] as number);
  }
  return { weights, bias };
}

function scoreOf(item: Encoded, weights: Float64Array, bias: Float64Array, head: number): number {
  const headCount = MODEL_HEADS.length;
  let score = bias[head] as number;
  for (const row of item.rows) score += (weights[row * headCount + head] as number) * item.scale;
  return score;
}

export function runFitJob(data: FitData, job: FitJob, options: TrainingOptions): FitOutcome {
  const headCount = MODEL_HEADS.length;
  const { rowOfRank, kept } = vocabulary(data, job.trainAt, options.minDocumentFrequency);
  const trained = fit(encode(data, job.trainAt, rowOfRank), kept.length, { ...options, seed: job.seed });
  const tested = encode(data, job.testAt, rowOfRank);
  const testScores = new Float64Array(tested.length * headCount);
  tested.forEach((item, position) => {
    for (let head = 0; head < headCount; head += 1) testScores[position * headCount + head] = scoreOf(item, trained.weights, trained.bias, head);
  });
  return { testScores, kept: Int32Array.from(kept), weights: job.keepWeights ? trained.weights : null, bias: trained.bias };
}

export const fitHere: FitRunner = (data, jobs, options) => Promise.resolve(jobs.map((job) => runFitJob(data, job, options)));
