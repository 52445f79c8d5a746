import { ask, words, type Rule } from '../rule.js';
import { ERASING_STEMS } from './erasing.js';

/**
 * "Posso avere tutti i miei dati?", "¿Puedo recibir todos mis datos?", "Kann ich alle meine Daten
 * bekommen?": asking whether one may have one's own data is the right of access (GDPR Art. 15,
 * CCPA 1798.110), put as a question. English has its own ("can I have my data", en.ts); this is the
 * same ask in the other six languages. "Posso avere i miei dati cancellati?" asks for something else.
 */
const NOT_ANOTHER_WISH = `(?! (?:[\\p{L}'’-]+ ){0,2}?(?:${ERASING_STEMS}|rimoss|corrett|rettific|aggiornat|rectific|corregid|actualizad|corrig|mis à jour|corrigid|atualizad|retificad))`;

/** The data itself, not an account or a profile ("posso avere il mio account indietro?" is about access to a service). */
const OWN_DATA = {
  it: '(?:dati|informazioni|referti|esami|documenti|cartella clinica|fascicolo)',
  es: '(?:datos|información|informacion|registros|historial|expediente)',
  fr: '(?:données|donnees|informations|dossier)',
  pt: '(?:dados|informações|informacoes|registos|registros|prontuário|exames)',
  de: '(?:Daten|Informationen|Unterlagen|Patientenakte|Akte|Befunde)',
  nl: '(?:gegevens|data|informatie|dossier|medisch dossier)',
};

/** Up to a few words before the verb ends a German or Dutch clause: "in einem lesbaren Format". */
const BEFORE_FINAL_VERB = "(?: [\\p{L}\\d'’()-]+){0,6}?";

export const MAY_I_HAVE_RULES: Rule[] = [
  ask('disclosure', words(`(?:posso|potrei|potrò|è possibile) (?:avere|ricevere|ottenere|riavere|scaricare|vedere) (?:una copia (?:di |dei |delle )?)?(?:tutti |tutte )?(?:i |le )?(?:miei|mie) (?:[\\p{L}-]+ ){0,2}?${OWN_DATA.it}${NOT_ANOTHER_WISH}`)),
  ask('disclosure', words(`(?:puedo|podría|podria|es posible) (?:tener|recibir|obtener|conseguir|recuperar|descargar|ver) (?:una copia de )?(?:todos |todas )?(?:mis) (?:[\\p{L}-]+ ){0,2}?${OWN_DATA.es}${NOT_ANOTHER_WISH}`)),
  ask('disclosure', words(`(?:puis-je|est-ce que je peux|je peux|pourrais-je|est-ce que je pourrais|est-il possible d['’]) ?(?:avoir|recevoir|obtenir|récupérer|télécharger|consulter) (?:une copie de )?(?:toutes |tous )?(?:mes) (?:[\\p{L}-]+ ){0,2}?${OWN_DATA.fr}${NOT_ANOTHER_WISH}`)),
  ask('disclosure', words(`(?:posso|poderia|podia|é possível) (?:ter|receber|obter|recuperar|baixar|descarregar|ver|consultar) (?:uma cópia d(?:e|os|as) )?(?:todos |todas )?(?:os |as )?(?:meus|minhas) (?:[\\p{L}-]+ ){0,2}?${OWN_DATA.pt}${NOT_ANOTHER_WISH}`)),
  ask('disclosure', words(`(?:kann|könnte|darf|dürfte) ich (?:bitte )?(?:eine Kopie )?(?:von |aller |all )?(?:alle |sämtliche )?(?:meine|meiner|meinen) (?:[\\p{L}-]+ )?${OWN_DATA.de}${BEFORE_FINAL_VERB} (?:bekommen|erhalten|haben|herunterladen|einsehen)`)),
  ask('disclosure', words(`(?:kan|mag|kon) ik (?:ook )?(?:een kopie van )?(?:al )?(?:mijn) (?:[\\p{L}-]+ )?${OWN_DATA.nl}${BEFORE_FINAL_VERB} (?:krijgen|ontvangen|hebben|downloaden|inzien|opvragen)`)),
];
