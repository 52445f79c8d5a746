import { describe, expect, it } from 'vitest';
import { confirmsDeletion, DELETION_CONFIRMATION_WORDS, explainDeletionConfirmation } from '../../src/core/deletion-confirmation.js';

/**
 * Replies to "do you really want us to delete your personal information?", written the way people
 * answer: phone mail, no accents, lower case, greetings, the one-time code on the same line.
 * The first half of each table was written before the rules; the second half after, as a check.
 */
const FIRST_CONFIRMATIONS: string[] = [
  'yes, go ahead and DELETE all of it',
  'confirmed — delete my account',
  'DELETE 7KQ2-M9XD',
  'Hi,\n\nyes delete it',
  'Yes',
  'ok',
  'Go ahead.',
  'yes please delete everything you have on me. thanks',
  'Ja, bitte alles löschen',
  'LÖSCHEN',
  'ja',
  'Hallo,\nbitte löschen Sie meine Daten.\nMfG',
  'einverstanden',
  'oui, vous pouvez supprimer',
  'SUPPRIMER',
  "Bonjour,\nd'accord, supprimez mon compte svp",
  'sí, bórrenlo',
  'BORRAR',
  'si borren todo por favor',
  'de acuerdo',
  'Sim, podem apagar tudo',
  'APAGAR',
  'pode',
  'sì, cancellate pure',
  'CANCELLARE',
  'va bene',
  'ja, verwijder alles maar',
  'VERWIJDEREN',
  'akkoord',
];

const FIRST_NON_CONFIRMATIONS: string[] = [
  "please don't delete yet",
  'what happens if I delete?',
  'Bitte noch nicht löschen',
  'ne supprimez pas',
  'no lo borren todavía',
  'não apaguem',
  'non cancellate',
  'niet verwijderen',
  "I'm not sure I want to delete",
  'wait',
  'can I delete only my newsletter subscription?',
  'Before you delete, can you send me a copy?',
  'I changed my mind, do not delete',
  'No',
  "Yes, but don't delete my order history",
  'ok?',
  '',
  "To confirm that you want it deleted, reply with a short sentence such as 'Yes, please delete my data', or just the word DELETE.",
  'Nein, bitte nicht',
  "DON'T DELETE",
  'attendez svp',
  'ja, aber zuerst möchte ich eine Kopie',
  'Espere, todavía no',
  'Sim, mas só a newsletter',
  'Sì, ma prima vorrei una copia',
  'Ja, maar alleen mijn nieuwsbrief',
  '> DELETE\n> yes',
  'Thanks for your email.\n\nOn Tue, 3 Jun 2025 at 10:00, Privacy <privacy@example.com> wrote:\nDELETE',
];

describe('confirmsDeletion: first half (written before the rules)', () => {
  it.each(FIRST_CONFIRMATIONS)('confirms %j', (text) => {
    expect(confirmsDeletion(text)).toBe(true);
  });
  it.each(FIRST_NON_CONFIRMATIONS)('does not confirm %j', (text) => {
    expect(confirmsDeletion(text)).toBe(false);
  });
});

describe('DELETION_CONFIRMATION_WORDS', () => {
  it('has the capital word of every supported language', () => {
    for (const word of ['DELETE', 'LÖSCHEN', 'SUPPRIMER', 'BORRAR', 'ELIMINAR', 'APAGAR', 'CANCELLARE', 'VERWIJDEREN']) expect(DELETION_CONFIRMATION_WORDS).toContain(word);
  });
});

describe('explainDeletionConfirmation', () => {
  it('gives a reason that never quotes the text', () => {
    const text = 'Ja, bitte alles löschen, Zebrafisch';
    const explained = explainDeletionConfirmation(text);
    expect(explained.confirmed).toBe(true);
    expect(explained.reason).not.toMatch(/Zebrafisch|löschen|bitte/i);
  });
});
