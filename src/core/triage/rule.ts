import type { Label } from '../../types.js';

/**
 * `request`: the writer asks for something in the first person ("please delete my account").
 * `topic`: the subject matter is named without a personal ask ("Art. 17 GDPR", "data deletion").
 * Spam, sales pitches and phishing also talk about topics, so topic evidence alone never beats them.
 */
export type RuleKind = 'request' | 'topic';

export interface Rule {
  label: Label;
  pattern: RegExp;
  /** 2 decides on its own; 1 needs a second hint; 0.5 only tips a close call. */
  weight: number;
  kind: RuleKind;
  /** Counts only when it is everything the sender wrote ("STOP" as the whole body, or as a subject over an empty body). */
  alone?: boolean;
  /** Counts only in a mail about personal data or with another privacy request (see `chase`). */
  needsPrivacyContext?: boolean;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/**
 * Builds a case-insensitive, Unicode-aware pattern from readable source: a space matches any run of
 * whitespace (letters are line-wrapped), and the match must start and end on a word boundary.
 * `\b` in JavaScript only knows ASCII, so the boundaries are look-arounds on Unicode letters.
 */
export function words(source: string): RegExp {
  const spaced = source.replace(/ /g, '\\s+');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${spaced})(?!${LETTER_OR_DIGIT})`, 'giu');
}

/** Like `words` but the last word may go on (a stem: "lösch" matches "löschen", "Löschung"). */
export function stem(source: string): RegExp {
  const spaced = source.replace(/ /g, '\\s+');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${spaced})`, 'giu');
}

export function rule(label: Label, weight: number, kind: RuleKind, pattern: RegExp): Rule {
  return { label, pattern, weight, kind };
}

/**
 * "I have not received an answer": a complaint when it chases a privacy request, an ordinary support
 * chase otherwise. Counts only in a mail that is about personal data or names a privacy request.
 */
export const chase = (label: Label, pattern: RegExp): Rule => ({ ...rule(label, 2, 'request', pattern), needsPrivacyContext: true });

/** Request-strength rule (weight 2, first-person ask). */
export const ask = (label: Label, pattern: RegExp): Rule => rule(label, 2, 'request', pattern);
/** Topic rule with a weight: the subject matter is named, nobody asks yet. */
export const topic = (label: Label, weight: number, pattern: RegExp): Rule => rule(label, weight, 'topic', pattern);
