import type { InboundMail } from '../../types.js';
import { ANSWER_MARK, inCapitals, splitTrailingAnswer } from './answer-marks.js';
import { NEGATIVE } from './no-answer.js';
import { keepGoingOffered } from './offer-to-go-on.js';
import { AFFIRMATIVE, inFirstPerson, isChoice, isOffer, unquoted } from './yes-answer.js';

/**
 * "Sim." typed under "> 1. Pretende que eliminemos a sua ficha de cliente?", with other answers
 * under the next questions: people answer the team's questions one by one inside the quoted mail.
 * Each bare yes accepts the offer right above it, read in the person's words; the rest of their
 * answers is read as usual.
 */
const QUOTED = /^[ \t]*>/u;
/**
 * "-----Messaggio originale-----", "De: … / Enviado el: …": Outlook puts the team's mail under the
 * reply unquoted, and people announce "RISPONDO SOTTO IN MAIUSCOLO" and answer under each question.
 * Inside such an original, our questions are the unquoted lines ending in "?".
 */
const ORIGINAL_STARTS = /^[ \t]*(?:-{2,}\s*[\p{L} '’]{3,40}\s*-{2,}|(?:From|De|Von|Da|Van)[ \t]*:[ \t]*\S.*)$/u;
/** "Yes.", "Sim, por favor.", "Ja, gerne": a yes and a few words, not a sentence of its own. */
const MAX_YES_CHARS = 40;
/** "Oui, s'il vous plaît, avant la suppression.": a yes with its condition, as the first sentence of a longer answer. */
const MAX_FIRST_SENTENCE_CHARS = 60;
/** How many answered offers one mail is read for. */
const MAX_OFFERS = 5;

const LISTED_ITEM = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+\S/u;

/** A listed item in our words, whose next line holds an answer typed in capitals. */
function isListedItemAnsweredInCapitals(lines: readonly string[], at: number): boolean {
  const line = lines[at] ?? '';
  if (!LISTED_ITEM.test(line) || inCapitals(line) || line.trim().endsWith('?')) return false;
  const next = lines.slice(at + 1).find((text) => text.trim() !== '');
  return next !== undefined && !LISTED_ITEM.test(next) && inCapitals(next);
}

/** Each short line typed right under one of our questions, with that question. */
export function answeredQuestions(mail: InboundMail, maxChars = MAX_YES_CHARS): { question: string; answer: string }[] {
  // Inside an unquoted original, "¿Desea que eliminemos su cuenta? SÍ" is our question and the answer typed after it.
  let original = false;
  const lines = mail.text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .flatMap((line) => {
      original ||= ORIGINAL_STARTS.test(line);
      return original && !QUOTED.test(line) ? splitTrailingAnswer(line, true) : [line];
    });
  const pairs: { question: string; answer: string }[] = [];
  let question: string | null = null;
  // A question wrapped over quoted lines ("> … uniquement, ou également\n> de l'historique ?"): the lines since the last sentence ended.
  let run = '';
  let inOriginal = false;
  for (const [at, line] of lines.entries()) {
    if (!inOriginal && ORIGINAL_STARTS.test(line)) inOriginal = true;
    // "- se desidera opporsi all'invio di comunicazioni promozionali via e-mail" / "SI": in an unquoted
    // original, a listed item our mail asks about, answered in capitals on the next line.
    const listedAndAnswered = inOriginal && isListedItemAnsweredInCapitals(lines, at);
    if (QUOTED.test(line) || (inOriginal && line.trim().endsWith('?')) || listedAndAnswered) {
      const quoted = listedAndAnswered ? `${unquoted(line)}?` : unquoted(line);
      if (quoted === '' || /^[-*•]\s|^\d{1,2}[.)]\s/u.test(quoted)) run = '';
      run = run === '' ? quoted : `${run} ${quoted}`;
      if (quoted.endsWith('?')) question = (run.split(/(?<=[.!?:])\s+/u).at(-1) ?? quoted).replace(/^(?:\d{1,2}[.)]|[-*•])\s*/u, '');
      else if (quoted !== '') question = null;
      if (/[.!?:]$/u.test(quoted)) run = '';
      continue;
    }
    run = '';
    const answer = line.trim().replace(ANSWER_MARK, '');
    if (answer === '') continue;
    const first = shortAnswer(answer, maxChars);
    if (question !== null && first !== null) pairs.push({ question, answer: first });
    question = null;
  }
  return [...pairs, ...answersByNumber(lines, maxChars)];
}

