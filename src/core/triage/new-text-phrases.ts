import { APOS } from './automated-absence-phrases.js';
import { words } from './rule.js';

/**
 * Phrase lists for `new-text.ts`: what a reply says when it asks for nothing (thanks, an
 * acknowledgement, a withdrawal), and what an instruction aimed at the bot looks like, in the seven
 * languages with full rules.
 */

const THANKED_FOR =
  '(?:reply|response|answer|help|e-?mail|message|mail|update|info|information|confirmation|assistance|support|clarification|note|letter|heads[- ]up|explanation|feedback|patience|time|quick (?:reply|response)|prompt (?:reply|response)|fast (?:reply|response))';

/** Thanks and acknowledgements, greetings and closings: a reply made only of these asks for nothing. */
export const ACKNOWLEDGEMENT = words(
  [
    `(?:many |a lot of |big )?thanks(?: (?:a lot|so much|very much|again|a million|heaps|a bunch))?(?: for (?:the|your|this|all the|all your) (?:[\\p{L}-]+ ){0,2}?${THANKED_FOR})?|thank you(?: (?:so|very) much| again| kindly)?(?: for (?:the|your|this|all the|all your) (?:[\\p{L}-]+ ){0,2}?${THANKED_FOR})?|thx|tks|ty|tysm|cheers|much appreciated|(?:i |really )?appreciate (?:it|that|this|your (?:help|reply|response|time))|ok(?:ay)?|okey|kk?|got it|noted|received|understood|perfect|great|good|fine|alright|all right|cool|awesome|brilliant|excellent|wonderful|lovely|super|sounds good|that${APOS}?s (?:fine|great|good|perfect|ok|okay|all|it|helpful|clear)|that is (?:fine|great|good|perfect|all|helpful|clear)|(?:it${APOS}?s |that${APOS}?s )?all (?:there|received|arrived)|everything${APOS}?s (?:there|arrived)|(?:got|received) (?:it all|everything)|arrived (?:safely|fine)|will do|no worries|no problem|all good|makes sense|(?:have a )?(?:nice|good|great|lovely) (?:day|weekend|evening|week)|(?:i${APOS}?m |i am )?looking forward to (?:hearing from you|your (?:reply|response|answer))|(?:i )?look forward to (?:hearing from you|your (?:reply|response|answer))|(?:best |kind |warm )?regards|best(?: wishes)?|sincerely|hi|hello|hey|dear (?:team|sir|madam|all|privacy team|support)|(?:sir or madam)`,
    `(?:vielen|herzlichen|besten|tausend) dank(?: (?:für|fuer) (?:die|ihre|deine|eure|Ihre) (?:schnelle |rasche )?(?:Antwort|Nachricht|Rückmeldung|Info|Information|Bestätigung|Hilfe|Mühe|Mail|E-Mail))?|danke(?: schön| sehr| vielmals)?(?: (?:für|fuer) (?:die|ihre|deine|eure|Ihre) (?:schnelle |rasche )?(?:Antwort|Nachricht|Rückmeldung|Info|Information|Bestätigung|Hilfe|Mühe|Mail|E-Mail))?|dankeschön|alles (?:gut )?(?:erhalten|angekommen|bekommen)|(?:ist )?gut angekommen|erhalten|alles klar|verstanden|super|prima|perfekt|passt|in ordnung|okay|gut|sehr gut|(?:mit )?freundlichen grüßen|(?:viele|liebe|beste|herzliche) grüße|gruß|hallo|guten tag|sehr geehrte damen und herren|schönen tag|schönes wochenende`,
    `(?:muchas|mil) gracias(?: por (?:su|tu|la|vuestra) (?:rápida )?(?:respuesta|ayuda|mensaje|correo|confirmación|información))?|gracias(?: por (?:su|tu|la|vuestra) (?:rápida )?(?:respuesta|ayuda|mensaje|correo|confirmación|información))?|(?:lo )?(?:he )?recibido todo|todo recibido|(?:ha )?llegado todo|recibido|vale|perfecto|entendido|de acuerdo|genial|estupendo|muy bien|saludos(?: cordiales)?|un saludo|atentamente|hola|buenos días|buenas tardes|que tenga(?:n)? (?:un )?buen día|quedo a la espera`,
    `merci(?: beaucoup| bien| infiniment)?(?: pour (?:votre|ta|la|cette) (?:réponse|aide|message|confirmation|information|retour|rapidité))?|(?:j${APOS}ai )?(?:bien )?tout reçu|tout est (?:bien )?arrivé|bien reçu|reçu|parfait|d${APOS}accord|entendu|très bien|super|noté|c${APOS}est noté|cordialement|bien à vous|(?:bien )?cordialement|salutations|bonjour|bonsoir|bonne (?:journée|soirée)|dans l${APOS}attente de votre (?:réponse|retour)`,
    `grazie(?: mille| tante)?(?: per (?:la|il) (?:sua |tua |vostra )?(?:risposta|aiuto|messaggio|conferma|informazione))?|(?:ho )?ricevuto tutto|tutto (?:ricevuto|arrivato|a posto)|arrivato tutto|ricevuto|perfetto|va bene|d${APOS}accordo|capito|ottimo|cordiali saluti|distinti saluti|saluti|buongiorno|buona giornata|resto in attesa`,
    `(?:muito )?obrigad[oa](?: pela (?:sua |tua )?(?:resposta|ajuda|mensagem|confirmação|informação))?|recebi tudo|tudo recebido|chegou tudo|recebido|perfeito|certo|entendido|combinado|ótimo|beleza|valeu|atenciosamente|cumprimentos|abraços|olá|bom dia|boa tarde|tenha um bom dia|aguardo (?:o )?(?:seu )?retorno`,
    `(?:hartelijk |heel erg )?(?:dank|bedankt)(?: (?:je|u)(?: wel)?)?(?: voor (?:uw|je|het|de) (?:snelle )?(?:antwoord|reactie|hulp|bericht|bevestiging|informatie))?|alles (?:goed )?(?:ontvangen|binnen|aangekomen)|(?:goed )?aangekomen|ontvangen|prima|top|akkoord|duidelijk|helemaal goed|super|oké|(?:met )?vriendelijke groet(?:en)?|groet(?:en|jes)?|hallo|beste|goedemorgen|goedemiddag|fijne dag|prettige dag`,
  ].join('|'),
);

