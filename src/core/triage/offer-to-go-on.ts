/**
 * Offers to go on as before: to keep receiving mail, to keep using the data for marketing, sharing or
 * research, to keep an account. A no to one asks us to stop (no-answer.ts); a yes keeps things as they
 * are and asks for nothing (yes-answer.ts). An offer to close the request is the same for a yes.
 */

/** Going on receiving mail, calls or texts: a no to it is a stop. */
const CONTINUE_RECEIVING = new RegExp(
  [
    "(?:continue|keep|carry on) (?:to )?(?:receiv|get|hear)|(?:continue|keep|carry on) (?:to )?(?:send|text|e-?mail|mail|contact|call)(?:ing)? you|(?:still|also) (?:want|wish|like) to (?:receive|get|hear)|stay (?:subscribed|on (?:our|the) (?:list|mailing))|remain (?:subscribed|on our)|(?:keep|continue) (?:sending|texting|emailing|mailing|contacting) you",
    "weiterhin(?: [\\p{L}-]+){0,16}? (?:erhalten|bekommen|empfangen|beziehen|zugeschickt|zugesandt|zuschicken|zusenden|schicken|senden|informiert|informieren|kontaktiert|kontaktieren)|(?:angemeldet|eingetragen|abonniert) bleiben|im Verteiler bleiben",
    "continu(?:er|ions|ons|iez) (?:à|a|de) (?:vous )?(?:recevoir|envoyer|adresser|écrire|contacter|être (?:informée?s?|contactée?s?))|toujours recevoir|rester (?:inscrite?s?|abonnée?s?)",
    "(?:sigamos|sigan|continuemos) (?:enviándo\\p{L}*|mandándo\\p{L}*|enviando|mandando|contactándo\\p{L}*)|(?:seguir|continuar) (?:enviándo(?:te|le|les)|enviando|mandándo(?:te|le)|envi(?:ar|arte|arle)|recibiendo|recibir|suscrit[oa]|siendo contactad[oa]|siendo informad[oa])",
    "continuare a (?:inviar\\p{L}*|mandar\\p{L}*|contattar\\p{L}*|ricevere|essere contattat[oa]|essere informat[oa])|(?:restare|rimanere) iscritt[oa]",
    "continuar (?:a (?:lhe |te )?enviar|enviando|a receber|recebendo|inscrit[oa]|a ser contactad[oa]|sendo contatad[oa])|seguir recebendo",
    "blijven (?:ontvangen|krijgen|sturen|mailen|toesturen|benaderen)|(?:ingeschreven|geabonneerd) blijven|nog (?:steeds |altijd )?(?:[\\p{L}-]+ ){0,6}?(?:ontvangen|krijgen)",
  ].join('|'),
  'iu',
);

/**
 * Agreeing to a use of the data for marketing, sharing or research ("acceptez-vous que nous
 * partagions…", "do you consent to us sharing your results with our research partner?"): a no is an
 * objection (GDPR Art. 21).
 */
const PURPOSES =
  '(?:shar|sell|market|advertis|research|stud(?:y|ies)|newsletter|offer|promot|partner|commercia|survey|weiter(?:ge)?geb|Werbung|Angebot|Forschung|Studie|Umfrage|partag|publicit|offre|recherche|étude|enquête|compart|publicidad|oferta|investigaci|estudio|comercial|encuesta|condivid|pubblicit|offert|ricerca|studio|sondagg|partilh|compartilh|publicidade|pesquisa|investigação|estudo|delen|gedeeld|reclame|aanbied|onderzoek|commercie)';
const AGREE_TO_USE = new RegExp(
  `(?:consent|agree|accept|happy|okay|authori[sz]|allow|permit|einverstanden|zustimm|akzeptier|einwillig|erlaub|gestatt|consient|d'accord|autoris|permett|acept|de acuerdo|conforme|autoriz|acconsent|accett|d'accordo|aceit|concord|de acordo|akkoord|toestemming|instemm|goed dat|toestaan)\\p{L}*[^?]{0,120}?${PURPOSES}`,
  'iu',
);

