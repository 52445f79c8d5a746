import { ask, stem, topic, words, type Rule } from '../rule.js';

/** A son, daughter or child in any of our seven languages, the possessive before it optional. */
export const CHILD = "(?:son|daughter|child|kid|boy|girl|stepson|stepdaughter|grandson|granddaughter|Sohn|Söhnchen|Tochter|Töchterchen|Kind|Junge|Mädchen|Enkel|Enkelin|Stiefsohn|Stieftochter|hijo|hija|hijit[oa]|niño|niña|nieto|nieta|hijastr[oa]|fils|fille|enfant|garçon|petit-fils|petite-fille|figlio|figlia|figliolett[oa]|bambin[oa]|bimb[oa]|nipote|figliastr[oa]|filho|filha|filhinh[oa]|criança|menin[oa]|net[oa]|enteado|enteada|zoon|zoontje|dochter|dochtertje|kindje|jongen|jongetje|meisje|kleinzoon|kleindochter|stiefzoon|stiefdochter)(?:'s)?";
/**
 * An age under 18: COPPA's line is 13, the GDPR's (Art. 8) 13 to 16, and every minor's record is a
 * parent's to ask about. Every lexicon's child-and-age rule uses it: "my son, 25" is no child's data.
 */
export const MINOR_AGE = '(?:1[0-7]|[1-9])(?![0-9])';
const YEARS = "(?:yrs?|years?(?: old)?|Jahre(?: alt)?|jährig\\p{L}*|años|añitos|ans|anni|anos|jaar|meses|mois|months|Monate|mesi|maanden)";
/**
 * An age under 18 in words, two to seventeen, as voicemail transcripts and many people write it ("my
 * son Mateo is eleven", "mi hija tiene once años", "ma fille a douze ans"). One is left out: "one",
 * "un", "uno", "een", "eins" are also articles and pronouns.
 */
const MINOR_AGE_WORD =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|' +
  'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|' +
  'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|' +
  'due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|' +
  'dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quinze|dezesseis|dezasseis|dezessete|dezassete|' +
  'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)';
/** After an age in words: its years word, or the end of the phrase ("is eleven and he set up…"); never a noun ("is two steps ahead"). */
const AFTER_AGE_WORD = `(?: ${YEARS}(?![\\p{L}])|(?=[,.;:!?)]|$| (?:and|und|y|e|et|en|but|aber|pero|mais|ma|mas|maar|so|also)(?![\\p{L}])))`;
/** The verb between a child and their age: "is", "tiene", "a", "heeft". */
const AGE_VERB = '(?:aged?|is|ist|wird|tiene|cumple|a|ha|tem|fait|heeft|who is|que tiene|die|der)';
/** The child, a name of up to three words, then the age: "my daughter Elif (8)", "mon fils Félix (4 ans, groupe des Coccinelles)", "mi niña ... tiene 7". */
const CHILD_WITH_AGE = `${CHILD}(?:,? \\p{L}+){0,3},? (?:\\(${MINOR_AGE}(?: ?(?:y|yo|${YEARS}))?(?:\\)|(?=[,;] ))|${AGE_VERB} ${MINOR_AGE}(?: ${YEARS})?(?=[ ,.;:!)]|$)|(?:of|de|von|di|van) ${MINOR_AGE} ${YEARS})`;
/**
 * "I'm 15", "ich bin 14", "tengo 13 años", "j'ai 15 ans": a teenager writing about their own data (not "tengo 3 años de
 * experiencia"). Chat spellings ("im 13 years", "jai 15 ans") only with the years word: German "im 15." is a date.
 */
const OWN_MINOR_AGE = `(?:im|i m|jai|j ai) 1[0-7] (?:yrs?|years?|yo|y/o|ans)(?![\\p{L}])(?! ?(?:(?:of|in|at|with|de|dans|chez|en) |d'|d’))|(?:i'm|i’m|i am|ich bin|tengo|j'ai|j’ai|ho|tenho|ik ben|soy) 1[0-7](?: ${YEARS}(?! (?:of|de|di|d'|an) ?(?:experien|esperien|ervaring|work|trabajo|travail|lavoro))|(?= ?[,.;!)]| (?:and|und|y|et|e|en)(?![\\p{L}])))`;

