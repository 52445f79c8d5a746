import { carriesAPersonsWords } from '../core/automated.js';
import { isPrivacyRequest } from '../core/intake.js';
import { LABELS, type Label, type Verdict } from '../types.js';

/**
 * Style tags (corpus/FORMAT.md) that mark the mail a classifier finds hard: short, misspelt, quoted,
 * forwarded, HTML-only, mixed, written for someone else, adversarial, or not a request at all
 * although it sounds like one. The report gives their figures apart, so an average over easy
 * letters cannot hide them.
 */
export const HARD_STYLES = [
  'one-liner',
  'typo',
  'phone',
  'reply-quoted',
  'forwarded',
  'html-only',
  'mixed-language',
  'agent',
  'parent',
  'injection',
  'thanks-only',
  'withdrawal',
  'rambling',
] as const;

export interface ExpectedVerdict {
  primary: Label;
  labels: Label[];
  language: string;
  automated: boolean;
}

/** One labelled message and what the classifier said about it. */
export interface ScoredSample {
  expected: ExpectedVerdict;
  styles: readonly string[];
  verdict: Verdict;
}

export interface ClassScore {
  support: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The headline figures for a slice of the messages (one language, one style, the hard part). */
export interface GroupScore {
  messages: number;
  /** Mean F1 over the classes expected or predicted in this slice: invented labels count against it. */
  macroF1: number;
  exactMatch: number;
  primaryAccuracy: number;
}

export interface Scores {
  perClass: Record<Label, ClassScore>;
  /** Mean F1 over all seven classes; a class nobody has and nobody predicted scores 1 (nothing missed, nothing invented). */
  macroF1: number;
  /** Mean F1 over the classes that occur in the expected labels only. */
  macroF1Present: number;
  exactMatch: number;
  primaryAccuracy: number;
  /** confusion[expected][predicted] for `primary`. */
  confusion: Record<Label, Record<Label, number>>;
  languageAccuracy: number;
  /**
   * `falseUnsure`: people's mail flagged as machine mail only unsure (request words in machine
   * wording): never answered, but passed to the team. `relayed`: people's mail read as a relay of
   * their words (see isAutomated), never answered and passed to the team with what they ask;
   * `machineRelayed`: machine mail read as a relay (it is not answered either).
   * `answered`: machine mail the bot would answer, read as a person's asking for something: it opens
   * a case and sends an acknowledgement (src/core/intake.ts). Machine mail read as a person's asking
   * nothing is never answered (the team is told), so a miss of that kind costs nothing but a notice.
   */
  automated: { support: number; predicted: number; truePositives: number; falseUnsure: number; relayed: number; machineRelayed: number; answered: number; precision: number; recall: number };
  /** Mean confidence on messages whose primary was right and wrong (null when there were none): a calibration check. */
  meanConfidence: { correct: number | null; wrong: number | null };
}

export function ratio(numerator: number, denominator: number, whenEmpty: number): number {
  return denominator === 0 ? whenEmpty : numerator / denominator;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function scoreClass(support: number, predicted: number, truePositives: number): ClassScore {
  const precision = ratio(truePositives, predicted, support === 0 ? 1 : 0);
  const recall = ratio(truePositives, support, predicted === 0 ? 1 : 0);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { support, predicted, truePositives, precision, recall, f1 };
}

/**
 * Whether the verdict says a machine wrote the words: mail the corpus labels `auto: yes`. A relay (a
 * web form's copy, a voicemail or chat transcript) is a machine's notice carrying a person's words;
 * the corpus labels it by what that person asks, `auto: no`, and so does this measure. It is never
 * answered either way (isAnswered).
 */
export function isAutomated(verdict: Verdict): boolean {
  return verdict.automated !== null && !carriesAPersonsWords(verdict.automated);
}

/** Whether the bot answers the sender: any machine verdict, a relay's included, is never answered (src/core/intake.ts). */
function isAnswered(verdict: Verdict): boolean {
  return verdict.automated === null;
}

export function sameLabels(expected: readonly Label[], got: readonly Label[]): boolean {
  const want = new Set(expected);
  const have = new Set(got);
  return want.size === have.size && [...want].every((label) => have.has(label));
}

/** A verdict is a mistake when its label set, primary or automated flag differs from the expected one. */
export function isMistake(sample: ScoredSample): boolean {
  return !sameLabels(sample.expected.labels, sample.verdict.labels) || sample.verdict.primary !== sample.expected.primary || sample.expected.automated !== isAutomated(sample.verdict);
}

function perClassOf(samples: readonly ScoredSample[]): Record<Label, ClassScore> {
  return Object.fromEntries(
    LABELS.map((label) => {
      let support = 0;
      let predicted = 0;
      let truePositives = 0;
      for (const { expected, verdict } of samples) {
        const want = expected.labels.includes(label);
        const got = verdict.labels.includes(label);
        if (want) support += 1;
        if (got) predicted += 1;
        if (want && got) truePositives += 1;
      }
      return [label, scoreClass(support, predicted, truePositives)];
    }),
  ) as Record<Label, ClassScore>;
}

function emptyConfusion(): Record<Label, Record<Label, number>> {
  const row = (): Record<Label, number> => Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  return Object.fromEntries(LABELS.map((label) => [label, row()])) as Record<Label, Record<Label, number>>;
}

/** Scores every message together. A class counts as predicted when it is anywhere in `labels`. */
export function scoreSamples(samples: readonly ScoredSample[]): Scores {
  const perClass = perClassOf(samples);
  const confusion = emptyConfusion();
  const automated = { support: 0, predicted: 0, truePositives: 0, falseUnsure: 0, relayed: 0, machineRelayed: 0, answered: 0 };
  const confidences = { correct: [] as number[], wrong: [] as number[] };
  for (const { expected, verdict } of samples) {
    confusion[expected.primary][verdict.primary] += 1;
    const flagged = isAutomated(verdict);
    if (expected.automated) automated.support += 1;
    if (flagged) automated.predicted += 1;
    if (expected.automated && flagged) automated.truePositives += 1;
    if (!expected.automated && flagged && verdict.automated?.unsure === true) automated.falseUnsure += 1;
    if (!flagged && !isAnswered(verdict)) automated[expected.automated ? 'machineRelayed' : 'relayed'] += 1;
    if (expected.automated && isAnswered(verdict) && isPrivacyRequest(verdict.labels)) automated.answered += 1;
    (verdict.primary === expected.primary ? confidences.correct : confidences.wrong).push(verdict.confidence);
  }
  const count = (test: (sample: ScoredSample) => boolean): number => samples.filter(test).length;
  return {
    perClass,
    macroF1: mean(LABELS.map((label) => perClass[label].f1)),
    macroF1Present: mean(LABELS.filter((label) => perClass[label].support > 0).map((label) => perClass[label].f1)),
    exactMatch: ratio(count((sample) => sameLabels(sample.expected.labels, sample.verdict.labels)), samples.length, 0),
    primaryAccuracy: ratio(count((sample) => sample.verdict.primary === sample.expected.primary), samples.length, 0),
    confusion,
    languageAccuracy: ratio(count((sample) => sample.verdict.language === sample.expected.language), samples.length, 0),
    automated: {
      ...automated,
      precision: ratio(automated.truePositives, automated.predicted, automated.support === 0 ? 1 : 0),
      recall: ratio(automated.truePositives, automated.support, automated.predicted === 0 ? 1 : 0),
    },
    meanConfidence: {
      correct: confidences.correct.length > 0 ? mean(confidences.correct) : null,
      wrong: confidences.wrong.length > 0 ? mean(confidences.wrong) : null,
    },
  };
}

/**
 * The headline figures for a slice. Macro-F1 here leaves out the classes that neither occur nor are
 * predicted in the slice: in a slice of five Dutch opt-outs the seven-class mean would be mostly free 1s.
 */
export function scoreGroup(samples: readonly ScoredSample[]): GroupScore {
  const perClass = perClassOf(samples);
  const seen = LABELS.filter((label) => perClass[label].support > 0 || perClass[label].predicted > 0);
  const count = (test: (sample: ScoredSample) => boolean): number => samples.filter(test).length;
  return {
    messages: samples.length,
    macroF1: mean(seen.map((label) => perClass[label].f1)),
    exactMatch: ratio(count((sample) => sameLabels(sample.expected.labels, sample.verdict.labels)), samples.length, 0),
    primaryAccuracy: ratio(count((sample) => sample.verdict.primary === sample.expected.primary), samples.length, 0),
  };
}

/**
 * Figures per key, largest slice first (then by key). A message with several keys (styles) counts in
 * each of them.
 */
export function scoreBy(samples: readonly ScoredSample[], keysOf: (sample: ScoredSample) => readonly string[]): Record<string, GroupScore> {
  const groups = new Map<string, ScoredSample[]>();
  for (const sample of samples) {
    for (const key of new Set(keysOf(sample))) {
      const group = groups.get(key);
      if (group) group.push(sample);
      else groups.set(key, [sample]);
    }
  }
  const ordered = [...groups.entries()].sort(([keyA, a], [keyB, b]) => b.length - a.length || keyA.localeCompare(keyB));
  return Object.fromEntries(ordered.map(([key, group]) => [key, scoreGroup(group)]));
}

export function isHard(styles: readonly string[]): boolean {
  return styles.some((style) => (HARD_STYLES as readonly string[]).includes(style));
}

/** The hard part (messages with any style in HARD_STYLES) beside every other message. */
export function scoreHardPart(samples: readonly ScoredSample[]): { hard: GroupScore; rest: GroupScore } {
  return {
    hard: scoreGroup(samples.filter((sample) => isHard(sample.styles))),
    rest: scoreGroup(samples.filter((sample) => !isHard(sample.styles))),
  };
}
