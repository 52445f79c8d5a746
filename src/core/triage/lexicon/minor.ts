import { stem, topic, words, type Rule } from '../rule.js';

/**
 * Languages we recognise but do not fully support (cs, pl, sk, sv, da, no, ro, hr, sl, el, hu, fi).
 * Only the plainest request nouns: enough to point a person at the right queue, and the verdict's
 * confidence stays low for these languages whatever they match.
 */
export const MINOR_RULES: Rule[] = [
  // "my daughter (13)", "mein Sohn (12)", "mi hija (11)": a child and an age, in any of our languages.
  topic('child_data', 2, words('(?:son|daughter|child|kid|Sohn|Tochter|Kind|hijo|hija|fils|fille|enfant|figlio|figlia|filho|filha|zoon|dochter|kind) \\(\\d{1,2}(?: ?(?:y|yo|years?|Jahre?|años|ans|anni|anos|jaar))?\\)')),
  topic('deletion', 2, stem('vymazání|výmaz|smazání|usunięci|usuniecie|vymazanie|radering|sletning|sletting|ștergere|stergere|ştergere|brisanj|izbris|διαγραφ|törlés|poisto')),
  topic('disclosure', 2, stem('přístup k osobním|přístupu k osobním|dostęp\\p{L}* do|dostępu|registerutdrag|tillgång till|indsigt|innsyn|acces(?:ul)? la|pristup\\p{L}* osobnim|πρόσβαση|hozzáférés|pääsy')),
  topic('correction', 2, stem('oprav[ay]|opravení|sprostowani|rättelse|berigtigelse|retting|rectificare|ispravak|ispravljanj|διόρθωσ|helyesbítés|oikaisu')),
  topic('opt_out', 2, stem('námitk|námietk|sprzeciw|odmawiam przetwarzania|invändning|indsigelse|innsigelse|opoziți|opozitie|prigovor|εναντίωσ|αντίρρησ|tiltakozás|vastustaa')),
  topic('complaint', 2, stem('stížnost|skarg|klagomål|klage|plângere|pritužb|καταγγελ|panasz|valitus|påminnelse|upomnienie|inget svar|nu am primit')),
];
