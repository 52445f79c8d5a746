import type { Verdict } from '../../types.js';
import { DUTCH_WISSEN, ERASING_STEMS } from './lexicon/erasing.js';
import { DELETE_NOTHING } from './new-text-phrases.js';
import { words } from './rule.js';
import { refusedSpans } from './score.js';

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
  // "Ich möchte mein Konto nicht mehr löschen": the verb last, past the object no rule reads on its own
  // (the other languages' "no longer wanted" are the rules' words, negated: clause-negation.ts).
  '(?:möchte|will|wollen|möchten) (?:(?!alles)\\p{L}+ ){0,4}?nicht mehr (?:löschen|gelöscht|kündigen)',
  'wil (?:(?!alles)\\p{L}+ ){0,4}?niet meer (?:laten )?(?:verwijderen|opzeggen|wissen)',
].join('|');
const NOTHING_DELETED = words(`${DELETE_NOTHING}|${MORE_REFUSALS}`);

/**
 * Whether the text turns erasure down as a whole ("delete nothing"). A refusal of one thing ("I don't
 * want to close my account, but please delete the diary entries") still asks to erase another.
 */
export function deletionTurnedDown(text: string): boolean {
  return text.search(NOTHING_DELETED) >= 0 || onlyDeletionRefused(text);
}

/** As much of the body as the rules read (index.ts). */
const MAX_SCAN_CHARS = 40_000;

/** A word of erasing, in our seven languages: "delete", "borren", "effacer", "löschen", "apaguem", "verwijderen", ... */
const ERASING_WORD = new RegExp(
  `(?<!\\p{L})(?:${ERASING_STEMS}|remov|purg|destroy|supr|détrui|losch|entfern|vernicht|${DUTCH_WISSEN})\\p{L}*`,
  'giu',
);

/**
 * "NÃO quero excluir a conta!!! Só pedi pra vocês pararem de me ligar": the only erasing the text
 * names is turned down. "No quiero cerrar la cuenta. Lo que quiero es que borren las grabaciones"
 * turns one erasure down and asks for another, in words the rules may not read: that one stands.
 */
function onlyDeletionRefused(body: string): boolean {
  // As the rules read it: a request is made in a letter's first pages (a 1 MB body costs no more).
  const text = body.slice(0, MAX_SCAN_CHARS);
  const refused = refusedSpans('deletion', text);
  if (refused.length === 0) return false;
  for (const word of text.matchAll(ERASING_WORD)) {
    if (!refused.some(([start, end]) => word.index >= start && word.index < end)) return false;
  }
  return true;
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
