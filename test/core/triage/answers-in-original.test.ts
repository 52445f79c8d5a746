import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import { buildMail } from '../../support/build-mail.js';
import { rulesVerdictOf } from '../../support/rules-verdict.js';

async function replyVerdict(subject: string, body: string) {
  const raw = buildMail({ from: 'Ornella <ornella@mail.example>', to: 'privacy@clinic.example', subject, body, messageId: 'reply-1@mail.example' });
  return triageMail(await parseMail(Buffer.from(raw), { maxBytes: 100_000 }), { ownAddresses: ['privacy@clinic.example'] });
}

// Outlook puts our mail under the reply unquoted; people say so and answer under each question.
describe('a yes typed under each of our questions in an unquoted original', () => {
  it('accepts the offers answered yes, in Italian under "-----Messaggio originale-----"', async () => {
    const body = [
      'RISPONDO SOTTO IN MAIUSCOLO.',
      '',
      '-----Messaggio originale-----',
      'Da: Privacy Poliambulatorio <privacy@clinic.example>',
      'Inviato: giovedì 12 marzo 2026 16:47',
      'A: ornella@mail.example',
      'Oggetto: La sua richiesta - domande',
      '',
      'Gentile Sig.ra Bianchini,',
      '',
      '1. Desidera cancellare il Suo account sul portale prenotazioni?',
      'SI',
      '',
      '2. Desidera ricevere prima una copia dei Suoi referti?',
      'SI, VIA EMAIL, PRIMA DI CANCELLARE',
      '',
      'Cordiali saluti',
      'Ufficio Privacy',
    ].join('\n');
    const verdict = await replyVerdict('R: La sua richiesta - domande', body);
    expect([...verdict.labels].sort()).toEqual(['deletion', 'disclosure']);
  });

  // Round 92: the team lists what it asks ("La preghiamo di indicarci:" and items), without question marks.
  it.each([
    ['it', 'RISPONDO QUI SOTTO IN MAIUSCOLO', '-----Messaggio originale-----', 'Per procedere La preghiamo di indicarci:', "- se desidera opporsi all'invio di newsletter", 'SI', "- se desidera la chiusura del Suo account", 'NO, MI SERVE ANCORA'],
    ['en', 'Answers below in capitals.', '-----Original Message-----', 'To go ahead, please tell us:', '- whether you would like us to stop sending you marketing emails', 'YES PLEASE', '- whether you would like us to close your account', 'NO, I STILL USE IT'],
  ])('reads a listed item answered in capitals (%s)', async (_lang, top, divider, intro, firstItem, firstAnswer, secondItem, secondAnswer) => {
    const body = [top, '', divider, 'From: Privacy <privacy@clinic.example>', 'Sent: Thursday, 12 March 2026 16:47', 'Subject: Your request', '', intro, '', firstItem, firstAnswer, '', secondItem, secondAnswer, '', 'Privacy Office'].join('\n');
    const verdict = await replyVerdict('RE: Your request', body);
    expect(verdict.labels).toEqual(['opt_out']);
  });
});

describe('a no typed under our question whether to go on receiving something', () => {
  it('asks us to stop, beside the yeses to the other questions', async () => {
    const body = [
      'Am 03.03.26 um 15:44 schrieb Datenschutz Sportwelt24:',
      '> Sehr geehrter Herr Brenner,',
      '> bitte beantworten Sie folgende Fragen:',
      '>',
      '> 1. Sollen wir Ihr Kundenkonto vollständig löschen?',
      '',
      'JA',
      '',
      '> 2. Möchten Sie weiterhin unseren Newsletter erhalten?',
      '',
      'NEIN. AUF KEINEN FALL.',
      '',
      '> Mit freundlichen Grüßen',
      '> Ihr Datenschutz-Team',
    ].join('\n');
    const verdict = await replyVerdict('Re: Ihr Antrag – Rückfragen', body);
    expect([...verdict.labels].sort()).toEqual(['deletion', 'opt_out']);
    expect(verdict.evidence.some((item) => item.label === 'opt_out' && item.phrase.startsWith('no to: Möchten Sie weiterhin'))).toBe(true);
  });

  it('but a no to a copy first asks for nothing', async () => {
    const body = ['> Would you like a copy of your data before we delete it?', '', 'No', '', '> Kind regards, Privacy team'].join('\n');
    expect((await replyVerdict('Re: your request', body)).labels).toEqual(['other']);
  });
});

// The whole reply is the order: "Supprimez." under a "we miss you" mail, "Basta." under a promotion.
describe('a one-word order is a request, not a thanks signed with a name', () => {
  it.each([
    ['Supprimez.', 'deletion'],
    ['Delete it please', 'deletion'],
    ['Löschen bitte.', 'deletion'],
    ['Bórrenlo.', 'deletion'],
    ['Verwijderen!', 'deletion'],
    ['Apaguem tudo.', 'deletion'],
    ['Basta.', 'opt_out'],
    ['Enough!', 'opt_out'],
    ['Chega.', 'opt_out'],
    ['Genug.', 'opt_out'],
  ])('%s', async (body, label) => {
    expect((await rulesVerdictOf(body, 'Re: 3 mois sans vous voir !')).labels).toEqual([label]);
  });

  it('but a name under a thanks is still thanks only', async () => {
    expect((await replyVerdict('Re: your request', 'Thanks!\n\nBasil')).labels).toEqual(['other']);
  });
});

describe('more one-word replies', () => {
  it.each([
    ['SAIR', 'opt_out'],
    ['Stopp', 'opt_out'],
  ])('%s', async (body, label) => {
    expect((await rulesVerdictOf(body, 'Re: PROMO: frete grátis só hoje')).labels).toEqual([label]);
  });

  it('"Entrambe grazie" under "solo il Suo profilo o anche lo storico?" is a choice, not a thanks signed with a name', async () => {
    const body = ['Entrambe grazie', '', '> Gentile Federica,', "> desidera che cancelliamo solo il Suo profilo sull'app o anche lo storico degli appuntamenti?", '> Cordiali saluti'].join('\n');
    const verdict = await replyVerdict('Re: Richiesta di cancellazione', body);
    expect(verdict.evidence.some((item) => item.phrase.startsWith('thanks only'))).toBe(false);
  });
});