/**
 * Languages we recognise but do not fully support (cs, pl, sk, sv, da, no, ro, hr, sl, el, hu, fi).
 * Only the plainest request nouns: enough to point a person at the right queue, and the verdict's
 * confidence stays low for these languages whatever they match.
 */
/** Children, teenagers and pupils, in the plural, in the seven languages. */
export const CHILDREN_PLURAL =
  'children|kids|teens?|teenagers?|students|pupils|Kinder|Jugendliche\\p{L}*|Schüler\\p{L}*|niños|niñas|hijos|hijas|adolescentes|alumn[oa]s|enfants|ados|adolescents|élèves|bambini|ragazz[ie]|figli|alunni|studenti|crianças|filhos|filhas|alunos|kinderen|tieners|leerlingen|jongeren';
/** Children as a group, as a coach, a teacher or a school writes of them: a squad's players too. */
const CHILDREN = `(?:${CHILDREN_PLURAL}|Kinder\\p{L}+|Jugend\\p{L}+|players|swimmers|gymnasts|athletes|girls|boys|Schwimmer(?:innen)?|nadador[ae]s|nageurs|nageuses|nuotatori|zwemmers|Kindern|Spieler(?:innen)?|Mädchen|Jungen|jugador[ae]s|chic[oa]s|joueurs|joueuses|filles|garçons|bambine|alunne|atlet[ie]|atletas|jogador[ae]s|meninos|meninas|spelers|spelertjes|meisjes|jongens)`;
/** An age range under 18: "(8-10 anni)", "van 8 tot 10 jaar", "aged 8 to 10", "tra 8 e 10 anni", "de entre 10 y 14 años"; not two children's ages ("(7 and 10)"). */
const RANGE_WORDS = `(?:(?:aged|of|de|von|di|van|from|dai|dos|des) ${MINOR_AGE}\\s*(?:-|–|to|bis|a|à|tot|ai|aos|aux)\\s*${MINOR_AGE}|(?:(?:de|d['’]|da) )?(?:between|zwischen|entre|tra|fra|tussen) ${MINOR_AGE} (?:and|und|y|e|et|en) ${MINOR_AGE}) (?:${YEARS}|Jahren)`;
/** "(ages 9–10)", "(5 bis 9 Jahre)", "(de 10 a 13 años)": the range in brackets, with or without a word for age. */
const AGE_WORD = '(?:ages?|aged|âgés?|edades?|età|idades?|leeftijd|Alter)';
const RANGE_IN_BRACKETS = `\\((?:${AGE_WORD}:? )?${MINOR_AGE}\\s*(?:-|–|to|bis|a|à|tot|ai|aos|aux)\\s*${MINOR_AGE}(?: ${YEARS})?\\)`;
/** Two or more ages under 18 with a years word: "de 12 et 13 ans", "of 9, 10 and 11 years". */
const AGES_LISTED = `(?:of|de|von|di|van|aged|dai|dos|des) ${MINOR_AGE}(?:,\\s?${MINOR_AGE})*,? (?:and|und|y|e|et|en|or|oder|o|ou|of) ${MINOR_AGE} (?:${YEARS}|Jahren)`;
const GROUP_WITH_AGES = `${CHILDREN}(?: \\p{L}+){0,2},? (?:${RANGE_IN_BRACKETS}|\\(?${RANGE_WORDS}\\)?|${AGES_LISTED})`;
/** Children by their age as a group: "9 and 10 year olds", "12-year-olds" (never one adult's "a 12-year-old car"). */
const YEAR_OLDS = `(?:${MINOR_AGE}(?:\\s?(?:-|–|to|and|or)\\s?${MINOR_AGE})?)[- ]year[- ]olds`;
/**
 * One child of a squad or class, by role, with an age under 18 in brackets, perhaps after the team:
 * "notre joueur Elias (Juniors D, 11 ans)", "our swimmer Mia (12)", "la alumna Lucía (9 años)".
 */
const YOUTH_MEMBER =
  '(?:player|swimmer|gymnast|athlete|pupil|student|Spieler(?:in)?|Schwimmer(?:in)?|Turner(?:in)?|Schüler(?:in)?|jugador(?:a)?|nadador(?:a)?|gimnasta|alumn[oa]|joueur|joueuse|nageur|nageuse|gymnaste|élève|giocat(?:ore|rice)|nuotat(?:ore|rice)|alunn[oa]|atleta|jogador(?:a)?|alun[oa]|speler|speelster|zwemmer|turnster|leerling)';
