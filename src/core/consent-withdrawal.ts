import type { InboundMail } from '../types.js';

/**
 * Whether an opt-out takes back consent (GDPR Art. 7(3): "as easy to withdraw as to give") rather
 * than asking us to stop selling or sharing. Both are filed as `opt_out` and switched off at once,
 * without verification, but they are answered in different words: a patient who withdraws consent
 * to a sleep study must not be told "we no longer sell your data", which they never asked about.
 *
 * This reads only the wording of an opt-out the classifier already found; it never makes one.
 */

// The consent noun in the seven template languages (German and Dutch have two words each).
const CONSENT_NOUN = /\b(?:consent|einwilligung\p{L}*|zustimmung|einverst[äa]ndnis\p{L}*|consentimiento|consentement|consentimento|consenso|toestemming|instemming)\b/iu;

// Taking something back, in the same clause as the noun, either order ("ich ziehe meine Einwilligung
// … zurück", "consent withdrawn", "trek mijn toestemming in").
const TAKE_BACK =
  /\b(?:withdraw\p{L}*|withdrew|withdrawn|revok\p{L}*|revocation|retract\p{L}*|rescind\p{L}*|cancel\p{L}*|remov\p{L}*|pull\p{L}*|take (?:it )?back|taking (?:it )?back|took (?:it )?back|widerruf\p{L}*|zur[üu]ck\p{L}*|entzieh\p{L}*|retir[oaeé]\p{L}*|retrait|revoc[oa]\p{L}*|revocaci[oó]n|révoqu\p{L}*|révocation|revog\p{L}*|ritir\p{L}*|intrek\p{L}*|ingetrokken|trek\b[^.!?;\n]{0,60}\bin|herroep\p{L}*)/iu;

// Refusing consent from now on, with no verb of taking back ("I no longer consent", "ich bin nicht
// mehr einverstanden", "je ne consens plus", "non acconsento più", "ik stem niet meer in").
const NO_LONGER_CONSENT =
  /\b(?:(?:no longer|do not|don't|dont) consent|nicht (?:mehr )?einverstanden|ya no (?:doy|otorgo|consiento)|no consiento|ne consens plus|n'y consens plus|n[ãa]o consinto|non acconsento|niet (?:meer )?akkoord|stem (?:daar |hier )?niet (?:meer )?in)\b/iu;

// Selling, sharing and targeted ads are the CCPA opt-out (Cal. Civ. Code 1798.120, 1798.135), which
// the usual wording already names: a mail naming them keeps it even when it says "consent" too.
const SALE = /\b(?:shar(?:e|es|ed|ing)|advert\p{L}*|ads|weitergabe|weitergeben|compartir|compartan|publicidad|partag\p{L}*|publicit[ée]|compartilh\p{L}*|publicidade|condivi\p{L}*|pubblicit[àa]|delen|gedeeld|advertenties|sell\p{L}*|sale|sold|do not sell|verkauf\p{L}*|verkaufen|venta|vend(?:a|an|as|e|en|er|ere|o|ido|idos|ida|idas|ita|uto|uti)|vente|vendre|vendita|verkoop|verkopen|verkocht)(?!\p{L})/iu;

const CLAUSE_END = /[.!?;\n]+/u;

/** Why the team is told at once, for an opt-out that takes consent back. */
export const CONSENT_WITHDRAWN_REASON = 'consent withdrawn: stop every use that relied on it now';

/** The opt-out in this mail's subject and new text takes back consent. */
export function mailWithdrawsConsent(mail: Pick<InboundMail, 'subject' | 'newText' | 'text'>): boolean {
  return withdrawsConsent(`${mail.subject}\n${mail.newText || mail.text}`);
}

/** The opt-out in this text takes back consent and says nothing of selling, sharing or ads. */
export function withdrawsConsent(text: string): boolean {
  if (SALE.test(text)) return false;
  if (NO_LONGER_CONSENT.test(text)) return true;
  return text.split(CLAUSE_END).some((clause) => CONSENT_NOUN.test(clause) && TAKE_BACK.test(clause));
}
