import { APOS } from './automated-absence-phrases.js';
import { words } from './rule.js';

/**
 * Notices that carry someone else's words or report on a request instead of making one: a phone
 * system's voicemail transcript, a web form's copy of what was typed, a list digest of members'
 * posts, another organisation's confirmation that a request was carried out. Request words inside
 * them are not the sender's, and the sender is a machine (or an office confirming its own work):
 * answering would mail a machine, and a voicemail's caller is not the sender either.
 */

/** "You have a new voicemail from", "Neue Sprachnachricht von", "Hai ricevuto un nuovo messaggio in segreteria", a fax. */
export const VOICEMAIL_NOTICE = words(
  [
    `you(?:${APOS}ve| have)? (?:received |got )?(?:a |\\d+ )?new (?:(?:voicemail|voice mail|voice-mail)|voice message|fax)(?: message)?s?|new (?:(?:voicemail|voice mail|voice-mail)|voice message|fax)(?: message)? (?:from|received|for)|(?:(?:voicemail|voice mail|voice-mail)|fax) (?:message )?(?:received|from)`,
    `(?:Sie haben|du hast) (?:eine |\\d+ )?neue (?:Sprachnachricht|Sprachnachrichten|Nachricht auf (?:Ihrer|deiner|der) Mailbox|Voicemail|Faxnachricht|Fax)|(?:neue|eingegangene) (?:Sprachnachricht|Voicemail|Mailbox-Nachricht|Faxnachricht|Fax) (?:von|für|eingegangen)|(?:Fax|Sprachnachricht) empfangen`,
    `(?:(?:has|ha|tiene|tienes) recibido )?un (?:nuevo )?(?:mensaje de voz|mensaje en (?:su|tu|el) buzón de voz|fax)(?: nuevo)? (?:de|del|recibido)|(?:nuevo|nueva) (?:mensaje de voz|buzón de voz|fax) (?:de|del|recibido)|(?:has|ha|tiene|tienes) recibido un (?:nuevo )?(?:mensaje de voz|fax)`,
    `(?:vous avez|tu as) (?:reçu )?(?:un |\\d+ )?nouveaux? (?:messages? vocale?s?|messages? sur (?:votre|ta) messagerie|fax)|nouveau (?:message vocal|fax) (?:de|reçu)|(?:message vocal|fax) reçu`,
    `(?:hai|ha) ricevuto un (?:nuovo )?(?:messaggio (?:vocale|in segreteria)|fax)|nuovo (?:messaggio (?:vocale|in segreteria)|fax) (?:da|ricevuto)|(?:messaggio vocale|fax) ricevuto`,
    `(?:você|voce) (?:tem|recebeu) (?:uma |\\d+ )?nova (?:mensagem (?:de voz|no correio de voz)|mensagens de voz)|(?:você|voce) recebeu um (?:novo )?fax|nova mensagem (?:de voz|no correio de voz) (?:de|recebida)|novo fax (?:de|recebido)`,
    `(?:u heeft|je hebt) (?:een |\\d+ )?(?:nieuw|nieuwe) (?:voicemail(?:bericht)?|(?:spraak)?bericht(?:en)? (?:in|op) (?:uw|je) voicemail|fax)|nieuw(?:e)? (?:voicemail(?:bericht)?|fax) (?:van|ontvangen)|(?:voicemail|fax) ontvangen`,
  ].join('|'),
);

/** A voicemail's or fax's own fields and transcript note: caller, duration, mailbox, attached audio. */
export const VOICEMAIL_DETAIL = words(
  [
    `(?:caller|calling number|from number|duration|length|mailbox|pages|anrufer|rufnummer|dauer|länge|mailbox|seiten|llamante|número|duración|buzón|páginas|appelant|numéro|durée|boîte vocale|messagerie|pages|chiamante|numero|durata|casella|pagine|chamador|número|duração|caixa postal|páginas|beller|nummer|duur|voicemailbox|pagina${APOS}s)[ \\t]*:`,
    `(?:automatic |automated )?transcri(?:ption|pt)|audio (?:file|recording)|recording (?:is )?attached|(?:automatische )?Transkri(?:ption|pt)|(?:Audio|Sprach)datei|transcripción(?: automática)?|archivo de audio|grabación|transcription(?: automatique)?|fichier audio|enregistrement|trascrizione(?: automatica)?|file audio|registrazione|transcrição(?: automática)?|(?:arquivo|ficheiro) de áudio|gravação|transcriptie|(?:automatische )?uitgeschreven tekst|audiobestand|opname`,
  ].join('|'),
);

