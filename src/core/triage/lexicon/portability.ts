import { ask, words, type Rule } from '../rule.js';

/**
 * "Export my mood diary first, then delete everything": a copy of one's own data in a form to take
 * away is the right of access and portability (GDPR Art. 15(3) and 20, CCPA 1798.100 and 1798.130),
 * even when a deletion follows in the same mail. English has its own export rules (en.ts); this is
 * the same ask in the other six languages.
 */
/** Verbs only: "l'export de mes données" also names a file already received ("merci pour l'export de mes données"). */
const EXPORT =
  '(?:exportar|exporten|exporte|exportez|exporter|esportare|esportate|esportatemi|exportieren|herunterladen|runterladen|exporteren|exporteer|downloaden|descargar|descarguen|baixar|descarregar|télécharger|scaricare)';
const MINE =
  '(?:mis|mi|mes|mon|ma|miei|mie|mio|mia|meus|minhas|meu|minha|meine|meinen|meiner|mijn|los|las|les|i|le|gli|o|os|as|die|de)';
const WHAT =
  '(?:datos|données|dati|dados|Daten|gegevens|diario|diarios|journal|diari|diário|diários|Tagebuch|Tagebücher|dagboek|historial|historique|storico|histórico|Verlauf|geschiedenis|chats?|conversaciones|conversations|conversazioni|conversas|notas|notes|note|Notizen|aantekeningen|registros|sesiones|séances|sedute|sessões|Sitzungen|sessies|grabaciones|enregistrements|registrazioni|gravações|Aufnahmen|opnames|fotos|photos|foto|cuestionarios|questionnaires|questionari|questionários|Fragebögen|vragenlijsten|informes|rapports|relatórios|Berichte|verslagen|gráficos|graphiques|grafici|Diagramme|grafieken|expediente|dossier|cartella|prontuário|Akte)';

export const PORTABILITY_RULES: Rule[] = [
  { ...ask('disclosure', words(`${EXPORT} (?:(?:de|di|dei|delle|degli|des|du|van|von|der|do|da|dos|das|del|todos|toutes|tous|tutti|tutte|alle|all|todo|tout|tutto)(?: (?:los|las|les|i|le|gli|os|as|die|de|la|el))? )?(?:(?:il|la|lo|el|o|a) )?(?:${MINE} )?${WHAT}`)), needsPrivacyContext: true },
  // German and Dutch put the verb last: "meine Daten exportieren", "mijn gegevens te downloaden".
  { ...ask('disclosure', words(`(?:meine|meinen|mijn|alle|die|de) ${WHAT} (?:zu |te )?(?:exportieren|herunterladen|runterladen|exporteren|downloaden)`)), needsPrivacyContext: true },
];
