import { APOS } from './automated-absence-phrases.js';
import { words } from './rule.js';

/**
 * What help desks (Zendesk, Freshdesk, Jira Service Management, ServiceNow), mail servers (RFC 3464
 * bounces written as prose) and mail programs (read receipts, RFC 8098 written as prose) write, in the
 * seven languages with full rules. As with the absence phrases, each constant is one kind of evidence.
 */

/** "This is an automated response", "Dies ist eine automatisch generierte Nachricht", ... (a self-description). */
export const SELF_DESCRIBED = words(
  [
    `this is an? (?:auto(?:mat(?:ed|ic))?(?:ally)?[- ]?(?:generated |sent )?)(?:reply|response|message|notification|e-?mail|acknowledge?ment|confirmation|notice)|(?:this|the) (?:e-?mail|message|reply|response|notification|notice|reminder|alert|receipt|invoice|statement|report) (?:was|has been|is) (?:auto-?generated|generated automatically|sent automatically|automatically (?:generated|sent|created))|this (?:message|e-?mail) was created automatically`,
    `(?:dies ist|das ist|es handelt sich um) eine (?:automatisch (?:generierte|erstellte|versandte|versendete|gesendete) |automatische )(?:Antwort|Nachricht|E-Mail|Benachrichtigung|Bestätigung|Eingangsbestätigung|Abwesenheitsnotiz)|(?:diese|die) (?:E-Mail|Nachricht|Antwort|Benachrichtigung|Erinnerung|Zahlungserinnerung|Mahnung|Rechnung|Meldung) wurde automatisch (?:generiert|erzeugt|erstellt|versandt|versendet|gesendet|verschickt)`,
    `(?:este|esta|éste|ésta) es un(?:a)? (?:mensaje|correo|e-?mail|respuesta|notificación|acuse de recibo) (?:automátic[oa]|generad[oa] automáticamente)|(?:este|el|esta|la) (?:mensaje|correo|e-?mail|aviso|recordatorio|notificación|factura|informe) (?:ha sido|fue|se ha) (?:generad[oa]|enviad[oa]) automáticamente`,
    `(?:ceci|il) (?:est|s${APOS}agit d${APOS}une?) (?:une? )?(?:message|e-?mail|courriel|réponse|notification|accusé de réception) (?:automatique|généré automatiquement|envoyé automatiquement)|(?:ce|le|cet|cette|la) (?:message|courriel|e-?mail|mail|avis|rappel|relance|notification|facture|rapport) (?:a été|est) (?:généré|envoyé|créé)e? automatiquement`,
    `(?:questo|questa) è (?:un |una |un${APOS})(?:messaggio|e-?mail|mail|risposta|notifica) (?:automatic[oa]|generat[oa] automaticamente)|(?:questo|il|questa|la) (?:messaggio|e-?mail|mail|avviso|promemoria|sollecito|notifica|fattura|report) (?:è stat[oa]|viene) (?:generat[oa]|inviat[oa]) automaticamente`,
    `(?:esta|este) é um(?:a)? (?:mensagem|e-?mail|resposta|notificação) (?:automátic[oa]|gerad[oa] automaticamente)|(?:esta|a) (?:mensagem|resposta) (?:foi|é) (?:gerada|enviada) automaticamente|(?:este|o) (?:e-?mail|aviso|lembrete|alerta|relatório) (?:foi|é) (?:gerado|enviado) automaticamente|(?:esta|a) (?:notificação|fatura) (?:foi|é) (?:gerada|enviada) automaticamente`,
    `dit is een automatisch(?: gegenereerd| verzonden)? (?:bericht|antwoord|e-?mail|mail|reactie|ontvangstbevestiging)|(?:dit|deze) (?:bericht|e-?mail|mail|melding|herinnering|betalingsherinnering|factuur|rapport) (?:is|wordt) automatisch (?:gegenereerd|verzonden|verstuurd|aangemaakt)`,
    // A mail program's recall request ("Anna Berg would like to recall the message, …"), in the third person: a person writes "I".
    // The recalled message's subject follows on the line: it is the notice's, not a request.
    `(?:(?<!(?:i|we) )would like to recall the message|(?<!ich )möchte die Nachricht [^\\n]{1,200}? zurückrufen|(?<!je )souhaite rappeler le message|desea (?:recuperar|retirar) el mensaje|desidera richiamare il messaggio|(?<!eu )(?:gostaria de|deseja|pretende) (?:recolher|recuperar) a mensagem|(?<!ik )wil het bericht [^\\n]{1,200}? (?:intrekken|terughalen))[^\\n]{0,200}`,
  ].join('|'),
);

/** Weaker self-descriptions that only support other evidence: "automatic reply", "respuesta automática". */
export const AUTOMATIC_WORDING = words(
  'auto(?:mated|matic)[- ](?:reply|response|acknowledge?ment|message)|auto-?generated|automatically generated|automatische (?:Antwort|Abwesenheitsnotiz|Eingangsbestätigung|Benachrichtigung)|Abwesenheitsnotiz|automatisch (?:generierte|erstellte)|respuesta automática|mensaje automático|correo automático|réponse automatique|message automatique|risposta automatica|messaggio automatico|resposta automática|mensagem automática|automatisch (?:antwoord|bericht|gegenereerd)|automatische (?:reactie|e-?mail|mail)',
);

/** "This is an automated message": the tag said as a sentence, in our seven languages. */
const CLOSING_TAG_LEAD = `(?:this|it) is an?|(?:dies|das) ist (?:eine?)|ceci est une?|c'est une?|(?:este|esto) es una?|(?:questo|questa) (?:è|e') una?|(?:esta|este) é uma?|dit is een|het is een`;

/**
 * A mail's own closing line that names it machine-made: "(automatic reply)", "-- automatisch bericht --",
 * "Ufficio Privacy – messaggio automatico", "Mensaje generado automáticamente." Read only as a line of
 * its own (a sender's name and a dash may come first, or "This is an"), never inside a sentence a
 * person wrote ("thanks for the automatic reply").
 */