/** "Here's what you sent us:", "Nachfolgend eine Kopie Ihrer Angaben", "Voici une copie de votre message". */
export const FORM_COPY = words(
  [
    `here${APOS}?s what you sent(?: us)?|here is what you sent(?: us)?|(?:here is|here${APOS}s|below is|please find below|this is|you will find below) (?:a copy of|a summary of) (?:your|the) (?:message|submission|request|form|enquiry|inquiry|entries|answers)|a copy of your (?:submission|form|entries|answers)|(?:your|the) (?:submission|form entries|details you (?:entered|submitted))(?: are)? (?:below|as follows)`,
    `(?:nachfolgend|untenstehend|unten|anbei|hier)(?: finden Sie| sehen Sie| ist| erhalten Sie)? (?:eine |die )?(?:Kopie|Abschrift|Zusammenfassung|Übersicht) (?:Ihrer|deiner) (?:Nachricht|Angaben|Anfrage|Eingaben|Formulareingaben|Daten)|(?:Kopie|Abschrift) (?:Ihrer|deiner) (?:Nachricht|Angaben|Anfrage|Eingaben|Formulareingaben)|(?:Ihre|deine) (?:Angaben|Eingaben) (?:im Überblick|zur Kontrolle)`,
    `(?:a continuación|abajo|debajo)(?: te| le)? (?:enviamos |mostramos |encontrarás |encontrará )?(?:una )?(?:copia|resumen) de (?:su|tu) (?:mensaje|solicitud|consulta|formulario|envío)|(?:copia|resumen) de (?:su|tu) (?:mensaje|solicitud|consulta|formulario|envío)`,
    `(?:voici|ci-dessous|vous trouverez ci-dessous) (?:une |la )?(?:copie|récapitulatif|le récapitulatif) de (?:votre|ta) (?:message|demande|formulaire|saisie|envoi)|(?:copie|récapitulatif) de (?:votre|ta) (?:message|demande|formulaire|saisie|envoi)`,
    `(?:di seguito|qui sotto|ecco)(?: trovi| trova)? (?:una |la )?(?:copia|riepilogo) (?:del|della|dei) (?:tuo|suo|tua|sua|tuoi|suoi) (?:messaggio|richiesta|modulo|dati)|(?:copia|riepilogo) (?:del|della) (?:tuo|suo|tua|sua) (?:messaggio|richiesta|modulo)`,
    `(?:segue|abaixo|veja abaixo)(?: está)? (?:uma |a )?(?:cópia|resumo) d[ao] (?:sua|seu|tua|teu) (?:mensagem|solicitação|pedido|formulário|envio)|(?:cópia|resumo) d[ao] (?:sua|seu|tua|teu) (?:mensagem|solicitação|pedido|formulário|envio)`,
    `(?:hieronder|onderstaand)(?: vind(?:t)? (?:u|je))? (?:een |de )?(?:kopie|samenvatting|overzicht) van (?:uw|je|jouw) (?:bericht|verzoek|aanvraag|formulier|gegevens|inzending)|(?:kopie|samenvatting) van (?:uw|je|jouw) (?:bericht|verzoek|aanvraag|formulier|inzending)`,
  ].join('|'),
);

/** A form's field lines: "Name: ...", "E-Mail: ...", "Nachricht: ...". Two or more back a form copy. */
export const FORM_FIELD_LINE =
  /^[ \t]*(?:Name|Naam|Nombre|Nom|Nome|Vorname|Nachname|Apellidos?|Prénom|Cognome|Sobrenome|Achternaam|E-?Mail|Email|Correo|Courriel|Phone|Telefon|Teléfono|Téléphone|Telefono|Telefone|Telefoon|Message|Nachricht|Mensaje|Messaggio|Mensagem|Bericht|Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp|Anliegen|Motivo|Motif|Reason)[ \t]*:/gimu;

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
    `as (?:you )?requested|at your request|in (?:line|accordance) with your request|we (?:will )?(?:keep|retain)|(?:are|is) (?:kept|retained)|legal(?:ly)? (?:obligation|required|retention)|supervisory authority|data protection authority|ICO|you (?:have|retain) the right to (?:lodge|complain|file)|no (?:further|more) (?:e-?mails|messages|charges)|sorry to see you go|what (?:was|we) (?:deleted|removed|kept|retain)`,
    `wie (?:gewünscht|beantragt|angefragt)|auf Ihren (?:Wunsch|Antrag)|(?:aufbewahrt|gespeichert) (?:bis|für)|Aufbewahrung|aufbewahren|gesetzlich\\p{L}*|Aufsichtsbehörde|(?:das )?Recht,? sich [^.\\n]{0,40}? zu beschweren|keine (?:weiteren )?(?:E-Mails|Nachrichten|Abbuchungen)|Gelöscht:|Eingeschränkt gespeichert`,
    `como (?:nos )?(?:solicitó|solicitaste|pidió|pediste|solicitado)|a petición suya|conservaremos|conservamos|(?:obligación|plazo) legal|autoridad de control|AEPD|(?:el )?derecho a (?:presentar una reclamación|reclamar)|(?:ya )?no (?:recibirás|recibirá) más`,
    `comme (?:demandé|convenu|vous l${APOS}avez demandé)|à votre demande|(?:nous )?conservons|ce que nous conservons|obligation (?:légale|comptable)|autorité de contrôle|CNIL|(?:le )?droit d${APOS}introduire une réclamation|ne (?:recevrez|recevras) plus`,
    `come (?:richiesto|da sua richiesta|da tua richiesta)|su (?:sua|tua) richiesta|conserv(?:eremo|iamo)|obbligo (?:legale|di legge|fiscale)|Garante|autorità di controllo|(?:il )?diritto di (?:proporre|presentare) reclamo|non riceverai più|non riceverà più`,
    `conforme (?:solicitado|pedido|sua solicitação)|a seu pedido|(?:mantemos|manteremos|conservamos|conservaremos)|obrigação (?:legal|fiscal)|autoridade de controlo|ANPD|CNPD|(?:o )?direito de (?:apresentar|reclamar)|não receberá mais|deixará de receber`,
    `zoals (?:gevraagd|verzocht|afgesproken)|op (?:uw|je) verzoek|(?:we|wij) bewaren|bewaard|bewaartermijn|wettelijk\\p{L}*|Autoriteit Persoonsgegevens|toezichthouder|klacht indienen|(?:ontvangt u|ontvang je) geen`,
  ].join('|'),
);

