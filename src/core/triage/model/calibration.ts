/**
 * Calibration, fitted only on out-of-fold scores (train.ts): a model's scores on the messages it was
 * trained on are over-confident, so probabilities and thresholds learned from them would be too.
 */

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** Platt scaling: fits p = sigmoid(a * score + b) to held-out scores by Newton-free gradient steps. */
export function platt(scores: readonly number[], targets: readonly boolean[]): { a: number; b: number } {
  const positives = targets.filter(Boolean).length;
  const negatives = targets.length - positives;
  // Platt's smoothed targets keep a perfectly separated fold from pushing a to infinity.
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let step = 0; step < 400; step += 1) {
    let gradA = 0;
    let gradB = 0;
    scores.forEach((score, at) => {
      const error = sigmoid(a * score + b) - (targets[at] ? high : low);
      gradA += error * score;
      gradB += error;
    });
    a -= (0.5 * gradA) / scores.length;
    b -= (0.5 * gradB) / scores.length;
  }
  return { a: round(a, 4), b: round(b, 4) };
}

/** The range the model heads' thresholds are searched in, in steps of 0.025. */
export const HEAD_THRESHOLDS = { from: 0.2, to: 0.8 } as const;

/** The threshold in `range` (steps of 0.025) with the best F1 on these probabilities. */
export function bestThreshold(probabilities: readonly number[], targets: readonly boolean[], range: { from: number; to: number } = HEAD_THRESHOLDS): number {
  let best = { threshold: 0.5, f1: -1 };
  // The 0.001 keeps the last step, which floating-point sums land a hair above or below `to`.
  for (let threshold = range.from; threshold <= range.to + 0.001; threshold += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probabilities.forEach((probability, at) => {
      const predicted = probability >= threshold;
      if (predicted && targets[at]) tp += 1;
      else if (predicted) fp += 1;
      else if (targets[at]) fn += 1;
    });
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    // Ties go to the higher threshold: a label nobody asked for is the costlier mistake.
    if (f1 >= best.f1) best = { threshold: round(threshold, 3), f1 };
  }
  return best.threshold;
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