/**
 * "Ne supprimez rien", "bitte nichts löschen", "no borren nada": erasure turned down as a whole. A
 * withdrawal when nothing else is asked (WITHDRAWAL); beside another request, a deletion the model
 * alone may not add (deletion-refused.ts, which reads a few more forms of it).
 */
export const DELETE_NOTHING = [
  '(?:bitte )?nichts löschen|löschen Sie (?:bitte )?nichts',
  'no (?:borren|eliminen|supriman) nada',
  'ne supprimez rien|ne (?:rien )?(?:supprimer|effacer)',
  'non cancellate (?:nulla|niente)',
  'não (?:apaguem|excluam|eliminem) nada',
  'verwijder (?:maar )?niets',
].join('|');

/** "never mind", "I changed my mind", "ich ziehe meinen Antrag zurück", "olvídenlo", "annulez ma demande". */
export const WITHDRAWAL = words(
  [
    DELETE_NOTHING,
    `never ?mind|nevermind|(?:i(?:${APOS}ve| have)? )?changed my mind|(?:please )?(?:disregard|ignore|cancel|withdraw|retract|revoke|drop|scrap|forget(?: about)?) (?:my|the|that|this|our|\\p{L}+${APOS}s) (?:previous |last |earlier |original |recent |above |below |first )?(?:[\\p{L}-]+ )?(?:request|e-?mail|message|mail|application|query|ticket|demand|letter|submission|complaint|deletion|erasure|opt-?out|unsubscribe|objection|correction)|(?:i|we) (?:would like to |want to |wish to |hereby )?(?:withdraw|retract|cancel) (?:my|our|the) (?:[\\p{L}-]+ )?(?:request|application|complaint)|(?:please )?(?:do not|don${APOS}t|dont) (?:delete|erase|remove|do|change|touch) anything|(?:i )?(?:do not|don${APOS}t|dont) want anything (?:deleted|erased|removed|changed|corrected)|no (?:change|correction|update)s? (?:is |are )?(?:needed|necessary|required)|(?:please )?(?:do not|don${APOS}t|dont) (?:go ahead|proceed)(?: with (?:it|that|the \\p{L}+|my \\p{L}+))?|(?:it${APOS}?s|it is) no longer (?:necessary|needed|required)|no (?:longer )?need (?:to (?:do|delete|proceed|go ahead)|for (?:it|that|this)|any ?more)|(?:false alarm|sent (?:it |this )?(?:by mistake|in error))|(?:please )?stop (?:the|my) (?:[\\p{L}-]+ )?(?:request|process)`,
    `(?:ich )?(?:ziehe|nehme) (?:ich )?(?:hiermit |hierdurch |daher |also )?(?:meinen|meine|den|die|mein|das) (?!(?:[\\p{L}-]+ ){0,2}?\\p{L}*(?:Einwilligung|Zustimmung|Einverständnis|Erlaubnis))(?:[\\p{L}\\d.-]+ ){0,12}?zurück|(?:Antrag|Anfrage|Ersuchen|Auskunftsersuchen|Löschantrag|Widerspruch|Beschwerde) (?:[\\p{L}-]+ ){0,3}?zurück(?:ziehen|genommen|gezogen|nehmen)|(?:vergessen|ignorieren|stornieren) Sie (?:bitte )?(?:meine|die|meinen|den) (?:[\\p{L}-]+ )?(?:Anfrage|Nachricht|E-Mail|Mail|Antrag)|(?:meine|die|meinen|den) (?:[\\p{L}-]+ )?(?:Anfrage|Nachricht|E-Mail|Mail|Antrag) (?:[\\p{L}-]+ ){0,2}?(?:ignorieren|vergessen|stornieren)|(?:hat|ist) sich erledigt|(?:ist )?nicht mehr (?:nötig|notwendig|erforderlich)|(?:ich habe|hab) (?:es )?mir (?:das )?anders überlegt|machen Sie (?:bitte )?(?:mit (?:der|dem|meiner|meinem) [\\p{L}-]+ )?(?:bitte )?nicht weiter|führen Sie (?:die|meine) Löschung (?:bitte )?(?:nicht|doch nicht) durch`,
    `olvíd(?:enlo|alo|elo|en (?:mi|la|el) (?:solicitud|petición|correo|mensaje))|(?:ya|al final|finalmente) no (?:hace falta|es necesario|lo necesito)|(?:retiro|cancelo|anulo|desisto de) (?:mi|la|el) (?:[\\p{L}-]+ )?(?:solicitud|petición|reclamación|queja|pedido)|(?:cancelen|anulen|ignoren|descarten|retiren|archiven|cierren) (?:mi|la|el) (?:[\\p{L}-]+ )?(?:solicitud|petición|correo|mensaje|anterior|baja|supresión|eliminación|borrado|rectificación|oposición|cancelación)|(?:he )?cambiado de (?:opinión|idea)|cambié de (?:opinión|idea)|déjelo|déjenlo|dejadlo(?: todo)?(?: como (?:estaba|está))?|no (?:sigáis|sigan|continuéis|continúen) adelante(?: con (?:ello|eso|la solicitud|lo de \\p{L}+ (?:mis|los) datos))?|no (?:procedáis|procedan)(?: con (?:ello|eso|la solicitud|la supresión|el borrado))?(?=[,.!])`,
    `(?:annulez|annuler|ignorez|ignorer|oubliez|oublier|retirez) (?:ma|la|mon|le) (?:[\\p{L}-]+ )?(?:demande|requête|message|e-?mail|courriel|réclamation|plainte|désinscription|désabonnement|suppression|opposition|rectification)|(?:je |j${APOS})(?:retire|annule) (?:ma|la|mon) (?:[\\p{L}-]+ )?(?:demande|requête|réclamation|plainte)(?: d${APOS}\\p{L}+| de (?:suppression|rectification|désinscription|désabonnement|opposition|portabilité))?|laissez tomber(?! (?:les?|la|l['’]|ce|cette|ces) (?!(?:ma |mon )?(?:demande|requête|suppression|désinscription|rectification|opposition|message|e-?mail|courriel)))|(?:ce n${APOS}est|c${APOS}est) plus (?:nécessaire|la peine)|n${APOS}est plus nécessaire|j${APOS}ai changé d${APOS}avis|ne (?:poursuivez|continuez) pas(?: la (?:procédure|demande|suppression))?(?=[,.!])|n['’]allez pas plus loin`,
    `(?:annullate|annullare|ignorate|ignorare|dimenticate|ritiro|annullo|revoco) (?:la mia|la|il mio|il) (?:[\\p{L}-]+ )?(?:richiesta|domanda|istanza|mail|e-?mail|messaggio|reclamo|cancellazione|disiscrizione|opposizione|rettifica)|lasci(?:a|ate) (?:pure )?perdere(?! (?:(?:i|il|la|le|lo|gli|quest\\p{L}*|quell\\p{L}*) |l['’]\\s*)(?!(?:mia |mio )?(?:richiesta|domanda|cancellazione|pratica|e-?mail|mail|messaggio|disiscrizione|rettifica|opposizione)))|non (?:è|e${APOS}) più necessari[oa]|non serve più|ho cambiato idea|non (?:procedete|proseguite|andate avanti)(?: con (?:la|il) (?:cancellazione|richiesta|pratica))?(?=[,.!])`,
    `(?:cancelem|cancelar|ignorem|ignorar|desconsiderem|desconsiderar|esqueçam|retiro|cancelo) (?:a minha|minha|o meu|meu|o|a) (?:[\\p{L}-]+ )?(?:solicitação|pedido|requerimento|e-?mail|mensagem|reclamação|exclusão|eliminação|descadastro|oposição|retificação)|esqueçam|deix(?:a|em) (?:pra|para) lá|não (?:é|e) mais necessário|não precisa mais|mudei de ideia|não (?:prossigam|avancem|continuem)(?: com (?:o pedido|a eliminação|a exclusão|isso))?(?=[,.!])`,
    `(?:ik )?(?:trek|trekken) (?:mijn|het|de|ons) (?!(?:[\\p{L}-]+ ){0,2}?\\p{L}*toestemming)(?:[\\p{L}-]+ ){0,10}?in(?![\\p{L}])|trek(?:ken)? (?:ik|we|wij) (?:dus |hierbij |bij deze |toch )?(?:mijn|het|de|ons|onze) (?!(?:[\\p{L}-]+ ){0,2}?\\p{L}*toestemming)(?:[\\p{L}-]+ ){0,3}?in|(?:verzoek|aanvraag|bezwaar|klacht)(?: [\\p{L}-]+){0,5}? trek(?:ken)? (?:ik|we|wij) (?:dus |hierbij |bij deze |toch )?in|(?:mijn|het) (?:[\\p{L}-]+ )?(?:verzoek|aanvraag) (?:in)?trekken|laat (?:maar )?zitten|(?:vergeet|negeer) (?:mijn|het|de) (?:[\\p{L}-]+ )?(?:verzoek|aanvraag|bericht|mail|e-?mail|vorige)|(?:het|dat|dit|hoeft) (?:[\\p{L}-]+ )?niet (?:meer )?nodig|is (?:[\\p{L}-]+ )?niet meer nodig|hoeft niet meer|ik ben van gedachten veranderd|(?:annuleer|annuleren) (?:mijn|het|de) (?:[\\p{L}-]+ )?(?:verzoek|aanvraag|uitschrijving|afmelding|verwijdering|correctie)|(?:mijn|het|dat|dit) (?:[\\p{L}-]+ )?(?:verzoek|aanvraag|bericht|mailtje|e-?mail|mail) (?:[\\p{L}-]+ ){0,2}?(?:negeren|vergeten|annuleren|intrekken|laten vallen)|(?:ik )?heb me bedacht|ga (?:maar |alsjeblieft |aub )?niet door(?: met (?:het|de|mijn) [\\p{L}-]+)?(?=[ ,.!])`,
    // The request taken back in a few words after it is recalled, or the case let go ("Please don't!",
    // "I'd like to keep everything as it is", "al final no necesito la copia que os pedí", "podéis
    // cerrar la solicitud", "vous pouvez clôturer ma demande").
    `please (?:don${APOS}t|do not|dont)(?: do (?:it|that|this))?[!.]|(?:i(?:${APOS}d| would) (?:like|prefer|rather) to|i want to|i${APOS}d rather) keep (?:everything|it all|all of it) (?:as it is|as is|the way it is)|no longer need (?:the|that|this) (?:[\\p{L}-]+ ){0,3}?(?:i|we) (?:asked|requested|applied) for|(?:you can|you may|feel free to|please) (?:close|cancel|withdraw) (?:the|my|this) (?:request|case|ticket)`,
    `(?:ya|al final|finalmente) no (?:necesito|me hace falta|quiero|hace falta) (?:[\\p{L}-]+ ){0,8}?que (?:os |les |le )?(?:pedí|solicité|había pedido)|(?:podéis|pueden|puede|podrían) (?:cerrar|anular|cancelar|archivar) (?:la|mi|el) (?:solicitud|petición|caso|expediente)`,
    `vous pouvez (?:clôturer|fermer|clore|classer|annuler) (?:la|ma|le|mon) (?:demande|dossier|requête)|vous pouvez (?:la|le) (?:clôturer|fermer|clore|classer|annuler)|classée? sans suite|je n${APOS}ai plus besoin (?:de la|du|des) (?:[\\p{L}-]+ ){0,3}?que (?:je )?vous (?:ai|avais) demandé`,
    `potete (?:chiudere|archiviare|annullare) (?:la|il) (?:mia |mio )?(?:richiesta|pratica)|non mi serve più (?:la|il) (?:[\\p{L}-]+ ){0,3}?che (?:vi )?avevo chiesto`,
    `(?:podem|pode) (?:encerrar|fechar|arquivar|cancelar) (?:o|a|o meu|a minha) (?:pedido|solicitação|processo|requerimento)|já não preciso (?:d[ao]s?) (?:[\\p{L}-]+ ){0,3}?que (?:vos |lhes )?pedi`,
    `(?:u kunt|jullie kunnen|je kunt) (?:het|mijn|de) (?:verzoek|dossier|aanvraag) (?:sluiten|afsluiten|intrekken|annuleren)`,
    `(?:Sie können|ihr könnt) (?:die|meine|den|meinen) (?:Anfrage|Antrag|Vorgang) (?:schließen|abschließen|einstellen|stornieren)`,
    // An objection or request taken back by its own name, a mind changed, "leave everything as it is".
    `(?:actually,? |ok,? |so,? )?cancel (?:that|it)(?= ?[-–—,.!])|(?:please )?(?:disregard|ignore|cancel|withdraw) my (?:[\\p{L}-]+ ){2}(?:request|e-?mail|message)|(?:i )?(?:withdraw|take back) my (?:objection|opt-?out|complaint)|leave (?:everything|it all|my account|my data) (?:as it is|as is|the way it is)`,
    `(?:ich )?(?:hab(?:e)? mich|habe es mir) (?:doch )?(?:umentschieden|anders entschieden)|lassen Sie (?:bitte )?alles (?:so )?wie es ist|ziehe (?:ich )?meinen Widerspruch (?:\\p{L}+ ){0,4}?zurück`,
    `olvid(?:ad|en|e) (?:mi|el|la) (?:mensaje|correo|solicitud|petición|email|e-mail)(?: anterior)?|(?:retiro|retiramos|anulo) (?:la|mi) (?:oposición|baja|objeción)`,
    `(?:finalement,? )?ne (?:faites|faire) rien|n${APOS}en faites rien|je retire (?:mon|ma) (?:opposition|objection|désinscription)|(?:considérer|considérez) (?:cette|ma|notre) demande comme (?:retirée|annulée|nulle)|laissez tout (?:comme c${APOS}est|en l${APOS}état)|ne donner? (?:pas )?suite à (?:la|ma|notre) demande`,
    `(?:revoco|ritiro|annullo) (?:quindi |dunque )?(?:l${APOS}|la mia )?(?:opposizione|obiezione|disiscrizione)|lasciate (?:pure )?tutto (?:com${APOS}è|come sta|così)`,
    `(?:podem|pode) desconsiderar|desconsiderem(?= ?[,.!])|retiro (?:a (?:minha )?)?(?:oposição|objeção)|deixem (?:tudo )?como está`,
    `(?:verzoek|aanvraag|bezwaar|afmelding)(?: [\\p{L}\\d-]+){0,12}? (?:wil|willen) (?:ik|we|wij) (?:graag |dus |toch )?(?:intrekken|annuleren)|alles mag blijven (?:zoals het is|staan)|zet (?:mij|me) (?:maar )?(?:weer )?terug`,
  ].join('|'),
);

