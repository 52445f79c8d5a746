/**
 * "Delete my account and whatever info you have", "eliminen todos los datos que tienen sobre mí",
 * "get all the information you hold about me deleted": the phrase that names the data is the object
 * of a deletion, opt-out or correction, not a request to see it. The acknowledgement repeats every
 * label back to the requester, so reading such a phrase as an access request (GDPR Art. 15, CCPA
 * 1798.110) tells them they asked for something they did not. Access needs an access intent of its
 * own: see, know, send, copy, access, "what/which data", "do you have ...?".
 */

/** Verbs that decide the data's fate: erase, close, stop using, correct (imperative, infinitive, subjunctive). */
const FATE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${[
    // en
    "delete|delet|erase|remove|purge|wipe|destroy|scrub|get rid of|forget|close|cancel|terminate|correct|rectify|fix|amend|update|stop|quit|cease|opt out of|unsubscribe|object to|restrict|limit|(?:do not|don't|dont|never) (?:sell|share|use|process)",
    // de
    'l(?:ö|oe)sch\\p{L}*|entfern\\p{L}*|vernicht\\p{L}*|berichtig\\p{L}*|korrigier\\p{L}*|aktualisier\\p{L}*|sperr\\p{L}*|widersprech\\p{L}*|widerspreche',
    // es, it, pt (shared stems), fr
    'borr\\p{L}*|elimin\\p{L}*|suprim\\p{L}*|cancel\\p{L}*|rectifi\\p{L}*|rettific\\p{L}*|retific\\p{L}*|corr[eiy]g\\p{L}*|corrij\\p{L}*|actualic\\p{L}*|actualiz\\p{L}*|atualiz\\p{L}*|dej(?:en|ad|e|ar) de|no (?:usen|utilicen|vendan|compartan|traten)|me opongo|(?:dar|darme|den) de baja',
    "supprim\\p{L}*|effac\\p{L}*|ferm(?:er|ez)|clôtur\\p{L}*|arrêt(?:ez|er) d|cess(?:ez|er) d|ne (?:vendez|partagez|utilisez)|m'oppose|désinscri\\p{L}*",
    'rimuov\\p{L}*|chiud\\p{L}*|smett\\p{L}* di|non (?:usate|utilizzate|vendete|condividete)|mi oppongo',
    'apag\\p{L}*|exclu[ai]\\p{L}*|remov\\p{L}*|encerr\\p{L}*|fech(?:ar|em|e)|parem de|deixem de|n[ãa]o (?:usem|utilizem|vendam|partilhem|compartilhem)|oponho',
    // nl
    'verwijder\\p{L}*|wis|wist|vernietig\\p{L}*|sluit|corrigeer\\p{L}*|stop met|niet (?:meer )?(?:gebruiken|verkopen|delen)',
  ].join('|')})(?![\\p{L}])`,
  'giu',
);

/** Words that ask to see or receive data; any of them between the fate verb and the phrase keeps it an access request. */
const ACCESS = new RegExp(
  `(?<![\\p{L}])(?:${[
    // en: verbs, question words, and questions ("do you have ...?")
    'see|view|know|send|give|provide|show|tell|copy|copies|access|export|download|list of|a list|obtain|receive|review|inspect|get|what|which|who|where|how|confirm (?:whether|if)|(?:can|could|may) i have|(?:do|does|did|have|has|are|is) (?:you|your)',
    // de: V1 questions ("haben Sie ...?") differ from relative clauses ("die Sie ... haben")
    'schick\\p{L}*|send\\p{L}*|zusend\\p{L}*|übermittel\\p{L}*|geben Sie mir|teilen Sie mir|mitteil\\p{L}*|Auskunft|Kopie|Einsicht|einsehen|erfahren|welche\\p{L}*|woher|an wen|wissen(?=,? (?:was|welche|ob|wer|woher|wie))|(?:haben|speichern|besitzen|verarbeiten|kennen) Sie',
    // es
    'ver|saber|conocer|env[íi]\\p{L}*|mand\\p{L}*|facilit\\p{L}*|d[íi]ga(?:n|me|nme)|decirme|inform(?:en|adme|arme)|copia|acceso|acceder|consultar|qu[ée] (?:datos|información)|qué|cu[áa]l(?:es)?|qui[ée]n(?:es)?|dónde|¿',
    // fr: "-vous" marks an inverted question ("avez-vous ...")
    "voir|savoir|connaître|envoy\\p{L}*|transmet\\p{L}*|communiqu\\p{L}*|fourni\\p{L}*|copie|accès|accéder|consulter|quel(?:le)?s?|\\p{L}+-vous",
    // it
    'vedere|sapere|conoscere|invi\\p{L}*|forni\\p{L}*|accesso|accedere|consultare|quali|quale|cosa|chi|(?:avete|conservate|possedete) (?:ancora )?(?:dei |i )?(?:dati|informazioni)',
    // pt
    'conhecer|forne[cç]\\p{L}*|c[óo]pia|acesso|aceder|acessar|quais|qual|quem|(?:t[êe]m|guardam|possuem) (?:ainda )?dados',
    // nl: V1 questions ("hebben jullie ...?") differ from relative clauses ("die jullie hebben")
    'zien|inzien|weten|stuur|sturen|toesturen|opsturen|geef|geven|mailen|kopie|inzage|toegang|welke|wie|(?:hebben|bewaren|kennen) (?:jullie|u)',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/** Words that may stand between the data and its fate: adverbs, "please", "to be", a comma. */
const FILLER =
  "[,:]|permanently|completely|fully|entirely|immediately|right away|asap|please|also|too|all|as well|from (?:your|the|all) (?:\\p{L}+ ){0,2}?(?:systems?|databases?|records|files|servers)|to be|be|being|is|are|get|gets|got|have been|has been|bitte|auch|endgültig|vollständig|sofort|unverzüglich|umgehend|komplett|zu|werden|wird|por favor|también|definitivamente|completamente|inmediatamente|sean|sea|s'il vous plaît|aussi|également|définitivement|complètement|immédiatement|soient|soit|être|per favore|anche|subito|vengano|venga|siano|sia|sejam|seja|também|imediatamente|alstublieft|aub|graag|ook|definitief|volledig|meteen|direct|te|worden|wordt";

/** A fate that follows the data: "... permanently deleted", "... gelöscht werden", "... nicht mehr für Werbung". */
const FATE_AFTER = new RegExp(
  `^\\s*(?:(?:${FILLER})\\s*){0,4}(?:${[
    'deleted|erased|removed|wiped|destroyed|purged|scrubbed|gone|closed|corrected|fixed|updated|amended|rectified|done (?:so|it|this|that)|completed',
    'gel(?:ö|oe)scht|l(?:ö|oe)schen|entfernen|entfernt|vernichten|vernichtet|berichtigen|berichtigt|korrigieren|korrigiert|nicht mehr|nie wieder',
    'borrad[oa]s?|eliminad[oa]s?|suprimid[oa]s?|corregid[oa]s?|rectificad[oa]s?|supprimée?s?|effacée?s?|corrigée?s?|rectifiée?s?',
    'cancellat[ioae]|eliminat[ioae]|rimoss[ioae]|corrett[ioae]|rettificat[ioae]|apagad[oa]s?|exclu[íi]d[oa]s?|removid[oa]s?|corrigid[oa]s?',
    'verwijderen|verwijderd|verwijdert|wissen|gewist|vernietigen|vernietigd|corrigeren|gecorrigeerd',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

const CLAUSE_END = /[.!?;\n]/u;

function clauseStart(text: string, at: number): number {
  for (let index = at - 1; index >= 0; index -= 1) if (CLAUSE_END.test(text[index] ?? '')) return index + 1;
  return 0;
}

function clauseEnd(text: string, at: number): number {
  for (let index = at; index < text.length; index += 1) if (CLAUSE_END.test(text[index] ?? '')) return index;
  return text.length;
}

/**
 * True when the phrase at [start, end) of `text` only names data that a deletion, opt-out or
 * correction in the same clause acts on, so it is no access request of its own.
 */
export function namesDataToBeRemoved(text: string, start: number, end: number): boolean {
  const after = text.slice(end, clauseEnd(text, end));
  if (FATE_AFTER.test(after)) return true;
  const before = text.slice(clauseStart(text, start), start);
  let lastFate: RegExpExecArray | null = null;
  FATE_BEFORE.lastIndex = 0;
  for (let match = FATE_BEFORE.exec(before); match; match = FATE_BEFORE.exec(before)) lastFate = match;
  if (!lastFate) return false;
  const between = before.slice(lastFate.index + lastFate[0].length) + text.slice(start, end);
  return !ACCESS.test(between);
}
