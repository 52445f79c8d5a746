import type { InboundMail, Label } from '../../types.js';
import { ATTRIBUTION_OPENERS, ATTRIBUTION_VERBS, withoutWrappedAttributions } from '../attribution-lines.js';
import { CLOSING_LINE, POSTSCRIPT, type MessageText } from './message-text.js';
import { GREETING } from './automated-units.js';
import { detectLanguage } from './language.js';
import { closingOffered, keepGoingOffered } from './offer-to-go-on.js';
import { PRIMARY_ORDER } from './decide.js';
import { scoreSegments } from './score.js';

/**
 * A bare yes ("Ja, bitte.", "Yes to both, thanks.", "Oui.") answering the question of the mail it
 * replies to ("Sollen wir Sie aus beiden Verteilern austragen?", "do you want your account deleted,
 * and removed from marketing?"): the person asks what the question offered. People answer the
 * team's questions this way, and the new text alone carries nothing to read.
 */
export interface YesAnswer {
  /** What the rules read offered in the question (may be none: the model reads it too, offline.ts). */
  labels: Label[];
  /** The question answered, as quoted (for the evidence). */
  question: string;
  /** The question in the person's words ("your records" as "my records"), as rules and model read it. */
  asTheirs: string;
  /**
   * The offer was to go on as before ("Möchten Sie weiterhin unseren Newsletter erhalten?", "shall we
   * keep your account?"): a yes keeps things as they are and asks for nothing.
   */
  keeps?: boolean;
}

/**
 * A yes reads the question it answers, in our own words: sure enough to act on (the case's identity
 * checks still apply), not so sure that a person never looks (below 0.9).
 */
export const YES_ANSWER_CONFIDENCE = 0.8;

