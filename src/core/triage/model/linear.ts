import { z } from 'zod';
import { FeatureHashSet, featureHashesOf } from './feature-hash.js';
import { EVIDENCE_HEADS, MODEL_HEADS, type ModelHead } from './heads.js';
import { readableFeature, type ModelInput } from './features.js';
import { featureName, isReadable, packFeatures, SLOT_ROW, SLOT_WEIGHTS, slotOf, touchSlots, type PackedFeatures } from './packed.js';
import { STACK_INPUTS, STACK_LABELS, type StackModel } from './stack.js';

export const MODEL_FORMAT = 'privacy-inbox-triage-linear/1';
/** Weights are stored as integers in thousandths: exact in JSON, a third of the size of floats. */
export const WEIGHT_SCALE = 1000;

export { MODEL_HEADS, type ModelHead } from './heads.js';

const storedModelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  heads: z.array(z.enum(MODEL_HEADS)).min(1),
  features: z.array(z.string()),
  /** Row-major: features.length rows of heads.length integer weights (an Int32Array when read from the file). */
  weights: z.union([z.instanceof(Int32Array), z.array(z.number().int())]),
  bias: z.array(z.number()),
  /** Platt scaling per head (p = sigmoid(a * score + b)), fitted on cross-validated scores. */
  calibration: z.array(z.object({ a: z.number(), b: z.number() })),
  /** Calibrated probability at which a head's label is given, chosen by cross-validated F1. */
  thresholds: z.array(z.number().min(0).max(1)),
  /** The second stage that weighs rules and model (see stack.ts); absent in a model trained without rules. */
  stack: z
    .record(z.enum(STACK_LABELS as [string, ...string[]]), z.object({ weights: z.array(z.number()).length(STACK_INPUTS.length), bias: z.number(), threshold: z.number().min(0).max(1) }))
    .nullable(),
  training: z.record(z.string(), z.unknown()),
});
export type StoredModel = z.infer<typeof storedModelSchema>;

export interface HeadPrediction {
  head: ModelHead;
  probability: number;
  /** At or above the head's threshold. */
  positive: boolean;
  /** Readable features that pushed this head up most, strongest first. */
  evidence: string[];
}

export interface ModelPrediction {
  heads: Record<ModelHead, HeadPrediction>;
}

export interface LinearModel {
  predict(input: ModelInput): ModelPrediction;
  readonly stack: StackModel | null;
  readonly training: Record<string, unknown>;
  /** The model in typed arrays on shared memory, for a worker thread (`linearModelFromPacked`); a hand-made stand-in may lack it. */
  readonly packed?: PackedModel;
}

