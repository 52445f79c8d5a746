import { RECEIVING_BECAUSE, speaksInFirstPerson } from './masks.js';
import { detectLanguage } from './language.js';
import type { MessageText } from './message-text.js';
import { asksSomething, saysIOfTheirOwn } from './automated-person-voice.js';
import { SENT_TO_ALL } from './automated-list-phrases.js';
import { countWords, hasQuestionMark, LINK, QUOTATION, shown, type Unit } from './automated-units.js';

/** A confidentiality disclaimer ("Se ha ricevuto questa e-mail per errore"): any sender's, bulk or not. */
const RECEIVED_IN_ERROR = /(?<!\p{L})(?:in error|by mistake|by error|per errore|per sbaglio|por error|por equivocación|por engano|por erro|par erreur|irrtümlich|fälschlicherweise|versehentlich|per vergissing|abusievelijk|ten onrechte)(?!\p{L})/iu;

/** How many of the last lines a list's footer may stand in. */
const FOOTER_LINES = 3;
/** How many lines a sign-off's name and company may take under it. */
const SIGNATURE_LINES = 3;
/** "Met vriendelijke groet,", "Cordiali saluti", "Kind regards": the line a letter's signature starts with. */
const SIGN_OFF_LINE =
  /^\s*(?:kind regards|best regards|regards|sincerely|yours (?:sincerely|faithfully)|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|un saludo|saludos(?: cordiales)?|atentamente|cordialement|bien cordialement|sincères salutations|cordiali saluti|distinti saluti|saluti|atenciosamente|cumprimentos|com os melhores cumprimentos|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?)[\s,.!]*$/iu;

/** How many words a line of links may keep besides them ("| Privacy", "Unsubscribe · Preferences"). */
const LINK_LINE_WORDS = 3;

/** "[https://…/afmelden] | Privacy", "Unsubscribe · Preferences": a list's link line, which does not push its footer out of reach. */
function isLinkLine(line: string): boolean {
  return line.search(LINK) >= 0 && countWords(line.replace(LINK, ' ')) <= LINK_LINE_WORDS;
}

/**
 * A list's footer saying why the reader gets the mail ("Você está recebendo este e-mail porque se
 * cadastrou", "U ontvangt deze nieuwsbrief omdat…"), in one of its last lines, under text that answers
 * nothing and asks nothing in the first person, or says whom it was sent to ("sent to all account
 * administrators"): only a sender writes it about its own mail, and people who paste one complain in
 * the first person. A confidentiality disclaimer ("if you received this in error") is no list's.
 */
export function findListFooter(text: MessageText, region: string): { start: number; end: number; phrase: string; dutch: boolean } | null {
  if (text.isReply === true) return null;
  const kept = [...region.matchAll(/[^\n]+/gu)].filter((line) => line[0].trim() !== '' && !isLinkLine(line[0]));
  // The footer may stand above the sign-off ("Dit bericht is verstuurd aan alle contactpersonen … / Met vriendelijke groet, / Afdeling Juridische Zaken").
  const signOff = kept.findIndex((line, at) => at >= kept.length - SIGNATURE_LINES - 1 && SIGN_OFF_LINE.test(line[0]));
  const lines = [...(signOff > 0 ? kept.slice(Math.max(0, signOff - FOOTER_LINES), signOff) : []), ...kept.slice(-FOOTER_LINES)];
  for (const line of lines) {
    const match = line[0].match(RECEIVING_BECAUSE) ?? line[0].match(SENT_TO_ALL);
    if (!match || match.index === undefined || RECEIVED_IN_ERROR.test(line[0])) continue;
    // Dutch "je" is "you": a Dutch survey's "Zou je 1 minuutje willen nemen?" puts its question to the reader.
    const dutch = detectLanguage(region).language === 'nl';
    if (speaksAndAsks(region.slice(0, line.index), dutch)) return null;
    const start = line.index + match.index;
    return { start, end: start + match[0].length, phrase: shown(match[0]), dutch };
  }
  return null;
}

/**
 * A founder's letter says "I" too ("It's Maya, co-founder of …", "ich bin's, Lena"), but asks
 * nothing; a person who pastes a list's mail asks or complains above it ("Why do I get this?").
 */
function speaksAndAsks(above: string, dutch: boolean): boolean {
  // A bulleted line is one of the list's items ("- explicamos como você pode solicitar a exclusão"), as judge() reads it.
  const unquoted = above
    .replace(QUOTATION, ' ')
    .replace(LINK, ' ')
    .replace(/^[^\n]*$/gmu, (line) => (BULLETED_LINE.test(line) && !speaksInFirstPerson(line) ? ' ' : line));
  return speaksInFirstPerson(unquoted) && (asksOfTheirOwn(unquoted, dutch) || (unquoted.trim() !== '' && asksSomething(unquoted, 'body')));
}

/**
 * A question about the writer's own matter ("Why do I get this?", "Can you take me off?"), not one
 * a founder's or surveyor's letter puts to its reader ("What made you try us?", "Pourriez-vous noter
 * notre échange ?").
 */
function asksOfTheirOwn(text: string, dutch: boolean): boolean {
  return text.split(/(?<=[.!?¿¡])\s+|\n+/u).some((sentence) => hasQuestionMark(sentence) && saysIOfTheirOwn(sentence, dutch));
}


/** A bulleted line: "• Smartphone in prima media sì o no?", "- New: dark mode". */
const BULLETED_LINE = /^[ \t]*[-*•·▪►▸▹➤◦‣][ \t]+\S[^\n]{0,150}$/u;
/** The unit lies on one bulleted line that says no "I" of its sender's. */
export function isListItem(body: string, unit: Unit): boolean {
  const end = lineEnd(body, unit.start);
  if (unit.end > end + 1) return false;
  const line = body.slice(body.lastIndexOf('\n', unit.start - 1) + 1, end);
  return BULLETED_LINE.test(line) && !speaksInFirstPerson(line.replace(QUOTATION, ' '));
}

function lineEnd(body: string, at: number): number {
  const end = body.indexOf('\n', at);
  return end < 0 ? body.length : end;
}
