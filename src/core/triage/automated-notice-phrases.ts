import { APOS } from './automated-absence-phrases.js';
import { words } from './rule.js';

/**
 * Notices that carry someone else's words or report on a request instead of making one: a phone
 * system's voicemail transcript, a web form's copy of what was typed, a list digest of members'
 * posts, another organisation's confirmation that a request was carried out. Request words inside
 * them are not the sender's, and the sender is a machine (or an office confirming its own work):
 * answering would mail a machine, and a voicemail's caller is not the sender either.
 */

/**
 * What a phone system or fax gateway names in its opening line: "Neue Sprachnachricht auf Ihrem
 * Anrufbeantworter", "Recebeu um novo fax", "U hebt een nieuw voicemailbericht". Only an anchor: the
 * opening line must be short and say nothing of the writer, and field lines must follow.
 */
export const VOICEMAIL_NOTICE = words(
  `voicemail(?:s|bericht|berichten)?|voice[ -]mail|voice messages?|Sprachnachricht(?:en)?|Anrufbeantworter|Mailbox-Nachricht|Sprachmitteilung|mensajes? de voz|buzón de voz|messages? vocale?s?|messagerie vocale|messaggi(?:o)? vocal[ei]|segreteria(?: telefonica)?|casella (?:di posta )?vocale|caixa de voz|mensage(?:m|ns) de voz|correio de voz|gravador de chamadas|spraakbericht(?:en)?|fax(?:es|nachricht|bericht)?|telefax`,
);

/** A voicemail's or fax's own fields and transcript note: caller, duration, pages, recognised text, attached audio. */
export const VOICEMAIL_DETAIL = words(
  [
    `(?:caller|calling number|from number|duration|length|mailbox|pages|sender|received|anrufer|rufnummer|absender(?:-kennung)?|empfangen|dauer|länge|seiten|übertragung|llamante|remitente|recibido|duración|buzón|páginas|appelant|expéditeur|reçu|durée|boîte vocale|pages|chiamante|mittente|ricevuto|durata|casella|pagine|chamador|remetente|recebido|data/hora|duração|caixa postal|beller|afzender|ontvangen|duur|voicemailbox|pagina${APOS}s)[ \\t]*:`,
    `transcri(?:ption|pt)|audio (?:file|recording)|recording (?:is )?attached|OCR|recogni[sz]ed text|Transkri(?:ption|pt)|(?:Audio|Sprach)datei|Texterkennung|erkannter Text|transcripción|archivo de audio|texto reconocido|transcription|fichier audio|texte reconnu|trascrizione|file audio|testo riconosciuto|transcrição|(?:arquivo|ficheiro) de áudio|texto reconhecido|transcriptie|audiobestand|herkende tekst`,
  ].join('|'),
);

/** A chat's transcript sent on by the site's chat tool: "Transcript of your chat", "Transcrição da conversa". */
export const CHAT_NOTICE = words(
  [
    `(?:chat|conversation) transcript|(?:transcript|copy|record|log) of (?:the |your |this |our )?(?:chat|conversation)|this transcript`,
    `Chat-?(?:verlauf|protokoll|transkript)|(?:Transkript|Kopie|Protokoll) (?:des|Ihres|deines|unseres) (?:Chats|Gesprächs)`,
    `(?:transcripción|copia) (?:del chat|de (?:la |tu |su )?conversación|de (?:tu |su )?chat)`,
    `(?:transcription|copie) (?:de (?:la |votre |ta )?conversation|du chat|de (?:votre |ta )?(?:discussion|chat))`,
    `(?:trascrizione|copia) (?:della |del )?(?:tua |sua |vostra )?(?:chat|conversazione)`,
    `(?:transcrição|cópia) (?:da |do )?(?:sua |tua )?(?:conversa|chat)`,
    `chat-?(?:gesprek|transcript)|(?:transcript|kopie) van (?:het |uw |je )?(?:chatgesprek|gesprek|chat)`,
    // A chat tool's offline message: "A visitor left a message while no agents were available".
    `(?:a |new )?(?:visitor|customer|guest) (?:has )?left (?:you )?a message|(?:ein )?(?:Besucher(?:in)?|Kunde|Gast) hat (?:eine|Ihnen eine) Nachricht hinterlassen|(?:un )?(?:visitante|cliente) (?:te |le |os )?(?:ha )?dej(?:ó|ado) un mensaje|(?:un )?(?:visiteur|client) (?:vous )?a laissé un message|(?:un )?(?:visitatore|cliente) (?:ti |vi )?ha lasciato un messaggio|(?:um )?(?:visitante|cliente) deixou (?:uma )?mensagem|(?:een )?(?:bezoeker|klant) heeft een bericht achtergelaten`,
  ].join('|'),
);