/**
 * A mailing list's digest: "Send dsgvo-forum mailing list submissions to", "Today's Topics",
 * "Résumé des discussions du groupe". The posts it carries are members' words, not the sender's.
 */
export const DIGEST_NOTICE = words(
  [
    `send [\\p{L}\\d._-]+ mailing list submissions to|today${APOS}s topics|topics (?:in|of) this digest|[\\p{L}\\d._-]+ digest,? vol(?:ume)?\\.? \\d+|(?:daily|weekly) (?:digest|summary) (?:of|for) (?:the )?[\\p{L}\\d ._-]{1,40}(?:group|list|forum|community)|(?:\\d+ )?new (?:messages|posts|topics) in (?:\\d+ )?(?:topics|threads|discussions)`,
    `senden Sie Beiträge für die [\\p{L}\\d._-]+ Mailingliste an|Themen des Tages|[\\p{L}\\d._-]+ Zusammenfassung,? Band \\d+|(?:tägliche|wöchentliche) Zusammenfassung (?:der|des|aus) [\\p{L}\\d ._-]{1,40}(?:Gruppe|Liste|Forums?|Community)`,
    `env[ií]e (?:los )?mensajes para la lista (?:de correo )?[\\p{L}\\d._-]+ a|temas del día|resumen (?:diario |semanal )?(?:de (?:las )?(?:discusiones|conversaciones|mensajes)|del grupo|de la lista)`,
    `envoyez (?:vos )?messages pour la liste [\\p{L}\\d._-]+ à|thèmes du jour|sujets de ce résumé|résumé (?:quotidien |hebdomadaire )?des (?:discussions|conversations|messages)`,
    `inviate i messaggi per la lista [\\p{L}\\d._-]+ a|argomenti del giorno|riepilogo (?:giornaliero |settimanale )?(?:delle discussioni|dei messaggi|del gruppo)`,
    `envie (?:as )?(?:submissões|mensagens) para a lista [\\p{L}\\d._-]+ para|tópicos de hoje|resumo (?:diário |semanal )?(?:das discussões|das conversas|das mensagens|do grupo)`,
    `stuur (?:bijdragen|berichten) voor de [\\p{L}\\d._-]+(?:-| )?mailinglijst naar|onderwerpen van vandaag|samenvatting (?:van de )?(?:discussies|berichten|groep)`,
  ].join('|'),
);

/** Who wrote each post a digest carries: "From: Bernd Aumann", "De : Aurélie M. —". */
export const POST_AUTHOR_LINE = /^[ \t]*(?:\d+[.)][ \t]*)?(?:From|Von|De|Da|Van|Autor|Author|Auteur|Autore)[ \t]*:/gimu;

/** A digest's own apparatus: numbered posts with their authors, the list's footer. */
export const DIGEST_DETAIL = words(
  [
    `message: \\d+|nachricht: \\d+|mensaje: \\d+|message : \\d+|messaggio: \\d+|mensagem: \\d+|bericht: \\d+|end of [\\p{L}\\d._-]+ digest|ende [\\p{L}\\d._-]+ zusammenfassung|mailman|listinfo|(?:unsubscribe|abmelden|darse de baja|se désabonner|disiscriviti|descadastrar|uitschrijven)`,
    `you(?:${APOS}re| are) receiving this because|vous recevez ce message|recibes este (?:correo|mensaje)|Sie erhalten diese|ricevi questa|você (?:está )?receb(?:e|endo) (?:este|esta)|(?:u|je) ontvangt (?:dit|deze)|(?:subscription|abonnement|Abonnement|suscripción|iscrizione|subscrição|assinatura|inschrijving)(?:s)? (?:settings|paramètres|Einstellungen|ajustes|impostazioni|configurações|instellingen)|paramètres d${APOS}abonnement`,
  ].join('|'),
);
