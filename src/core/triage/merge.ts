import type { Evidence, Label, Verdict } from '../../types.js';
import type { MessageText } from './message-text.js';

/** What a model may say about a message: labels and the phrases it based them on, nothing else. */
export interface ModelAnswer {
  primary: Label;
  labels: Label[];
  evidence: Array<{ label: Label; phrase: string }>;
}

/** Agreement between two independent readers is worth more than either alone. */
const AGREED_CONFIDENCE = 0.9;
/** A disputed verdict must read as "a person should look". */
const DISPUTED_CONFIDENCE_CAP = 0.5;
/** Below this the rules were guessing, so the model's primary is the better first guess for the team. */
const RULES_UNSURE = 0.5;

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Keeps only model evidence that really occurs in the mail: the team sees quotes, never paraphrases
 * or phrases a prompt injection made up.
 */
function verifiedEvidence(answer: ModelAnswer, text: MessageText): Evidence[] {
  const subject = normalize(`${text.subject}\n${text.forwardedSubject}`);
  const body = normalize(`${text.body}\n${text.forwarded}`);
  const evidence: Evidence[] = [];
  for (const item of answer.evidence) {
    const phrase = normalize(item.phrase);
    if (phrase.length < 3 || !answer.labels.includes(item.label)) continue;
    const where = body.includes(phrase) ? 'body' : subject.includes(phrase) ? 'subject' : null;
    if (where) evidence.push({ label: item.label, phrase: item.phrase.replace(/\s+/g, ' ').trim().slice(0, 160), where });
  }
  return evidence.slice(0, 6);
}

function sameSet(a: readonly Label[], b: readonly Label[]): boolean {
  return a.length === b.length && a.every((label) => b.includes(label));
}

/**
 * Combines the rule verdict with a model's answer. The model only chooses labels: automated,
 * agent and language stay the rules' findings. When the two disagree the verdict is `disputed`,
 * keeps every label either reader saw (nothing is dropped silently), and its confidence says
 * "a person should look".
 */
export function mergeModelAnswer(rules: Verdict, answer: ModelAnswer, text: MessageText): Verdict {
  const modelEvidence = verifiedEvidence(answer, text).filter(
    (item) => !rules.evidence.some((existing) => existing.label === item.label && normalize(existing.phrase) === normalize(item.phrase)),
  );
  const answerLabels = answer.labels.includes(answer.primary) ? answer.labels : [answer.primary, ...answer.labels];
  if (rules.primary === answer.primary && sameSet(rules.labels, answerLabels)) {
    return {
      ...rules,
      confidence: Math.max(rules.confidence, AGREED_CONFIDENCE),
      evidence: [...rules.evidence, ...modelEvidence],
      classifiedBy: 'rules+model',
      disputed: false,
    };
  }
  const union = [...new Set<Label>([...rules.labels, ...answerLabels])];
  const privacyLabels = union.filter((label) => label !== 'other');
  const labels = privacyLabels.length > 0 ? privacyLabels : union;
  let primary: Label = rules.confidence >= RULES_UNSURE ? rules.primary : answer.primary;
  if (labels.includes('child_data')) primary = 'child_data';
  if (!labels.includes(primary)) primary = labels[0] ?? 'other';
  return {
    ...rules,
    primary,
    labels: [primary, ...labels.filter((label) => label !== primary)],
    confidence: Math.min(rules.confidence, DISPUTED_CONFIDENCE_CAP),
    evidence: [...rules.evidence, ...modelEvidence],
    classifiedBy: 'rules+model',
    disputed: true,
  };
}
