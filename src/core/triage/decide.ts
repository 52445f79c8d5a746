import { PRIVACY_LABELS, type Evidence, type Label } from '../../types.js';
import type { Scores } from './score.js';

/** A label is in the verdict once its evidence adds up to one decisive phrase (or two hints). */
export const LABEL_THRESHOLD = 2;

/** When the evidence is equally strong, the request with the most at stake for the person leads. */
export const PRIMARY_ORDER: readonly Label[] = ['child_data', 'complaint', 'deletion', 'disclosure', 'correction', 'opt_out', 'other'];

export interface Decision {
  primary: Label;
  labels: Label[];
  /** Confidence before the language cap. */
  confidence: number;
  evidence: Evidence[];
}

function primaryOf(labels: readonly Label[], scores: Scores): Label {
  // child_data and complaint lead whenever present: a child's data and a grievance both need a person first.
  for (const first of ['child_data', 'complaint'] as const) if (labels.includes(first)) return first;
  const ranked = [...labels].sort((a, b) => {
    // Between explicit asks the order above decides (deleting subsumes unsubscribing); between topics
    // the stronger evidence and the subject line do.
    const strength = (label: Label): number => (scores[label].requested ? 10 : Math.min(scores[label].score, 4) + (scores[label].inSubject ? 1 : 0));
    return strength(b) - strength(a) || PRIMARY_ORDER.indexOf(a) - PRIMARY_ORDER.indexOf(b);
  });
  return ranked[0] ?? 'other';
}

function evidenceFor(labels: readonly Label[], scores: Scores): Evidence[] {
  const evidence: Evidence[] = [];
  for (const label of labels) {
    // Strongest first, longest first, and no phrase that is part of one already shown.
    const hits = [...scores[label].hits].sort((a, b) => b.weight - a.weight || b.phrase.length - a.phrase.length);
    const shown: string[] = [];
    for (const hit of hits) {
      const key = hit.phrase.toLowerCase();
      if (shown.length >= 3 || shown.some((phrase) => phrase.includes(key))) continue;
      shown.push(key);
      evidence.push({ label, phrase: hit.phrase, where: hit.where });
    }
  }
  return evidence;
}

/**
 * Turns label scores into labels, a primary label and a confidence.
 * Topic words alone (statute names, "data deletion") lose to clear spam, sales or phishing evidence:
 * a DSAR-software pitch talks about erasure requests without making one.
 */
export function decide(scores: Scores): Decision {
  const found = PRIVACY_LABELS.filter((label) => scores[label].score >= LABEL_THRESHOLD);
  const otherScore = scores.other.score;
  const anyRequested = found.some((label) => scores[label].requested);
  const nearMiss = PRIVACY_LABELS.some((label) => scores[label].score > 0 && scores[label].score < LABEL_THRESHOLD);

  if (found.length === 0 || (!anyRequested && otherScore >= LABEL_THRESHOLD)) {
    const overruled = found.length > 0;
    let confidence: number;
    if (otherScore >= LABEL_THRESHOLD) confidence = overruled ? 0.7 : nearMiss ? 0.75 : 0.85;
    else if (otherScore > 0) confidence = nearMiss ? 0.55 : 0.7;
    // Nothing matched at all: it may be a request phrased in a way the rules do not know.
    else confidence = nearMiss ? 0.4 : 0.45;
    return { primary: 'other', labels: ['other'], confidence, evidence: evidenceFor(otherScore > 0 ? ['other'] : [], scores) };
  }

  const primary = primaryOf(found, scores);
  const labels = [primary, ...found.filter((label) => label !== primary)];
  const top = scores[primary];
  let confidence = top.requested ? (top.score >= 4 ? 0.95 : 0.85) : top.score >= 3 ? 0.75 : 0.65;
  if (otherScore >= LABEL_THRESHOLD) confidence = Math.min(confidence, 0.6);
  if (nearMiss) confidence -= 0.05;
  return { primary, labels, confidence, evidence: evidenceFor(labels, scores) };
}
