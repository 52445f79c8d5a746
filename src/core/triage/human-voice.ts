import { APOS } from './automated-absence-phrases.js';
import { stem, words } from './rule.js';

/**
 * Signs that a person wrote this, whatever else it looks like: a person who writes "I'm on leave"
 * or pastes an auto-reply they got still expects an answer. Used to veto the automated-text check
 * (a false "automated" means a legal request is never answered).
 */

/** "my data", "meine Anfrage", "mis datos", "ma demande", ...: the writer's own data or request. */
export const OWN_DATA_OR_REQUEST = words(
  [
    `(?:my|mine) (?:[\\p{L}-]+ ){0,2}?(?:data|account|information|info|records?|file|details|request|application|subscription|profile|consent|complaint|chart|identity)|(?:about|on|concerning|regarding) me|verif(?:y|ication of) (?:my|your) identity|(?:verification|one-time|security) code`,
    `über mich|(?:Bestätigungs|Verifizierungs|Sicherheits)code|meine Identität`,
    `sobre mí|código de (?:verificación|seguridad)|mi identidad`,
    `me concernant|sur moi|code de (?:vérification|sécurité)|mon identité`,
    `su di me|che mi riguard\\p{L}+|codice di (?:verifica|sicurezza)|la mia identità`,
    `sobre mim|a meu respeito|código de (?:verificação|segurança)|a minha identidade`,
    `over mij|(?:verificatie|beveiligings)code|mijn identiteit`,
    `mein(?:e|en|em|er)? (?:\\p{L}+ )?\\p{L}*(?:daten|konto|account|anfrage|antrag|profil|abonnement|abo|einwilligung|informationen|akte|beschwerde|auskunft|ersuchen)`,
    `(?:mis|mi) (?:propi[oa]s? )?(?:datos|cuenta|solicitud|petición|perfil|información|suscripción|expediente|historial|consentimiento|queja|reclamación)`,
    `(?:mes|mon|ma) (?:propres? )?(?:données|compte|profil|dossier|abonnement|consentement|demande|requête|réclamation|plainte|informations|coordonnées)`,
    `(?:i miei|miei|il mio|mio|la mia|mia|le mie|mie) (?:dati|account|profilo|consenso|abbonamento|richiesta|iscrizione|informazioni|reclamo|cartella)`,
    `(?:os meus|meus|a minha|minha|o meu|meu) (?:dados|conta|solicitação|pedido|inscrição|assinatura|ficha|perfil|cadastro|consentimento|reclamação|informações)`,
    `mijn (?:\\p{L}+ )?\\p{L}*(?:gegevens|account|verzoek|aanvraag|profiel|abonnement|toestemming|dossier|klacht|inschrijving)`,
  ].join('|'),
);