const MEMBER_WITH_AGE = `${YOUTH_MEMBER}(?: \\p{L}+){0,3},? \\((?:[^()\\n]{1,25}[,;] )?${MINOR_AGE}(?: ?(?:y|yo|${YEARS}))?\\)`;
/**
 * A school's pupils: its own ("our pupils", "unsere Schüler", "nuestros alumnos", "nos élèves", "i
 * nostri alunni", "os nossos alunos", "onze leerlingen"), or pupils of a primary or lower-secondary
 * year ("alunos do 1.º ciclo", "alunni della primaria", "pupils across Reception to Year 6").
 */
const PUPILS = "(?:pupils|Schüler(?:innen)?|Grundschüler\\p{L}*|alumn[oa]s|élèves|eleves|alunni|alunne|alun[oa]s|leerlingen|scholieren)";
const OUR_PUPILS = `(?:our|unsere[nr]?|nuestr[oa]s|nos|i nostri|le nostre|nostri|os nossos|as nossas|nossos|nossas|onze) ${PUPILS}`;
const PRIMARY_YEARS =
  "(?:primary|elementary|primaria|primária|infantil|Grundschule|Primarstufe|maternelle|école primaire|basisschool|(?:1|2)\\.?\\s?[ºo°] ciclo|[1-6]\\.?\\s?[ºo°] (?:de )?(?:primaria|ano|año|curso)|Reception|Year [1-9](?![0-9])|Klassen? [1-9](?![0-9])|[1-9]\\. Klassen?|CP|CE1|CE2|CM1|CM2|[3-6]e|secondaria di primo grado|scuola (?:dell'infanzia|primaria|elementare|media)|groep [1-8])";
const PUPILS_OF_A_YEAR = `${PUPILS} (?:\\p{L}+ ){0,2}?(?:de|do|da|dos|del|della|delle|dei|of|in|der|van|uit|at|from|en|em|across|aus|du|de la) (?:\\p{L}+ ){0,2}?${PRIMARY_YEARS}`;
/** A school year of children: "grades K-5", "4th grade", "kindergarten"; the French team name "les moins de 12 ans". */
const SCHOOL_GRADE = '(?:grades? (?:K|[1-9])(?:\\s*(?:-|–|to|through)\\s*(?:[1-9]|1[0-2]))?|(?:1st|2nd|3rd|[4-8]th)[- ]grade(?:rs?)?|kindergarten(?:ers)?|(?:des|les) moins de (?:[6-9]|1[0-7]) ans)';
/** A youth team's age group: "U10s", "U-12", "under-11s", "sub-11". */
const YOUTH_TEAM = '(?:U-?|under-|sub-)(?:[6-9]|1[0-7])s?';
/**
 * Minors named as such: "tutore del minore", "380 minori", "Minderjährige", "menores de edad",
 * "mineurs", "minderjarigen". Not "a minor issue", "i minori costi" or "el menor precio".
 */
const MINORS = [
  'minors|underage (?:children|players|pupils|users|kids)',
  '(?:des|der|eines|einer|von|Daten) Minderjährigen|minderjährige[nrs]? (?:Kind|Kinder|Sohn|Tochter|Spieler|Schüler|Patient)\\p{L}*',
  'menor(?:es)? de (?:edad|idade)|(?:tutor|tutora|tutela|guarda|datos|dados|padres|pais) (?:\\p{L}+ ){0,2}?(?:del|de los|do|dos|da|das) menor(?:es)?',
  'mineurs|enfants? mineurs?|(?:tuteur|tutrice|tutelle|données|parents?) (?:\\p{L}+ ){0,2}?(?:du|d[’\']un) mineur',
  '\\d+ minori|minori di (?:età|anni)|(?:tutt[ie]|sono|siano) (?:tutt[ie] )?minori(?![\\p{L}])|minorenn[ie]|(?:tutela|tutore|tutrice|dati|genitori|genitore) (?:\\p{L}+ ){0,2}?(?:del|dei|di un) minor[ei]',
  '(?:van|de) minderjarigen?|minderjarige (?:kinderen|leerlingen|spelers|zoon|dochter|patiënt\\p{L}*)',
].join('|');