/**
 * A sentence that reports a request already made ("I sent a request yesterday to delete my account",
 * "la settimana scorsa vi avevo chiesto di cancellare", "gisteravond heb ik gevraagd om ... te
 * verwijderen"): its request words are history, which a withdrawal after it takes back.
 */
export const PAST_REQUEST = words(
  [
    `yesterday|last (?:week|night|month|time)|earlier (?:today|this week)|a (?:few|couple of) days ago|(?:i|we) (?:sent|made|submitted|filed|asked|requested|wrote|emailed|had asked|was going to ask|were going to ask|meant to ask)|my (?:previous|earlier|last|original) (?:request|e-?mail|message)`,
    `gestern|vorgestern|letzte woche|vor (?:ein paar|einigen|zwei|drei) tagen|(?:(?:habe|hatte) ich|ich (?:habe|hatte)) (?:[\\p{L}-]+ ){0,6}?(?:gebeten|beantragt|geschrieben|angefragt|verlangt|geschickt)`,
    `ayer|anteayer|la semana pasada|hace (?:unos|dos|tres|pocos) días|(?:les |os )?(?:pedí|envié|solicité|escribí|mandé|había pedido|habia pedido|iba a pedir)`,
    // Not a bare "hier": in German and Dutch it means "here".
    `hier soir|avant-hier|la semaine (?:dernière|passée)|il y a (?:quelques|deux|trois) jours|j${APOS}ai (?:demandé|envoyé|écrit|fait une demande)|je vous ai (?:demandé|écrit|envoyé)|j${APOS}avais demandé|(?:je|nous) vous (?:avais|avions) (?:adressé|envoyé|demandé|écrit)\\p{L}*`,
    `ieri|l${APOS}altro ieri|la settimana scorsa|qualche giorno fa|(?:vi )?(?:avevo|ho) (?:chiesto|inviato|mandato|scritto|richiesto)|stavo per chiedere`,
    `ontem|anteontem|(?:na )?semana passada|há (?:alguns|dois|três) dias|(?:pedi|enviei|solicitei|escrevi|mandei|tinha pedido|ia pedir)`,
    `gisteren|gisteravond|eergisteren|vorige week|een paar dagen geleden|(?:(?:heb|had) ik|ik (?:heb|had)) (?:[\\p{L}-]+ ){0,6}?(?:gevraagd|verzocht|gestuurd|geschreven|aangevraagd)`,
  ].join('|'),
);

