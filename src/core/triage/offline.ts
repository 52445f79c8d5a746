import { detectAutomated } from '../automated.js';
import type { Classifier, InboundMail, Verdict } from '../../types.js';
import { combineWithModel } from './combine.js';
import { detectLanguage, SUPPORTED_LANGUAGES } from './language.js';
import { selectMessageText, type MessageText } from './message-text.js';
import { withoutRequest } from './new-text.js';
import { modelInputOf } from './model/input.js';
import type { LinearModel, ModelPrediction } from './model/linear.js';
import { triageMail } from './index.js';

import type { TriageMode } from './modes.js';

export { TRIAGE_MODES, type TriageMode } from './modes.js';

export interface OfflineClassifierOptions {
  ownAddresses: string[];
  mode: TriageMode;
  /** Needed for `learned` and `both`. */
  model: LinearModel | null;
}

const PRIVACY_LABELS = ['child_data', 'complaint', 'deletion', 'disclosure', 'correction', 'opt_out'] as const;

/** The caps the rules put on a verdict hold for the model too: it has seen only seven languages. */
function confidenceCap(language: string, text: MessageText): number {
  if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(language) && language !== 'und') return 0.45;
  if (!text.body && !text.forwarded) return text.subject ? 0.7 : 0.2;
  return 1;
}

function learnedVerdict(mail: InboundMail, prediction: ModelPrediction, text: MessageText, ownAddresses: string[]): Verdict {
  const automated = detectAutomated(mail, ownAddresses) ?? (prediction.heads.automated.positive ? { kind: 'auto_reply' as const, reason: `automated wording (learned model: ${prediction.heads.automated.evidence.join(', ')})` } : null);
  const language = detectLanguage(`${text.subject}\n${text.body}\n${text.forwarded}`).language;
  if (automated) return { primary: 'other', labels: ['other'], language, confidence: 0.99, automated, agent: false, evidence: [{ label: 'automated', phrase: automated.reason, where: 'header' }], classifiedBy: 'rules' };
  const labels: Array<(typeof PRIVACY_LABELS)[number]> = PRIVACY_LABELS.filter((label) => prediction.heads[label].positive);
  const sure = (probability: number): number => Math.max(probability, 1 - probability);
  const cap = confidenceCap(language, text);
  if (labels.length === 0) {
    const confidence = Math.min(cap, ...PRIVACY_LABELS.map((label) => sure(prediction.heads[label].probability)));
    return { primary: 'other', labels: ['other'], language, confidence: Math.round(confidence * 100) / 100, automated: null, agent: false, evidence: [], classifiedBy: 'rules' };
  }
  const ordered = labels[0] === 'child_data' || labels[0] === 'complaint' ? labels : [...labels].sort((a, b) => prediction.heads[b].probability - prediction.heads[a].probability);
  const confidence = Math.min(cap, ...labels.map((label) => prediction.heads[label].probability));
  return {
    primary: ordered[0] ?? 'other',
    labels: ordered,
    language,
    confidence: Math.round(confidence * 100) / 100,
    automated: null,
    agent: false,
    evidence: labels.flatMap((label) => prediction.heads[label].evidence.map((phrase) => ({ label, phrase: `model: ${phrase}`, where: 'body' as const }))),
    classifiedBy: 'rules',
  };
}

/** Reads one message offline in the chosen mode. Same mail, same model: same verdict. */
export function triageOffline(mail: InboundMail, options: OfflineClassifierOptions): Verdict {
  const rules = options.mode === 'learned' ? null : triageMail(mail, { ownAddresses: options.ownAddresses });
  if (options.mode === 'rules' || !options.model) {
    if (!rules) throw new Error('the learned triage mode needs a model');
    return rules;
  }
  const text = selectMessageText(mail);
  const prediction = options.model.predict(modelInputOf(text));
  if (!rules) return learnedVerdict(mail, prediction, text, options.ownAddresses);
  // Machine mail, thanks, withdrawals and instructions to the bot: the rules know why, and no
  // phrasing a model has learned makes them a request.
  if (rules.automated || withoutRequest(text)) return rules;
  // The model has read only our seven languages; elsewhere the rules' statute citations are all we know.
  if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(rules.language) && rules.language !== 'und') return rules;
  if (!options.model.stack) throw new Error('the triage model has no stack to weigh rules and model: retrain it with `npm run train`');
  const combined = combineWithModel({ rules, prediction, stack: options.model.stack, confidenceCap: confidenceCap(rules.language, text) });
  return machineWrittenByModel(combined, prediction) ?? combined;
}

/**
 * Out-of-office, ticket and read-receipt wording the content rules do not know: only when the model
 * is all but certain and neither it nor the rules see any request in the mail. A false "automated"
 * means a person's legal request goes unanswered, so the bar is far above the head's own threshold.
 */
export const MODEL_AUTOMATED_PROBABILITY = 0.97;

function machineWrittenByModel(verdict: Verdict, prediction: ModelPrediction): Verdict | null {
  const automated = prediction.heads.automated;
  if (automated.probability < MODEL_AUTOMATED_PROBABILITY || !verdict.labels.includes('other') || verdict.disputed) return null;
  return {
    ...verdict,
    automated: { kind: 'auto_reply', reason: 'automated wording (learned model)' },
    agent: false,
    confidence: Math.round(automated.probability * 100) / 100,
    evidence: [{ label: 'automated', phrase: `learned model: ${automated.evidence.join(', ')}`, where: 'body' }],
  };
}

export function createOfflineClassifier(options: OfflineClassifierOptions): Classifier {
  const ownAddresses = options.ownAddresses.map((address) => address.trim().toLowerCase());
  return { classify: (mail) => Promise.resolve(triageOffline(mail, { ...options, ownAddresses })) };
}
