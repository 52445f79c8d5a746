import type { Verdict } from '../../types.js';
import { DELETE_NOTHING } from './new-text-phrases.js';
import { words } from './rule.js';

/**
 * "Pouvez-vous m'envoyer l'ensemble de mes données ? Ne supprimez rien pour l'instant", "I only want
 * the emails to stop, I don't want my account deleted": erasure turned down beside another request.
 * The rules drop the refused words; the learned model, which reads words and not their negation, may
 * still see "supprimez" or "deleted" and add a deletion the person refused. Erasure cannot be undone
 * (GDPR Art. 17 is a right, not a default), so the model alone may not add it against such words.
 */
/**
 * More forms of it than a withdrawal reads: "nichts zu löschen", "löschen Sie noch nichts", "no
 * borréis nada". As a withdrawal they would blank the request beside them ("No borréis nada, solo
 * quiero darme de baja"); here they only keep the model from adding a deletion.
 */
const MORE_REFUSALS = [
  "(?:please )?(?:do not|don't|dont) (?:delete|erase|remove) (?:anything|any of it)|(?:i )?(?:do not|don't|dont) want anything (?:deleted|erased|removed)",
  'nichts zu löschen|löschen Sie (?:bitte )?noch nichts',
  'no (?:borréis|eliminéis|suprimáis) nada',
  'ne effacez rien',
  'non (?:eliminate|cancellare|eliminare) (?:nulla|niente)',
  'não (?:apagar|excluir|eliminar) nada',
  'verwijder nog niets|niets (?:te )?verwijderen',
  // A deletion no longer wanted: "I no longer want my account deleted", "je ne souhaite plus supprimer
  // mon compte"; not "je ne veux plus tout supprimer, effacez seulement les vidéos" (a part still goes).
  '(?:i )?no longer (?:want|wish|need) (?:you to )?(?:(?:my|the|this|that|your) (?:\\p{L}+ )?|it )?(?:delete|deleted|erase|erased|remove|removed|close|closed)',
  "ne (?:veux|souhaite|désire|demande) plus (?:que vous |qu['’]on )?(?:supprim|effac|clôtur|ferm)\\p{L}*",
  'ya no (?:quiero|deseo|necesito|pido) (?:que )?(?:me |se |lo |la )?(?:borr|elimin|supr|cancel)\\p{L}*',
  'non (?:voglio|vorrei|desidero|chiedo) più (?:di |che )?(?:mi |si )?(?:cancell|elimin|chiud)\\p{L}*',
  '(?:já não (?:quero|desejo|peço)|não (?:quero|desejo|peço) mais) (?:que )?(?:me |se )?(?:apag|exclu|elimin|encerr)\\p{L}*',
  '(?:möchte|will|wollen|möchten) (?:(?!alles)\\p{L}+ ){0,4}?nicht mehr (?:löschen|gelöscht|kündigen)',
  'wil (?:(?!alles)\\p{L}+ ){0,4}?niet meer (?:laten )?(?:verwijderen|opzeggen|wissen)',
].join('|');
const NOTHING_DELETED = words(`${DELETE_NOTHING}|${MORE_REFUSALS}`);

/**
 * Whether the text turns erasure down as a whole ("delete nothing"). A refusal of one thing ("I don't
 * want to close my account, but please delete the diary entries") still asks to erase another.
 */
export function deletionTurnedDown(text: string): boolean {
  return text.search(NOTHING_DELETED) >= 0;
}

/**
 * The combined verdict without a deletion only the model read, where the person's own words turn
 * erasure down; the rules' labels stand as they are. When nothing is left the mail asks for nothing.
 */
export function withoutRefusedDeletion(combined: Verdict, rules: Verdict, body: string): Verdict {
  if (!combined.labels.includes('deletion') || rules.labels.includes('deletion') || !deletionTurnedDown(body)) return combined;
  const labels = combined.labels.filter((label) => label !== 'deletion');
  const evidence = combined.evidence.filter((item) => item.label !== 'deletion');
  if (labels.length === 0) return { ...combined, primary: 'other', labels: ['other'], evidence };
  return { ...combined, primary: combined.primary === 'deletion' ? (labels[0] ?? 'other') : combined.primary, labels, evidence };
}
