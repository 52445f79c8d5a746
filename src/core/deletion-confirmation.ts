import {
  ACCENT_SENSITIVE,
  AFFIRMATION,
  BARE_YES_COMPANY,
  BUT_UNLESS_SPANISH,
  DELETE_CONSENT,
  DELETE_MENTION,
  DELETE_PAST,
  DELETION_CONFIRMATION_WORDS,
  HESITATION,
  IDIOMS,
  NEGATION,
  OUR_INSTRUCTIONS,
  QUESTION_START,
  SOFT_BUT,
} from './deletion-confirmation-words.js';

export { DELETION_CONFIRMATION_WORDS };

/** Only what the requester wrote first counts: a long reply is a conversation for a person. */
const MAX_LINES = 5;
const MAX_CHARS = 400;

export interface DeletionConfirmation {
  confirmed: boolean;
  /** Why, in our words: never a quote of the reply (it may carry health or other personal details). */
  reason: string;
}

export interface DeletionConfirmationOptions {
  /** The case's language (ISO 639-1, "pt-BR" is fine): settles words that differ by language. */
  language?: string;
  /**
   * Whether a bare "yes"/"ok" counts (default true). It answers our deletion question only when that was
   * the one question asked: pass false for replies to a mail that also asked something else (the
   * verification mail asks the requester to confirm it is them).
   */
  acceptBareYes?: boolean;
}

const GERMAN_LETTERS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'AE', Ö: 'OE', Ü: 'UE', ß: 'ss' };

