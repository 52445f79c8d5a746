import type { InboundMail } from '../../types.js';
import { ATTRIBUTION_LINE_SOURCES } from '../attribution-lines.js';
import { offersAcceptedInline, refusalsInline } from './inline-yes.js';
import type { MessageText } from './message-text.js';
import { withdraws } from './new-text.js';
import { answerSaysItself, inFirstPerson, offeredIn, quotedSentences, type YesAnswer } from './yes-answer.js';

/** The team asked the person to prove who they are. */
const IDENTITY_ASKED =
  /(?<!\p{L})(?:verify|verification|confirm (?:it['’]s you|your identity)|proof of (?:identity|id)|identity|date of birth|passport|photo id|identit\p{L}*|ausweis\p{L}*|geburtsdatum|legitimation|verificar|verificación|verificacion|identidad|fecha de nacimiento|vérifi\p{L}*|date de naissance|pièce d['’]identité|verific\p{L}*|data di nascita|documento d['’]identità|verifica[çc][ãa]o|data de nascimento|documento de identifica[çc][ãa]o|verifi[eë]r\p{L}*|identiteitsbewijs|geboortedatum|legitimatie)(?!\p{L})/iu;

/** How the team asks for it: "please send", "we need", "le rogamos que nos confirme", "vragen we je". */
const ASKS =
  /(?<!\p{L})(?:please|kindly|we need|we require|need to|could you|can you|would you|reply with|send us|provide|necesitamos|necesitaríamos|env[íi]e|env[íi]enos|env[íi]anos|le rogamos|rogamos|solicitamos|pedimos|por favor|confirme|bitte|bitten|ersuchen|benötigen|brauchen|senden sie|schicken sie|bestätigen sie|veuillez|merci de|nous avons besoin|pourriez|pouvez-vous|confirmer|per favore|abbiamo bisogno|ci invii|inviarci|la preghiamo|le chiediamo|chiediamo|confermi|precisamos|envie|enviar|solicitamos|pedimos que|graag|hebben (?:we|wij) .{0,40}nodig|kunt u|kun je|stuur|vragen (?:we|wij)|bevestigen)(?!\p{L})/iu;

/** The proof sent with the mail: "attached", "adjunto", "ci-joint", "anbei", "in allegato", "em anexo", "bijgevoegd". */
const ATTACHED_WORDS = 'attached|attaching|enclosed|anbei|im anhang|angehängt|adjunto|adjunta|te adjunto|les adjunto|ci-joint|ci-jointe|en pièce jointe|in allegato|allego|em anexo|segue(?: em)? anexo|bijgevoegd|in de bijlage';
const ATTACHED = new RegExp(`(?<!\\p{L})(?:${ATTACHED_WORDS})(?!\\p{L})`, 'iu');

/** What people send as proof: a date, a document or a number, or the proof attached. */
const PROOF = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|${ATTACHED_WORDS}|here (?:it )?is|allegato|anexo|bijlage|passport|driving licen[cs]e|id card|(?:personal)?ausweis|reisepass|dni|nie|pasaporte|carte d['’]identité|passeport|carta d['’]identità|passaporto|rg|cnh|cpf|cartão de cidadão|paspoort|rijbewijs|id-kaart)(?![\p{L}\d])`,
  'iu',
);

/** "DOB 22/08/1991, but my surname is Okafor-Reid now, please update it": proof with another request the rules may not name. */
const OTHER_ASK =
  /(?<!\p{L})(?:update|change|correct|wrong|incorrect|ändern|korrigier\p{L}*|falsch|cambi\p{L}*|corrig\p{L}*|incorrect[oa]|equivocad[oa]|errone[oa]|modifi\p{L}*|erron[ée]e?|sbagliat[oa]|aggiorna\p{L}*|alter\p{L}*|errad[oa]|wijzig\p{L}*|aanpass\p{L}*|verkeerd\p{L}*|stop\p{L}*|unsubscribe|complain\p{L}*)(?!\p{L})/iu;
/** "I don't have a scan of my passport handy … just close the request": no proof, and the request let go. */
const NO_PROOF =
  /(?<!\p{L})(?:don['’]t have|do not have|haven['’]t got|can['’]t|cannot|won['’]t|close the request|no tengo|no puedo|je n['’]ai pas|ne peux pas|ich habe kein\p{L}*|kann (?:ich )?(?:kein\p{L}*|nicht)|non ho|non posso|não tenho|não posso|ik heb geen|kan (?:ik )?(?:geen|niet))(?!\p{L})/iu;
const ATTRIBUTION = new RegExp(`^(?:${ATTRIBUTION_LINE_SOURCES.join('|')})$`, 'iu');

/** A reply that only sends proof is short: the proof, a line of greeting, a name. */
const MAX_WORDS = 45;

/** "Before we can delete your account" as the person asks it: "delete my account". */
function inTheirWords(sentence: string): string {
  return inFirstPerson(sentence).replace(WE_CAN, '');
}
const WE_CAN = /(?<!\p{L})(?:we|wij|we'll|we will)\s+(?:can|could|may|will|are able to|kunnen|mogen)?\s*(?!\p{L}*\s*(?:need|have|must|moeten))/giu;

/**
 * "Passport attached.", "22/10/1994", "Mijn geboortedatum is 23-11-1990" under the team's "before we
 * can delete your account we need to confirm it's you": the person sends the proof asked for, and
 * with it moves their request on (GDPR Art. 12(6), CCPA 11 CCR 7060). The request is the one the
 * quoted mail names; the reply is read as asking it, as a yes to it would be.
 */
export function proofForRequest(mail: InboundMail, text: MessageText): YesAnswer | null {
  if (text.isReply !== true) return null;
  // An attribution line left among inline answers ("Le 03/02/2026 à 16:40, … a écrit :") dates the quoted mail, not the person.
  const body = text.body.split('\n').filter((line) => !ATTRIBUTION.test(line.trim())).join('\n').trim();
  // "¿Os ha llegado bien el DNI que os mandé?" asks about the proof; it does not send it.
  if (body.split(/\s+/u).length > MAX_WORDS || !PROOF.test(body) || body.includes('?')) return null;
  // "Here is my passport, and delete my newsletter subscription too": the reply says what it asks itself.
  // "No tengo escáner, así que es una foto" beside "adjunto foto del DNI" still sends it.
  if (answerSaysItself(body) || OTHER_ASK.test(body) || (NO_PROOF.test(body) && !ATTACHED.test(body)) || withdraws(body)) return null;
  // Answers typed under the team's offers are read as those answers (inline-yes.ts).
  if (offersAcceptedInline(mail).length > 0 || refusalsInline(mail).length > 0) return null;
  // Only the team's sentences that ask for the proof, and the thread's subject, name the request it is
  // for: not a confidentiality notice's "please delete it" nor the person's own quoted words.
  const asking = quotedSentences(mail).map((sentence) => sentence.trim()).filter((sentence) => IDENTITY_ASKED.test(sentence) && ASKS.test(sentence));
  if (asking.length === 0) return null;
  const named = [text.subject, ...asking];
  const labels = offeredIn(named.map(inTheirWords)).filter((label) => label !== 'child_data');
  if (labels.length !== 1) return null;
  const request = named.find((sentence) => offeredIn([inTheirWords(sentence)]).includes(labels[0]!)) ?? text.subject;
  return { labels, question: request.slice(0, 160), asTheirs: inTheirWords(request) };
}
