import type { InboundMail, Label } from '../../types.js';
import { GREETING } from './automated-units.js';
import { answeredQuestions } from './inline-yes.js';
import { ERASING_STEMS } from './lexicon/erasing.js';
import type { MessageText } from './message-text.js';
import { NEGATIVE } from './no-answer.js';
import { numberedOptionChosen } from './numbered-option.js';
import { answersInline, answerSaysItself, bareAnswer, inFirstPerson, isChoice, offeredIn, quotedQuestions, sentenceBefore, withSentenceBefore, type YesAnswer } from './yes-answer.js';

/** Quote marks, and a yes before the choice ("Ja, alles.", "Yes, both"). */
const YES_WORD = String.raw`(?:yes|yeah|yep|ja|jawohl|oui|s[ií]|sì|sim)`;
/**
 * "Pode excluir os dois", "You can delete both", "Vous pouvez supprimer les deux": leave to do it, and
 * the verb; not leave to keep ("You can keep both", "Pode manter os dois"), which turns the offer down.
 */
const KEEPING = String.raw`(?:keep|retain|leave|behalten|lassen|aufbewahren|guardar|conservar|mantener|manter|deixar|garder|conserver|laisser|tenere|conservare|lasciare|mantenere|houden|bewaren|laten)(?![\p{L}])`;
const PERMISSION = String.raw`(?:pode|podem|podes|puede|pueden|puedes|podéis|vous pouvez|tu peux|potete|può|puoi|Sie können|du kannst|you can|you may|go ahead and|je mag|u mag|je kunt|u kunt|jullie mogen)\s+(?!${KEEPING})\p{L}+\s+`;
const ANSWER_OPENING = String.raw`[\s"'“„«]*(?:${YES_WORD}[,!.]?\s+)?(?:${PERMISSION})?`;

/**
 * "Both." ("Ja, alles.") under "Does your objection concern the SMS, the e-mails, or both?", "the app one" under
 * "which account does your request relate to?": the person picks among what their own request
 * covers. The team asked to narrow the request, not whether to make it, so the answer keeps it: it
 * asks what the question is about ("your objection to marketing" is an opt-out).
 */
const CHOICE_WORDS = new RegExp(`^${ANSWER_OPENING}(?:(?:to|for|a|à|aux|für|voor|per|para|por|de|van|von) )?(?:both|all of (?:them|it)|everything|the (?:first|second|last|\\p{L}+) one|beide[ns]?|alle(?:s)?|die erste|die zweite|ambos|ambas|los dos|las dos|todos|todas|les deux|tous les deux|toutes les deux|tout|entrambi|entrambe|tutti e due|tutte e due|tutto|tutti|os dois|as duas|allebei|alle twee)(?![\\p{L}])`, 'iu');
/** "Which one…?", "welche…?", "¿cuál…?", "lequel…?", "quale…?", "qual…?", "welke…?": a question that asks to choose. */
const WHICH = /(?<![\p{L}])(?:which|welche[nrms]?|cu[aá]l(?:es)?|lequel|laquelle|lesquel(?:le)?s|quel(?:le)?s?|qual[ei]?|welke|welk)(?![\p{L}])/iu;
/** Dutch "of" is also "whether", so a Dutch choice shows in its last option: "…, de e-mails of allebei?". */
const OR_BOTH = /(?<![\p{L}])(?:of|or|oder|ou|o) (?:(?:a|à|to|de|van|voor) )?(?:allebei|alle twee|beide|both|ambos|ambas|les deux|entrambi|os dois)(?![\p{L}])/iu;
/** The person's request, what it is about (their account, data, records), or what it asks done with them. */
const ABOUT_THE_REQUEST =
  /(?<![\p{L}])(?:request|objection|opt-?out|account|data|records?|profile|details|number|address|Antrag|Anfrage|Widerspruch|Konto|Daten|Akte|Profil|Nummer|Adresse|demande|opposition|compte|données|dossier|profil|numéro|adresse|solicitud|oposición|cuenta|datos|historia|perfil|número|dirección|richiesta|opposizione|dati|cartella|profilo|numero|indirizzo|pedido|oposição|conta|dados|cadastro|ficha|morada|endereço|verzoek|bezwaar|gegevens|profiel|nummer|adres)(?![\p{L}])|(?<![\p{L}])(?<!(?:our|nos|notre|unsere?|nuestras?|nostre|nossas?|onze) )(?:information|informations?|informaci[oó]n|informazioni|informaç(?:ão|ões)|informatie|Informationen)(?![\p{L}])|(?<![\p{L}])(?:access|copy|overview|summary|export|Auskunft|Kopie|Übersicht|acceso|copia|resumen|accès|copie|récapitulatif|accesso|riepilogo|acesso|cópia|resumo|inzage|kopie|afschrift|overzicht|uitdraai)(?![\p{L}])|(?:gegevens|daten)(?![\p{L}])|(?<![\p{L}])(?:daten|gegevens)(?:kopie|auszug|export|overzicht|uitdraai)|auskunft(?![\p{L}])|(?<![\p{L}])(?:inzage|auskunfts?)(?=verzoek|aanvraag|antrag|ersuchen|anfrage)|(?<![\p{L}])(?:delet|eras|remov|correct|fix|l(?:ö|oe)sch|entfern|berichtig|korrigier|supprim|effac|corrig|rectifi|borr|elimin|suprim|cancell|apag|exclu|verwijder|wis|verbeter)\p{L}*/iu;