/**
 * A chat line by a named speaker, its time first or not: "[14:02] Visitante (Patrícia Gomes): oi",
 * "Agent virtuel : Bonjour". Two or more back a chat transcript.
 */
export const CHAT_SPEAKER_LINE = chatSpeakerLine();

function chatSpeakerLine(): RegExp {
  // "[11:47 PM]", "14:02", "10-03-2026 20:14": a time, maybe after the date.
  const time = String.raw`\[?(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]\.?m\.?)?\]?`;
  const role = String.raw`(?:Visitor|Visiteur|Visitante|Besucher(?:in)?|Bezoeker|Visitatore|Cliente|Client|Kunde|Klant|Customer|Patient|Paciente|Patiente?|Paziente|Pati[eë]nt|User|Utilisateur|Usuario|Utente|Usuário|Gebruiker|Nutzer(?:in)?|Agent(?: virtuel)?|Agente|Assistant|Assistente(?: virtual[e]?)?|Asistente(?: virtual)?|Virtuelle?r? Assistent|Virtuele assistent|Virtual assistant|Bot|Chatbot|Operator|Opérateur|Operador|Operatore|Medewerker|Mitarbeiter(?:in)?)(?:[ \t]*[#(][^)\n]{0,40}\)?)?`;
  // Any speaker's name, from one to three words, counts only with the time stamp a chat tool puts
  // beside it ("[11:47 PM] Sam:", "Ava (bot) 9:12 PM:"): a form's "Name:" line has none.
  const name = String.raw`\p{L}[\p{L}'.-]{0,24}(?:[ \t]\p{L}[\p{L}'.-]{0,24}){0,2}(?:[ \t]*\([^)\n]{0,40}\))?`;
  return new RegExp(String.raw`^[ \t]*(?:(?:${time}[ \t]*)?${role}|${time}[ \t]*${name}|${name}[ \t]+${time})[ \t]*:[ \t]*\S`, 'gimu');
}

/** "This is a copy of what you sent us", "Kopie Ihrer Angaben", "récapitulatif de votre demande": a form's copy, when form fields follow. */
export const FORM_COPY = words(
  `(?:a |the )?(?:copy|summary|Kopie|Abschrift|Zusammenfassung|copia|resumen|copie|récapitulatif|riepilogo|cópia|resumo|kopie|samenvatting) (?:of|Ihrer|deiner|Ihres|deines|de|del|della|dei|da|do|van)(?= )|here(?:${APOS}s| is) what you (?:sent|submitted|entered|wrote)`,
);

/** A form's field lines: "Name: ...", "E-Mail: ...", "Nachricht: ...". Two or more back a form copy. */
export const FORM_FIELD_LINE =
  /^[ \t]*(?:Name|Naam|Nombre|Nom|Nome|Vorname|Nachname|Apellidos?|Prénom|Cognome|Sobrenome|Achternaam|E-?Mail|Email|Correo|Courriel|Phone|Telefon|Teléfono|Téléphone|Telefono|Telefone|Telefoon|Message|Nachricht|Mensaje|Messaggio|Mensagem|Bericht|Subject|Topic|Betreff|Thema|Asunto|Tema|Objet|Sujet|Oggetto|Argomento|Assunto|Onderwerp|Anliegen|Motivo|Motif|Reason)[ \t]*:/gimu;

/**
 * A ticket tool's fields: "Titre : …", "Statut : Nouveau", "Priorität: mittel", "Description:". Three or
 * more, opening a notice that names itself machine-made at its end, make it a copy of the ticket.
 */
