/**
 * The words a requester uses to answer "do you really want us to delete your personal information?",
 * in the seven supported languages. Every entry is a regular-expression source matched against a clause
 * that has been folded: lower case, no accents, umlauts written out (ö → oe), apostrophes and hyphens as
 * spaces, "n't" as " not", tokens separated by one space. Entries only match whole words.
 */

/** The capital confirmation word each language's instructions ask for (Spanish has two). */
export const DELETION_CONFIRMATION_WORDS = ['DELETE', 'LÖSCHEN', 'SUPPRIMER', 'BORRAR', 'ELIMINAR', 'APAGAR', 'CANCELLARE', 'VERWIJDEREN'] as const;

/** Builds a whole-word alternation over folded text. */
export function anyOf(sources: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sources.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

/** Accented words whose folded form means something else in another language ("já" is not "ja"). */
export const ACCENT_SENSITIVE: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\p{L})já(?!\p{L})/giu, 'ja_pt'],
  [/(?<!\p{L})más(?!\p{L})/giu, 'mas_es'],
  [/(?<!\p{L})só(?!\p{L})/giu, 'so_pt'],
];

/**
 * Set phrases rewritten before anything else is read: ones that contain a negation or a "before" but
 * mean yes or "soon" ("no problem", "why not", "as soon as possible").
 */
export const IDIOMS: ReadonlyArray<[RegExp, string]> = [
  [anyOf(['no problem', 'no worries', 'why not', 'kein problem', 'keine sorge', 'warum nicht', 'wieso nicht', 'pas de (?:probleme|souci)', 'aucun probleme', 'pourquoi pas', 'no hay problema', 'ningun problema', 'sin problema', 'por que no', 'sem problema', 'nenhum problema', 'porque nao', 'por que nao', 'nessun problema', 'perche no', 'geen probleem', 'waarom niet', 'i do not (?:mind|care)', 'nichts dagegen', 'ne me derange pas', 'no me importa', 'nao me importa', 'non mi importa', 'maakt (?:me|mij) niet uit', 'nur zu', 'doe maar', 'ga (?:je|uw) gang'], 'gu'), 'ok'],
  [anyOf(['hasta luego', 'a presto', 'tot later', 'bis spaeter', 'a plus tard'], 'gu'), 'bye'],
  [anyOf(['if possible', 'wenn moeglich', 'falls moeglich', 'si possible', 'si es posible', 'lo antes posible', 'cuanto antes', 'se possivel', 'o quanto antes', 'o mais rapido possivel', 'se possibile', 'prima possibile', 'al piu presto', 'quanto prima', 'indien mogelijk', 'als het kan', 'zo snel mogelijk', 'first of all', 'zuallererst'], 'gu'), 'asap'],
];

/** Our own instruction sentences: a reply that carries them unquoted has the requester's words above them. */
export const OUR_INSTRUCTIONS = anyOf([
  'to confirm that you want', 'reply with a short sentence such as', 'or just the word', 'write the word delete', 'with the word delete',
  'deleting personal information cannot be undone', 'if you really want us to delete', 'how to confirm', 'we have confirmed your identity', '(?:privacy request|solicitud de privacidad) pr \\d+', 'before we act on', 'if you changed your mind you do not need',
  'eliminar informacion personal no se puede deshacer', 'si de verdad desea que eliminemos', 'hemos confirmado su identidad', 'antes de actuar sobre', 'si cambio de opinion no tiene que',
  'para confirmar que desea', 'responda con una frase', 'o simplemente la palabra', 'escriba la palabra', 'como confirmarla',
  'um zu bestaetigen dass', 'antworten sie mit einem kurzen satz', 'oder einfach (?:nur )?das wort', 'schreiben sie das wort',
  'pour confirmer que vous', 'repondez par une (?:courte|breve) phrase', 'ou simplement le mot', 'ecrivez le mot',
  'para confirmar que (?:deseja|voce)', 'responda com uma frase', 'ou apenas a palavra', 'escreva a palavra',
  'per confermare che', 'rispond\\p{L}* con una breve frase', 'o semplicemente la parola', 'scriv\\p{L}* la parola',
  'om te bevestigen dat', 'antwoord met een korte zin', 'of alleen het woord', 'schrijf het woord',
]);

/**
 * Forms of "delete" that ask for or consent to deletion: imperatives, infinitives after "you can" or
 * "I want you to", participles after "I want it", and the nouns ("I confirm the deletion").
 */
