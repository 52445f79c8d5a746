import type { Label, Verdict } from '../../../types.js';
import { bestThreshold } from './calibration.js';
import { MODEL_HEADS, type ModelHead } from './heads.js';

/**
 * The second stage: per label, a tiny logistic regression over what the rules said and what the
 * model scored, fitted on cross-validated model scores. It learns how far each voice is to be
 * trusted (an explicit rule request, a rule topic word, sales wording, the model's certainty)
 * instead of a hand-set vote.
 */
const OWN_INPUTS = ['model_logit', 'rule_request', 'rule_topic', 'rule_primary', 'rule_other_evidence', 'rule_nothing'] as const;
/**
 * Each label's stage also reads every other head of the model: a grievance that asks who saw the
 * data is a complaint and a disclosure, a machine's wording argues against any request. Its own
 * head's slot stays 0 (it is model_logit already). Cross-validated on the train split: macro-F1
 * 0.8895 -> 0.8927, every label equal or better (docs/triage-model.md).
 */
export const STACK_INPUTS: readonly string[] = [...OWN_INPUTS, ...MODEL_HEADS.map((head) => `model_${head}`)];

export type StackLabel = Exclude<Label, 'other'>;
export const STACK_LABELS: readonly StackLabel[] = ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint', 'child_data'];

export interface StackHead {
  weights: number[];
  bias: number;
  threshold: number;
}

export type StackModel = Record<StackLabel, StackHead>;

/** What the rules said, in the shape the stack reads. */
export interface RuleSignals {
  labels: readonly Label[];
  primary: Label;
  confidence: number;
  otherEvidence: boolean;
}

export function ruleSignalsOf(verdict: Verdict): RuleSignals {
  return { labels: verdict.labels, primary: verdict.primary, confidence: verdict.confidence, otherEvidence: verdict.labels.includes('other') && verdict.evidence.some((item) => item.label === 'other') };
}

/** A rule verdict at 0.85 or more rests on a first-person request; below, on topic words (see decide.ts). */
const REQUEST_CONFIDENCE = 0.8;

function logit(probability: number): number {
  const clamped = Math.min(1 - 1e-4, Math.max(1e-4, probability));
  return Math.log(clamped / (1 - clamped));
}

export function stackInputs(label: StackLabel, probabilities: Readonly<Record<ModelHead, number>>, rules: RuleSignals): number[] {
  const modelProbability = probabilities[label];
  const has = rules.labels.includes(label);
  const nothing = rules.labels.includes('other') && !rules.otherEvidence;
  const cross = MODEL_HEADS.map((head) => (head === label ? 0 : logit(probabilities[head]) / 4));
  return [logit(modelProbability) / 4, has && rules.confidence >= REQUEST_CONFIDENCE ? 1 : 0, has && rules.confidence < REQUEST_CONFIDENCE ? 1 : 0, rules.primary === label ? 1 : 0, rules.otherEvidence ? 1 : 0, nothing ? 1 : 0, ...cross];
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

export function stackProbability(head: StackHead, inputs: readonly number[]): number {
  let score = head.bias;
  inputs.forEach((value, at) => {
    score += (head.weights[at] ?? 0) * value;
  });
  return sigmoid(score);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The second stage searches a narrower range than the heads (0.25-0.75), as its shipped thresholds were fitted. */
const STACK_THRESHOLDS = { from: 0.25, to: 0.75 } as const;

/**
 * Full-batch gradient descent: a handful of weights, deterministic, no randomness needed. The rows
 * sit in one flat array and the loops are plain: 1,500 passes over every training message, six
 * times, were most of a training run when each step called closures (about 150 s of 450 on 44,615
 * messages). The sums run in the same order as stackProbability's, so the weights are the same.
 */
export function fitStackHead(rows: ReadonlyArray<{ inputs: number[]; target: boolean }>): StackHead {
  const width = STACK_INPUTS.length;
  const count = rows.length;
  const inputs = new Float64Array(count * width);
  const targets = new Float64Array(count);
  rows.forEach((row, at) => {
    for (let column = 0; column < width; column += 1) inputs[at * width + column] = row.inputs[column] ?? 0;
    targets[at] = row.target ? 1 : 0;
  });
  const weights = new Float64Array(width);
  const gradient = new Float64Array(width);
  let bias = 0;
  const l2 = 1e-3;
  for (let step = 0; step < 1500; step += 1) {
    gradient.fill(0);
    let gradientBias = 0;
    for (let at = 0; at < count; at += 1) {
      const base = at * width;
      let score = bias;
      for (let column = 0; column < width; column += 1) score += (weights[column] as number) * (inputs[base + column] as number);
      const error = sigmoid(score) - (targets[at] as number);
      for (let column = 0; column < width; column += 1) gradient[column] = (gradient[column] as number) + error * (inputs[base + column] as number);
      gradientBias += error;
    }
    for (let column = 0; column < width; column += 1) weights[column] = (weights[column] as number) - 1.0 * ((gradient[column] as number) / count + l2 * (weights[column] as number));
    bias -= (1.0 * gradientBias) / count;
  }
  const fitted = { weights: Array.from(weights), bias, threshold: 0.5 };
  const probabilities = rows.map((row) => stackProbability(fitted, row.inputs));
  const threshold = bestThreshold(
    probabilities,
    rows.map((row) => row.target),
    STACK_THRESHOLDS,
  );
  return { weights: fitted.weights.map(round), bias: round(bias), threshold };
}