/** Where a withdrawn request ends and a new one may begin: "but", "instead", "aber", "pero", "mais", ... */
export const TURN = words(
  // Portuguese "não quero mais" is "no longer want", not French "mais" (but).
  'but|instead|however|rather|though|just|only|aber|sondern|stattdessen|jedoch|nur|pero|sino|en cambio|solo|sólo|solamente|(?<!(?:não|nao|nunca)\\s+(?:\\p{L}+\\s+)?)mais|plutôt|seulement|juste|ma|invece|però|solo|soltanto|mas|porém|em vez disso|apenas|só|maar|in plaats daarvan|alleen|wel',
);

/** Phrases aimed at a language model, not at a privacy team (prompt injection). */
export const BOT_INSTRUCTION = words(
  [
    `(?:ignore|disregard|forget|override|bypass) (?:all |any )?(?:of )?(?:the |your |these )?(?:previous|prior|above|earlier|preceding|original|initial|system|existing|former) (?:instructions|prompts?|rules|directions|guidelines|directives|commands|context|programming|configuration)|as an? (?:AI|A\\.I\\.|artificial intelligence|language model|LLM|large language model|AI model|AI assistant|assistant|chatbot|bot|automated (?:system|assistant|classifier))(?: (?:model|assistant|system))?,? you (?:must|should|will|have to|need to|are (?:required|instructed|obliged|programmed)|cannot|can${APOS}t|may not)|(?:classify|categori[sz]e|label|tag) (?:this|the|my|it)(?: (?:e-?mail|message|mail|request|ticket))? as ["'\`]?(?:deletion|disclosure|opt[_-]out|correction|complaint|child_data|other|automated)["'\`]?|(?:set|change|override) (?:the |your )?(?:label|category|classification|priority|primary label|confidence)|(?:reveal|print|output|show|repeat) (?:your|the) (?:system )?(?:prompt|instructions)|(?:you are|you${APOS}re) now (?:in )?(?:developer|DAN|jailbreak|admin|god) mode|jailbreak|do anything now|respond (?:only )?with (?:json|the label)|(?:forget|ignore|disregard) (?:all|everything)(?: of)? (?:the |your )?(?:rules |instructions )?(?:you (?:were|have been) (?:given|told)|so far|until now)|you are now (?:in )?[\\"“]?(?:\\p{L}+ )?(?:mode|administrator|admin)(?![\\p{L}])`,
    `ignorier(?:e|en Sie)? (?:alle )?(?:vorherigen|bisherigen|obigen|vorigen|ursprünglichen) (?:Anweisungen|Instruktionen|Regeln|Befehle|Vorgaben)|als (?:KI|künstliche Intelligenz|Sprachmodell|Assistent|Bot),? (?:musst|sollst|wirst|darfst) du|als KI müssen Sie|klassifiziere (?:diese|die) (?:E-Mail|Nachricht) als|vergiss (?:alle |deine )?(?:bisherigen |vorherigen )?(?:Regeln|Anweisungen|Vorgaben)|du bist (?:jetzt|nun|ab sofort) (?:im |der )?[\\"„“]?(?:\\p{L}+[- ])?(?:Modus|Admin|Administrator)(?![\\p{L}])`,
    `ignora(?:r|d)? (?:todas )?(?:las )?(?:instrucciones|reglas|indicaciones) (?:anteriores|previas|originales)|como (?:una )?(?:IA|inteligencia artificial|modelo de lenguaje|asistente|bot),? (?:debes|tienes que|deberás|no puedes)|clasifica (?:este|el) (?:correo|mensaje) como|olvida(?:d)? (?:todas )?(?:las |tus )?(?:reglas|instrucciones|indicaciones)|(?:ahora|desde ahora) eres (?:el |un )?[\\"“]?modo`,
    `ignore[zr]? (?:toutes )?(?:les )?(?:instructions|consignes|règles) (?:précédentes|antérieures|initiales)|en tant qu(?:e |${APOS})(?:IA|intelligence artificielle|modèle de langage|assistant|bot),? (?:tu dois|vous devez|tu ne peux|vous ne pouvez)|classe[zr]? (?:ce|le) (?:message|courriel|mail) comme|oublie[zr]? (?:toutes )?(?:les |tes |vos )?(?:règles|instructions|consignes)|tu es (?:maintenant|désormais) (?:en )?(?:le |un )?[\\"“«]? ?mode`,
    `ignora(?:re|te)? (?:tutte )?(?:le )?(?:istruzioni|regole|indicazioni) (?:precedenti|iniziali|originali)|come (?:un${APOS}?)?(?:IA|intelligenza artificiale|modello linguistico|assistente|bot),? (?:devi|dovete|non puoi)|classifica (?:questa|la|questo) (?:e-?mail|mail|messaggio) come|dimentica(?:te)? (?:tutte )?(?:le )?(?:regole|istruzioni|indicazioni)|(?:ora|adesso|da ora) sei (?:il |la |in )?[\\"“]?modalità`,
    `ignor(?:e|a|ar|em) (?:todas )?(?:as )?(?:instruções|regras|orientações) (?:anteriores|prévias|iniciais|originais)|como (?:uma )?(?:IA|inteligência artificial|modelo de linguagem|assistente|bot),? (?:você deve|deves|tem que|não pode)|classifique (?:este|o|esta|a) (?:e-?mail|mensagem) como|esque[çc]a(?:m)? (?:todas )?(?:as )?(?:regras|instruções|orientações)|(?:você|tu) (?:agora )?é (?:agora )?(?:o |um )?[\\"“]?modo`,
    `negeer (?:alle )?(?:de )?(?:vorige|eerdere|voorgaande|oorspronkelijke) (?:instructies|regels|opdrachten)|als (?:een )?(?:AI|KI|taalmodel|assistent|bot),? (?:moet je|moet u|mag je niet|kun je niet)|classificeer (?:deze|dit|de) (?:e-?mail|mail|bericht) als|vergeet (?:alle )?(?:de |je )?(?:regels|instructies|opdrachten)|je bent (?:nu|vanaf nu) (?:de |in )?[\\"“]?(?:\\p{L}+)?(?:modus|beheerder)(?![\\p{L}])`,
  ].join('|'),
);