/** "Both, thanks", "les deux svp": a choice and at most a few words; more is a letter. */
const MAX_WORDS = 6;

/**
 * "…, or only yours?", "… oder nur …?": a choice between more and only part of the request. A bare no
 * to it turns down the more and keeps the part ("nee" under "Wil je dat we dat account ook
 * verwijderen, of alleen dat van jou?").
 */
const OR_ONLY = /(?<![\p{L}])(?:or|oder|ou|o|of) (?:(?:wil|wilt) (?:je|u) |would you (?:rather|prefer) (?:we )?|do you (?:want|prefer) (?:us to )?)?(?:just|only|alleen|enkel|nur|lediglich|seulement|uniquement|juste|solo|sólo|solamente|soltanto|unicamente|apenas|só)(?![\p{L}])/iu;

/**
 * "Par mail, c'est plus simple", "Por correo electrónico, por favor", "bitte per E-Mail, aber
 * verschlüsselt", "Hola, sí, por correo electrónico" under "par courrier postal ou par e-mail ?": the
 * person picks how the answer reaches them, which keeps the request the question is about (a copy of
 * their data is an access request).
 */
const CHANNEL =
  /^[\s"'“„«]*(?:(?:hola|hi|hello|bonjour|hallo|ciao|olá|oi|hoi|buenas|buongiorno|bom dia|boa tarde|guten tag)[,!]?\s+)?(?:(?:sí|si|yes|oui|ja|sim)[,!.]?\s+)?(?:(?:bitte|please|graag|svp|por favor|per favore|s['’]il vous plaît)[,]?\s+)?(?:(?:per|por|via|par|by|in|en|em|op|pelo|pela|com|su|sur|auf|as|als)\s+)?(?:(?:the|la|le|el|il|o|a|de|het|een|un|una|une|um|uma)\s+)?(?:e-?mail|mail|correo(?: electrónico| postal)?|courriel|courrier(?: postal)?|post|posta|correio(?: eletrónico| eletrônico| postal)?|brief|pdf|(?:suporte|formato|format|forma|versión|versão|versione|formaat) (?:digital|electrónico|eletrónico|eletrônico|électronique|elettronico|digitale|elektronisch|papel|papier|cartaceo|cartacea)|papel|papier|paper|Papierform|cartaceo|digital(?:e|mente)?|electr[oó]nic[oa]|eletr[oô]nic[oa]|électronique|elettronic[oa]|elektronisch)(?![\p{L}])/iu;
/**
 * "Dale, mandámelo por mail nomás", "Gerne per Post an die bekannte Adresse", "oui svp envoyez-le par
 * courriel", "Tramite PEC, all'indirizzo …": the way named further into a short answer, after its verb.
 */
const CHANNEL_NAMED =
  /(?<![\p{L}])(?:per|por|via|par|by|pelo|pela|tramite|mediante|through|com|con|als|as)\s+(?:(?:the|la|le|el|il|o|a|de|het|een|un|una|une|um|uma|e)\s+)?(?:e-?mail|mail|correo(?: electrónico| postal)?|courriel|courrier(?: postal)?|post|posta|correio(?: eletrónico| eletrônico| postal)?|brief|pdf|pec|raccomandata|einschreiben|lettre recommandée|recommandé|registered (?:mail|post|letter)|certified mail|carta certificada|carta registada|aangetekend)(?![\p{L}])/iu;
/** The question offers to send something: "¿Preferís que te la enviemos …?", "Préférez-vous recevoir …?". */
const SENDING =
  /(?<![\p{L}])(?:send|sent|receive|deliver|envi|mand|recib|recev|ricev|invi|spedi|receb|ontvang|stur|verstu|zusend|zuschick|schick|erhalt|übermittel|übersend|transmet|expédi|trasmett)\p{L}*/iu;
/** The answer opens with a yes: "Oui par courrier", "Ja, per Post bitte". */
const YES_FIRST = new RegExp(String.raw`^[\s"'“„«]*${YES_WORD}(?![\p{L}])`, 'iu');
/** A short answer, its reason included ("ich habe zu Hause keinen Drucker"): more is a letter of its own. */
const MAX_NAMED_CHANNEL_WORDS = 30;
/** The ways to send something a question offers. */
const CHANNEL_OFFERED =
  /(?<![\p{L}])(?:papel|papier|paper|cartaceo|cartacea|digital|digitale|electrónico|eletrónico|eletrônico|électronique|elettronico|elektronisch|e-?mail|mail|correo|courriel|courrier|post|posta|correio|brief|letter|lettre|carta|pec|raccomandata|einschreiben|recommandée?|registered|certified|certificada|registada|aangetekend)(?![\p{L}])/giu;
/**
 * The question offers a choice of ways: "by post or by e-mail?", and Dutch "per post of per e-mail?",
 * whose "of" is also "whether" and so no choice word of its own.
 */
function channelsOffered(question: string): boolean {
  const offered = new Set((question.match(CHANNEL_OFFERED) ?? []).map((word) => word.toLowerCase()));
  return (isChoice(question) && offered.size > 0) || offered.size > 1;
}
/** "Noch etwas anderes:", "Another thing:", "Otra cosa:", "Autre chose :", "Un'altra cosa", "Outra coisa", "Nog iets", "P.S.": a second matter. */
const ANOTHER_MATTER =
  /^\s*(?:noch (?:etwas|was)(?: anderes)?|außerdem|ausserdem|another thing|one more thing|also,|separately|otra cosa|además|aparte|autre chose|par ailleurs|(?:un['’])?altra cosa|inoltre|outra coisa|além disso|nog iets|verder|daarnaast|p\.?\s?s\.?)(?![\p{L}])/iu;
/** A channel answer says little more: a reason or a wish about the format, not a letter. */
const MAX_CHANNEL_WORDS = 80;

const wordCount = (text: string): number => (text.match(/\p{L}+/gu) ?? []).length;

/** The answer without a "Bonjour,", "Hallo,", "Boa tarde," on a line of its own before it. */
function withoutGreetingLine(body: string): string {
  const [first = '', ...rest] = body.trim().split('\n');
  return GREETING.test(first) ? rest.join('\n').trim() : body.trim();
}

/** "Deseja receber a confirmação da exclusão por e-mail ou SMS?": what is sent is our confirmation, not their data. */
const CONFIRMATION_SENT =
  /(?<![\p{L}])(?:confirmation|receipt|Bestätigung|Eingangsbestätigung|confirmaci[óo]n|acuse|accusé|conferma|ricevuta|confirma[çc][ãa]o|comprovante|bevestiging|ontvangstbevestiging)(?![\p{L}])/iu;

/** A way to send something, where the question names no request: it sends a copy of their data. */
function sendsCopy(question: string): boolean {
  return SENDING.test(question) && !CONFIRMATION_SENT.test(question);
}

/** A channel answer that is all the new text says ("Per e-mail graag."), or that opens a letter saying more. */
function channelChosen(mail: InboundMail, text: MessageText, saysMore: boolean): YesAnswer | null {
  const body = withoutGreetingLine(text.body);
  // Named up front: "Grüezi / Gerne per Post …"; not a channel in a list further down.
  const opening = body.split(/[.!?\n]+/u).filter((sentence) => sentence.trim() !== '').slice(0, 2).join(' ');
  // "Entrambi, se possibile" under "by registered post or by e-mail?": both ways chosen.
  const anchored = CHANNEL.test(body) || CHOICE_WORDS.test(body);
  if (!anchored && !CHANNEL_NAMED.test(opening)) return null;
  // "bitte elektronisch, … \n\nNoch etwas anderes: …": a paragraph announcing another matter makes a letter.
  const anotherMatter = body.split(/\n\s*\n/u).slice(1).some((paragraph) => ANOTHER_MATTER.test(paragraph));
  const short = wordCount(body) <= (anchored ? MAX_CHANNEL_WORDS : MAX_NAMED_CHANNEL_WORDS) && !anotherMatter && !answerSaysItself(body);
  if (short === saysMore) return null;
  // "Shall we send the copy by post or by e-mail?" may leave what is copied to the sentence before
  // ("The compilation of your data is being prepared.").
  // "Oui par courrier" under "Souhaitez-vous la recevoir par courrier ?": a yes to the one way offered chooses it.
  const yesToOneWay = YES_FIRST.test(body);
  const question = quotedQuestions(mail)
    .filter((asked) => channelsOffered(asked) || (yesToOneWay && SENDING.test(asked) && asked.search(CHANNEL_OFFERED) >= 0))
    .map((asked) => (ABOUT_THE_REQUEST.test(asked) ? asked : withSentenceBefore(mail, asked)))
    .filter((asked) => ABOUT_THE_REQUEST.test(asked))
    .at(-1);
  if (question === undefined) return null;
  const asTheirs = inFirstPerson(question);
  // "Ya tenemos lista la información que nos pediste. ¿Por correo o por carta?": what is sent to
  // them, when the rules name no request in it, is their information, which an access request asks.
  const labels = offeredIn([asTheirs]);
  return { labels: labels.length > 0 || !sendsCopy(question) ? labels : ['disclosure'], question: question.slice(0, 160), asTheirs };
}

/**
 * "Nur den Newsletter, das Konto bitte behalten!!" under "sollen wir nur den Newsletter abbestellen
 * oder auch Ihr Kundenkonto löschen?", "non juste la newletter merci" under "… supprimer votre compte,
 * ou uniquement vous désinscrire de la newsletter ?": the person names the one option they want,
 * which is what they ask. A bare no ("nee") is read by the rule for "or only" below.
 */
const ONLY_ANSWER =
  /^[\s"'“„«]*(?:(?:no|non|nein|nee|neen|não|nao)[\s,.!]+)?(?:just|only|nur|lediglich|bloß|juste|seulement|uniquement|solo|sólo|solamente|soltanto|apenas|só|alleen|enkel)(?![\p{L}])/iu;
/** The option words of a choice: "…, or only …?" splits where the choice is offered. */
const OPTION_SPLIT = /[,;]?\s+(?:or|oder|ou|o|of|ovvero|oppure)\s+/iu;
/** An answer of this many words at most, a reason or a wish included. */
const MAX_ONLY_WORDS = 30;
/** Courtesy words name no option: "nur die Werbung sperren bitte" under "… bitte bestätigen, ob … oder nur …?". */
const COURTESY = new Set(['please', 'thanks', 'bitte', 'danke', 'gracias', 'merci', 'grazie', 'obrigado', 'obrigada', 'graag', 'alsjeblieft', 'alstublieft', 'bedankt']);
const contentWords = (text: string): string[] => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !COURTESY.has(word));

/** Letters two longer words must share at their start to be one word in another form. */
const SHARED_STEM = 5;

/** The same word, allowing one letter more, less or changed in longer words ("newletter"), or another ending of one stem. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // One stem, another ending: "sperren" and "Sperrung", "löschen" and "Löschung", "cancelar" and "cancelamento".
  if (Math.min(a.length, b.length) >= 6 && a.slice(0, SHARED_STEM) === b.slice(0, SHARED_STEM)) return true;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, skip: number): string => x.slice(i + skip);
  return tail(a, 1) === tail(b, 1) || tail(a, 1) === tail(b, 0) || tail(a, 0) === tail(b, 1);
}

/**
 * The words a short only-answer names ("Nur den Newsletter, …" names "newsletter"; "Não, só a conta"
 * names "conta", after its leading no), or null when the new text is not such an answer.
 */
function onlyAnswerNames(answer: string, maxWords = MAX_ONLY_WORDS): string[] | null {
  const body = withoutGreetingLine(answer);
  if (!ONLY_ANSWER.test(body) || wordCount(body) > maxWords) return null;
  // The only-word itself names no option: "no just the newsletter" under "Just to check, … or only …?".
  return contentWords(body.replace(ONLY_ANSWER, '').split(/[,.!;:\n]/u)[0] ?? '');
}

function onlyOptionChosen(mail: InboundMail, text: MessageText): YesAnswer | null {
  const question = quotedQuestions(mail).filter((asked) => isChoice(asked)).at(-1);
  return question === undefined ? null : optionNamedIn(text.body, question);
}

/** The one option of the team's choice question an "only …" answer names, as the person's request. */
function optionNamedIn(answer: string, question: string): YesAnswer | null {
  const named = onlyAnswerNames(answer);
  if (named === null || named.length === 0) return null;
  // "Was genau sollen wir löschen: das gesamte Konto oder nur die alte E-Mail-Adresse?": what is
  // asked before the colon goes with every option.
  const colon = question.indexOf(':');
  const head = colon > 0 && !OPTION_SPLIT.test(question.slice(0, colon)) ? question.slice(0, colon + 1) : '';
  const options = question.slice(head.length).split(OPTION_SPLIT);
  const shared = options.map((option) => contentWords(option).filter((word) => named.some((answer) => sameWord(answer, word))).length);
  const best = Math.max(...shared);
  // The option named, and only one of them: "just the account" under "the account or the newsletter?".
  const byWord = best > 0 && shared.filter((count) => count === best).length === 1 ? shared.indexOf(best) : -1;
  const at = byWord >= 0 ? byWord : best === 0 ? optionOfSameKind(answer, head, options) : -1;
  if (at < 0) return null;
  const chosen = `${head} ${options[at] ?? ''}`.trim();
  const asTheirs = inFirstPerson(chosen);
  // What the chosen option itself offers, of what the whole question does: "nur die alte
  // E-Mail-Adresse" under "was sollen wir löschen: das Konto oder nur die alte E-Mail-Adresse?" names
  // an address, not a correction, and its verb is in the other option; then it is read as written.
  // An option the rules read nothing in ("nur die Abmeldung von unseren E-Mails") is left to the
  // model, as for a yes (yes-with-model.ts).
  const inOption = offeredIn([asTheirs]);
  const offered = offeredIn([inFirstPerson(question)]);
  // "uniquement votre compte de prise de rendez-vous en ligne" under "souhaitez-vous que nous
  // supprimions l'historique de vos rendez-vous, ou uniquement votre compte … ?": a record named
  // without a verb of its own takes the question's.
  const verbOfTheQuestion = inOption.length === 0 && RECORD.test(options[at] ?? '') ? offeredOrErased(inFirstPerson(question)) : [];
  const labels = verbOfTheQuestion.length > 0 ? verbOfTheQuestion : inOption.filter((label) => offered.includes(label));
  return inOption.length > 0 && labels.length === 0 ? null : { labels, question: chosen.slice(0, 160), asTheirs };
}

/** A record of the person's: their account, profile, history, file or data, not a mailing or an action ("die Abmeldung"). */
const RECORD =
  /(?<![\p{L}])(?:account|profile|history|records?|file|data|Konto|Kundenkonto|Profil|Verlauf|Historie|Daten|Akte|cuenta|perfil|historial|datos|expediente|compte|profil|historique|données|dossier|profilo|storico|dati|cartella|conta|cadastro|histórico|dados|registo|profiel|geschiedenis|gegevens)(?![\p{L}])/iu;

/** "la seconda", "the first one", "die erste Option", "la première", "a segunda", "de laatste": an option named by its place. */
const ORDINAL_ANSWER =
  /^[\s"'“„«]*(?:(?:no|non|nein|nee|não)[\s,.!]+)?(?:(?:the|die|das|der|la|le|el|lo|il|a|o|de|het)\s+)?(first|second|last|erste|zweite|letzte|primer[oa]?|segund[oa]|últim[oa]|premi(?:er|ère)|deuxième|second(?:e)?|derni(?:er|ère)|prim[oa]|second[oa]|ultim[oa]|primeir[oa]|eerste|tweede|laatste)(?![\p{L}])/iu;
const FIRST = /^(?:first|erste|primer[oa]?|premi(?:er|ère)|prim[oa]|primeir[oa]|eerste)$/iu;
const LAST = /^(?:last|letzte|últim[oa]|derni(?:er|ère)|ultim[oa]|laatste)$/iu;

/**
 * "la seconda, l'account mi serve ancora" under "vuoi che cancelliamo i tuoi dati oppure solo che
 * smettiamo di venderli?": the option at that place is what the person asks.
 */
function ordinalOptionChosen(mail: InboundMail, text: MessageText): YesAnswer | null {
  const body = withoutGreetingLine(text.body);
  const place = ORDINAL_ANSWER.exec(body)?.[1];
  if (place === undefined || wordCount(body) > MAX_ONLY_WORDS) return null;
  const question = quotedQuestions(mail).filter((asked) => isChoice(asked)).at(-1);
  if (question === undefined) return null;
  const options = question.split(OPTION_SPLIT);
  if (options.length < 2) return null;
  const chosen = FIRST.test(place) ? options[0] : LAST.test(place) ? options.at(-1) : options[1];
  const asTheirs = inFirstPerson(chosen ?? '');
  const labels = offeredIn([asTheirs]);
  return labels.length === 0 ? null : { labels, question: (chosen ?? '').slice(0, 160), asTheirs };
}

/**
 * "no just the newsletter" under "close your account entirely, or only remove you from our marketing
 * emails?": the answer names its option in other words, of the kind only that option offers.
 */
function optionOfSameKind(answer: string, head: string, options: readonly string[]): number {
  const named = offeredIn([answer]);
  if (named.length === 0) return -1;
  const matching = options.flatMap((option, at) => (offeredIn([inFirstPerson(`${head} ${option}`)]).some((label) => named.includes(label)) ? [at] : []));
  return matching.length === 1 ? (matching[0] ?? -1) : -1;
}

/** The question adds to the request: "também", "also", "auch", "ook". */
const ALSO = /(?<![\p{L}])(?:also|too|as well|auch|ebenfalls|también|aussi|également|anche|pure|também|ook|eveneens)(?![\p{L}])/iu;

/**
 * "Não, só a conta" under "Recebemos o seu pedido para eliminar a sua conta. Pretende que apaguemos
 * também o histórico de encomendas?": no to the more, and the request it adds to, named in the
 * sentence before, is kept.
 */
function onlyTheRequestKept(mail: InboundMail, text: MessageText): YesAnswer | null {
  const named = onlyAnswerNames(text.body);
  if (named === null) return null;
  const question = quotedQuestions(mail).filter((asked) => ALSO.test(asked) && !isChoice(asked)).at(-1);
  if (question === undefined || named.length === 0) return null;
  const before = sentenceBefore(mail, question);
  if (before === '' || !contentWords(before).some((word) => named.some((answer) => sameWord(answer, word)))) return null;
  const asTheirs = inFirstPerson(before);
  const labels = offeredIn([asTheirs]);
  return labels.length === 0 ? null : { labels, question: before.slice(0, 160), asTheirs };
}

const MAX_ONE_OF_ALL_WORDS = 60;

/** The question asks about all of several things: "both", "beide", "ambos", "les deux", "entrambi", "allebei", "all of them". */
const ALL_OF = /(?<![\p{L}])(?:both|all of them|all (?:two|three)|beide[ns]?|alle (?:beide|drei)|ambos|ambas|los dos|las dos|les deux|tous les deux|toutes les deux|entrambi|entrambe|tutti e due|tutte e due|os dois|as duas|allebei|alle twee|alle drie)(?![\p{L}])/iu;

/**
 * "Nein, nur das mit der Kundennummer 40 22 118" under "Wir haben zwei Kundenkonten gefunden. Sollen
 * beide gelöscht werden?": no to all of them, and the one named keeps the request the question asks.
 */
function onlyOneOfAllKept(mail: InboundMail, text: MessageText): YesAnswer | null {
  // Which one, and why not the other ("das andere benutzt meine Tochter"): a few sentences more.
  // "only the old one" names it in short words: which one is the team's to tell, the request is kept.
  if (onlyAnswerNames(text.body, MAX_ONE_OF_ALL_WORDS) === null) return null;
  const question = quotedQuestions(mail).filter((asked) => ALL_OF.test(asked) && !isChoice(asked)).at(-1);
  if (question === undefined) return null;
  const asTheirs = inFirstPerson(question);
  // "Sollen beide gelöscht werden?" names its objects in the sentence before; its verb says what.
  const labels = offeredIn([asTheirs]);
  const erased = labels.length === 0 && ERASED.test(question) ? (['deletion'] as const) : labels;
  return erased.length === 0 ? null : { labels: [...erased], question: question.slice(0, 160), asTheirs };
}

/**
 * What an offer accepted inline asks: what the rules read in it, or, when it names nothing they read
 * as personal data ("¿Quieres que eliminemos también las reseñas que publicaste?"), erasing what it names.
 */
export function offeredOrErased(offer: string): Label[] {
  const labels = offeredIn([offer]);
  return labels.length === 0 && ERASED.test(offer) ? ['deletion'] : labels;
}

/** A verb of erasing in a question: "gelöscht", "deleted", "borrar", "supprimer", "cancellati", "apagadas", "verwijderd". */
const ERASED = new RegExp(`(?<!\\p{L})(?:${ERASING_STEMS}|gelöscht)\\p{L}*`, 'iu');

/**
 * "Email is fine, thank you. While I'm writing — could you correct my surname …": the way chosen
 * keeps the access request, and the letter after it asks more, read as any letter is (index.ts adds
 * the request kept to what the rules and the model read in it).
 */
export function channelChosenInLetter(mail: InboundMail, text: MessageText): YesAnswer | null {
  if (text.isReply !== true || answersInline(mail)) return null;
  const picked = channelChosen(mail, text, true);
  return picked && picked.labels.length > 0 ? picked : null;
}

/** "POST PLEASE, I DONT USE EMAIL MUCH": a way chosen with its reason, on one line. */
const MAX_INLINE_CHANNEL_CHARS = 120;

/**
 * "POST PLEASE" typed under "> 3. Shall we send the copy by post or by email?" among answers to the
 * team's other questions: the way chosen keeps the request the copy answers, as a whole-mail channel
 * answer does (channelChosen).
 */
export function channelsChosenInline(mail: InboundMail): YesAnswer[] {
  return answeredQuestions(mail, MAX_INLINE_CHANNEL_CHARS).flatMap(({ question, answer }) => {
    if (!CHANNEL.test(answer) || !channelsOffered(question) || !ABOUT_THE_REQUEST.test(question)) return [];
    // A way to send chosen under a question that names no request sends a copy: disclosure.
    return answerKeeping(question, sendsCopy(question) ? ['disclosure'] : []);
  });
}

/**
 * "Les deux." typed under "> Souhaitez-vous la suppression de votre compte uniquement, ou également
 * de l'historique ?" among answers to the team's other questions: both options, which keep what the
 * question offers.
 */
export function choicesInline(mail: InboundMail): YesAnswer[] {
  return answeredQuestions(mail).flatMap(({ question, answer }) => {
    // "Nur die Werbung." typed under "Konto löschen oder nur die Einwilligung in Werbung widerrufen?".
    const named = isChoice(question) ? optionNamedIn(answer, question) : null;
    if (named) return named.labels.length > 0 ? [named] : [];
    if (!CHOICE_WORDS.test(answer) || !(isChoice(question) || OR_BOTH.test(question))) return [];
    return answerKeeping(question, []);
  });
}

/** An inline answer keeping what the team's question offers, read as the person's, or `otherwise`. */
function answerKeeping(question: string, otherwise: Label[]): YesAnswer[] {
  const asTheirs = inFirstPerson(question);
  const offered = offeredIn([asTheirs]);
  const labels = offered.length > 0 ? offered : otherwise;
  return labels.length > 0 ? [{ labels, question: question.slice(0, 160), asTheirs }] : [];
}

/** "Tout.", "Ja, alles.": everything, not "both". */
const EVERYTHING = new RegExp(`^${ANSWER_OPENING}(?:everything|all of it|alles|tout|tutto|todo|tudo)(?![\\p{L}])`, 'iu');

/**
 * "Oui, tout." under "la suppression complète de votre compte, ou uniquement la désinscription ?":
 * everything is the whole of the first option, which takes in the lesser one; "both" names both.
 */
function everythingOfTheFirst(answer: string, question: string): Label[] | null {
  const only = OR_ONLY.exec(question);
  if (!EVERYTHING.test(answer) || only === null) return null;
  const first = offeredIn([inFirstPerson(question.slice(0, only.index))], true);
  return first.length > 0 ? first : null;
}

export function choiceToQuestion(mail: InboundMail, text: MessageText): YesAnswer | null {
  if (text.isReply !== true || answersInline(mail)) return null;
  const picked = channelChosen(mail, text, false) ?? onlyOptionChosen(mail, text) ?? ordinalOptionChosen(mail, text) ?? numberedOptionChosen(mail, withoutGreetingLine(text.body)) ?? onlyTheRequestKept(mail, text) ?? onlyOneOfAllKept(mail, text);
  if (picked) return picked;
  const short = (line: string): boolean => !line.includes('?') && wordCount(line) <= MAX_WORDS;
  // "Entrambi, grazie. Non sono più vostra paziente da due anni.": both chosen, then a remark on its line.
  const firstSentence = (line: string): string => line.split(/(?<=[.!])\s+/u)[0] ?? '';
  const first = bareAnswer(text.body, short) ?? bareAnswer(text.body, (line) => !line.includes('?') && short(firstSentence(line)) && CHOICE_WORDS.test(line), true);
  if (first === null) return null;
  const noToMore = NEGATIVE.test(first);
  if (!noToMore && !CHOICE_WORDS.test(first)) return null;
  // "Both, and delete my account too": the answer says more, and is read as written.
  if (answerSaysItself(text.body)) return null;
  const question = quotedQuestions(mail)
    .filter((asked) => (noToMore ? OR_ONLY.test(asked) : isChoice(asked) || WHICH.test(asked) || OR_BOTH.test(asked)))
    .at(-1);
  if (question === undefined) return null;
  // "Può indicarci quale delle due opzioni preferisce?" names the options in the sentence before it.
  const own = offeredIn([inFirstPerson(question)], true);
  const withBefore = own.length > 0 ? question : withSentenceBefore(mail, question);
  const before = own.length > 0 ? [] : offeredIn([inFirstPerson(withBefore)], true);
  const asked = before.length > 0 ? withBefore : question;
  const asTheirs = inFirstPerson(asked);
  const read = everythingOfTheFirst(first, asked) ?? (before.length > 0 ? before : own);
  // "…que excluamos também o histórico de consultas ou apenas o cadastro?": erasing what it names.
  const labels: Label[] = read.length === 0 && ERASED.test(asked) ? ['deletion'] : read;
  // "You can delete both" under "shall we send you the invoices or the letters, or both?": the answer's own verb asks something else; read as written.
  const answerAsks = offeredIn([first]);
  if (answerAsks.some((label) => !labels.includes(label))) return null;
  // Labels the rules do not read in the question are left to the model, as for a yes
  // (yes-with-model.ts), when the question is about the person's request or data: "our spring
  // offers or our summer courses, or both?" narrows no request.
  if (labels.length === 0 && !ABOUT_THE_REQUEST.test(question)) return null;
  return { labels, question: asked.slice(0, 160), asTheirs };
}
