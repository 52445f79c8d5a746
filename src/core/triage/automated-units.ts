/** The sentences of a message as the content rules read them, and which of them say nothing of the sender. */

export interface Unit {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences, list items and lines ending in a comma or colon (a greeting, a heading) are units; wrapped lines
 * are joined. A period after a number is a German or Dutch date ("vom 3. bis 14. März"), and one after
 * a title ("Dr.", "Mr.") is not an end either.
 */
const UNIT_BOUNDARY = /\n[ \t]*\n\s*|(?<![\d][.])(?<!(?:Dr|Mr|Mrs|Ms|Prof|St|Nr|No|Sr|Sra|Srta|Dra|Dña|Mme|Mlle|Pr|Hr|Fr|Dhr|Mevr|Drs|Ir|Avv|Dott|Ing|Sig|Arch|Geom|Rag|Lic|Mag|Dipl|Eng|dr|mr|mrs|ms|prof|nr|no)[.])(?<=[.!?])[ \t]+|(?<=[.!?:;,])[ \t]*\n[ \t]*|\n(?=[ \t]*(?:[-*•>]|\d{1,2}[.)]|[\p{L}][\p{L} .'-]{0,25}:[ \t]))/gu;

export const GREETING =
  /^[\s*#>¡-]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hallo|guten (?:tag|morgen|abend)|sehr geehrte\p{L}*|liebe[rs]?|moin|servus|gr(?:ü|ue)ezi|gr(?:ü|ue)ess?(?:ech|di)|gr(?:ü|ue)(?:ß|ss) gott|hola|buenas|estimad[oa]s?|buen(?:os|as) (?:días|tardes|noches)|bonjour|bonsoir|coucou|salut|madame|monsieur|cher|chère|chers|ciao|salve|buongiorno|buonasera|gentil[ei]|egregi[oa]|ol[áa]|oi|bom dia|boa (?:tarde|noite)|prezad[oa]s?|exm[oa]s?\.?|car[oa]s?|beste|geachte|hoi|(?:goeden|goeie)dag|dag|goedemorgen|goedemiddag|goedenavond)(?![\p{L}])(?:[^.!?\n]{0,60}[,:!]|[^.!?,\n]{0,30}\.?)$/iu;
const THANKS_OPENER =
  /^[\s*¡]*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|guten tag|liebe[rs]?|hola|buen(?:os|as) (?:días|tardes)|bonjour|bonsoir|ciao|buongiorno|salve|ol[áa]|bom dia|boa tarde|beste|hoi|goedemorgen|goedemiddag)(?![\p{L}])[^.!?,\n]{0,30},\s*)?(?:many thanks|thanks|thank you|big thanks|huge thanks|un (?:grand|gros) merci|mille mercis|mil gracias|grazie mille|tante grazie|heel erg bedankt|dankjewel|dankuwel|vielen dank|danke|herzlichen dank|besten dank|muchas gracias|gracias|merci|grazie|obrigad[oa]|muito obrigad[oa]|hartelijk dank|bedankt|dank (?:u|je))(?![\p{L}])[^.!?\n]{0,100}[.!]?\s*$/iu;
export const FIELD_LINE =
  /^[ \t]*(?:To|An|Para|À|A|Aan|Cc|From|Von|De|Da|Van|Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp|Sent|Gesendet|Enviado|Enviada|Envoyé|Inviato|Verzonden|Date|Datum|Fecha|Data|Title|Titel|Título|Titre|Titolo|Summary|Description|Beschreibung|Descripción|Descrizione|Descrição|Omschrijving|Request|Anfrage|Solicitud|Demande|Richiesta|Solicitação|Pedido|Verzoek|Ticket|Case|Reference|Status|Priority|(?:Request|Ticket|Case) (?:type|category)|(?:Type|Kind|Category) of (?:request|ticket|case)|Art der Anfrage|Anfrage(?:art|typ)|Tipo de (?:solicitud|petición|pedido|solicitação)|Type de (?:demande|requête)|Tipo di richiesta|(?:Soort|Type) (?:verzoek|aanvraag))[ \t]*:.*$/gimu;
const DECORATION = /^[\s\p{P}\p{S}]*$/u;
const SEASON_GREETING =
  /^[\s*]*(?:happy (?:holidays|new year|easter)|season'?s greetings|merry christmas|frohe (?:weihnachten|feiertage|ostern)|(?:ein )?gutes neues jahr|felices fiestas|feliz (?:navidad|año nuevo|natal|ano novo)|joyeuses fêtes|bonne année|joyeux noël|buone feste|buon natale|boas festas|fijne feestdagen|gelukkig nieuwjaar)[\s\p{P}\p{S}]*$/iu;

/** Below these, a help desk or mail server quotes the original message: not the sender's words. */
export const QUOTED_BELOW =
  /^[ \t>]*(?:[-_=*~─━]{5,}[ \t]*$|-{2,}[ \t]*[\p{L} ']{3,40}[ \t]*-{2,}[ \t]*$|(?:original message|original request|your (?:original )?(?:message|request)|you wrote|below (?:this line )?is a copy|a copy of (?:your|the) (?:original )?message|the original message (?:was|follows|is attached)|ursprüngliche nachricht|ihre (?:ursprüngliche )?(?:nachricht|anfrage)|sie schrieben|mensaje original|su (?:mensaje|solicitud)(?: original)?|usted escribió|message d'origine|message original|votre (?:message|demande)(?: initiale| d'origine)?|vous avez écrit|messaggio originale|il (?:suo|tuo) messaggio|la (?:sua|tua) richiesta|mensagem original|(?:a )?sua mensagem|sua solicitação|você escreveu|oorspronkelijk bericht|origineel bericht|uw (?:bericht|verzoek|aanvraag)|u schreef|here(?:'s| is) what you sent(?: us)?|(?:nachfolgend|hier) (?:eine Kopie )?(?:Ihre|Ihrer) (?:Nachricht|Anfrage|Angaben)|esto es lo que nos (?:enviaste|envió)|voici ce que vous nous avez (?:envoyé|écrit)|ecco (?:cosa|quello che) ci (?:hai|ha) (?:inviato|scritto)|(?:eis|veja) o que (?:você )?nos (?:enviou|escreveu)|dit is wat (?:u|je) ons (?:stuurde|hebt gestuurd|heeft gestuurd)|[^\n:]{0,80}?(?:you (?:wrote|sent)|(?:ci )?(?:hai|ha) (?:scritto|inviato)|(?:nos )?(?:escribiste|enviaste|escribió|envió)|vous (?:nous )?avez (?:écrit|envoyé)|(?:nos )?(?:escreveu|enviou)|Sie (?:uns )?(?:geschrieben|geschickt|gesendet)|(?:je|u) ons (?:schreef|stuurde))[^\n:]{0,40}?:)[ \t]*:?[ \t]*$)/imu;

export const QUOTE_MARK = /["“”„«»]/u;
export const REPORTED = /(?<![\p{L}])(?:said|says|say|saying|wrote|writes|told|tells|stated|claimed|claims|replied|answered|sagt|sagte|schrieb|schreibt|behauptet|dice|dijo|decía|escribió|dit(?=\s*[:«"“,]|\s+que(?![\p{L}]))|disait|écrit|diceva|scritto|diz|disse|escreveu|zegt|zei|schreef)(?![\p{L}])/iu;

export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) units.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  for (const match of text.matchAll(UNIT_BOUNDARY)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return units;
}

/**
 * "C'est Camille, de l'équipe Écoute & Vous.", "I'm Lea from the support team", "Soy Lucía, de Atención
 * al Cliente": a help desk's writer naming themselves and their team says nothing of a request.
 */
const SELF_INTRODUCTION =
  /^[\s*]*(?:[Ii]t(?:'|’)s|[Tt]his is|I(?:'|’)m|I am|[Cc](?:'|’)est|[Ii]ci|[Jj]e suis|[Jj]e m(?:'|’)appelle|[Ss]oy|[Aa]quí|[Mm]e llamo|[Ss]ono|[Qq]ui è|[Mm]i chiamo|[Aa]qui é|[Ss]ou|[Ee]u sou|[Ii]ch bin|[Hh]ier ist|[Hh]ier spricht|[Ii]k ben|[Hh]ier is)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?,?\s+(?:from|of|with|de|du|de la|de l(?:'|’)|del|della|dell(?:'|’)|dal|da|do|von|vom|aus|van|bij)\s+(?:the |our |l(?:'|’)|la |le |el |il |lo |o |a |dem |der |het |de )?(?:équipe|team|support|service|equipo|squadra|time|equipa|equipe|Team|\p{Lu})[^.!?\n]{0,50}[.!]?\s*$/u;

/** "Merci pour ton message, il est bien arrivé chez nous !": thanks that may carry a notice's announcement. */
export function isThanks(unit: Unit): boolean {
  return THANKS_OPENER.test(unit.text);
}

export function isNeutral(unit: Unit): boolean {
  FIELD_LINE.lastIndex = 0;
  return GREETING.test(unit.text) || THANKS_OPENER.test(unit.text) || FIELD_LINE.test(unit.text) || DECORATION.test(unit.text) || SEASON_GREETING.test(unit.text) || SELF_INTRODUCTION.test(unit.text) || /^#{1,3}-.*-#{1,3}$/u.test(unit.text);
}


/** The announcement as the team sees it; a read receipt's reported header block in between is elided. */
export function shown(phrase: string): string {
  const lines = phrase.split('\n').map((line) => line.trim()).filter(Boolean);
  const text = lines.length > 2 ? `${lines[0]} … ${lines[lines.length - 1]}` : lines.join(' ');
  return text.replace(/\s+/g, ' ').slice(0, 160);
}

export function countWords(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
}


/** A link, bracketed as HTML-to-text writes it or bare: "[https://…/afmelden?id=kx81]", "www.example.com". */
export const LINK = /\[?\bhttps?:\/\/[^\s\]]+\]?|\bwww\.\S+/gu;

/** Whether the text asks a question: a "?" outside links ("…/onderhoud?utm_source=nb" asks nothing). */
export function hasQuestionMark(text: string): boolean {
  return text.includes('?') && text.replace(LINK, ' ').includes('?');
}

/** A quotation on one line (« Ma fille ne me parlait plus… », a testimonial): someone else's "I", not the sender's. */
// German quotes typed as „…" close on a plain quotation mark as often as on “.
export const QUOTATION = /«[^»\n]{1,300}»|“[^”\n]{1,300}”|„[^“”"\n]{1,300}[“”"]|"[^"\n]{1,300}"/gu;