/** A line that pretends to be a chat role: "System: ...", "[INST]", "<|im_start|>". */
export const ROLE_MARKER =
  /^[ \t]*(?:(?:system|assistant|developer)[ \t]*(?:prompt|message|note|override)?[ \t]*:[ \t]*(?:you|ignore|classify|label|mark|treat|tag|categori[sz]e|respond|reply|answer|output|return|set|override|forget|disregard|new instructions?|the (?:following|user|above))|\[\/?(?:INST|SYSTEM)\]|<<\/?SYS>>|<\|?(?:system|im_start|im_end|endoftext)\|?>|###[ \t]*(?:system|instruction))/imu;

/** People, offices and courts that demand records in bulk (a data subject asks for their own). */
export const AUTHORITY = words(
  'police|law enforcement|officer|detective|sheriff|constable|investigat(?:or|ors|ion)|auditors?|audit|regulator|inspector|inspection|authorit(?:y|ies)|court order|warrant|subpoena|government|ministry|agency|FBI|HHS|OCR|FTC|ICO|commissioner|prosecutor|Polizei|Kriminalpolizei|Ermittlungsbehörde|Behörde|Staatsanwaltschaft|Prüfer|Wirtschaftsprüfer|Aufsichtsbehörde|Gericht|Beschluss|policía|guardia civil|autoridad|auditoría|auditor|inspector|juzgado|fiscalía|orden judicial|gendarmerie|autorité|auditeur|inspecteur|tribunal|réquisition|procureur|polizia|carabinieri|autorità|revisore|ispettore|tribunale|procura|polícia|autoridade|inspetor|ordem judicial|Ministério Público|politie|autoriteit|toezichthouder|accountant|inspectie|rechter|officier van justitie|justitie',
);

/** Everyone's data: "all patients' records", "die Daten aller Nutzer", "todos los pacientes", ... */
export const EVERYONES_DATA = words(
  [
    `(?:all|every|each) (?:of )?(?:your |the |our )?(?:registered |current |former |active |past )?(?:patients?|users?|customers?|clients?|members?|subscribers?|accounts?|employees?|data subjects)(?:${APOS}s?|s${APOS})?(?: (?:personal |health |medical |contact )?(?:data|records|information|files|details|e-?mail addresses|emails|profiles|charts))|(?:data|records|information|files|details) (?:of|for|on|about) (?:all|every|each of) (?:your |the )?(?:patients|users|customers|clients|members|subscribers|accounts|employees)`,
    `(?:alle[rn]?|sämtliche[rn]?) (?:\\p{L}+ )?(?:Patient(?:en|innen)|Nutzer(?:innen)?|Benutzer|Kunden|Kundinnen|Mitglieder|Abonnenten|Mitarbeiter)(?:daten|akten|listen)?|(?:Daten|Akten|Informationen|Unterlagen) (?:aller|sämtlicher|von allen) (?:\\p{L}+ )?(?:Patient(?:en|innen)|Nutzer|Benutzer|Kunden|Mitglieder)`,
    `(?:todos los|todas las|de todos los|de todas las) (?:\\p{L}+ )?(?:pacientes|usuari[oa]s|clientes|miembros|suscriptores|empleados)`,
    `(?:tous les|toutes les|de tous les|de toutes les|l${APOS}ensemble des) (?:\\p{L}+ )?(?:patients|patientes|utilisateurs|utilisatrices|clients|clientes|membres|abonnés|salariés)`,
    `(?:tutti i|tutti gli|tutte le|di tutti i|di tutti gli|di tutte le) (?:\\p{L}+ )?(?:pazienti|utenti|clienti|iscritti|membri|dipendenti)`,
    `(?:todos os|todas as|de todos os|de todas as) (?:\\p{L}+ )?(?:pacientes|usuários|utilizadores|clientes|membros|assinantes|funcionários)`,
    `(?:alle|van alle) (?:\\p{L}+ )?(?:patiënten|patienten|gebruikers|klanten|leden|abonnees|medewerkers)(?:gegevens|dossiers)?`,
  ].join('|'),
);

/** A whole database or customer list. */
export const WHOLE_DATABASE = words(
  `(?:the |your )?(?:whole|entire|complete|full) (?:\\p{L}+ )?(?:database|db|data ?base|user ?base|customer (?:list|database)|patient (?:list|database)|user (?:list|table|database)|client list|member list|data ?set|dump)|(?:gesamte|komplette|ganze|vollständige)n? (?:\\p{L}+)?[Dd]atenbank|Kundenstamm|(?:toda la|la totalidad de la) base de datos|base de datos (?:completa|entera)|(?:toute la|l${APOS}intégralité de la|la totalité de la) base(?: de données)?|base de données (?:complète|entière)|(?:l${APOS}intero|l${APOS}intera|tutto il|tutta la) (?:database|archivio|banca dati)|database (?:completo|intero)|(?:todo o|toda a) (?:banco de dados|base de dados)|(?:banco|base) de dados (?:complet[oa]|inteir[oa])|(?:de )?(?:hele|volledige|complete|gehele|totale) (?:\\p{L}+)?database|klantenbestand|patiëntenbestand`,
);

/** Verbs that demand records be handed over or exported. */
export const HAND_OVER = words(
  'send|give|provide|hand over|export|transfer|release|disclose|share|forward|produce|deliver|supply|dump|extract|download|make available|grant (?:us |me )?access|access to|require|request|demand|need|must|schicken|senden|übermitteln|übersenden|herausgeben|aushändigen|bereitstellen|zur Verfügung stellen|exportieren|liefern|fordern|verlangen|benötigen|envíen|enviar|entreguen|entregar|faciliten|facilitar|proporcionen|proporcionar|exporten|exportar|remitan|requerimos|solicitamos|exigimos|envoyez|envoyer|transmettez|transmettre|fournissez|fournir|communiquez|communiquer|remettez|exportez|exiger|exigeons|demandons|inviate|inviare|trasmettete|trasmettere|fornite|fornire|consegnate|esportate|richiediamo|enviem|entreguem|forneçam|fornecer|exportem|stuur|sturen|geef|lever|leveren|overhandig|verstrek|verstrekken|exporteer|exporteren|eisen|vorderen',
);

/** Imperatives that need no badge to be a bulk export: "export", "dump", "send us". */
export const EXPORT_NOW = words(
  'export|dump|download|extract|send (?:me|us)|give (?:me|us)|hand over|provide (?:me|us)(?: with)?|forward (?:me|us)|exportieren Sie|schicken Sie (?:mir|uns)|senden Sie (?:mir|uns)|exporte|envíe(?:nos|me)|exportez|envoyez-(?:moi|nous)|esportate|inviateci|exporte|enviem-nos|exporteer|stuur (?:ons|mij|me)',
);

/** Labels of a subject that the body turns down or replaces ("actually, just correct my address instead"). */
export const REPLACED = words(
  'instead|rather than|on second thought|stattdessen|lieber|sondern|en cambio|en lugar de|en vez de|plutôt|au lieu de|invece|piuttosto|em vez disso|ao invés|in plaats daarvan|liever',
);

/**
 * "We haven't signed him up yet", "noch nichts installiert", "todavía no la inscribimos", "on n'a
 * encore rien fait": a parent asking before a child uses the service. COPPA and GDPR Art. 8 are about
 * data collected from a child; a question before any sign-up reports none.
 */
const SIGN_UP_EN = '(?:signed|sign|set) (?:\\p{L}+ )?up|register(?:ed)?|install(?:ed)?|download(?:ed)?|enrol(?:l)?(?:ed)?|join(?:ed)?|created? (?:an |a |any )?(?:account|profile)s?|done anything|used (?:it|the app|your app|the service)';
export const NOT_YET_SIGNED_UP = words(
  [
    `(?:haven${APOS}t|have not|hasn${APOS}t|has not|didn${APOS}t|did not|not) (?:\\p{L}+ ){0,2}?(?:yet )?(?:${SIGN_UP_EN})(?: (?:\\p{L}+|for|to|with)){0,5}? yet`,
    `(?:haven${APOS}t|have not|hasn${APOS}t|has not) yet (?:\\p{L}+ ){0,2}?(?:${SIGN_UP_EN})`,
    `(?:nothing|no account|no one|nobody)(?: (?:is|has been|was))? (?:\\p{L}+ ){0,2}?(?:installed|signed up|registered|downloaded|set up|created)(?: \\p{L}+){0,3}? yet|(?:before|until) (?:we|i) (?:sign|register|enrol|enroll) (?:him|her|them|\\p{L}+) up|not (?:signed up|registered|installed) (?:for anything )?yet`,
    'noch (?:nichts|nicht|keine?n?|niemand) (?:\\p{L}+ ){0,3}?(?:installiert|angemeldet|registriert|heruntergeladen|runtergeladen|eingerichtet|gemacht|erstellt|angelegt|benutzt|genutzt)',
    '(?:todavía|todavia|aún|aun) no (?:\\p{L}+ ){0,3}?(?:anot|inscrib|inscri|registr|descarg|instal|apunt|hic|hemos hecho|cre|us)\\p{L}*|(?:todavía|todavia|aún|aun) (?:no hemos|no he|nadie ha) (?:\\p{L}+ ){0,2}?\\p{L}+',
    `(?:encore rien|rien encore|pas encore|personne n${APOS}a encore) (?:\\p{L}+ ){0,3}?(?:fait|inscrit\\p{L}*|installé\\p{L}*|téléchargé\\p{L}*|créé\\p{L}*|utilisé\\p{L}*)|(?:n${APOS}(?:a|avons|ai)|ne l${APOS}(?:a|avons|ai)) (?:pas )?encore (?:rien )?(?:fait|inscrit\\p{L}*|installé\\p{L}*|téléchargé\\p{L}*|créé\\p{L}*)`,
    `(?:non|nessuno) (?:\\p{L}+${APOS}?|l${APOS}) ?(?:\\p{L}+ ){0,2}?ancora (?:\\p{L}+ ){0,1}?(?:scaricat|installat|iscritt|registrat|fatto|creat|usat)\\p{L}*|(?:non|nessuno) (?:ha|hanno|abbiamo|ho) ancora (?:\\p{L}+ ){0,2}?(?:scaricat|installat|iscritt|registrat|fatto|creat|usat)\\p{L}*`,
    'ainda (?:não|nao|ninguém|ninguem|nada) (?:\\p{L}+ ){0,3}?(?:baix|instal|inscrev|inscrit|cadastr|registr|fiz|fizemos|fez|cri|us)\\p{L}*',
    '(?:nog niet|nog niets|nog niks|nog geen|nog niemand) (?:\\p{L}+ ){0,3}?(?:aangemeld|geïnstalleerd|geinstalleerd|gedownload|ingeschreven|geregistreerd|gedaan|aangemaakt|gebruikt)',
    // "Before we sign her up", "bevor wir uns anmelden", "antes de baixar": asked ahead of signing up.
    `before (?:i |we )?(?:sign(?:ing)?|register(?:ing)?|enrol(?:l)?(?:ing)?|creat(?:e|ing)|download(?:ing)?|install(?:ing)?|book(?:ing)?|subscrib(?:e|ing)|join(?:ing)?)(?: \\p{L}+){0,2}? (?:up|an account|the app|a profile|a plan|him|her|them)|before (?:i|we) (?:sign|register|enrol|enroll|create|download|install|book|subscribe|join)`,
    'bevor (?:wir|ich|er|sie|mein\\p{L}*) (?:[\\p{L}\\d()]+ ){0,4}?(?:anmelden|anmeldet|anmelde|registrieren|registriert|registriere|herunterladen|herunterlade|installieren|installiere|buchen|bucht|buche|einrichten|einrichte|anlegen|anlege|abschließen)|vor der (?:Anmeldung|Registrierung|Buchung)',
    'antes de (?:inscribir|registrar|descargar|instalar|crear|contratar|apuntar|darl[oae]s? de alta|dar de alta)\\p{L}*|antes de que (?:se )?(?:inscriba|registre|descargue|apunte)|estamos pensando en (?:contratar|inscribir|apuntar|descargar|usar|probar)',
    `avant de (?:créer|l${APOS}inscrire|s${APOS}inscrire|inscrire|télécharger|installer|réserver|ouvrir un compte)|avant qu${APOS}(?:il|elle|ils|elles) (?:ne )?s${APOS}inscrive`,
    'prima di (?:prenotare|iscriver\\p{L}*|registrar\\p{L}*|scaricare|installare|creare|attivare|abbonar\\p{L}*)|stiamo (?:pensando|valutando) di (?:usare|iscriver\\p{L}*|scaricare|provare|attivare)',
    'antes de (?:baixar|instalar|cadastrar|inscrever|criar|registrar|assinar|contratar)\\p{L}*',
    'voordat (?:wij|we|ik|hij|zij|ze) (?:[\\p{L}\\d()]+ ){0,4}?(?:aanmelden|aanmeldt|inschrijven|inschrijft|downloaden|installeren|registreren|registreert|boeken|afsluiten)|voor het aanmelden',
    'prima di (?:farl[oaie]|lasciarl[oaie]) (?:iscrivere|registrare|scaricare|usare)|prima di iscriverl[oaie]',
    // Asking the minimum age: "From what age can a child sign up?", "Da che età un ragazzo può iscriversi?", "Ab welchem Alter …?"
    `(?:(?:from|at) what age|(?:what is|what${APOS}s) the (?:minimum|lowest) age|how old (?:does|do|must|should) (?:\\p{L}+ ){1,2}?be)[^.!?\\n]{0,100}\\?`,
    '(?:ab welchem Alter|welches Mindestalter|wie alt muss)[^.!?\\n]{0,100}\\?',
    '(?:(?:a partir de|desde) (?:qué|que) edad|(?:cuál|cual) es la edad mínima|qué edad (?:hay que|tiene que) tener)[^.!?\\n]{0,100}\\?',
    `(?:à partir de quel âge|dès quel âge|quel est l${APOS}âge minimum|quel âge (?:faut-il|doit-il|doit-elle))[^.!?\\n]{0,100}\\?`,
    `(?:(?:da|a partire da|da quale) (?:che |quale )?età|qual è l${APOS}età minima|quanti anni (?:deve|bisogna) avere)[^.!?\\n]{0,100}\\?`,
    '(?:a partir de que idade|qual (?:é|e) a idade mínima|com que idade)[^.!?\\n]{0,100}\\?',
    '(?:vanaf welke leeftijd|wat is de minimumleeftijd|hoe oud moet)[^.!?\\n]{0,100}\\?',
  ].join('|'),
);
