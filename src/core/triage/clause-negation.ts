/**
 * "No quiero que borren mi cuenta", "Je ne souhaite pas supprimer mon dossier", "Non chiedo la
 * cancellazione dei dati", "I don't actually want my account deleted", "Ik wil mijn account NIET
 * verwijderen": a deletion or correction turned down a few words before the request words, or
 * inside them where German and Dutch put the verb last. People write this when they want only
 * the marketing to stop, or take back an earlier request; reading it as a request would erase an
 * account its owner wants kept.
 *
 * Only within one clause: "I don't use the app anymore, delete my account" and "ich nutze die App
 * nicht mehr und möchte mein Konto löschen" still ask for deletion. A clause a refusal governs
 * ("Ich will NICHT, dass mein Konto gelöscht wird", "non voglio …, che") is the same clause. "No longer", "not only" and
 * "why don't you" are not refusals.
 */

/** Words between a bare negation and the request words: "don't delete", "nicht mein Konto löschen". */
const MAX_WORDS_AFTER_BARE_NEGATION = 2;
/** Words the clause before the request words may hold: "I don't actually want my account deleted". */
const MAX_CLAUSE_WORDS = 6;
const WINDOW_CHARS = 60;

const CLAUSE_BREAK =
  /[.;:!?\n()[\]–—]|,(?!\s*(?:dass|daß|que|qu['’]|che|dat|that)(?!\p{L}))|\s-\s|(?<!\p{L})(?:and|but|so|then|however|instead|und|aber|sondern|jedoch|daher|deshalb|dann|y|pero|sino|por eso|entonces|et|(?<!(?:não|nao|nunca)\s+(?:\p{L}+\s+)?)mais|donc|alors|ma|però|quindi|perciò|poi|e|ed|mas|porém|então|portanto|en|maar|dus|daarom)(?!\p{L})/giu;

/** A negation word at the start of the words tested, unless "no longer", "not only" and the like follow. */
const NEGATION =
  /^[^\p{L}]*(?:not|don[’']t|dont|doesn[’']t|never|nicht|kein\p{L}*|n[ií]et|geen|non|não|nao|no|ni|né|nè|nor|nem|nunca|jamais|pas|nie|aucune?|ninguna?|nessuna?|nenhuma?)(?!\p{L})(?!\s+(?:longer|more|only|just|mehr|nur|meer|alleen|más|solo|sólo|solamente|plus|seulement|più|mais|apenas|só)(?!\p{L}))/iu;

/** A refusal is a negated wish or request ("no quiero", "ne souhaite pas", "non chiedo"), not any negated verb ("no encuentro la opción de eliminar"). */
const WISH =
  /(?<!\p{L})(?:want|wanted|wish|ask|asking|mean|meant|intend|intention|need|like|request|requesting|intención|intenção|intenzione|Absicht|intentie|chiedendo|pidiendo|pedindo|demandant|quiero|quería|pido|deseo|necesito|veux|voulais|voudrais|souhaite|souhaitais|demande|désire|voglio|volevo|vorrei|chiedo|desidero|quero|queria|peço|desejo|solicito|möchte|mochte|will|wollte|verlange|beantrage|wil|wilde|vraag|bedoel|proceed|sigáis|sigan|continuéis|continúen|procedáis|procedan|poursuivez|procédez|procedete|proseguite|andate|prossigam|avancem|continuem|fortfahren|weitermachen|doorgaan|door)(?!\p{L})/iu;

/**
 * "i dont want to get in trouble can you delete it pls", "no quiero líos, ¿podéis borrarla?": a
 * request made after the negation, in a clause the writer left unmarked, is not turned down by it.
 */
const ASKS_AFTER = /^(?:can|could|would|will|please|pls|plz|kindly|kannst|können|könnten|bitte|puedes|podéis|pueden|podrían|podrias|por favor|pouvez|pourriez|peux|svp|può|potete|potreste|puoi|per favore|pode|podem|poderiam|podes|kunt|kunnen|kan|graag|alsjeblieft|aub|asap)$/iu;

/** "Why don't you delete it?", "if they are not in treatment I'd want it removed": a demand or a condition, not a refusal. */
const NOT_A_REFUSAL = /(?<!\p{L})(?:why|warum|wieso|weshalb|por ?qu[eé]|pourquoi|perch[eé]|waarom|if|unless|wenn|falls|sofern|si|se|als|indien|caso)(?!\p{L})/iu;

/** What the person has not had yet ("not received", "pas reçu", "nicht erhalten"): a chase. */
const NOT_RECEIVED = /^(?:received|receive|got|gotten|had|reçu|reçue|eu|recibido|recibí|llegado|recebi|recebido|chegou|ricevuto|arrivato|erhalten|bekommen|ontvangen|gekregen)$/iu;

/**
 * German and Dutch put the verb last: "mein Konto nicht löschen", "mijn account niet te verwijderen".
 * Only right before the verb: in "de gegevens die u niet hoeft te bewaren te verwijderen" the
 * negation belongs to the data that may go.
 */
const NEGATION_BEFORE_LAST_VERB = /(?<!\p{L})(?:nicht|n[ií]et)\s+(?:(?:mehr|meer)\s+)?(?:(?:zu|te)\s+)?(?:\p{L}+\s+(?:of|oder)\s+)?(?:(?:laten|lassen)\s+)?\p{L}+\s*$/iu;

/**
 * "ik verzoek u uitdrukkelijk níet mijn gegevens of mijn account te verwijderen", "Sie nicht meine
 * Daten zu löschen": the negation right before the object ("mijn", "die", "meine"), its verb last with
 * "te"/"zu". No other "te"/"zu" or modal between: in "de gegevens die u niet (wettelijk) moet bewaren
 * te verwijderen" it belongs to the data kept; "nicht nur meine Daten zu löschen" asks for more.
 */
const NEGATION_BEFORE_OBJECT =
  /(?<!\p{L})(?:nicht|n[ií]et)\s+(?:mijn|m['’]n|onze|uw|jullie|de|het|die|dat|deze|dit|mein(?:e[nmrs]?)?|unser(?:e[nmrs]?)?|das|den|dem|der|ihr(?:e[nmrs]?)?)\s+(?:(?!(?:te|zu|moet|moeten|hoeft|hoeven|kan|kunnen|mag|mogen|muss|müssen|darf|dürfen|kann|können|soll|sollen)(?!\p{L}))\p{L}+\s+){0,6}?(?:te|zu)\s+\p{L}+\s*$/iu;

/**
 * A German or Dutch imperative puts the negation after the object: "Bitte löschen Sie mein Konto
 * NICHT", "verwijder mijn gegevens niet". Only where the clause ends right after it ("nicht nur ...,
 * sondern auch" asks for more, not less).
 */
const NEGATION_CLOSING_IMPERATIVE = /^[^\S\n]*(?:\p{L}+[^\S\n]+){0,4}?(?:nicht|niet)[^\S\n]*(?:[.;:!?\n,–—-]|$)/iu;

/**
 * "No longer" turns a wish around, though it does not turn a fact ("I no longer use the app, delete
 * my account"): "je ne souhaite plus supprimer mon compte", "I no longer want my data deleted", "ya
 * no quiero que borren", "non voglio più", "já não quero", "ich möchte mein Konto nicht mehr
 * löschen", "ik wil mijn account niet meer opzeggen": a request taken back. Only right before the
 * request words: in "eu não quero mais não, por favor apaga" the person wants the app gone.
 */
const WISH_NO_LONGER =
  /(?<!\p{L})(?:(?:ne|n['’])\s*(?:\p{L}+\s+)?(?:veux|voulais|souhaite|souhaitais|désire|demande)\s+plus|no\s+longer(?:\s+(?:want|wish|need|ask))?|ya\s+no\s+(?:quiero|deseo|necesito|pido)|no\s+(?:quiero|deseo)\s+ya|non\s+(?:\p{L}+\s+)?(?:voglio|vorrei|desidero|chiedo)\s+più|já\s+não\s+(?:quero|desejo|peço)|não\s+(?:quero|desejo|peço)\s+mais|(?:möchte|will|wollen|möchten)\s+(?:\p{L}+\s+){0,3}?nicht\s+mehr|wil\s+(?:\p{L}+\s+){0,3}?niet\s+meer)(?:\s+(?:que|qu['’]on|que\s+vous|vous|che|di|dat|dass|that|you|to|me|se|lo|la|het|ze|my|mijn|mein|meine|mon|ma|mes|mi|il|a|o))*\s*$/iu;

function clauseWordsBefore(text: string, start: number): string[] {
  const window = text.slice(Math.max(0, start - WINDOW_CHARS), start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(window); found !== null; found = CLAUSE_BREAK.exec(window)) clauseStart = found.index + found[0].length;
  CLAUSE_BREAK.lastIndex = 0;
  return window.slice(clauseStart).trim().split(/\s+/u).filter(Boolean).slice(-MAX_CLAUSE_WORDS);
}

/** Whether the request words at [start, end) are turned down in their own clause. */
export function negatedInClause(text: string, start: number, end: number): boolean {
  const words = clauseWordsBefore(text, start);
  if (words.some((word) => NOT_A_REFUSAL.test(word))) return false;
  if (NEGATION_BEFORE_LAST_VERB.test(text.slice(start, end)) || NEGATION_BEFORE_OBJECT.test(text.slice(start, end))) return true;
  if (WISH_NO_LONGER.test(words.join(' '))) return true;
  if (NEGATION_CLOSING_IMPERATIVE.test(text.slice(end, end + WINDOW_CHARS))) return true;
  const negationAt = words.findIndex((_word, at) => NEGATION.test(words.slice(at, at + 2).join(' ')));
  if (negationAt < 0) return false;
  // "Je n'ai toujours pas reçu la copie de mes données": a request still unmet, chased, not turned down.
  if (words.slice(negationAt).some((word) => NOT_RECEIVED.test(word))) return false;
  // Not the negated modal itself: "no pueden suprimir", "can't you".
  const asking = [...words.slice(negationAt + 2), ...(negationAt < words.length - 1 ? [text.slice(start, end).trim().split(/\s+/u)[0] ?? ''] : [])];
  if (asking.some((word) => ASKS_AFTER.test(word.replace(/[^\p{L}]/gu, '')))) return false;
  if (words.length - 1 - negationAt <= MAX_WORDS_AFTER_BARE_NEGATION) return true;
  // The wish may stand just before the negation too: "je ne souhaite pas", "ich möchte nicht".
  return words.slice(Math.max(0, negationAt - 2)).some((word) => WISH.test(word));
}