/** A person's story: chasing, an agent's client, "your letter of 3 March", "your system told me". */
export const PERSONAL_ACCOUNT = words(
  [
    `(?:on behalf of|representing) (?:my|our) (?:client|clients|principal)|(?:my|our) client(?:${APOS}s)?|your (?:letter|e-?mail|message|mail|reply|response|notice) (?:of|dated|from|sent on|on) (?:the )?\\d|i (?:have |had )?(?:asked|requested) (?:you|for|to have|that you|your|it|this|twice|again)|i (?:have |had )?(?:applied|submitted|filed|complained)|i (?:have |had )?(?:sent|wrote|e-?mailed|written) (?:you|to you|this|my|a|an|the)|(?:still|yet) (?:no|not|nothing|waiting)|no (?:reply|answer|response) (?:yet|so far|to date|since)|(?:days|weeks|months) ago|(?:nobody|no one|no-one) (?:has )?(?:answered|replied|responded|got back)|(?:haven${APOS}t|have not|hasn${APOS}t|has not|never) (?:heard back|received (?:a |any )?(?:reply|answer|response)|responded|replied|answered)|(?:your|the) (?:system|auto-?reply|bot|automatic reply|auto-?responder|ticket system|confirmation|robot|out-of-office) (?:said|says|told|stated|claims|claimed|promised|keeps)|(?:told|promised) me|i (?:keep|still) (?:getting|receiving|get|receive) (?:your|these|this|the)`,
    `(?:im Auftrag|namens|in Vollmacht) (?:meines|meiner|unseres|unserer) (?:Mandant\\p{L}*|Klient\\p{L}*)|(?:unser|mein)(?:e|em|er|en)? Mandant\\p{L}*|Ihr(?:e|em)? (?:Schreiben|E-Mail|Nachricht|Antwort) vom \\d|ich habe (?:Sie |Ihnen |bereits |schon )*(?:angeschrieben|geschrieben|gebeten|beantragt|angefragt|verlangt|aufgefordert)|(?:noch|immer noch|bis heute) (?:keine|nichts|nicht) (?:Antwort|Rückmeldung|erhalten|gehört|reagiert)|vor \\d+ (?:Tagen|Wochen|Monaten)|warte (?:noch|immer noch|seit)|(?:Ihr|das) (?:System|Autoresponder|Ticketsystem) (?:sagt|behauptet|hat mir)|(?:bekomme|erhalte|kriege) (?:ich )?(?:(?:immer noch|weiterhin|nach wie vor|ständig|trotzdem|noch) ){1,2}(?:Ihre|eure|diese|die)`,
    `en (?:nombre|representación) de (?:mi|nuestr[oa]) cliente|(?:mi|nuestr[oa]) (?:cliente|representad[oa])|(?:su|tu) (?:carta|correo|mensaje|escrito|respuesta) (?:del|de fecha) \\d|(?:solicité|pedí|envié|escribí|reclamé)|(?:todavía|aún) no (?:he recibido|tengo|han|me han)|sigo esperando|(?:no he recibido|sin) (?:ninguna )?respuesta|hace \\d+ (?:días|semanas|meses)|(?:su|el) sistema (?:dice|dijo|me dijo)|(?:sigo|continúo) recibiendo`,
    `(?:au nom|pour le compte) de (?:mon|ma|notre) client\\p{L}*|(?:mon|ma|notre) cliente?|votre (?:courrier|lettre|e-?mail|courriel|message|réponse) du \\d|j${APOS}ai (?:déjà )?(?:demandé|envoyé|écrit|sollicité|réclamé|fait (?:une|la) demande)|(?:toujours|encore) (?:pas|aucune|rien|sans)|j${APOS}attends (?:toujours|encore|depuis)|(?:pas de|aucune|sans) réponse|il y a \\d+ (?:jours|semaines|mois)|votre système (?:dit|indique|m${APOS}a)|je continue (?:à|de) recevoir|je reçois (?:toujours|encore) (?:vos|ces|les)`,
    `(?:per conto|in nome|in rappresentanza) del (?:mio|nostro) (?:cliente|assistito)|(?:il mio|il nostro|la mia|la nostra) (?:cliente|assistit[oa])|(?:la sua|la vostra) (?:lettera|e-?mail|mail|comunicazione|risposta) del \\d|ho (?:già )?(?:chiesto|richiesto|inviato|scritto|presentato)|(?:ancora|tuttora) (?:nessuna|niente)|non ho ancora (?:ricevuto|avuto)|sto ancora aspettando|(?:nessuna|senza) risposta|\\d+ (?:giorni|settimane|mesi) fa|il (?:vostro )?sistema (?:dice|ha detto)|continuo a ricevere|ricevo ancora (?:i vostri|le vostre|questi|queste)`,
    `(?:em nome|em representação) d[oa] (?:meu|minha|nosso|nossa) (?:cliente|constituinte)|(?:meu|minha|nosso|nossa) cliente|(?:a sua|sua|vossa) (?:carta|mensagem|e-?mail|resposta) de \\d|(?:pedi|solicitei|enviei|escrevi|reclamei)|ainda (?:não recebi|não tive|sem resposta|nada)|continuo (?:esperando|à espera|aguardando)|(?:nenhuma|sem) resposta|há \\d+ (?:dias|semanas|meses)|o (?:vosso |seu )?sistema (?:diz|disse)|continuo a receber|continuo recebendo`,
    `(?:namens|in opdracht van) (?:mijn|onze) (?:cliënt|client)\\p{L}*|(?:mijn|onze) (?:cliënt|client)e?|(?:uw|je) (?:brief|e-?mail|mail|bericht|reactie) van \\d|ik heb (?:al |reeds )?(?:gevraagd|verzocht|gestuurd|geschreven|gemaild|ingediend)|nog (?:steeds )?geen (?:antwoord|reactie)|nog steeds (?:niet|niets|geen)|wacht (?:nog steeds|al)|\\d+ (?:dagen|weken|maanden) geleden|(?:uw|het) systeem (?:zegt|zei)|ik (?:blijf|krijg nog steeds|ontvang nog steeds) (?:uw|jullie|deze|die|de|al)`,
  ].join('|'),
);

/** The writer asks for something: "please", "I want", "bitte", "por favor", "je voudrais", ... */
export const ASKING = words(
  `please|pls|plz|kindly|i (?:want|need|would like|${APOS}d like|demand|ask|request|expect|insist)|(?:can|could|would|will) you|bitte|ich (?:möchte|will|verlange|fordere|bitte|ersuche|beantrage)|(?:möchte|will|verlange|fordere|ersuche|beantrage) ich|(?:können|könnten) Sie|por favor|quiero|quisiera|solicito|pido|exijo|(?:pueden|podrían|puede|podría)n? usted|s${APOS}il vous pla[iî]t|svp|je (?:veux|voudrais|souhaite|demande|exige)|merci de|pouvez-vous|pourriez-vous|per favore|per piacere|vorrei|voglio|chiedo|richiedo|potete|potreste|quero|gostaria|peço|podem|poderiam|alstublieft|aub|graag|ik (?:wil|wens|verzoek|vraag|eis)|kunt u|kunnen jullie|zou u`,
);

/** What a person asks about: their data, account, mail they receive, or a privacy right. */
export const PRIVACY_OBJECT = stem(
  `data|account|information|info|record|file|details|cop(?:y|ies)|newsletter|marketing|e-?mails|texts|messages|calls|subscri|profile|personal|privacy|unsubscri|delet|eras|remov|wip|purg|destroy|forget|gone|access|correct|updat|stop|list|mailing|Daten|Konto|Kopie|Newsletter|Werbung|löschen|Löschung|Auskunft|abmelden|berichtigen|datos|cuenta|copia|boletín|publicidad|borrar|eliminar|baja|acceso|rectificar|données|compte|copie|publicité|supprimer|effacer|désinscrire|accès|rectifier|dati|pubblicità|cancellare|disiscrivere|accesso|rettificare|dados|conta|cópia|publicidade|apagar|excluir|descadastrar|acesso|corrigir|gegevens|nieuwsbrief|reclame|verwijder|wis|uitschrijv|inzage|corrigeer|corrigeren`,
);