/** Accents off, umlauts written out, case kept (the capital word is a signal), line breaks as \n. */
function prepare(text: string): string {
  let prepared = text.normalize('NFC').replace(/\r\n?/g, '\n');
  for (const [pattern, replacement] of ACCENT_SENSITIVE) prepared = prepared.replace(pattern, replacement);
  return prepared
    .replace(/[äöüÄÖÜß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** Lower-case words separated by one space, with the set phrases rewritten. */
function toWords(text: string): string {
  const spaced = text.replace(/n['’]t(?![\p{L}])/giu, ' not').replace(/['’`´-]/g, ' ');
  let words = (spaced.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
  for (const [pattern, replacement] of IDIOMS) words = words.replace(pattern, replacement);
  return words;
}

const CAPITAL_WORD = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...DELETION_CONFIRMATION_WORDS.map(prepare), 'LOSCHEN'].join('|')})(?![\\p{L}\\p{N}_])`, 'u');

/** Reply headers of the common mail clients in our languages; below one is the mail being answered. */
const QUOTE_HEADER =
  /^\s*(?:(?:on|le|el|em|il)\s.*(?:wrote|a ecrit|escribio|escreveu|ha scritto)\s*:?\s*$|(?:am|op)\s.*\s(?:schrieb|schreef)\s.*:\s*$|-{2,}\s*(?:original message|urspruengliche nachricht|mensaje original|message d.origine|mensagem original|messaggio originale|oorspronkelijk bericht)\s*-{2,}\s*$|_{5,}\s*$|(?:from|von|de|da|van)\s*:\s*\S)/;
const SIGNATURE = /^\s*(?:--\s*|—\s*|sent from\b.*|get outlook for\b.*|von meinem\b.*gesendet|enviado desde mi\b.*|envoye de mon\b.*|inviato da\b.*|enviado do meu\b.*|(?:verzonden|verstuurd) (?:vanaf|met) mijn\b.*)$/;
/** A line that is only a sign-off: below it are a name, a title and a company, not an answer. */
const CLOSING =
  /^\s*(?:best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks(?: again| a lot)?|thank you(?: very much)?|cheers|sincerely|yours (?:sincerely|faithfully|truly)|mit freundlichen gruessen|freundliche gruesse|viele gruesse|beste gruesse|liebe gruesse|gruss|mfg|vg|lg|saludos(?: cordiales)?|un saludo|atentamente|cordialmente|cordialement|bien (?:a vous|cordialement)|salutations(?: distinguees)?|cordiali saluti|distinti saluti|saluti|atenciosamente|cumprimentos|abracos|obrigad[oa]|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?|mvg)\s*[,.!]?\s*$/;
const QUOTED = /^\s*>/;
const TOKEN_OR_CODE = /\bPIV-[A-Z0-9]{6,}\b|(?<![\p{L}\p{N}-])[A-Za-z0-9]{4}-[A-Za-z0-9]{4}(?![\p{L}\p{N}-])/giu;

/** The one-time code or token typed next to the answer; "long-term" is left alone (no digit, not in capitals). */
function withoutCodes(line: string): string {
  return line.replace(TOKEN_OR_CODE, (found) => (/\d/.test(found) || found === found.toUpperCase() ? ' ' : found));
}

function isQuoteHeader(lines: readonly string[], index: number): boolean {
  const line = (lines[index] ?? '').toLowerCase();
  // Gmail wraps a long "On … wrote:" line in two.
  return QUOTE_HEADER.test(line) || (/^\s*(?:on|am|le|el|em|il|op)\s/.test(line) && QUOTE_HEADER.test(`${line} ${(lines[index + 1] ?? '').toLowerCase()}`.replace(/^\s*/, '')));
}

/**
 * The first lines the requester wrote: above the first reply header, signature or copy of our own
 * instructions (Outlook pastes the mail being answered without ">" markers), quoted lines left out,
 * and at most MAX_LINES non-empty lines / MAX_CHARS characters.
 */
function requesterWindow(prepared: string): string {
  const lines = prepared.split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (QUOTED.test(line)) continue;
    if (isQuoteHeader(lines, index)) {
      // Bottom-posting: header and quoted mail first, the answer below them.
      const nextText = lines.slice(index + 1).find((next) => next.trim() !== '' && !isQuoteHeader([next], 0)) ?? '';
      if (kept.every((keptLine) => keptLine.trim() === '') && QUOTED.test(nextText)) continue;
      break;
    }
    if (SIGNATURE.test(line.toLowerCase()) || OUR_INSTRUCTIONS.test(toWords(line))) break;
    if (line.trim() !== '') kept.push(withoutCodes(line));
    if (kept.length >= MAX_LINES || (kept.length > 1 && CLOSING.test(line.toLowerCase()))) break;
  }
  return kept.join('\n').slice(0, MAX_CHARS);
}

interface Clause {
  /** As written (accents off): the capital word and names are told by their case. */
  plain: string;
  words: string;
  tokens: string[];
}

function splitClauses(window: string): Clause[] {
  return window
    .split(/[.!;,:\n()[\]"“”«»„]+|\s[-–—]+\s|[–—]/u)
    .map((plain) => {
      const words = toWords(plain);
      return { plain: plain.trim(), words, tokens: words === '' ? [] : words.split(' ') };
    })
    .filter((clause) => clause.tokens.length > 0);
}

const everywhere = (pattern: RegExp): RegExp => new RegExp(pattern.source, 'gu');
const ALL_AFFIRMATIONS = everywhere(AFFIRMATION);
const ALL_COMPANY = everywhere(BARE_YES_COMPANY);
const ALL_NEGATIONS = everywhere(NEGATION);

/** Words left once yes, negations, greetings, thanks and the like are taken out; codes and dates are not words. */
function otherWords(words: string): string[] {
  const rest = words.replace(ALL_AFFIRMATIONS, ' ').replace(ALL_NEGATIONS, ' ').replace(ALL_COMPANY, ' ');
  return rest.split(' ').filter((word) => word !== '' && !/\p{N}/u.test(word));
}

function isSoftBut(tokens: readonly string[], language: string | undefined): boolean {
  return tokens.some((token, index) => {
    if (token === BUT_UNLESS_SPANISH) return language !== 'es';
    if (!Object.hasOwn(SOFT_BUT, token)) return false;
    const previous = tokens[index - 1];
    return index === 0 || (previous !== undefined && AFFIRMATION.test(previous)) || SOFT_BUT[token] === language;
  });
}

/** "Dana" or "J. Smith" on a line of its own below the answer: a name, not more to say. */
function isName(clause: Clause): boolean {
  const names = clause.plain.match(/\p{L}+/gu) ?? [];
  return names.length <= 3 && names.every((name) => /^\p{Lu}/u.test(name)) && !AFFIRMATION.test(clause.words) && !NEGATION.test(clause.words) && !DELETE_MENTION.test(clause.words);
}

const confirmed = (reason: string): DeletionConfirmation => ({ confirmed: true, reason });
const notConfirmed = (reason: string): DeletionConfirmation => ({ confirmed: false, reason });

/**
 * Whether the requester's new text (quoted history removed by the caller) explicitly confirms that we
 * should delete their personal information, and why, for the case log. Deletion cannot be undone, so
 * anything less than a plain yes (a question, a hesitation, a condition, a limit, a negation near the
 * word) is left to a person.
 */
export function explainDeletionConfirmation(newText: string, options: DeletionConfirmationOptions = {}): DeletionConfirmation {
  const language = options.language?.toLowerCase().slice(0, 2);
  const window = requesterWindow(prepare(newText));
  if (!/\p{L}/u.test(window)) return notConfirmed('nothing written above the quoted text');
  if (/[?¿]/.test(window)) return notConfirmed('a question');
  const clauses = splitClauses(window);
  if (clauses.some((clause) => HESITATION.test(clause.words) || QUESTION_START.test(clause.words) || isSoftBut(clause.tokens, language))) {
    return notConfirmed('a hesitation, a condition, a limit or a request for something else first');
  }

  const capital = CAPITAL_WORD.test(window);
  const consent = clauses.some((clause) => DELETE_CONSENT.test(clause.words.replace(DELETE_PAST, ' ')));
  if (capital || consent) {
    // "I don't use the app any more" beside "delete it" is a reason, not a refusal; a short "no" is one.
    const refusal = clauses.some(
      (clause) => NEGATION.test(clause.words) && (DELETE_MENTION.test(clause.words) || AFFIRMATION.test(clause.words) || CAPITAL_WORD.test(clause.plain) || otherWords(clause.words).length < 2),
    );
    if (refusal) return notConfirmed('a negation about the deletion');
    return confirmed(capital ? 'the capital confirmation word' : 'a request to delete');
  }

  if (!clauses.some((clause) => AFFIRMATION.test(clause.words))) return notConfirmed('no confirmation');
  if (clauses.some((clause) => NEGATION.test(clause.words))) return notConfirmed('a yes next to a negation');
  // The only question we asked was whether to delete, so a bare yes answers it; "yes, call me" does not.
  const more = clauses.filter((clause, index) => !(index > 0 && isName(clause))).flatMap((clause) => otherWords(clause.words));
  if (more.length > 0) return notConfirmed('a yes that says more than yes');
  if (options.acceptBareYes === false) return notConfirmed('a bare yes to a mail that asked more than one thing');
  return confirmed('a bare yes');
}

/** Whether the requester's new text explicitly confirms the deletion (see explainDeletionConfirmation). */
export function confirmsDeletion(newText: string, options: DeletionConfirmationOptions = {}): boolean {
  return explainDeletionConfirmation(newText, options).confirmed;
}
