import type { InboundMail } from '../../types.js';
import type { MessageText } from './message-text.js';
import { keepGoingOffered } from './offer-to-go-on.js';
import { answersInline, answerSaysItself, bareAnswer, inFirstPerson, isChoice, isOffer, offeredIn, quotedQuestions, quotedSentences, type YesAnswer } from './yes-answer.js';

/**
 * A bare no ("No.", "Nein.", "Non merci", "Nee") to the team asking whether the person wants to go on
 * receiving something ("Möchten Sie weiterhin unseren Newsletter erhalten?") or wants us to keep their
 * account: the no asks us to stop, which is an objection to marketing (GDPR Art. 21(2), CCPA's
 * opt-out) or erasure; a no to using the data for marketing, sharing or research is an objection
 * too. A no to any other offer ("do you also want a copy of your invoices?", "shall we go on with your
 * request?") turns it down and asks for nothing.
 */
const NO_WORDS = '(?:no|nope|nah|no thanks|nein|non|não|nao|nee|neen|niet|nunca|jamais|mai più|nooit|keinesfalls|auf keinen fall|absolutely not|definitely not|certainly not|of course not)';
/** A reply that opens with a no, in our seven languages. */
export const NEGATIVE = new RegExp(`^[\\s"'“„«]*${NO_WORDS}(?![\\p{L}])`, 'iu');

/** "No.", "No, thanks", "Non merci !", "Nein danke", "Nee hoor": the no and at most a thanks. */
const ONLY_NO = new RegExp(
  `^[\\s"'“„«]*${NO_WORDS}(?![\\p{L}])(?:[\\s,.!]*(?:thanks|thank you|thx|merci(?: bien| beaucoup)?|danke(?: schön| sehr)?|gracias|grazie(?: mille)?|obrigad[oa]|dank (?:je|u)(?: wel)?|bedankt|hoor|please|por favor|s'il vous plaît|bitte|per favore|alsjeblieft|graag))*[\\s.!]*$`,
  'iu',
);

/**
 * A bare no to an offer: what it asks us to stop (going on receiving, keeping an account, a use of the
 * data), or no label when it only turns the offer down. Null when the mail is not one.
 */
export function noToContinuing(mail: InboundMail, text: MessageText): YesAnswer | null {
  // "No, who are you?" asks back: not a bare answer.
  const first = text.isReply === true && !answersInline(mail) ? bareAnswer(text.body, (line) => !line.includes('?') && NEGATIVE.test(line)) : null;
  if (first === null) return null;
  // "No, delete everything": the answer says it itself, and is read as written.
  if (answerSaysItself(text.body)) return null;
  const questions = quotedQuestions(mail).filter((question) => isOffer(question) && !isChoice(question));
  // Only the last offer is the one a bare no answers.
  const question = questions.at(-1);
  if (question === undefined) return null;
  const stopped = keepGoingOffered(question);
  if (stopped) return { labels: [stopped], question: question.slice(0, 160), asTheirs: '' };
  // "Do you also want us to close your account? If not, we'll simply remove you from all marketing
  // emails": the team said what a no asks for, so the no asks for that.
  const fallback = ONLY_NO.test(first) ? fallbackOnNo(mail, question) : null;
  if (fallback !== null) {
    const asTheirs = inFirstPerson(fallback);
    return { labels: offeredIn([asTheirs]), question: question.slice(0, 160), asTheirs };
  }
  // A refusal asks for nothing only when it is all the answer says: "No, just stop the ads" or
  // "Nein, einfach löschen bitte" go on to ask something, and are read as usual.
  return ONLY_NO.test(first) ? { labels: [], question: question.slice(0, 160), asTheirs: '' } : null;
}

/** "If not, …", "Otherwise …", "Sinon, …", "Falls nicht, …": what the team will do on a no. */
const IF_NOT =
  /^(?:if not|if you don[’']t|otherwise|falls nicht|wenn nicht|ansonsten|andernfalls|sonst|sinon|si ce n[’']est pas le cas|dans le cas contraire|si no|de lo contrario|en caso contrario|si no es así|se não|caso contrário|senão|altrimenti|se no|in caso contrario|zo niet|anders|indien niet|als dat niet zo is)(?![\p{L}])/iu;

/** What follows the question when it says what happens on a no; null otherwise. */
function fallbackOnNo(mail: InboundMail, question: string): string | null {
  const sentences = quotedSentences(mail).map((sentence) => sentence.trim());
  const at = sentences.findIndex((sentence) => sentence.includes(question));
  if (at < 0) return null;
  // "…your account? if not, we'll…" stays one sentence (no capital after the question mark).
  const sentence = sentences[at] ?? '';
  const rest = sentence.slice(sentence.indexOf(question) + question.length).trim();
  const after = rest !== '' ? rest : (sentences[at + 1] ?? '');
  return IF_NOT.test(after) ? after : null;
}
