/** Languages triage has full rules for; anything else gets a low-confidence verdict. */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl'] as const;

/**
 * The most frequent function words per language (articles, pronouns, prepositions, auxiliaries).
 * Function words identify a language in a few sentences, survive legal jargon, and need no model.
 * Words shared between close languages (es/pt/it "de", nl/de "van") are listed where they are most typical.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['was', 'were', 'has', 'had', 'been', 'they', 'would', 'could', 'should', 'another', 'today', 'also', 'just', 'there', 'their', 'but', 'the', 'and', 'of', 'to', 'you', 'my', 'me', 'is', 'are', 'that', 'this', 'for', 'with', 'have', 'please', 'your', 'i', 'it', 'be', 'not', 'on', 'from', 'would', 'which', 'any', 'all', 'an', 'as', 'or', 'if', 'by', 'about', 'can', 'will', 'we', 'hi', 'thanks', 'dear', 'do', 'what', 'data'],
  de: ['möchte', 'will', 'bitte', 'auch', 'hallo', 'der', 'die', 'das', 'und', 'ich', 'sie', 'mir', 'mich', 'nicht', 'ist', 'mit', 'zu', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'meine', 'meiner', 'bitte', 'auf', 'für', 'sind', 'habe', 'hiermit', 'wie', 'auch', 'oder', 'über', 'nach', 'gemäß', 'daten', 'ihnen', 'ihr', 'guten', 'tag', 'danke', 'um', 'ihre', 'ihren', 'wir', 'wird', 'wurde', 'bei', 'zum', 'zur', 'noch', 'aus', 'keine', 'nur', 'vom', 'sich', 'dass', 'unsere'],
  es: ['quiero', 'quisiera', 'necesito', 'ya', 'también', 'sobre', 'mí', 'el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'por', 'para', 'mis', 'mi', 'con', 'una', 'un', 'no', 'me', 'se', 'su', 'sus', 'datos', 'es', 'al', 'como', 'favor', 'estoy', 'solicito', 'usted', 'gracias', 'hola', 'lo', 'más', 'pero', 'este', 'esta', 'he', 'sobre', 'vosotros'],
  fr: ['veux', 'voudrais', 'souhaite', 'aussi', 'moi', 'le', 'la', 'les', 'de', 'des', 'du', 'et', 'je', 'vous', 'mes', 'mon', 'ma', 'que', 'qui', 'est', 'pour', 'dans', 'une', 'un', 'pas', 'ne', 'par', 'sur', 'au', 'aux', 'avec', 'données', 'ce', 'cette', 'sont', 'bonjour', 'merci', 'veuillez', 'votre', 'vos', 'me', "j'ai", 'il', 'si'],
  pt: ['quero', 'gostaria', 'preciso', 'obrigada', 'também', 'sobre', 'mim', 'o', 'os', 'a', 'as', 'de', 'do', 'dos', 'da', 'das', 'e', 'que', 'em', 'para', 'meus', 'minha', 'meu', 'com', 'uma', 'um', 'não', 'por', 'se', 'dados', 'é', 'no', 'na', 'ao', 'você', 'vocês', 'favor', 'obrigado', 'olá', 'solicito', 'sobre', 'mais', 'mas', 'este', 'esta', 'seus'],
  it: ['più', 'desidero', 'potete', 'avete', 'vorrei', 'voglio', 'chiedo', 'anche', 'su', 'di', 'il', 'lo', 'la', 'i', 'gli', 'le', 'di', 'del', 'della', 'dei', 'e', 'che', 'in', 'per', 'miei', 'mio', 'mia', 'con', 'una', 'un', 'non', 'mi', 'si', 'dati', 'è', 'al', 'alla', 'sono', 'da', 'vi', 'ho', 'grazie', 'buongiorno', 'favore', 'richiedo', 'sul', 'questo', 'questa', 'vostro'],
  nl: ['wil', 'ook', 'graag', 'hallo', 'groet', 'de', 'het', 'een', 'en', 'van', 'ik', 'u', 'mijn', 'mij', 'niet', 'is', 'dat', 'die', 'te', 'voor', 'met', 'op', 'aan', 'zijn', 'heb', 'wilt', 'graag', 'hierbij', 'gegevens', 'om', 'als', 'ook', 'bij', 'naar', 'uw', 'jullie', 'alstublieft', 'dank', 'beste', 'geachte', 'wat', 'welke', 'verzoek', 'je', 'jouw', 'jij', 'wordt', 'worden', 'deze', 'dit', 'heeft', 'omdat', 'nog', 'maar', 'er', 'kunt'],
  cs: ['a', 'je', 'se', 'na', 'že', 'to', 'v', 'o', 'k', 'mé', 'mých', 'osobní', 'údaje', 'údajů', 'tímto', 'prosím', 'jsem', 'podle', 'které', 'pro', 'nebo', 'dobrý', 'den', 'osoby', 'zpracování'],
  sk: ['a', 'je', 'sa', 'na', 'že', 'to', 'v', 'o', 'k', 'moje', 'mojich', 'osobné', 'údaje', 'údajov', 'týmto', 'prosím', 'som', 'podľa', 'ktoré', 'pre', 'alebo', 'dobrý', 'deň'],
  pl: ['i', 'w', 'na', 'że', 'się', 'nie', 'do', 'z', 'o', 'moich', 'mnie', 'dane', 'danych', 'osobowych', 'jest', 'proszę', 'zgodnie', 'oraz', 'które', 'przez', 'dla', 'lub', 'niniejszym', 'są', 'jak'],
  sv: ['och', 'att', 'det', 'som', 'en', 'är', 'jag', 'mig', 'min', 'mina', 'på', 'för', 'med', 'av', 'till', 'inte', 'om', 'har', 'er', 'enligt', 'vänligen', 'personuppgifter', 'den', 'denna', 'tack'],
  da: ['og', 'at', 'det', 'som', 'en', 'er', 'jeg', 'mig', 'min', 'mine', 'på', 'for', 'med', 'af', 'til', 'ikke', 'om', 'har', 'i', 'venlig', 'personoplysninger', 'den', 'denne', 'tak'],
  no: ['og', 'at', 'det', 'som', 'en', 'er', 'jeg', 'meg', 'min', 'mine', 'på', 'for', 'med', 'av', 'til', 'ikke', 'om', 'har', 'dere', 'vennlig', 'personopplysninger', 'den', 'denne', 'takk'],
  ro: ['și', 'si', 'de', 'la', 'în', 'cu', 'că', 'pe', 'nu', 'să', 'mea', 'mele', 'datele', 'date', 'personal', 'caracter', 'vă', 'rog', 'solicit', 'este', 'sunt', 'din', 'pentru', 'care', 'acces'],
  hr: ['i', 'je', 'se', 'na', 'da', 'u', 'o', 'za', 'mi', 'moje', 'mojih', 'osobnih', 'podataka', 'podaci', 'ovime', 'molim', 'sam', 'prema', 'koji', 'ili', 'poštovani', 'skladu', 'članku', 'ste'],
  sl: ['in', 'je', 'se', 'na', 'da', 'v', 'o', 'za', 'mi', 'moje', 'mojih', 'osebnih', 'podatkov', 'prosim', 'sem', 'glede', 'ki', 'ali', 'spoštovani'],
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'vagy', 'kérem', 'személyes', 'adataim', 'adatok', 'adatokat', 'szerint', 'tisztelt', 'köszönöm', 'vagyok', 'van', 'meg'],
  fi: ['ja', 'on', 'että', 'ei', 'se', 'olen', 'minun', 'minua', 'henkilötiedot', 'henkilötietojen', 'pyydän', 'mukaisesti', 'kiitos', 'hyvä', 'tai', 'kanssa'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'de', 'da', 'ben', 'benim', 'kişisel', 'verilerimin', 'verileri', 'lütfen', 've', 'olarak', 'merhaba', 'teşekkürler', 'değil'],
};

const LANGUAGES = Object.keys(STOPWORDS);
/**
 * Per function word, the languages (indexes into LANGUAGES) that list it: a message's distinct words
 * are looked up once, not once per language (19 set lookups each).
 */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  LANGUAGES.forEach((language, index) => {
    for (const word of new Set(STOPWORDS[language])) {
      const list = map.get(word) ?? [];
      list.push(index);
      map.set(word, list);
    }
  });
  return map;
})();

