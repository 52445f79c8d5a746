import { describe, expect, it } from 'vitest';
import { triageMail } from '../../../src/core/triage/index.js';
import { parseMail } from '../../../src/io/mime.js';
import type { Label } from '../../../src/types.js';

/**
 * How people actually phrase requests, one short mail each, in the seven supported languages.
 * None of these sentences come from the corpus: they check that the rules generalise beyond it.
 */
const CASES: Array<[subject: string, body: string, primary: Label, labels?: Label[]]> = [
  // English, informal
  ['hi', 'Please delete my account.', 'deletion'],
  ['remove me', 'I want you to remove all my information from your database.', 'deletion'],
  ['', 'Can you wipe my profile and everything linked to it? Not using the service anymore.', 'deletion'],
  ['account', 'Please close my account and erase my records.', 'deletion'],
  ['privacy', 'I would like to exercise my right to be forgotten.', 'deletion'],
  ['data', 'What personal information do you have about me?', 'disclosure'],
  ['records', 'Could you send me a copy of my medical records?', 'disclosure'],
  ['how did you get my email', 'How did you get my email address? I never signed up.', 'disclosure'],
  ['CCPA', 'I am submitting a request to know what personal information you collected about me.', 'disclosure'],
  ['export', 'I would like to download all my data in a machine-readable format.', 'disclosure'],
  ['wrong name', 'My last name is spelled wrong in your system, please correct my name to "Nguyen".', 'correction'],
  ['address', 'Please fix my address, you have the old one on file.', 'correction'],
  ['stop', 'Stop sending me marketing emails.', 'opt_out'],
  ['', 'Please unsubscribe me from your newsletter.', 'opt_out'],
  ['Do Not Sell', 'Do not sell or share my personal information.', 'opt_out'],
  ['ads', 'I opt out of targeted advertising and the sale of my data.', 'opt_out'],
  ['spam', "I don't want any more promotional texts from you.", 'opt_out'],
  ['misdirected', 'I received someone else\'s lab results in my patient portal. This is unacceptable.', 'complaint'],
  ['breach', 'Your app leaked my therapy notes. I am filing a complaint with HHS.', 'complaint'],
  ['no answer', 'I asked for my data 6 weeks ago and still have not received a response.', 'complaint', ['complaint', 'disclosure']],
  ['kid', 'My son is 11 and created an account on your app. Please delete it.', 'child_data', ['child_data', 'deletion']],
  ['COPPA', 'Your service collected data from my child who is under 13 without parental consent.', 'child_data'],
  ['both', 'Delete my data and unsubscribe me from all emails.', 'deletion', ['deletion', 'opt_out']],
  // other
  ['Quick question', 'Do you accept my insurance for therapy sessions? What is the pricing?', 'other'],
  ['reschedule', 'Can I reschedule my appointment to Thursday?', 'other'],
  ['Partnership', 'We help clinics boost your revenue with SEO services. Are you the right person? Worth a quick chat?', 'other'],
  // German
  ['Löschung', 'Bitte löschen Sie mein Konto und alle meine Daten.', 'deletion'],
  ['Daten', 'Ich möchte wissen, welche Daten Sie über mich gespeichert haben.', 'disclosure'],
  ['Newsletter', 'Bitte keine Werbung mehr, ich möchte den Newsletter abbestellen.', 'opt_out'],
  ['Adresse', 'Meine Adresse ist falsch gespeichert, bitte berichtigen Sie sie.', 'correction'],
  // Spanish
  ['baja', 'Quiero darme de baja, no me envíen más publicidad.', 'opt_out'],
  ['datos', '¿Qué datos personales tienen sobre mí? Quiero ejercer mi derecho de acceso.', 'disclosure'],
  ['borrar', 'Por favor borren todos mis datos de su sistema.', 'deletion'],
  ['error', 'Mi fecha de nacimiento es incorrecta, por favor corrijan mis datos.', 'correction'],
  // French
  ['compte', 'Merci de supprimer mon compte et toutes mes données.', 'deletion'],
  ['accès', "Je souhaite exercer mon droit d'accès à mes données personnelles.", 'disclosure'],
  ['erreur', 'Mon nom est mal orthographié, pouvez-vous corriger mes informations ?', 'correction'],
  // Portuguese
  ['conta', 'Quero excluir minha conta e todos os meus dados.', 'deletion'],
  ['acesso', 'Solicito acesso aos meus dados pessoais conforme a LGPD.', 'disclosure'],
  ['emails', 'Não quero receber mais emails de marketing, por favor descadastrem meu email.', 'opt_out'],
  // Italian
  ['account', 'Vi chiedo di cancellare il mio account e tutti i miei dati.', 'deletion'],
  ['newsletter', 'Non voglio più ricevere la vostra newsletter, disiscrivetemi.', 'opt_out'],
  ['dati', 'I miei dati sono errati, vi chiedo la rettifica del mio indirizzo.', 'correction'],
  // Dutch
  ['account', 'Verwijder alstublieft mijn account en al mijn gegevens.', 'deletion'],
  ['inzage', 'Ik wil graag inzage in mijn persoonsgegevens.', 'disclosure'],
  ['nieuwsbrief', 'Ik wil me afmelden voor de nieuwsbrief.', 'opt_out'],
];

function rawMail(subject: string, body: string): Buffer {
  return Buffer.from(
    `From: Person <person@mail.example>\r\nTo: privacy@clinic.example\r\nSubject: ${subject}\r\nMessage-ID: <p@mail.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`,
  );
}

describe('triage on everyday phrasing', () => {
  it.each(CASES)('%s / %s -> %s', async (subject, body, primary, labels) => {
    const mail = await parseMail(rawMail(subject, body), { maxBytes: 100_000 });
    const verdict = triageMail(mail, { ownAddresses: ['privacy@clinic.example'] });
    expect(verdict.primary).toBe(primary);
    expect([...verdict.labels].sort()).toEqual([...(labels ?? [primary])].sort());
  });
});