export const DELETE_CONSENT = anyOf([
  'delet(?:e|ed|ing|ion)', 'eras(?:e|ed|ing|ure)', 'remov(?:e|ed|ing|al)', 'wip(?:e|ed|ing)', 'purg(?:e|ed)', 'destroy(?:ed)?', 'get rid of', 'forget me',
  'l(?:oe|o)sch(?:en|e|t|ung)?', 'gel(?:oe|o)scht', 'entfern(?:en|e|t|ung)', 'vernicht(?:en|e|et|ung)',
  'suppri(?:mer|mez|me|mes|mee|mees|ssion)', 'efface(?:r|z|s|e|es)?', 'detrui(?:re|sez)', 'oubliez moi',
  '(?:borr|elimin)(?:ar|en|e|a|ad|ado|ada|ados|adas)(?:lo|la|los|las|me|nos)?', 'suprim(?:ir|an|a|id|ido|ida|idos|idas)(?:lo|la|los|las|me)?', 'borrado', 'eliminacion', 'supresion',
  'apag(?:ar|uem|ue|a|ado|ada|ados|adas)', '(?:elimin|delet)(?:ar|em|e|a|ado|ada|ados|adas)', 'exclu(?:ir|am|a|i|ido|ida|idos|idas|sao)', 'remov(?:er|am|a|ido|ida|idos|idas)', 'eliminacao', 'remocao',
  '(?:cancell|elimin)(?:are|ar|ate|a|i|ato|ata|ati)(?:mi|li|lo|la|le|ci)?', 'rimuov(?:ere|ete|i|a)', 'rimoss[oaie]', 'cancellazione', 'eliminazione', 'rimozione',
  'verwijder(?:en|t|d|ing)?', 'wis', 'wissen', 'gewist', 'weg (?:damit|ermee|halen)', 'haal (?:[\\p{L}_]+ ){0,3}weg',
]);

/** "I deleted the app", "habe … gelöscht", "j'ai supprimé": a report of the past, not consent. */
export const DELETE_PAST = anyOf([
  '(?:i|we|ve|have|has|had|already|just) (?:already |just |also )?(?:deleted|erased|removed|wiped|purged|destroyed)',
  '(?:habe|hab|hat|haben|hatte|hatten|bereits|schon)(?: [\\p{L}\\p{N}_]+){0,4} (?:gel(?:oe|o)scht|entfernt|vernichtet)',
  '(?:ai|as|avons|avez|ont|deja) (?:deja |tout )?(?:supprime\\p{L}*|efface\\p{L}*)',
  '(?:he|ha|hemos|han|habia|ya) (?:ya )?(?:borrad|eliminad|suprimid)\\p{L}*',
  '(?:tenho|tem|temos|foi|foram|ja_pt) (?:ja_pt )?(?:apagad|eliminad|excluid|deletad|removid)\\p{L}*',
  '(?:ho|hai|ha|abbiamo|avete|hanno|gia) (?:gia )?(?:cancellat|eliminat|rimoss)\\p{L}*',
  '(?:heb|heeft|hebben|had|al)(?: [\\p{L}\\p{N}_]+){0,4} (?:verwijderd|gewist)',
], 'gu');

/** Any mention of deleting, in any tense: a negation next to it is about the deletion. */
export const DELETE_MENTION = anyOf([
  'delet\\p{L}*', 'eras\\p{L}*', 'remov\\p{L}*', 'wip(?:e|ed|ing)', 'purg\\p{L}*', 'destroy\\p{L}*', 'rid',
  '(?:ge)?l(?:oe|o)sch\\p{L}*', 'entfern\\p{L}*', 'vernicht\\p{L}*',
  'suppri\\p{L}*', 'effac\\p{L}*', 'detrui\\p{L}*',
  'borr\\p{L}*', 'elimin\\p{L}*', 'suprim\\p{L}*', 'apag\\p{L}*', 'exclu\\p{L}*', 'cancell\\p{L}*', 'rimuov\\p{L}*', 'rimoss\\p{L}*',
  'verwijder\\p{L}*', 'wis', 'wissen', 'gewist', 'weg',
]);

