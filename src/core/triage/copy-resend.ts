import type { InboundMail } from '../../types.js';
import type { MessageText } from './message-text.js';
import { inFirstPerson, offeredIn, quotedSentences } from './yes-answer.js';

/**
 * The quoted mail hands over a copy of the person's data: "Your personal data export is ready",
 * "En respuesta a su solicitud de acceso, le adjuntamos …", "vous trouverez ci-joint la copie de vos données".
 */
const COPY_HANDED_OVER =
  /(?<!\p{L})(?:(?:data|personal data) export|export of your (?:personal )?data|your (?:personal )?data is ready|download (?:your|the) (?:data|copy|file|export)|copy of (?:your|the) (?:personal )?(?:data|information|records)|descarga de (?:tus|sus) datos|copia de (?:tus|sus|los) datos|(?:le|te) adjuntamos (?:[\p{L}]+ ){0,4}?(?:tus|sus|los) datos|copie de (?:vos|tes) données|exportation de vos données|Kopie (?:Ihrer|deiner) (?:personenbezogenen )?Daten|Datenexport|Datenauskunft|copia dei (?:suoi|tuoi) dati|cópia dos (?:seus|teus) dados|kopie van (?:uw|je) gegevens|export van (?:uw|je) gegevens)(?!\p{L})/iu;

/**
 * The person asks for it again: "Could you send me a new one?", "¿Me lo pueden reenviar?",
 * "Pourriez-vous le renvoyer ?", "Können Sie es erneut schicken?", "me lo potete rimandare?",
 * "podem enviar de novo?", "kunnen jullie het opnieuw sturen?". Not "les reenvío mi solicitud",
 * the person sending their own mail again.
 */
const SENT_AGAIN =
  /(?<!\p{L})(?:re-?send|send (?:it |them |me |us )*(?:again|a new (?:one|link|copy))|(?:a )?new (?:download )?link|reenvi(?:ar|arme|ármelo|ármela|en|enme|énmelo|énmela|arlo|arla)|volver a (?:enviar|mandar)(?:me|lo|la|melo|mela)?|(?:nuevo|otro) enlace|renvoy(?:er|ez)(?:-le|-la|-moi)?|nouveau lien|erneut (?:zu)?(?:senden|schicken|zusenden)|noch ?(?:ein)?mal (?:zu)?(?:senden|schicken|zusenden)|neuen (?:Download-?)?Link|reinvia(?:re|rmi|rlo|rla|te|temi)|rimanda(?:re|rmi|rlo|rla|te|temi)|inviar\p{L}* di nuovo|nuovo link|enviar (?:novamente|de novo)|reenvia(?:r|rem)|novo link|opnieuw (?:sturen|versturen|toesturen|verzenden)|nieuwe link)(?!\p{L})/iu;

/**
 * What went wrong with the copy, in one sentence: "the download link had already expired",
 * "No me ha llegado ningún archivo adjunto", "le lien ne fonctionne plus", "der Anhang fehlt".
 */
const COPY_WORD =
  /(?<!\p{L})(?:link|file|attachment|pdf|download|zip|archive|export|copy|document|archivo|adjunto|enlace|documento|copia|Anhang|Datei|Dokument|Kopie|Export|lien|fichier|pièce jointe|copie|allegato|anexo|arquivo|ficheiro|cópia|bijlage|bestand|kopie)(?!\p{L})/iu;
const WENT_WRONG =
  /(?<!\p{L})(?:expired|no longer valid|(?:didn['’]t|did not|never) (?:get|receive|arrive|come)|not (?:received|attached|there|working)|missing|empty|(?:can['’]t|cannot|couldn['’]t|won['’]t) (?:open|download|access)|doesn['’]t (?:work|open)|broken|corrupt\p{L}*|no (?:me )?(?:ha|han) llegado|no (?:venía|viene|había|hay)|vac[íi]o|caducad[oa]|expirad[oa]|no (?:funciona|se abre|puedo abrir)|abgelaufen|nicht (?:angekommen|erhalten|dabei|geöffnet)|fehlt|leer|ungültig|funktioniert nicht|lässt sich nicht öffnen|n['’]ai (?:pas|rien) reçu|expiré|vide|manquant|ne (?:fonctionne|marche|s['’]ouvre) (?:pas|plus)|pas de pièce jointe|scadut[oa]|non (?:ho ricevuto|è arrivat[oa]|funziona|si apre|riesco ad aprir\p{L}*)|vuot[oa]|mancante|expirou|expirado|não (?:recebi|chegou|veio|funciona|abre|consigo abrir)|vazi[oa]|verlopen|niet (?:ontvangen|aangekomen|meegestuurd|bijgevoegd)|werkt niet|ontbreekt|leeg)(?!\p{L})/iu;

/** A letter that only asks for the copy again is short; a long one says what it asks itself. */
const MAX_WORDS = 120;

/**
 * "The download link had already expired … Could you send me a new one?" under the team's mail that
 * handed over the copy of their data: the person asks for the copy again, and the access request
 * (GDPR Art. 15(3), CCPA 11 CCR 7024) is not yet answered. The quoted mail names the request; the
 * new text names none, so the rules would read nothing.
 */
export function copyAskedAgain(mail: InboundMail, text: MessageText): string | null {
  if (text.isReply !== true || text.body.split(/\s+/u).length > MAX_WORDS || !SENT_AGAIN.test(text.body)) return null;
  if (!text.body.split(/(?<=[.!?])\s+|\n+/u).some((sentence) => COPY_WORD.test(sentence) && WENT_WRONG.test(sentence))) return null;
  const handedOver = quotedSentences(mail).find((sentence) => COPY_HANDED_OVER.test(sentence) || offeredIn([inFirstPerson(sentence)]).includes('disclosure'));
  return handedOver === undefined ? null : handedOver.trim().slice(0, 160);
}