export interface LanguageGuess {
  /** ISO 639-1, or 'und' when there is too little text to tell. */
  language: string;
  /** 0..1: how clearly the text is in that language. */
  certainty: number;
}

const BEYOND_LATIN = /[^\u0000-\u036F]/;

/** Writing systems that name their language on their own. */
function detectScript(text: string): string | null {
  // Every script below starts at U+0370 (Greek); Latin text skips the eight counting scans.
  if (!BEYOND_LATIN.test(text)) return null;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  const share = (pattern: RegExp): number => (text.match(pattern)?.length ?? 0) / letters;
  if (share(/\p{Script=Greek}/gu) > 0.4) return 'el';
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return 'ja';
  if (share(/\p{Script=Hangul}/gu) > 0.3) return 'ko';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
  if (share(/\p{Script=Arabic}/gu) > 0.4) return 'ar';
  if (share(/\p{Script=Hebrew}/gu) > 0.4) return 'he';
  if (share(/\p{Script=Cyrillic}/gu) > 0.4) return /[іїєґ]/iu.test(text) ? 'uk' : 'ru';
  return null;
}

/** Letters that only some languages use: a tie-breaker between close neighbours. */
const SIGNATURE_LETTERS: Record<string, RegExp> = {
  de: /[äöüß]/giu,
  es: /[ñ¿¡]|ción\b/giu,
  pt: /[ãõ]|ção\b|ções\b/giu,
  fr: /[èêçœ]|\b[ldjnqs]'/giu,
  it: /\b(?:gli|della|delle|degli)\b|[ìò]\b/giu,
  nl: /\bij|aa|oe/giu,
  cs: /[ěřůč]/giu,
  pl: /[łąęśźżń]/giu,
  ro: /[țșăî]/giu,
  hr: /[čćđž]/giu,
  sv: /[åä]/giu,
  hu: /[őű]/giu,
};

