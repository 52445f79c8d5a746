import type { Evidence, Label, Verdict } from '../../types.js';
import type { ModelPrediction } from './model/linear.js';

type PrivacyLabel = Exclude<Label, 'other'>;
const PRIVACY_LABELS: readonly PrivacyLabel[] = ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint', 'child_data'];
const PRIMARY_ORDER: readonly Label[] = ['child_data', 'complaint', 'deletion', 'disclosure', 'correction', 'opt_out'];

/**
 * How the rules and the learned model vote together. The rules know statutes, forms, negation and
 * boilerplate and say why; the model knows phrasings no rule names. Neither overrules the other
 * silently: where they disagree, the confidence drops below the review line and a person decides.
 */
export const COMBINATION = {
  /** A rule label the model gives less than this is in dispute. */
  ruleLabelDoubted: 0.15,
  /** A label only the model sees, against rules that found sales, newsletter or phishing wording, needs this. */
  modelOverOtherEvidence: 0.85,
  /** Confidence when the two disagree: below the 0.5 review line. */
  disputedConfidence: 0.45,
  /** A verdict from the model alone (the rules found nothing) is never surer than this. */
  modelAloneCap: 0.8,
} as const;

export interface CombineInput {
  rules: Verdict;
  prediction: ModelPrediction;
  /** The rules' cap for language and subject-only mail, which applies to the model as well. */
  confidenceCap: number;
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

function primaryOf(labels: readonly Label[], rules: Verdict, probability: (label: Label) => number): Label {
  for (const first of ['child_data', 'complaint'] as const) if (labels.includes(first)) return first;
  if (labels.includes(rules.primary)) return rules.primary;
  return [...labels].sort((a, b) => probability(b) - probability(a) || PRIMARY_ORDER.indexOf(a) - PRIMARY_ORDER.indexOf(b))[0] ?? 'other';
}

/** The verdict of rules and model together; `classifiedBy` stays `rules` (the offline classifier). */
export function combineWithModel(input: CombineInput): Verdict {
  const { rules, prediction } = input;
  const probability = (label: Label): number => (label === 'other' ? 0 : prediction.heads[label as Exclude<Label, 'other'>].probability);
  const positive = (label: Label): boolean => label !== 'other' && prediction.heads[label as Exclude<Label, 'other'>].positive;
  const ruleLabels = rules.labels.filter((label): label is PrivacyLabel => label !== 'other');
  const ruleSawOtherEvidence = ruleLabels.length === 0 && rules.evidence.some((item) => item.label === 'other');

  const labels: PrivacyLabel[] = [];
  const modelEvidence: Evidence[] = [];
  let disputed = false;
  let modelAdded = false;
  for (const label of PRIVACY_LABELS) {
    const byRules = ruleLabels.includes(label);
    const byModel = positive(label);
    if (byRules) {
      labels.push(label);
      if (probability(label) < COMBINATION.ruleLabelDoubted) disputed = true;
    } else if (byModel) {
      if (ruleSawOtherEvidence && probability(label) < COMBINATION.modelOverOtherEvidence) {
        disputed = true;
        continue;
      }
      labels.push(label);
      modelAdded = true;
      for (const phrase of prediction.heads[label].evidence) modelEvidence.push({ label, phrase: `model: ${phrase}`, where: 'body' });
    }
  }
  if (labels.length === 0) {
    // Both say "not a request", or the rules' doubt stands: the rules' verdict, a little surer when the model agrees.
    const modelSure = PRIVACY_LABELS.every((label) => probability(label) < 0.2);
    const confidence = disputed ? Math.min(rules.confidence, COMBINATION.disputedConfidence) : modelSure ? Math.max(rules.confidence, Math.min(0.8, input.confidenceCap)) : rules.confidence;
    return { ...rules, confidence: round(Math.min(confidence, input.confidenceCap)), ...(disputed ? { disputed: true } : {}) };
  }

  const primary = primaryOf(labels, rules, probability);
  const ordered = [primary, ...labels.filter((label) => label !== primary)];
  const agreed = labels.every((label) => ruleLabels.includes(label) && positive(label));
  let confidence: number;
  if (disputed) confidence = COMBINATION.disputedConfidence;
  else if (ruleLabels.length === 0) confidence = Math.min(COMBINATION.modelAloneCap, ...labels.map(probability));
  else if (agreed) confidence = Math.max(rules.confidence, Math.min(...labels.map(probability)));
  // The model adds a label next to the rules' ones, or does not confirm one: a little less sure.
  else confidence = Math.min(rules.confidence, 0.8) - (modelAdded ? 0.05 : 0.1);
  return {
    ...rules,
    primary,
    labels: ordered,
    confidence: round(Math.min(confidence, input.confidenceCap)),
    evidence: [...rules.evidence.filter((item) => item.label !== 'other'), ...modelEvidence],
    ...(disputed ? { disputed: true } : {}),
  };
}