export const TICKET_FIELD_LINE =
  /^[ \t]*(?:Title|Titre|Titel|Titolo|Título|Titulo|Summary|Status|Statut|Estado|Stato|Priority|Priorité|Priorität|Priorità|Prioridad|Prioridade|Prioriteit|Urgency|Urgence|Dringlichkeit|Urgenza|Urgencia|Urgência|Urgentie|Category|Catégorie|Kategorie|Categoria|Categoría|Categorie|Requester|Reporter|Demandeur|Anfragender|Melder|Richiedente|Solicitante|Aanvrager|Melder|Assignee|Assigned to|Description|Beschreibung|Descrizione|Descripción|Descrição|Beschrijving)[ \t]*:/gimu;

/**
 * Another organisation's confirmation that a request was carried out: "your account has been deleted",
 * "wir bestätigen die Löschung Ihrer Daten", "bevestigen wij dat uw dossier is vernietigd". In the
 * second person a controller answers in (GDPR Art. 12(3), 17, 19); a person writes of "my" account.
 */
export const DONE_NOTICE = words(
  [
    `(?:your|the) (?:\\p{L}+ ){0,2}?(?:account|data|profile|records?|file|information|subscription|request|details|chart|history|recordings?)(?: [\\p{L}+&.-]+){0,3}? (?:has|have) (?:now )?been (?:permanently |successfully |fully |completely )?(?:deleted|erased|removed|closed|anonymi[sz]ed|destroyed|cancell?ed|processed|completed|fulfilled|carried out|corrected|updated)|we(?:${APOS}ve| have) (?:now )?(?:permanently |successfully |fully )?(?:deleted|erased|removed|destroyed|anonymi[sz]ed|closed|corrected) (?:all )?(?:of )?your|we (?:hereby )?confirm (?:the (?:deletion|erasure|removal|destruction|correction)|that (?:all )?(?:of )?your)`,
    `(?:Ihr|Ihre|dein|deine) (?:\\p{L}+ )?(?:Konto|Kundenkonto|Nutzerkonto|Daten|Profil|Akte|Abonnement|Anfrage|Antrag|Aufnahmen)(?: [\\p{L}+&.-]+){0,3}? (?:wurde|wurden|ist|sind) (?:nun |jetzt )?(?:erfolgreich |vollständig |endgültig |unwiderruflich )?(?:gelöscht|entfernt|geschlossen|anonymisiert|vernichtet|bearbeitet|erledigt|berichtigt|korrigiert)|(?:wurde|wurden|ist|sind) (?:Ihr|Ihre|dein|deine) (?:\\p{L}+ )?(?:Konto|Kundenkonto|Nutzerkonto|Daten|Profil|Akte|Abonnement|Aufnahmen)(?: [\\p{L}+&.-]+){0,3}? (?:nun |jetzt )?(?:erfolgreich |vollständig |endgültig |unwiderruflich )?(?:gelöscht|entfernt|geschlossen|anonymisiert|vernichtet|berichtigt|korrigiert)|wir haben (?:Ihr|Ihre|dein|deine) [^.\\n]{1,60}? (?:gelöscht|entfernt|vernichtet|anonymisiert|berichtigt)|(?:wir )?bestätigen (?:Ihnen )?(?:hiermit )?(?:die (?:Löschung|Vernichtung|Anonymisierung|Berichtigung|Erledigung)|dass (?:Ihr|Ihre|dein|deine))`,
    `(?:su|tu|sus|tus) (?:cuenta|datos(?: personales)?|perfil|historial|expediente|solicitud|suscripción|grabaciones)(?: [\\p{L}+&.-]+){0,3}? (?:ha sido|han sido|fue|fueron|se ha|se han) (?:definitivamente |correctamente )?(?:eliminad|borrad|suprimid|cerrad|anonimizad|destruid|tramitad|completad|rectificad|corregid)[oa]s?|hemos (?:eliminado|borrado|suprimido|cerrado|destruido|anonimizado|rectificado) (?:todos )?(?:su|tu|sus|tus|los datos)|(?:le |te )?confirmamos (?:la (?:eliminación|supresión|baja|rectificación|destrucción)|que (?:su|tu|sus|tus))`,
    `(?:votre|vos|ton|ta|tes) (?:compte|données(?: personnelles)?|profil|dossier|abonnement|demande|historique|enregistrements)(?: [\\p{L}+&.-]+){0,3}? (?:a|ont) (?:bien )?été (?:définitivement |bien )?(?:supprimée?s?|effacée?s?|clôturée?s?|fermée?s?|anonymisée?s?|détruite?s?|traitée?s?|rectifiée?s?|corrigée?s?)|nous avons (?:bien )?(?:supprimé|effacé|détruit|clôturé|anonymisé|rectifié) (?:l${APOS}ensemble de )?(?:votre|vos|ton|ta|tes)|nous (?:vous )?confirmons (?:la (?:suppression|destruction|rectification|clôture)|l${APOS}effacement|que (?:votre|vos|ton|ta|tes))`,
    `(?:il tuo|il suo|la tua|la sua|i tuoi|i suoi|le tue|le sue) (?:account|dati(?: personali)?|profilo|cartella|richiesta|abbonamento|registrazioni)(?: [\\p{L}+&.-]+){0,3}? (?:è|sono) stat[oaie] (?:definitivamente |correttamente )?(?:cancellat|eliminat|rimoss|chius|anonimizzat|distrutt|evas|gestit|rettificat|corrett)[oaie]|abbiamo (?:cancellato|eliminato|rimosso|chiuso|distrutto|anonimizzato|rettificato) (?:tutti )?(?:il tuo|il suo|la tua|la sua|i tuoi|i suoi|le tue|le sue)|(?:le |ti |vi )?confermiamo (?:la (?:cancellazione|rettifica|distruzione)|l${APOS}(?:eliminazione|avvenuta cancellazione)|che (?:il|la|i|le) (?:tuo|suo|tua|sua|tuoi|suoi|tue|sue))`,
    `(?:a sua|o seu|a tua|o teu|sua|seu|seus|suas|os seus|as suas) (?:conta|dados(?: pessoais)?|perfil|cadastro|ficha|pedido|solicitação|assinatura|gravações)(?: [\\p{L}+&.-]+){0,3}? (?:foi|foram) (?:definitivamente |corretamente )?(?:excluíd|apagad|eliminad|removid|encerrad|anonimizad|destruíd|atendid|concluíd|corrigid|retificad)[oa]s?|(?:excluímos|apagamos|eliminámos|eliminamos|removemos|encerramos|corrigimos) (?:todos )?(?:a sua|o seu|sua|seu|seus|suas|os seus|as suas|os dados)|confirmamos (?:a (?:exclusão|eliminação|remoção|retificação)|o apagamento|que (?:a sua|o seu|sua|seu|seus|suas|os seus|as suas))`,
    `(?:uw|je|jouw) (?:account|gegevens|persoonsgegevens|profiel|dossier|abonnement|verzoek|opnames)(?: [\\p{L}+&.-]+){0,3}? (?:is|zijn|werd|werden) (?:nu )?(?:definitief |volledig |succesvol )?(?:verwijderd|gewist|vernietigd|afgesloten|geanonimiseerd|afgehandeld|uitgevoerd|gecorrigeerd|aangepast)|(?:is|zijn|werd|werden) (?:uw|je|jouw) (?:account|gegevens|persoonsgegevens|profiel|dossier|abonnement|opnames)(?: [\\p{L}+&.-]+){0,3}? (?:nu )?(?:definitief |volledig |succesvol )?(?:verwijderd|gewist|vernietigd|afgesloten|geanonimiseerd|gecorrigeerd)|(?:we|wij) hebben (?:uw|je|jouw) [^.\\n]{1,60}? (?:verwijderd|gewist|vernietigd|afgesloten|geanonimiseerd|gecorrigeerd)|(?:we|wij) bevestigen (?:u )?(?:hierbij )?(?:de (?:verwijdering|vernietiging|correctie|afhandeling)|dat (?:uw|je|jouw))|bevestigen (?:we|wij) (?:u )?(?:hierbij )?(?:de (?:verwijdering|vernietiging|correctie|afhandeling)|dat (?:uw|je|jouw))`,
  ].join('|'),
);