/** A baby's own data, as a parent names it: "os dados do meu bebê", "our newborn's details"; not "I lost my baby", which is the writer's. */
const BABY = "(?:baby|bebé|bebê|bébé|Säugling|newborn|infant|recém-nascid[oa]|recién nacid[oa]|nouveau-né|neonat[oa]|pasgeboren|zuigeling)";
const OUR = "(?:my|our|mon|ma|notre|mi|nuestro|nuestra|meu|minha|nosso|nossa|mio|mia|nostro|nostra|mijn|onze|meinem|meiner|unserem|unserer|il mio|la mia|o meu|a minha)";
const BABY_DATA =
  `(?:data|details|information|name|photos?|records?|Daten|Namen|Fotos|datos|nombre|fotos|données|nom|dati|nome|foto|dados|gegevens|naam|foto's) (?:\\p{L}+ ){0,2}?(?:of|de|do|da|du|di|del|della|van|von|vom) ${OUR} ${BABY}|(?:my|our) ${BABY}'s (?:\\p{L}+ )?(?:data|details|information|name|photos?|records?|birth)`;

export const MINOR_RULES: Rule[] = [
  // A coach's squad, a school's pupils or a tutor's ward: children's data, reported by whoever holds it.
  { ...ask('child_data', words(`${GROUP_WITH_AGES}|${MEMBER_WITH_AGE}|${SCHOOL_GRADE}|${YOUTH_TEAM}|${YEAR_OLDS}|${OUR_PUPILS}|${PUPILS_OF_A_YEAR}|(?:${MINORS})`)), needsPrivacyContext: true },
  { ...ask('child_data', words(BABY_DATA)), needsPrivacyContext: true },
  // "my daughter (13)", "mein Sohn (12)", "mi hija (11)": a child and an age, in any of our languages.
  // A child of a stated age under 18, or a teenager's own age, in a mail about personal data.
  { ...ask('child_data', words(`${CHILD_WITH_AGE}|(?:he's|she's|they're) ${MINOR_AGE}(?: ${YEARS})?(?=[ ,.;:!)]|$)|${OWN_MINOR_AGE}`)), needsPrivacyContext: true },
  // The same with the age in words: "my son Mateo is eleven and he set up his own account".
  {
    ...ask('child_data', words(`${CHILD}(?: \\p{L}+){0,3},? (?:${AGE_VERB}|qui a|che ha|que tem) ${MINOR_AGE_WORD}${AFTER_AGE_WORD}|(?:he's|she's|he is|she is) ${MINOR_AGE_WORD}${AFTER_AGE_WORD}`)),
    needsPrivacyContext: true,
  },
  topic('child_data', 2, words('(?:son|daughter|child|kid|Sohn|Tochter|Kind|hijo|hija|fils|fille|enfant|figlio|figlia|filho|filha|zoon|dochter|kind) \\(' + MINOR_AGE + '(?: ?(?:y|yo|years?|Jahre?|años|ans|anni|anos|jaar))?\\)')),
  topic('deletion', 2, stem('vymazání|výmaz|smazání|usunięci|usuniecie|vymazanie|radering|sletning|sletting|ștergere|stergere|ştergere|brisanj|izbris|διαγραφ|törlés|poisto')),
  topic('disclosure', 2, stem('přístup k osobním|přístupu k osobním|dostęp\\p{L}* do|dostępu|registerutdrag|tillgång till|indsigt|innsyn|acces(?:ul)? la|pristup\\p{L}* osobnim|πρόσβαση|hozzáférés|pääsy')),
  topic('correction', 2, stem('oprav[ay]|opravení|sprostowani|rättelse|berigtigelse|retting|rectificare|ispravak|ispravljanj|διόρθωσ|helyesbítés|oikaisu')),
  topic('opt_out', 2, stem('námitk|námietk|sprzeciw|odmawiam przetwarzania|invändning|indsigelse|innsigelse|opoziți|opozitie|prigovor|εναντίωσ|αντίρρησ|tiltakozás|vastustaa')),
  topic('complaint', 2, stem('stížnost|skarg|klagomål|klage|plângere|pritužb|καταγγελ|panasz|valitus|påminnelse|upomnienie|inget svar|nu am primit')),
];
