import { asksSomething } from './automated-person-voice.js';
import { IGNORE_THIS_MAIL } from './automated-system-phrases.js';
import { shown } from './automated-units.js';
import type { ContentAutomatedVerdict } from './automated-content.js';
import { detectLanguage } from './language.js';
import { FIRST_PERSON_SINGULAR } from './masks.js';
import type { MessageText } from './message-text.js';

/**
 * A notice that says "I" nowhere and tells the reader who did not expect it to ignore it ("Not your
 * child? Just ignore this email."): a sign-up, consent or verification mail. Its words may name a
 * request ("we'll delete the sign-up request"), so then it goes to the team, never answered.
 */
export function transactionalNotice(text: MessageText, region: string): ContentAutomatedVerdict | null {
  if (text.isReply === true) return null;
  const ignore = region.match(IGNORE_THIS_MAIL_ONCE);
  if (!ignore) return null;
  // In the mail's own language: an English notice about a child called "Mia" says no Italian "my".
  const own = FIRST_PERSON_OF[detectLanguage(region).language] ?? FIRST_PERSON_SINGULAR;
  if (own.test(region)) return null;
  const carriesRequest = asksSomething(region, 'body');
  return { kind: 'auto_reply', reason: 'transactional notice text', phrase: shown(ignore[0]), ...(carriesRequest ? { unsure: true } : {}) };
}
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
