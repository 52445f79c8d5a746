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

const OUR_CONFIRMATION_MAIL = [
  'Dear Dana,',
  '',
  'Thank you: we have confirmed your identity for privacy request PR-2026-0042.',
  '',
  'Deleting personal information cannot be undone, so we need your explicit confirmation. If you really want us to delete your personal information, reply to this email with the word DELETE on the first line.',
  '',
  "To confirm that you want it deleted, reply with a short sentence such as 'Yes, please delete my data', or just the word DELETE.",
].join('\n');

describe('confirmsDeletion: only the lines the requester wrote first', () => {
  it.each([
    ['German reply header', 'Danke\n\nAm 03.06.2025 um 10:00 schrieb Privacy <privacy@example.com>:\nLÖSCHEN'],
    ['French reply header', 'Merci\n\nLe mar. 3 juin 2025 à 10:00, Privacy <privacy@example.com> a écrit :\nSUPPRIMER'],
    ['Spanish reply header', 'Gracias\n\nEl mar, 3 jun 2025 a las 10:00, Privacy (<privacy@example.com>) escribió:\nBORRAR'],
    ['Portuguese reply header', 'Obrigado\n\nEm ter., 3 de jun. de 2025 às 10:00, Privacy <privacy@example.com> escreveu:\nAPAGAR'],
    ['Italian reply header', 'Grazie\n\nIl giorno mar 3 giu 2025 alle ore 10:00 Privacy <privacy@example.com> ha scritto:\nCANCELLARE'],
    ['Dutch reply header', 'Bedankt\n\nOp di 3 jun 2025 om 10:00 schreef Privacy <privacy@example.com>:\nVERWIJDEREN'],
    ['a header Gmail wrapped in two lines', 'Thanks\n\nOn Tue, 3 Jun 2025 at 10:00, Privacy Team <\nprivacy@example.com> wrote:\nDELETE'],
    ['an Outlook separator', 'Got it\n\n-----Original Message-----\nFrom: Privacy <privacy@example.com>\nSent: Tuesday\n\nDELETE'],
    ['an Outlook header block', 'Got it\n\nFrom: Privacy <privacy@example.com>\nSent: Tuesday, June 3, 2025 10:00 AM\nSubject: Your request\n\nyes, delete'],
    ['our whole mail pasted without ">"', OUR_CONFIRMATION_MAIL],
    ['our instruction below a thank-you', `Thanks, I will think about it.\n\n${OUR_CONFIRMATION_MAIL}`],
    ['the word after five lines of something else', 'Hi\n\nthanks for the quick reply.\nI have a few thoughts first.\nmy kids used the app too.\nthey liked it.\nanyway\nDELETE'],
    ['the code alone', '7KQ2-M9XD'],
    ['a past deletion in Portuguese', 'Já apaguei o aplicativo'],
  ])('does not confirm: %s', (_what, text) => {
    expect(confirmsDeletion(text)).toBe(false);
  });

  it.each([
    ['a yes above our pasted mail', `yes\n\n${OUR_CONFIRMATION_MAIL}`],
    ['the word above our pasted mail', `DELETE 7KQ2-M9XD\n${OUR_CONFIRMATION_MAIL}`],
    ['a yes below the quoted mail (bottom-posting)', 'On Tue, 3 Jun 2025 at 10:00, Privacy <privacy@example.com> wrote:\n> Deleting personal information cannot be undone.\n> reply with the word DELETE\n\nYes, delete it.'],
    ['a yes with the code typed with a space', 'Yes 7KQ2 M9XD'],
    ['a yes with the reference token', 'ok PIV-ABCDEFGHJKMNPQRSTUVWXYZ2'],
    ['French "ma" (my), not Italian "but"', 'Oui, supprimez mon compte et ma fiche client'],
  ])('confirms: %s', (_what, text) => {
    expect(confirmsDeletion(text)).toBe(true);
  });
});