/** The longest text (in words) whose language a single function word may name. */
const ONE_WORD_NAMES_UP_TO = 12;

/** Above the largest signature bonus (0.1), with room for rounding. */
const SIGNATURE_BONUS_BOUND = 0.11;

/** Chat shorthand of our languages' terse mail ("pls", "thx", "svp", "xfa", "aub"): as telling as a function word. */
const SHORTHAND = ['pls', 'plz', 'thx', 'ty', 'u', 'ur', 'r', 'im', 'dont', 'yes', 'ok', 'okay', 'svp', 'stp', 'jai', 'xfa', 'pfv', 'vc', 'aub', 'mn', 'grz', 'nn', 'lg', 'sí', 'si', 'oui', 'ja', 'sim', 'sì', 'nee', 'nein', 'non'];
const SUPPORTED_FUNCTION_WORDS: ReadonlySet<string> = new Set([...SUPPORTED_LANGUAGES.flatMap((language) => STOPWORDS[language] ?? []), ...SHORTHAND]);

/** A word, hyphenated parts kept together: "allez-y" is French, not "allez" and Spanish "y"; "e-mail" holds no Italian "e". */
const WORD = /[\p{L}']+(?:-[\p{L}']+)*/gu;

/**
 * The share of a text's words that are function words of the languages triage reads. Terse mail in
 * them ("yes pls delete the old one too", "svp supprimez mon compte") has too few to name the
 * language but still some; a paragraph in a language with no profile here has next to none.
 */
export function supportedFunctionWordShare(text: string): number {
  const tokens = text.toLowerCase().match(WORD) ?? [];
  if (tokens.length === 0) return 0;
  return tokens.filter((token) => SUPPORTED_FUNCTION_WORDS.has(token)).length / tokens.length;
}

/**
 * Guesses the language from function-word frequencies; a handful of words is 'und'.
 * Only the text the sender wrote is passed in, so a quoted English reply does not outvote a French request.
 */
export function detectLanguage(text: string): LanguageGuess {
  const script = detectScript(text);
  if (script) return { language: script, certainty: 0.9 };
  const tokens = text.toLowerCase().match(WORD) ?? [];
  if (tokens.length < 3) return { language: 'und', certainty: 0 };
  // Each distinct word is looked up once per language, however often it recurs.
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const hitsOf = new Array<number>(LANGUAGES.length).fill(0);
  for (const [token, count] of counts) {
    const languages = LANGUAGES_OF_WORD.get(token);
    if (languages) for (const index of languages) hitsOf[index] = (hitsOf[index] as number) + count;
  }
  const byWords = LANGUAGES.map((language, index) => ({ language, hits: hitsOf[index] as number }));
  // Signature letters add at most 0.1: a language that cannot reach the second-best word score even
  // with them cannot be first or second, so its letters are not counted (each count is a full scan).
  const wordScores = byWords.map(({ hits }) => hits / tokens.length).sort((a, b) => b - a);
  const secondByWords = wordScores[1] ?? 0;
  const scores = byWords.map(({ language, hits }) => {
    const letters = SIGNATURE_LETTERS[language];
    const contender = hits / tokens.length + SIGNATURE_BONUS_BOUND >= secondByWords;
    const signature = letters && contender ? Math.min(text.match(letters)?.length ?? 0, tokens.length) : 0;
    return { language, score: hits / tokens.length + (0.1 * signature) / tokens.length, hits };
  });
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  // One function word names the language of a one-liner ("svp supprimez mon compte") when no other
  // language claims as much; in longer text one is chance. Only ours: "Ja, alles mag weg" is not Finnish.
  const alone = best !== undefined && best.hits === 1 && tokens.length <= ONE_WORD_NAMES_UP_TO && best.score > (second?.score ?? 0) && (SUPPORTED_LANGUAGES as readonly string[]).includes(best.language);
  if (!best || (best.hits < 2 && !alone)) return { language: 'und', certainty: 0 };
  const margin = best.score - (second?.score ?? 0);
  const certainty = Math.max(0, Math.min(1, best.hits >= 8 ? 0.6 + margin * 4 : 0.3 + margin * 3));
  return { language: best.language, certainty };
}