/**
 * What such a confirmation goes on to say: as requested, what was kept and why, the right to complain
 * to a supervisory authority (GDPR Art. 12(4), 77), a reference number, that mail will stop.
 */
export const DONE_DETAIL = words(
  [
    `as (?:you )?requested|at your request|in (?:line|accordance) with your request|we (?:will )?(?:keep|retain)|(?:are|is) (?:kept|retained)|legal(?:ly)? (?:obligation|required|retention)|supervisory authority|data protection authority|ICO|you (?:have|retain) the right to (?:lodge|complain|file)|no (?:further|more) (?:e-?mails|messages|charges)|sorry to see you go|what (?:was|we) (?:deleted|removed|kept|retain)|will be (?:permanently )?(?:erased|deleted|removed|anonymi[sz]ed) from our (?:systems|records|servers)|(?:we are|we're) (?:legally )?required to (?:keep|retain)`,
    `wie (?:gewünscht|beantragt|angefragt)|auf Ihren (?:Wunsch|Antrag)|(?:aufbewahrt|gespeichert) (?:bis|für)|Aufbewahrung|aufbewahren|gesetzlich\\p{L}*|Aufsichtsbehörde|(?:das )?Recht,? sich [^.\\n]{0,40}? zu beschweren|keine (?:weiteren )?(?:E-Mails|Nachrichten|Abbuchungen)|Gelöscht:|Eingeschränkt gespeichert|werden (?:innerhalb|binnen) [^.\\n]{0,20}? (?:endgültig )?gelöscht|aus unseren Systemen (?:endgültig )?gelöscht|sind (?:gesetzlich )?verpflichtet,? [^.\\n]{0,30}?aufzubewahren`,
    `como (?:nos )?(?:solicitó|solicitaste|pidió|pediste|solicitado)|a petición suya|conservaremos|conservamos|(?:obligación|plazo) legal|autoridad de control|AEPD|(?:el )?derecho a (?:presentar una reclamación|reclamar)|(?:ya )?no (?:recibirás|recibirá) más|(?:serán|será) (?:definitivamente )?(?:eliminad|borrad|suprimid)[oa]s? de nuestros sistemas|(?:estamos|está) obligad[oa]s? a conservar`,
    `comme (?:demandé|convenu|vous l${APOS}avez demandé)|à votre demande|(?:nous )?conservons|ce que nous conservons|obligation (?:légale|comptable)|autorité de contrôle|CNIL|(?:le )?droit d${APOS}introduire une réclamation|ne (?:recevrez|recevras) plus|(?:seront|sera) (?:définitivement )?(?:effacée?s?|supprimée?s?|anonymisée?s?) de nos systèmes|(?:sommes|est) (?:tenus?|obligée?s?) de (?:les )?conserver`,
    `come (?:richiesto|da sua richiesta|da tua richiesta)|su (?:sua|tua) richiesta|conserv(?:eremo|iamo)|obbligo (?:legale|di legge|fiscale)|Garante|autorità di controllo|(?:il )?diritto di (?:proporre|presentare) reclamo|non riceverai più|non riceverà più|(?:saranno|sarà) (?:definitivamente )?(?:cancellat|eliminat)[ieao] dai nostri sistemi|(?:siamo|è) tenut[io] a conservar`,
    `conforme (?:solicitado|pedido|sua solicitação)|a seu pedido|(?:mantemos|manteremos|conservamos|conservaremos)|obrigação (?:legal|fiscal)|autoridade de controlo|ANPD|CNPD|(?:o )?direito de (?:apresentar|reclamar)|não receberá mais|deixará de receber|(?:serão|será) (?:definitivamente )?(?:apagad|eliminad|excluíd)[oa]s? dos nossos sistemas|(?:somos|estamos) obrigad[oa]s a (?:manter|conservar)`,
    `zoals (?:gevraagd|verzocht|afgesproken)|op (?:uw|je) verzoek|(?:we|wij) bewaren|bewaard|bewaartermijn|wettelijk\\p{L}*|Autoriteit Persoonsgegevens|toezichthouder|klacht indienen|(?:ontvangt u|ontvang je) geen|(?:worden|wordt) (?:binnen [^.\\n]{0,20}? )?(?:definitief )?(?:verwijderd|gewist) uit onze systemen|(?:zijn|is) (?:wettelijk )?verplicht [^.\\n]{0,30}?te bewaren`,
  ].join('|'),
);