/**
 * Going on using or keeping the data for such a purpose ("podemos continuar usando seus dados … para
 * pesquisas", "desidera che conserviamo i suoi dati per futuri contatti commerciali?"): a no objects too.
 */
const USE_FOR_PURPOSE = new RegExp(
  `(?:us(?:e|ing)|keep(?:ing)?|stor(?:e|ing)|process(?:ing)?|verwend|nutz|speicher|verarbeit|utilis|conserv|traiter|us(?:ar|ando)|utiliz|guard|tratar|us(?:are|iamo)|trattar|manter|gebruik|bewar|verwerk)\\p{L}*[^?]{0,150}?${PURPOSES}`,
  'iu',
);

/** "Shall we stop using your data for marketing?", "souhaitez-vous vous opposer à …?", "… die Verarbeitung einschränken (Art. 18)?": an offer to stop, restrict or object, which a yes accepts and a no does not make an objection. */
const TO_STOP =
  /(?<![\p{L}])(?:stop(?:ping)?|cease|no longer|not (?:to )?use|nicht mehr|aufhör\p{L}*|einstell\p{L}*|plus|cess(?:er|ions|ez|ons)|arrêt(?:er|ions|ons|ez)|dej(?:ar|e|en|emos|ara|asen) de|ya no|no (?:volver a )?usar|smett(?:ere|iamo|a|ano)|non più|interromp\p{L}*|deix(?:ar|e|em|emos) de|par(?:ar|emos)|não mais|niet meer|stoppen|ophouden|object(?:ing)? to|oppose|widersprechen|Widerspruch|(?:vous |s['’])?opposer|oponerse|oponer(?:se)?|opor(?:-se)?|opporsi|opporre|opposizione|oposición|oposição|bezwaar|(?:restrict|einschränk|limit|beperk)\p{L}*)(?![\p{L}])/iu;

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

/**
 * What an offer to go on asks: "opt_out" when a no stops mail or a use of the data, "deletion" when
 * a no closes the account, null when the question offers something else. A yes to any of them keeps
 * things as they are and asks for nothing.
 */
export function keepGoingOffered(question: string): 'opt_out' | 'deletion' | null {
  if (CONTINUE_RECEIVING.test(question)) return 'opt_out';
  if ((AGREE_TO_USE.test(question) || USE_FOR_PURPOSE.test(question)) && !TO_STOP.test(question)) return 'opt_out';
  return KEEP_ACCOUNT.test(question) ? 'deletion' : null;
}

/**
 * An offer to close the request ("pouvons-nous clôturer votre demande ?", "can we close your case?"):
 * a yes lets it close and asks for nothing; a no keeps it open for the team to read.
 */
const CLOSE_REQUEST = new RegExp(
  [
    '(?:close|closing|mark)(?: \\p{L}+){0,2}? (?:request|case|ticket|file|enquiry|inquiry)|(?:request|case|ticket)(?: \\p{L}+){0,2}? (?:as )?(?:closed|resolved|complete)',
    '(?:Anfrage|Antrag|Vorgang|Fall|Ticket|Anliegen)(?: [\\p{L}-]+){0,3}? (?:schließen|abschließen|als erledigt)',
    '(?:clôturer|clore|fermer|classer)(?: \\p{L}+){0,2}? (?:demande|dossier|ticket|requête)',
    '(?:cerrar|archivar|dar por cerrad[oa])(?: \\p{L}+){0,2}? (?:solicitud|caso|expediente|petición|ticket)',
    '(?:chiudere|archiviare)(?: \\p{L}+){0,2}? (?:richiesta|pratica|segnalazione|ticket)',
    '(?:encerrar|fechar|arquivar|concluir)(?: \\p{L}+){0,2}? (?:pedido|solicitação|processo|caso|ticket)',
    '(?:verzoek|aanvraag|dossier|zaak|ticket)(?: \\p{L}+){0,2}? (?:afsluiten|sluiten|als afgehandeld)',
  ].join('|'),
  'iu',
);

export function closingOffered(question: string): boolean {
  return CLOSE_REQUEST.test(question);
}
