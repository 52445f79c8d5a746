import { asksSomething } from './automated-person-voice.js';
import { DO_NOT_REPLY, IGNORE_THIS_MAIL } from './automated-system-phrases.js';
import { isNeutral, LINK, shown, splitUnits } from './automated-units.js';
import { BOT_INSTRUCTION } from './new-text-phrases.js';
import { FORM_FIELD_LINE } from './automated-notice-phrases.js';
import type { ContentAutomatedVerdict } from './automated-content.js';
import { detectLanguage } from './language.js';
import { FIRST_PERSON_SINGULAR } from './masks.js';
import type { MessageText } from './message-text.js';

/**
 * A notice that says "I" nowhere and tells the reader who did not expect it to ignore it ("Not your
 * child? Just ignore this email."), or ends by telling them not to reply: a sign-up, consent or
 * verification mail, a notice to all customers. Its words may name a
 * request ("we'll delete the sign-up request"), so then it goes to the team, never answered.
 */
export function transactionalNotice(text: MessageText, region: string): ContentAutomatedVerdict | null {
  if (text.isReply === true) return null;
  const ignore = region.match(IGNORE_THIS_MAIL_ONCE) ?? closingDoNotReply(region, text.subject);
  if (!ignore) return null;
  // In the mail's own language: an English notice about a child called "Mia" says no Italian "my".
  const own = FIRST_PERSON_OF[detectLanguage(region).language] ?? FIRST_PERSON_SINGULAR;
  if (own.test(region)) return null;
  const carriesRequest = asksSomething(region, 'body');
  return { kind: 'auto_reply', reason: 'transactional notice text', phrase: shown(ignore[0]), ...(carriesRequest ? { unsure: true } : {}) };
}
/** "Nuova compilazione del modulo", "Neue Formularanfrage": a form's copy, named in its subject or opening. */
const FORM_NAMED = /(?<!\p{L})(?:(?:web-?)?form|formular\p{L}*|formulario|formulaire|modulo|formulário|formulier)(?!\p{L})/iu;
const FORM_NAMED_WITHIN = 200;
/** How many of the last sentences may tell the reader not to reply. */
const CLOSING_UNITS = 3;

/**
 * "Comunicazione inviata a tutte le strutture clienti. Non rispondere a questo indirizzo.": a notice
 * sent to many ends by telling them not to answer it; a person's letter never does.
 */
function closingDoNotReply(region: string, subject: string): RegExpMatchArray | null {
  // A fake authority's "pay here: https://…" or an instruction to the bot ends the same way; FORMAT.md
  // counts those as a person's, and the rules read them as such (new-text.ts, the lexicons' phishing).
  if (region.search(LINK) >= 0 || region.search(BOT_INSTRUCTION) >= 0) return null;
  // A web form's copy ends so too, under the fields a person filled in: their words, read as a relay's.
  if ((region.match(FORM_FIELD_LINE) ?? []).length >= 2 || FORM_NAMED.test(subject) || FORM_NAMED.test(region.slice(0, FORM_NAMED_WITHIN))) return null;
  for (const unit of splitUnits(region).filter((candidate) => !isNeutral(candidate)).slice(-CLOSING_UNITS)) {
    const match = unit.text.match(DO_NOT_REPLY_ONCE);
    if (match) return match;
  }
  return null;
}
const DO_NOT_REPLY_ONCE = new RegExp(DO_NOT_REPLY.source, DO_NOT_REPLY.flags.replace('g', ''));

/** The first person singular of each language we read. */
const FIRST_PERSON_OF: Readonly<Record<string, RegExp>> = {
  en: /(?<!\p{L})(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:ich|mich|mir|mein\p{L}*)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:yo|me|mi|mis|conmigo)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:je|j'|moi|mon|ma|mes|me|m')(?!\p{L})/iu,
  it: /(?<!\p{L})(?:io|mio|mia|miei|mie|mi)(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:eu|meu|minha|meus|minhas|me|mim)(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:ik|mij|mijn|me)(?!\p{L})/iu,
};
const IGNORE_THIS_MAIL_ONCE = new RegExp(IGNORE_THIS_MAIL.source, IGNORE_THIS_MAIL.flags.replace('g', ''));
