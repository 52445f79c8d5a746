import type { Label } from '../../types.js';
import { responseQuestions } from './response-question.js';

/** A stretch of text whose words must not count for some labels, with the reason shown to the team. */
export interface Mask {
  start: number;
  end: number;
  labels: readonly Label[];
  reason: string;
}

/**
 * "if", "otherwise", "unless" in our languages: what follows is a condition, not an act.
 * Bare "se"/"si" are left out: in es/pt/it they are also the reflexive pronoun ("se ha registrado").
 * "I reserve the right to ..." is the same kind of threat, so it counts as a condition too.
 */
const CONDITIONAL =
  /(?<![\p{L}])(?:if|unless|otherwise|failing (?:which|that|this)|should you|should (?:i|we|this|it|that|there) (?:not|fail|still not|be no)|should (?:i|we) (?:receive|hear|get) no|in case you|in the event (?:that|of)|before reporting|sollten Sie|sollte|falls|wenn|andernfalls|anderenfalls|ansonsten|soll dies nicht|si no|si (?:usted|ustedes|vosotros|ella|él) no|de lo contrario|en caso (?:de que|contrario)|sinon|si vous ne|s'il|si je n'|à défaut|dans le cas contraire|faute de|altrimenti|in caso contrario|qualora|se non|se (?:voc[êe]s?|o senhor|a senhora|a empresa) n[ãa]o|se n[ãa]o|caso contrário|caso não|anders|indien|zo niet|jinak|pokud|v případ[eě]|jestliže|w przeciwnym razie|w przypadku|jeżeli|jeśli|annars|om|ifall|în caz contrar|în cazul în care|dacă|u protivnom|ako|εάν|εφόσον|διαφορετικά|αλλιώς|after (?:that|this|the) (?:period|deadline|date|time)|failing (?:a|any) (?:reply|response)|absent (?:a|any) (?:reply|response)|in the absence of|für den Fall|im Fall(?:e)?,? dass|nach Ablauf (?:dieser|der|dieses) (?:Frist|Zeitraums)|bei Ausbleiben|sofern|pasado (?:este|dicho|el) plazo|transcurrido (?:este|dicho|el) plazo|en caso de no|si (?:\p{L}+ ){0,3}?n['’]|si (?:\p{L}+ ){1,3}?ne |passé (?:ce|le|ledit) délai|à l['’]issue (?:de ce|du) délai|au-delà de (?:ce|ledit) délai|faute de réponse|trascorso (?:tale|questo|il|detto) termine|decorso (?:tale|il|detto) termine|in mancanza di|decorrido (?:esse|este|o) prazo|findo (?:o|esse|este) prazo|na falta de|mocht(?:en)?|wanneer|in het geval|bij (?:het )?uitblijven|na (?:afloop van )?(?:deze|die|de) termijn|reserve the right|reserves the right|behalte? (?:ich )?mir (?:\p{L}+ )?vor|behält sich (?:\p{L}+ )?vor|me reservo|se reserva|je me réserve|se réserve|mi riservo|si riserva|reservo-me|reserva-se|me reservo|behoud ik mij|behoudt zich|in difetto di|vyhrazuji si|zastrzegam sobie|förbehåller jag mig|îmi rezerv|zadržavam pravo|διατηρώ το δικαίωμα)(?![\p{L}])/iu;

/** Regulators and legal steps named in closing threats. */
const THREAT =
  /(?:complain|complaint|supervisory|authority|regulator|commissioner|\bICO\b|\bFTC\b|attorney general|legal action|court|Beschwerde|Aufsichtsbehörde|Datenschutzbehörde|rechtliche Schritte|queja|reclamaci[óo]n|autoridad|AEPD|Agencia (?:Española )?de Protección de Datos|acciones legales|plainte|réclamation|autorité|CNIL|action en justice|reclamo|autorità|Garante|azione legale|reclamação|autoridade|medidas legais|ANPD|CNPD|klacht|toezichthouder|Autoriteit|juridische stappen|stížnost|úřad|skarg|organ nadzorcz|klaga|tillsynsmyndighet|plângere|autoritatea|pritužb|nadzorn|καταγγελ|αρχή)/iu;