/** The answer opens with a yes in one of our seven languages (and a few loose forms of it). */
export const AFFIRMATIVE =
  /^[\s"'“„«]*(?:yes|yep|yeah|yup|ja|jawohl|jep|oui|ouais|s[ií]|sì|sim|jazeker|zeker|graag|claro|certo|certamente|genau|klopt|exactly|absolutely|of course|bien sûr|volontiers|por supuesto|com certeza|natuurlijk|selbstverständlich|natürlich|ok|okay|oké|okey|d'accord|va bene|vale|de acuerdo|de acordo|einverstanden|akkoord|correct|correcto|correto|corretto|korrekt|richtig|exact|exacto|exato|esatto|go ahead|please do|please proceed|confirmed|confirmo|confirme|confermo|bestätigt|bevestigd|gerne?|allez-y|adelante|avanti|procedete|ga (?:uw|je) gang|doe maar|pode(?:m)?(?: sim)?|quero|desejo|prima|perfect|perfetto|perfecto|perfeito|parfait|perfekt|super|great|ótimo|óptimo|sure|sounds good|that['’]?s fine|fine|no problem|alright|all right|klar|passt|dale|tá bom|tudo bem|goed)(?![\p{L}])/iu;
/** "Yes." with a few words more ("please", "to both", "go ahead, thanks"), not a letter. */
const MAX_ANSWER_CHARS = 60;
/** A sign-off and name under the yes: short lines, at most a few. */
const MAX_TAIL_LINES = 4;
const MAX_TAIL_LINE_CHARS = 40;
/** A remark after the answer on its line ("Estou ciente de que vou perder o cashback acumulado."). */
const MAX_REMARK_CHARS = 100;
/** Header lines of the quoted mail ("Von: …", "Sent: …", "Le 20 mars … a écrit :"): not its question. */
const QUOTED_HEADER = new RegExp(
  String.raw`^(?:From|De|Von|Da|Van|Sent|Date|Datum|Fecha|Envoyé|Inviato|Enviado(?: el| em)?|Enviada(?: em)?|Verzonden|Gesendet|To|An|Para|À|A|Aan|Cc|Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp)\s*:|(?:wrote|schrieb|escribió|a écrit|ha scritto|escreveu|geschreven)\s*:?\s*$|^(?:${ATTRIBUTION_OPENERS}) .{1,200}(?:${ATTRIBUTION_VERBS}) .{0,200}:\s*$`,
  'iu',
);
/** A request to confirm, put as an imperative: "please confirm that…", "merci de nous confirmer…", "bitte bestätigen Sie…". */
const CONFIRM_REQUEST =
  /(?<![\p{L}])(?:please|kindly|bitte|merci de|veuillez|por favor|per favore|graag|gelieve|(?:we |would |must )?ask(?:ing)? you to|(?:ti|vi|la|le) chied(?:iamo|o)(?: \p{L}+mente)? di|(?:le|les|os|te) rogamos(?: que)?(?: nos)?|(?:(?:te|le|les|os) )?pedimos(?:-lhe|-te|-vos)?(?: que)?(?: nos)?|(?:nous )?vous (?:demandons|prions) de|(?:wir )?bitten(?: (?:Sie|dich|euch))?(?: um)?|vragen (?:we|wij) (?:u|je|jou))[\s,]+(?:\p{L}+\s+){0,2}?(?:confirm|bestätig|confirmer|confirm[ea]|conferm|bevestig)\p{L}*/iu;
/**
 * "Reply YES to confirm", "Rispondi "Sì" a questa email", "Antworten Sie mit Ja": the yes is asked for
 * outright. "Just reply yes or no" only says how to answer the question before it.
 */
const ASKS_FOR_YES =
  /(?<![\p{L}])(?:reply|respond|answer|write back|antworte|antworten Sie|répond(?:ez|s)|respond(?:e|a|ed)|contest(?:e|a)|rispond(?:i|a|ete)|antwoord|beantwoord)(?![\p{L}])[^.!?\n]{0,40}?["'“„«]?(?:yes|ja|oui|s[ií]|sì|sim)["'”“»]?(?![\p{L}])(?![\s,]*(?:or|oder|ou|o|of)\s)/iu;
/**
 * "Bitte teilen Sie uns mit, ob wir Ihnen die Kopie per Post oder per E-Mail zusenden sollen.": a
 * question asked as a request to tell, as formal letters do in every language, without a question mark.
 */
/**
 * "Desideriamo sapere se intende cancellare solo il profilo oppure anche lo storico.": we say what we
 * want to know, and offer a choice in it, as a question would. Only with the choice: "gostaríamos de
 * saber se pretende uma cópia" beside "Podemos avançar?" is an offer a yes may not take.
 */
const WANT_TO_KNOW =
  /(?<![\p{L}])(?:we (?:would like|need|want|wish) to know|we['’]d like to know|desideriamo sapere|vorremmo sapere|abbiamo bisogno di sapere|ci serve sapere|quisiéramos saber|queremos saber|necesitamos saber|nos gustaría saber|nous souhaitons savoir|nous voudrions savoir|nous aimerions savoir|nous avons besoin de savoir|gostaríamos de saber|precisamos (?:de )?saber|(?:we|wij) (?:willen|zouden) graag weten|(?:we|wij) willen weten)(?: \p{L}+){0,2},? (?:whether|if|se|si|of)(?![\p{L}])/iu;
const INDIRECT_QUESTION =
  /(?<![\p{L}])(?:(?:let us know|tell us|inform us|advise us|confirm(?: to us)?|indicate|specify|clarify)(?: \p{L}+){0,2},? (?:whether|if)|(?:mit|Bescheid|wissen|an),? ob|(?:indíquenos|díganos|confírmenos|indícanos|dinos|háganos saber|haznos saber|comuníquenos|indicarnos|confirmarnos|nos indique|nos indica|nos diga|nos confirme|nos comunique|especificar|especifique|especifíquenos|aclarar|aclárenos|precisar|precise)(?: \p{L}+){0,2},? si|(?:indiquer|indiquez-nous|dites-nous|précisez-nous|préciser|faire savoir|faites-nous savoir|confirmer|confirmez-nous)(?: \p{L}+){0,2},? si|(?:fateci sapere|facci sapere|farci sapere|ci faccia sapere|indicateci|ci indichi|comunicateci|ci comunichi|confermateci|ci confermi|indicarci|comunicarci|specificare|precisare|specificarci|precisarci|indicare)(?: \p{L}+){0,2},? se|(?:diga-nos|indique-nos|informe-nos|confirme-nos|nos diga|nos informe|nos indique|nos confirme|indicar-nos|informar-nos|especificar|especifique|esclarecer|esclareça)(?: \p{L}+){0,2},? se|(?:laat (?:ons|u ons|het ons) (?:\p{L}+ )?weten|(?:ons|mij|me) (?:\p{L}+ )?laten weten|geef (?:\p{L}+ )?(?:aan|door)|bevestig (?:\p{L}+ )?),? of)(?![\p{L}])/iu;
// German ordinal dates end no sentence: "die am 2. März beantragte Löschung".
const SENTENCE_END = /(?<=[.!?])(?<!(?<![\d])\d{1,2}\.)\s+(?=[\p{Lu}¿¡"“„«])/u;
/** Only the last questions of the quoted mail are the ones a yes answers. */
const QUESTIONS_READ = 2;
/**
 * "…, or only …?": a question offering a choice, which a bare yes does not make. Dutch "of" after a
 * comma, with a verb of the second option ("…, of wil je daarnaast …?"), is "or", not "whether".
 */
const CHOICE = /(?<![\p{L}])(?:or|oder|ou|oppure|ó)(?![\p{L}])|(?<![\p{L}])of (?:alleen|enkel|juist|liever|ook)(?![\p{L}])|,\s*of (?:wil|wilt|wenst|moeten|zullen|mogen|kunnen|daarnaast)(?![\p{L}])/iu;
/** Spanish and Italian "o" is "or"; Portuguese "o" is "the" ("Confirma que pretende o apagamento …?"). */
const O_AS_OR = /(?<![\p{L}'’])o(?![\p{L}'’])/iu;
/**
 * A name or a quotation inside the question ("a "Do Not Sell or Share" request", "(delete or
 * export)") is not the question's own choice.
 */
const QUOTED_OR_BRACKETED = /"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|\([^)]*\)/gu;

/** The question offers a choice between things ("delete it, or only stop the mail?"). */
export function isChoice(question: string): boolean {
  const own = question.replace(QUOTED_OR_BRACKETED, ' ');
  return CHOICE.test(own) || (O_AS_OR.test(own) && detectLanguage(own).language !== 'pt');
}
/** A question that offers to act or asks what the person wants: "shall we", "möchten Sie", "souhaitez-vous". */
export const OFFER =
  /(?<![\p{L}])(?:(?:do|would) you (?:also )?(?:want|like|wish)|(?:whether|if) you(?: would|['’]d)? (?:also )?(?:like|want|wish|prefer)|(?:shall|should|may|can) we|want us to|would you like|(?:möchten|wollen|wünschen) Sie|möchtest du|willst du|(?:sollen|dürfen|können) wir|souhaitez|voulez|désirez|(?:devons|pouvons)-nous|faut-il|(?:desea|desean|quiere|quieren|prefiere|deseas|quieres)|(?:debemos|podemos)|(?:vuole|vuoi|desidera|desideri|preferisce)|(?:dobbiamo|possiamo)|(?:deseja|desejas|quer|queres|pretende|pretendes|prefere)|(?:devemos|podemos)|(?:wilt|wil|wenst|wens) (?:u|je|jij)|(?:zullen|moeten|mogen|kunnen) we|(?:do|can|could) you (?:please )?confirm|please confirm|confirmez-vous|vous confirmez|pouvez-vous (?:nous )?confirmer|confirmes-tu|tu (?:nous )?confirmes|peux-tu (?:nous )?confirmer|(?:veux|souhaites|désires)-tu|tu (?:veux|souhaites|désires)|(?:bestätigen|bestätigst) (?:Sie|du)|können Sie (?:uns )?bestätigen|(?:nos |me )?confirma(?:s|n)?|puede(?:s)? confirmar|confermi|conferma|può confermare|pode(?:s)? confirmar|bevestigt u|bevestig je|kunt u (?:ons )?bevestigen|(?:kun|kan) (?:je|jij) (?:ons )?bevestigen|(?:u|je|jij) (?:wilt|wil) dat we|(?:do|would) you (?:agree|consent|accept)|are you happy (?:for us )?to|acceptez-vous|êtes-vous d'accord|(?:akzeptieren|erlauben) Sie|sind Sie (?:damit )?einverstanden|(?:nos )?(?:acepta|aceptas|autoriza|autorizas)|está(?:s)? de acuerdo|(?:accetta|acconsente|autorizza)|è d'accordo|(?:aceita|autoriza|concorda)|gaat u akkoord|vindt u het goed|geeft u toestemming|is it (?:right|correct|true) that you (?:want|would like|wish))(?![\p{L}])/iu;
/**
 * "Pouvez-vous confirmer être à l'origine de la demande ?", "was it you who asked for the deletion?":
 * a check of who asked, not an offer. A yes there confirms a fact (the case's identity checks take
 * it up) and asks for nothing new.
 */
const WHO_ASKED =
  /(?<![\p{L}])(?:à l'origine|c'est bien vous|est-ce (?:bien )?vous|that you (?:made|sent|submitted|filed)|(?:it was|was it|is it) you|you who|Sie selbst|waren Sie (?:das|es)|usted (?:mism[oa] )?quien|fue usted|(?:sei|è) stat[oa] (?:tu|lei)|(?:é|foi) (?:você|o senhor|a senhora)(?: mesm[oa])?(?: que| quem)|(?:bent|was) u (?:het )?zelf|ben jij het|was jij het)(?![\p{L}])/iu;

/**
 * "Votre demande de suppression est-elle toujours d'actualité ?", "do you still want a copy?": the
 * team asks whether the request stands. A yes renews it; a no withdraws it.
 */
const STILL_WANTED =
  /(?<![\p{L}])(?:still (?:want|wish|need|like|require|current|valid|relevant|stand|open)|toujours (?:d'actualité|d’actualité|valable|souhait\p{L}*|voulu\p{L}*)|(?:noch|weiterhin) (?:aktuell|gewünscht|gültig|erwünscht|bestehen)|(?:sigue|continúa) (?:vigente|en pie|siendo válid[oa]|interesad[oa])|(?:aún|todavía) (?:desea|quiere|deseas|quieres|necesita|es válid[oa]|está vigente)|ancora (?:valid[ao]|attuale|d'attualità|interessat[oa]|desidera|vuole|vuoi)|ainda (?:válid[oa]|pretende|deseja|quer|está de pé|é válid[oa])|nog (?:steeds |altijd )?(?:actueel|geldig|van toepassing|gewenst)|(?:wilt|wil) (?:u|je) (?:nog steeds|nog altijd|nog))(?![\p{L}])/iu;

/**
 * "Ci conferma che l'indirizzo email … è proprio questo?", "can you confirm your phone number is still
 * correct?": a check of a fact on file, which a yes confirms without asking for anything.
 */
const FACT_CHECK =
  /(?:confirm|conferm|confirme|confirma|bestätig|bevestig)\p{L}*[^?]{0,120}?(?<![\p{L}])(?:is|è|es|est|ist|é|está)(?: (?:proprio|bien|ancora|still|noch|todavía|ainda|nog|really|indeed|wirklich|realmente|davvero|mesmo))? (?:questo|questa|this|correct|corrett[oa]|correct[oa]|corret[oa]|korrekt|richtig|juist|exacte?|esatt[oa]|exat[oa]|valid|válid[oa]|valide|gültig|geldig|aktuell|up to date|à jour|attuale|actualizad[oa]|atualizad[oa]|actueel|right)(?![\p{L}])/iu;

/** "Bedoel je dat wij moeten stoppen met …?", "Do you mean we should stop …?": what the team understood, put to the person. */
const MEANT = /(?<![\p{L}])(?:do you mean (?:that )?(?:we|us)|(?:bedoel|bedoelt) (?:je|u) dat|meinen Sie,? dass|(?:quiere|quieres) decir que|voulez-vous dire que|(?:intende|intendi) dire che|(?:quer|queres) dizer que)(?![\p{L}])/iu;
/** An offer to act or a question of what the person wants, not a check of who asked or of a fact. */
export function isOffer(question: string): boolean {
  return (OFFER.test(question) || FINE_BY_YOU.test(question) || STILL_WANTED.test(question) || CONFIRM_REQUEST.test(question) || MEANT.test(question)) && !WHO_ASKED.test(question) && !FACT_CHECK.test(question);
}

/** Offers a yes can accept; a yes to "is your complaint resolved?" files no complaint. */
export const OFFERED: readonly Exclude<Label, 'other'>[] = ['opt_out', 'disclosure', 'deletion', 'correction', 'child_data'];

/** "Yes, please delete everything": an answer that says what it wants itself is read as written. */
export function answerSaysItself(body: string): boolean {
  const own = scoreSegments([{ text: body, where: 'body' }]);
  return OFFERED.some((label) => own[label].score > 0);
}

/** Compares positions, either of which may be unknown (Infinity). */
function earlier(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * What the rules read offered in questions put in the person's words, a child's data first, then the
 * strongest, then the one the question names first. Options chosen together (`byStake`: "both",
 * "everything") lead with what is most at stake for the person, as a verdict's primary does
 * ("unsubscribe, or also delete your account?" answered "both" is a deletion first).
 */
export function offeredIn(asTheirs: readonly string[], byStake = false): Exclude<Label, 'other'>[] {
  const scores = scoreSegments(asTheirs.map((question) => ({ text: question, where: 'body' as const })));
  const joined = asTheirs.join('\n').toLowerCase();
  const firstNamed = (label: Exclude<Label, 'other'>): number => Math.min(...scores[label].hits.map((hit) => joined.indexOf(hit.phrase.toLowerCase())).map((at) => (at < 0 ? Infinity : at)));
  const stronger = (a: Exclude<Label, 'other'>, b: Exclude<Label, 'other'>): number => scores[b].score - scores[a].score;
  const named = (a: Exclude<Label, 'other'>, b: Exclude<Label, 'other'>): number => earlier(firstNamed(a), firstNamed(b));
  return OFFERED.filter((label) => scores[label].score > 0).sort((a, b) => (a === 'child_data' ? -1 : b === 'child_data' ? 1 : byStake ? PRIMARY_ORDER.indexOf(a) - PRIMARY_ORDER.indexOf(b) : stronger(a, b) || named(a, b)));
}

/** A line of quoted mail without its ">" marks. */
export function unquoted(line: string): string {
  return line.replace(/^(?:[ \t]*>)+[ \t]?/u, '').trim();
}

/**
 * The answer's first line when the new text is a short answer that `opens` accepts, with at most a
 * sign-off and a name under it (no further question); null when it is a letter.
 */
export function bareAnswer(body: string, opens: (first: string) => boolean, remarkAllowed = false): string | null {
  const lines = body.split('\n').map((text) => text.trim()).filter((text) => text !== '');
  // "Sehr geehrte Frau Neumann," above the answer greets; it answers nothing.
  if (lines.length > 1 && isGreetingLine(lines[0] ?? '')) lines.shift();
  const [line, ...signed] = lines;
  if (line === undefined) return null;
  const below = underSignOffDropped(signed);
  // "Pode prosseguir. Estou ciente de que vou perder o cashback acumulado.": a yes, then a remark on its
  // line. Only for a yes: after a no ("Nein. Weder für Studien noch für Werbung.") the rest says what.
  const [first = '', ...others] = remarkAllowed && line.length > MAX_ANSWER_CHARS ? line.split(/(?<=[.!])\s+/u) : [line];
  const remark = others.join(' ');
  if (first.length > MAX_ANSWER_CHARS || remark.length > MAX_REMARK_CHARS || remark.includes('?') || !opens(first)) return null;
  return below.length <= MAX_TAIL_LINES && below.every((text) => text.length <= MAX_TAIL_LINE_CHARS && !text.includes('?')) ? first : null;
}

/** A greeting on its own line: "Dear Ms Neumann,", "Sehr geehrte Frau Neumann,", "Hola Marta:". */
function isGreetingLine(line: string): boolean {
  return GREETING.test(line) && /[,:!]$/u.test(line) && line.length <= MAX_TAIL_LINE_CHARS + 20;
}

/**
 * Under a closing ("Mit freundlichen Grüßen", "Kind regards") come the sender's name, title, company
 * and register line: a signature, however long, unless a postscript or a question follows.
 */
function underSignOffDropped(lines: readonly string[]): string[] {
  const closing = lines.findIndex((text) => CLOSING_LINE.test(text));
  if (closing < 0) return [...lines];
  const signature = lines.slice(closing + 1);
  return signature.some((text) => POSTSCRIPT.test(text) || text.includes('?')) ? [...lines] : lines.slice(0, closing + 1);
}

/** The questions of the mail quoted under the answer, the last ones first in mind. */
export function quotedQuestions(mail: InboundMail): string[] {
  // "Please confirm that you'd like us to stop sharing your data." asks as much as a question does.
  const sentences = quotedSentences(mail).flatMap(
    (sentence) => sentence.match(/^.*\?/u) ?? (CONFIRM_REQUEST.test(sentence) || ASKS_FOR_YES.test(sentence) || INDIRECT_QUESTION.test(sentence) || (WANT_TO_KNOW.test(sentence) && isChoice(sentence)) ? [sentence] : []),
  );
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 10).slice(-QUESTIONS_READ);
}

/**
 * The person typed their answers between the quoted lines ("> Do you want us to delete your
 * account?" / "Yes" / "> Would you like a copy first?" / "No"): each answers the question above it
 * (inline-yes.ts), not the last questions of the quoted mail.
 */
export function answersInline(mail: InboundMail): boolean {
  const lines = mail.text.replace(/\r\n/g, '\n').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const firstQuoted = lines.findIndex((line) => line.startsWith('>'));
  const lastQuoted = lines.findLastIndex((line) => line.startsWith('>'));
  return firstQuoted >= 0 && lines.slice(firstQuoted + 1, lastQuoted).some((line) => !line.startsWith('>'));
}

/** The quoted mail's sentences, in order, without its header lines and rules. */
export function quotedSentences(mail: InboundMail): string[] {
  const full = mail.text.replace(/\r\n/g, '\n');
  const newText = mail.newText.replace(/\r\n/g, '\n').trim();
  const quoted = newText !== '' && full.includes(newText) ? full.replace(newText, '\n') : full;
  const lines = withoutWrappedAttributions(quoted.split('\n').map(unquoted))
    .filter((line) => line !== '' && !QUOTED_HEADER.test(line) && !/^[_\-=*]{4,}$/u.test(line));
  // A sentence ends where the next one starts with a capital: "etc.)?" and "Dr. Roth" end none.
  return lines.join(' ').split(SENTENCE_END);
}

/** "Can we proceed?", "Podemos prosseguir?", "Dürfen wir fortfahren?": a question to go on that names nothing itself. */
const GO_ON_ONLY =
  /^[¿¡"“«\s]*(?:[\p{L}'’-]+,? ){0,5}?(?:(?:can|may|shall) we (?:go ahead|proceed|continue|start|begin|get started)|(?:want|wish|like) us to (?:go ahead|proceed|continue)|que (?:procedamos|continuemos|sigamos adelante|prossigamos|avancemos|nous (?:procédions|poursuivions|continuions))|dass wir (?:fortfahren|weitermachen)(?: sollen| dürfen| können)?|che (?:procediamo|procediate|andiamo avanti|proseguiamo)|dat (?:we|wij) (?:doorgaan|verdergaan|verder gaan)|(?:podemos|posso) (?:prosseguir|avançar|continuar|proceder|seguir adelante|seguir)|(?:pouvons|pouvons-nous|peut-on) (?:procéder|continuer|poursuivre)|(?:dürfen|können|sollen) wir (?:fortfahren|weitermachen|so verfahren|loslegen|anfangen|beginnen|starten)|(?:procedemos|seguimos adelante|avanzamos|prosseguimos|avançamos|procediamo|on y va|on procède)|(?:possiamo|posso) (?:procedere|andare avanti|proseguire)|(?:mogen|kunnen|zullen) we (?:doorgaan|verder gaan|verdergaan|beginnen|starten)|gaan we (?:door|verder|ervoor))\s*\?$/iu;

/**
 * "We can send the file as an encrypted ZIP. Is that OK?", "Cela vous convient-il ?", "¿Le parece
 * bien?": the team asks consent to what it just proposed; the proposal and the sentence before it
 * say what a yes accepts.
 */
const FINE_BY_YOU =
  /(?:^|[.;:!?,]\s*)(?:is (?:that|this) (?:ok(?:ay)?|alright|all right|fine|acceptable|convenient)(?: (?:for|with) you)?|would (?:that|this) (?:be )?(?:ok(?:ay)?|alright|all right|fine|acceptable)(?: (?:for|with) you)?|does (?:that|this) (?:work|suit)(?: for)?(?: you)?|(?:est-ce que )?(?:cela|ça) vous (?:convient|va)(?:-t-il)?|(?:cela|ça) vous convient-il|(?:le|te|les) (?:parece|viene) bien|(?:está|estás) de acuerdo|ist (?:das|dies) (?:für Sie )?(?:ok(?:ay)?|in Ordnung|recht)|passt (?:Ihnen )?das|(?:le|ti|vi) va bene|va bene(?: per lei| per te)?|(?:pode|podemos) ser assim|(?:está|tudo) bem(?: para si| para você| assim)?|(?:is|vindt u|vind je) dat (?:goed|oké|ok|akkoord)|akkoord)\s*\?\s*$/iu;

/** The quoted sentence just before the question, or '' when it opens the quoted mail. */
export function sentenceBefore(mail: InboundMail, question: string): string {
  const sentences = quotedSentences(mail).map((sentence) => sentence.trim());
  const at = sentences.findIndex((sentence) => sentence.includes(question));
  return at > 0 ? (sentences[at - 1] ?? '') : '';
}

/** The question with the quoted sentence (or `count` sentences) just before it, which may say what "can we go ahead?" is about. */
export function withSentenceBefore(mail: InboundMail, question: string, count = 1): string {
  if (count > 1) {
    const sentences = quotedSentences(mail).map((sentence) => sentence.trim());
    const at = sentences.findIndex((sentence) => sentence.includes(question));
    return at > 0 ? [...sentences.slice(Math.max(0, at - count), at), question].join(' ') : question;
  }
  const before = sentenceBefore(mail, question);
  return before === '' ? question : `${before} ${question}`;
}

/** The question's "your" as the person's "my": the rules read a request in the requester's words. */
const POSSESSIVES: ReadonlyMap<string, string> = new Map([
  ['your', 'my'], ['yours', 'mine'],
  ['ihre', 'meine'], ['ihren', 'meinen'], ['ihrer', 'meiner'], ['ihrem', 'meinem'], ['ihres', 'meines'], ['ihr', 'mein'], ['deine', 'meine'], ['deinen', 'meinen'], ['dein', 'mein'],
  ['uw', 'mijn'], ['jouw', 'mijn'], ['je', 'mijn'],
  ['votre', 'mon'], ['vos', 'mes'], ['ton', 'mon'], ['ta', 'ma'], ['tes', 'mes'],
  ['su', 'mi'], ['sus', 'mis'], ['tu', 'mi'], ['tus', 'mis'],
  ['suo', 'mio'], ['sua', 'mia'], ['suoi', 'miei'], ['sue', 'mie'], ['tuo', 'mio'], ['tua', 'mia'],
  ['seu', 'meu'], ['seus', 'meus'], ['suas', 'minhas'], ['teu', 'meu'], ['teus', 'meus'],
]);
const POSSESSIVE_WORD = new RegExp(`(?<![\\p{L}])(?:${[...POSSESSIVES.keys()].join('|')})(?![\\p{L}])`, 'giu');

/** Portuguese "sua" is "minha" where Italian "sua" is "mia". */
const PORTUGUESE_POSSESSIVES: ReadonlyMap<string, string> = new Map([['sua', 'minha'], ['suas', 'minhas'], ['seu', 'meu'], ['seus', 'meus']]);

/**
 * The team's "that we erase it" as the verb the person would ask with: "¿quiere que eliminemos su
 * cuenta?", "voulez-vous que nous supprimions…", "vuole che cancelliamo…", "quer que apaguemos…" name
 * the request in the first person plural (the subjunctive in es, fr and pt), which the rules, written
 * for the person's "eliminar mi cuenta", do not read. German and Dutch keep the infinitive.
 */
const WE_FORMS: ReadonlyMap<string, string> = new Map([
  ['eliminemos', 'eliminar'], ['borremos', 'borrar'], ['suprimamos', 'suprimir'], ['cancelemos', 'cancelar'], ['rectifiquemos', 'rectificar'],
  ['actualicemos', 'actualizar'], ['modifiquemos', 'modificar'], ['apaguemos', 'apagar'], ['excluamos', 'excluir'], ['removamos', 'remover'],
  ['retifiquemos', 'retificar'], ['atualizemos', 'atualizar'], ['corrijamos', 'corregir'],
  ['supprimions', 'supprimer'], ['effacions', 'effacer'], ['corrigions', 'corriger'], ['rectifiions', 'rectifier'], ['modifiions', 'modifier'],
  ['dejemos', 'dejar'], ['deixemos', 'deixar'], ['cessions', 'cesser'], ['smettiamo', 'smettete'],
  ['cancelliamo', 'cancellare'], ['eliminiamo', 'eliminare'], ['rimuoviamo', 'rimuovere'], ['correggiamo', 'correggere'], ['rettifichiamo', 'rettificare'], ['aggiorniamo', 'aggiornare'],
]);
const WE_FORM_WORD = new RegExp(`(?<![\\p{L}])(?:${[...WE_FORMS.keys()].join('|')})(?![\\p{L}])`, 'giu');

/** Dutch "je" is "you" before a verb, an adverb or an article ("Wil je ook weten …?", "Wil je de …"), and "your" only before a noun. */
const DUTCH_SUBJECT_JE =
  /^ (?:ook|nog|niet|dat|de|het|een|je|jouw|uw|mij|me|ons|graag|er|zelf|wel|al|dan|nu|misschien|toch|alleen|meer|hier|daar|liever|verder|echt|deze|die|dit|zeker|wil|wilt|kunt|kan|hebt|heb|bent|moet|mag|zou|zal|weet|ontvangt|krijgt|akkoord|bezwaar|inzage|toegang)(?![\p{L}])/iu;

export function inFirstPerson(question: string): string {
  const portuguese = detectLanguage(question).language === 'pt';
  const asked = question.replace(WE_FORM_WORD, (word) =>
    matchingCase(word, word.toLowerCase() === 'corrijamos' && portuguese ? 'corrigir' : (WE_FORMS.get(word.toLowerCase()) ?? word)),
  );
  return asked.replace(POSSESSIVE_WORD, (word, at: number) => {
    if (word.toLowerCase() === 'je' && DUTCH_SUBJECT_JE.test(asked.slice(at + word.length))) return word;
    return matchingCase(word, (portuguese ? PORTUGUESE_POSSESSIVES.get(word.toLowerCase()) : undefined) ?? POSSESSIVES.get(word.toLowerCase()) ?? word);
  });
}

/** `replacement`, capitalised when `word` was, so "Your" becomes "My". */
function matchingCase(word: string, replacement: string): string {
  return word[0] === word[0]?.toUpperCase() ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement;
}

/** A bare yes to an offer, with what the rules read offered, or null when the mail is not one. */
export function yesToQuestion(mail: InboundMail, text: MessageText): YesAnswer | null {
  if (text.isReply !== true || answersInline(mail) || bareAnswer(text.body, (first) => AFFIRMATIVE.test(first), true) === null) return null;
  if (answerSaysItself(text.body)) return null;
  const questions = quotedQuestions(mail);
  // "Delete your account, or only stop the marketing?": a yes to a choice chooses nothing.
  // "Did you send us a deletion request?" asks a fact; a yes confirms it and asks nothing new.
  const offers = questions.filter(isOffer);
  if (offers.length === 0 || questions.some(isChoice)) return null;
  if (offers.every((question) => keepGoingOffered(question) !== null)) return { labels: [], question: questions.join(' ').slice(0, 160), asTheirs: '', keeps: true };
  // "Podemos prosseguir?" names nothing; the sentence before it says what ("Antes de excluirmos sua conta, …").
  // "Your copy is ready. We will send it as an encrypted PDF. Is that OK?": the proposal, and what it sends, before it.
  const asTheirs = questions
    .map((question) => (GO_ON_ONLY.test(question) ? withSentenceBefore(mail, question, 2) : FINE_BY_YOU.test(question) ? withSentenceBefore(mail, question, 2) : question))
    .map(inFirstPerson);
  const labels = offeredIn(asTheirs);
  // "Can we close your request?" offering nothing else: a yes lets it close.
  if (labels.length === 0 && offers.every(closingOffered)) return { labels: [], question: questions.join(' ').slice(0, 160), asTheirs: '', keeps: true };
  return { labels, question: questions.join(' ').slice(0, 160), asTheirs: asTheirs.join('\n') };
}
