import { ask, words, type Rule } from '../rule.js';

/**
 * "What do you do with my data?", "Wer kann mein Tagebuch lesen?": the purposes of processing and who
 * receives the data are part of the right of access (GDPR Art. 15(1)(a) and (c), CCPA 1798.110(a)),
 * asked as a plain question. English already reads who can see the data (en.ts).
 */
export const WHAT_YOU_DO_RULES: Rule[] = [
  // What is done with the data.
  ask('disclosure', words("what (?:exactly )?(?:do|does|will|did) (?:you|y['’]all|you guys|your (?:company|app|clinic|practice|service|team)) (?:actually |really |exactly )?do with (?:all )?my (?:[\\p{L}-]+ ){0,2}?(?:data|info|information|details|records|notes|entries|answers|recordings)")),
  ask('disclosure', words("(?:que|qu['’]est-ce que) (?:vous )?faites(?:-vous| vous)? (?:de|avec) (?:toutes )?mes (?:[\\p{L}-]+ ){0,2}?(?:données|donnees|informations|notes)|vous faites quoi (?:de|avec) (?:toutes )?mes (?:[\\p{L}-]+ ){0,2}?(?:données|donnees|informations|notes)")),
  ask('disclosure', words('qué (?:hacéis|haceis|hacen|hace usted|haces|hace la empresa) con (?:todos )?mis (?:[\\p{L}-]+ ){0,2}?(?:datos|información|informacion|notas)')),
  ask('disclosure', words("(?:cosa|che cosa|che) (?:ne )?(?:fate|fa|farete|ci fate) (?:con|dei|de) (?:tutti )?(?:i )?miei (?:[\\p{L}-]+ ){0,2}?(?:dati|informazioni)")),
  ask('disclosure', words('o que (?:é que )?(?:vocês |você |a empresa |a clínica )?(?:fazem|faz|farão|fizeram) com (?:todos )?(?:os )?meus (?:[\\p{L}-]+ ){0,2}?(?:dados|informações|informacoes)')),
  ask('disclosure', words('was (?:macht|machen|tut|tun) (?:ihr|Sie|die Firma|Ihr Unternehmen|Ihre Praxis|die App) (?:eigentlich |genau |konkret |überhaupt )?mit meinen (?:[\\p{L}-]+ )?(?:Daten|Informationen|Angaben)')),
  ask('disclosure', words('wat (?:doen|doet) (?:jullie|u|je|jij|het bedrijf|de praktijk|de app) (?:eigenlijk |precies |allemaal |nou )?met (?:al )?mijn (?:[\\p{L}-]+ )?(?:gegevens|data|informatie)')),
  // Who can see it.
  ask('disclosure', words("qui (?:peut|pourrait|a pu|peuvent) (?:lire|voir|consulter|accéder à) (?:mes|mon|ma|ce que j['’](?:écris|ai écrit))")),
  ask('disclosure', words('quién (?:puede|podría|ha podido|pueden) (?:leer|ver|consultar|acceder a) (?:mis|mi|lo que escribo|lo que he escrito)')),
  ask('disclosure', words('chi (?:può|potrebbe|ha potuto|possono) (?:leggere|vedere|consultare|accedere a(?:i|l|lla|lle)?) (?:i miei|il mio|la mia|le mie|miei|mio|mia|mie|quello che scrivo|ciò che scrivo)')),
  ask('disclosure', words('quem (?:pode|poderia|consegue|podem) (?:ler|ver|consultar|aceder a|acessar) (?:os meus|o meu|a minha|as minhas|meus|meu|minha|minhas|o que escrevo)')),
  ask('disclosure', words('wer (?:kann|darf|könnte|können) (?:alles )?(?:meine[n]?|mein) (?:[\\p{L}-]+ ){0,3}?(?:lesen|sehen|einsehen|abrufen)|wer (?:hat|hatte|haben) (?:alles )?Zugriff auf (?:meine[n]?|mein)')),
  // Whom it is passed to: "¿con quién comparten mis datos?", "an wen geben Sie meine Daten weiter?" (Art. 15(1)(c)).
  ask('disclosure', words('(?:con|a) quién(?:es)? (?:se )?(?:comparten|compartís|comparte|han compartido|ceden|cedéis|han cedido|comunican|han comunicado|pasan|han pasado|envían|han enviado|venden|han vendido|dan|han dado) (?:mis|mi|los|sus) (?:[\\p{L}-]+ ){0,2}?(?:datos|información|informacion|historial)')),
  ask('disclosure', words("(?:à|avec) qui (?:est-ce que )?(?:vous )?(?:transmettez|communiquez|partagez|cédez|vendez|donnez|avez (?:transmis|communiqué|partagé|cédé|vendu|donné))(?:-vous)? (?:mes|mon|ma) (?:[\\p{L}-]+ ){0,2}?(?:données|donnees|informations|dossier)")),
  ask('disclosure', words('(?:con|a) chi (?:avete |vengono |sono stati )?(?:condividete|condiviso|condivisi|passate|passato|passati|date|dato|dati|comunicate|comunicato|comunicati|cedete|ceduto|ceduti|vendete|venduto|venduti|inviate|inviato|inviati) (?:i miei|il mio|la mia|le mie|miei|mio|mia)(?: [\\p{L}-]+){0,2}? ?(?:dati|informazioni)?')),
  ask('disclosure', words('(?:com|a) quem (?:é que )?(?:vocês )?(?:partilham|compartilham|partilharam|compartilharam|passam|passaram|cedem|cederam|enviam|enviaram|vendem|venderam|comunicam|comunicaram|dão|deram) (?:os meus|o meu|a minha|as minhas|meus|meu|minha|minhas)')),
  ask('disclosure', words('an wen (?:geben|gaben|leiten|verkaufen|übermitteln|schicken) (?:Sie|ihr) (?:meine[n]?|mein) (?:[\\p{L}-]+ ){0,2}?(?:Daten|Informationen|Angaben|Befunde)|an wen (?:wurden|werden|sind) (?:meine[n]?|mein) (?:[\\p{L}-]+ ){0,2}?(?:Daten|Informationen|Angaben|Befunde)')),
  ask('disclosure', words('met wie (?:delen|deelt|deelden|hebben) (?:jullie|u|je) (?:[\\p{L}-]+ )?(?:al )?mijn (?:[\\p{L}-]+ )?(?:gegevens|data|informatie)|aan wie (?:geven|geeft|verkopen|verstrekken|hebben) (?:jullie|u) (?:[\\p{L}-]+ )?mijn (?:[\\p{L}-]+ )?(?:gegevens|data|informatie)')),
  ask('disclosure', words('wie (?:kan|mag|kon|kunnen) (?:er )?(?:al )?mijn (?:[\\p{L}-]+ ){0,3}?(?:lezen|zien|inzien|bekijken)|wie (?:heeft|hebben) (?:er )?toegang tot mijn')),
];
