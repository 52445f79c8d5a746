/**
 * Whether a notice (`automated-content.ts`) the content rules found reads as a person's all the same: their own data or
 * request, a chase, a request the rules recognise, a question of their own. A false "automated" means a
 * legal request is never answered, so one sign is enough.
 */

import { PRIVACY_LABELS } from '../../types.js';
import { ADDRESS_OR_PHONE, CONTACT_VERB, DEPARTURE, LIMITED_ACCESS, MEANWHILE, ON_RETURN, PERIOD, UNMONITORED, UPDATE_CONTACTS, ABSENCE_STATE, IMPLIED_ABSENCE } from './automated-absence-phrases.js';
import {
  AUTOMATIC_WORDING,
  DELIVERY_DETAIL,
  DELIVERY_FAILED,
  DO_NOT_REPLY,
  FAILED_RECIPIENTS,
  READ_CAVEAT,
  READ_NOTICE,
  READ_SUBJECT,
  SELF_DESCRIBED,
  TICKET_ANSWER_DUE,
  TICKET_FOLLOW,
  TICKET_NUMBER,
  TICKET_RECEIVED,
} from './automated-system-phrases.js';
import { UNSUBSCRIBED, UNSUBSCRIBED_DETAIL } from './automated-list-phrases.js';
import { countWords, hasQuestionMark, isNeutral, type Unit } from './automated-units.js';
import { ASKING, OWN_DATA_OR_REQUEST, PERSONAL_ACCOUNT, PRIVACY_OBJECT } from './human-voice.js';
import { DUTCH_YOU, FIRST_PERSON_SINGULAR } from './masks.js';
import type { MessageText } from './message-text.js';
import { scoreSegments } from './score.js';

const found = (pattern: RegExp, text: string): boolean => text.search(pattern) >= 0;

/** Whether the rules read a request (not just topic words) in this text. */
export function asksSomething(text: string, where: 'subject' | 'body'): boolean {
  const scores = scoreSegments([{ text, where }]);
  return PRIVACY_LABELS.some((label) => scores[label].requested);
}


/** A subject that is the mail program's or help desk's own ("Read: ...", "[#1234] ...") says nothing about the sender. */
function subjectIsGenerated(subject: string): boolean {
  return READ_SUBJECT.test(subject) || RECALL_SUBJECT.test(subject) || found(TICKET_NUMBER, subject) || /^\s*\[[^\]\n]{1,40}\]/u.test(subject) || DONE_SUBJECT.test(subject) || CONFIRMATION_SUBJECT.test(subject) || found(UNSUBSCRIBED, subject);
}

/** A mail program's recall request names the recalled subject after its own prefix ("Recall: …", "Rappel : …", "Rückruf: …"). */
const RECALL_SUBJECT = /^\s*(?:recall|rappel|rückruf|recuperar|recuperación|richiamo|recolher|recolha|intrekken|terughalen)\s?:/iu;

/** "Unsubscribe confirmed", "Descadastro confirmado", "Abmeldung bestätigt": a notice that something was done, not an ask. */
const DONE_SUBJECT =
  /^[^\n]{1,60}?\s(?:confirmed|completed|processed|successful|confirmad[oa]|completad[oa]|procesad[oa]|concluíd[oa]|processad[oa]|bestätigt|abgeschlossen|erfolgreich|confirmée?|effectuée?|terminée?|confermat[oa]|completat[oa]|eseguit[oa]|bevestigd|verwerkt|voltooid|gelukt)[\s.!✓✔]*$/iu;

/** "Confirmation of your unsubscription", "Bestätigung Ihrer Abmeldung": a notice's title for what it confirms. */
const CONFIRMATION_SUBJECT =
  /^\s*(?:confirmation|bestätigung|confirmación|confirmação|conferma|bevestiging|(?:your|votre|ta|ihre|deine|tu|su|la tua|la sua|a sua|o seu|je|uw) (?:unsubscription|désinscription|abmeldung|baja|disiscrizione|cancelamento|descadastro|uitschrijving|afmelding))(?![\p{L}])/iu;