/**
 * A mailing list's or group's digest: "Send dsgvo-forum mailing list submissions to", "Today's Topics",
 * "Résumé des discussions du groupe", "Riepilogo giornaliero". The posts it carries are members' words,
 * not the sender's. The nouns are only an anchor: a digest's apparatus must follow.
 */
export const DIGEST_NOTICE = words(
  [
    `send [\\p{L}\\d._-]+ mailing list submissions to|senden Sie Beiträge für die [\\p{L}\\d._-]+ Mailingliste an|env[ií]e (?:los )?mensajes para la lista (?:de correo )?[\\p{L}\\d._-]+ a|envoyez (?:vos )?messages pour la liste [\\p{L}\\d._-]+ à|inviate i messaggi per la lista [\\p{L}\\d._-]+ a|envie (?:as )?(?:submissões|mensagens) para a lista [\\p{L}\\d._-]+ para|stuur (?:bijdragen|berichten) voor de [\\p{L}\\d._-]+(?:-| )?mailinglijst naar`,
    `digest|summary|topics|Zusammenfassung|Tageszusammenfassung|Wochenzusammenfassung|Übersicht|Themen|resumen|temas|résumé|sujets|thèmes|riepilogo|argomenti|resumo|tópicos|samenvatting|overzicht|onderwerpen`,
  ].join('|'),
);

