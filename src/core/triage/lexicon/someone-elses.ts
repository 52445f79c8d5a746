import { ask, words, type Rule } from '../rule.js';

/**
 * "Sie haben mir den Befund einer anderen Patientin geschickt", "alleen is het niet de mijne: het is
 * die van Jeroen", "recebi os exames de outra pessoa": another person's data that reached the writer
 * is misdirected mail, a breach (GDPR Art. 4(12), 33) and a grievance about its handling. English and
 * French name it in their language files; these are the other five.
 */
const ANOTHER_DE = "(?:eines anderen|einer anderen) (?:Patient\\p{L}*|Person|Kund\\p{L}*|Klient\\p{L}*|Mitglied\\p{L}*)|von (?:jemand(?:em)? anderem|einer fremden Person|einem Fremden)";
const ANOTHER_IT = "di (?:un['’]altr[ao]|altr[ie]) (?:paziente|persona|cliente|utente|assistit[oa])|di qualcun altro|di un(?:a)? sconosciut[oa]";
const ANOTHER_PT = "de (?:outr[ao]|um[a]? outr[ao]) (?:pessoa|paciente|cliente|utente)|de outrem|de um[a]? desconhecid[oa]";
const ANOTHER_NL = "van (?:iemand anders|een andere (?:klant|patiënt|cliënt|persoon|deelnemer)|een onbekende)";
const ANOTHER_ES = "de (?:otr[ao]|un[a]? otr[ao]) (?:persona|paciente|cliente|usuari[ao])|de (?:otra|alguna otra) persona|de un(?:a)? desconocid[oa]";

export const SOMEONE_ELSES_RULES: Rule[] = [
  ask('complaint', words(`(?:Sie haben mir|ihr habt mir|ich habe|ich erhielt|mir wurden?|bei mir (?:ist|sind)) (?:[\\p{L}-]+ ){0,5}?(?:${ANOTHER_DE})|nicht (?:mein(?:e[nr]?)?|meiner) (?:[\\p{L}-]+ )?(?:Befund|Brief|Rechnung|Akte|Daten|Unterlagen|Bericht|Laborwerte|Ergebnis)\\p{L}*,? sondern (?:der|die|das|den|dem) (?:von|einer|eines)`)),
  ask('complaint', words(`(?:mi avete (?:mandato|inviato|spedito|girato)|mi (?:è|sono) (?:arrivat[oaie]|stat[oaie] (?:inviat|mandat|spedit)\\p{L}*)|ho ricevuto) (?:[\\p{L}'’]+ ){0,5}?(?:${ANOTHER_IT})|non (?:è|e['’]) (?:il mio|la mia|mio|mia)(?: \\p{L}+)?,? (?:ma|è) quell[oa] di`)),
  ask('complaint', words(`(?:recebi|(?:vocês )?(?:me )?(?:enviaram|mandaram)(?:-me)?|chegou-me|chegaram-me|(?:me )?chegou|(?:me )?chegaram) (?:[\\p{L}]+ ){0,5}?(?:${ANOTHER_PT})|não (?:é|são) (?:o meu|a minha|os meus|as minhas)(?: \\p{L}+)?,? (?:mas|é|são) (?:o|a|os|as) d[eoa]`)),
  ask('complaint', words(`(?:ik heb|jullie hebben (?:mij|me)|u heeft (?:mij|me)|ik kreeg|ik ontving|(?:bij mij|mij) is) (?:[\\p{L}-]+ ){0,6}?(?:${ANOTHER_NL})|niet (?:de|het) mijne[:,]? (?:het is|maar) (?:die|dat) van`)),
  ask('complaint', words(`(?:recibí|he recibido|me (?:han )?(?:enviado|mandado|llegado)|me (?:enviaron|mandaron|llegó|llegaron)) (?:[\\p{L}]+ ){0,5}?(?:${ANOTHER_ES})|no (?:es|son) (?:el mío|la mía|los míos|las mías|mí[oa]s?)(?:,| sino) (?:es |son )?(?:el|la|los|las) de`)),
];
