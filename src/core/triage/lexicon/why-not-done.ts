import { chase, words, type Rule } from '../rule.js';

/**
 * "I want to know why my objection of January was not carried out", "gradirei una spiegazione sul
 * perché la mia disiscrizione sia stata ignorata": asking why an earlier request was ignored or never
 * carried out is a grievance about how it was handled (GDPR Art. 12(4), 77), whatever else the mail
 * asks again. Read only in mail about personal data (a chase), and only with the failure in the same
 * sentence as the "why".
 */
const SAME_SENTENCE = '[^.?!\\n]{0,100}?';

export const WHY_NOT_DONE_RULES: Rule[] = [
  chase('complaint', words(`why${SAME_SENTENCE}(?:ignored|disregarded|(?:not|never) (?:been )?(?:carried out|actioned|processed|honou?red|respected|implemented|executed|acted (?:on|upon)|applied|done)|(?:wasn't|weren't|hasn't been|haven't been|didn't get|was never|were never) (?:carried out|actioned|processed|honou?red|respected|implemented|done|applied|changed|updated|corrected|deleted|removed)|(?:you|nobody|no one) (?:ignored|(?:didn't|did not|never) (?:act on|process|carry (?:it |this |that )?out|honou?r|respect|do (?:it|this|that|anything))))`)),
  chase('complaint', words(`(?:warum|wieso|weshalb)${SAME_SENTENCE}(?:ignoriert|missachtet|übergangen|(?:nicht|nie) (?:\\p{L}+ ){0,2}?(?:umgesetzt|bearbeitet|ausgeführt|berücksichtigt|beachtet|erledigt|durchgeführt|geändert|gelöscht|respektiert))`)),
  chase('complaint', words(`por qu[ée]${SAME_SENTENCE}(?:ignor(?:ó|aron|ado|ada|ados|adas)|no se (?:\\p{L}+ ){0,2}?(?:hizo|ha hecho|hicieron|tramitó|ha tramitado|atendió|ha atendido|respetó|ha respetado|aplicó|ha aplicado|cumplió|ha cumplido|cambió|ha cambiado|ejecutó|procesó|borró)|no (?:ha sido|fue|han sido|fueron) (?:atendid|tramitad|respetad|aplicad|procesad|ejecutad)\\p{L}*|no (?:hicieron|han hecho|atendieron|han atendido|respetaron|han respetado|cumplieron|han cumplido|tramitaron|cambiaron|han cambiado))`)),
  chase('complaint', words(`pourquoi${SAME_SENTENCE}(?:ignorée?s?|n['’](?:a|ont) (?:pas|jamais) été (?:traitée?s?|prise?s? en compte|respectée?s?|appliquée?s?|exécutée?s?|effectuée?s?|faite?s?|modifiée?s?|supprimée?s?)|n['’](?:avez|a|ont) (?:pas|jamais) (?:traité|pris en compte|respecté|appliqué|exécuté|fait|modifié|supprimé|tenu compte))`)),
  chase('complaint', words(`perch[éeè]${SAME_SENTENCE}(?:ignorat[aoie]|non (?:è|sono|sia|siano|fosse|fossero) stat[aoie] (?:\\p{L}+ )?(?:rispettat|eseguit|applicat|gestit|pres[aoie] in considerazione|evas|fatt|modificat|cancellat)\\p{L}*|non (?:avete|ha|hanno|abbiate) (?:\\p{L}+ )?(?:rispettato|eseguito|applicato|gestito|considerato|fatto|modificato|cancellato|tenuto conto))`)),
  chase('complaint', words(`por qu[eê]${SAME_SENTENCE}(?:ignorad[oa]s?|ignoraram|não (?:foi|foram) (?:\\p{L}+ )?(?:atendid|respeitad|cumprid|executad|aplicad|tratad|processad|feit|alterad|apagad)\\p{L}*|não (?:atenderam|respeitaram|cumpriram|executaram|aplicaram|trataram|fizeram|alteraram|apagaram))`)),
  chase('complaint', words(`waarom${SAME_SENTENCE}(?:genegeerd|(?:niet|nooit) (?:\\p{L}+ ){0,2}?(?:uitgevoerd|verwerkt|behandeld|gehonoreerd|gerespecteerd|doorgevoerd|aangepast|gewijzigd|verwijderd|opgevolgd))`)),
];
