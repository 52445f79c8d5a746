import type { Evidence, Verdict } from '../../types.js';
import type { RuleReading } from './index.js';
import type { LinearModel } from './model/linear.js';
import { OFFERED, YES_ANSWER_CONFIDENCE } from './yes-answer.js';

/**
 * A bare yes to the team's offer: what the rules read offered, and what the model reads in the
 * question put in the person's words ("¿Desea recibir una copia de mi historia clínica?"), for the
 * rules' lexicons name fewer second-person offers than the model has read.
 */
export function yesWithModel(rules: RuleReading, model: LinearModel): Verdict | null {
  const prediction = model.predict({ subject: '', body: rules.yesTo ?? '' });
  const read = rules.verdict.labels.filter((label) => label !== 'other');
  const labels = [...new Set([...read, ...OFFERED.filter((label) => prediction.heads[label].positive)])].sort((a, b) => (a === 'child_data' ? -1 : b === 'child_data' ? 1 : 0));
  if (labels.length === 0) return null;
  const modelEvidence = labels.filter((label) => !read.includes(label)).flatMap((label) => prediction.heads[label].evidence.slice(0, 2).map((phrase) => ({ label, phrase: `model: ${phrase}`, where: 'body' as const })));
  const yesEvidence: Evidence[] = read.length > 0 ? rules.verdict.evidence : [{ label: labels[0] ?? 'other', phrase: `${rules.answerWord ?? 'yes'} to: ${(rules.yesTo ?? '').slice(0, 160)}`, where: 'body' as const }];
  return { ...rules.verdict, primary: labels[0] ?? 'other', labels, confidence: YES_ANSWER_CONFIDENCE, automated: null, evidence: [...yesEvidence, ...modelEvidence] };
}