/**
 * "If I have given consent …, I hereby withdraw it": the erasure letters' ground for deletion (GDPR
 * Art. 17(1)(b)), hedged on consent that may never have been given, not an opt-out of its own.
 */
const CONSENT_IF_GIVEN =
  /(?<!\p{L})(?:if|insofar as|to the extent|sofern|soweit|sollte|falls|si|indien|voor zover|mocht|se|caso|qualora|nel caso)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(?:(?:have|has|ever) (?:\p{L}+ )?(?:given|granted)|consented|(?:gegeven|verleend) (?:heb|hebben)|erteilt (?:habe|haben)|(?:he|hubiera|haya) (?:dado|otorgado)|ai (?:donné|consenti)|j'ai consenti|ho (?:dato|prestato)|(?:tenha|tiver) (?:dado|concedido)|concordei|dei (?:o )?(?:meu )?consentimento)(?!\p{L})/iu;

/** A person objecting asks to be warned before anything is deleted: that is not a deletion request. */
const OBJECTION = /(?:objection|object|Widerspruch|oposición|opposition|obiezione|opposizione|bezwaar|oposição|námitk|prigovor|sprzeciw|invändning|opoziți)/iu;
const CONSEQUENCE =
  /(?:result in|lead to|zur Folge|resultar|entraîner|entrainer|risulterà|comporterà|leiden tot|resultará|povede|dovede|skutkować|leda till|conduce la)/iu;

/** Sender footers: "to unsubscribe click here", "reply STOP to opt out". These are the sender's words. */
const SENDER_FOOTER =
  /(?:(?<!(?:want|wish|need|asked|asking|like|mean|trying|going|decided|not) )to unsubscribe(?:,| from (?:this|our|these|the) (?:list|newsletter|mailing|e-?mails)| click| reply| visit| use| follow| please click)|click here to (?:unsubscribe|opt out)|reply (?:with )?["'“]?(?:stop|unsubscribe|remove)["'”]?|if you (?:no longer wish|would rather not|'d rather not|do not wish|don't want) to (?:receive|hear)|unsubscribe (?:here|link|at any time|below)|manage (?:your )?(?:email )?preferences|you (?:are|were) receiving this|abmelden können Sie sich|hier abmelden|zum abmelden|um sich abzumelden|para darse de baja|puede darse de baja|darse de baja aquí|si no desea recibir|pour vous désinscrire|si vous ne souhaitez plus recevoir|per annullare l'iscrizione|per disiscriverti|se non desideri più ricevere|para cancelar a inscrição|para descadastrar|se não deseja mais receber|om je af te melden|om u af te melden|wil je geen e-mails meer ontvangen|klik hier om (?:je|u) af te melden)/iu;

/**
 * The same footer in every language we read: how to stop receiving the mail, with a click, a reply
 * or a link in the same sentence ("Para dejar de recibir este boletín haz clic aquí", "Abmelden:
 * https://…"). Footers speak to the reader; a sentence in the first person singular ("the link to
 * unsubscribe me does not work") or one that asks or reports a broken link ("bitte abmelden, der
 * Link unten funktioniert nicht") is someone writing to us, so it is never masked.
 */
const UNSUBSCRIBE_PURPOSE =
  /(?<!\p{L})(?:unsubscribe|opt[- ]out|stop receiving|no longer receive|darse de baja|darte de baja|dejar de recibir|no recibir más|cancelar (?:la|tu|su) suscripción|descadastr\p{L}*|deixar de receber|não receber mais|cancelar (?:a|sua) (?:inscrição|assinatura)|(?:se|vous) désabonner|(?:se|vous) désinscrire|ne plus recevoir|désabonnement|désinscription|disiscriver(?:ti|si)|disiscriviti|annullare l'iscrizione|non ricevere più|abmelden|abbestellen|afmelden|uitschrijven)(?!\p{L})/iu;
const FOOTER_ACTION =
  /(?<!\p{L})(?:click|tap|reply|here|below|link|clic|pulsa|haga|responda|responde|aquí|enlace|pie|clique|aqui|rodapé|cliquez|répondez|ici|lien|en bas|clicca|rispondi|qui|sotto|klicken|hier|unten|klik|onderaan|via)(?!\p{L})|https?:\/\//iu;
/** A reader asking or reporting a broken link ("bitte abmelden, der Link unten funktioniert nicht"). */
const READER_ASKS =
  /(?<!\p{L})(?:please|pls|bitte|por favor|per favore|s'il vous pla[iî]t|merci de|alstublieft|graag|(?:doesn't|does not|didn't|did not|won't|isn't|is not) work\p{L}*|not working|broken|funktioniert nicht|geht nicht|ne (?:marche|fonctionne) pas|no funciona|non funziona|não funciona|werkt niet)(?!\p{L})/iu;
export const FIRST_PERSON_SINGULAR = /(?<!\p{L})(?:i|i'm|me|my|ich|mich|mir|mein\p{L}*|yo|mis?|je|j'|moi|mon|ma|mes|io|mio|mia|eu|meu|minha|ik|mij|mijn)(?!\p{L})/iu;
/**
 * Whether the text speaks in the first person singular. A possessive written with a capital in
 * the middle of a sentence names a page or a product ("gaat u naar Mijn FaxDienst", "log in to My
 * Account"), not the writer.
 */
export function speaksInFirstPerson(text: string, dutch = false): boolean {
  const masked = text.replace(PAGE_NAME, ' ').replace(WEEKDAY_IN_DATE, ' ').replace(ITALIAN_ARTICLE_I, ' ');
  return FIRST_PERSON_SINGULAR.test(dutch ? masked.replace(DUTCH_YOU, ' ') : masked);
}
/** Dutch "je", "jij", "jou", "jouw" are "you"; the language-blind first-person pattern reads "je" as French "I". */
export const DUTCH_YOU = /(?<![\p{L}])(?:je|jij|jou|jouw)(?![\p{L}'’])/giu;
/** "Received: Mon, Mar 9", "Mi., 4. März", "Ma. 9 mrt": a weekday in a date line, not "mon" or "mi". */
const WEEKDAY_IN_DATE = /(?<!\p{L})(?:Mon,?|(?:Ma|Mi|Me)(?:\.,?|,))(?=\s+(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d))/gu;
/** Italian "i" after a preposition ("per i compiti", "di i", "tutti i dati") is the article, not "I". */
const ITALIAN_ARTICLE_I = /(?<=(?<!\p{L})(?:per|di|da|in|con|su|tra|fra|tutti|tutte|sono|ecco|anche|solo) )i(?= \p{Ll})/gu;
const PAGE_NAME = /(?<=\p{Ll}[ \t]+)(?:My|Mijn|Mon|Ma|Mes|Mein\p{L}*|Mi|Mis|Mio|Mia|Meu|Minha)[ \t]+\p{Lu}\S*/gu;
/** "You are receiving this because …" in the seven languages: only a sender writes it. */
export const RECEIVING_BECAUSE =
  /(?<!\p{L})(?:you(?: are| were|['’]re) receiving this|recibes? este (?:correo|e-?mail|mensaje|boletín)|has recibido este (?:correo|e-?mail|mensaje)|(?:você )?(?<!que )receb(?:e|eu) (?:este|esta) (?:e-?mail|mensagem|comunicação|newsletter)|vous recevez (?:ce|cet|cette) (?:mail|e-?mail|courriel|message|newsletter|lettre)|(?:hai|ha) ricevuto questa (?:comunicazione|e-?mail|mail|newsletter)|ricevi questa (?:e-?mail|mail|newsletter)|(?:Sie erhalten|du erhältst|ihr erhaltet|Sie bekommen|du bekommst|ihr bekommt) diese[nrs]? (?:Newsletter|E-Mail|Nachricht|Mail)|(?:u|je) ontvangt deze (?:nieuwsbrief|e-?mail|mail|ledenbrief)|vous recevez (?:ce|cet|cette|ces) [\p{L}-]+(?: [\p{L}-]+)? (?:car|parce qu)|you(?:['’]re| are) receiving (?:this|these) [\p{L}-]+(?: [\p{L}-]+)? because|recib\p{L}* (?:este|esta|estos|estas) [\p{L}-]+(?: [\p{L}-]+)? (?:porque|ya que|por ser)|ricevi (?:questa|questo|queste|questi) [\p{L}-]+(?: [\p{L}-]+)? (?:perché|in quanto)|receb\p{L}* (?:este|esta|estes|estas) [\p{L}-]+(?: [\p{L}-]+)? (?:porque|por ser|pois)|(?:Sie erhalten|du erhältst|ihr erhaltet|Sie bekommen|du bekommst|ihr bekommt) (?:diese[nrs]?|dieses|den|die|das) [\p{L}-]+,? (?:weil|da)|(?:u|je) (?:ontvangt|krijgt) (?:deze|dit) [\p{L}-]+ (?:omdat|want)|you(?: have|['’]ve)? (?:received|got(?:ten)?) (?:this|these)(?: e-?mails?| messages?| newsletters?| mails?| notifications?| updates?)? because|you(?: are|['’]re) getting (?:this|these)(?: e-?mails?| messages?| newsletters?| mails?| notifications?| updates?)? because|(?:vous avez|tu as) reçu (?:ce|cet|cette|ces) [\p{L}-]+(?: [\p{L}-]+)? (?:car|parce qu)|tu reçois (?:ce|cet|cette|ces) [\p{L}-]+(?: [\p{L}-]+)? (?:car|parce qu)|(?:Sie haben|du hast) (?:diese[nrs]?|dieses|den|die|das) [\p{L}-]+ (?:erhalten|bekommen),? (?:weil|da))(?!\p{L})/iu;

/**
 * "Voglio non ricevere più le offerte via SMS", "Quiero dejar de recibir…": Italian, Spanish and
 * Portuguese drop the pronoun, so the writer's own verb of wanting is their "I". A footer addresses
 * the reader ("se non desideri più ricevere", "si no deseas recibir").
 */
const WRITER_WANTS =
  /(?<!\p{L})(?:voglio|vorrei|desidero|chiedo|preferisco|quiero|quisiera|deseo|pido|prefiero|necesito|quero|queria|gostaria|desejo|peço|prefiro|preciso)(?!\p{L})/iu;

/** How to stop the mail, with no one asking in it: the sender's words. */
function unsubscribeNotAsked(sentence: string): boolean {
  return UNSUBSCRIBE_PURPOSE.test(sentence) && !FIRST_PERSON_SINGULAR.test(sentence) && !WRITER_WANTS.test(sentence) && !READER_ASKS.test(sentence);
}

function isSenderFooter(sentence: string): boolean {
  if (RECEIVING_BECAUSE.test(sentence)) return true;
  // "take me off this list. the unsubscribe link just spins forever": a person writing about the
  // footer's link, in one lower-case sentence, is not the footer.
  if (SENDER_FOOTER.test(sentence)) return !FIRST_PERSON_SINGULAR.test(sentence) && !WRITER_WANTS.test(sentence) && !READER_ASKS.test(sentence);
  return FOOTER_ACTION.test(sentence) && unsubscribeNotAsked(sentence);
}

/** A short unsubscribe line right after a footer: the label of the footer's link. */
function isFooterLinkLabel(sentence: string): boolean {
  return (sentence.match(/\p{L}+/gu) ?? []).length <= FOOTER_LINK_WORDS && unsubscribeNotAsked(sentence);
}
const FOOTER_LINK_WORDS = 12;

/** Confidentiality notices end in "please delete this e-mail": about the message, not about data. */
const DISCLAIMER =
  /(?:delete (?:this|the) (?:e-?mail|message|communication)|destroy (?:all )?copies|received this (?:e-?mail|message|communication) in error|diese E-Mail (?:irrtümlich|versehentlich)|löschen Sie diese (?:E-Mail|Nachricht)|borre este (?:correo|mensaje)|supprimer ce message|cancellare (?:questo|il) messaggio|apague esta mensagem|verwijder dit bericht)/iu;

/** The right to complain, quoted from a privacy notice, is not a complaint. */
const RIGHT_TO_COMPLAIN = /right to (?:lodge|file|make) a complaint|Recht auf Beschwerde|derecho a (?:presentar una reclamación|reclamar ante)|droit d['’](?:introduire|déposer) une (?:réclamation|plainte)|droit de (?:déposer|introduire) une (?:réclamation|plainte)|diritto di (?:proporre|presentare) (?:un )?reclamo|direito (?:de|a) (?:apresentar|fazer) (?:uma )?(?:reclamação|queixa)|recht (?:om|op) (?:het indienen van )?een klacht/iu;

/**
 * A notice of rights: the sender tells the READER what they may ask for ("you can exercise your
 * rights of access, rectification or erasure", "Sie können jederzeit Auskunft über Ihre Daten
 * verlangen"). Newsletters, privacy notices and sales mail carry it; a person asking for their own
 * data writes "my", not "your". Spanish, Italian and Portuguese "sus/suoi/seus" also mean "his" or
 * "their" (a parent writing of a child's data), so there only "your rights" counts, not "your data".
 */
const RIGHTS_NOTICE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:you|u) (?:can|may|have the right to|have a right to|are entitled to|are free to|also have the right to)(?!\p{L})[^.!?\n]{0,100}?(?<!\p{L})your (?:rights?|(?:personal |own |stored |health )?(?:data|information|details|records))(?!\p{L})`,
    String.raw`(?<!\p{L})exercis(?:e|ing) your (?:\p{L}+ )?rights(?!\p{L})`,
    String.raw`(?<!\p{L})(?:puedes|puede|podrás|podrá|pueden|tienes derecho|tiene derecho|tienen derecho)(?!\p{L})[^.!?\n]{0,100}?(?<!\p{L})(?:tus|sus) derechos(?!\p{L})`,
    String.raw`(?<!\p{L})ejercer (?:tus|sus) derechos(?!\p{L})`,
    String.raw`(?<!\p{L})(?:vous pouvez|vous avez le droit|vous disposez d['’](?:un|des) droits?|vous bénéficiez d['’](?:un|des) droits?|tu peux|tu as le droit)(?!\p{L})[^.!?\n]{0,120}?(?<!\p{L})(?:vos|votre|tes|ton|ta) (?:droits?|données)(?!\p{L})`,
    String.raw`(?<!\p{L})exercer (?:vos|tes) droits(?!\p{L})`,
    String.raw`(?<!\p{L})(?:puoi|può|potete|hai (?:il )?diritto|ha (?:il )?diritto|avete (?:il )?diritto)(?!\p{L})[^.!?\n]{0,100}?(?<!\p{L})(?:(?:i )?tuoi|(?:i )?suoi|(?:i )?vostri) diritti(?!\p{L})`,
    String.raw`(?<!\p{L})esercitare (?:i )?(?:tuoi|suoi|vostri) diritti(?!\p{L})`,
    String.raw`(?<!\p{L})(?:pode|podes|podem|tem o direito|tens o direito|têm o direito|você pode|vocês podem)(?!\p{L})[^.!?\n]{0,100}?(?<!\p{L})(?:(?:os )?seus|(?:os )?teus) direitos(?!\p{L})`,
    String.raw`(?<!\p{L})exercer (?:os )?(?:seus|teus) direitos(?!\p{L})`,
    String.raw`(?<!\p{L})(?:u kunt|je kunt|jij kunt|u heeft het recht|je hebt het recht|u hebt het recht)(?!\p{L})[^.!?\n]{0,100}?(?<!\p{L})(?:uw|je|jouw) (?:rechten|gegevens|persoonsgegevens)(?!\p{L})`,
  ].join('|'),
  'iu',
);
/** German formal "Sie ... Ihre": capitalised, so case matters here ("ihre" is "her" or "their"). */
const RIGHTS_NOTICE_DE = /(?<!\p{L})(?:Sie können|Sie jederzeit|Sie haben (?:das|ein) Recht|haben Sie (?:das|ein) Recht|steht Ihnen|stehen Ihnen)(?!\p{L})[^.!?\n]{0,120}?(?<!\p{L})(?:Ihre|Ihren|Ihrer) (?:(?:gespeicherten|personenbezogenen) )?(?:Rechte|Daten)(?!\p{L})|(?<!\p{L})Ihre (?:Betroffenen)?[Rr]echte (?:wahrnehmen|geltend machen|ausüben)(?!\p{L})/u;

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences, roughly: ends at ., ! or ? followed by an upper-case letter, at blank lines and at list items.
 * "Art. 15" or "e.g. according" are not split because a digit or lower-case letter follows.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // A chat transcript's line starts with its time ("11:03 Chatbot: …", "[14:32] Cliente: …"): a new speaker.
  const boundary = /(?<=[.!?])\s+(?=[\p{Lu}„"«¿¡])|\n\s*\n|\n(?=\s*(?:[-*•]|\d{1,2}[.)]|[a-z]\)|[ivx]{1,4}\.)\s)|\n(?=\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s)/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    sentences.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences.filter((sentence) => sentence.text.trim().length > 0);
}

/** Finds the boilerplate in one text: conditional threats, objection caveats, sender footers, notices of rights, disclaimers. */
export function findMasks(text: string): Mask[] {
  const masks: Mask[] = [];
  let afterFooter = false;
  for (const { start, end, text: wrapped } of splitSentences(text)) {
    const add = (labels: readonly Label[], reason: string): void => {
      masks.push({ start, end, labels, reason });
    };
    // Mail programs and HTML-to-text wrap lines at 72-80 columns (RFC 5322 2.1.1), often mid-phrase ("Pour ne plus\nrecevoir").
    const sentence = wrapped.replace(/\s+/gu, ' ');
    // A footer's link label on its own line after it ("Se désabonner des e-mails de bilan.").
    const footer: boolean = isSenderFooter(sentence) || (afterFooter && isFooterLinkLabel(sentence));
    afterFooter = footer;
    if (CONDITIONAL.test(sentence) && THREAT.test(sentence)) add(['complaint'], 'conditional threat');
    if (RIGHT_TO_COMPLAIN.test(sentence)) add(['complaint'], 'quoted right to complain');
    if (OBJECTION.test(sentence) && CONSEQUENCE.test(sentence)) add(['deletion'], 'consequence of an objection');
    if (CONSENT_IF_GIVEN.test(sentence)) add(['opt_out'], 'consent withdrawn only if it was given');
    if (footer) add(['opt_out', 'disclosure', 'deletion'], 'sender footer');
    if (RIGHTS_NOTICE.test(sentence) || RIGHTS_NOTICE_DE.test(sentence)) add(['opt_out', 'disclosure', 'deletion', 'correction'], 'notice of rights');
    if (DISCLAIMER.test(sentence)) add(['deletion', 'disclosure', 'complaint', 'opt_out', 'correction'], 'confidentiality notice');
  }
  for (const question of responseQuestions(text)) masks.push({ ...question, labels: ['disclosure'], reason: 'question about the response' });
  masks.push(...sampleLetters(text), ...controlLabels(text), ...mistakenBeliefs(text), ...inCaseOf(text));
  return masks;
}

/** "a model letter ready to copy", "Mustertext", "modèle de lettre": what follows in quotes is for readers to send. */
const SAMPLE_LETTER =
  /(?<!\p{L})(?:(?:model|sample|template|example) (?:letter|e-?mail|request|text|wording)|letter template|Musterbrief|Mustertext|Musterschreiben|Vorlage|Formulierungsvorschlag|modelo de (?:carta|escrito|solicitud|correo|e-?mail|texto)|plantilla|modèle (?:de (?:lettre|courrier|demande|mail|texte))?|lettre[- ]type|modello (?:di (?:lettera|richiesta|mail|testo))?|fac-?simile|lettera tipo|minuta|modelo|voorbeeldbrief|voorbeeldtekst|modelbrief|sjabloon)(?!\p{L})/giu;
const OPENING_QUOTE = /[«“„"‘‹]/u;
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '"': '"', '‘': '’', '‹': '›' };
/** How far after its announcement a sample letter's opening quote may stand, and how long it may run. */
const SAMPLE_INTRO_CHARS = 200;
const SAMPLE_MAX_CHARS = 2000;

/**
 * A newsletter or guide that hands readers a letter to send ("te dejamos un modelo de carta: «solicito
 * la supresión de mis datos…»") asks nothing of us: the quoted letter is the reader's to send elsewhere.
 */
function sampleLetters(text: string): Mask[] {
  const masks: Mask[] = [];
  for (const intro of text.matchAll(SAMPLE_LETTER)) {
    const after = intro.index + intro[0].length;
    const window = text.slice(after, after + SAMPLE_INTRO_CHARS);
    const open = OPENING_QUOTE.exec(window);
    if (!open) continue;
    const start = after + open.index;
    const close = text.indexOf(CLOSING_QUOTE[open[0]] ?? open[0], start + 1);
    const end = close > start && close - start <= SAMPLE_MAX_CHARS ? close + 1 : Math.min(text.length, start + SAMPLE_MAX_CHARS);
    masks.push({ start, end, labels: ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint'], reason: 'sample letter for readers' });
  }
  return masks;
}

export function isMasked(masks: readonly Mask[], label: Label, start: number, end: number): boolean {
  return masks.some((mask) => mask.labels.includes(label) && start >= mask.start && end <= mask.end);
}

/** A button, link, option or box on a screen, in our seven languages. */
const CONTROL =
  '(?:button|link|option|checkbox|tick ?box|box|tab|menu item|Button|Schaltfläche|Knopf|Link|Option|Kästchen|Häkchen|botón|boton|enlace|opción|casilla|pestaña|bouton|lien|case|onglet|pulsante|tasto|opzione|casella|scheda|botão|opção|caixa|aba|knop|optie|vakje|tabblad)';
// Not the apostrophe: "L'errore", "com'è" open no quote.
const QUOTED_LABEL = '(?<![\\p{L}\\d])[«“„"‘‹]([^«»“”„"‘’‹›\\n]{2,60})[»”“"’›](?![\\p{L}\\d])';
/** "le di al botón de "eliminar mis datos"", "clicked the 'Delete my data' button", "la case « ne plus recevoir »". */
const CONTROL_LABEL = new RegExp(
  `(?<!\\p{L})${CONTROL}(?: (?:de|del|da|do|di|van|von|labelled|labeled|called|named|marked|saying|that says|met|mit|avec|con|com))?:? ?${QUOTED_LABEL}|${QUOTED_LABEL} ?${CONTROL}(?!\\p{L})`,
  'giu',
);

/**
 * A screen's button or option named in quotes is a mention, not a request: "le di al botón de
 * "eliminar mis datos" pensando que era otra cosa" asks nothing. What the person asks around it
 * ("the button doesn't work, please delete my account") is read as written.
 */
function controlLabels(text: string): Mask[] {
  return masksOf(text, CONTROL_LABEL, ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint'], 'a button or option named in quotes');
}

/** "thinking it was", "pensando que era", "en croyant que", "credendo che", "achando que", "in de veronderstelling dat". */
const MISTAKEN_BELIEF =
  /(?<!\p{L})(?:thinking (?:that )?(?:it|this|that) (?:was|would|meant)|believing (?:that )?(?:it|this) (?:was|would)|(?:pensando|creyendo) que (?:era|sería|iba|servía)|(?:en )?(?:pensant|croyant) que (?:c['’]était|ça|cela|ce serait)|(?:pensando|credendo) che (?:fosse|servisse|sarebbe)|(?:achando|pensando) que (?:era|seria|servia|ia)|in der (?:Annahme|Meinung), (?:dass )?(?:es|das|damit)|(?:denkend|in de veronderstelling) dat (?:het|dit|dat))(?!\p{L})[^.!?\n]*/giu;

/**
 * "Le di al botón pensando que era para borrar el historial": what the person wrongly took a button
 * or a form to do is not what they ask now.
 */
function mistakenBeliefs(text: string): Mask[] {
  return masksOf(text, MISTAKEN_BELIEF, ['opt_out', 'disclosure', 'deletion', 'correction'], 'what the person wrongly took something to do');
}

/** "In caso di possibile violazione dei dati, …": a notice's "in case of", up to the end of its clause. */
const IN_CASE_OF =
  /(?<!\p{L})(?:in case of|in the event of|should there be|en cas de|en caso de|em caso de|no caso de|in caso di|nel caso (?:di|in cui)|im Fall(?:e)? (?:einer|eines|von)|falls es zu|in geval van|bij een eventuele)(?!\p{L})[^.,;:!?\n]{0,80}/giu;

/**
 * "In caso di possibile violazione dei dati, il Titolare sarà informato": a case provided for, in a
 * notice or a policy, reports no breach. A person's "in case of a breach, tell me" asks nothing either.
 */
function inCaseOf(text: string): Mask[] {
  return masksOf(text, IN_CASE_OF, ['complaint'], 'a case provided for');
}

/** Every match of a global `pattern`, masked for `labels`. */
function masksOf(text: string, pattern: RegExp, labels: Mask['labels'], reason: string): Mask[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, labels, reason }));
}