/** Added after the second half had been run, for what it showed (see the commit history). */
const LATER_CONFIRMATIONS: string[] = [
  'Do it.',
  "Yes, I'm 100% sure",
  'Ja, ich bin mir sicher',
  'Oui, j\'en suis sûr',
  'Sim, tenho certeza',
  "You can delete it, I don't mind",
  'Yes\n\nBest regards,\nDana Reyes\nHead of Marketing, Acme',
  'Yes\n\nSent from Yahoo Mail on Android',
];
const LATER_NON_CONFIRMATIONS: string[] = [
  "Yes, that's me",
  'Please remove me from your mailing list',
  "I don't want to lose my photos, delete the rest",
  'Not my account, delete my profile',
  'Do not, under any circumstances, delete my account',
  'Ich will nicht, dass Sie meine Daten löschen',
  'Does it delete my order history too',
  'Not now',
  "I'd rather not",
];

describe('confirmsDeletion: phrasings added after the second half', () => {
  it.each(LATER_CONFIRMATIONS)('confirms %j', (text) => {
    expect(confirmsDeletion(text)).toBe(true);
  });
  it.each(LATER_NON_CONFIRMATIONS)('does not confirm %j', (text) => {
    expect(confirmsDeletion(text)).toBe(false);
  });
});

describe('confirmsDeletion: a bare yes to a mail that asked two things', () => {
  it('can be turned off, while a yes that names the deletion still counts', () => {
    expect(confirmsDeletion('Yes', { acceptBareYes: false })).toBe(false);
    expect(confirmsDeletion('Yes', { acceptBareYes: true })).toBe(true);
    expect(confirmsDeletion('Yes, delete it', { acceptBareYes: false })).toBe(true);
    expect(confirmsDeletion('DELETE', { acceptBareYes: false })).toBe(true);
  });
});

describe('confirmsDeletion: the language settles words that differ between languages', () => {
  const spanishMore = 'Sí, bórrenlo todo, no quiero recibir mas correos';
  it('reads an unaccented "mas" as Spanish "más" (more) only in a Spanish case', () => {
    expect(confirmsDeletion(spanishMore, { language: 'es' })).toBe(true);
    expect(confirmsDeletion(spanishMore, { language: 'pt' })).toBe(false);
    expect(confirmsDeletion(spanishMore)).toBe(false);
  });
  it('reads "ma" as "but" in an Italian case', () => {
    const text = 'cancellate tutto ma il profilo resta';
    expect(confirmsDeletion(text, { language: 'it' })).toBe(false);
  });
  it('accepts a regional tag', () => {
    expect(confirmsDeletion('Sim, podem apagar tudo', { language: 'pt-BR' })).toBe(true);
  });
});

describe('DELETION_CONFIRMATION_WORDS', () => {
  it('has the capital word of every supported language', () => {
    for (const word of ['DELETE', 'LÖSCHEN', 'SUPPRIMER', 'BORRAR', 'ELIMINAR', 'APAGAR', 'CANCELLARE', 'VERWIJDEREN']) expect(DELETION_CONFIRMATION_WORDS).toContain(word);
  });
});

describe('explainDeletionConfirmation', () => {
  const REASONS = [
    'nothing written above the quoted text',
    'a question',
    'a hesitation, a condition, a limit or a request for something else first',
    'a negation about the deletion',
    'the capital confirmation word',
    'a request to delete',
    'no confirmation',
    'a yes next to a negation',
    'a yes that says more than yes',
    'a bare yes',
    'a bare yes to a mail that asked more than one thing',
  ];
  it.each([...FIRST_CONFIRMATIONS, ...FIRST_NON_CONFIRMATIONS, ...SECOND_CONFIRMATIONS, ...SECOND_NON_CONFIRMATIONS, ...LATER_CONFIRMATIONS, ...LATER_NON_CONFIRMATIONS])('explains %j with a fixed reason', (text) => {
    expect(REASONS).toContain(explainDeletionConfirmation(text).reason);
  });
  it('agrees with confirmsDeletion and never quotes the text', () => {
    const text = 'Ja, bitte alles löschen, Zebrafisch';
    const explained = explainDeletionConfirmation(text);
    expect(explained.confirmed).toBe(true);
    expect(explained.reason).not.toMatch(/Zebrafisch|löschen|bitte/i);
  });
});
