import { z } from 'zod';
import { featuresOf, readableFeature, type ModelInput } from './features.js';
import { STACK_INPUTS, STACK_LABELS, type StackModel } from './stack.js';

export const MODEL_FORMAT = 'privacy-inbox-triage-linear/1';
/** Weights are stored as integers in thousandths: exact in JSON, a third of the size of floats. */
export const WEIGHT_SCALE = 1000;

import { MODEL_HEADS, type ModelHead } from './heads.js';

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
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** Features are binary and scaled by 1/sqrt(count), so a long letter and a one-liner weigh alike. */
export function featureScale(count: number): number {
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

const EVIDENCE_COUNT = 3;

/** Checks a stored model and makes it usable; a damaged file is refused, never half-used. */
export function loadLinearModel(raw: unknown): LinearModel {
  const parsed = storedModelSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`triage model is not in the ${MODEL_FORMAT} format: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
  const stored = parsed.data;
  const headCount = stored.heads.length;
  if (stored.weights.length !== stored.features.length * headCount) throw new Error('triage model weights do not match its features and heads');
  if (stored.bias.length !== headCount || stored.calibration.length !== headCount || stored.thresholds.length !== headCount) throw new Error('triage model has a head without bias, calibration or threshold');
  const index = new Map<string, number>();
  stored.features.forEach((feature, at) => index.set(feature, at));
  const weights = new Float64Array(stored.weights.length);
  for (let cell = 0; cell < weights.length; cell += 1) weights[cell] = (stored.weights[cell] as number) / WEIGHT_SCALE;
  const headAt = new Map(stored.heads.map((head, at) => [head, at]));

  if (stored.stack && STACK_LABELS.some((label) => !stored.stack?.[label])) throw new Error('triage model stack lacks a label');
  return {
    training: stored.training,
    stack: (stored.stack as StackModel | null) ?? null,
    predict(input) {
      const features = featuresOf(input);
      const scale = featureScale(features.size);
      const scores = Float64Array.from(stored.bias);
      const known: number[] = [];
      for (const feature of features) {
        const row = index.get(feature);
        if (row === undefined) continue;
        known.push(row);
        const base = row * headCount;
        for (let head = 0; head < headCount; head += 1) scores[head] = (scores[head] as number) + (weights[base + head] as number) * scale;
      }
      const heads = {} as Record<ModelHead, HeadPrediction>;
      for (const head of MODEL_HEADS) {
        const at = headAt.get(head);
        if (at === undefined) {
          heads[head] = { head, probability: 0, positive: false, evidence: [] };
          continue;
        }
        const { a, b } = stored.calibration[at] as { a: number; b: number };
        const probability = sigmoid(a * (scores[at] as number) + b);
        const positive = probability >= (stored.thresholds[at] as number);
        heads[head] = { head, probability, positive, evidence: positive ? topEvidence(known, at) : [] };
      }
      return { heads };

      function topEvidence(rows: readonly number[], at: number): string[] {
        const readable = rows
          .map((row) => ({ text: readableFeature(stored.features[row] as string), weight: weights[row * headCount + at] as number }))
          .filter((item): item is { text: string; weight: number } => item.text !== null && item.weight > 0)
          .sort((left, right) => right.weight - left.weight || left.text.localeCompare(right.text));
        const shown: string[] = [];
        for (const item of readable) {
          if (shown.length >= EVIDENCE_COUNT) break;
          if (shown.some((text) => text.includes(item.text) || item.text.includes(text))) continue;
          shown.push(item.text);
        }
        return shown;
      }
    },
  };
}