/** "1 – yes", "2) nee", "3. Sí, por favor": an answer given by the number of the question it answers. */
const NUMBERED_ANSWER = /^[ \t]*(\d{1,2})[ \t]*(?:[.):]|[-–—])[ \t]*(\S.*)$/u;
const NUMBERED_QUESTION = /^(\d{1,2})[.)][ \t]+(\S.*)$/u;

/**
 * "1 – yes / 2 – no, keep it" typed above "> 1. Do you want us to unsubscribe you …? > 2. Do you also
 * want us to close your account?": each answer belongs to the quoted question with its number.
 */
function answersByNumber(lines: readonly string[], maxChars: number): { question: string; answer: string }[] {
  // Outlook puts our mail under its header block unquoted ("De: … / Asunto: …"): those lines are ours too.
  const originalAt = lines.findIndex((line) => ORIGINAL_STARTS.test(line));
  const ours = (line: string, at: number): boolean => QUOTED.test(line) || (originalAt >= 0 && at >= originalAt);
  const questions = new Map<string, string>();
  let number: string | null = null;
  let run = '';
  for (const [at, line] of lines.entries()) {
    if (!ours(line, at)) continue;
    const quoted = QUOTED.test(line) ? unquoted(line) : line.trim();
    const numbered = NUMBERED_QUESTION.exec(quoted);
    if (numbered) [number, run] = [numbered[1] ?? null, numbered[2] ?? ''];
    else if (quoted === '') [number, run] = [null, ''];
    else if (number !== null) run = `${run} ${quoted}`;
    // "1. ¿Quieres que eliminemos también las reseñas? Si no, quedarán publicadas …": the question, then what follows from it.
    if (number !== null && run.includes('?') && !questions.has(number)) {
      questions.set(number, run.split(/(?<=[.!?:])\s+/u).filter((sentence) => sentence.endsWith('?')).at(-1) ?? run);
      [number, run] = [null, ''];
    }
  }
  if (questions.size < 2) return [];
  const pairs: { question: string; answer: string }[] = [];
  for (const [at, line] of lines.entries()) {
    if (ours(line, at)) break;
    const answered = NUMBERED_ANSWER.exec(line);
    const question = answered ? questions.get(answered[1] ?? '') : undefined;
    if (!answered || question === undefined) continue;
    const first = shortAnswer((answered[2] ?? '').trim(), maxChars);
    if (first !== null) pairs.push({ question, answer: first });
  }
  return pairs;
}

/**
 * "Oui, s'il vous plaît, avant la suppression. Je veux garder …": the answer's first sentence, its
 * reason after it; null when even that is a sentence of its own, not a short answer.
 */
function shortAnswer(answer: string, maxChars: number): string | null {
  const first = answer.length > maxChars ? (answer.split(/(?<=[.!])\s+/u)[0] ?? '') : answer;
  return first.length <= Math.max(maxChars, MAX_FIRST_SENTENCE_CHARS) ? first : null;
}

export function offersAcceptedInline(mail: InboundMail): string[] {
  return answeredQuestions(mail)
    .filter(({ question, answer }) => AFFIRMATIVE.test(answer) && isOffer(question) && !isChoice(question) && keepGoingOffered(question) === null)
    .slice(0, MAX_OFFERS)
    .map(({ question }) => inFirstPerson(question));
}

/**
 * "NEIN. AUF KEINEN FALL." typed under "> 3. Möchten Sie weiterhin unseren Newsletter erhalten?": a
 * no to going on receiving something, or to keeping an account, asks us to stop (no-answer.ts reads
 * the same no when it is the whole reply). What each such no asks for, with the question it answers.
 */
export function refusalsInline(mail: InboundMail): { label: 'opt_out' | 'deletion'; question: string }[] {
  const refusals: { label: 'opt_out' | 'deletion'; question: string }[] = [];
  for (const { question, answer } of answeredQuestions(mail)) {
    const label = NEGATIVE.test(answer) ? keepGoingOffered(question) : null;
    if (label) refusals.push({ label, question: question.slice(0, 160) });
    if (refusals.length >= MAX_OFFERS) break;
  }
  return refusals;
}