/**
 * Anything a person would write: their own data or request, a chase, an agent's client, a request
 * the rules recognise, a sentence of their own that asks something about their data, a question or a
 * bare command. One is enough to answer the mail as a person's.
 */
export function soundsHuman(text: MessageText, vetoText: string, units: readonly Unit[], anchor: { start: number; closing?: boolean; listFooter?: { dutch: boolean } }): boolean {
  // A closing line names everything above it as the notice's own, so no sentence there counts as the
  // sender's for coming first, and a notice's short questions ("Urgent?", "Wie kann ich helfen?") are its own.
  const anchorStart = anchor.closing ? -1 : anchor.start;
  if (found(OWN_DATA_OR_REQUEST, vetoText) || (anchor.listFooter ? accountOfTheirOwn(vetoText, anchor.listFooter.dutch) : found(PERSONAL_ACCOUNT, vetoText))) return true;
  // "Urgent? Call the front desk." Once a notice asks like that, its other short questions ("Not urgent?") are its own too.
  const asksLikeANotice = units.some((unit, at) => isNoticeQuestion(unit) && leadsElsewhere(units[at + 1]));
  for (const unit of units) {
    if (isNeutral(unit)) continue;
    // What is left of the sentence once the notice's own wording is taken out is the sender's.
    const rest = withoutNotice(unit.text);
    const ownSentence = rest === unit.text;
    // The mail opens with words of the sender's own ("Yes, go ahead." above a quoted acknowledgement).
    if (ownSentence && unit.end <= anchorStart) return true;
    // "Got it, ticket 88314 noted." above "I'm travelling till the 20th": a person acknowledging first.
    if (unit.end <= anchorStart && found(PERSON_ACKNOWLEDGES, rest)) return true;
    if (found(ASKING, rest) && found(PRIVACY_OBJECT, rest)) return true;
    // Above a list's footer, a question put to the reader ("What made you try us?", "Pourriez-vous noter
    // notre échange ?") is the mailing's; a person pasting one asks about themselves ("Why do I get this?").
    const ownQuestion = anchor.listFooter ? saysIOfTheirOwn(unit.text, anchor.listFooter.dutch) : isOwnQuestion(unit.text);
    if (ownSentence && ((hasQuestionMark(unit.text) && (!anchor.closing || ownQuestion) && !(asksLikeANotice && isNoticeQuestion(unit))) || (countWords(unit.text) <= SHORT_COMMAND_WORDS && found(PRIVACY_OBJECT, unit.text) && !TEAM_SIGNATURE.test(unit.text)))) return true;
    // "I'm travelling, so can we move my appointment to April?": the notice wording leaves a question
    // of the writer's own. An auto-reply asks in a few words ("Urgent?") or of the reader ("Would you
    // quote the reference when you contact us?"), not about "my" matter.
    if (!ownSentence && hasQuestionMark(rest) && countWords(rest) >= OWN_QUESTION_WORDS && FIRST_PERSON_SINGULAR.test(rest)) return true;
  }
  if (asksSomething(vetoText, 'body')) return true;
  return !text.isReply && !subjectIsGenerated(text.subject) && text.subject.trim() !== '' && asksSomething(text.subject, 'subject');
}

/**
 * Above a list's footer, "you had your bike serviced 3 weeks ago" recalls the reader's history; a
 * person's own account ("I wrote to you 3 weeks ago") says "I" in the same clause.
 */
function accountOfTheirOwn(text: string, dutch: boolean): boolean {
  return text.split(/[.!?;:,\n]+/u).some((clause) => found(PERSONAL_ACCOUNT, clause) && saysI(clause, dutch));
}

/** The text says "I" (in Dutch mail, "je" is the reader). */
export function saysI(text: string, dutch: boolean): boolean {
  return FIRST_PERSON_SINGULAR.test(dutch ? text.replace(DUTCH_YOU, ' ') : text);
}

/**
 * "Would you tell me how we're doing?", "Magst du mir sagen, wie es war?": the letter's writer asking
 * the reader for an answer; what the reader is asked to tell is not the writer's own matter.
 */