/** Yes, and the other ways of saying it. */
export const AFFIRMATION = anyOf([
  'yes', 'yeah', 'yea', 'yep', 'yup', 'sure', 'ok', 'okay', 'okey', 'confirm(?:ed|ing)?', 'go ahead', 'please do', 'proceed', 'of course', 'absolutely', 'definitely', 'certainly', 'correct', 'affirmative', 'agreed', 'i agree', 'alright', 'all right', 'do it', 'sounds good', 'fine', 'perfect',
  'ja', 'jawohl', 'jap', 'jep', 'jo', 'gerne?', 'bitte', 'klar', 'natuerlich', 'selbstverstaendlich', 'einverstanden', 'bestaetig(?:e|t|en)', 'passt', 'genau', 'richtig', 'korrekt', 'stimmt', 'in ordnung', 'auf jeden fall', 'mach(?:t|en sie)? das',
  'oui', 'ouais', 'bien sur', 'confirme', 'd accord', 'dac', 'allez y', 'c est bon', 'parfait', 'tout a fait', 'absolument', 'volontiers', 'bien entendu',
  'si', 'claro', 'confirmo', 'confirmado', 'adelante', 'de acuerdo', 'vale', 'por supuesto', 'desde luego', 'correcto', 'perfecto', 'exacto', 'esta bien', 'hag(?:a|an)lo', 'proced(?:a|an)',
  'sim', 'pode', 'podem', 'certo', 'tudo bem', 'com certeza', 'pode prosseguir', 'prossig(?:a|am)', 'de acordo', 'perfeito', 'exato',
  'certamente', 'confermo', 'confermato', 'procedete', 'proceda', 'procedi', 'va bene', 'esatto', 'assolutamente', 'fate pure', 'sicuro', 'ovviamente',
  'jazeker', 'graag', 'bevestig(?:d)?', 'akkoord', 'prima', 'zeker', 'oke', 'is goed', 'klopt', 'in orde', 'natuurlijk',
]);

/** Negations, in every language: any of them next to a yes or a delete verb turns it around. */
export const NEGATION = anyOf([
  'not', 'no', 'never', 'nothing', 'none', 'nor', 'neither', 'nope', 'nah', '(?:do|does|did|ca|can|wo|should|would|is|are|was)nt', 'cannot',
  'nicht', 'nichts', 'kein(?:e|en|em|er|es)?', 'nie', 'niemals', 'nein',
  'ne', 'n', 'pas', 'rien', 'jamais', 'non', 'aucune?',
  'nada', 'nunca', 'ni', 'ningun[oa]?', 'jamas', 'tampoco',
  'nao', 'nem', 'nenhum(?:a)?',
  'niente', 'nulla', 'mai', 'nessun[oa]?',
  'niet', 'geen', 'niets', 'nooit', 'nee', 'neen',
]);

/**
 * Hesitation, a condition, a limit, a narrower target or a request for something else first: whatever
 * else the reply says, a person decides ("wait", "not yet", "only the newsletter", "remove me from the
 * mailing list", "before you delete, send me a copy").
 */
