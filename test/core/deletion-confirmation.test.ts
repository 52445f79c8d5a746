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

const SECOND_CONFIRMATIONS: string[] = [
  "Yes I'm sure. Please erase everything.",
  'yep go ahead',
  'Please proceed with the deletion of my data.',
  'I confirm, remove all my info from your systems',
  'Yes please!!\n\nSent from my iPhone',
  'Hello,\n\nYes, I want my account and all associated data deleted. I no longer use the service.\n\nBest,\nMaria',
  'sure, wipe it',
  'DELETE\n\nThanks,\nTom',
  'Delete it all asap 4HJ9-XK2P',
  'Ja bitte, löschen Sie alles.',
  'Hallo,\nja, ich bestätige die Löschung.\nViele Grüße\nKlaus',
  'loeschen bitte',
  'Klar, weg damit',
  'ja gerne',
  'Oui je confirme, effacez toutes mes données',
  'oui',
  'Bonjour, oui vous pouvez tout supprimer. Merci',
  'Si, eliminen todos mis datos por favor',
  'Hola, sí confirmo. Borren todo. Gracias',
  'vale, adelante',
  'sim',
  'Olá, podem excluir minha conta sim. Obrigado',
  'Confirmo, apaguem todos os meus dados',
  'Sì, confermo la cancellazione',
  'si eliminate tutto grazie',
  'certo',
  'Ja graag, verwijder al mijn gegevens',
  'ja hoor, wis alles maar',
  'Prima, verwijder het account',
];

const SECOND_NON_CONFIRMATIONS: string[] = [
  "No thanks, I'd like to keep my account after all",
  'Hold on, I need to download my photos first',
  'Is there a way to delete just my address',
  'I never asked you to delete anything',
  'Yes, I got your email. Who are you?',
  'Please do not proceed.',
  'I deleted the app already',
  'DELETE? No way',
  "Don't delete my account, just unsubscribe me",
  'Nein danke, ich möchte mein Konto behalten',
  'Moment, erst will ich noch meine Rechnungen herunterladen',
  'löschen Sie bitte nur meine Telefonnummer',
  'Ich habe es mir anders überlegt. Nicht löschen.',
  'Non merci',
  'Je ne veux plus que vous supprimiez mes données',
  'oui mais gardez mes factures',
  'No, gracias',
  'Mejor no, prefiero mantener mi cuenta',
  'No borren nada por ahora',
  'Não, obrigado',
  'Ainda não, quero baixar minhas fotos antes',
  'só quero sair da newsletter',
  'No grazie, non voglio cancellare nulla',
  'Aspettate, ci devo pensare',
  'Nee, niet doen',
  'Wacht even, ik wil eerst een kopie',
  'Kunnen jullie alleen mijn adres verwijderen',
  "ok I'll let you know",
  'Yes, please call me to discuss',
];

describe('confirmsDeletion: second half (written after the rules)', () => {
  it.each(SECOND_CONFIRMATIONS)('confirms %j', (text) => {
    expect(confirmsDeletion(text)).toBe(true);
  });
  it.each(SECOND_NON_CONFIRMATIONS)('does not confirm %j', (text) => {
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