/** Who wrote each post a digest carries: "From: Bernd Aumann", "De : Aurélie M. —", "  Martina P.: ...". */
export const POST_AUTHOR_LINE = /^(?:[ \t]*(?:\d+[.)][ \t]*)?(?:From|Von|De|Da|Van|Autor|Author|Auteur|Autore)[ \t]*:|[ \t]+\p{Lu}[\p{L}\d_'-]+(?: \p{Lu}[\p{L}'-]*\.?)?[ \t]*:[ \t]+\S)/gimu;

/** A digest's apparatus: numbered posts, counts per topic. */
export const DIGEST_APPARATUS = words(
  `(?:message|nachricht|mensaje|messaggio|mensagem|bericht)\\s*: \\d+|end of [\\p{L}\\d._-]+ digest|ende [\\p{L}\\d._-]+ zusammenfassung|fin du résumé|mailman|listinfo|\\(?\\d+ (?:new |neue |nuev[oa]s |nouveaux |nouvelles |nuovi |nuove |nov[oa]s |nieuwe )?(?:messages?|posts?|replies|updates|Nachrichten|Beiträge|Antworten|mensajes?|respuestas|réponses|messaggi|risposte|aggiornamenti?|mensagens|respostas|berichten|reacties)\\)?`,
);

/** A list's footer saying why the mail came and how to stop it. */
export const DIGEST_FOOTER = words(
  `(?:to )?stop receiving|(?:you(?:${APOS}re| are) receiving this|you received this) because|because you(?:${APOS}re| are) (?:subscribed|a member)|(?:Sie erhalten|du erhältst|ihr erhaltet) diese|(?:weil|da) (?:Sie|du) [^.\\n]{0,40}?(?:abonniert|Mitglied)|keine [^.\\n]{0,30}? mehr (?:zu )?erhalten|para dejar de recibir|recibes este (?:correo|mensaje)|porque (?:estás|está) suscrit\\p{L}+|vous recevez (?:ce message|cette (?:lettre|newsletter|infolettre)|ce (?:courriel|mail|e-?mail))|pour ne plus recevoir|car vous êtes (?:abonné|inscrit|membre)\\p{L}*|(?:hai|ha) ricevuto questo messaggio perché|per non ricevere più|(?:sei|è) iscritt\\p{L}+|você (?:está )?receb(?:e|endo) (?:este|esta)|para deixar de receber|porque (?:você )?(?:está|é) (?:inscrit|assinante)\\p{L}*|(?:u|je) ontvangt (?:dit|deze)|om geen [^.\\n]{0,30}? meer te ontvangen|omdat (?:u|je) (?:bent )?(?:geabonneerd|lid)|(?:unsubscribe|abmelden|darse de baja|se désabonner|désinscri\\p{L}+|disiscriv\\p{L}+|annullare l${APOS}iscrizione|descadastrar|uitschrijven)`,
);

/**
 * A calendar program's answer to a meeting invitation, written under the invitee's name: "Marc
 * Aubertin a accepté cette réunion.", "Markus Tiedemann hat Ihre Einladung angenommen.". The program
 * writes the line; the invitee only pressed a button (RFC 5546 iTIP REPLY, sent as mail).
 */