export const HESITATION = anyOf([
  'the rest', 'den rest', 'le reste', 'el resto', 'o resto', 'il resto', 'de rest', 'newsletters?', 'mailing lists?', 'marketing', 'subscriptions?', 'unsubscribe', 'abonnement', 'abos?', 'suscripcion', 'boletin', 'desuscrib\\p{L}*', 'desinscri\\p{L}*', 'assinatura', 'iscrizione', 'disiscri\\p{L}*', 'nieuwsbrief', 'mailinglijst', 'uitschrijven',
  'wait', 'hold (?:on|off)', 'hang on', 'stop', 'pause', 'later', 'not yet', 'not sure', 'unsure', 'changed? (?:my|of) mind', 'second thoughts', 'reconsider\\p{L}*', 'think (?:about|it over)', 'rather', 'instead', 'keep', 'cancel(?:led|ed|ling)?', 'call off', 'maybe', 'perhaps', 'hmm+', 'if', 'unless', 'before', 'after', 'first', 'until', 'only', 'just (?:my|the|our|for|mine)', 'except', 'apart from', 'but', 'cop(?:y|ies)', 'backup', 'export', 'download', 'why', '(?:can|could|should|do|shall|may|will|would) i', 'do you',
  'warte[nt]?', 'moment', 'halt', 'stopp', 'spaeter', 'noch nicht', 'doch nicht', 'nicht sicher', 'unsicher', 'ueberleg\\p{L}*', 'nachdenken', 'abbrechen', 'behalten', 'lieber', 'stattdessen', 'wenn', 'falls', 'ob', 'bevor', 'vorher', 'zuerst', 'erst', 'nachdem', 'nur', 'ausser', 'bis auf', 'aber', 'kopie', 'sicherung', 'herunterladen', 'warum', 'wieso', 'weshalb', '(?:kann|muss|soll|darf|werde) ich', 'vielleicht', 'eventuell', 'evtl',
  'attend(?:ez|s|re)', 'un instant', 'arretez', 'plus tard', 'pas encore', 'pas sure?', 'change d avis', 'reflechi\\p{L}*', 'annul(?:er|ez)', 'gard(?:er|ez)', 'conserv(?:er|ez)', 'plutot', 'au lieu', 'si (?:vous|tu|je|j|on|nous|il|elle)', 'a condition', 'sauf', 'avant', 'apres', 'd abord', 'seulement', 'uniquement', 'mais', 'copie', 'sauvegarde', 'telecharger', 'que se passe', 'pourquoi', 'est ce que', '(?:puis|dois) je', 'peut etre',
  'esper(?:e|en|a|ar)', 'un momento', 'paren', 'detengan', 'mas_es tarde', 'todavia no', 'aun no', 'no estoy segur[oa]', 'cambie de opinion', 'cambiado de opinion', 'pensarlo', 'cancel(?:ar|en)', 'manten(?:er|gan)', 'conserv(?:ar|en)', 'en (?:vez|lugar)', 'prefiero', 'si (?:usted|ustedes|yo|me|lo|los|la|las|hay|es que)', 'a menos', 'salvo', 'excepto', 'menos', 'antes', 'despues', 'primero', 'luego', 'solo', 'solamente', 'unicamente', 'pero', 'copia', 'exportar', 'descargar', 'respaldo', 'que pasa', 'puedo', 'debo', 'quizas?', 'tal vez', 'a lo mejor',
  'esper(?:em)', 'um momento', 'parem?', 'mais tarde', 'ainda nao', 'nao tenho certeza', 'mudei de ideia', 'pensar', 'cancel(?:em)', 'manter', 'mantenham', 'guardar', 'em vez', 'prefiro', 'se (?:voce|voces|eu|nos|apag|elimin|exclu|delet|remov)\\p{L}*', 'exceto', 'depois', 'primeiro', 'so_pt', 'somente', 'apenas', 'baixar', 'o que acontece', 'posso', 'devo', 'talvez',
  'aspett\\p{L}*', 'un attimo', 'ferm(?:ate|i)', 'piu tardi', 'non ancora', 'ancora no', 'non sono sicur[oa]', 'cambiato idea', 'pensarci', 'annull(?:are|ate)', 'ten(?:ere|ete)', 'conserv(?:are|ate)', 'piuttosto', 'invece', 'se (?:voi|lei|io|tu|noi|cancell|elimin|rimuov)\\p{L}*', 'a meno', 'tranne', 'eccetto', 'prima(?= \\p{L})', 'dopo', 'soltanto', 'esportare', 'scaricare', '(?:cosa|che) succede', 'forse',
  'wacht(?:en)?', 'stoppen', 'nog niet', 'niet zeker', 'van gedachten veranderd', 'bedacht', 'nadenken', 'annuleren', 'houden', 'bewaren', 'behouden', 'liever', 'in plaats', 'als', 'tenzij', 'behalve', 'voordat', 'eerst', 'daarna', 'alleen', 'enkel', 'exporteren', 'downloaden', 'wat gebeurt', 'waarom', '(?:kan|moet|mag) ik', 'misschien', 'wellicht',
]);

/**
 * Words that open a question even without its question mark: "how long does it take", "is there a way
 * to", "wann wird das gelöscht". "Can you delete it" is a polite request, so "can you" is not one of them.
 */
export const QUESTION_START = new RegExp(
  `^(?:${[
    'what', 'how', 'when', 'where', 'which', 'who', '(?:is|are|was|can|could|would|will|should) (?:there|it|this|that|i|we)', '(?:does|did) (?:it|this|that|i|we)', 'do (?:i|we)',
    'was', 'wie', 'wann', 'wo', 'welche\\p{L}*', 'gibt es', 'ist (?:es|das) moeglich', 'kann man',
    'quoi', 'comment', 'quand', 'quel\\p{L}*', 'y a t il', 'est (?:il|ce) possible', 'peut on',
    'como', 'cuando', 'donde', 'cual', 'hay (?:alguna|forma|manera|modo)', 'es posible', 'se puede',
    'o que', 'quando', 'onde', 'tem como', 'e possivel', 'existe (?:alguma|forma|jeito|maneira)', 'da para',
    'cosa', 'come', 'dove', 'quale', 'c e (?:un )?modo', 'si puo',
    'wat', 'hoe', 'wanneer', 'waar', 'welke', 'is er', 'is het mogelijk', 'kan het',
  ].join('|')})(?![\\p{L}\\p{N}_])`,
  'u',
);

