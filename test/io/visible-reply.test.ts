import EmailReplyParser from 'email-reply-parser';
import { describe, expect, it } from 'vitest';
import { extractNewText } from '../../src/io/mime.js';
import { REPLACED_QUOTE_HEADER_PATTERNS } from '../../src/io/reply-parser-patterns.js';
import { visibleReplyText } from '../../src/io/visible-reply.js';

const ORDINARY = [
  'Hi,\n\nplease delete my account.\n\nThanks\nSam\n\nOn Mon, 2 Mar 2026 at 09:12, Support <support@clinic.example> wrote:\n> Your ticket is 48213.\n',
  'Bitte löschen Sie meine Daten.\n\n-- \nMax Muster\nMusterstraße 1',
  `Hello,\n\n${'This paragraph was never wrapped by the mail client. '.repeat(30)}\n\nBest wishes\nAnne\n\nSent from my iPhone`,
  `> ${'quoted and long '.repeat(60)}\nmy answer below the quote\n`,
  `   ${'y'.repeat(600)}     \n\n\n   \nabc`,
];

describe('visibleReplyText', () => {
  it('gives what email-reply-parser gives on ordinary mail, long lines included', () => {
    for (const text of ORDINARY) expect(visibleReplyText(text)).toBe(new EmailReplyParser().parseReply(text));
  });

  it('puts long lines back whole, even when they contain the stand-in mark', () => {
    const line = `${'a\u2063'.repeat(300)}0\u2063 end`;
    expect(visibleReplyText(`${line}\nsecond line`)).toBe(`${line}\nsecond line`);
  });

  // Inputs that take email-reply-parser's own patterns seconds to minutes (quadratic in blank lines, cubic in line length).
  const HOSTILE: Array<[string, string]> = [
    ['blank lines', `Please delete my account.${'\n \n'.repeat(60_000)}Thanks`],
    ['tabs and newlines', `please${' \t\n'.repeat(60_000)}delete`],
    ['a long line of "on" and "at"', `x\n${'on at '.repeat(20_000)}\n`],
    ['many "Op" lines', `x\n${'Op x\n'.repeat(50_000)}`],
    ['a long quote header', `Delete my data.\n${'On Mon, 2 Mar 2026, someone '.repeat(5_000)}wrote:\n> old`],
    // The parser's own patterns ran these across the whole text: seconds for 24 kB.
    ['many "Op … schreef" lines', `x\n${'Op 2 mrt. 2026 schreef Jan schreef\n'.repeat(700)}`],
    ['many "abc. … skrev" lines', `x\n${'tir. 3. mar. skrev Ole skrev\n'.repeat(800)}`],
    ['many header-like lines', `x\n${'Von: a\nGesendet\n'.repeat(20_000)}`],
  ];
  for (const [name, text] of HOSTILE) {
    it(`returns for ${name}`, { timeout: 5_000 }, () => {
      const visible = extractNewText(text);
      expect(visible.length).toBeLessThanOrEqual(text.length);
      expect(visible.toLowerCase()).toMatch(/^(please|x|delete)/);
    });
  }

  it('recognises Dutch, Danish, Polish and Chinese quote headers on one line or broken over two, not across a paragraph', () => {
    expect(REPLACED_QUOTE_HEADER_PATTERNS).toBe(4);
    const headers = [
      'Op ma 2 mrt. 2026 om 09:12 schreef Privacy <privacy@clinic.example>:',
      'Op ma 2 mrt. 2026 om 09:12\nschreef Privacy <privacy@clinic.example>:',
      'man. 2. mar. 2026 kl. 09.12 skrev Privacy <privacy@clinic.example>:',
      'Dnia 2 marca 2026 o 09:12 Privacy <privacy@clinic.example> napisał:',
      '在 2026年3月2日 09:12，Privacy <privacy@clinic.example> 写道：',
    ];
    for (const header of headers) expect(visibleReplyText(`Bitte löschen.\n\n${header}\n> Ihre Anfrage\n`).trim(), header).toBe('Bitte löschen.');
    // A line that merely starts like a header is not joined to a colon paragraphs later (the
    // original pattern joined the three lines into one).
    const letter = 'Op verzoek van mijn dokter schrijf ik u.\nIk wil mijn gegevens laten verwijderen.\n\nHij schreef mij het volgende:';
    expect(visibleReplyText(letter).trim()).toBe(letter);
  });

  it.each([
    ['GMX and web.de, the date first', 'Ja, bitte.\n\nGesendet: Dienstag, 03. März 2026 um 14:12 Uhr\nVon: "Praxis – Datenschutz" <datenschutz@praxis.example>\nAn: anna@mail.example\nBetreff: Rückfrage\n\nMöchten Sie, dass wir das Konto löschen?'],
    ['Outlook in German', 'Ja, bitte.\n\nVon: Praxis Datenschutz <datenschutz@praxis.example>\nGesendet: Dienstag, 3. März 2026 14:12\nAn: Anna\nBetreff: Rückfrage\n\nMöchten Sie, dass wir das Konto löschen?'],
    ['Outlook in Spanish, without the address line', 'Ja, bitte.\n\nDe: Privacidad - Clínica\nEnviado: jueves, 19 de marzo de 2026 13:30\nAsunto: Ampliación de plazo\n\nEstimado Sr. Gutiérrez: le informamos'],
    ['Outlook in French', 'Ja, bitte.\n\nDe : Cabinet <rgpd@cabinet.example>\nEnvoyé : mardi 3 mars 2026 14:12\nÀ : Anna\nObjet : Votre demande\n\nSouhaitez-vous la suppression ?'],
  ])('ends the new text at a quoted header block without ">": %s', (_client, text) => {
    expect(extractNewText(text)).toBe('Ja, bitte.');
  });

  it('keeps a person\'s own "From:" and "Date:" lines that are no header block', () => {
    const text = 'Please correct my record.\nFrom: 12 May my address is 4 Elm Road.\n\nThanks, Ann';
    expect(extractNewText(text)).toContain('From: 12 May my address is 4 Elm Road.');
  });

  it.each([
    // A voicemail notice's fields: who called and when, with no address, recipient or subject (round 95).
    ['a voicemail notice', 'U heeft een nieuw voicemailbericht.\n\nVan: Anoniem\nDatum: 13-04-2026 07:58\nLengte: 00:00:06\n\nTranscriptie: er is geen spraak herkend.'],
    // A letter's own heading, above the letter (round 95's neighbour in the corpus).
    ['a letter heading', 'To: Privacy Officer\nFrom: Delphine Okafor, DOB 04/22/1988\nPatient ID: 300-771-52\nDate: February 23, 2026\n\nI request a copy of my records.'],
  ])('keeps what follows "From:" and "Date:" lines that name no address, recipient or subject: %s', (_case, text) => {
    expect(extractNewText(text)).toBe(text);
  });

  it('still ends the new text at a trimmed quote header that gives the sender\'s address', () => {
    expect(extractNewText('My answers are below.\n\nFrom: Privacy Team <privacy@clinic.example>\nSent: 06 March 2026 12:31\n\nPlease confirm.')).toBe('My answers are below.');
  });

  it('keeps the text of a long mail with no quotes or signature', () => {
    const text = `Please delete my account. ${'More detail follows here.\n'.repeat(3_000)}The end.`;
    expect(visibleReplyText(text)).toBe(new EmailReplyParser().parseReply(text));
  });
});
