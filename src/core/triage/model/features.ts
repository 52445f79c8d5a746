/**
 * Turns a message into the sparse features of the learned triage model: word unigrams and bigrams
 * (readable, so they can be shown as evidence), subject words, the opening words, and character 3- to 5-grams inside
 * words (so typos, inflections and compounds such as "Datenlöschung" share features with the words
 * they contain). Diacritics are folded and numbers, addresses and links become placeholders: what
 * matters is that someone wrote a date or an address, not which one.
 */

/** The part of a message the model reads. Bounded, so a 5 MB newsletter costs what a letter costs. */
export interface ModelInput {
  subject: string;
  body: string;
  /** The From address's local part: `rechnungen`, `noreply`, `no-reply`, `marta.lopez`. */
  sender?: string;
}

export const MAX_BODY_CHARS = 4000;
export const MAX_SUBJECT_CHARS = 300;
export const OPENING_TOKENS = 12;
export const MIN_CHAR_GRAM = 3;
export const MAX_CHAR_GRAM = 5;
export const SHORT_BODY_TOKENS = 12;
/** Longer "words" are base64, hashes or URLs the placeholders missed: no language in them. */
const MAX_TOKEN_CHARS = 30;

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g;
const DIGITS = /\d+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TOKEN = /[a-z_]+(?:'[a-z]+)?|[#?!$€£]/g;

export function normalizeForModel(text: string): string {
  return text
    .toLowerCase()
    .replace(URL, ' _url_ ')
    .replace(EMAIL, ' _email_ ')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(DIGITS, '0')
    .replace(/0(?:[.,:/-]?0)+/g, '0');
}

/**
 * The words of the sender's local part (`a:` features): mailboxes named for a role (`facturen@`,
 * `security-alerts@`, `newsletter@`) send what programs send; a person's name says nothing either
 * way. No character n-grams: a name's pieces must not stand for words of the text.
 */
const MAX_SENDER_CHARS = 64;
export function senderTokensOf(localPart: string): string[] {
  return (normalizeForModel(localPart.slice(0, MAX_SENDER_CHARS)).match(/[a-z]{2,20}/g) ?? []).slice(0, 6);
}

export function tokensOf(text: string): string[] {
  const tokens = normalizeForModel(text).replace(/0/g, ' _n_ ').match(TOKEN) ?? [];
  return tokens.filter((token) => token.length <= MAX_TOKEN_CHARS);
}

function addCharGrams(token: string, into: Set<string>): void {
  if (token.length < 2 || token.startsWith('_')) return;
  const padded = `<${token}>`;
  for (let size = MIN_CHAR_GRAM; size <= MAX_CHAR_GRAM; size += 1) {
    for (let at = 0; at + size <= padded.length; at += 1) into.add(`c:${padded.slice(at, at + size)}`);
  }
}

/**
 * The set of feature names present in the message (presence, not counts: one "delete" is enough).
 * Training reads these; prediction reads the same features as hashes (feature-hash.ts), in step.
 */
export function featuresOf(input: ModelInput): Set<string> {
  const features = new Set<string>();
  const subjectTokens = tokensOf(input.subject.slice(0, MAX_SUBJECT_CHARS));
  const bodyTokens = tokensOf(input.body.slice(0, MAX_BODY_CHARS));
  for (const token of subjectTokens) features.add(`s:${token}`);
  const seenTokens = new Set<string>();
  for (const tokens of [subjectTokens, bodyTokens]) {
    for (let at = 0; at < tokens.length; at += 1) {
      const token = tokens[at] as string;
      features.add(`w:${token}`);
      if (at + 1 < tokens.length) features.add(`b:${token} ${tokens[at + 1] as string}`);
      if (!seenTokens.has(token)) {
        seenTokens.add(token);
        addCharGrams(token, features);
      }
    }
  }
  // People state their request first; the opening words get features of their own.
  for (const token of bodyTokens.slice(0, OPENING_TOKENS)) features.add(`f:${token}`);
  if (bodyTokens.length === 0) features.add('m:no_body');
  else if (bodyTokens.length <= SHORT_BODY_TOKENS) features.add('m:short_body');
  for (const token of senderTokensOf(input.sender ?? '')) features.add(`a:${token}`);
  return features;
}

/** How a feature reads to a person, for evidence: word features only, char n-grams say little. */
export function readableFeature(feature: string): string | null {
  if (feature.startsWith('w:') || feature.startsWith('b:')) return feature.slice(2);
  if (feature.startsWith('s:')) return feature.slice(2);
  return null;
}