/**
 * "But" words that also mean something harmless elsewhere, with the language where "but" is their only
 * sense: Italian "ma" (French "my"), Dutch "maar" (also "just": "verwijder alles maar"), French "mais"
 * (Portuguese "more"). Each is a "but" at the start of a clause, right after a yes, or in its own language.
 */
export const SOFT_BUT: Readonly<Record<string, string | null>> = { ma: 'it', maar: null, mais: 'fr' };
/** Portuguese "mas" is "but" unless the reply is Spanish, where it is "más" typed without its accent. */
export const BUT_UNLESS_SPANISH = 'mas';

/**
 * Words a bare yes may come with and still be only a yes: greetings, thanks, "please", "I confirm it",
 * "all my data", a sign-off. Anything else ("yes, call me", "ok, I'll let you know") is more than a yes.
 */
export const BARE_YES_COMPANY = anyOf([
  'hi', 'hello', 'hey', 'dear', 'team', 'privacy', 'good (?:morning|afternoon|evening)', 'please', 'pls', 'plz', 'thanks?', 'thank you', 'thx', 'ty', 'cheers', 'regards', 'best', 'kind', 'sincerely',
  'i', 'am', 'im', 'm', 've', 'd', 'll', 're', 'we', 'you', 'it', 'that', 'thats', 's', 'this', 'is', 'do', 'so', 'all', 'everything', 'my', 'by', 'data', 'account', 'information', 'info', 'personal', 'request', 'with', 'the', 'a', 'and', 'to', 'of', 'for', 'your', 'email', 'mail', 'message', 'want', 'really', 'very', 'much', 'totally', 'indeed', 'sure', 'certain', 'right', 'exactly', 'fine', 'good', 'great', 'perfect', 'cool', 'awesome', 'thing', 'go', 'ahead', 'course', 'asap', 'what', 'can', 'may', 'now', 'please', 'again', 'yes yes',
  'hallo', 'guten (?:tag|morgen|abend)', 'moin', 'servus', 'liebe[rs]?', 'sehr geehrte[rs]?', 'damen und herren', 'danke(?:schoen)?', 'vielen dank', 'mfg', 'vg', 'lg', 'gruss', 'gruesse', 'freundlichen', 'viele', 'beste', 'ich', 'wir', 'es', 'das', 'alles', 'meine[nmrs]?', 'mein', 'daten', 'konto', 'bin', 'sie', 'mit', 'die', 'der', 'dem', 'den', 'und', 'will', 'moechte', 'so', 'sehr', 'gerne', 'ganz', 'sicher', 'absolut', 'wirklich', 'mir',
  'bonjour', 'salut', 'madame', 'monsieur', 'merci', 'svp', 's il vous plait', 'cordialement', 'je', 'j', 'le', 'la', 'les', 'l', 'tout', 'toutes?', 'mes', 'mon', 'ma', 'donnees', 'compte', 'vous', 'c', 'est', 'bien', 'oui oui', 'tres', 'vraiment', 'en', 'suis', 'sure?',
  'hola', 'buen(?:os|as) (?:dias|tardes|noches)', 'buenas', 'estimad[oa]s?', 'gracias', 'muchas', 'por favor', 'saludos', 'un saludo', 'atentamente', 'yo', 'lo', 'los', 'todo', 'todos', 'mis', 'mi', 'datos', 'cuenta', 'es', 'eso', 'esta', 'gracias', 'muy', 'bien', 'de', 'y', 'estoy', 'segur[oa]',
  'ola', 'bom dia', 'boa (?:tarde|noite)', 'prezad[oa]s?', 'obrigad[oa]', 'muito', 'atenciosamente', 'eu', 'tudo', 'meus', 'minha', 'minhas', 'dados', 'conta', 'isso', 'sim sim', 'pode sim', 'e', 'tenho', 'certeza',
  'ciao', 'salve', 'buongiorno', 'buonasera', 'gentili', 'grazie', 'per favore', 'cordiali saluti', 'saluti', 'io', 'tutto', 'tutti', 'miei', 'mio', 'mia', 'dati', 'conto', 'pure', 'grazie mille', 'certo certo', 'sono', 'sicur[oa]',
  'hoi', 'goede(?:morgen|middag|navond)', 'beste', 'geachte', 'bedankt', 'dank (?:je|u)(?: wel)?', 'groet(?:en|jes)?', 'met vriendelijke groet(?:en)?', 'mvg', 'alstublieft', 'aub', 'ik', 'het', 'alles', 'mijn', 'gegevens', 'dat', 'is', 'hoor', 'wel', 'heel', 'weet',
]);