/** A checked model as held in memory; its features and weights are shareable between threads. */
export interface PackedModel {
  heads: ModelHead[];
  bias: number[];
  calibration: Array<{ a: number; b: number }>;
  thresholds: number[];
  stack: StackModel | null;
  training: Record<string, unknown>;
  features: PackedFeatures;
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** Features are binary and scaled by 1/sqrt(count), so a long letter and a one-liner weigh alike. */
export function featureScale(count: number): number {
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

const EVIDENCE_COUNT = 3;

/** Checks a stored model and makes it usable; a damaged file is refused, never half-used. */
export function loadLinearModel(raw: unknown): LinearModel {
  const stored = checkStoredModel(raw);
  return linearModelFromPacked(packedModelOf(stored, packFeatures(stored.features, stored.weights, stored.heads.length)));
}

/** The checks of `loadLinearModel`; the model file reader of packed-read.ts passes the header with empty rows. */
export function checkStoredModel(raw: unknown): StoredModel {
  const parsed = storedModelSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`triage model is not in the ${MODEL_FORMAT} format: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
  const stored = parsed.data;
  const headCount = stored.heads.length;
  if (stored.weights.length !== stored.features.length * headCount) throw new Error('triage model weights do not match its features and heads');
  if (stored.bias.length !== headCount || stored.calibration.length !== headCount || stored.thresholds.length !== headCount) throw new Error('triage model has a head without bias, calibration or threshold');
  if (stored.stack && STACK_LABELS.some((label) => !stored.stack?.[label])) throw new Error('triage model stack lacks a label');
  return stored;
}

export function packedModelOf(stored: StoredModel, features: PackedFeatures): PackedModel {
  return {
    heads: stored.heads,
    bias: stored.bias,
    calibration: stored.calibration,
    thresholds: stored.thresholds,
    stack: (stored.stack as StackModel | null) ?? null,
    training: stored.training,
    features,
  };
}

/**
 * The predictor over a packed model (from `loadLinearModel`, or handed over by another thread).
 * Scores add each known feature's weight in the order the message first has the feature, as the
 * Map-based predictor did: floating-point sums depend on their order, and the probabilities must not move.
 */
export function linearModelFromPacked(packed: PackedModel): LinearModel {
  const { features, bias, calibration, thresholds } = packed;
  const { headCount, weights, seed, table, slotWeights, weightsPerWord } = features;
  const headAt = new Map(packed.heads.map((head, at) => [head, at]));
  // One per model and thread, reused: predict runs to the end before the next message starts.
  const hashes = new FeatureHashSet();
  const scores = new Float64Array(headCount);
  let known = new Int32Array(1024);
  return {
    training: packed.training,
    stack: packed.stack,
    packed,
    predict(input) {
      featureHashesOf(input, seed, hashes);
      const scale = featureScale(hashes.size);
      scores.set(bias);
      if (known.length < hashes.size) known = new Int32Array(hashes.size * 2);
      let knownCount = 0;
      const { high, low } = hashes;
      touchSlots(features, high, hashes.size);
      for (let at = 0; at < hashes.size; at += 1) {
        const slot = slotOf(features, high[at] as number, low[at] as number);
        if (slot < 0) continue;
        known[knownCount] = (table[slot + SLOT_ROW] as number) - 1;
        knownCount += 1;
        const base = (slot + SLOT_WEIGHTS) * weightsPerWord;
        for (let head = 0; head < headCount; head += 1) scores[head] = (scores[head] as number) + ((slotWeights[base + head] as number) / WEIGHT_SCALE) * scale;
      }
      const heads = {} as Record<ModelHead, HeadPrediction>;
      for (const head of MODEL_HEADS) {
        const at = headAt.get(head);
        if (at === undefined) {
          heads[head] = { head, probability: 0, positive: false, evidence: [] };
          continue;
        }
        const { a, b } = calibration[at] as { a: number; b: number };
        const probability = sigmoid(a * (scores[at] as number) + b);
        const positive = probability >= (thresholds[at] as number);
        heads[head] = { head, probability, positive, evidence: positive && EVIDENCE_HEADS.has(head) ? topEvidence(known.subarray(0, knownCount), at) : [] };
      }
      return { heads };
    },
  };

  /**
   * The strongest readable features for a head, as the strings-and-sort of old: weight first, then
   * text. Only the rows that can be shown are looked at, sorted by their integer weights, and a name
   * is decoded only when its weight group is reached (most of a message's rows never are).
   */
  function topEvidence(rows: Int32Array, at: number): string[] {
    const candidates: number[] = [];
    for (const row of rows) if ((weights[row * headCount + at] as number) > 0 && isReadable(features, row)) candidates.push(row);
    // A stable sort: rows of one weight stay in message order, as they did among the strings.
    candidates.sort((left, right) => (weights[right * headCount + at] as number) - (weights[left * headCount + at] as number));
    const shown: string[] = [];
    for (let from = 0; from < candidates.length && shown.length < EVIDENCE_COUNT; ) {
      const weight = weights[(candidates[from] as number) * headCount + at] as number;
      let to = from + 1;
      while (to < candidates.length && weights[(candidates[to] as number) * headCount + at] === weight) to += 1;
      const texts = candidates.slice(from, to).map((row) => readableFeature(featureName(features, row)) as string);
      texts.sort((left, right) => left.localeCompare(right));
      for (const text of texts) {
        if (shown.length >= EVIDENCE_COUNT) break;
        if (shown.some((other) => other.includes(text) || text.includes(other))) continue;
        shown.push(text);
      }
      from = to;
    }
    return shown;
  }
}