export const CLOSING_TAG = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:[\\p{L}&'.]+(?: [\\p{L}&'.]+){0,3}\\s*[-–—|·:,]\\s*)?(?:(?:${CLOSING_TAG_LEAD})\\s+)?(?:${[
    `auto(?:mated|matic)[- ](?:reply|response|acknowledge?ment|message|notification|e-?mail)|auto-?generated|automatische (?:Antwort|Abwesenheitsnotiz|Eingangsbestätigung|Benachrichtigung|Nachricht|E-Mail)|Abwesenheitsnotiz|(?:respuesta|mensaje|correo|aviso) automátic[oa]|(?:réponse|message|courriel) automatique|(?:risposta|messaggio|mail) automatic[oa]|(?:resposta|mensagem) automática|automatisch(?:e)? (?:antwoord|bericht|reactie|e-?mail|mail)`,
    `(?:(?:e-?mail|mail|message|nachricht|mensaje|correo|courriel|messaggio|mensagem|bericht|notification|benachrichtigung|notificación|notifica|notificação|melding)\\s+)?(?:(?:automatically|automatisch) (?:generated|sent|created|generiert|erstellt|versandt|versendet|gegenereerd|verzonden|verstuurd|aangemaakt)|(?:generated|sent|created|generiert|erstellt|versandt|versendet|generad[oa]|enviad[oa]|génér[ée]e?|envoy[ée]e?|generat[oa]|inviat[oa]|gerad[oa]|gegenereerd|verzonden|verstuurd) (?:automatically|automatisch|automáticamente|automatiquement|automaticamente|de (?:forma|manera) automática|in automatico))`,
    // The adverb first: "(automatically generated message)", "automatisch verzonden bericht", "automatisch erstellte Nachricht".
    `(?:automatically|automatisch) (?:generated|sent|created|generierte|erstellte|versandte|versendete|gesendete|gegenereerde?|verzonden|verstuurde?|aangemaakte?) (?:message|e-?mail|mail|notification|reply|Nachricht|Benachrichtigung|Antwort|bericht|melding|antwoord)`,
  ].join('|')})[\\s\\p{P}\\p{S}]*$`,
  'iu',
);

/**
 * The self-description inside a closing sentence: "Este correo se envía de forma automática al abrir la
 * incidencia", "Ce message est envoyé automatiquement, merci de ne pas y répondre".
 */
export const CLOSING_SELF_DESCRIBED = words(
  [
    `(?:este|el) (?:correo|mensaje|e-?mail|aviso) (?:se )?(?:envía|ha enviado|ha sido enviado|genera|ha generado|ha sido generado|es generado|es enviado) (?:de (?:forma|manera) automática|automáticamente)`,
    `(?:ce|le|cet) (?:message|courriel|e-?mail|mail) (?:est|a été) (?:envoyé|généré|créé) automatiquement`,
    `(?:questo|questa|il|la) (?:messaggio|e-?mail|mail|comunicazione|notifica) (?:è|viene|è stat[oa]) (?:inviat[oa]|generat[oa]) (?:automaticamente|in automatico)`,
    `(?:esta|a|este|o) (?:mensagem|e-?mail) (?:é|foi) (?:enviad[oa]|gerad[oa]) automaticamente`,
    `(?:diese|die) (?:E-Mail|Nachricht|Benachrichtigung) (?:wird|wurde|ist) automatisch (?:generiert|erzeugt|erstellt|versandt|versendet|gesendet|verschickt)`,
    `(?:dit|deze|het) (?:bericht|e-?mail|mail) (?:is|wordt|werd) automatisch (?:gegenereerd|verzonden|verstuurd|aangemaakt)`,
    `(?:this|the) (?:e-?mail|message|notification|reply|confirmation) (?:is|was|has been) (?:sent|generated|created) automatically`,
  ].join('|'),
);

/** "Please do not reply to this e-mail" and its kin. */
export const DO_NOT_REPLY = words(
  [
    `(?:please )?(?:do not|don${APOS}t) (?:reply|respond) (?:to|directly to) this (?:e-?mail|message|address|mail|notification)|replies to this (?:e-?mail|message|address) (?:are not|will not be|cannot be) (?:monitored|read|answered|received)|this (?:e-?mail )?(?:address|mailbox) (?:cannot|does not|doesn${APOS}t) (?:receive|accept) (?:replies|e-?mails|messages)|no-?reply`,
    `bitte antworten Sie nicht auf diese (?:E-Mail|Nachricht)|Antworten auf diese (?:E-Mail|Nachricht) (?:werden nicht|können nicht)|antworten Sie (?:bitte )?nicht (?:direkt )?auf diese`,
    `(?:por favor,? )?no (?:responda|conteste|respondas|contestes) (?:a )?(?:este|esta) (?:correo|mensaje|e-?mail|dirección)`,
    `(?:merci de |veuillez )?ne pas répondre (?:à|a) (?:ce|cet) (?:message|courriel|mail|e-?mail)|ne répondez pas (?:à|a) (?:ce|cet)`,
    `(?:si prega di |per favore |si raccomanda di )?non rispondere (?:a )?(?:questa|questo) (?:e-?mail|mail|messaggio)`,
    `(?:por favor,? )?não responda (?:a )?(?:este|esta) (?:e-?mail|mensagem)`,
    `(?:gelieve )?niet (?:te )?(?:antwoorden|reageren) op (?:dit|deze) (?:bericht|e-?mail|mail)|reageer niet op (?:dit|deze)|beantwoord (?:dit bericht|deze (?:e-?mail|mail)) niet`,
  ].join('|'),
);

const NUMBER = `\\s*\\(?(?:#|no\\.?|nr\\.?|n[º°o]\\.?|number|nummer|número|numéro|numero|id:?|ref(?:erence)?:?)?\\s?[A-Z]{0,8}[-#]?\\d{2,}\\)?`;
const TITLE = `\\s\\([^)\\n]{1,80}\\)|\\s["“'‘][^"”'’\\n]{1,80}["”'’]`;
/** The ticket number and the title of the request being acknowledged, in either order. */
const REF = `(?:${NUMBER}|${TITLE}){0,2}`;

/** "Your request #12345 has been received", "Wir haben Ihre Anfrage erhalten", "Hemos recibido su solicitud", ... */
export const TICKET_RECEIVED = words(
  [
    `(?:(?:your|this|the) (?:support |service |privacy |customer |data |new )?(?:request|ticket|case|enquiry|inquiry|message|e-?mail|submission|query|question|incident|issue|complaint)${REF}|it) (?:has|have) (?:now )?been (?:successfully )?(?:received|created|logged|opened|registered|submitted|recorded|assigned|forwarded|passed)|we(?:${APOS}ve| have)? (?:successfully |just )?(?:received|got) your (?:support |privacy |data )?(?:request|ticket|message|e-?mail|enquiry|inquiry|query|submission|question|complaint|mail)|(?:a|your) (?:support |new )?(?:ticket|case|request)${REF} (?:has been|was) (?:created|opened|logged)`,
    `(?:Ihre|deine|Ihr|dein) (?:\\p{L}+)?(?:Anfrage|Nachricht|E-Mail|Meldung|Ticket|Anliegen|Beschwerde)${REF} (?:ist|wurde|wird) (?:bei uns |uns )?(?:erfolgreich |soeben )?(?:eingegangen|erhalten|empfangen|erstellt|angelegt|aufgenommen|registriert|übermittelt|weitergeleitet)|wir haben (?:Ihre|deine|Ihr|dein) (?:\\p{L}+)?(?:Anfrage|Nachricht|E-Mail|Meldung|Ticket|Anliegen|Schreiben) (?:erhalten|empfangen|bekommen)|(?:diese|sie) (?:ist|wurde) (?:bei uns |uns )?(?:erfolgreich )?(?:eingegangen|registriert|erfasst)`,
    `(?:su|tu|esta) (?:solicitud|petición|consulta|incidencia|mensaje|correo|reclamación|queja|ticket|caso)${REF} (?:ha sido|fue|se ha|queda) (?:correctamente |debidamente )?(?:recibid[oa]|registrad[oa]|cread[oa]|abiert[oa]|tramitad[oa])|hemos recibido (?:correctamente )?(?:su|tu) (?:solicitud|petición|consulta|mensaje|correo|e-?mail|reclamación|queja|incidencia)`,
    `(?:votre|ta) (?:demande|requête|réclamation|message|e-?mail|courriel|ticket|dossier)${REF} (?:a été|a bien été|est bien|est) (?:bien )?(?:reçue?|enregistrée?|créée?|prise? en compte|transmise?)|nous avons (?:bien )?reçu (?:votre|ta) (?:demande|requête|message|e-?mail|courriel|réclamation)`,
    `(?:la (?:sua|tua|vostra) |questa )(?:richiesta|segnalazione|domanda|pratica|email|e-mail|mail|messaggio)${REF} (?:è stata|è stato|è) (?:correttamente )?(?:ricevut[oa]|registrat[oa]|pres[oa] in carico|creat[oa]|inoltrat[oa])|abbiamo ricevuto (?:correttamente )?(?:la (?:sua|tua|vostra)|il (?:suo|tuo|vostro)) (?:richiesta|segnalazione|messaggio|email|e-mail|mail|reclamo)`,
    `(?:a (?:sua|tua) |sua |esta |o (?:seu|teu) |seu )(?:solicitação|pedido|mensagem|e-?mail|reclamação|chamado|requerimento|ticket)${REF} (?:foi|está) (?:recebid[oa]|registad[oa]|registrad[oa]|abert[oa]|criad[oa]|encaminhad[oa])|recebemos (?:a (?:sua|tua)|sua|o (?:seu|teu)|seu) (?:solicitação|pedido|mensagem|e-?mail|reclamação|chamado|contato|contacto)`,
    `(?:uw|je|jouw) (?:verzoek|aanvraag|vraag|melding|bericht|e-?mail|mail|klacht|ticket)${REF} (?:is|werd) (?:in goede orde |succesvol |correct )?(?:ontvangen|geregistreerd|aangemaakt|doorgestuurd)|(?:we|wij) hebben (?:uw|je|jouw) (?:verzoek|aanvraag|vraag|melding|bericht|e-?mail|mail|klacht) (?:in goede orde |goed )?ontvangen`,
    // Subordinate clauses put the verb last: "wir bestätigen, dass wir Ihre Anfrage erhalten haben", "dat wij uw verzoek hebben ontvangen".
    `dass wir (?:Ihre|deine|Ihr|dein) (?:\\p{L}+)?(?:Anfrage|Nachricht|E-Mail|Meldung|Anliegen|Schreiben|Antrag|Beschwerde) (?:bei uns )?(?:erhalten|empfangen) haben|dat (?:we|wij) (?:uw|je|jouw) (?:verzoek|aanvraag|vraag|melding|bericht|e-?mail|mail|klacht) (?:in goede orde |goed )?(?:hebben ontvangen|ontvangen hebben)`,
    // A formal acknowledgement of receipt: "We acknowledge receipt of your request", "Nous accusons réception de votre courrier".
    `(?:we (?:hereby |would like to )?(?:acknowledge|confirm) (?:the )?receipt of|this (?:e-?mail|message|letter) (?:is to )?(?:acknowledges?|confirms?) (?:the )?receipt of) (?:your|the) (?:\\p{L}+ )?(?:request|letter|message|e-?mail|correspondence|complaint|enquiry|inquiry|application|submission|form)|we(?:${APOS}ve| have) (?:just )?(?:opened|created|logged|raised) (?:a |an )?(?:new )?(?:ticket|case|request)`,
    `(?:(?:wir )?bestätigen (?:Ihnen |dir )?(?:hiermit |gerne )?|hiermit bestätigen wir (?:Ihnen )?)den (?:Eingang|Erhalt) (?:Ihrer|Ihres|deiner|deines) (?:\\p{L}+)?(?:Anfrage|Schreibens|Schreiben|Nachricht|E-Mail|Beschwerde|Antrags|Ersuchens|Briefs|Auskunftsersuchens|Mitteilung)`,
    `(?:le |te |les )?(?:confirmamos|acusamos) (?:el )?(?:recibo|la recepción) de (?:su|tu|sus|tus) (?:solicitud|escrito|mensaje|correo|reclamación|carta|consulta|petición|queja|comunicación)`,
    `nous (?:vous )?(?:accusons|confirmons) (?:la )?(?:bonne )?réception de (?:votre|ta|vos) (?:demande|courrier|message|courriel|e-?mail|réclamation|lettre|requête|dossier)`,
    `(?:le |ti |vi )?confermiamo (?:la |l${APOS})?(?:avvenuta )?(?:ricezione|ricevuta) (?:della|del|dell${APOS}) ?(?:sua |tua |vostra |suo |tuo |vostro )?(?:richiesta|istanza|lettera|messaggio|e-?mail|segnalazione|reclamo|comunicazione)|confermiamo di aver ricevuto (?:la sua|il suo|la tua|il tuo) (?:richiesta|istanza|lettera|messaggio|e-?mail|segnalazione|reclamo)`,
    `(?:confirmamos|acusamos) (?:a |o )?(?:receção|recepção|recebimento) d[ao]s? (?:sua|seu|tua|teu|suas|seus) (?:solicitação|pedido|mensagem|e-?mail|carta|reclamação|requerimento)`,
    `(?:(?:wij|we) bevestigen (?:hierbij |graag )?|hierbij bevestigen (?:wij|we) )(?:de )?ontvangst van (?:uw|je|jouw) (?:verzoek|brief|bericht|e-?mail|klacht|aanvraag|melding|vraag)`,
    // "Thank you for contacting Health Information Management": a desk thanking for the contact (never "for contacting me").
    `thank(?:s| you) for (?:contacting|reaching out to|getting in touch with)(?! me(?![\\p{L}]))|(?:muchas )?gracias por (?:contactar|ponerte en contacto|ponerse en contacto|escribirnos)(?! conmigo)|merci (?:de nous avoir contactés?|d${APOS}avoir contacté|de nous avoir écrit)|(?:vielen )?dank für ihre kontaktaufnahme|grazie per (?:averci contattat[oi]|aver contattato|averci scritto)|obrigad[oa] por (?:entrar em contato|entrar em contacto|nos contactar|contactar)(?! comigo)|(?:hartelijk )?(?:dank|bedankt) (?:voor uw bericht aan|dat u contact met ons (?:hebt|heeft) opgenomen)`,
    // Help desks written to sound like a colleague: "votre message est arrivé chez nous", "il est bien arrivé",
    // "ya tenemos tu mensaje", "dass deine Nachricht da ist", "je vraag is doorgezet naar onze afdeling privacy".
    `your (?:message|request|e-?mail|enquiry|inquiry|question|note)${REF} (?:has )?(?:arrived|reached us|landed|made it to us)`,
    `(?:Ihre|deine|Ihr|dein) (?:\\p{L}+)?(?:Anfrage|Nachricht|E-Mail|Mail|Anliegen)${REF} ist (?:gut |sicher |wohlbehalten )?(?:bei uns )?(?:da|angekommen|gelandet)|dass (?:Ihre|deine|Ihr|dein) (?:\\p{L}+)?(?:Anfrage|Nachricht|E-Mail|Mail|Anliegen) (?:gut |sicher )?(?:bei uns )?(?:da|angekommen|eingegangen) ist`,
    `ya (?:tenemos|hemos recibido) (?:tu|su) (?:mensaje|solicitud|consulta|correo|petición|reclamación)|(?:tu|su) (?:mensaje|solicitud|consulta|correo|petición)${REF} (?:ya )?(?:nos )?(?:ha llegado|llegó)`,
    `(?:votre|ton|ta) (?:message|demande|courriel|e-?mail|mail|réclamation)${REF} est (?:bien )?arrivée?|(?:il|elle) est bien arrivée? (?:chez nous|à bon port)|(?:on|nous) (?:l${APOS}a|l${APOS}avons) bien reçue?|on a bien reçu (?:votre|ton|ta) (?:message|demande|courriel|e-?mail|mail|réclamation)`,
    `(?:il (?:tuo|suo|vostro) |la (?:tua|sua|vostra) )(?:messaggio|richiesta|email|e-mail|mail|segnalazione)${REF} (?:ci )?è (?:arrivat[oa]|giunt[oa])`,
    `(?:a (?:sua|tua) |sua |tua )mensagem${REF} (?:já )?chegou|(?:o (?:seu|teu) |seu |teu )(?:pedido|e-?mail|contato|contacto)${REF} (?:já )?chegou|já (?:temos|recebemos) (?:a (?:sua|tua)|sua|tua|o (?:seu|teu)|seu|teu) (?:mensagem|pedido|solicitação|e-?mail|contato|contacto)`,
    `(?:uw|je|jouw) (?:verzoek|aanvraag|vraag|melding|bericht|e-?mail|mail|klacht)${REF} (?:is|werd) (?:goed |in goede orde )?(?:binnengekomen|aangekomen|binnen|doorgezet)`,
    // The message filed under a number: "We've logged your message as case 00419238", "Wir haben Ihre Anfrage unter der Nummer 4711 erfasst".
    `we(?:${APOS}ve| have)? (?:just )?(?:logged|registered|recorded|filed|saved) your (?:\\p{L}+ )?(?:message|request|e-?mail|enquiry|inquiry|query|question|complaint|mail) (?:as|under|with)`,
    `wir haben (?:Ihre|deine|Ihr|dein) (?:\\p{L}+)?(?:Anfrage|Nachricht|E-Mail|Meldung|Anliegen|Schreiben) (?:unter|mit) (?:der |dem )?(?:\\p{L}+ )?(?:Nummer|Vorgangsnummer|Ticketnummer|Aktenzeichen|Referenz)`,
    `hemos registrado (?:su|tu) (?:solicitud|petición|consulta|mensaje|correo|reclamación|queja|incidencia) (?:con|bajo) (?:el )?(?:número|referencia|caso)`,
    `nous avons (?:bien )?enregistré (?:votre|ta) (?:demande|requête|message|e-?mail|courriel|réclamation) (?:sous|avec) (?:le )?(?:numéro|la référence|référence)`,
    `abbiamo registrato (?:la (?:sua|tua|vostra)|il (?:suo|tuo|vostro)) (?:richiesta|segnalazione|messaggio|email|e-mail|mail|reclamo) (?:con|al) (?:il )?(?:numero|riferimento)`,
    `(?:registamos|registramos) (?:a (?:sua|tua)|sua|o (?:seu|teu)|seu) (?:solicitação|pedido|mensagem|e-?mail|reclamação|chamado) (?:com|sob) (?:o )?(?:número|protocolo|referência)`,
    `(?:we|wij) hebben (?:uw|je|jouw) (?:verzoek|aanvraag|vraag|melding|bericht|e-?mail|mail|klacht) (?:geregistreerd|vastgelegd) (?:onder|met) (?:het )?(?:nummer|referentie|zaaknummer|ticketnummer)`,
  ].join('|'),
);

/** A ticket, case or protocol number: "Ticket #48213", "Vorgangsnummer: 2026-113", "INC0012345". */
export const TICKET_NUMBER = words(
  `(?:(?:numéro|número|numero|Nummer) de (?:suivi|dossier|seguimiento|protocolo|referencia)|ticket|case|request|reference|ref|incident|tracking|enquiry|inquiry|support|complaint|confirmation|Vorgang|Anfrage|Fall|Referenz|Aktenzeichen|caso|solicitud|incidencia|referencia|expediente|dossier|demande|référence|pratica|richiesta|segnalazione|riferimento|chamado|pedido|solicitação|protocolo|referência|zaak|melding|referentie)(?:[- ]?(?:number|no\\.?|nr\\.?|nº|n°|id|nummer|número|numéro|numero))?\\.?(?:\\s?[:#-]| is| ist| es| est| è| é)?\\s*[A-Z]{0,8}[-#/]?\\d{3,}|(?:under|unter|bajo|sous|con|sob|onder) (?:the |dem |der |el |le |il |o |het )?(?:reference|number|Aktenzeichen|Nummer|número|numéro|numero|nummer|referentie)\\s?[A-Z]{0,8}[-/]?\\d{3,}|\\[#?[A-Z]{0,8}-?\\d{3,}\\]|#\\d{4,}|(?:INC|REQ|RITM|SR|TKT|CS|CASE)-?\\d{3,}|(?:Ticketnummer|Vorgangsnummer|Referenznummer|Anfragenummer|Fallnummer|ticketnummer|referentienummer|zaaknummer|meldingsnummer|dossiernummer)[: ]+[A-Z]{0,8}[-#]?\\d{2,}`,
);

/** When and by whom an answer will come: "our team will get back to you within 24 hours". */
export const TICKET_ANSWER_DUE = words(
  [
    `(?:we|our (?:\\p{L}+ ){0,2}?(?:team|agents?|staff|representatives?|specialists?|advisors?|department)|someone|an? (?:agent|representative|member of (?:our|the) (?:\\p{L}+ )?team|team member|specialist|advisor)|one of (?:our|the) (?:\\p{L}+ ){0,2}?(?:team|agents?|staff|representatives?|team members|specialists|advisors)) (?:will|shall|aim to|try to|endeavou?r to|is going to|are going to)(?: \\p{L}+){0,2}? (?:get back to you|respond|reply|be in touch|contact you|review|reviewing|look into|follow up|answer|process|handle|reach out|assist)|(?:within|in) (?:the next |approximately |about |up to )?(?:\\d+(?:[-–]\\d+)?|one|two|three|five|ten|twenty-?four|forty-?eight|seventy-?two) (?:business |working |calendar )?(?:hours?|days?|h)|within (?:a|one) (?:business |working )?day(?: or two)?|within a (?:few|couple of) (?:business |working )?days|you(?:${APOS}ll| will) (?:hear (?:back )?from (?:us|me)|(?:receive|get) (?:a |an |our )?(?:reply|response|answer))|(?:response|reply|resolution|processing) times?|we(?:${APOS}ll| will) (?:e-?mail you|let you know|write to you|be in touch) (?:as soon as|once|when)|in the order (?:(?:it was|they were|they are) )?received`,
    `(?:wir|unser (?:\\p{L}+ )?(?:Team|Kundenservice|Support)|ein(?:e)? (?:Mitarbeiter\\p{L}*|Kolleg\\p{L}*)) (?:werden|wird|melden|meldet)(?: uns| sich)?[^.\\n]{0,60}? (?:melden|bearbeiten|beantworten|zurückmelden|kontaktieren|in Verbindung setzen)|(?:innerhalb|binnen) (?:von )?(?:der nächsten )?(?:\\d+|zwei|drei|fünf) (?:Stunden|Werktag\\p{L}*|Arbeitstag\\p{L}*|Tag\\p{L}*)|(?:innerhalb|binnen) (?:einer Woche|eines (?:Werk|Arbeits)?tages)|(?:meldet|melden) sich (?:bei (?:dir|Ihnen|euch) )?(?:innerhalb|binnen|so schnell wie möglich|schnellstmöglich|zeitnah|in Kürze|bald)|(?:schnellstmöglich|schnellstens|zeitnah) (?:bearbeiten|beantworten|melden|zurückmelden)|(?:du|Sie) (?:bekommst|bekommen|erhältst|erhalten) (?:so schnell wie möglich |schnellstmöglich |zeitnah |bald )?(?:eine|unsere|die) Antwort|wir (?:melden uns|schreiben (?:dir|Ihnen|euch)|geben (?:dir|Ihnen) Bescheid),? sobald|Bearbeitungszeit`,
    `nos pondremos en contacto|(?:le |te |les )?responderemos|atenderemos (?:su|tu)|un (?:agente|miembro de nuestro equipo|representante|asesor) (?:se pondrá en contacto|le responderá|revisará|atenderá)|(?:en un plazo (?:máximo )?de|dentro de (?:las próximas )?|en las próximas) (?:\\d+) (?:horas|días)|(?:recibirás|recibirá|tendrás|tendrá) (?:una |nuestra )?respuesta|te (?:escribiremos|avisaremos|contactaremos) (?:en cuanto|cuando)|tiempo de respuesta`,
    `nous (?:vous )?(?:répondrons|recontacterons|reviendrons vers vous|traiterons)|notre équipe (?:vous )?(?:répondra|recontactera|reviendra vers vous|traitera)|un (?:conseiller|agent|membre de notre équipe) (?:vous )?(?:répondra|recontactera|contactera|reviendra)|(?:sous|dans les|dans un délai de|d${APOS}ici) (?:\\d+) ?(?:heures|jours|h)|d${APOS}ici la fin de (?:la semaine|la journée)|(?:reviendra|reviendront) vers (?:vous|toi)|(?:vous|tu) (?:aurez|recevrez|auras|recevras) (?:une |notre )?réponse|(?:nous vous|on vous|on te) (?:écrirons|écrira|tiendrons au courant|tiendra au courant|recontacterons|recontactera) dès que|délai de (?:réponse|traitement)`,
    `(?:ti|le|vi) (?:risponderemo|ricontatteremo|contatteremo)|(?:risponderemo|ricontatteremo|elaboreremo|gestiremo)|(?:un|il nostro) (?:operatore|consulente|team|membro del (?:nostro )?team)[^.\\n]{0,30}? (?:risponderà|ricontatterà|contatterà|prenderà in carico)|(?:entro|nelle prossime) (?:\\d+) (?:ore|giorni)|(?:riceverai|riceverà|riceverete|avrai|avrà|avrete) (?:una |la nostra )?risposta|(?:ti|vi|la) (?:scriveremo|faremo sapere|aggiorneremo|ricontatteremo) (?:appena|non appena|quando)|tempi di (?:risposta|gestione)`,
    `entraremos em contato|entraremos em contacto|responderemos|retornaremos|daremos retorno|(?:nossa|a nossa) equipe (?:entrará em contato|responderá|retornará)|um (?:atendente|agente|consultor|membro da (?:nossa )?equipe) (?:entrará em contato|responderá|irá)|(?:em até|no prazo de|dentro de|nas próximas) (?:\\d+) (?:horas|dias)|(?:receberá|receberás|vai receber|vais receber|terá|terás) (?:uma |a nossa |nossa )?resposta|(?:te|lhe) (?:avisaremos|escreveremos|daremos notícias) (?:assim que|quando)|prazo de (?:resposta|atendimento)`,
    `(?:we|wij) (?:nemen|zullen|gaan|komen)[^.\\n]{0,40}? (?:contact met (?:u|je) op|reageren|beantwoorden|behandelen|bij (?:u|je) terug)|(?:binnen|in) (?:\\d+|twee|drie|vijf) (?:uur|werkdagen|dagen|werkdag)|(?:je|u) (?:krijgt|ontvangt) (?:zo snel mogelijk |snel |binnenkort )?(?:een |ons )?(?:antwoord|reactie)|(?:we|wij) (?:mailen|laten|bellen) (?:je|u) (?:weten )?zodra|reactietermijn|(?:een|onze) (?:medewerker|collega)[^.\\n]{0,30}? (?:neemt|zal|komt)`,
    // Answers due in weeks or months, as offices and public bodies write: "within one month", "dans un délai d'un mois".
    `within (?:one|a|1|two|2|three|3|four|4|six|6|eight|8) (?:calendar )?(?:weeks?|months?)|innerhalb (?:von )?(?:einem Monat|eines Monats|(?:\\d+|zwei|drei|vier|sechs) (?:Wochen|Monaten))|(?:en un plazo (?:máximo )?de|dentro de(?:l plazo de)?) (?:un mes|(?:\\d+|dos|tres|cuatro) (?:semanas|meses))|dans un délai (?:maximum )?d(?:${APOS}un mois|e (?:deux|trois|quatre|\\d+) (?:mois|semaines))|entro (?:un mese|(?:\\d+|due|tre|quattro) (?:settimane|mesi))|(?:no prazo de|dentro de|em até) (?:um mês|(?:\\d+|duas|dois|três|quatro) (?:semanas|meses))|binnen (?:een|één|\\d+|twee|drie|vier|vijf|zes) (?:weken|week|maand|maanden)`,
  ].join('|'),
);

/** How to follow the ticket: "reply above this line", "track the status of your request", help centre. */
export const TICKET_FOLLOW = words(
  [
    `reply (?:above|to) this (?:line|e-?mail|message) to (?:add|update|respond)|(?:type|write|enter) your reply above this line|(?:add|provide|include|send) (?:any )?(?:further|additional|more) (?:information|details|comments|attachments)|(?:view|track|check|follow|see|update|manage) (?:the (?:status|progress) of )?(?:your|this|the) (?:request|ticket|case|enquiry|inquiry|incident)|(?:help|support|service) (?:center|centre|portal|desk)|ticket status|status: (?:open|new|pending|received|submitted)`,
    // Nothing for the reader to do: "Je hoeft niets te doen", "Nothing else needed from you for now".
    `you (?:don${APOS}t|do not) (?:need|have) to do anything|nothing (?:else |more |further )?(?:is )?needed from you|(?:Sie müssen|du musst) nichts (?:weiter |mehr )?(?:tun|unternehmen)|no (?:tienes|tiene|necesitas|necesita) (?:que )?hacer nada|(?:vous n${APOS}avez|tu n${APOS}as) rien (?:d${APOS}autre )?à faire|non (?:devi|deve|dovete) fare (?:nulla|niente)|não (?:precisa|precisas|tem|tens) (?:de |que )?fazer nada|(?:je|u) hoeft niets (?:meer )?te doen`,
    // Where the answer may already be: the sender's own FAQ.
    `FAQs?|häufige(?:n)? Fragen|Hilfe-(?:Center|Centre|Bereich)|preguntas frecuentes|questions fréquentes|domande frequenti|perguntas frequentes|veelgestelde vragen`,
    `oberhalb dieser (?:Zeile|Linie)|(?:Status|Bearbeitungsstand) (?:Ihrer|der) (?:Anfrage|Meldung|Tickets?)|(?:Kunden|Service|Hilfe)(?:portal|center|centre|bereich)|(?:weitere|zusätzliche) (?:Informationen|Details|Anmerkungen)[^.\\n]{0,40}? (?:antworten|hinzufügen|ergänzen)|antworten Sie (?:einfach )?auf diese (?:E-Mail|Nachricht)`,
    `(?:estado|seguimiento) de (?:su|tu) (?:solicitud|ticket|caso|consulta|incidencia)|(?:centro|portal) de (?:ayuda|soporte|atención)|(?:información|detalles) adicional(?:es)?[^.\\n]{0,40}? (?:responda|responde|conteste)|(?:por encima|encima) de esta línea`,
    `(?:suivre|consulter|voir) (?:l${APOS}(?:état|avancement)|le suivi|le statut) de (?:votre|ta) (?:demande|requête|ticket|dossier)|(?:centre|portail|espace) (?:d${APOS}aide|de support|client)|(?:informations|précisions|éléments) (?:complémentaires|supplémentaires)[^.\\n]{0,40}? (?:répondez|répondant|répondre)|au-dessus de cette ligne`,
    `(?:stato|avanzamento) (?:della|del) (?:sua |tua |vostra )?(?:richiesta|ticket|pratica|segnalazione)|(?:centro|portale) (?:assistenza|di supporto|di aiuto|clienti)|(?:informazioni|dettagli) (?:aggiuntiv[ei]|ulteriori)[^.\\n]{0,40}? rispond\\p{L}+|sopra questa riga`,
    `(?:status|estado|andamento|acompanhar|acompanhe) (?:d[ao] )?(?:sua |seu )?(?:solicitação|chamado|pedido|ticket|protocolo)|(?:central|portal|centro) de (?:ajuda|suporte|atendimento)|(?:informações|detalhes) adicionais[^.\\n]{0,40}? (?:responda|responder)|acima desta linha`,
    `(?:status|voortgang) van (?:uw|je|jouw) (?:verzoek|aanvraag|ticket|melding|vraag)|(?:klanten|help|service|support)(?:portaal|centrum|center)|(?:aanvullende|extra) (?:informatie|gegevens|details)[^.\\n]{0,40}? (?:antwoord|reageer|beantwoord)|boven deze (?:lijn|regel)`,
  ].join('|'),
);

/** Prose of a delivery-status notification (RFC 3464): "your message could not be delivered". */
export const DELIVERY_FAILED = words(
  [
    `(?:your|the|this|a) (?:e-?mail |mail )?message(?: (?:that |which )?you sent)?(?: to [^\\n]{1,80}?)? (?:could not|couldn${APOS}t|can${APOS}t|cannot|was not|wasn${APOS}t|has not|hasn${APOS}t|did not|didn${APOS}t) (?:be )?(?:delivered|sent|get delivered|reach)|(?:unable|not able|wasn${APOS}t able|was not able|failed) to deliver (?:your|the|this) (?:e-?mail|message|mail)|delivery (?:to the following recipients? )?(?:has )?failed|delivery (?:status notification|has failed|failure)|(?:mail|message) delivery (?:failed|failure)|undeliverable|address (?:not found|rejected)|(?:returned|undelivered) mail|failed permanently|permanent (?:error|failure|fatal)`,
    `(?:Ihre|die|diese) (?:Nachricht|E-Mail|Mail)(?: an [^\\n]{1,80}?)? (?:konnte|kann) nicht (?:zugestellt|übermittelt|ausgeliefert) werden|Zustellung (?:an (?:folgende|den|die) (?:Empfänger|Adresse)\\p{L}* )?(?:ist )?fehlgeschlagen|unzustellbar|nicht zustellbar`,
    `(?:su|el|este) (?:mensaje|correo)(?: a [^\\n]{1,80}?)? no (?:se )?(?:ha )?(?:pudo|podido|puede) (?:ser )?entregar\\p{L}*|no se (?:ha )?(?:podido|pudo) entregar|(?:error|fallo) (?:de|en la) entrega|no (?:se ha entregado|fue entregado)`,
    `(?:votre|le|ce) message(?: à [^\\n]{1,80}?)? n${APOS}a pas pu être (?:remis|distribué|délivré|envoyé|livré)|(?:échec|erreur) de (?:la )?(?:remise|distribution|livraison)|non remis|non distribué`,
    `(?:il (?:suo |tuo )?|questo )messaggio(?: a [^\\n]{1,80}?)? non (?:è stato|ha potuto essere|può essere) (?:recapitato|consegnato|inviato)|impossibile (?:recapitare|consegnare) (?:il )?messaggio|(?:mancato|errore di) recapito|non recapitabile`,
    `(?:a (?:sua )?|sua |esta )mensagem(?: para [^\\n]{1,80}?)? não (?:pôde|pode|foi possível) (?:ser )?entreg\\p{L}+|não foi possível entregar|falha (?:na|de) entrega|não (?:foi )?entregue`,
    `(?:uw|je|het|dit) bericht(?: aan [^\\n]{1,80}?)? (?:kon|kan) niet (?:worden )?(?:afgeleverd|bezorgd|verzonden)|(?:bezorging|aflevering) (?:is )?mislukt|onbestelbaar|niet (?:afgeleverd|bezorgd) (?:worden|aan)`,
  ].join('|'),
);

/** The mail server's technical detail: status codes (RFC 3463), DSN fields, "user unknown". */
export const DELIVERY_DETAIL = words(
  [
    `[245]\\d\\d[ -]#?[245]\\.\\d{1,3}\\.\\d{1,3}|[45]\\.\\d\\.\\d{1,3}|diagnostic-code|final-recipient|original-recipient|reporting-mta|remote-mta|action: failed|status: 5|mail (?:delivery )?(?:system|software|subsystem)|mailer-daemon|postmaster|qmail-send|(?:remote|receiving|destination|recipient${APOS}s) (?:mail )?(?:server|host|system)|host [\\p{L}\\d.-]+ (?:said|\\[)|smtp|(?:user|mailbox|recipient|address) (?:unknown|not found|unavailable|does not exist|doesn${APOS}t exist|is full|full|disabled|rejected)|no such (?:user|mailbox|address|domain)|domain (?:not found|does not exist)|(?:gave|giving|have given|i${APOS}ve given) up|retry (?:time|timeout|limit)|over quota|quota exceeded|relay (?:access )?denied|non-delivery report|delivery status notification`,
    `Mail-?System|Empfänger(?:adresse)? (?:unbekannt|existiert nicht|nicht gefunden)|Postfach (?:voll|existiert nicht|nicht gefunden|unbekannt)|(?:dauerhafter|permanenter) Fehler|Server des Empfängers`,
    `(?:buzón|destinatario|usuario) (?:lleno|desconocido|no existe|no encontrado)|error permanente|servidor (?:de destino|del destinatario|remoto)`,
    `(?:boîte aux lettres|destinataire|adresse|utilisateur) (?:pleine|inconnue?|introuvable|n${APOS}existe pas)|erreur permanente|serveur (?:distant|de destination|du destinataire)`,
    `(?:casella|destinatario|utente|indirizzo) (?:piena|sconosciuto|inesistente|non trovato|non esiste)|errore permanente|server (?:remoto|di destinazione|del destinatario)`,
    `(?:caixa|destinatário|usuário|utilizador|endereço) (?:cheia|desconhecido|inexistente|não encontrado|não existe)|erro permanente|servidor (?:remoto|de destino|do destinatário)`,
    `(?:mailbox|ontvanger|gebruiker|adres) (?:vol|onbekend|bestaat niet|niet gevonden)|permanente fout|(?:externe|ontvangende) server`,
  ].join('|'),
);

/** "The following address(es) failed", "los siguientes destinatarios": the report lists recipients. */
export const FAILED_RECIPIENTS = words(
  'the following (?:address(?:es|\\(es\\))?|recipients?(?:\\(s\\))?)|to (?:one or more|all) (?:of (?:its|the) )?recipients|(?:folgende|folgenden) (?:Empfänger|Adresse)\\p{L}*|los siguientes destinatarios|(?:les|aux) destinataires suivants|i seguenti destinatari|os seguintes destinatários|de volgende (?:ontvangers|geadresseerden)',
);

/** Read receipts in prose (RFC 8098 "displayed"): "Your message ... was read on ...". */
export const READ_NOTICE = words(
  [
    `(?:your|the) (?:e-?mail |mail )?message[\\s\\S]{0,400}?(?:was|has been) (?:read|displayed|opened|viewed|deleted without being read) (?:on|at)|this is a (?:return |read )?receipt for the (?:mail|message|e-?mail)|message (?:that )?you sent[^\\n]{0,100}? (?:was|has been) (?:read|displayed|opened)`,
    `Nachricht[\\s\\S]{0,400}?wurde am [^\\n]{1,80}? (?:gelesen|ungelesen gelöscht|angezeigt|geöffnet)|(?:dies ist|das ist) eine (?:Lese|Empfangs)bestätigung`,
    `mensaje[\\s\\S]{0,400}?(?:se leyó|fue leído|ha sido leído|se ha leído|fue eliminado sin (?:ser )?leer\\p{L}*|se eliminó sin leer\\p{L}*)(?: (?:el|a las|en))?|(?:este|éste) es un acuse de recibo`,
    `message[\\s\\S]{0,400}?a été (?:lu|supprimé sans avoir été lu|affiché|ouvert)(?: (?:le|à))?|ceci est un accusé de (?:réception|lecture)`,
    `messaggio[\\s\\S]{0,400}?(?:è stato|è) (?:letto|visualizzato|aperto|eliminato senza essere letto)(?: (?:il|alle|in data))?|questa è una (?:ricevuta|conferma) di (?:ritorno|lettura)`,
    `mensagem[\\s\\S]{0,400}?foi (?:lida|aberta|visualizada|excluída sem ser lida|eliminada sem ser lida)(?: (?:em|às|no|na|a))?|(?:este|esta) é (?:um recibo|uma confirmação) de (?:leitura|retorno)`,
    `bericht[\\s\\S]{0,400}?(?:is|werd) (?:gelezen|geopend|weergegeven|verwijderd zonder (?:te zijn )?gelezen)(?: op)?|dit is een (?:leesbevestiging|ontvangstbevestiging)`,
  ].join('|'),
);

/** The subject mail programs give a read receipt: "Read: ...", "Gelesen: ...", "Lu : ...". */
export const READ_SUBJECT =
  /^\s*(?:read|gelesen|lu|le[ií]do|letto|lid[ao]|gelezen|displayed|angezeigt|not read|nicht gelesen|no le[ií]do|non lu|non letto|n[ãa]o lid[ao]|niet gelezen|read receipt|return receipt|lesebestätigung|empfangsbestätigung|confirmación de lectura|accusé de lecture|conferma di lettura|confirmação de leitura|leesbevestiging)\s*(?::|\(|$)/iu;

/** The header block of the message being reported on: "To: ...", "Subject: ...", "Sent: ...". */
export const REPORTED_HEADER_LINE =
  /^[ \t]*(?:To|An|Para|À|A|Aan|Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp|Sent|Gesendet|Enviado|Enviada|Envoyé|Inviato|Verzonden|Date|Datum|Fecha|Data)[ \t]*:/gimu;

/** The receipt's own caveat: it only says the message was shown. */
export const READ_CAVEAT = words(
  '(?:only )?acknowledges that the message (?:was|has been) displayed|no guarantee that the (?:recipient|message) has (?:been )?(?:read|understood)|bestätigt (?:lediglich|nur),? dass die Nachricht|garantía de que el destinatario|garantie que le destinataire|garanzia che il destinatario|garantia de que o destinatário|garantie dat de ontvanger',
);