export const CALENDAR_RESPONSE = words(
  [
    `(?:has )?(?:(?:tentatively )?accepted|declined|proposed a new time for) (?:this|the|your) (?:meeting|invitation|event|appointment)(?: invitation| request)?`,
    `hat (?:diese|die|Ihre|deine) (?:Besprechung|Einladung|Besprechungsanfrage|Termineinladung|Veranstaltung) (?:mit Vorbehalt )?(?:angenommen|abgelehnt|zugesagt)|hat (?:eine neue (?:Zeit|Uhrzeit|Besprechungszeit)|einen neuen (?:Termin|Zeitpunkt)) (?:für (?:diese|die|Ihre) (?:Besprechung|Einladung|Veranstaltung) )?vorgeschlagen`,
    `(?:ha )?(?:aceptado|rechazado|aceptó|rechazó) (?:provisionalmente )?(?:esta|la|tu|su) (?:reunión|invitación|convocatoria|cita)|(?:ha )?(?:propuesto|propuso) (?:una nueva hora|un nuevo horario) (?:para|de) (?:esta|la) (?:reunión|cita|convocatoria)`,
    `a (?:accepté|refusé|décliné) (?:provisoirement )?(?:cette|la|votre|ton|ta) (?:réunion|invitation|rendez-vous|convocation)|a proposé (?:une nouvelle heure|un nouvel horaire|une nouvelle date) pour (?:cette|la|votre) (?:réunion|invitation|rendez-vous|convocation)`,
    `ha (?:accettato|rifiutato|declinato) (?:provvisoriamente )?(?:questa|la|il tuo|il suo|la tua|la sua) (?:riunione|invito|convocazione)|ha (?:accettato|rifiutato) l${APOS}invito|ha proposto (?:un nuovo orario|una nuova ora|una nuova data) per (?:questa|la) (?:riunione|convocazione)`,
    `(?:aceitou|recusou) (?:provisoriamente )?(?:esta|este|a|o|sua|seu|o seu|a sua) (?:reunião|convite|compromisso)|propôs (?:um novo horário|uma nova hora|uma nova data) para (?:esta|a|este|o) (?:reunião|compromisso|convite)`,
    `heeft (?:deze|de|uw|je) (?:vergadering|uitnodiging|afspraak) (?:voorlopig )?(?:geaccepteerd|geweigerd|afgewezen|aangenomen)|heeft een nieuwe tijd (?:voorgesteld voor|voor) (?:deze|de|uw|je) (?:vergadering|afspraak)(?: voorgesteld)?`,
  ].join('|'),
);

/** The subject a calendar program gives its answer: "Accepted: …", "Abgelehnt: …", "Accepté : …", "Voorlopig: …". */
export const CALENDAR_RESPONSE_SUBJECT =
  /^\s*(?:accepted|declined|tentative|tentatively accepted|new time proposed|neue (?:uhr)?zeit vorgeschlagen|nueva hora propuesta|nouvelle heure proposée|nuovo orario proposto|novo horário proposto|nieuwe tijd voorgesteld|angenommen|abgelehnt|mit vorbehalt(?: angenommen)?|zugesagt|aceptad[oa]|rechazad[oa]|provisional|accepté|refusé|provisoire|accettat[oa]|rifiutat[oa]|provvisori[oa]|aceit[oa]|recusad[oa]|provisóri[oa]|geaccepteerd|geweigerd|voorlopig)\s?:/iu;

/** The invitation's own lines under the answer: "When:", "Wann:", "Quand :", "Cuándo:", "Quando:", "Wanneer:". */
export const MEETING_DETAIL = /^[ \t]*(?:when|where|wann|wo|quand|où|cuándo|dónde|quando|dove|onde|wanneer|waar|(?:current|proposed|new) time|(?:heure|date) (?:actuelle|proposée)|(?:hora|horario) (?:actual|propuest[oa])|orario (?:attuale|proposto)|horário (?:atual|proposto)|(?:huidige|voorgestelde) tijd|(?:aktuelle|vorgeschlagene) (?:Uhr)?zeit)[ \t]?:/imu;
