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
  /** States a new address, number or name (see `newDetail`). */
  statesNewDetail?: boolean;
}

/**
 * Letters of the scripts our lexicons use (Latin with diacritics and combining marks, Greek, Cyrillic),
 * spelled out as ranges. Unicode property classes with the `iu` flags made each of the ~300 rules
 * 20 times slower (V8 cannot skip ahead to a first character behind a Unicode look-behind), so the
 * rule patterns use these ranges without the `u` flag; case-insensitive matching still covers them.
 */
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1FFF';
const LETTER_OR_DIGIT = `[${LETTER}0-9]`;

/** Rule sources may write \p{L} for "a letter", in or outside a character class; it becomes the ranges above. */
function compile(source: string): string {
  let out = '';
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at] ?? '';
    if (char === '\\') {
      if (source.startsWith('\\p{L}', at)) {
        out += inClass ? LETTER : `[${LETTER}]`;
        at += 4;
      } else {
        out += source.slice(at, at + 2);
        at += 1;
      }
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char === ' ' ? (inClass ? '\\s' : '\\s+') : char;
  }
  return out;
}

/**
 * Builds a case-insensitive pattern from readable source: a space matches any run of whitespace
 * (letters are line-wrapped), and the match must start and end on a word boundary. `\b` only
 * knows ASCII, so the boundaries are look-arounds on the letter ranges.
 */
export function words(source: string): RegExp {
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${compile(source)})(?!${LETTER_OR_DIGIT})`, 'gi');
}

/** Like `words` but the last word may go on (a stem: "lösch" matches "löschen", "Löschung"). */
export function stem(source: string): RegExp {
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${compile(source)})`, 'gi');
}

/**
 * Like `words` but the first word may be the end of a compound ("Behandlungsunterlagen",
 * "Gesundheitsdaten"). A leading `\p{L}*` would do the same at four times the cost: the pattern
 * must start on a letter sequence V8 can search for.
 */
export function tail(source: string): RegExp {
  return new RegExp(`(?:${compile(source)})(?!${LETTER_OR_DIGIT})`, 'gi');
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

/**
 * "My new address is ...", "I've changed my number": a fact that asks for a correction only while
 * the record exists. In a mail that also asks to delete, it tells us where to reach the person, and
 * the acknowledgement must not claim a correction was asked for (see `scoreSegments`).
 */
export const newDetail = (base: Rule): Rule => ({ ...base, statesNewDetail: true });
