import type { InboundMail, Label } from '../../types.js';
import type { MessageText } from './message-text.js';
import { scoreSegments } from './score.js';
import { CHOICE, isOffer, MAX_ANSWER_CHARS, MAX_TAIL_LINE_CHARS, MAX_TAIL_LINES, OFFERED, quotedQuestions, type YesAnswer } from './yes-answer.js';

/**
 * A bare no ("No.", "Nein.", "Non merci", "Nee") to the team asking whether the person wants to go on
 * receiving something ("Möchten Sie weiterhin unseren Newsletter erhalten?") or wants us to keep their
 * account: the no asks us to stop, which is an objection to marketing (GDPR Art. 21(2), CCPA's
 * opt-out) or erasure. A no to anything else ("do you want to go on with your request?", "shall we
 * send the copy by post?") asks nothing and is read as usual.
 */
const NEGATIVE = /^[\s"'“„«]*(?:no|nope|nah|no thanks|nein|non|não|nao|nee|neen|niet|nunca|jamais|mai più|nooit|keinesfalls|auf keinen fall|absolutely not|definitely not|certainly not|of course not)(?![\p{L}])/iu;

/** Going on receiving mail, calls or texts: a no to it is a stop. */
const CONTINUE_RECEIVING = new RegExp(
  [
    "(?:continue|keep|carry on) (?:to )?(?:receiv|get|hear)|(?:still|also) (?:want|wish|like) to (?:receive|get|hear)|stay (?:subscribed|on (?:our|the) (?:list|mailing))|remain (?:subscribed|on our)|(?:keep|continue) (?:sending|texting|emailing|mailing|contacting) you",
    "weiterhin(?: [\\p{L}-]+){0,8}? (?:erhalten|bekommen|empfangen|beziehen|zugeschickt|zugesandt|informiert|kontaktiert)|(?:angemeldet|eingetragen|abonniert) bleiben|im Verteiler bleiben",
    "continuer (?:à|a|de) (?:recevoir|être (?:informée?s?|contactée?s?))|toujours recevoir|rester (?:inscrite?s?|abonnée?s?)",
    "(?:seguir|continuar) (?:recibiendo|recibir|suscrit[oa]|siendo contactad[oa]|siendo informad[oa])",
    "continuare a (?:ricevere|essere contattat[oa]|essere informat[oa])|(?:restare|rimanere) iscritt[oa]",
    "continuar (?:a receber|recebendo|inscrit[oa]|a ser contactad[oa]|sendo contatad[oa])|seguir recebendo",
    "blijven (?:ontvangen|krijgen)|(?:ingeschreven|geabonneerd) blijven|nog (?:steeds |altijd )?(?:[\\p{L}-]+ ){0,6}?(?:ontvangen|krijgen)",
  ].join('|'),
  'iu',
);

/** Keeping the person's account or data: a no to it asks us to erase them. */
const KEEP_ACCOUNT = new RegExp(
  [
    '(?:keep|retain|hold on to|store) (?:your|the) (?:account|profile|data|details|records|information)|(?:keep|leave) your account (?:open|active)',
    '(?:Konto|Profil|Daten|Account|Kundenkonto|Nutzerkonto)(?: [\\p{L}-]+){0,3}? (?:behalten|aufbewahren|bestehen lassen|weiter speichern|aktiv lassen)',
    '(?:garder|conserver|maintenir) (?:votre|vos|ton|tes) (?:compte|profil|données|informations|dossier)',
    '(?:mantener|conservar|guardar) (?:su|sus|tu|tus) (?:cuenta|perfil|datos|información)',
    '(?:mantenere|conservare|tenere) (?:il suo|i suoi|il tuo|i tuoi|la sua|la tua) (?:account|profilo|dati|scheda)',
    '(?:manter|conservar|guardar) (?:a sua|os seus|sua|seus|a tua|os teus) (?:conta|perfil|dados)',
    '(?:account|profiel|gegevens)(?: [\\p{L}-]+){0,3}? (?:bewaren|behouden|aanhouden|laten bestaan|actief houden)',
  ].join('|'),
  'iu',
);

function bareNo(body: string): boolean {
  const lines = body.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const [first, ...rest] = lines;
  // "No, who are you?" asks back: not a bare answer.
  if (first === undefined || first.length > MAX_ANSWER_CHARS || first.includes('?') || !NEGATIVE.test(first)) return false;
  return rest.length <= MAX_TAIL_LINES && rest.every((line) => line.length <= MAX_TAIL_LINE_CHARS && !line.includes('?'));
}

/** A bare no to an offer to go on receiving or to keep an account, with what it asks us to stop; else null. */
export function noToContinuing(mail: InboundMail, text: MessageText): YesAnswer | null {
  if (text.isReply !== true || !bareNo(text.body)) return null;
  // "No, delete everything": the answer says it itself, and is read as written.
  const own = scoreSegments([{ text: text.body, where: 'body' }]);
  if (OFFERED.some((label) => own[label].score > 0)) return null;
  const questions = quotedQuestions(mail).filter((question) => isOffer(question) && !CHOICE.test(question));
  // Only the last offer is the one a bare no answers.
  const question = questions.at(-1);
  if (question === undefined) return null;
  const labels: Label[] = CONTINUE_RECEIVING.test(question) ? ['opt_out'] : KEEP_ACCOUNT.test(question) ? ['deletion'] : [];
  if (labels.length === 0) return null;
  return { labels, question: question.slice(0, 160), asTheirs: '' };
}