const TELL_ME =
  /(?<!\p{L})(?:tell me|let me know|sagen? (?:Sie |du )?mir|sag mir|lass(?:en Sie)? mich wissen|dime|díganos|dígame|hazme saber|dites-moi|dis-moi|fais-moi savoir|faites-moi savoir|dimmi|mi dica|fammi sapere|mi faccia sapere|diga-me|diz-me|conta-me|me conta|me diga|vertel me|laat me weten|zeg me)(?!\p{L})/giu;

/** The text says "I" of the writer's own matter, not only in asking the reader to tell them something. */
export function saysIOfTheirOwn(text: string, dutch: boolean): boolean {
  return saysI(text.replace(TELL_ME, ' '), dutch);
}

/** A person's own "got it", "noted", "alles klar": acknowledgements a notice does not write of itself. */
const PERSON_ACKNOWLEDGES = /(?<![\p{L}])(?:got it|noted|ok(?:ay)?|all good|no rush|no worries|alles klar|passt|vale|entendido|d'accord|c'est noté|bien noté|va bene|ricevuto|perfeito|entendi|helder|genoteerd)(?![\p{L}])/iu;

/** "Unsubscribe.", "Delete everything.": a bare command is a person's, however short. */
const SHORT_COMMAND_WORDS = 3;
/** "Data Protection Office", "Ihr Datenschutzteam", "Ufficio Privacy": a notice signed by a team or office, not a command. */
const TEAM_SIGNATURE =
  /^[\s\p{P}]*(?:\p{L}+\s+){0,3}\p{L}*(?:team|office|department|desk|officer|unit|services?|abteilung|stelle|büro|equipo|departamento|oficina|servicio|équipe|bureau|ufficio|servizio|equipa|equipe|gabinete|serviço|afdeling|dienst|kantoor)(?:\s+\p{L}+){0,2}[\s\p{P}]*$/iu;
/** Words of its own a question must keep, once the notice wording is out, to be the sender's. */
const OWN_QUESTION_WORDS = 8;

/** "Urgent?", "Spoed?", "Geen haast?": a question of a few words about nothing of the writer's own. */
function isNoticeQuestion(unit: Unit): boolean {
  return hasQuestionMark(unit.text) && countWords(unit.text) <= NOTICE_QUESTION_WORDS && !FIRST_PERSON_SINGULAR.test(unit.text) && !found(PRIVACY_OBJECT, unit.text);
}

/** The sentence after it only says where else to turn: "Call the front desk.", "Bel Femke: 020 555 0199." */
function leadsElsewhere(next: Unit | undefined): boolean {
  return next !== undefined && (found(CONTACT_VERB, next.text) || ADDRESS_OR_PHONE.test(next.text) || found(UNSUBSCRIBED_DETAIL, next.text));
}
const NOTICE_QUESTION_WORDS = 3;

/** A question about the writer's own matter, not a notice's "Urgent?". */
function isOwnQuestion(sentence: string): boolean {
  return countWords(sentence) >= OWN_QUESTION_WORDS || FIRST_PERSON_SINGULAR.test(sentence);
}

function withoutNotice(text: string): string {
  let rest = text;
  for (const pattern of [...NOTICE_PATTERNS, CONTACT_VERB]) rest = rest.replace(pattern, (match) => ' '.repeat(match.length));
  return rest.replace(new RegExp(ADDRESS_OR_PHONE.source, 'gu'), (match) => ' '.repeat(match.length));
}

const NOTICE_PATTERNS: readonly RegExp[] = [
  ABSENCE_STATE, IMPLIED_ABSENCE, DEPARTURE, UNMONITORED, UPDATE_CONTACTS, PERIOD, LIMITED_ACCESS, MEANWHILE, ON_RETURN, SELF_DESCRIBED, AUTOMATIC_WORDING, DO_NOT_REPLY,
  TICKET_RECEIVED, TICKET_NUMBER, TICKET_ANSWER_DUE, TICKET_FOLLOW, DELIVERY_FAILED, DELIVERY_DETAIL, FAILED_RECIPIENTS, READ_NOTICE, READ_CAVEAT,
];